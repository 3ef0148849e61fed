package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.LongFunction;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/** The assertion the let write-back tests share: a derivative's form on both paths, and its value. */
final class LetDerivatives {
    private LetDerivatives() {
    }

    /**
     * Asserts {@code of}'s derivative by {@code wrt} under {@code let target = body} reads
     * {@code expected} with and without steps, and equals the numeric derivative at the points
     * {@code point} gives for the seeds 0..11 (an indexed {@code wrt} taken at j = 1).
     */
    static void assertDerived(String target, String body, String of, String wrt, String expected, LongFunction<Environment> point) {
        Definitions definitions = Definitions.none().with(new Definition(parse(target), parse(body)));
        Deriver deriver = new Deriver(definitions, List.of());
        Expr input = parse(of);
        Expr x = parse(wrt);
        Expr plain = deriver.derivative(input, x);
        Expr stepped = deriver.derive(input, x).result();
        assertEquals(expected, Printer.ascii(plain), "plain: " + of);
        assertEquals(expected, Printer.ascii(stepped), "steps: " + of);
        Expr truth = definitions.expand(input);
        Expr result = definitions.expand(plain);
        int compared = 0;
        for (long seed = 0; seed < 12; seed++) {
            Environment env = point.apply(seed);
            double numeric = Evaluator.derivative(truth, x instanceof Indexed ix ? new Indexed(ix.name(), List.of("1")) : x, env);
            double exact = Evaluator.evaluate(x instanceof Indexed ? Indices.rename(result, "j", "1") : result, env);
            assertTrue(Double.isFinite(numeric), of + " at seed " + seed);
            assertEquals(numeric, exact, 1e-6 * Math.max(1, Math.abs(numeric)), of + " at seed " + seed);
            compared++;
        }
        assertTrue(compared >= 8);
    }

    private static Expr parse(String s) {
        return Parser.parseExpression(s);
    }
}
