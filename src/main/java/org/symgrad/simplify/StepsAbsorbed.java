package org.symgrad.simplify;

import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.StepLaws;

/**
 * A product's step functions absorbed by the book's {@link StepLaws}: a power of a heaviside or a
 * sign lowered ({@code heaviside(u)² = heaviside(u)}, {@code sign(u)² = 1}), and a heaviside taken
 * into its own argument ({@code u·heaviside(u) = relu(u)}) or into a ramp that vanishes where it does
 * ({@code max(0, u)·heaviside(u) = max(0, u)}, {@code relu(u)·heaviside(−u) = 0}). The derivatives
 * of relu, max, min and clip bring these products in, and a textbook never leaves them. Each
 * application removes a step factor or lowers its power, so the rewriting ends.
 */
final class StepsAbsorbed {
    private StepsAbsorbed() {
    }

    /** The normal form {@code f} with each step factor absorbed where a law applies. */
    static Factored in(Factored f, Normalizer normalizer) {
        if (!holdsStep(f)) {
            return f;
        }
        Factored out = f;
        for (Optional<Factored> next = once(out, normalizer); next.isPresent(); next = once(out, normalizer)) {
            out = next.get();
        }
        return out;
    }

    private static boolean holdsStep(Factored f) {
        return f.factors().keySet().stream().anyMatch(p -> FactorLaw.unary(p, StepLaws.HEAVISIDE).isPresent()
                || FactorLaw.unary(p, StepLaws.SIGN).isPresent());
    }

    /** {@code f} with one law applied, if one applies. */
    private static Optional<Factored> once(Factored f, Normalizer normalizer) {
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            int k = e.getValue();
            if (k < 2) {
                continue;
            }
            for (String step : new String[] {StepLaws.HEAVISIDE, StepLaws.SIGN}) {
                Optional<Fn> atom = FactorLaw.unary(e.getKey(), step);
                if (atom.isPresent()) {
                    Rule law = step.equals(StepLaws.HEAVISIDE) ? StepLaws.HEAVISIDE_POWER : StepLaws.SIGN_POWER;
                    return FactorLaw.replaced(law, f, Exprs.pow(atom.get(), new Num(Rational.of(k))), Map.of(e.getKey(), -k),
                            normalizer);
                }
            }
        }
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Optional<Fn> step = e.getValue() == 1 ? FactorLaw.unary(e.getKey(), StepLaws.HEAVISIDE) : Optional.empty();
            if (step.isPresent()) {
                Optional<Factored> absorbed = absorbed(f, e.getKey(), step.get(), normalizer);
                if (absorbed.isPresent()) {
                    return absorbed;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code f} with its factor {@code heaviside(v)} taken into a ramp or into v, if {@code f} holds one. */
    private static Optional<Factored> absorbed(Factored f, Poly stepFactor, Fn step, Normalizer normalizer) {
        Expr v = step.args().get(0);
        Factored arg = normalizer.normalize(v);
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            int j = e.getValue();
            Optional<Expr> ramp = j >= 1 ? e.getKey().asAtom() : Optional.empty();
            Optional<Expr> zero = ramp.flatMap(StepLaws::zeroBelow);
            if (zero.isEmpty()) {
                continue;
            }
            Expr r = Exprs.pow(ramp.get(), new Num(Rational.of(j)));
            Map<Poly, Integer> divided = Map.of(stepFactor, -1, e.getKey(), -j);
            if (normalizer.normalize(zero.get()).equals(arg)) {
                return FactorLaw.replaced(StepLaws.RAMP_TIMES_STEP, f, Exprs.mul(r, Exprs.fn(StepLaws.HEAVISIDE, zero.get())),
                        divided, normalizer);
            }
            Expr opposite = Exprs.neg(zero.get());
            if (normalizer.normalize(opposite).equals(arg)) {
                return FactorLaw.replaced(StepLaws.RAMP_TIMES_OPPOSITE_STEP, f,
                        Exprs.mul(r, Exprs.fn(StepLaws.HEAVISIDE, opposite)), divided, normalizer);
            }
        }
        boolean negated = arg.coefficient().equals(Rational.ONE.negate());
        if (!arg.coefficient().isOne() && !negated || arg.factors().size() != 1) {
            return Optional.empty();
        }
        Map.Entry<Poly, Integer> only = arg.factors().entrySet().iterator().next();
        Integer j = f.factors().get(only.getKey());
        if (only.getValue() != 1 || j == null || j <= 0) {
            return Optional.empty();
        }
        // u^j·heaviside(−u) is (−1)^j (−u)^j·heaviside(−u): the step's own argument, as the law takes it
        Factored signed = negated && j % 2 == 1 ? f.multiply(Factored.of(Rational.ONE.negate(), Map.of())) : f;
        return FactorLaw.replaced(StepLaws.ARGUMENT_TIMES_STEP, signed, Exprs.mul(Exprs.pow(v, new Num(Rational.of(j))), step),
                Map.of(stepFactor, -1, only.getKey(), -j), normalizer);
    }

}
