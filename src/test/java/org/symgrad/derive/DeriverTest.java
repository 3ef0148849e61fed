package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

class DeriverTest {
    private static final Sym X = Exprs.sym("x");

    @Test
    void stepsEndWhereTheDerivativeTableEndsForEveryKnownFunction() {
        for (KnownFunction known : FunctionRegistry.ALL) {
            if (known.arity() != 1) {
                continue;
            }
            String f = known.name();
            Expr e = Exprs.fn(f, X);
            Derivation d = Deriver.plain().derive(e, X);
            assertEquals(Deriver.plain().derivative(e, X), d.result(), f);
        }
    }

    @Test
    void sigmaIsDerivedFromItsDefinitionAndWrittenBack() {
        Derivation d = Deriver.plain().derive(Exprs.sigma(X), X);
        assertEquals("definition", d.steps().get(1).rule());
        assertEquals("sigma-from-exp", d.steps().get(d.steps().size() - 1).rule());
        assertTrue(d.steps().size() >= 5, d.steps().toString());
    }
}
