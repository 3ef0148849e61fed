package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A let whose body is a power of a base to a symbolic exponent is written back over the result's
 * other symbolic powers of that base ({@link PowerNames}; issue 9 item 5, brief forms12 item 3):
 * the p-norm {@code N = (Σ_i |x_i|^p)^{1/p}} differentiates to PyTorch's
 * {@code sign(x_j)|x_j|^{p−1}/N^{p−1}} (torch-reduction-backward.sg:16), not
 * {@code sign(x_j)|x_j|^{p−1}(Σ_i |x_i|^p)^{1/p − 1}}. Each form asserted on the plain path and with
 * steps, and checked against the numeric derivative.
 */
class LetPowerNamesTest {

    @Test
    void thePNormsGradientDividesByTheNormToThePMinusOne() {
        assertDerived("N", "(sum_i abs(x_i)^p)^(1/p)", "N", "x_j", "sign(x_j)*abs(x_j)^(p - 1)/N^(p - 1)");
        // other names, another body, an exponent over a product of names
        assertDerived("M", "(sum_k y_k^2)^(1/q)", "M", "y_j", "2*y_j/(q*M^(q - 1))");
        assertDerived("G", "(sum_i w_i*z_i^2)^(1/(2*r))", "G", "z_j", "w_j*z_j/(r*G^(2*r - 1))");
        // the name beside its own power merges with it (over the bar, as its exponent reads); a log of it divides by the whole power
        assertDerived("M", "(sum_k y_k^2)^(1/q)", "M^2", "y_j", "4*y_j/(q*M^(q - 2))");
        assertDerived("M", "(sum_k y_k^2)^(1/q)", "log(M)", "y_j", "2*y_j/(q*M^q)");
    }

    @Test
    void whatTheOtherWriteBacksDoStays() {
        // a whole power of the base beside the name: the normal form's write-back, which divides by nothing new
        assertDerived("D", "(1 + y^2)^(1/p)", "D", "y", "2*D*y/(p*(1 + y^2))");
        // a quotient of the exponents that is no polynomial ((q - 1)/q): the base's power stays
        assertDerived("C", "(sum_i x_i^2)^q", "C", "x_j", "2*q*x_j*sum(i, x_i^2)^(q - 1)");
    }

    private static void assertDerived(String target, String body, String of, String wrt, String expected) {
        LetDerivatives.assertDerived(target, body, of, wrt, expected, seed -> {
            // exponents between 1 and 2, as the norm's p
            Environment env = Environment.random(seed, 3).withBinding("j", 1 + (int) (seed % 3))
                    .withScalar("p", 1.2 + 0.05 * seed).withScalar("q", 1.3 + 0.04 * seed)
                    .withScalar("r", 0.7 + 0.03 * seed);
            for (int i = 1; i <= 3; i++) {
                env = env.withIndexed("w", 0.5 + 0.3 * i, i);
            }
            return env;
        });
    }
}
