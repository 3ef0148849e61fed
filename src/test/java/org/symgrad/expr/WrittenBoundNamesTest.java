package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * {@link WrittenBoundNames}: a Σ of a result sums over the written name whose Σ put its index in the
 * same slots, so an inner {@code Σ_j W_ij x_j} that survives a derivative is summed over {@code j}
 * again, not over the outer sum's {@code i} that the derivative freed.
 */
class WrittenBoundNamesTest {

    private static String derivative(String e, String wrt) {
        return Printer.ascii(Symgrad.differentiate(Symgrad.parse(e), Symgrad.variable(wrt)));
    }

    @Test
    void anInnerSumKeepsItsNameWhenTheOuterOneCollapses() {
        assertEquals("2*x_l*(sum(j, W_{kj}*x_j) - y_k)", derivative("sum(i, (sum(j, W_ij*x_j) - y_i)^2)", "W_kl"));
        // other names, other shapes: matrix factorisation's Σ_k U_ik V_kj inside Σ_i Σ_j
        assertEquals("2*sum(j, V_{bj}*(sum(k, U_{ak}*V_{kj}) - R_{aj}))",
                derivative("sum(i, sum(j, (sum(k, U_ik*V_kj) - R_ij)^2))", "U_ab"));
        assertEquals("x_c*(sum(f, H_{gf}*x_f) - t_g)", derivative("sum(n, (sum(f, H_nf*x_f) - t_n)^2)/2", "H_gc"));
    }

    @Test
    void aSumThatSharesNoSlotTakesTheFirstFreeName() {
        WrittenBoundNames written = WrittenBoundNames.of(List.of(Parser.parseExpression("sum(i, a_i) + sum(j, b_j)")));
        assertEquals("sum(i, c_i)", Printer.ascii(Indices.preferring(Parser.parseExpression("sum(k, c_k)"), written)));
        assertEquals("sum(j, b_j)", Printer.ascii(Indices.preferring(Parser.parseExpression("sum(k, b_k)"), written)));
    }

    @Test
    void theSlotsCountPositionsNotJustNames() {
        // Σ_a A_ab x_a x_b: a sits first in A, b second; a Σ over A's second slot takes b
        WrittenBoundNames written = WrittenBoundNames.of(List.of(Parser.parseExpression("sum(b, sum(a, A_ab*x_a*x_b))")));
        Expr sum = Parser.parseExpression("sum(k, A_ck*x_k)");
        Expr named = Indices.preferring(sum, written);
        assertEquals("sum(b, A_{cb}*x_b)", Printer.ascii(named));
        Environment env = Environment.random(3, 4).withBinding("c", 2);
        assertEquals(Evaluator.evaluate(sum, env), Evaluator.evaluate(named, env), 1e-12);
    }
}
