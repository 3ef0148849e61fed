package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A derivative the input writes inside the one it asks for (a Hessian, {@code diff(diff(f, x), y)})
 * is derived first, as its own derivation, and the outer derivative is taken of its textbook
 * result — as a book differentiates the gradient it has already simplified, and as {@code --order}
 * does — not of the raw rule-by-rule expansion with every inner {@code diff} still open.
 */
class InnerDerivativesFirstTest {
    private static Derivation derive(String input, String wrt) {
        return Deriver.plain().derive(Parser.parseExpression(input), Parser.parseExpression(wrt));
    }

    @Test
    void theSecondDerivativeDifferentiatesTheSimplifiedFirst() {
        Derivation d = derive("diff(log(cosh(a - b)), a)", "a");
        assertEquals(Deriver.INNER_DERIVATIVE, d.steps().get(1).rule());
        assertEquals("diff(tanh(a - b), a)", Printer.ascii(d.steps().get(1).expr()));
        assertEquals(1, d.inner().size(), "the inner derivative is shown as its own derivation");
        assertEquals("tanh(a - b)", Printer.ascii(d.inner().get(0).result()));
        // tanh's derivative, written with the cosh the input wrote (WrittenCoshSquares)
        assertEquals("1/cosh(a - b)^2", Printer.ascii(d.result()));
        assertEquals(List.of(), StepLeaps.checker().of(d));
        CheckedDerivatives.assertDerivativeBothPaths("diff(log(cosh(a - b)), a)", "a", "1/cosh(a - b)^2");
    }

    @Test
    void aHessianInIndexNotationReadsAsTheBookPrintsIt() {
        String loss = "diff(sum(n, t_n*sum(k, Z_nk*c_k) - log(1 + exp(sum(k, Z_nk*c_k)))), c_i)";
        Derivation d = derive(loss, "c_m");
        assertEquals(Deriver.INNER_DERIVATIVE, d.steps().get(1).rule());
        assertTrue(d.steps().size() < 15, "steps: " + d.steps().size());
        CheckedDerivatives.assertDerivativeBothPaths(loss, "c_m",
                "-sum(n, Z_{ni}*Z_{nm}*sigma(sum(k, Z_{nk}*c_k))*(1 - sigma(sum(k, Z_{nk}*c_k))))");
    }

    @Test
    void theSameAsTheOrderOption() {
        for (String f : new String[] {"sigma(x)", "x^3*exp(-x)", "log(1 + exp(2*x))", "tanh(x)/x", "log(cosh(x))"}) {
            Expr of = Parser.parseExpression(f);
            Expr x = Parser.parseExpression("x");
            Expr twice = Deriver.plain().derivative(of, x, 2);
            assertEquals(Printer.ascii(twice), Printer.ascii(Deriver.plain().derivative(new Derivative(of, x), x)), f);
            assertEquals(Printer.ascii(twice), Printer.ascii(Deriver.plain().derive(new Derivative(of, x), x).result()), f);
        }
    }

    @Test
    void anAbstractFunctionsInnerDerivativeIsItsPrime() {
        Derivation d = derive("diff(f(x), x)*x", "x");
        // the product in the order the input typed it, diff(f(x), x)*x (the display order wrote x*f'(x))
        assertEquals("diff(f'(x)*x, x)", Printer.ascii(d.steps().get(1).expr()));
        assertEquals("x*f''(x) + f'(x)", Printer.ascii(d.result()));
        assertEquals(Printer.ascii(d.result()), Printer.ascii(Deriver.plain().result(d.of(), d.wrt()).result()));
    }

    @Test
    void noDerivativeWrittenInsideNoInnerStep() {
        Derivation d = derive("x*log(x)", "x");
        assertTrue(d.steps().stream().noneMatch(s -> s.rule().equals(Deriver.INNER_DERIVATIVE)), d.steps().toString());
        assertTrue(d.inner().isEmpty());
    }
}
