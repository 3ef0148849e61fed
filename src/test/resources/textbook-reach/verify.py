#!/usr/bin/env python3
"""Independent check of the textbook-reach corpus (see README.md in this directory).

For every `derive E wrt v` of every *.sg file here, this script reads the script with its own
reader (not symgrad's), substitutes the `let` definitions in force, and compares the `# expect:`
form printed by the cited source with a central finite difference of E at seeded random points:
n = 3 with every assignment of the free indices, and n = 4 with up to 64 of them, two seeds each.
Arithmetic is mpmath (SymPy's arbitrary-precision core) at 50 digits, so the difference quotient
(h = 1e-12) is exact to far below the 1e-6 relative tolerance. For derivations without indices
it also asks SymPy whether expected - d/dv E simplifies to 0.

  python3 verify.py              # verify the corpus and the recorded findings
  python3 verify.py --today      # also run each derivation through today's ./symgrad and classify
  python3 verify.py --table      # a Markdown table: source, SPEC §9 features (and today, with --today)
  python3 verify.py FILE.sg ...  # only these files

Exit status 0 when every expected form agrees (and every finding disagrees), 1 otherwise.
Needs python3 with mpmath and sympy (not installed in CI: a documented tool, not a test).

Script lines it understands (a subset of SPEC §2/§3/§9): `let NAME[_idx] = expr`,
`assume sum_k T_{..k..} = 1` (rows of T are normalised along k), `derive expr wrt var`, and the
comment directives `# sample: NAME in LO..HI`, `# sample: NAME = INT` (integer symbols such as a
stride or a kernel width; a name used as the limit of a sum or product without such a line is a
whole number read from its use, as symgrad's gradcheck and test oracle read it: the dimension n of
the point, the length of every range there; a stride without one is an index, every value 1..n),
`# zero-outside: NAME LO..HI` (entries outside the range are zero: the
zero padding a source's form assumes; an index of NAME as the variable differentiated with respect
to ranges over LO..HI).
"""
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib
from fractions import Fraction

import mpmath as mp
import sympy

mp.mp.dps = 50
H_OUTER = mp.mpf('1e-12')
H_KINK = mp.mpf('1e-6')
H_INNER = mp.mpf('1e-22')
TOLERANCE = 1e-6
DEFAULT_RANGE = (-1.0, 1.0)
HERE = os.path.dirname(os.path.abspath(__file__))

# Forms that sources print and that are not the derivative: each must DISAGREE with the finite
# difference of the corpus derivation (file, the variable it is derived with respect to). See README.md, "Findings".
FINDINGS = [
    ('rms-norm.sg', 'x_j', 'G_j*g_j/r - g_j*x_j*sum(i, G_i*x_i)/(n*r^3)',
     'github.com/chrisjob1021/transformer-examples, "RMSNorm Gradient Derivation" (quoted as eq. 9 of '
     'Zhang & Sennrich): the gain belongs inside the sum; its check passes only because it uses weight = ones'),
    ('gru-cell.sg', 'ub_j', 'dh_j*(h_j - c_j)*u_j*(1 - u_j)',
     'tensorflow gru_ops.h comment and the GRUBlockCellGrad API page: "d_u_bar = d_h*(h-c)*(u*(1-u))" with h the '
     'new state; the kernel line below the comment computes (h_prev - c)'),
]


class ReadError(Exception):
    pass


class AbstractDerivative(ReadError):
    """Today's output left a derivative of a function it does not know (f'(x) or diff(f(x), x))."""


# ---------------------------------------------------------------- reading expressions

# function names with an underscore are one identifier; elsewhere `_` starts a subscript
TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(leaky_relu|[A-Za-z][A-Za-z0-9]*)|(<=|>=|[-+*/^(),_{}=<>'·]))")


def tokenize(text):
    out, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ReadError('cannot read %r at %d' % (text[pos:pos + 10], pos))
        space = m.start(m.lastindex) > pos
        kind = ('num', 'id', 'op')[m.lastindex - 1]
        value = m.group(m.lastindex)
        if value == '·':
            value = '*'
        out.append((kind, value, space, m.start(m.lastindex)))
        pos = m.end()
    out.append(('end', '', False, len(text)))
    return out


REDUCTIONS = ('sum', 'prod', 'mean')
COMPARISONS = ('<', '<=', '>', '>=')


class Parser:
    """Recursive descent over symgrad's ASCII syntax; ASTs are tuples."""

    def __init__(self, text):
        self.text = text
        self.toks = tokenize(text)
        self.i = 0

    def peek(self, k=0):
        return self.toks[self.i + k]

    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t[1] != value:
            raise ReadError('expected %r, found %r in %s' % (value, t[1], self.text))
        self.i += 1
        return t

    def at(self, value):
        return self.peek()[1] == value and self.peek()[0] != 'end'

    def whole(self):
        e = self.expr()
        if self.peek()[0] != 'end':
            raise ReadError('unread rest %r of %s' % (self.text[self.peek()[3]:], self.text))
        return e

    def condition(self):
        a = self.expr()
        if self.peek()[1] in COMPARISONS:
            op = self.take()[1]
            return ('cmp', op, a, self.expr())
        return a

    def expr(self):
        terms = []
        sign = 1
        if self.at('-'):
            self.take()
            sign = -1
        elif self.at('+'):
            self.take()
        t = self.term()
        terms.append(t if sign > 0 else ('neg', t))
        while self.peek()[1] in ('+', '-') and self.peek()[0] == 'op':
            op = self.take()[1]
            t = self.term()
            terms.append(t if op == '+' else ('neg', t))
        return terms[0] if len(terms) == 1 else ('add', terms)

    def starts_factor(self):
        kind, value, _, _ = self.peek()
        return kind in ('num', 'id') or value == '('

    def term(self):
        e = self.unary()
        while True:
            if self.at('*'):
                self.take()
                e = ('mul', e, self.unary())
            elif self.at('/'):
                self.take()
                e = ('div', e, self.unary())
            elif self.starts_factor():
                e = ('mul', e, self.unary())
            else:
                return e

    def unary(self):
        if self.at('-'):
            self.take()
            return ('neg', self.unary())
        return self.power()

    def power(self):
        base = self.primary()
        if self.at('^'):
            self.take()
            return ('pow', base, self.unary())
        return base

    def primary(self):
        kind, value, _, _ = self.peek()
        if kind == 'num':
            self.take()
            return ('num', Fraction(value))
        if value == '(':
            self.take()
            e = self.expr()
            self.take(')')
            return e
        if kind != 'id':
            raise ReadError('unexpected %r in %s' % (value, self.text))
        self.take()
        name = value
        nxt = self.peek()
        if nxt[1] == "'":
            raise AbstractDerivative(name + "'")
        if name in REDUCTIONS and nxt[1] == '(' and not nxt[2]:
            self.take('(')
            var = self.take()[1]
            self.take(',')
            body = self.expr()
            self.take(')')
            return ('red', name, var, None, None, body)
        if name in REDUCTIONS and nxt[1] == '_':
            self.take('_')
            lo = hi = None
            if self.at('{'):
                self.take('{')
                var = self.take()[1]
                if self.at('='):
                    self.take('=')
                    lo = self.expr()
                self.take('}')
            else:
                var = self.take()[1]
            if self.at('^'):
                self.take('^')
                if self.at('{'):
                    self.take('{')
                    hi = self.expr()
                    self.take('}')
                else:
                    hi = self.primary()
            return ('red', name, var, lo, hi, self.term())
        if nxt[1] == '(' and not nxt[2]:
            self.take('(')
            args = [self.condition()]
            while self.at(','):
                self.take()
                args.append(self.condition())
            self.take(')')
            if name == 'diff':
                return ('diff', args[0], args[1])
            return ('call', name, args)
        if nxt[1] == '_':
            self.take('_')
            return ('idx', name, self.subscript())
        return ('sym', name)

    def subscript(self):
        if self.at('{'):
            start = self.take('{')[3] + 1
            depth, j = 1, self.i
            while depth:
                v = self.toks[j][1]
                if self.toks[j][0] == 'end':
                    raise ReadError('unclosed subscript in ' + self.text)
                depth += (v == '{') - (v == '}')
                j += 1
            end = self.toks[j - 1][3]
            self.i = j
            raw = self.text[start:end]
            parts = split_top(raw)
            if len(parts) == 1 and re.fullmatch(r'[A-Za-z0-9]+', parts[0].strip()):
                return letters(parts[0].strip())
            out = []
            for p in parts:
                p = p.strip()
                out.extend(letters(p) if re.fullmatch(r'[A-Za-z]+|\d+', p) else [Parser(p).whole()])
            return out
        kind, value, _, _ = self.take()
        if kind == 'num':
            return [('num', Fraction(value))]
        return letters(value)


def split_top(raw):
    parts, depth, cur = [], 0, ''
    for ch in raw:
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
            continue
        depth += (ch in '({') - (ch in ')}')
        cur += ch
    parts.append(cur)
    return parts


def letters(s):
    """`ij` is two indices, `i1` an index and the concrete index 1 (SPEC §2)."""
    return [('num', Fraction(tok)) if tok.isdigit() else ('sym', tok) for tok in re.findall(r'[A-Za-z]|\d+', s)]


def parse(text):
    return Parser(text).whole()


# ---------------------------------------------------------------- scripts

class Derivation:
    def __init__(self, file, line, expr_text, wrt_text, defs, assumes, expect, source, note):
        self.file, self.line = file, line
        self.expr_text, self.wrt_text = expr_text, wrt_text
        self.expr, self.wrt = parse(expr_text), parse(wrt_text)
        self.defs = dict(defs)
        self.assumes = dict(assumes)
        self.expect_text, self.source, self.note = expect, source, note
        self.expect = parse(expect) if expect else None
        self.prefix = None

    @property
    def key(self):
        return '%s:%d' % (self.file, self.line)


class Script:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.sample = {}
        self.ints = {}
        self.limits = set()  # names used as limits of sums and products: whole numbers (n unless sampled)
        self.zero_outside = {}
        self.symmetric = set()  # names of an `assume NAME symmetric`: NAME_ij = NAME_ji
        self.derivations = []
        self.lines = open(path, encoding='utf-8').read().split('\n')
        self.read()

    def read(self):
        defs, assumes, pending, statements = {}, {}, {}, []
        for number, raw in enumerate(self.lines, 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith('#'):
                self.comment(line[1:].strip(), pending)
                continue
            code = line.split('#', 1)[0].strip()
            statements.append(code)
            if code.startswith(('let ', 'derive ')):
                limit_names(parse(code.split('=', 1)[1] if code.startswith('let ') else code[7:].rsplit(' wrt ', 1)[0]),
                            self.limits)
            if code.startswith('let '):
                lhs, rhs = code[4:].split('=', 1)
                target = parse(lhs.strip())
                if target[0] == 'sym':
                    defs[target[1]] = ((), parse(rhs))
                else:
                    defs[target[1]] = (tuple(ix[1] for ix in target[2]), parse(rhs))
            elif code.startswith('assume '):
                symmetric = re.fullmatch(r'assume\s+([A-Za-z][A-Za-z0-9]*)\s+symmetric', code)
                if symmetric:
                    self.symmetric.add(symmetric.group(1))
                    continue
                lhs, rhs = code[7:].split('=', 1)
                a = parse(lhs)
                nested = []
                while a[0] == 'red' and a[1] == 'sum':
                    nested.append(a[2])
                    a = a[5]
                if not (nested and a[0] == 'idx' and parse(rhs) == ('num', 1)):
                    raise ReadError('%s:%d: only assumptions sum_k T_..k.. = 1 are modelled' % (self.name, number))
                if len(nested) == 1:
                    assumes[a[1]] = [ix for ix in a[2]].index(('sym', nested[0]))
                elif sorted(('sym', k) for k in nested) == sorted(a[2]):
                    assumes[a[1]] = 'all'
                else:
                    raise ReadError('%s:%d: nested sums must run over every index of the array' % (self.name, number))
            elif code.startswith('derive '):
                body = code[7:]
                expr_text, wrt_text = body.rsplit(' wrt ', 1)
                d = Derivation(self.name, number, expr_text.strip(), wrt_text.strip(), defs, assumes,
                               pending.get('expect'), pending.get('source'), pending.get('note'))
                d.prefix = list(statements)
                self.derivations.append(d)
            else:
                raise ReadError('%s:%d: unknown statement %r' % (self.name, number, code))
            pending = {}

    def comment(self, text, pending):
        m = re.match(r'(source|expect|note):\s*(.*)$', text)
        if m:
            pending[m.group(1)] = (pending.get(m.group(1), '') + ' ' + m.group(2)).strip() \
                if m.group(1) != 'expect' else m.group(2).strip()
            return
        m = re.match(r'sample:\s*(\w+)\s+in\s+(-?[\d.]+)\.\.(-?[\d.]+)$', text)
        if m:
            self.sample[m.group(1)] = (float(m.group(2)), float(m.group(3)))
            return
        m = re.match(r'sample:\s*(\w+)\s*=\s*(\d+)$', text)
        if m:
            self.ints[m.group(1)] = int(m.group(2))
            return
        m = re.match(r'zero-outside:\s*(\w+)\s+(\w+)\.\.(\w+)$', text)
        if m:
            self.zero_outside[m.group(1)] = (m.group(2), m.group(3))


# ---------------------------------------------------------------- free indices

def limit_names(e, out):
    """The names used in the limits of the sums and products of e (K of sum_{m=1}^{K}), except n."""
    if isinstance(e, tuple) and e and e[0] == 'red':
        for limit in (e[3], e[4]):
            if limit is not None:
                out |= identifiers(limit, set()) - {'n'}
    for part in (e[1:] if isinstance(e, tuple) else e):
        if isinstance(part, (tuple, list)):
            limit_names(part, out)
    return out


def identifiers(e, out):
    if e[0] == 'sym':
        out.add(e[1])
    elif e[0] in ('add',):
        for t in e[1]:
            identifiers(t, out)
    elif e[0] == 'neg':
        identifiers(e[1], out)
    elif e[0] in ('mul', 'div', 'pow'):
        identifiers(e[1], out)
        identifiers(e[2], out)
    return out


def free_indices(e, bound, script, defs, seen=()):
    """Index names free in e: subscripts, delta arguments, and the fixed labels of definitions."""
    kind = e[0]
    skip = set(script.ints) | script.limits | {'n'}
    if kind == 'num':
        return set()
    if kind == 'sym':
        if e[1] in defs and not defs[e[1]][0] and e[1] not in seen:
            return fixed_labels(e[1], script, defs, seen)
        return set()
    if kind == 'idx':
        out = set()
        for ix in e[2]:
            out |= {v for v in identifiers(ix, set()) if v not in bound and v not in skip}
        if e[1] in defs and e[1] not in seen:
            out |= fixed_labels(e[1], script, defs, seen)
        return out
    if kind == 'call' and e[1] == 'delta':
        out = set()
        for a in e[2]:
            out |= {v for v in identifiers(a, set()) if v not in bound and v not in skip}
        return out
    if kind == 'red':
        return free_indices(e[5], bound | {e[2]}, script, defs, seen)
    if kind == 'add':
        return set().union(*[free_indices(t, bound, script, defs, seen) for t in e[1]])
    if kind == 'neg':
        return free_indices(e[1], bound, script, defs, seen)
    if kind in ('mul', 'div', 'pow'):
        return free_indices(e[1], bound, script, defs, seen) | free_indices(e[2], bound, script, defs, seen)
    if kind == 'call':
        return set().union(*[free_indices(a, bound, script, defs, seen) for a in e[2]])
    if kind == 'cmp':
        return free_indices(e[2], bound, script, defs, seen) | free_indices(e[3], bound, script, defs, seen)
    if kind == 'diff':
        return free_indices(e[1], bound, script, defs, seen) | free_indices(e[2], bound, script, defs, seen)
    raise ReadError('free indices of ' + kind)


def fixed_labels(name, script, defs, seen):
    lhs, body = defs[name]
    return free_indices(body, set(lhs), script, defs, seen + (name,))


# ---------------------------------------------------------------- numeric evaluation

def phi_cdf(x):
    return (1 + mp.erf(x / mp.sqrt(2))) / 2


def sigma(x):
    return 1 / (1 + mp.exp(-x))


def softplus(x):
    return mp.log(1 + mp.exp(x))


def heaviside(x):
    return mp.mpf(1) if x > 0 else mp.mpf(0)


def sign(x):
    return mp.mpf((x > 0) - (x < 0))


FUNCTIONS = {
    'exp': mp.exp, 'log': mp.log, 'ln': mp.log, 'sqrt': mp.sqrt, 'abs': abs,
    'sin': mp.sin, 'cos': mp.cos, 'tan': mp.tan, 'sinh': mp.sinh, 'cosh': mp.cosh, 'tanh': mp.tanh,
    'sigma': sigma, 'sigmoid': sigma, 'softplus': softplus, 'relu': lambda x: max(x, 0),
    'heaviside': heaviside, 'sign': sign, 'erf': mp.erf, 'Phi': phi_cdf,
    'gelu': lambda x: x * phi_cdf(x), 'silu': lambda x: x * sigma(x), 'swish': lambda x: x * sigma(x),
    'elu': lambda x, a=1: x if x > 0 else a * (mp.exp(x) - 1),
    'leaky_relu': lambda x, a: x if x > 0 else a * x,
    'max': max, 'min': min, 'clip': lambda x, lo, hi: min(max(x, lo), hi),
    'lgamma': mp.loggamma, 'digamma': mp.digamma, 'trigamma': lambda x: mp.psi(1, x),
    'log1p': mp.log1p, 'expm1': mp.expm1, 'polygamma': lambda n, x: mp.psi(int(n), x),
    'log2': lambda x: mp.log(x, 2), 'log10': mp.log10,
    'asin': mp.asin, 'acos': mp.acos, 'atan': mp.atan, 'asinh': mp.asinh, 'atanh': mp.atanh, 'erfc': mp.erfc,
    'acosh': mp.acosh, 'atan2': mp.atan2, 'arctan2': mp.atan2,
    'sec': mp.sec, 'csc': mp.csc, 'cot': mp.cot, 'sech': mp.sech, 'csch': mp.csch, 'coth': mp.coth,
    'Gamma': mp.gamma, 'Beta': mp.beta, 'lbeta': lambda a, b: mp.log(mp.beta(a, b)),
    'logit': lambda x: mp.log(x / (1 - x)),
}


class Point:
    """Values of every input at one seeded random point, with optional perturbations."""

    def __init__(self, script, deriv, n, seed, free):
        self.script, self.d, self.n, self.seed, self.free = script, deriv, n, seed, free
        self.overrides = {}
        self.memo = {}
        self.branches = None  # piecewise node of the expected form -> the branches taken
        self.tracked = set()

    def took(self, node, branch):
        if self.branches is not None and id(node) in self.tracked:
            self.branches.setdefault(id(node), (node, set()))[1].add(branch)

    def raw(self, name, idx):
        lo, hi = self.script.sample.get(name, DEFAULT_RANGE)
        if name in self.d.assumes:
            lo, hi = 0.1, 1.0
        if name in self.script.symmetric:
            idx = tuple(sorted(idx))
        r = random.Random(zlib.crc32(repr((self.seed, name, idx)).encode()))
        return mp.mpf(r.uniform(lo, hi))

    def value(self, name, idx):
        key = (name, idx)
        if key in self.overrides:
            return self.overrides[key]
        if name in self.script.zero_outside:
            lo, hi = self.script.zero_outside[name]
            lo, hi = self.int_of(lo), self.int_of(hi)
            if any(not lo <= i <= hi for i in idx):
                return mp.mpf(0)
        if name in self.d.assumes:
            axis = self.d.assumes[name]
            if axis == 'all':
                cells = itertools.product(range(1, self.n + 1), repeat=len(idx))
                total = mp.fsum(self.raw(name, cell) for cell in cells)
                return self.raw(name, idx) / total
            total = mp.fsum(self.raw(name, idx[:axis] + (m,) + idx[axis + 1:]) for m in range(1, self.n + 1))
            return self.raw(name, idx) / total
        return self.raw(name, idx)

    def int_of(self, token):
        if token == 'n':
            return self.n
        if token.isdigit():
            return int(token)
        if token not in self.script.ints and token in self.script.limits:
            return self.n
        return self.script.ints[token]

    def ev(self, e, bound):
        kind = e[0]
        if kind == 'num':
            return mp.mpf(e[1].numerator) / e[1].denominator
        if kind == 'sym':
            name = e[1]
            if name in bound:
                return bound[name]
            if name == 'pi':
                return +mp.pi
            if name == 'n':
                return self.n
            if name in self.script.ints:
                return self.script.ints[name]
            if name in self.script.limits:
                return self.n  # a limit without a sample line: the dimension, the length of every range here
            if name in self.d.defs:
                return self.definition(name, ())
            return self.value(name, ())
        if kind == 'idx':
            ints = []
            for ix in e[2]:
                v = self.ev(ix, bound)
                if int(v) != v:
                    raise ReadError('index %s is not an integer' % (v,))
                ints.append(int(v))
            ints = tuple(ints)
            if e[1] in self.d.defs:
                return self.definition(e[1], ints)
            return self.value(e[1], ints)
        if kind == 'add':
            return mp.fsum(self.ev(t, bound) for t in e[1])
        if kind == 'neg':
            return -self.ev(e[1], bound)
        if kind == 'mul':
            return self.ev(e[1], bound) * self.ev(e[2], bound)
        if kind == 'div':
            return self.ev(e[1], bound) / self.ev(e[2], bound)
        if kind == 'pow':
            b, x = self.ev(e[1], bound), self.ev(e[2], bound)
            if b < 0 and int(x) != x:
                raise ArithmeticError('negative base to a fractional power')
            return mp.power(b, x)
        if kind == 'cmp':
            a, b = self.ev(e[2], bound), self.ev(e[3], bound)
            return {'<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b}[e[1]]
        if kind == 'call':
            name, args = e[1], e[2]
            if name == 'delta':
                return mp.mpf(int(self.ev(args[0], bound) == self.ev(args[1], bound)))
            if name == 'where':
                cond = self.ev(args[0], bound)
                self.took(e, bool(cond))
                return self.ev(args[1], bound) if cond else self.ev(args[2], bound)
            if name not in FUNCTIONS:
                raise AbstractDerivative('unknown function ' + name)
            values = [self.ev(a, bound) for a in args]
            if name in ('heaviside', 'sign', 'abs', 'relu'):
                self.took(e, values[0] > 0)
            elif name in ('max', 'min'):
                self.took(e, values[0] > values[1])
            elif name == 'clip':
                self.took(e, (values[0] > values[1]) + (values[0] > values[2]))
            return FUNCTIONS[name](*values)
        if kind == 'red':
            _, how, var, lo, hi, body = e
            lo = 1 if lo is None else int(self.ev(lo, bound))
            hi = self.n if hi is None else int(self.ev(hi, bound))
            terms = []
            for k in range(lo, hi + 1):
                inner = dict(bound)
                inner[var] = k
                terms.append(self.ev(body, inner))
            if how == 'prod':
                out = mp.mpf(1)
                for t in terms:
                    out *= t
                return out
            total = mp.fsum(terms)
            return total / self.n if how == 'mean' else total
        if kind == 'diff':
            key = self.variable(e[2], bound)
            return self.derivative(lambda: self.ev(e[1], bound), key, H_INNER)
        raise ReadError('cannot evaluate ' + kind)

    def definition(self, name, ints):
        key = (name, ints)
        if key not in self.memo:
            lhs, body = self.d.defs[name]
            inner = dict(self.free)
            inner.update(zip(lhs, ints))
            self.memo[key] = self.ev(body, inner)
        return self.memo[key]

    def variable(self, v, bound):
        if v[0] == 'sym':
            return (v[1], ())
        return (v[1], tuple(int(self.ev(ix, bound)) for ix in v[2]))

    def derivative(self, f, key, h):
        base = self.value(*key)
        saved_memo, saved = self.memo, self.overrides.get(key)
        try:
            values = []
            for step in (h, -h):
                self.overrides[key] = base + step
                self.memo = {}
                values.append(f())
            return (values[0] - values[1]) / (2 * h)
        finally:
            if saved is None:
                self.overrides.pop(key, None)
            else:
                self.overrides[key] = saved
            self.memo = saved_memo


def relative(a, b):
    scale = max(abs(a), abs(b), mp.mpf('1e-20'))
    return float(abs(a - b) / scale)


def node_ids(e, out):
    out.add(id(e))
    for part in e[1:]:
        if isinstance(part, tuple):
            node_ids(part, out)
        elif isinstance(part, list):
            for x in part:
                if isinstance(x, tuple):
                    node_ids(x, out)
    return out


def index_range(script, d, name, n):
    """1..n, or the declared extent when the index is a plain subscript of the variable differentiated
    with respect to (`# zero-outside: w 1..K` declares a kernel of width K)."""
    if d.wrt[0] == 'idx' and d.wrt[1] in script.zero_outside and ('sym', name) in d.wrt[2]:
        lo, hi = script.zero_outside[d.wrt[1]]
        probe = Point(script, d, n, 0, {})
        return range(probe.int_of(lo), probe.int_of(hi) + 1)
    return range(1, n + 1)


def points(script, d, extra_forms=()):
    """Yield (truth, [values of the forms]) at every sampled point away from kinks; count kinks."""
    free = sorted(free_indices(d.expr, set(), script, d.defs) | free_indices(d.wrt, set(), script, d.defs))
    branches = {}
    tracked = set()
    if extra_forms:
        node_ids(extra_forms[0], tracked)
    stats = {'points': 0, 'kinks': 0, 'free': free, 'branches': branches}
    results = []
    for n, cap in ((3, None), (4, 64)):
        ranges = [index_range(script, d, name, n) for name in free]
        combos = list(itertools.product(*ranges))
        if cap and len(combos) > cap:
            combos = random.Random(n * 1000 + len(free)).sample(combos, cap)
        # at least two seeds, more where there are few index assignments (scalar derivations: 12 each)
        for seed in range(1, 1 + max(2, 12 // len(combos))):
            for combo in combos:
                assignment = dict(zip(free, combo))
                p = Point(script, d, n, seed * 7919 + n, assignment)
                key = p.variable(d.wrt, assignment)
                f = lambda: p.ev(d.expr, dict(assignment))
                truth = p.derivative(f, key, H_OUTER)
                coarse = p.derivative(f, key, H_KINK)
                if relative(truth, coarse) > 1e-6 and abs(truth - coarse) > 1e-9:
                    stats['kinks'] += 1
                    continue
                values = []
                for form in extra_forms:
                    q = Point(script, d, n, seed * 7919 + n, assignment)
                    q.branches = branches if form is extra_forms[0] else None
                    q.tracked = tracked
                    values.append(q.ev(form, dict(assignment)))
                results.append((truth, values, (n, seed, assignment)))
                stats['points'] += 1
    return results, stats


# ---------------------------------------------------------------- SymPy cross-check (index-free derivations)

def to_sympy(e, defs):
    kind = e[0]
    if kind == 'num':
        return sympy.Rational(e[1].numerator, e[1].denominator)
    if kind == 'sym':
        if e[1] == 'pi':
            return sympy.pi
        if e[1] in defs:
            return to_sympy(defs[e[1]][1], defs)
        return sympy.Symbol(e[1], real=True)
    if kind == 'add':
        return sympy.Add(*[to_sympy(t, defs) for t in e[1]])
    if kind == 'neg':
        return -to_sympy(e[1], defs)
    if kind == 'mul':
        return to_sympy(e[1], defs) * to_sympy(e[2], defs)
    if kind == 'div':
        return to_sympy(e[1], defs) / to_sympy(e[2], defs)
    if kind == 'pow':
        return to_sympy(e[1], defs) ** to_sympy(e[2], defs)
    if kind == 'diff':
        return sympy.diff(to_sympy(e[1], defs), to_sympy(e[2], defs))
    if kind == 'call':
        a = [to_sympy(x, defs) for x in e[2]]
        s = {'exp': sympy.exp, 'log': sympy.log, 'ln': sympy.log, 'sqrt': sympy.sqrt, 'tanh': sympy.tanh,
             'sinh': sympy.sinh, 'cosh': sympy.cosh, 'sin': sympy.sin, 'cos': sympy.cos, 'erf': sympy.erf,
             'sigma': lambda x: 1 / (1 + sympy.exp(-x)), 'softplus': lambda x: sympy.log(1 + sympy.exp(x)),
             'Phi': lambda x: (1 + sympy.erf(x / sympy.sqrt(2))) / 2,
             'gelu': lambda x: x * (1 + sympy.erf(x / sympy.sqrt(2))) / 2,
             'silu': lambda x: x / (1 + sympy.exp(-x)), 'swish': lambda x: x / (1 + sympy.exp(-x))}
        if e[1] in s:
            return s[e[1]](*a)
    raise ValueError('not smooth and index-free')


def symbolic_check(d):
    """'identical' when SymPy simplifies expected - dE/dv to 0; None when not applicable or undecided."""
    try:
        expr = to_sympy(d.expr, d.defs)
        var = to_sympy(d.wrt, {})
        expected = to_sympy(d.expect, d.defs)
    except (ValueError, KeyError):
        return None
    difference = sympy.simplify(sympy.expand(sympy.diff(expr, var) - expected))
    if difference == 0:
        return 'identical'
    difference = sympy.simplify(sympy.diff(expr, var).rewrite(sympy.exp) - expected.rewrite(sympy.exp))
    return 'identical' if difference == 0 else None


# ---------------------------------------------------------------- today's symgrad

def repo_root():
    path = HERE
    while path != '/' and not os.path.exists(os.path.join(path, 'symgrad')):
        path = os.path.dirname(path)
    return path


def run_today(script, d):
    """Run this derive through ./symgrad with the statements before it that it uses: the lets its
    expression or its expected form reaches, and the assumes."""
    names = set(reachable(d.expect, d.defs, reachable(d.expr, d.defs, {})))
    kept = [s for s in d.prefix[:-1] if s.startswith('assume ') or
            (s.startswith('let ') and re.match(r'let\s+([A-Za-z][A-Za-z0-9]*)', s).group(1) in names)]
    text = '\n'.join(kept + [d.prefix[-1]]) + '\n'
    with tempfile.NamedTemporaryFile('w', suffix='.sg', delete=False) as f:
        f.write(text)
        name = f.name
    try:
        proc = subprocess.run([os.path.join(repo_root(), 'symgrad'), 'run', name, '--format', 'json'],
                              capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(name)
    if proc.returncode != 0:
        message = next((l for l in proc.stderr.splitlines() if l.strip()), 'exit %d' % proc.returncode)
        return 'rejected', re.sub(r'^error: line \d+, column \d+: ', '', message.strip()), None
    result = json.loads(proc.stdout)[-1]['result']['ascii']
    if result == d.expect_text:
        return 'exact', result, None
    if 'diff(' in result or "'" in result:
        # a derivative left unevaluated: a function (or reduction) today's symgrad does not know
        return 'symbolic', result, None
    try:
        form = parse(result)
    except AbstractDerivative:
        return 'symbolic', result, None
    except ReadError:
        return 'unreadable', result, None
    if canonical(form) == canonical(d.expect):
        return 'exact up to order', result, form
    return 'form', result, form


def canonical(e, depth=0):
    """e with bound indices renamed by nesting depth and the operands of sums and products sorted
    (SPEC §4: the order of factors and terms is free; bound names are free too)."""
    kind = e[0]
    if kind == 'red':
        _, how, var, lo, hi, body = e
        fresh = '#%d' % depth
        return ('red', how, fresh, lo and canonical(lo, depth), hi and canonical(hi, depth),
                canonical(rename(body, var, fresh), depth + 1))
    if kind in ('add', 'mul'):
        parts = []
        stack = list(e[1]) if isinstance(e[1], list) else [e[1], e[2]]
        while stack:
            x = canonical(stack.pop(), depth)
            if x[0] == kind:
                stack.extend(x[1])
            else:
                parts.append(x)
        return (kind, sorted(parts, key=repr))
    if kind == 'call' and e[1] == 'delta':
        return ('call', 'delta', sorted((canonical(a, depth) for a in e[2]), key=repr))
    return tuple(canonical(x, depth) if isinstance(x, tuple) else
                 [canonical(y, depth) for y in x] if isinstance(x, list) else x for x in e)


def rename(e, old, new):
    if e == ('sym', old):
        return ('sym', new)
    if e[0] == 'red' and e[2] == old:
        return e
    return tuple(rename(x, old, new) if isinstance(x, tuple) else
                 [rename(y, old, new) for y in x] if isinstance(x, list) else x for x in e)


# ---------------------------------------------------------------- the README table

NEW_FUNCTIONS = ('Phi', 'erf', 'gelu', 'silu', 'swish', 'elu', 'leaky_relu', 'max', 'min', 'clip', 'where')


def nodes(e):
    yield e
    for part in e[1:]:
        if isinstance(part, tuple):
            yield from nodes(part)
        elif isinstance(part, list):
            for x in part:
                if isinstance(x, tuple):
                    yield from nodes(x)


def reachable(e, defs, out):
    for x in nodes(e):
        if x[0] in ('sym', 'idx') and x[1] in defs and x[1] not in out:
            out[x[1]] = defs[x[1]]
            reachable(defs[x[1]][1], defs, out)
    return out


def features(script, d):
    """The SPEC §9 features a derivation needs, read off its input, its definitions and its expected form."""
    used = reachable(d.expect, d.defs, reachable(d.expr, d.defs, {}))
    inputs = [d.expr] + [body for _, body in used.values()]
    everything = inputs + [d.expect]
    found = []
    calls = {x[1] for e in everything for x in nodes(e) if x[0] == 'call'}
    if any(x == ('sym', 'pi') for e in everything for x in nodes(e)):
        found.append('pi')
    found += [f for f in NEW_FUNCTIONS if f in calls]
    reductions = {x[1] for e in everything for x in nodes(e) if x[0] == 'red'}
    found += [r for r in ('prod', 'mean') if r in reductions]
    if any(x[0] == 'idx' and any(ix[0] not in ('sym', 'num') for ix in x[2]) for e in everything for x in nodes(e)):
        found.append('affine indices')
    if any(fixed_labels(name, script, d.defs, ()) for name in used):
        found.append('fixed label')
    if any(x[0] == 'idx' and x[1] in d.assumes and len(x[2]) > 1 for e in inputs for x in nodes(e)):
        found.append('assume with outer index')
    for e in everything:
        for x in nodes(e):
            if x[0] == 'add':
                sets = [free_indices(t, set(), script, {}) for t in x[1]]
                if any(a and b and not a <= b and not b <= a for a in sets for b in sets):
                    found.append('broadcasting')
                    break
        else:
            continue
        break
    if any(x[0] == 'pow' and x[2] == ('num', 2) and x[1][0] == 'add' and any(t[0] == 'neg' for t in x[1][1])
           for x in nodes(d.expect)):
        found.append('squares kept')
    if any(x[0] == 'call' and x[1] in ('sigma', 'softplus') and x[2][0][0] not in ('sym', 'idx')
           for x in nodes(d.expect)):
        found.append('sigma/softplus of composite')
    if any(x[0] in ('sym', 'idx') and x[1] in d.defs for x in nodes(d.expect)):
        found.append('let names')
    if re.search(r'\d\.\d', d.expr_text + ' '.join(d.prefix)) or re.search(r'\d\.\d', d.expect_text):
        found.append('decimals')
    if any(x[0] == 'pow' and any(y[0] == 'sym' for y in nodes(x[2])) for e in everything for x in nodes(e)):
        found.append('symbolic powers')
    return found


def short_source(text):
    text = re.sub(r'^(.*?)(:\s|, eq\.|, Appendix|, §|, part|, \w+\.__call__|, \w+::|, [A-Za-z_]+\(|\s\().*$',
                  r'\1', text)
    return text[:90]


# ---------------------------------------------------------------- main

def main(argv):
    today = '--today' in argv
    markdown = '--table' in argv
    files = [a for a in argv if a.endswith('.sg')] or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith('.sg'))
    failures, rows, table, markdown_rows, last_source = 0, 0, [], [], ''
    total_points = total_kinks = symbolic = single_branch = 0
    for path in files:
        script = Script(path if os.path.isabs(path) else os.path.join(HERE, path))
        for d in script.derivations:
            rows += 1
            if not d.expect or not d.source:
                print('FAIL %s: missing # source: or # expect:' % d.key)
                failures += 1
                continue
            verdict = None
            extra = [d.expect]
            today_result = None
            if today:
                today_result = run_today(script, d)
                if today_result[2] is not None:
                    extra.append(today_result[2])
            try:
                results, stats = points(script, d, extra)
            except (ReadError, ArithmeticError, KeyError, TypeError) as ex:
                if today_result and today_result[2] is not None:
                    # today's form may use a notation this reader lacks: judge the expected form alone
                    today_result = ('unreadable', today_result[1], None)
                    results, stats = points(script, d, [d.expect])
                else:
                    print('FAIL %s: %s' % (d.key, ex))
                    failures += 1
                    continue
            worst = max((relative(t, v[0]) for t, v, _ in results), default=1.0)
            ok = stats['points'] >= 8 and stats['kinks'] <= stats['points'] // 4 and worst < TOLERANCE
            sym = symbolic_check(d)
            symbolic += sym == 'identical'
            total_points += stats['points']
            total_kinks += stats['kinks']
            status = 'ok' if ok else 'FAIL'
            failures += not ok
            partial = [node for node, seen in stats['branches'].values()
                       if len(seen) < (3 if node[1] == 'clip' else 2)]
            line = '%-4s %-34s %4d points %2d kinks  max rel err %.1e%s%s' % (
                status, d.key, stats['points'], stats['kinks'], worst, '  sympy: identical' if sym else '',
                '  (%d piecewise node(s) saw one branch only)' % len(partial) if partial else '')
            single_branch += bool(partial)
            if today_result:
                kind, text, _ = today_result
                if kind in ('form', 'exact up to order'):
                    right = all(relative(t, v[1]) < TOLERANCE for t, v, _ in results)
                    kind = ('right, other form' if kind == 'form' else kind) if right else 'WRONG'
                label = {'exact': 'exact textbook form', 'exact up to order': 'textbook form up to order',
                         'symbolic': 'unknown function left symbolic',
                         'unreadable': 'result in notation verify.py cannot read'}.get(kind, kind)
                table.append((d.key, label, text))
                line += '\n     today: %s: %s' % (label, text)
            if markdown:
                source = short_source(d.source)
                if source.startswith('same'):
                    source = last_source + ' (' + (source if len(source) < 48 else source[:45] + '...') + ')'
                else:
                    last_source = source
                markdown_rows.append('| %s | `%s` | %s | %s |%s' % (
                    d.key, d.wrt_text, source, ', '.join(features(script, d)) or '-',
                    ' %s: `%s` |' % (table[-1][1], table[-1][2].replace('|', '\\|')) if today_result else ''))
            print(line)
    print()
    print('%d derivations in %d files: %d agree with the finite difference, %d fail; %d points compared, '
          '%d skipped next to a kink; %d also identical under SymPy' % (
              rows, len(files), rows - failures, failures, total_points, total_kinks, symbolic))
    findings_failed = check_findings(files)
    if markdown:
        print('\n| derivation | wrt | source | SPEC §9 features | %s' % ('today |' if today else ''))
        print('|---|---|---|---|%s' % ('---|' if today else ''))
        print('\n'.join(markdown_rows))
    if today:
        summary = {}
        for _, label, _ in table:
            key = 'rejected' if label == 'rejected' else label
            summary[key] = summary.get(key, 0) + 1
        print('today: ' + ', '.join('%d %s' % (v, k) for k, v in sorted(summary.items(), key=lambda kv: -kv[1])))
    return 1 if failures or findings_failed else 0


def check_findings(files):
    names = {os.path.basename(f) for f in files}
    failed = 0
    for file, wrt, form, where in FINDINGS:
        if file not in names:
            continue
        script = Script(os.path.join(HERE, file))
        d = next(x for x in script.derivations if x.wrt_text == wrt)
        line = d.line
        results, _ = points(script, d, [parse(form)])
        worst = max(relative(t, v[0]) for t, v, _ in results)
        verdict = 'disagrees, as recorded' if worst > TOLERANCE else 'AGREES (the finding is wrong)'
        failed += worst <= TOLERANCE
        print('finding %s:%d %s: max rel err %.1e, %s\n     %s' % (file, line, form, worst, verdict, where))
    return failed


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
