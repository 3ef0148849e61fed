package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.LeadingTerm;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Trace;

/**
 * A whole power of a sum the input wrote with a fraction among its terms, written as the input wrote
 * it: the input's {@code 1 + s/a²} normalises to {@code (a² + s)/a²}, and a result {@code a²/(a² + s)}
 * is printed {@code 1/(1 + s/a²)}, {@code (a² − s)²/a⁴} is printed {@code (1 − s/a²)²}, as Ceres'
 * robust losses and Huber's and Tukey's ψ are printed ({@code z(1 − (z/c)²)²}). In each term of a
 * result, the largest whole power of the base (in size) whose every factor the term holds to at
 * least that power on the same side of the fraction bar is written over the input's base — so the
 * term divides by nothing it did not divide by. Kept only where the result reads shorter
 * ({@link TextbookCost}), so a result is a fixed point. Roots of such sums are {@link WrittenRoots}'.
 */
final class WrittenFractionSums {
    /** The name a step cites for writing a power over the input's sum. */
    static final String POWER_OF_WRITTEN_SUM = "power-of-written-sum";

    private final Normalizer normalizer;
    /** The sums the input wrote with a variable denominator, by their normal form. */
    private final Map<Factored, Expr> bases;

    private WrittenFractionSums(Normalizer normalizer, Map<Factored, Expr> bases) {
        this.normalizer = normalizer;
        this.bases = bases;
    }

    /** The sums with a fraction among their terms that {@code input} writes, compared by {@code normalizer}. */
    static WrittenFractionSums in(Expr input, Normalizer normalizer) {
        List<Expr> sums = writtenSums(input);
        // the sum a simplify is asked about is not written back as it is: a/w + z − y is put over one bar
        sums.remove(input);
        Map<Factored, Expr> byForm = new LinkedHashMap<>();
        for (Expr s : sums) {
            Factored f = normalizer.normalize(s);
            if (overVariables(f)) {
                // of sums with one normal form, the shortest (then the first): the choice does not depend on their order
                byForm.merge(f, s, (x, y) -> TextbookCost.of(y) < TextbookCost.of(x) ? y : x);
            }
        }
        // then the sums of names with a fractional number, each spelled one way, in one order whatever the input's
        java.util.TreeSet<Expr> linear = new java.util.TreeSet<>(org.symgrad.expr.ExprOrder.INSTANCE);
        linearSums(input, input, linear);
        for (Expr s : linear) {
            Factored f = normalizer.normalize(s);
            if (overANumber(f)) {
                byForm.putIfAbsent(f, s);
            }
        }
        return new WrittenFractionSums(normalizer, byForm);
    }

    /** Adds to {@code out} each sum {@code e} holds, but {@code input} itself, of names and numbers with a fractional one, as {@link #linear} spells it. */
    private static void linearSums(Expr e, Expr input, java.util.Set<Expr> out) {
        if (e instanceof Add && e != input) {
            linear(e).filter(WrittenFractionSums::fractional).ifPresent(out::add);
        }
        Exprs.children(e).forEach(c -> linearSums(c, input, out));
    }

    /**
     * Whether a normal form is one sum over a number, {@code (2p − 1)/2} for the input's {@code p − 1/2}: the normal form
     * puts such a sum over its number, and a product then turns it ({@code π(p − 1/2)} prints {@code −π(1 − 2p)/2}).
     */
    private static boolean overANumber(Factored f) {
        return !f.coefficient().isInteger() && f.factors().size() == 1
                && f.factors().entrySet().stream().allMatch(e -> e.getKey().size() > 1 && e.getValue() == 1);
    }

    /**
     * {@code sum} spelled one way whatever way the input spelled it, where it is a sum of names (symbols, entries),
     * each times a number or not, and numbers, none written as a decimal ({@code p − 1/2}, {@code 1/2 − 2x}): each
     * term's numbers folded into one in front ({@code −1·2⁻¹} is {@code −1/2}, {@code −1·2·x} is {@code −2x}), the
     * terms from the first added one, as the printer reads them ({@link LeadingTerm}). So a result that writes it back
     * is the same from any input that prints alike, its own print included; empty for any other sum, which the
     * normal form writes (a sum over a number that holds more than names stays so: {@code 3(2e^{2x} − 1)/2}).
     */
    static java.util.Optional<Expr> linear(Expr sum) {
        if (!(sum instanceof Add a)) {
            return java.util.Optional.empty();
        }
        List<Expr> terms = new ArrayList<>(a.terms().size());
        for (Expr t : a.terms()) {
            Rational c = Rational.ONE;
            Expr name = null;
            for (Expr f : t instanceof org.symgrad.expr.Mul m ? m.factors() : List.of(t)) {
                java.util.Optional<Rational> k = number(f);
                if (k.isPresent()) {
                    c = c.multiply(k.get());
                } else if (name == null && (f instanceof org.symgrad.expr.Sym || f instanceof org.symgrad.expr.Indexed)) {
                    name = f;
                } else {
                    return java.util.Optional.empty();
                }
            }
            if (c.isZero()) {
                return java.util.Optional.empty();
            }
            terms.add(name == null ? Exprs.num(c) : c.isOne() ? name : Exprs.mul(Exprs.num(c), name));
        }
        return java.util.Optional.of(new Add(LeadingTerm.first(terms, LeadingTerm::subtracted)));
    }

    /** Whether a sum {@link #linear} spells has a fractional number among its terms' numbers ({@code p − 1/2}, {@code x/2 − 1}). */
    private static boolean fractional(Expr linear) {
        return ((Add) linear).terms().stream().anyMatch(t -> (t instanceof org.symgrad.expr.Mul m ? m.factors().get(0) : t)
                instanceof Num n && !n.value().isInteger());
    }

    /** The value of {@code e} where it is a number written without a decimal point, or a product or power of such. */
    private static java.util.Optional<Rational> number(Expr e) {
        return switch (e) {
            case Num n -> n.decimal() ? java.util.Optional.empty() : java.util.Optional.of(n.value());
            case Pow p when p.exponent() instanceof Num k && k.value().isInteger() && !k.decimal()
                    && k.value().num().abs().compareTo(java.math.BigInteger.valueOf(64)) <= 0
                    && number(p.base()).filter(b -> !b.isZero()).isPresent() ->
                    java.util.Optional.of(number(p.base()).get().pow(k.value().num().intValue()));
            case org.symgrad.expr.Mul m -> {
                Rational c = Rational.ONE;
                for (Expr f : m.factors()) {
                    java.util.Optional<Rational> k = number(f);
                    if (k.isEmpty()) {
                        yield java.util.Optional.empty();
                    }
                    c = c.multiply(k.get());
                }
                yield java.util.Optional.of(c);
            }
            default -> java.util.Optional.empty();
        };
    }

    /** The sums {@code e} writes with a term written with a division by variables in it, in the order a walk from the top meets them. */
    static List<Expr> writtenSums(Expr e) {
        List<Expr> sums = new ArrayList<>();
        collect(e, sums);
        return sums;
    }

    /** What {@link #collect} reports of a subtree: a term written with a division by variables in it ({@code s/a²}, {@code (z/c)²}). */
    private static final int DIVIDES = 1;
    /** … and a subtree that holds a function. */
    private static final int HOLDS_FUNCTION = 2;

    /**
     * Adds to {@code out} each sum in {@code e} with a term written with a division by variables in it, in the order a
     * walk from the top meets them (a sum before the sums inside it), in one walk: whether a term divides, outside any
     * function ({@code 1/exp(u)} is a function's value, not a fraction the input wrote), is found from its parts, not by
     * walking each term again at each sum around it (a walk per level of a deep tree).
     */
    private static int collect(Expr e, List<Expr> out) {
        int at = out.size();
        int below = 0;
        for (Expr c : Exprs.children(e)) {
            below |= collect(c, out);
        }
        boolean divides;
        if (e instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
            // the exponent, a number, holds no function: what is below is the base's
            divides = (below & HOLDS_FUNCTION) == 0;
        } else {
            divides = !(e instanceof Fn) && (below & DIVIDES) != 0;
        }
        if (e instanceof Add && divides) {
            out.add(at, e);
        }
        return (divides ? DIVIDES : 0) | (e instanceof Fn || (below & HOLDS_FUNCTION) != 0 ? HOLDS_FUNCTION : 0);
    }

    /** Whether a normal form is a sum over a product of variables: (a² + s)·a⁻², not a sum or a quotient of sums. */
    private static boolean overVariables(Factored f) {
        int sums = 0;
        boolean below = false;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getKey().size() > 1) {
                if (e.getValue() != 1) {
                    return false;
                }
                sums++;
            } else if (e.getValue() < 0) {
                below = true;
            }
        }
        return sums == 1 && below;
    }

    /** {@code result} with each term's whole powers of written sums written over them, where that reads shorter. */
    Expr written(Expr result, Trace trace) {
        if (bases.isEmpty()) {
            return result;
        }
        if (result instanceof Fn cases && cases.name().equals(FunctionRegistry.WHERE) && cases.args().size() == 3) {
            // each branch of a piecewise result on its own: where(s ≤ a², (1 − s/a²)², 0)
            Expr then = written(cases.args().get(1), trace);
            Expr otherwise = written(cases.args().get(2), trace);
            return then == cases.args().get(1) && otherwise == cases.args().get(2) ? result
                    : new Fn(FunctionRegistry.WHERE, List.of(cases.args().get(0), then, otherwise));
        }
        List<Expr> terms = result instanceof Add a ? a.terms() : List.of(result);
        List<Expr> out = new ArrayList<>(terms.size());
        boolean changed = false;
        for (Expr t : terms) {
            Expr w = term(t);
            changed |= w != t;
            out.add(w);
        }
        if (!changed) {
            return result;
        }
        Expr candidate = result instanceof Add ? Exprs.add(out) : out.get(0);
        if (TextbookCost.asPrinted(candidate) >= TextbookCost.asPrinted(result)) {
            return result;
        }
        trace.fired(POWER_OF_WRITTEN_SUM);
        return candidate;
    }

    private Expr term(Expr t) {
        if (hasRoot(t)) {
            return t; // roots and the whole powers beside them are {@link WrittenRoots}'
        }
        Factored f = normalizer.normalize(t);
        if (!normalizer.presenter().present(f).equals(t)) {
            return t; // a term an earlier pass wrote as the input did (exps as written) stays
        }
        Factored remaining = f;
        List<Expr> powers = new ArrayList<>();
        for (Map.Entry<Factored, Expr> b : bases.entrySet()) {
            int m = wholePower(remaining, b.getKey());
            if (m == 0) {
                continue;
            }
            remaining = remaining.multiply(b.getKey().pow(-m, normalizer.budget()));
            powers.add(Exprs.pow(b.getValue(), m));
        }
        if (powers.isEmpty()) {
            return t;
        }
        return WrittenRoots.inOrder(normalizer.presenter().present(remaining), powers);
    }

    private static boolean hasRoot(Expr e) {
        if (e instanceof Pow p && !(p.exponent() instanceof Num k && k.value().isInteger())
                || e instanceof Fn f && f.name().equals("sqrt")) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(WrittenFractionSums::hasRoot);
    }

    /**
     * The whole power {@code m} of {@code base} largest in size whose every factor {@code f} holds to at
     * least that power on the same side of the fraction bar; 0 when there is none.
     */
    private static int wholePower(Factored f, Factored base) {
        int best = Integer.MAX_VALUE;
        int sign = 0;
        for (Map.Entry<Poly, Integer> e : base.factors().entrySet()) {
            int ratio = f.factors().getOrDefault(e.getKey(), 0) / e.getValue();
            if (ratio == 0 || sign != 0 && sign != Integer.signum(ratio)) {
                return 0;
            }
            sign = Integer.signum(ratio);
            best = Math.min(best, Math.abs(ratio));
        }
        return sign == 0 ? 0 : sign * best;
    }
}
