package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * PyTorch's clamping activations by their names — hardtanh, relu6, hardsigmoid (hard_sigmoid), hardswish (hard_swish)
 * — are known functions read as the clip each names (was: abstract functions whose derivatives stayed symbolic,
 * {@code hardswish'(x)}, and {@code hard_sigmoid(x)} the product of a subscripted symbol and x); their derivatives are
 * the case splits PyTorch's backward kernels compute, and agree with central differences away from the kinks.
 */
class ClampingActivationsTest {
    private static final String[][] FORMULAS = {{"hardtanh(x)", "clip(x, -1, 1)"}, {"relu6(x)", "min(max(0, x), 6)"},
        {"hardsigmoid(x)", "relu6(x + 3)/6"}, {"hard_sigmoid(x)", "clip(x + 3, 0, 6)/6"},
        {"hardswish(x)", "x*relu6(x + 3)/6"}, {"hard_swish(x)", "x*hardsigmoid(x)"}};

    private static Expr derivative(String e) {
        return Symgrad.simplify(Symgrad.differentiate(Parser.parseExpression(e), Parser.parseExpression("x")));
    }

    @Test
    void derivativesAreTheBackwardKernelsCases() {
        // Activation.cpp: hardtanh_backward is 0 outside (min_val, max_val); hardsigmoid_backward 1/6 on (−3, 3);
        // hardswish_backward x < −3 ? 0 : x <= 3 ? x/3 + 0.5 : 1
        assertEquals("where(x > -1, where(x < 1, 1, 0), 0)", Printer.ascii(derivative("hardtanh(x)")));
        assertEquals("where(x > 0, where(x < 6, 1, 0), 0)", Printer.ascii(derivative("relu6(x)")));
        assertEquals("where(x > -3, where(x < 3, 1/6, 0), 0)", Printer.ascii(derivative("hardsigmoid(x)")));
        assertEquals("where(x < -3, 0, where(x < 3, (3 + 2*x)/6, 1))", Printer.ascii(derivative("hardswish(x)")));
    }

    @Test
    void eachNameIsTheFormulaItNames() {
        for (String[] pair : FORMULAS) {
            assertEquals(derivative(pair[1]), derivative(pair[0]), pair[0]);
            for (long seed = 0; seed < 40; seed++) {
                Environment env = Environment.random(seed, 2).withScalar("x", -8 + 0.4 * seed);
                assertEquals(Evaluator.evaluate(Parser.parseExpression(pair[1]), env),
                        Evaluator.evaluate(Parser.parseExpression(pair[0]), env), 1e-12, pair[0] + " at seed " + seed);
            }
        }
    }

    @Test
    void derivativesAgreeWithCentralDifferencesAwayFromTheKinks() {
        for (String[] pair : FORMULAS) {
            Expr f = Parser.parseExpression(pair[0]);
            Expr d = derivative(pair[0]);
            int compared = 0;
            for (int k = 0; k < 80; k++) {
                double x = -7.9 + 0.2 * k + 0.013; // never at a kink (−3, −1, 0, 1, 3, 6)
                double h = 1e-5;
                Environment env = Environment.random(k, 2);
                double fd = (Evaluator.evaluate(f, env.withScalar("x", x + h)) - Evaluator.evaluate(f, env.withScalar("x", x - h))) / (2 * h);
                assertEquals(fd, Evaluator.evaluate(d, env.withScalar("x", x)), 1e-6, pair[0] + " at " + x);
                compared++;
            }
            assertTrue(compared == 80);
        }
    }

    @Test
    void aQuotientByAClipThatReachesZeroKeepsItsStepsInsteadOfFailing() {
        // the piecewise form has no value where clip(x, 0, 1) = 0: was "division by zero", exit 2
        assertEquals("-heaviside(x)*heaviside(1 - x)/clip(x, 0, 1)^2", Printer.ascii(derivative("1/clip(x, 0, 1)")));
        assertEquals("heaviside(x + 3)*heaviside(3 - x)/clip(3 + x, 0, 6)", Printer.ascii(derivative("log(hardsigmoid(x))")));
    }
}
