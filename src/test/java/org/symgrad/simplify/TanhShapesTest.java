package org.symgrad.simplify;

import org.junit.jupiter.api.Test;
import org.symgrad.testing.CheckedDerivatives;

/**
 * tanh read from its exp quotients (issue 9 item 5.2, rule tanh-shape): {@code (e^x − e^{−x})/(e^x + e^{−x})},
 * d2l's {@code (1 − e^{−2x})/(1 + e^{−2x})} and {@code 2/(1 + e^{−2x}) − 1} are tanh(x), their derivative
 * 1 − tanh(x)²; a log of a sum the normal form would only factor keeps the sum the input wrote
 * (item 5.3: {@code log(exp(x) + exp(−x))}, not {@code log(exp(−x)(1 + exp(2x)))}), and its derivative is tanh(x).
 * Each form is asserted with the input's value at random points (simplify) or against finite differences (diff).
 */
class TanhShapesTest {
    @Test
    void expQuotientsAreTanh() {
        CheckedDerivatives.assertSimplifies("(exp(x)-exp(-x))/(exp(x)+exp(-x))", "tanh(x)");
        CheckedDerivatives.assertSimplifies("(1-exp(-2*x))/(1+exp(-2*x))", "tanh(x)");
        CheckedDerivatives.assertSimplifies("(exp(2*t)-1)/(exp(2*t)+1)", "tanh(t)");
        CheckedDerivatives.assertSimplifies("(exp(a*x)-exp(-a*x))/(exp(a*x)+exp(-a*x))", "tanh(a*x)");
        CheckedDerivatives.assertSimplifies("(exp(-x)-exp(x))/(exp(x)+exp(-x))", "-tanh(x)");
        CheckedDerivatives.assertSimplifies("2/(1+exp(-2*x)) - 1", "tanh(x)");
    }

    @Test
    void theirDerivativesAreInTanh() {
        CheckedDerivatives.assertDerivativeBothPaths("(exp(x)-exp(-x))/(exp(x)+exp(-x))", "x", "1 - tanh(x)^2");
        CheckedDerivatives.assertDerivativeBothPaths("(1-exp(-2*x))/(1+exp(-2*x))", "x", "1 - tanh(x)^2");
        CheckedDerivatives.assertDerivativeBothPaths("(exp(2*x)-1)/(exp(2*x)+1)", "x", "1 - tanh(x)^2");
        CheckedDerivatives.assertDerivativeBothPaths("(exp(a*y)-exp(-a*y))/(exp(a*y)+exp(-a*y))", "y", "a*(1 - tanh(a*y)^2)");
        CheckedDerivatives.assertDerivativeBothPaths("2/(1+exp(-2*x)) - 1", "x", "1 - tanh(x)^2");
    }

    @Test
    void aFactorFreeOfExpsKeepsItsTanh() {
        // issue 9 item 5 b: tanh read inside a product, beside a factor that holds no exp
        CheckedDerivatives.assertSimplifies("x*(exp(x)-exp(-x))/(exp(x)+exp(-x))", "x*tanh(x)");
        CheckedDerivatives.assertSimplifies("-x*(exp(x)-exp(-x))/(exp(x)+exp(-x))", "-x*tanh(x)");
        CheckedDerivatives.assertSimplifies("c*x*(exp(c*x)-exp(-c*x))/(exp(c*x)+exp(-c*x))", "c*x*tanh(c*x)");
        CheckedDerivatives.assertSimplifies("y*(exp(2*t)-1)/(exp(2*t)+1)", "y*tanh(t)");
        CheckedDerivatives.assertSimplifies("x*(exp(x)-exp(-x))/(exp(x)+exp(-x))/y", "x*tanh(x)/y");
        CheckedDerivatives.assertDerivativeBothPaths("x*(exp(x)-exp(-x))/(exp(x)+exp(-x))", "x", "tanh(x) + x*(1 - tanh(x)^2)");
        CheckedDerivatives.assertDerivativeBothPaths("x*(1-exp(-2*x))/(1+exp(-2*x))", "x", "tanh(x) + x*(1 - tanh(x)^2)");
        CheckedDerivatives.assertDerivativeBothPaths("y*(exp(2*x)-1)/(exp(2*x)+1)", "x", "y*(1 - tanh(x)^2)");
    }

    @Test
    void aLogOfASumKeepsTheSumAsWritten() {
        CheckedDerivatives.assertSimplifies("log(exp(x)+exp(-x))", "log(exp(x) + exp(-x))");
        CheckedDerivatives.assertSimplifies("log(exp(2*s)+exp(s))", "log(exp(2*s) + exp(s))");
        CheckedDerivatives.assertSimplifies("log(2*exp(x)+2*exp(-x))", "log(2*exp(x) + 2*exp(-x))");
        CheckedDerivatives.assertDerivativeBothPaths("log(exp(x)+exp(-x))", "x", "tanh(x)");
        CheckedDerivatives.assertDerivativeBothPaths("log(exp(z)+exp(-z))", "z", "tanh(z)");
    }
}
