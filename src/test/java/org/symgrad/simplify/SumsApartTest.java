package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.testing.EveryIndexAssignment;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;

/**
 * Sums the normal form merged are written apart where the input wrote them apart
 * ({@code sums-as-written}) or where the parts of the merged body carry different free indices
 * ({@code contractions-apart}), and not otherwise ({@link SumsApart}).
 */
class SumsApartTest {
    private static String simplified(String input) {
        Expr e = Parser.parseExpression(input);
        Expr out = Idempotence.simplifiedOnce(e);
        EveryIndexAssignment.assertSameEverywhere(input, e, out, Environment::random);
        return Printer.ascii(out);
    }

    @Test
    void theDiceGradientDividesByTheTwoSumsItsInputWrote() {
        // dice.sg:6, V-Net eq. (2): the denominator Σ_i p_i² + Σ_i g_i², not Σ_i (g_i² + p_i²)
        Derivation d = Symgrad.derive(Parser.parseExpression("2*sum(i, p_i*g_i)/(sum(i, p_i^2) + sum(i, g_i^2))"),
                Parser.parseExpression("p_j"));
        assertEquals("2*(g_j*(sum(i, p_i^2) + sum(i, g_i^2)) - 2*p_j*sum(i, p_i*g_i))/(sum(i, p_i^2) + sum(i, g_i^2))^2",
                Printer.ascii(d.result()));
        // no step shows them merged (a step that wrote them apart again would undo it)
        for (var step : d.steps()) {
            assertTrue(!Printer.ascii(step.expr()).contains("sum(i, g_i^2 + p_i^2)"), step.toString());
        }
    }

    @Test
    void sumsWrittenApartBesideOtherTermsAreTermsOfOneSum() {
        // an RNN pre-activation: b_i + Σ_j W_ij h_j + Σ_j U_ij x_j, not b_i + (Σ_j W_ij h_j + Σ_j U_ij x_j)
        assertEquals("b_i + sum(k, W_{ik}*h_k) + sum(k, U_{ik}*x_k)", simplified("sum(j, W_ij*h_j) + sum(j, U_ij*x_j) + b_i"));
        assertEquals("c + sum(k, a_k) + sum(k, b_k)", simplified("sum(j, a_j) + sum(j, b_j) + c"));
        Derivation d = Symgrad.derive(Parser.parseExpression("tanh(sum(j, W_ij*h_j) + sum(j, U_ij*x_j) + b_i)"),
                Parser.parseExpression("W_kl"));
        // tanh's argument in the order the input wrote its terms (WrittenTermOrder)
        assertEquals("h_l*delta(i,k)*(1 - tanh(sum(j, W_{ij}*h_j) + sum(j, U_{ij}*x_j) + b_i)^2)", Printer.ascii(d.result()));
        // no sum in any step holds a sum as one of its terms
        for (var step : d.steps()) {
            assertTrue(!holdsAddInAdd(step.expr()), step.toString());
        }
    }

    private static boolean holdsAddInAdd(Expr e) {
        return e instanceof org.symgrad.expr.Add a && a.terms().stream().anyMatch(t -> t instanceof org.symgrad.expr.Add)
                || Exprs.children(e).stream().anyMatch(SumsApartTest::holdsAddInAdd);
    }

    @Test
    void sumsWrittenApartStayApartInTheOrderWritten() {
        String out = simplified("(sum(i, b_i^2) + sum(i, a_i^2))^(-1)");
        assertEquals("1/(sum(k, b_k^2) + sum(k, a_k^2))", out);
        TraceRecorder trace = new TraceRecorder();
        Simplifier.plain().simplify(Parser.parseExpression("(sum(i, b_i^2) + sum(i, a_i^2))^(-1)"), trace);
        assertTrue(trace.fired().contains(SumsApart.SUMS_AS_WRITTEN), trace.fired().toString());
        // written as one sum, it stays one
        assertEquals("1/sum(k, a_k^2 + b_k^2)", simplified("1/sum(i, b_i^2 + a_i^2)"));
    }

    @Test
    void contractionsOverDifferentFreeIndicesAreWrittenApart() {
        // attention-backward.sg:7, FlashAttention: P_ab (dP_ab − D_a), dP_ab = Σ_c G_ac V_bc, D_a = Σ_c G_ac O_ac
        assertEquals("P_{ab}*(sum(k, G_{ak}*V_{bk}) - sum(k, G_{ak}*O_{ak}))", simplified("P_ab*sum(c, G_ac*(V_bc - O_ac))"));
        TraceRecorder trace = new TraceRecorder();
        Simplifier.plain().simplify(Parser.parseExpression("sum(c, G_ac*(V_bc - O_ac))"), trace);
        assertTrue(trace.fired().contains(SumsApart.CONTRACTIONS_APART), trace.fired().toString());
    }

    @Test
    void aBracketOfOneIndexStructureOrOfContractionsOrWithATermFreeOfTheIndexStays() {
        assertEquals("sum(k, X_{kj}*(p_k - y_k))", simplified("sum(n, X_nj*(p_n - y_n))"));
        assertEquals("sum(m, A_{mj}*(x_m - b_j))", simplified("sum(i, A_ij*(x_i - b_j))"));
        assertEquals("sum(k, P_{kb}*(sum(m, G_{km}*V_{bm}) - sum(m, G_{km}*O_{km})))",
                simplified("sum(i, P_ib*(sum(c, G_ic*V_bc) - sum(c, G_ic*O_ic)))"));
        // gather-sums' form (a factor from outside taken in) is not written apart again
        assertEquals("sum(m, D_m*(mu - x_m))", simplified("mu*sum(i, D_i) - sum(i, D_i*x_i)"));
    }

    /**
     * Generated sums: written apart as two sums over one body each, or as one sum of a bracket of
     * parts with different free indices. The value is kept at every index assignment and the
     * result is a fixed point; a sum written apart in the input never comes out as one merged Σ
     * of those two bodies.
     */
    @Test
    void sumsApartKeepTheValueAndAreAFixedPoint() {
        RandomExprs gen = new RandomExprs(9_191L);
        Random random = new Random(5L);
        int split = 0;
        for (int t = 0; t < 60; t++) {
            Expr a = gen.nextIndexed(Set.of("k"), 1 + random.nextInt(2));
            Expr b = gen.nextIndexed(random.nextBoolean() ? Set.of("k") : new LinkedHashSet<>(List.of("k", "j")), 1);
            Expr e = switch (random.nextInt(3)) {
                case 0 -> Exprs.pow(Exprs.add(Exprs.sum("k", a), Exprs.sum("k", b)), -1);
                case 1 -> Exprs.mul(Parser.parseExpression("y_j"), Exprs.sum("k", Exprs.mul(Parser.parseExpression("w_k"),
                        Exprs.sub(Parser.parseExpression("u_{jk}"), Parser.parseExpression("v_{ik}")))));
                default -> Exprs.sub(Exprs.sum("k", a), Exprs.mul(Parser.parseExpression("c"), Exprs.sum("k", b)));
            };
            Expr out;
            try {
                out = Idempotence.simplifiedOnce(e);
            } catch (org.symgrad.error.SymgradException limit) {
                continue;
            }
            EveryIndexAssignment.assertSameEverywhere(Printer.ascii(e), e, out, Environment::random);
            split += countSums(out) > 1 ? 1 : 0;
        }
        assertTrue(split > 20, "only " + split + " results with sums apart");
    }

    private static int countSums(Expr e) {
        int own = e instanceof IndexSum ? 1 : 0;
        return own + Exprs.children(e).stream().mapToInt(SumsApartTest::countSums).sum();
    }
}
