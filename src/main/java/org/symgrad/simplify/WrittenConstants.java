package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * The coefficients the input wrote, simplified as the constants they are: a result has the shape it
 * has for a symbol in their place, with the numbers written back. {@code (x σ(1.702x))′} is
 * {@code σ(1.702x) + 1.702x σ(1.702x)(1 − σ(1.702x))}, as {@code (x σ(bx))′} is
 * {@code σ(bx) + bx σ(bx)(1 − σ(bx))}, not {@code σ(1.702x)(1.702x − 1.702x σ(1.702x) + 1)}: the
 * normal form multiplies numbers into every coefficient, so a number leaves nothing behind that the
 * presenter could gather terms by ({@link Presenter}'s grouping finds a common atom, as it does
 * {@code c} in {@code c x(1 − tanh² u)(1 + 3d x²)}). GELU's
 * {@code 0.5x(1 + tanh(0.7978845608(x + 0.044715x³)))} differentiates to the sum of the product
 * rule's two terms, its argument's derivative {@code 1 + 0.134145x²} a factor (products of numbers
 * fold: {@code 3·0.044715}), not to an expanded sum in {@code 0.107032224408516x³}.
 * <p>
 * A coefficient here is the product of the numbers among a product's factors when it is not an
 * integer and is not a unit fraction written as a divisor ({@code x/2} stays a division): a
 * decimal ({@code 1.702}, {@code 0.5}) or a fraction ({@code 3/2}). Numbers elsewhere (exponents,
 * terms, arguments on their own) stay numbers. The shape is kept only where writing the numbers back
 * merges nothing the symbols kept apart ({@link #generic}): {@code 0.5x − x/2} is 0, not
 * {@code k x − x/2}; elsewhere the result is the one the numbers give. Either way only the form
 * changes, never the value.
 */
final class WrittenConstants {
    /** The symbol that stands for each coefficient (its absolute value), and how it was spelt. */
    private final Map<Rational, Sym> symbols;
    private final Map<Sym, Num> values;

    private WrittenConstants(Map<Rational, Sym> symbols, Map<Sym, Num> values) {
        this.symbols = symbols;
        this.values = values;
    }

    /** The coefficients {@code input} writes, each with a symbol no name of {@code input} uses; empty if none. */
    static Optional<WrittenConstants> in(Expr input) {
        Map<Rational, Boolean> found = new LinkedHashMap<>();
        collect(input, found);
        if (found.isEmpty() || !inAnArgument(input)) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        names(input, names);
        Map<Rational, Sym> symbols = new LinkedHashMap<>();
        Map<Sym, Num> values = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<Rational, Boolean> c : found.entrySet()) {
            String name;
            do {
                name = "Kconst" + (++n);
            } while (names.contains(name));
            Sym s = new Sym(name);
            symbols.put(c.getKey(), s);
            values.put(s, new Num(c.getKey(), c.getValue()));
        }
        return Optional.of(new WrittenConstants(symbols, values));
    }

    /**
     * Whether a function's argument writes a coefficient ({@code σ(1.702x)}, {@code tanh(0.8(x + 0.04x³))}):
     * the chain rule brings it out to multiply the terms the product rule's sum holds. A polynomial
     * in decimals ({@code 0.25x² + 0.001x}) is left to the numbers' own normal form.
     */
    private static boolean inAnArgument(Expr e) {
        if (e instanceof org.symgrad.expr.Fn f) {
            for (Expr a : f.args()) {
                if (writtenIn(a)) {
                    return true;
                }
            }
        }
        for (Expr c : Exprs.children(e)) {
            if (inAnArgument(c)) {
                return true;
            }
        }
        return false;
    }

    private static void names(Expr e, Set<String> out) {
        if (e instanceof Variable v) {
            out.add(v.name());
        }
        Exprs.children(e).forEach(c -> names(c, out));
    }

    private static void collect(Expr e, Map<Rational, Boolean> out) {
        if (e instanceof Pow p) {
            collect(p.base(), out); // an exponent is no coefficient
            return;
        }
        if (e instanceof Mul m) {
            Coefficient c = Coefficient.of(m.factors());
            if (c.qualifies()) {
                out.merge(c.value.abs(), c.decimal, Boolean::logicalOr);
            }
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** Whether a rule's sides write such a coefficient: then they are matched against the numbers as written. */
    static boolean writtenIn(Expr e) {
        Map<Rational, Boolean> found = new LinkedHashMap<>();
        collect(e, found);
        return !found.isEmpty();
    }

    /** The product of the numbers among a product's factors, and whether one of them is a decimal. */
    private record Coefficient(Rational value, boolean decimal, int numbers, int factors) {
        static Coefficient of(List<Expr> factors) {
            Rational v = Rational.ONE;
            boolean decimal = false;
            int numbers = 0;
            for (Expr f : factors) {
                if (f instanceof Num n) {
                    v = v.multiply(n.value());
                    decimal |= n.decimal();
                    numbers++;
                } else if (counted(f)) {
                    Pow p = (Pow) f;
                    Num b = (Num) p.base();
                    v = v.multiply(b.value().pow(((Num) p.exponent()).value().toBigInteger().intValueExact()));
                    decimal |= b.decimal();
                    numbers++;
                }
            }
            return new Coefficient(v, decimal, numbers, factors.size());
        }

        /**
         * The coefficient of something (a product of numbers alone is a number: the constant term of
         * x − 0.5), written with a decimal, and not an integer. Fractions stay numbers: the
         * presenter gathers their terms ({@link Presenter}), and a fraction the normal form made
         * ({@code 5/2} of {@code 5/(2(1 + y))}) is no constant anyone wrote.
         */
        boolean qualifies() {
            return numbers > 0 && numbers < factors && decimal && !value.isInteger();
        }

        /** A number, or a whole power of one (a divisor {@code 2^(−1)}): what the coefficient multiplies. */
        static boolean counted(Expr f) {
            return f instanceof Num || f instanceof Pow p && p.base() instanceof Num b && !b.value().isZero()
                    && p.exponent() instanceof Num k && k.value().isInteger()
                    && k.value().abs().compareTo(Rational.of(64)) <= 0;
        }
    }

    /** {@code e} with each coefficient replaced by its symbol (its sign kept as a factor −1). */
    Expr symbolized(Expr e) {
        if (e instanceof Pow p) {
            Expr base = symbolized(p.base());
            return base == p.base() ? e : new Pow(base, p.exponent());
        }
        Expr mapped = Exprs.mapChangedChildren(e, this::symbolized);
        if (!(mapped instanceof Mul m)) {
            return mapped;
        }
        Coefficient c = Coefficient.of(m.factors());
        if (!c.qualifies()) {
            return mapped;
        }
        List<Expr> factors = new ArrayList<>();
        if (c.value().signum() < 0) {
            factors.add(Exprs.num(-1));
        }
        factors.add(symbols.get(c.value().abs()));
        for (Expr f : m.factors()) {
            if (!Coefficient.counted(f)) {
                factors.add(f);
            }
        }
        return factors.size() == 1 ? factors.get(0) : new Mul(factors);
    }

    /**
     * {@code e} with the numbers written back, each product's numbers multiplied into one coefficient
     * in front ({@code 3·0.044715 = 0.134145}); a decimal wherever one of them was written as one.
     */
    Expr substituted(Expr e) {
        if (e instanceof Sym s && values.containsKey(s)) {
            return values.get(s);
        }
        if (e instanceof Pow p && p.base() instanceof Sym s && values.containsKey(s)
                && p.exponent() instanceof Num k && k.value().isInteger()) {
            Num v = values.get(s);
            return new Num(v.value().pow(k.value().toBigInteger().intValueExact()), v.decimal());
        }
        Expr mapped = Exprs.mapChangedChildren(e, this::substituted);
        if (!(mapped instanceof Mul m) || !holdsSymbol(e)) {
            return mapped;
        }
        Rational k = Rational.ONE;
        boolean decimal = false;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (f instanceof Num n) {
                k = k.multiply(n.value());
                decimal |= n.decimal();
            } else {
                rest.add(f);
            }
        }
        List<Expr> out = new ArrayList<>();
        if (k.isZero()) {
            return Exprs.ZERO;
        }
        if (!k.isOne()) {
            out.add(new Num(k, decimal));
        }
        out.addAll(rest);
        return Exprs.mul(out);
    }

    /** Whether one of the factors of the product {@code e} is a symbol of a coefficient, or a power of one. */
    private boolean holdsSymbol(Expr e) {
        for (Expr f : ((Mul) e).factors()) {
            if (values.containsKey(f) || f instanceof Pow p && values.containsKey(p.base())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether writing the numbers back into {@code symbolic} (giving {@code numeric}) merges nothing:
     * the normal forms have the same factors, each sum with as many terms, the symbols' own factors
     * aside. Else some terms meet or cancel only for these values, and the symbols' shape is no
     * simplified form of the numbers.
     */
    boolean generic(Expr symbolic, Expr numeric, Normalizer plain) {
        return !wholeProduct(symbolic) && shape(plain.normalize(symbolic), plain).equals(shape(plain.normalize(numeric), plain));
    }

    /**
     * Whether a product's numbers and coefficients multiply to a whole number ({@code 2·0.5 = 1}):
     * then the coefficient leaves the product, and the numbers' own form may gather what the symbol kept apart.
     */
    private boolean wholeProduct(Expr e) {
        if (e instanceof Mul m && holdsSymbol(m)) {
            Rational k = Rational.ONE;
            for (Expr f : m.factors()) {
                if (f instanceof Num n) {
                    k = k.multiply(n.value());
                } else if (values.containsKey(f)) {
                    k = k.multiply(values.get(f).value());
                } else if (f instanceof Pow p && values.containsKey(p.base()) && p.exponent() instanceof Num x
                        && x.value().isInteger()) {
                    k = k.multiply(values.get(p.base()).value().pow(x.value().toBigInteger().intValueExact()));
                }
            }
            if (k.isInteger()) {
                return true;
            }
            // 0.5(2x e^{−x²/2}/√(2π) + 1 + erf(x/√2)): the coefficient taken into the sum folds away in a term
            for (Expr f : m.factors()) {
                if (f instanceof org.symgrad.expr.Add sum) {
                    for (Expr t : sum.terms()) {
                        Rational c = t instanceof Num n ? n.value()
                                : t instanceof Mul tm && tm.factors().get(0) instanceof Num n ? n.value() : Rational.ONE;
                        if (!c.abs().isOne() && k.multiply(c).isInteger()) {
                            return true;
                        }
                    }
                }
            }
        }
        for (Expr c : Exprs.children(e)) {
            if (wholeProduct(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shape of a normal form: each factor's number of terms and power, and the shapes of the
     * arguments of the atoms in its terms (the symbols' own factors aside), so that terms meeting
     * inside a function's argument count too ({@code min(z(1 − 1.5)c, 0)}).
     */
    private String shape(Factored f, Normalizer plain) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Optional<Expr> atom = e.getKey().asAtom();
            if (atom.isPresent() && values.containsKey(atom.get())) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (Monomial m : e.getKey().terms().keySet()) {
                List<String> atoms = new ArrayList<>();
                m.powers().forEach((a, k) -> {
                    if (!values.containsKey(a)) {
                        atoms.add(atomShape(a, plain) + "^" + k);
                    }
                });
                atoms.sort(null);
                terms.add(String.join("*", atoms));
            }
            terms.sort(null);
            out.add("(" + String.join("+", terms) + ")^" + e.getValue());
        }
        out.sort(null);
        return String.join("", out);
    }

    private String atomShape(Expr a, Normalizer plain) {
        List<Expr> inner = Exprs.children(a);
        if (inner.isEmpty()) {
            return a instanceof Num ? "n" : "a";
        }
        List<String> parts = new ArrayList<>();
        for (Expr c : inner) {
            parts.add(c instanceof Num ? "n" : shape(plain.normalize(c), plain));
        }
        String head = a instanceof org.symgrad.expr.Fn g ? g.name() : a.getClass().getSimpleName();
        return head + "[" + String.join(",", parts) + "]";
    }

    /**
     * A sum whose terms are, one for one, the terms of the sum {@code input} (equal normal forms), in
     * the input's order: a product's numbers folded into one coefficient leave no factor in common
     * that would order the terms as the numbers' own form does, so simplifying
     * {@code 0.5(1 + tanh u) + 0.4x(1 − tanh² u)} again keeps it as it is.
     */
    static Expr inInputOrder(Expr result, Expr input, Normalizer plain) {
        if (!(result instanceof org.symgrad.expr.Add r) || !(input instanceof org.symgrad.expr.Add in)
                || r.terms().size() != in.terms().size()) {
            return result;
        }
        List<Factored> written = in.terms().stream().map(plain::normalize).toList();
        List<Expr> ordered = new ArrayList<>(java.util.Collections.nCopies(written.size(), (Expr) null));
        for (Expr t : r.terms()) {
            Factored f = plain.normalize(t);
            int at = -1;
            for (int i = 0; i < written.size(); i++) {
                if (ordered.get(i) == null && written.get(i).equals(f)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return result;
            }
            ordered.set(at, t);
        }
        return new org.symgrad.expr.Add(ordered);
    }
}
