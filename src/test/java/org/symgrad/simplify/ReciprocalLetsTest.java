package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A let linear in the reciprocal of an atom ({@code z = 1 − e^{−wλ}}, {@code r = c(1 − e^{−ks})})
 * is written back like any other let: its normal form {@code (e^{wλ} − 1)/e^{wλ}} holds the atom
 * twice, so the rule is solved for the atom's reciprocal ({@code e^{−wλ} → 1 − z}), as
 * LightGBM's cross-entropy-lambda gradient (xentropy-lambda.sg:8) writes {@code 1 − y/z} and not
 * {@code exp(−w·softplus(f))(z − y)/(z(1 − z))}. Each form asserted on the plain path and on the
 * path with steps, and checked against the numeric derivative at points where the logs are defined.
 */
class ReciprocalLetsTest {

    @Test
    void theCrossEntropyOfAnExponentialProbabilityReadsInTheLetsName() {
        // LightGBM's xentlambda: z = 1 − exp(−w·log(1 + eᶠ))
        assertDerived("z", "1 - exp(-w*log(1 + exp(f)))", "-y*log(z) - (1 - y)*log(1 - z)", "f",
                "w*sigma(f)*(z - y)/z", Map.of("w", 1.0, "y", 0.5));
        // other names, the rate a plain product
        assertDerived("q", "1 - exp(-a*t)", "-c*log(q) - (1 - c)*log(1 - q)", "t",
                "a*(q - c)/q", Map.of("a", 1.0, "c", 0.5));
    }

    @Test
    void otherShapesOfAReciprocalLet() {
        // a symbolic scale in front, an indexed let, a power of the name
        assertDerived("r", "c*(1 - exp(-k*s))", "log(r)", "s", "k*(c - r)/r", Map.of("c", 1.0, "k", 1.0, "s", 1.0));
        assertDerived("z_i", "1 - exp(-x_i)", "sum_i log(z_i)", "x_j", "(1 - z_j)/z_j", Map.of());
        assertDerived("z", "1 - exp(-w*f)", "z^2", "f", "2*w*z*(1 - z)", Map.of());
    }

    /**
     * Asserts {@code of}'s derivative by {@code wrt} under {@code let target = body} reads
     * {@code expected} with and without steps, and equals the numeric derivative. The names in
     * {@code positive} (and the free variables the logs need) are drawn in 0.5..1.5 plus their offset.
     */
    private static void assertDerived(String target, String body, String of, String wrt, String expected,
                                      Map<String, Double> positive) {
        LetDerivatives.assertDerived(target, body, of, wrt, expected, seed -> {
            Environment env = Environment.random(seed, 3).withBinding("j", 1 + (int) (seed % 3));
            // the rates and the variable positive, so that each probability is in (0, 1)
            for (String name : new String[] {"w", "a", "k", "t", "s", "f"}) {
                env = env.withScalar(name, 0.5 + Math.abs(env.scalar(name)) / 2);
            }
            for (int i = 1; i <= 3; i++) {
                env = env.withIndexed("x", 0.5 + i / 4.0 + seed / 10.0, i);
            }
            for (Map.Entry<String, Double> p : positive.entrySet()) {
                env = env.withScalar(p.getKey(), p.getValue() * (0.5 + Math.abs(env.scalar(p.getKey()))));
            }
            return env.withScalar("y", 0.3).withScalar("c", positive.containsKey("k") ? 1.5 : 0.3);
        });
    }
}
