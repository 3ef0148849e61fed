package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.expr.Exprs.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Indices;

/**
 * Terms of a sum with different free indices broadcast (SPEC §4 writes exp(z_i + c) and
 * δ_ij − y_j; SPEC §9 the SVM margin s_j − s_y + Δ and pairwise kernels (X_i − X_j)²): the sum
 * carries the union of its terms' free indices.
 */
class BroadcastTest {
    @Test
    void lowerRankTermsBroadcastAtTopLevelAndInside() {
        assertEquals(add(indexed("x", "i"), ONE), Parser.parseExpression("x_i + 1"));
        assertEquals(add(delta("i", "j"), neg(indexed("y", "j"))), Parser.parseExpression("delta(i,j) - y_j"));
        assertEquals(exp(add(indexed("z", "i"), sym("c"))), Parser.parseExpression("exp(z_i + c)"));
    }

    @Test
    void termsWhoseIndexSetsAreNotNestedCarryTheirUnion() {
        assertEquals(add(indexed("x", "i"), neg(indexed("x", "j"))), Parser.parseExpression("x_i - x_j"));
        assertEquals(List.of("i", "j"), List.copyOf(Indices.free(Parser.parseExpression("(X_i - X_j)^2"))));
        assertEquals(List.of("j", "y"), List.copyOf(Indices.free(Parser.parseExpression("s_j - s_y + Delta"))));
        assertEquals(List.of("i", "j"), List.copyOf(Indices.free(Parser.parseExpression("sum_j W_ij x_j + b_j"))));
        assertEquals(List.of("i"), List.copyOf(Indices.free(Parser.parseExpression("sum_j (x_j - y_i)^2"))));
    }
}
