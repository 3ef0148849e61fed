package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.simplify.WrittenDifferences;

/**
 * bernoulli-mle's second derivative took two detours its last step undid (StepUndos): the
 * cancelling stage turned the input's {@code (1 − p)²} into {@code (p − 1)²}, and a Σ over 1..n of
 * {@code (1 − x_i)/(1 − p)²} was expanded to count its constant ({@code n/(p − 1)²}) which the result
 * takes back into the Σ as written ({@code Σ_i (1 − x_i)}, constant-into-sum). Now an even power
 * of a difference is shown the way the input wrote the difference (its sign unchanged; an odd power
 * takes the sign), and a number is not taken apart from a bracket under a Σ over 1..n.
 */
class WrittenBracketsKeptTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            x*log(1 - p)      | x/(p - 1)^2      | x/(1 - p)^2
            x*log(1 - p)      | x/(p - 1)^3      | -x/(1 - p)^3
            y*(b - a)^z       | y*(a - b)^4      | y*(b - a)^4
            (a - b)^2         | y*(b - a)^2      | y*(b - a)^2
            """)
    void anIntegerPowerOfADifferenceIsTurnedAsWritten(String input, String result, String turned) {
        Expr in = Parser.parseExpression(input);
        Expr r = Parser.parseExpression(result);
        Expr t = WrittenDifferences.turned(in, r);
        assertEquals(turned, Printer.ascii(t));
        for (long seed = 0; seed < 5; seed++) {
            Environment env = Environment.random(seed, 3);
            assertEquals(Evaluator.evaluate(r, env), Evaluator.evaluate(t, env), 1e-9 * (1 + Math.abs(Evaluator.evaluate(r, env))));
        }
    }

    /** Other names, other constants (2 − y_j, 3 + y_j) and another parameter than the corpus's. */
    @Test
    void aVariantSecondDerivativeKeepsTheWrittenBrackets() {
        Derivation d = only("""
                # sample: q in 0.1..0.9
                # sample: y in 0..1
                derive diff(log(prod(j, q^(2 - y_j)*(1 - q)^(3 + y_j))), q) wrt q
                """);
        assertEquals("-sum(j, 2 - y_j)/q^2 - sum(j, 3 + y_j)/(1 - q)^2", Printer.ascii(d.steps().get(d.steps().size() - 1).expr()));
        assertEquals(List.of(), StepUndos.of(d), "undos in " + d.steps());
        assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + d.steps());
        for (Step s : d.steps()) {
            assertFalse(Printer.ascii(s.expr()).contains("q - 1"), "the input writes 1 − q: " + s);
            assertFalse(s.rule().equals(RuleBook.SUM_OF_CONSTANT.name()), "no constant counted and taken back: " + d.steps());
        }
    }

    @Test
    void bernoulliMleUndoesNoStep() throws IOException {
        String script = Files.readString(Path.of("src/test/resources/textbook-reach/bernoulli-mle.sg"));
        for (Derivation d : all(script)) {
            assertEquals(List.of(), StepUndos.of(d), "undos in " + d.steps());
            assertEquals(List.of(), StepLeaps.checker().of(d), "leaps in " + d.steps());
        }
    }

    /** A δ under a Σ over 1..n is still taken apart to be contracted: Σ_i t_i(δ_ij − 1) = t_j − Σ_i t_i. */
    @Test
    void aDeltaIsStillTakenApart() {
        Derivation d = only("derive sum_i t_i*(delta(i,j) - 1)*w wrt w");
        assertEquals("t_j - sum(i, t_i)", Printer.ascii(d.steps().get(d.steps().size() - 1).expr()));
    }

    private static Derivation only(String script) {
        List<Derivation> all = all(script);
        return all.get(all.size() - 1);
    }

    private static List<Derivation> all(String script) {
        List<Derivation> out = new ArrayList<>();
        for (Outcome o : Symgrad.run(script)) {
            if (o instanceof Outcome.Derived d) {
                out.addAll(d.derivation().inner());
                out.add(d.derivation());
            }
        }
        return out;
    }
}
