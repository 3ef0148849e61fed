package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * {@code symgrad diff} without {@code --steps} computes the derivative without recording steps
 * (issue 13); it prints what the step-by-step derivation ends with, so the two cannot be told apart.
 */
class DiffWithoutStepsTest {
    @Test
    void theSpecRowsPrintTheSameWithAndWithoutSteps() {
        for (String[] row : List.of(new String[] {"sigma(x)", "x"}, new String[] {"softplus(x)", "x"},
                new String[] {"tanh(x)", "x"}, new String[] {"log(sigma(x))", "x"},
                new String[] {"-(y*log(sigma(o)) + (1-y)*log(1-sigma(o)))", "o"},
                new String[] {"(sigma(o) - y)^2", "o"}, new String[] {"x_i*W_ij + b_j", "W_kl"},
                new String[] {"exp(x_i)/sum_k exp(x_k)", "x_j"})) {
            for (OutputFormat f : OutputFormat.values()) {
                String plain = Symgrad.derivation(row[0], row[1], 1, false).text(f, false);
                String stepped = Symgrad.derivation(row[0], row[1], 1, true).text(f, false);
                assertEquals(stepped, plain, row[0] + " in " + f);
            }
        }
    }

    @Test
    void randomExpressionsHaveTheSameDerivativeWithAndWithoutSteps() {
        RandomExprs gen = new RandomExprs(4_242L);
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            Expr e = gen.next(1 + i % 4);
            Expr x = Exprs.sym(RandomExprs.VARIABLES.get(i % 3));
            String plain;
            String stepped;
            try {
                plain = Printer.ascii(Deriver.plain().derivative(e, x));
                stepped = Printer.ascii(Deriver.plain().derive(e, x).result());
            } catch (SymgradException limitOrInput) {
                continue;
            }
            assertEquals(stepped, plain, () -> "d/d" + x + " " + Printer.ascii(e));
            compared++;
        }
        assertEquals(true, compared > 250, compared + " compared");
    }
}
