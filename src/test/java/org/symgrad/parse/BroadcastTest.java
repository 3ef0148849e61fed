package org.symgrad.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.expr.Exprs.*;

import org.junit.jupiter.api.Test;

/** A term with fewer free indices is broadcast: SPEC §4 writes exp(z_i + c) and δ_ij − y_j. */
class BroadcastTest {
    @Test
    void lowerRankTermsBroadcastAtTopLevelAndInside() {
        assertEquals(add(indexed("x", "i"), ONE), Parser.parseExpression("x_i + 1"));
        assertEquals(add(delta("i", "j"), neg(indexed("y", "j"))), Parser.parseExpression("delta(i,j) - y_j"));
        assertEquals(exp(add(indexed("z", "i"), sym("c"))), Parser.parseExpression("exp(z_i + c)"));
    }
}
