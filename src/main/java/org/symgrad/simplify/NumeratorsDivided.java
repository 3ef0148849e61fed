package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;

/**
 * A fraction written as the function's values its bar divides out of the numerator exactly and the rest over the bar,
 * {@code N/D = Q + R/D}, as a book writes the product rule's sum: {@code (x·log1p(−x))′ = log1p(−x) − x/(1 − x)}, not
 * {@code −(x·log1p(−x) + x − log1p(−x))/(1 − x)}; {@code (ν·log(1 + y²/ν))′ = log(1 + y²/ν) − y²/(ν + y²)};
 * {@code (x·log(cosh(x/2)))′ = log(cosh(x/2)) + x·tanh(x/2)/2}. Only where each part is cheaper apart: the terms that
 * hold a function's value are a multiple of the bar, so the bar cancels from them whole (no remainder of theirs
 * joins the rest), and the rest keeps no function's value over a sum ({@code R} rational) or is one term over a
 * number; a rational function stays one fraction. A candidate of the textbook form, taken where it reads shorter.
 */
final class NumeratorsDivided {
    private NumeratorsDivided() {
    }

    /** {@code f} as {@code Q + R/D}, if its numerator's function terms are a multiple of its bar (one sum or a number). */
    static Optional<Expr> of(Factored f, Normalizer normalizer) {
        Poly sum = null;
        Poly bar = null;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getKey().size() < 2) {
                continue;
            }
            if (e.getValue() == 1 && sum == null) {
                sum = e.getKey();
            } else if (e.getValue() == -1 && bar == null) {
                bar = e.getKey();
            } else {
                return Optional.empty();
            }
        }
        if (sum == null) {
            return Optional.empty();
        }
        Budget budget = normalizer.budget();
        List<Poly> withValues = new ArrayList<>();
        List<Poly> without = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
            (holdsAValue(t.getKey()) ? withValues : without).add(Poly.monomial(t.getValue(), t.getKey()));
        }
        if (withValues.isEmpty()) {
            return Optional.empty();
        }
        Factored base = f.multiply(Factored.fromPoly(sum).pow(-1, budget)); // f without its numerator's sum
        if (bar != null) {
            if (without.isEmpty()) {
                return Optional.empty();
            }
            Poly values = Poly.sum(withValues, budget);
            Poly rest = Poly.sum(without, budget);
            Optional<Poly> quotient = values.exactDivide(bar, budget);
            if (quotient.isEmpty()) {
                return Optional.empty();
            }
            Factored whole = base.multiply(Factored.fromPoly(quotient.get())).multiply(Factored.fromPoly(bar));
            return Optional.of(written(whole, base.multiply(Factored.fromPoly(rest)), normalizer));
        }
        // a number below the bar, f's coefficient 1/d: the values it divides leave it, the rest one term over it
        if (!f.denominator().isConstant() || f.coefficient().isInteger()) {
            return Optional.empty();
        }
        List<Poly> divided = new ArrayList<>();
        List<Poly> kept = new ArrayList<>(without);
        for (Poly t : withValues) {
            (t.leadingCoefficient().multiply(f.coefficient()).isInteger() ? divided : kept).add(t);
        }
        if (divided.isEmpty() || kept.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(written(base.multiply(Factored.fromPoly(Poly.sum(divided, budget))),
                base.multiply(Factored.fromPoly(kept.get(0))), normalizer));
    }

    /** Whether a term holds a function's value (log, digamma, σ, tanh, …). */
    private static boolean holdsAValue(Monomial m) {
        return m.powers().keySet().stream().anyMatch(a -> a instanceof Fn);
    }

    private static Expr written(Factored whole, Factored rest, Normalizer normalizer) {
        return Exprs.add(normalizer.presenter().present(whole), normalizer.presenter().present(rest));
    }
}
