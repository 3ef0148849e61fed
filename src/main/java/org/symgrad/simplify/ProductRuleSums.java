package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FactorOrder;

/**
 * The product rule's sum kept as the input wrote it: a result term {@code c·(1 + P)}, its bracket
 * holding 1 and a product {@code P} that has a bracket of its own, is written {@code c + c·P} when
 * the input was that sum — {@code (x σ(x))′ = σ(x) + x σ(x)(1 − σ(x))}, as the product rule gives
 * it, while {@code silu′(x) = σ(x)(1 + x(1 − σ(x)))}, from the function's own derivative, stays
 * factored. Factoring c out of such a sum nests one bracket in another and saves only the second c.
 */
final class ProductRuleSums {
    /** The name a step cites for writing such a product as the sum the input had. */
    static final String DISTRIBUTE = "expand-products";

    private final Normalizer plainForm;
    private final Expr input;
    /** The normal forms of the sums the input wrote, found when a candidate first asks. */
    private Set<Expr> written;

    ProductRuleSums(Normalizer plainForm, Expr input) {
        this.plainForm = plainForm;
        this.input = input;
    }

    private boolean inputWrote(Expr sum) {
        if (written == null) {
            written = new HashSet<>();
            collect(input);
        }
        return written.contains(plainForm.canonical(sum));
    }

    private void collect(Expr e) {
        if (e instanceof Add) {
            written.add(plainForm.canonical(e));
        }
        if (!(e instanceof org.symgrad.expr.IndexSum)) {
            Exprs.children(e).forEach(this::collect);
        }
    }

    /** {@code e} with each such product written as the input's sum; {@code e} itself if there is none. */
    Expr distributed(Expr e) {
        if (e instanceof Add a) {
            List<Expr> terms = new ArrayList<>();
            boolean changed = false;
            for (Expr t : a.terms()) {
                Expr d = distributedTerm(t);
                changed |= d != t;
                terms.add(d);
            }
            return changed ? Exprs.add(terms) : e;
        }
        return distributedTerm(e);
    }

    private Expr distributedTerm(Expr t) {
        if (!(t instanceof Mul m)) {
            return t;
        }
        for (int i = 0; i < m.factors().size(); i++) {
            if (!(m.factors().get(i) instanceof Add bracket)) {
                continue;
            }
            List<Expr> c = new ArrayList<>(m.factors());
            c.remove(i);
            if (!nestsABracket(bracket) && !overADenominator(c, bracket)) {
                continue;
            }
            // a number the constant-factor rule took out of the product rule's sum goes back into its terms
            // when the input wrote that sum: 0.5(1 + tanh u) + 0.5x(1 − tanh² u)u′, not 0.5(x(1 − tanh² u)u′ + 1 + tanh u)
            if (!inputWrote(t) && !inputWrote(withoutNumbers(c, bracket))) {
                continue;
            }
            // c·(R + P) = c·R + c·P: the products with a bracket of their own leave it, the rest stays together
            List<Expr> rest = new ArrayList<>();
            List<Expr> nested = new ArrayList<>();
            for (Expr b : bracket.terms()) {
                (isNested(b) ? nested : rest).add(b);
            }
            List<Expr> terms = new ArrayList<>();
            Expr r = Exprs.add(rest);
            terms.add(product(c, r instanceof Mul p ? p.factors() : List.of(r)));
            for (Expr b : nested) {
                terms.add(product(c, ((Mul) b).factors()));
            }
            return Exprs.add(terms);
        }
        return t;
    }

    /** The product of {@code c}'s factors that are not numbers and {@code bracket}: the sum up to its coefficient. */
    private static Expr withoutNumbers(List<Expr> c, Add bracket) {
        List<Expr> factors = new ArrayList<>();
        for (Expr f : c) {
            if (!(f instanceof Num)) {
                factors.add(f);
            }
        }
        factors.add(bracket);
        return Exprs.mul(factors);
    }

    /**
     * Whether a bracket holds a number and a product that has a bracket of its own: {@code 1 + x(1 − σ)},
     * {@code 2 + 3x(1 − σ)} over 2 for {@code (x σ(3x/2))′}.
     */
    private static boolean nestsABracket(Add bracket) {
        boolean one = bracket.terms().stream().anyMatch(b -> b instanceof Num);
        return one && bracket.terms().stream().anyMatch(ProductRuleSums::isNested);
    }

    /**
     * Whether {@code c} is a fraction (a common denominator) over a bracket that holds a product with a
     * bracket of its own and whose every term that number divides whole or leaves a fraction of its own:
     * {@code (2 tanh(3x/2) + 3x(1 − tanh²(3x/2)))/2} for {@code (x tanh(3x/2))′}, which the product rule
     * gives as {@code tanh(3x/2) + 3x(1 − tanh²(3x/2))/2} — no common denominator over a sum the input did
     * not write (issue 9 item 5.5).
     */
    private static boolean overADenominator(List<Expr> c, Add bracket) {
        return c.size() == 1 && c.get(0) instanceof Num n && !n.value().isInteger()
                && bracket.terms().stream().anyMatch(ProductRuleSums::isNested);
    }

    /**
     * The product of {@code factors} with a factor and its reciprocal removed, the rest in the display order
     * ({@code 1/w·w·(z − y)} is {@code z − y}, the bracket as written); through the normal form where the
     * powers differ.
     */
    private Expr cancelled(List<Expr> factors) {
        List<Expr> out = new ArrayList<>(factors);
        for (Expr d : factors) {
            if (d instanceof Pow p && p.exponent() instanceof Num k && k.value().equals(Rational.MINUS_ONE)
                    && out.contains(p.base()) && out.contains(d)) {
                out.remove(d);
                out.remove(p.base());
            }
        }
        boolean reciprocal = out.stream().anyMatch(f -> f instanceof Pow p && p.exponent() instanceof Num k
                && k.value().signum() < 0 && out.stream().anyMatch(g -> g.equals(p.base())
                        || g instanceof Pow q && q != f && q.base().equals(p.base())));
        return reciprocal ? plainForm.canonical(Exprs.mul(factors)) : out.isEmpty() ? Exprs.ONE : ordered(out);
    }

    /**
     * {@code c} times the term {@code b} of the bracket: a factor of the term that the outside divides by cancels
     * ({@code 1/w + z − y} from {@code 1/w·(w(z − y) + 1)}, not {@code 1/w + w(z − y)/w}), the rest of the bracket too
     * ({@code 1 + b(uL − x)/u} from {@code (b(uL − x) + u)/u}, not {@code u/u + b(uL − x)/u}).
     */
    private Expr product(List<Expr> c, List<Expr> b) {
        List<Expr> factors = new ArrayList<>(c);
        factors.addAll(b);
        return cancels(c, b) ? cancelled(factors) : ordered(factors);
    }

    /** Whether {@code c} divides by a factor of {@code b} (or a power of one): their product cancels it. */
    private static boolean cancels(List<Expr> c, List<Expr> b) {
        for (Expr d : c) {
            if (d instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0
                    && b.stream().anyMatch(f -> f.equals(p.base())
                            || f instanceof Pow q && q.base().equals(p.base()))) {
                return true;
            }
        }
        return false;
    }

    /** The base of a power with a number for exponent, else the factor itself. */
    private static Expr base(Expr f) {
        return f instanceof Pow p && p.exponent() instanceof Num ? p.base() : f;
    }

    private static boolean isNested(Expr term) {
        return term instanceof Mul p && p.factors().stream().anyMatch(f -> f instanceof Add);
    }

    /**
     * The factors as a product in the display order, numbers multiplied into one coefficient in front and the powers
     * of one base into one power: the outside {@code b} times the bracket's {@code b x(1 − 2σ)} is {@code b² x(1 − 2σ)},
     * not {@code b b x(1 − 2σ)}.
     */
    private static Expr ordered(List<Expr> factors) {
        Rational k = Rational.ONE;
        boolean decimal = false;
        java.util.Map<Expr, List<Expr>> powers = new java.util.LinkedHashMap<>(); // base -> its factors
        for (Expr f : factors) {
            if (f instanceof Num n) {
                k = k.multiply(n.value());
                decimal |= n.decimal();
            } else {
                powers.computeIfAbsent(base(f), b -> new ArrayList<>()).add(f);
            }
        }
        List<Expr> rest = new ArrayList<>();
        powers.forEach((base, fs) -> {
            if (fs.size() == 1) {
                rest.add(fs.get(0));
                return;
            }
            Rational e = Rational.ZERO;
            for (Expr f : fs) {
                e = e.add(f instanceof Pow p ? ((Num) p.exponent()).value() : Rational.ONE);
            }
            if (!e.isZero()) {
                rest.add(e.isOne() ? base : new Pow(base, new Num(e)));
            }
        });
        rest.sort(FactorOrder.TOTAL);
        List<Expr> out = new ArrayList<>();
        if (!k.isOne()) {
            out.add(new Num(k, decimal));
        }
        out.addAll(rest);
        return Exprs.mul(out);
    }
}
