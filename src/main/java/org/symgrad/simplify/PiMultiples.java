package org.symgrad.simplify;

import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;

/**
 * The sine and cosine of a whole multiple of π in the prover's form: {@code sin(mπ) = 0} and
 * {@code cos(mπ) = (−1)^m} for a whole number m. The multiple is whole when it is a polynomial with
 * whole coefficients in the values of summation indices ({@code ι_k}, exact integers, {@link IndexValue})
 * and whole numbers: {@code sin(kπ)}, {@code cos((k + 1)π)}, {@code cos(2kπ)} of a Σ over k. A letter
 * that is no index ({@code sin(aπ)}) or a fraction ({@code sin(kπ/2)}) is left as it is: nothing says
 * it is whole. Exact for every value the indices take.
 */
final class PiMultiples {
    /** The rule names the prover reports. */
    static final String SINE = "sine-of-whole-multiple-of-pi";
    static final String COSINE = "cosine-of-whole-multiple-of-pi";

    private static final Expr PI = new Sym(Constants.PI.name());

    private PiMultiples() {
    }

    /** Whether {@code name} is a function the rule is about. */
    static boolean applies(String name) {
        return name.equals("sin") || name.equals("cos");
    }

    /**
     * {@code sin u} or {@code cos u} (by {@code name}) as 0 or a power of −1, or empty when {@code u}
     * is not a whole multiple of π.
     */
    static Optional<Expr> reduced(String name, Factored u, Budget budget, Presenter presenter) {
        Optional<Poly> m = multiple(u, budget);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("sin")) {
            return Optional.of(Exprs.ZERO);
        }
        Poly parity = parity(m.get(), budget);
        return Optional.of(parity.isZero() ? Exprs.ONE
                : Exprs.pow(new Num(Rational.MINUS_ONE), presenter.present(Factored.fromPoly(parity))));
    }

    /**
     * A polynomial with m's parity at every whole point, each term's coefficient 0 or 1 and each index value to the
     * first power ({@code k² ≡ k}, {@code 2k ≡ 0}, {@code 3k + 1 ≡ k + 1} mod 2): {@code (−1)^m} is {@code (−1)} to it.
     */
    private static Poly parity(Poly m, Budget budget) {
        Poly out = Poly.constant(Rational.ZERO);
        for (Map.Entry<Monomial, Rational> t : m.terms().entrySet()) {
            if (!t.getValue().toBigInteger().testBit(0)) {
                continue;
            }
            Monomial first = Monomial.ONE;
            Monomial monomial = t.getKey();
            for (int i = 0; i < monomial.atomCount(); i++) {
                first = first.multiply(Monomial.of(monomial.atom(i), 1));
            }
            out = out.add(Poly.monomial(Rational.ONE, first), budget);
        }
        // terms that met may have added to 2: reduce once more
        return out.terms().values().stream().allMatch(Rational::isOne) ? out : parity(out, budget);
    }

    /** m when {@code u = m·π} with m a polynomial in index values with whole coefficients, else empty. */
    private static Optional<Poly> multiple(Factored u, Budget budget) {
        if (!u.isPolynomial() || u.isZero()) {
            return Optional.empty();
        }
        Poly terms = u.expand(budget);
        Poly m = Poly.constant(Rational.ZERO);
        Monomial pi = Monomial.of(PI, 1);
        for (Map.Entry<Monomial, Rational> t : terms.terms().entrySet()) {
            Monomial monomial = t.getKey();
            if (!t.getValue().isInteger() || monomial.exponentOf(PI) != 1) {
                return Optional.empty();
            }
            Monomial rest = monomial.divide(pi);
            for (int i = 0; i < rest.atomCount(); i++) {
                if (!(rest.atom(i) instanceof Indexed x && IndexValue.offset(x.name()).isPresent()) || rest.exponent(i) < 0) {
                    return Optional.empty();
                }
            }
            m = m.add(Poly.monomial(t.getValue(), rest), budget);
        }
        return Optional.of(m);
    }
}
