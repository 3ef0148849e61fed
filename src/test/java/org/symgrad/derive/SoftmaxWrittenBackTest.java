package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import static org.symgrad.testing.CheckedDerivatives.assertDerivative;

import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.script.LetStatement;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * {@code exp(z_j)/Σ_k exp(z_k)} is written back as {@code softmax(z)_j} (rule {@code softmax-from-exp})
 * where no defined name covers it: each result equals a central finite difference of its input at
 * every index assignment, and each printed form reads back to the same value.
 */
class SoftmaxWrittenBackTest {
    private static final Expr Z_J = Parser.parseExpression("z_j");

    @Test
    void theGradientOfLogSumExpIsTheSoftmax() {
        assertDerivative("log(sum_k exp(z_k))", "z_j", "softmax(z)_j");
        assertDerivative("logsumexp(z)", "z_j", "softmax(z)_j");
    }

    @Test
    void theSoftmaxJacobianWithoutALetIsWrittenInSoftmax() {
        assertDerivative("exp(x_i)/sum_k exp(x_k)", "x_j", "softmax(x)_i*(delta(i,j) - softmax(x)_j)");
        assertDerivative("log(softmax(x)_i)", "x_j", "delta(i,j) - softmax(x)_j");
    }

    @Test
    void theCrossEntropyGradientReadsSoftmaxMinusTarget() {
        assertDerivative("-sum_k t_k*log(softmax(z)_k)", "z_j", "softmax(z)_j*sum(k, t_k) - t_j");
    }

    @Test
    void theLastStepCitesTheWriteBack() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("log(sum_k exp(z_k))"), Z_J);
        Step last = d.steps().get(d.steps().size() - 1);
        assertEquals(RuleBook.SOFTMAX_FROM_EXP, last.rule());
        assertEquals("softmax(z)_j", Printer.ascii(last.expr()));
        // the step before is the quotient it names
        assertEquals("exp(z_j)/sum(k, exp(z_k))", Printer.ascii(d.steps().get(d.steps().size() - 2).expr()));
    }

    @Test
    void aDefinedNameOfTheQuotientKeepsWinning() {
        LetStatement let = (LetStatement) Parser.parseScript("let y_i = exp(x_i)/sum_k exp(x_k)").statements().get(0);
        Deriver deriver = new Deriver(Definitions.none().with(new Definition(let.target(), let.body())), List.of());
        Derivation d = deriver.derive(Parser.parseExpression("y_i"), Parser.parseExpression("x_j"));
        assertEquals("y_i*(delta(i,j) - y_j)", Printer.ascii(d.result()));
        assertTrue(d.steps().stream().noneMatch(s -> s.rule().equals(RuleBook.SOFTMAX_FROM_EXP)), d.steps().toString());
    }

    @Test
    void aSoftmaxOfAnExpressionThatIsNoVectorNameStaysAQuotient() {
        // softmax(z)_j of a bare vector name is what the input language reads back
        Expr result = Deriver.plain().derivative(Parser.parseExpression("log(sum_k exp(beta*z_k))"), Z_J);
        assertFalse(Printer.ascii(result).contains("softmax"), Printer.ascii(result));
        Expr twoSums = Deriver.plain().derivative(Parser.parseExpression("exp(z_i)/sum_k exp(z_k + x_k)"), Z_J);
        assertFalse(Printer.ascii(twoSums).contains("softmax"), Printer.ascii(twoSums));
    }

    @Test
    void aComponentPrintsInEveryNotationAndReadsBack() {
        Expr result = Deriver.plain().derivative(Parser.parseExpression("exp(x_i)/sum_k exp(x_k)"),
                Parser.parseExpression("x_j"));
        assertEquals("softmax(x)_i(δ_ij − softmax(x)_j)", Printer.unicode(result));
        assertEquals("\\operatorname{softmax}(x)_i (\\delta_{ij} - \\operatorname{softmax}(x)_j)",
                Printer.latex(result));
        for (Expr back : List.of(Parser.parseExpression(Printer.ascii(result)), Parser.parseExpression(Printer.unicode(result)),
                LatexReader.read(Printer.latex(result)).expr().orElseThrow())) {
            assertEquals(Exprs.ZERO, Simplifier.plain().simplify(Exprs.sub(back, result)), Printer.ascii(back));
            EveryIndexAssignment.assertSameEverywhere("read back", result, back, Environment::random);
        }
    }

    @Test
    void theTwoArgumentFunctionIsTheQuotientItStandsFor() {
        Expr call = Parser.parseExpression("softmax(a, b)");
        assertEquals("softmax(a, b)", Printer.ascii(call));
        assertEquals(Exprs.ZERO, Simplifier.plain().simplify(Exprs.sub(call, Parser.parseExpression("exp(a)/b"))));
        EveryIndexAssignment.assertSameEverywhere("d/da", Simplifier.plain().simplify(
                new Derivative(Parser.parseExpression("exp(a)/b"), Parser.parseExpression("a"))),
                Deriver.plain().derivative(call, Parser.parseExpression("a")), Environment::random);
        EveryIndexAssignment.assertSameEverywhere("d/db", new Derivative(call, Parser.parseExpression("b")),
                Deriver.plain().derivative(call, Parser.parseExpression("b")), Environment::random);
    }
}
