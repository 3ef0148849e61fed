package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.run.Outcome;
import org.symgrad.simplify.Rules;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * A factor and its copy over the other index of a δ in the same product cancel as the δ
 * contracted first would make them ({@code f(i)·δ_ij = f(j)·δ_ij}): {@code s_a δ_ak/s_k³ = δ_ak/s_k²}.
 * Without it the simplifier's answer from the chain rule's sum kept {@code s_a … /s_k³}, a form
 * the steps had already cancelled: the last step of mixture-density's ∂N_k/∂zs_a brought it back
 * (StepUndos), cited as the assumption, which it did not apply. A stage cites the assumption only
 * where one applied.
 */
class DeltaBeforeCancellingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            s_a*delta(a,k)/s_k^3                                  | delta(a,k)/s_k^2
            x_i*delta(i,j)/x_j                                    | delta(i,j)
            w_b^2*delta(b,m)/w_m                                  | w_b*delta(b,m)
            s_a*delta(a,k)*(r/s_k^3 - n/s_k)                      | delta(a,k)*(r/s_k^2 - n)
            x_i*x_j*delta(i,j)                                    | x_i*x_j*delta(i,j)
            x_i*delta(i,j)/y_j                                    | x_i*delta(i,j)/y_j
            """)
    void cancelsAcrossADelta(String input, String form) {
        Expr e = Parser.parseExpression(input);
        Expr simplified = Simplifier.simplifyPlain(e);
        assertEquals(form, Printer.ascii(simplified));
        EveryIndexAssignment.assertSameEverywhere(input, e, simplified, (p, n) -> Environment.random(11 + p, n));
    }

    /** Names and shapes other than the corpus's: w = exp(v), q = y/w², through the chain rule's sum over w_m. */
    @Test
    void theChainRulesSumEndsOnTheCancelledForm() {
        List<Derivation> all = derivations("""
                let w_k = exp(v_k)
                let q_k = y_k/w_k^2
                derive log(sum_k q_k) wrt v_b
                """);
        Derivation inner = find(all, "q_k", "v_b");
        assertEquals("-2*q_k*delta(b,k)", Printer.ascii(last(inner)), "steps: " + inner.steps());
        Derivation outer = find(all, "log(sum(k, q_k))", "v_b");
        assertEquals("-2*q_b/sum(k, q_k)", Printer.ascii(last(outer)));
        for (Derivation d : all) {
            assertEquals(List.of(), StepUndos.of(d), "undos in " + d.steps());
            assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + d.steps());
        }
        // the outer derivation contracts the δ and is done: no step cancels a w_b brought in
        assertEquals(RuleBook.DELTA_CONTRACTION.name(), outer.steps().get(outer.steps().size() - 1).rule());
    }

    @Test
    void mixtureDensityCitesTheAssumptionOnlyWhereItApplied() throws IOException {
        List<Derivation> all = derivations(Files.readString(Path.of("src/test/resources/textbook-reach/mixture-density.sg")));
        Derivation inner = find(all, "N_k", "zs_a");
        assertEquals("N_k*delta(a,k)*(sum(l, (t_l - mu_{kl})^2)/s_k^2 - n)", Printer.ascii(last(inner)));
        for (Derivation d : all) {
            assertEquals(List.of(), StepUndos.of(d), "undos in " + d.steps());
        }
        for (Step s : inner.steps()) {
            assertTrue(!s.rule().equals(Rules.ASSUMPTION), "no assumption applies in ∂N_k/∂zs_a: " + inner.steps());
        }
    }

    @Test
    void aStageThatAppliesTheAssumptionStillCitesIt() throws IOException {
        // cross-entropy of a softmax: Σ_k p_k = 1 is applied, and cited
        List<Derivation> all = derivations(Files.readString(Path.of("examples/cross-entropy-softmax.sg")));
        assertTrue(all.stream().anyMatch(d -> d.steps().stream().anyMatch(s -> s.rule().equals(Rules.ASSUMPTION))),
                "no step cites the assumption");
    }

    private static Expr last(Derivation d) {
        return d.steps().get(d.steps().size() - 1).expr();
    }

    private static List<Derivation> derivations(String script) {
        List<Derivation> out = new ArrayList<>();
        for (Outcome o : Symgrad.run(script)) {
            if (o instanceof Outcome.Derived d) {
                collect(d.derivation(), out);
            }
        }
        return out;
    }

    private static void collect(Derivation d, List<Derivation> out) {
        d.inner().forEach(i -> collect(i, out));
        out.add(d);
    }

    private static Derivation find(List<Derivation> all, String of, String wrt) {
        return all.stream().filter(d -> Printer.ascii(d.of()).equals(of) && Printer.ascii(d.wrt()).equals(wrt)).findFirst()
                .orElseThrow(() -> new AssertionError("no d" + of + "/d" + wrt + " among "
                        + all.stream().map(d -> Printer.ascii(d.of()) + "/" + Printer.ascii(d.wrt())).toList()));
    }
}
