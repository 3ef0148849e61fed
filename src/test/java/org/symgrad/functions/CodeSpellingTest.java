package org.symgrad.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A template's slot filled with a name keeps the brackets of a call: erf and erfc are computed by
 * {@code np.vectorize(math.erf, otypes=[float])({0})}, whose slot follows the bracket that closes
 * {@code np.vectorize(…)}; filled with {@code x} that read {@code …otypes=[float])x}, a module that
 * did not compile (TensorFlow's {@code _ErfcGrad}, {@code textbook-reach/tf-math-grad.sg}). The
 * template's own brackets around a slot are still dropped for a name.
 */
class CodeSpellingTest {
    /** A name or a number right after a closing bracket: a call's brackets were dropped. */
    private static final Pattern LOST_CALL = Pattern.compile("[)\\]][A-Za-z0-9_]");

    @Test
    void aCallOfACallsResultKeepsItsBrackets() {
        assertEquals("np.vectorize(math.erf, otypes=[float])(x)",
                CodeSpelling.fill("np.vectorize(math.erf, otypes=[float])({0})", List.of("x")));
        assertEquals("f(a)[0](y, np.exp(t))", CodeSpelling.fill("f(a)[0]({0}, {1})", List.of("y", "np.exp(t)")));
        assertEquals("g(1)(w)", CodeSpelling.fill("g(1)({0})", List.of("w")));
    }

    @Test
    void aTemplatesOwnBracketsAroundANameAreStillDropped() {
        assertEquals("0.5 * z", CodeSpelling.fill("0.5 * ({0})", List.of("z")));
        assertEquals("np.exp(z)", CodeSpelling.fill("np.exp({0})", List.of("z")));
        assertEquals("0.5 * (a + b)", CodeSpelling.fill("0.5 * ({0})", List.of("a + b")));
        assertEquals("(-z)", CodeSpelling.fill("(-({0}))", List.of("z")));
    }

    @Test
    void everyRegistrySpellingFilledWithNamesKeepsEachCall() {
        List<String> lost = new ArrayList<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            if (f.code().isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                names.add("arg" + p);
            }
            for (String template : List.of(f.code().get().numpy(), f.code().get().torch())) {
                String filled = CodeSpelling.fill(template, names);
                if (LOST_CALL.matcher(filled).find()) {
                    lost.add(f.name() + ": " + filled);
                }
            }
        }
        assertFalse(!lost.isEmpty(), "a call's brackets dropped: " + lost);
    }
}
