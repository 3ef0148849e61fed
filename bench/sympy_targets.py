#!/usr/bin/env python3
"""SymPy 1.14 doing the 13 results of SPEC §4 — what `symgrad run bench/spec-targets.sg` does.

One process, as a user would write it: import SymPy, then for each target differentiate and
simplify. SymPy has no index notation, so the indexed targets are unrolled for a dimension n
(default 3, the smallest where a softmax has an entry that is neither i = j nor the only other
one) and every entry the index result stands for is computed: the n×n softmax Jacobians, the
n-vector gradient of cross-entropy, the n×n×n entries of ∂y_i/∂W_kl, … (symgrad's answer holds all
of them for every n). σ is written 1/(1 + exp(−u)) (SymPy has no logistic function); the
assumption Σ t = 1 is substituted (t_n = 1 − t_1 − … − t_{n−1}).

The two-layer network's gradient is put over a common denominator with `cancel` rather than
`simplify`: `simplify` of one entry did not finish in minutes (n = 3: more than 2 min of CPU
time; n = 2: more than 5 min wall-clock on the loaded machine), so this is SymPy's best case and
the comparison understates SymPy's cost (`--network simplify` tries it anyway).

    python3 bench/sympy_targets.py [--n N] [--entries all|one] [--network cancel|simplify] [--print]

--entries one computes only one entry per indexed target (the least SymPy can do). --print
prints each result (for reading; the timing is the process's CPU time, measured from outside
by bench/whole-script).
"""
import argparse
import time

from sympy import Function, Symbol, cancel, diff, exp, log, simplify, symbols, tanh

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int, default=3)
parser.add_argument("--entries", choices=["all", "one"], default="all")
parser.add_argument("--network", choices=["cancel", "simplify"], default="cancel")
parser.add_argument("--print", action="store_true")
args = parser.parse_args()
n = args.n
rng = range(n)
pairs = [(i, j) for i in rng for j in rng] if args.entries == "all" else [(0, 1)]
singles = list(rng) if args.entries == "all" else [0]


def sig(u):
    return 1 / (1 + exp(-u))


def show(name, value):
    if args.print:
        print(f"{name}: {value}  [{time.process_time():.2f} s CPU so far]", flush=True)


results = []
x, o, y = symbols("x o y")
# the six scalar rows
for name, f, v in [
    ("sigma", sig(x), x),
    ("softplus", log(1 + exp(x)), x),
    ("tanh", tanh(x), x),
    ("log sigma", log(sig(x)), x),
    ("BCE", -(y * log(sig(o)) + (1 - y) * log(1 - sig(o))), o),
    ("MSE", (sig(o) - y) ** 2, o),
]:
    r = simplify(diff(f, v))
    results.append(r)
    show(name, r)

xs = symbols(f"x1:{n + 1}")
zs = symbols(f"z1:{n + 1}")
ts = symbols(f"t1:{n + 1}")
beta = Symbol("beta")


def softmax(vs, scale=1):
    s = sum(exp(scale * v) for v in vs)
    return [exp(scale * v) / s for v in vs]


# softmax Jacobian, with temperature, log-softmax
for name, ys, wrt in [
    ("softmax", softmax(xs), xs),
    ("softmax beta", softmax(xs, beta), xs),
    ("log softmax", [log(v) for v in softmax(xs)], xs),
]:
    for i, j in pairs:
        r = simplify(diff(ys[i], wrt[j]))
        results.append(r)
        show(f"{name} [{i + 1},{j + 1}]", r)

# cross-entropy of a softmax, assuming the targets sum to 1
t_last = 1 - sum(ts[:-1])
ys = softmax(zs)
E = -sum(t * log(v) for t, v in zip(ts, ys)).subs(ts[-1], t_last)
for j in singles:
    r = simplify(diff(E, zs[j]))
    results.append(r)
    show(f"cross-entropy softmax [{j + 1}]", r)

# linear layer y_i = Σ_j W_ij x_j + b_i: ∂y_i/∂W_kl and ∂L(y)/∂W_kl
W = [[Symbol(f"W{i + 1}{j + 1}") for j in rng] for i in rng]
b = symbols(f"b1:{n + 1}")
lin = [sum(W[i][j] * xs[j] for j in rng) + b[i] for i in rng]
triples = [(i, k, l) for i in rng for k in rng for l in rng] if args.entries == "all" else [(0, 0, 1)]
for i, k, l in triples:
    r = simplify(diff(lin[i], W[k][l]))
    results.append(r)
    show(f"linear layer [{i + 1};{k + 1},{l + 1}]", r)
L = Function("L")(*lin)
for k, l in pairs:
    r = simplify(diff(L, W[k][l]))
    results.append(r)
    show(f"L(y) [{k + 1},{l + 1}]", r)

# two-layer network: E = −Σ_k t_k log softmax(V σ(W x))_k, Σ t = 1
V = [[Symbol(f"V{i + 1}{j + 1}") for j in rng] for i in rng]
h = [sig(sum(W[u][v] * xs[v] for v in rng)) for u in rng]
z2 = [sum(V[k][u] * h[u] for u in rng) for k in rng]
E2 = -sum(t * log(v) for t, v in zip(ts, softmax(z2))).subs(ts[-1], t_last)
for a, bb in pairs:
    r = (cancel if args.network == "cancel" else simplify)(diff(E2, W[a][bb]))
    results.append(r)
    show(f"two-layer network [{a + 1},{bb + 1}]", r)

print(f"{len(results)} results")
