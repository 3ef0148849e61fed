package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Statement;
import org.symgrad.testing.CheckedDerivatives;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * Results keep the orientations the input wrote (issue 9, item 5): a squared difference's turn
 * with the sign written in front of the square ({@link WrittenSquares}), the let bodies' differences
 * too; σ of more than a name keeps its minus ({@link KeptMinus}), its derivative {@code 1 − σ(−u)};
 * a function's argument keeps the order of its terms ({@link WrittenTermOrder}); {@code simplify}
 * turns differences as written ({@link WrittenDifferences}). Each form is checked against the
 * numeric oracle (central differences at every index assignment).
 */
class OrientationsAsWrittenTest {
    /** The last derivation of {@code script}, asserted as {@code expected} and checked numerically with its lets expanded. */
    static void assertDerived(String script, String expected) {
        List<Outcome> out = Symgrad.run(script);
        Derivation d = ((Outcome.Derived) out.get(out.size() - 1)).derivation();
        assertEquals(expected, Printer.ascii(d.result()), script);
        Definitions definitions = Definitions.none();
        for (Statement s : Parser.parseScript(script).statements()) {
            if (s instanceof LetStatement let) {
                definitions = definitions.with(new Definition(let.target(), let.body()));
            }
        }
        EveryIndexAssignment.assertSameEverywhere(script, new Derivative(definitions.expand(d.of()), d.wrt()),
                definitions.expand(d.result()), Environment::random);
    }

    private static String simplified(String e) {
        return Printer.ascii(Symgrad.simplify(Parser.parseExpression(e)));
    }

    @Test
    void theGaussianKernelsGradientKeepsThePairwiseDifferenceAndItsMinus() {
        // gp-kernels.sg:7, McHutchon: dk/dx = −Λ^{−1}(x − x')k(x, x')
        assertDerived("let l = exp(t)\nlet K_ij = exp(-(X_i - X_j)^2/(2*l^2))\nderive K_ij wrt X_m\n",
                "-K_{ij}*(delta(i,m) - delta(j,m))*(X_i - X_j)/l^2");
        // the same without a let: the square written in the input itself
        CheckedDerivatives.assertDerivative("exp(-(a - b)^2/2)", "b", "exp(-(a - b)^2/2)*(a - b)");
        CheckedDerivatives.assertDerivative("-(a - b)^2/2", "b", "a - b");
    }

    @Test
    void aSquareWrittenWithAPlusKeepsTheTurnThatAbsorbsTheInnerMinus() {
        // ∂/∂μ (x − μ)²/(2σ²) = (μ − x)/σ²: the minus is the inner derivative's, not the input's
        CheckedDerivatives.assertDerivative("(x - mu)^2/(2*s^2)", "mu", "(mu - x)/s^2");
        CheckedDerivatives.assertDerivative("(y - w*x)^2/2", "w", "x*(w*x - y)");
    }

    @Test
    void theNegativeSamplesSigmaKeepsItsMinus() {
        // word2vec-negative-sampling.sg:11, CS224n: dJ/du_s = (1 − σ(−u_s·v_c))·v_c
        assertDerived("derive -log(sigma(sum_d u_d*v_d)) - sum_s log(sigma(-sum_d N_sd*v_d)) wrt N_ke\n",
                "v_e*(1 - sigma(-sum(d, N_{kd}*v_d)))");
        CheckedDerivatives.assertDerivative("log(sigma(-(w*x + b)))", "w", "-x*(1 - sigma(-(w*x + b)))");
        CheckedDerivatives.assertDerivative("sigma(-2*x - 1)", "x", "-2*sigma(-2*x - 1)*(1 - sigma(-2*x - 1))");
        // σ(−x) of a name is still the book's 1 − σ(x) (PRML 4.60); tanh takes its minus out
        CheckedDerivatives.assertDerivative("sigma(-x)", "x", "-sigma(x)*(1 - sigma(x))");
        assertEquals("-tanh(a + b)", simplified("tanh(-(a + b))"));
    }

    @Test
    void aFunctionsArgumentKeepsTheOrderOfItsTerms() {
        assertEquals("sigma(2*x + 1)", simplified("sigma(2*x + 1)"));
        CheckedDerivatives.assertDerivative("sigma(2*x + 1)", "x", "2*sigma(2*x + 1)*(1 - sigma(2*x + 1))");
        CheckedDerivatives.assertDerivative("tanh(w*x + b)", "x", "w*(1 - tanh(w*x + b)^2)");
        CheckedDerivatives.assertDerivative("softplus(w*x + b)", "w", "x*sigma(w*x + b)");
        // indices aside: the Σ_d of the input is the normal form's Σ over another letter
        assertEquals("sum(k, N_k*(1 - sigma(-(a_k + b))))", simplified("sum_d N_d*(1 - sigma(-(a_d + b)))"));
        // the normal form's order where the input wrote none
        assertEquals("sigma(1 + 2*x)*(1 - sigma(1 + 2*x))", simplified("sigma(1 + 2*x)*(1 - sigma(1 + 2*x))"));
    }

    @Test
    void simplifyKeepsTheDifferencesAsWritten() {
        List<Outcome> out = Symgrad.run("simplify a - (1 - x)/q\n");
        assertEquals("a - (1 - x)/q", Printer.ascii(((Outcome.Simplified) out.get(0)).result()));
        List<Outcome> again = Symgrad.run("simplify a - (1 - x)/q - a\n");
        assertEquals("-(1 - x)/q", Printer.ascii(((Outcome.Simplified) again.get(0)).result()));
    }
}
