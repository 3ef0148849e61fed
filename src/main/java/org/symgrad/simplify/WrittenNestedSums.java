package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Trace;

/**
 * A sum the input wrote with a whole power of a sum among its terms, written as the input wrote it where
 * the result holds it multiplied out: the input's {@code 1 + (x − 2y − sinh(tanh z))²} normalises to
 * {@code x² − 4xy + 4y² − 2x sinh(tanh z) + … + 1}, and the derivative of its log is printed
 * {@code 2(x − 2y − sinh(tanh z))/(1 + (x − 2y − sinh(tanh z))²)}, not over that polynomial (or over the part
 * of it a binomial's square gathers back, {@code 1 + 4(x − y/2)²} for the input's {@code 1 + (2x − y)²}).
 * A factor of the result (a term, a factor of a product, the base of a whole power) whose normal form is a
 * number times that of such a sum is written as that number times the sum; the number goes in front of the
 * term, where the differences it multiplies take it in their written turn ({@link WrittenOrientations} and the
 * normal form's signs). Kept only where the result reads no longer ({@link TextbookCost}), so a result is a fixed
 * point: read again, it writes the sum as the input did. Numerically an identity.
 */
final class WrittenNestedSums {
    /** The name a step cites for writing a sum as the input nested it. */
    static final String NESTED_SUM_AS_WRITTEN = "nested-sum-as-written";

    private final Normalizer normalizer;
    /** The sums the input wrote with a whole power of a sum among their terms, by their normal form. */
    private final Map<Factored, Expr> sums;
    /** The normal forms of every sum the input writes, with their signs: a minus a written sum brings in is taken by them. */
    private final Set<Factored> writtenTurns;

    private WrittenNestedSums(Normalizer normalizer, Map<Factored, Expr> sums, Set<Factored> writtenTurns) {
        this.normalizer = normalizer;
        this.sums = sums;
        this.writtenTurns = writtenTurns;
    }

    /** The sums with a whole power of a sum among their terms that {@code input} writes outside functions. */
    static WrittenNestedSums in(Expr input, Normalizer normalizer) {
        List<Expr> written = new ArrayList<>();
        collect(input, written);
        // the sum a simplify is asked about is not written back as it is: it is what is simplified
        written.remove(input);
        Map<Factored, Expr> byForm = new LinkedHashMap<>();
        for (Expr s : written) {
            Factored f = normalizer.normalize(s);
            if (oneSum(f)) {
                // of sums with one normal form, the shortest (then the first): the choice does not depend on their order
                byForm.merge(f, spelled(s, normalizer), (x, y) -> TextbookCost.of(y) < TextbookCost.of(x) ? y : x);
            }
        }
        Set<Factored> turns = new HashSet<>();
        if (!byForm.isEmpty()) {
            sumForms(input, normalizer, turns);
        }
        return new WrittenNestedSums(normalizer, byForm, turns);
    }

    private static void sumForms(Expr e, Normalizer normalizer, Set<Factored> out) {
        if (e instanceof Add) {
            out.add(normalizer.normalize(e));
        }
        Exprs.children(e).forEach(c -> sumForms(c, normalizer, out));
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Fn) {
            return; // a function's argument is written as the input wrote it by WrittenArguments
        }
        if (e instanceof Add a && a.terms().stream().anyMatch(WrittenNestedSums::holdsPowerOfSum)) {
            out.add(e);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /**
     * {@code e} nested as written, each part that holds no sum in its normal form: {@code 1 + (x − 2·y − z)²} however it was
     * spelt ({@code x − 2y} parsed as {@code x + (−1)·2·y}, {@code −1 − 1/2} or {@code −3/2}), so a result is the same
     * expression whichever spelling of the input it came from.
     */
    private static Expr spelled(Expr e, Normalizer normalizer) {
        if (!holdsSum(e)) {
            return normalizer.canonical(e);
        }
        return switch (e) {
            case Add a -> Exprs.add(a.terms().stream().map(t -> spelled(t, normalizer)).toList());
            case Mul m -> numbersFoldedAsWritten(m.factors().stream().map(f -> spelled(f, normalizer)).toList());
            case Pow p when p.exponent() instanceof Num -> Exprs.pow(spelled(p.base(), normalizer), p.exponent());
            default -> normalizer.canonical(e);
        };
    }

    private static boolean holdsSum(Expr e) {
        return switch (e) {
            case Add a -> true;
            case Mul m -> m.factors().stream().anyMatch(WrittenNestedSums::holdsSum);
            case Pow p when p.exponent() instanceof Num -> holdsSum(p.base());
            default -> false;
        };
    }

    /** A product with its numbers multiplied into one in front, its other factors as they are. */
    private static Expr numbersFoldedAsWritten(List<Expr> factors) {
        Rational c = Rational.ONE;
        List<Expr> out = new ArrayList<>(factors.size());
        out.add(null);
        for (Expr f : factors) {
            for (Expr g : f instanceof Mul m ? m.factors() : List.of(f)) {
                if (g instanceof Num n && !n.decimal()) {
                    c = c.multiply(n.value());
                } else {
                    out.add(g);
                }
            }
        }
        out.set(0, new Num(c));
        return Exprs.mul(out);
    }

    /** Whether a term is, or has as a factor, a whole power (2 or more) of a sum: {@code (x − y)²}, {@code 3(x − y)²}. */
    private static boolean holdsPowerOfSum(Expr term) {
        List<Expr> factors = term instanceof Mul m ? m.factors() : List.of(term);
        return factors.stream().anyMatch(f -> f instanceof Pow p && p.base() instanceof Add
                && p.exponent() instanceof Num k && k.value().isInteger() && k.value().compareTo(Rational.ONE) > 0);
    }

    /** Whether a normal form is one sum (to the first power), times monomials at most: not a quotient of sums, not a product. */
    private static boolean oneSum(Factored f) {
        int sums = 0;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getKey().size() > 1) {
                if (e.getValue() != 1) {
                    return false;
                }
                sums++;
            }
        }
        return sums == 1;
    }

    /** {@code result} with each factor that is a written nested sum multiplied out written as the input wrote it, where that reads no longer. */
    Expr written(Expr result, Trace trace) {
        if (sums.isEmpty()) {
            return result;
        }
        Expr candidate = rewritten(result);
        if (candidate == result || TextbookCost.asPrinted(candidate) > TextbookCost.asPrinted(result)) {
            return result;
        }
        trace.fired(NESTED_SUM_AS_WRITTEN);
        return candidate;
    }

    private Expr rewritten(Expr e) {
        if (e instanceof Add a) {
            Expr whole = asWritten(a);
            if (whole != null) {
                return whole;
            }
        }
        if (e instanceof Add || e instanceof Mul) {
            Expr w = Exprs.mapChangedChildren(e, this::rewritten);
            if (w == e) {
                return e;
            }
            return w instanceof Add sum ? Exprs.add(sum.terms()) : numbersFolded(((Mul) w).factors());
        }
        if (e instanceof Pow p && p.exponent() instanceof Num k && k.value().isInteger()) {
            Expr base = rewritten(p.base());
            if (base == p.base()) {
                return e;
            }
            // a number in front of the written sum leaves the power as its own power: (−s)⁻¹ = −s⁻¹
            if (base instanceof Mul m && m.factors().get(0) instanceof Num c) {
                Expr rest = Exprs.mul(m.factors().subList(1, m.factors().size()));
                return Exprs.mul(new Num(c.value().pow(k.value().toBigInteger().intValueExact())), Exprs.pow(rest, p.exponent()));
            }
            return Exprs.pow(base, p.exponent());
        }
        return e;
    }

    /**
     * A product of {@code factors} with their numbers multiplied into one in front: {@code 2·(−1)·u} is {@code −2u};
     * a minus there is taken by a sum whose turn the input wrote and whose own it did not, {@code −2(2y + z − x)}
     * is {@code 2(x − 2y − z)} beside the input's {@code (x − 2y − z)²}.
     */
    private Expr numbersFolded(List<Expr> factors) {
        Expr folded = numbersFoldedAsWritten(factors);
        List<Expr> rest = new ArrayList<>(folded instanceof Mul m ? m.factors() : List.of(folded));
        Rational c = Rational.ONE;
        if (!rest.isEmpty() && rest.get(0) instanceof Num n && !n.decimal()) {
            c = n.value();
            rest.remove(0);
        }
        for (int i = 0; c.signum() < 0 && i < rest.size(); i++) {
            if (rest.get(i) instanceof Add sum && !writtenTurns.contains(normalizer.normalize(sum))) {
                Expr turned = WrittenOrientations.negated(sum);
                if (writtenTurns.contains(normalizer.normalize(turned))) {
                    rest.set(i, turned);
                    c = c.negate();
                }
            }
        }
        List<Expr> out = new ArrayList<>(rest.size() + 1);
        out.add(new Num(c));
        out.addAll(rest);
        return Exprs.mul(out);
    }

    /** The written sum times a number that {@code a} is, by their normal forms; null when it is none. */
    private Expr asWritten(Add a) {
        Factored f = normalizer.normalize(a);
        for (Map.Entry<Factored, Expr> s : sums.entrySet()) {
            Factored form = s.getKey();
            if (f.factors().equals(form.factors()) && !form.coefficient().isZero()) {
                Rational ratio = f.coefficient().divide(form.coefficient());
                Expr written = s.getValue();
                return ratio.equals(Rational.ONE) ? written : Exprs.mul(new Num(ratio), written);
            }
        }
        return null;
    }
}
