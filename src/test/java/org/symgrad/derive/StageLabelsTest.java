package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.Rewriter;
import org.symgrad.rewrite.StepLaws;
import org.symgrad.rewrite.Trace;

/**
 * A stage's label names what it did, so no step leaps (StepLeaps): a step law applies to part of a
 * longer product, as the simplifier applies it; the number the normaliser cancels beside a law of
 * the book is named; a quotient written as tanh in a term of a split fraction is named.
 */
class StageLabelsTest {
    private static String rewritten(List<org.symgrad.rewrite.Rule> rules, String e) {
        return Printer.ascii(Rewriter.bottomUp(rules, Parser.parseExpression(e), 1000, Trace.NONE).result());
    }

    @Test
    void stepLawsApplyWithinALongerProduct() {
        assertEquals("2*Y*max(0, m - D)", rewritten(List.of(StepLaws.RAMP_TIMES_STEP), "2*Y*max(0, m - D)*heaviside(m - D)"));
        assertEquals("-3*w*relu(v)^2", rewritten(List.of(StepLaws.RAMP_TIMES_STEP), "-3*w*relu(v)^2*heaviside(v)"));
        assertEquals("0", rewritten(List.of(StepLaws.RAMP_TIMES_OPPOSITE_STEP), "a*b*max(0, u)*heaviside(-u)"));
        assertEquals("3*y*relu(x)^2", rewritten(List.of(StepLaws.ARGUMENT_TIMES_STEP), "3*y*x^2*heaviside(x)"));
        // a ramp of another quantity is not absorbed
        assertEquals("a*max(0, u)*heaviside(v)", rewritten(List.of(StepLaws.RAMP_TIMES_STEP), "a*max(0, u)*heaviside(v)"));
    }

    private static Derivation derive(String input, String wrt) {
        return Deriver.plain().derive(Parser.parseExpression(input), Parser.parseExpression(wrt));
    }

    private static void assertNoLeapAndLastCites(Derivation d, String... rules) {
        assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + d.steps());
        List<String> last = d.steps().get(d.steps().size() - 1).rules();
        for (String r : rules) {
            assertTrue(last.contains(r), "last step cites " + last + ", not " + r);
        }
    }

    @Test
    void aMarginLossCitesTheStepLawAndTheCancelling() {
        // Hadsell, Chopra & LeCun's contrastive loss; and a hinge squared, with other names
        assertNoLeapAndLastCites(derive("(1 - Y)*1/2*D^2 + Y*1/2*max(0, m - D)^2", "D"),
                "ramp-times-step", "cancel-common-factors");
        Derivation hinge = derive("c*max(0, 1 - t*s)^2/2", "s");
        assertEquals(List.of(), StepLeaps.checker().of(hinge), "leaps in " + hinge.steps());
        assertEquals("-c*t*max(0, 1 - t*s)", Printer.ascii(hinge.result()));
    }

    @Test
    void aQuotientWrittenAsTanhInASplitFractionIsNamed() {
        Expr before = Parser.parseExpression("(cosh(u)*cosh(u) - sinh(u)*sinh(u))/cosh(u)^2");
        org.symgrad.rewrite.TraceRecorder trace = new org.symgrad.rewrite.TraceRecorder();
        Expr after = org.symgrad.simplify.Simplifier.plain().forEarlierStages().arithmeticOnly().simplify(before, trace);
        assertEquals("1 - tanh(u)^2", Printer.ascii(after));
        assertTrue(trace.fired().contains("quotient-as-function"), trace.fired().toString());
    }

    @Test
    void aSigmaWrittenBackInEachTermOfASumIsNoLeap() {
        // scikit-learn's logistic loss with labels in {−1, +1}; the same with other names
        assertEquals(List.of(), StepLeaps.checker().of(derive("sum(n, log(1 + exp(-y_n*sum(k, X_nk*w_k)))) + a/2*sum(k, w_k^2)", "w_j")));
        assertEquals(List.of(), StepLeaps.checker().of(derive("sum(i, log(1 + exp(-t_i*z_i)))", "z_j")));
    }

    @Test
    void aMinusTakenOutOfASumIsNamedAndOnlyThere() {
        // the logistic Hessian's last step, and a plain Σ of negated terms with other names
        Derivation hessian = derive("diff(sum(n, t_n*sum(k, Z_nk*c_k) - log(1 + exp(sum(k, Z_nk*c_k)))), c_i)", "c_m");
        assertEquals(List.of("sign-out-of-sum"), hessian.steps().get(hessian.steps().size() - 1).rules());
        for (Step s : derive("sum(i, -x_i*y_i^2)", "y_j").steps()) {
            assertTrue(!s.rules().contains("sign-out-of-sum"), "no −Σ is written: " + s);
        }
        // a stage that takes the sign into a bracket writes no −Σ and does not cite it
        for (Step s : derive("-sum(k, a_k*(b - c_k))", "b").steps()) {
            assertTrue(!s.rules().contains("sign-out-of-sum") || org.symgrad.print.Printer.ascii(s.expr()).contains("-sum"), s.toString());
        }
    }
}
