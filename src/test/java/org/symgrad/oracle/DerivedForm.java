package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.eval.Environment;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.run.Outcome;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Statement;

/**
 * The form a script's last {@code derive} comes out in, checked as text and against a central
 * finite difference of its input at random points and every index assignment (n = 3, 4; the
 * scalars named positive drawn in [0.5, 2]), the definitions substituted; a point where the
 * input has no finite derivative is passed over, but at least four are compared.
 */
final class DerivedForm {
    private DerivedForm() {
    }

    /** Asserts that {@code script} (statements separated by {@code "; "}) derives {@code expected}, and that it is right. */
    static void assertDerivedAs(String what, String script, String expected, Set<String> positive) {
        assertEquals(expected, derivedRight(what, script, positive), what);
    }

    /**
     * The result of {@code script}'s last {@code derive}, printed, once asserted equal to a central
     * finite difference of its input (as {@link #assertDerivedAs} checks it).
     */
    static String derivedRight(String what, String script, Set<String> positive) {
        String text = script.replace("; ", "\n") + "\n";
        List<Outcome> outcomes = Symgrad.run(text);
        Derivation d = ((Outcome.Derived) outcomes.get(outcomes.size() - 1)).derivation();
        Definitions definitions = Definitions.none();
        for (Statement s : Parser.parseScript(text).statements()) {
            if (s instanceof LetStatement let) {
                definitions = definitions.with(new Definition(let.target(), let.body()));
            }
        }
        int compared = 0;
        for (int n : new int[] {3, 4}) {
            Oracle oracle = new Oracle(definitions, Set.of(), positive, n);
            for (long seed : new long[] {5, 6}) {
                Environment base = oracle.environment(Environment.random(seed * 10 + n, n), seed);
                for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), 16, seed)) {
                    Environment env = Oracle.bind(base, b);
                    double truth = oracle.derivative(d.of(), d.wrt(), env);
                    if (!Double.isFinite(truth)) {
                        continue;
                    }
                    double result = oracle.value(d.result(), Set.of(), env);
                    assertTrue(Oracle.close(truth, result), what + " at " + b + ": finite difference " + truth
                            + ", result " + result);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 4, what + ": compared at " + compared + " points");
        return Printer.ascii(d.result());
    }
}
