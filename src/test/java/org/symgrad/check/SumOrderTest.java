package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * {@link SumOrder}: "swap the sums" is proven, not only numerically equal. A backprop step that writes
 * {@code ∂L/∂x_m} as {@code Σ_j W_jm (1 − a_j²) Σ_k V_kj (ŷ_k − y_k)} where the derivative comes out as
 * {@code Σ_k (ŷ_k − y_k) Σ_j V_kj W_jm (1 − a_j²)} sums the same products in the other order. A sum
 * over a transposed matrix, or a triangular sum whose inner range depends on the outer index, is not
 * an exchange and stays what it is.
 */
class SumOrderTest {
    private static Verdict check(String left, String right) {
        return check(Definitions.none(), left, right);
    }

    private static Verdict check(Definitions definitions, String left, String right) {
        return new Checker(definitions, List.of(), Sampling.NONE)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static void assertProven(Verdict v) {
        assertEquals(Verdict.Kind.PROVEN, v.kind(), () -> Printer.ascii(v.left()) + " = " + Printer.ascii(v.right()) + ": " + v.kind());
        assertEquals(List.of(), v.conditions(), () -> Printer.ascii(v.left()) + " = " + Printer.ascii(v.right()));
    }

    @Test
    void twoSumsInEitherOrder() {
        assertProven(check("sum(k, sum(j, A_{kj}*B_j))", "sum(j, sum(k, A_{kj}*B_j))"));
        assertProven(check("sum(k, u_k*sum(j, A_{kj}*B_j))", "sum(j, B_j*sum(k, A_{kj}*u_k))"));
        // one factor of the whole: a number and a free index outside both sums
        assertProven(check("3*c_m*sum(a, sum(b, Q_{ab}*r_a*s_b))", "sum(b, s_b*sum(a, 3*c_m*r_a*Q_{ab}))"));
        // bounds written out, other letters
        assertProven(check("sum_{p=1}^{n} sum_{q=1}^{n} w_p*M_{pq}*v_q", "sum_{q=1}^{n} v_q*sum_{p=1}^{n} M_{pq}*w_p"));
    }

    @Test
    void theInnerIndexNamedLikeAFreeIndex() {
        // the free m outside; the inner sum's own m must not capture it when the sums change places
        assertProven(check("sum(k, W_{km}*(1 - a_k^2)*sum(m, V_{mk}*e_m))", "sum(p, e_p*sum(k, V_{pk}*W_{km}*(1 - a_k^2)))"));
    }

    @Test
    void threeSumsAndTermsOfADifference() {
        assertProven(check("sum(i, sum(j, sum(k, T_{ijk}*x_i*y_j*z_k)))", "sum(k, z_k*sum(j, y_j*sum(i, T_{ijk}*x_i)))"));
        assertProven(check("sum(i, x_i*sum(j, A_{ij}*y_j)) - sum(i, y_i)",
                "sum(j, y_j*sum(i, A_{ij}*x_i)) - sum(j, y_j)"));
    }

    @Test
    void aTransposeOrATriangleIsNoExchange() {
        assertEquals(Verdict.Kind.FALSE, check("sum(k, sum(j, A_{kj}*B_j))", "sum(j, sum(k, A_{jk}*B_j))").kind());
        assertNotEquals(Verdict.Kind.PROVEN,
                check("sum_{i=1}^{n} sum_{j=1}^{i} a_i*b_j", "sum_{j=1}^{n} sum_{i=1}^{j} a_i*b_j").kind());
    }

    @Test
    void aBackpropStepThroughItsDefinitions() {
        Definitions definitions = Definitions.none();
        for (String[] let : new String[][] {{"z_j", "sum(i, W_{ji}*x_i) + b_j"}, {"a_j", "tanh(z_j)"},
                {"yh_k", "sum(j, V_{kj}*a_j) + c_k"}, {"L", "1/2*sum(k, (yh_k - y_k)^2)"}}) {
            definitions = definitions.with(new Definition(Parser.parseExpression(let[0]), Parser.parseExpression(let[1])));
        }
        assertProven(check(definitions, "diff(L, x_m)", "sum(j, W_{jm}*(1 - a_j^2)*sum(k, V_{kj}*(yh_k - y_k)))"));
        assertProven(check(definitions, "diff(L, x_m)", "sum(k, (yh_k - y_k)*sum(j, V_{kj}*W_{jm}*(1 - a_j^2)))"));
        // the classic slip, (1 − a_j)² for 1 − a_j², is still found
        assertEquals(Verdict.Kind.FALSE,
                check(definitions, "diff(L, x_m)", "sum(j, W_{jm}*(1 - a_j)^2*sum(k, V_{kj}*(yh_k - y_k)))").kind());
    }
}
