package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.StepLeaps;
import org.symgrad.derive.StepUndos;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * The derivative of tanh as the cosh the input wrote ({@link WrittenCoshSquares}): {@code 1 − tanh(u)²} is
 * {@code 1/cosh(u)²} where the input wrote {@code cosh(u)} and no tanh of u, as a source that differentiates
 * {@code log cosh} twice prints its Hessian; where the input wrote the tanh, the derivative table's form stays.
 * Each result is checked against the derivative's value.
 */
class WrittenCoshSquaresTest {
    @Test
    void theSecondDerivativeOfALogCoshIsOneOverTheCoshSquared() {
        // bokbokbok's log-cosh Hessian, CatBoost's TLogCoshError::CalcDer2
        assertDerivativeBothPaths("diff(log(cosh(x - y)), x)", "x", "1/cosh(x - y)^2");
        assertDerivativeBothPaths("diff(-log(cosh(a - x)), x)", "x", "-1/cosh(a - x)^2");
        // a multiple, a product with another factor, a power: the pair A, −A·tanh(u)² wherever it stands
        assertDerivativeBothPaths("diff(log(cosh(2*x - 1)), x)", "x", "4/cosh(2*x - 1)^2");
        assertDerivativeBothPaths("x*diff(log(cosh(x)), x)", "x", "tanh(x) + x/cosh(x)^2");
        assertDerivativeBothPaths("diff(log(cosh(x)), x)^3", "x", "3*tanh(x)^2/cosh(x)^2");
        // the quotient that is tanh, written out
        assertDerivativeBothPaths("sinh(x)/cosh(x)", "x", "1/cosh(x)^2");
    }

    @Test
    void aTanhTheInputWroteKeepsItsDerivativeTable() {
        assertDerivativeBothPaths("tanh(x)", "x", "1 - tanh(x)^2");
        assertDerivativeBothPaths("x*tanh(x)", "x", "tanh(x) + x*(1 - tanh(x)^2)");
        // a tanh of the same argument beside the cosh: the input wrote it
        assertDerivativeBothPaths("diff(log(cosh(x)), x) + tanh(x)", "x", "2*(1 - tanh(x)^2)");
    }

    @Test
    void theLastStepWritesTheCoshAndUndoesNothing() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("diff(log(cosh(x - y)), x)"), new Sym("x"));
        assertEquals("cosh-from-tanh", d.steps().get(d.steps().size() - 1).rule(), "steps: " + d.steps());
        assertEquals("1 - tanh(x - y)^2", Printer.ascii(d.steps().get(d.steps().size() - 2).expr()));
        assertEquals(List.of(), StepUndos.of(d));
        assertEquals(List.of(), StepLeaps.checker().of(d));
    }
}
