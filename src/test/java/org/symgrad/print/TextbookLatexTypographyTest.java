package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.div;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.indexed;
import static org.symgrad.expr.Exprs.log;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.expr.Exprs.sum;
import static org.symgrad.expr.Exprs.sym;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Mul;
import org.symgrad.parse.Parser;

/**
 * LaTeX as PRML and the Deep Learning book print it (issue 12): {@code \log \sigma(x)}, not
 * {@code \log(\sigma(x))}; {@code \frac{\partial e^{x_i}}{\partial x_j}}, not
 * {@code \frac{\partial}{\partial x_j}(e^{x_i})}; a sum over an index ends a product without
 * brackets; names of more than one character upright. Wherever a factor follows an operator whose
 * operand runs on to the right, the operator is closed by brackets, so the reading never changes.
 */
class TextbookLatexTypographyTest {
    private static final Expr X = sym("x");

    private static String latex(String ascii) {
        return Printer.latex(Parser.parseExpression(ascii));
    }

    @Test
    void logarithmOfANameOrAFunctionTakesNoBrackets() {
        assertEquals("\\log \\sigma(x)", Printer.latex(log(sigma(X))));
        assertEquals("\\log y_k", Printer.latex(log(indexed("y", "k"))));
        assertEquals("-\\sum_{k} t_k \\log y_k", latex("-sum_k t_k*log(y_k)"));
        assertEquals("\\log \\frac{p}{q}", Printer.latex(log(div(sym("p"), sym("q")))));
        assertEquals("\\log \\sum_{j} e^{z_j}", latex("log(sum_j exp(z_j))"));
    }

    @Test
    void logarithmOfASumProductOrPowerKeepsItsBrackets() {
        assertEquals("\\log(1 - \\sigma(x))", Printer.latex(log(sub(num(1), sigma(X)))));
        assertEquals("\\log(2 x)", Printer.latex(log(mul(num(2), X))).replace("\\cdot ", ""));
        assertEquals("\\log(x^2)", Printer.latex(log(pow(X, 2))));
        assertEquals("\\log(-x)", Printer.latex(log(neg(X))));
    }

    @Test
    void anOperatorThatSomethingFollowsIsClosed() {
        // log(x)·(1 − y): the factor after the logarithm must not read as part of its argument
        assertEquals("\\log(x) (1 - y)", Printer.latex(new Mul(List.of(log(X), sub(num(1), sym("y"))))));
        // a power of a logarithm brackets the argument, as before
        assertEquals("\\log(x)^2", Printer.latex(pow(log(X), 2)));
        Expr sumK = sum("k", indexed("t", "k"));
        Expr sumV = sum("k", mul(indexed("V", "k", "a"), indexed("y", "k")));
        assertEquals("\\left(\\sum_{k} t_k\\right) \\sum_{k} V_{ka} y_k", Printer.latex(new Mul(List.of(sumK, sumV))));
        assertEquals("\\left(\\sum_{k} t_k\\right)^2", Printer.latex(pow(sumK, 2)));
    }

    @Test
    void aSumOverAnIndexEndsAProductWithoutBrackets() {
        assertEquals("h_a x_b (1 - h_a) \\sum_{k} V_{ka} (y_k - t_k)",
                latex("h_a*x_b*(1 - h_a)*sum_k V_ka*(y_k - t_k)"));
        assertEquals("\\frac{e^{z_i}}{\\sum_{k} e^{z_k}}", latex("exp(z_i)/sum_k exp(z_k)"));
    }

    @Test
    void derivativeOfOneTermIsWrittenAsAQuotient() {
        assertEquals("\\frac{\\partial e^{x_i}}{\\partial x_j}",
                Printer.latex(new Derivative(exp(indexed("x", "i")), indexed("x", "j"))));
        assertEquals("\\frac{\\partial \\sigma(x)}{\\partial x}", Printer.latex(new Derivative(sigma(X), X)));
        assertEquals("\\frac{\\partial \\log y_k}{\\partial W_{ab}}",
                Printer.latex(new Derivative(log(indexed("y", "k")), indexed("W", "a", "b"))));
        assertEquals("\\frac{\\partial x^2}{\\partial x}", Printer.latex(new Derivative(pow(X, 2), X)));
    }

    @Test
    void derivativeOfASumOrProductIsAnOperator() {
        assertEquals("\\frac{\\partial}{\\partial x}(x \\sigma(x))", Printer.latex(new Derivative(mul(X, sigma(X)), X)));
        assertEquals("\\frac{\\partial}{\\partial x}(1 + x)", Printer.latex(new Derivative(add(num(1), X), X)));
        assertEquals("\\frac{\\partial}{\\partial z_p} \\sum_{m} e^{z_m}",
                Printer.latex(new Derivative(sum("m", exp(indexed("z", "m"))), indexed("z", "p"))));
        // followed by a factor, the operator and its operand are bracketed together
        Expr first = new Derivative(sum("m", exp(indexed("z", "m"))), indexed("z", "p"));
        Expr second = new Derivative(add(num(1), X), X);
        assertEquals("\\left(\\frac{\\partial}{\\partial z_p} \\sum_{m} e^{z_m}\\right) \\frac{\\partial}{\\partial x}(1 + x)",
                Printer.latex(new Mul(List.of(first, second))));
    }

    @Test
    void namesOfSeveralCharactersAreUpright() {
        assertEquals("\\mathrm{KL}", Printer.latex(sym("KL")));
        assertEquals("\\operatorname{KL}(p, q)", Printer.latex(fn("KL", sym("p"), sym("q"))));
        // z2_p: the subscript belongs to the name z2, never to the digit
        assertEquals("\\mathrm{z2}_p", Printer.latex(indexed("z2", "p")));
        assertEquals("\\frac{\\partial y_k}{\\partial \\mathrm{z2}_p}",
                Printer.latex(new Derivative(indexed("y", "k"), indexed("z2", "p"))));
        assertEquals("\\mathrm{W1}^{(2)}", Printer.latex(sym("W1^(2)")));
        assertEquals("x", Printer.latex(X));
        assertEquals("\\theta", Printer.latex(sym("theta")));
        assertFalse(Printer.latex(sym("loss")).contains("mathit"));
    }
}
