package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Affine indices (SPEC §9: {@code x_{i+k}}, {@code W_{i-1}}): one canonical spelling, the names
 * they mention, substitution (the renaming δ contraction does) and their value.
 */
class AffineIndexTest {
    @Test
    void oneCanonicalSpelling() {
        assertEquals("i+k", Index.of(Map.of("k", 1L, "i", 1L), 0));
        assertEquals("t-m", Index.of(Map.of("m", -1L, "t", 1L), 0));
        assertEquals("i-1", Index.of(Map.of("i", 1L), -1));
        assertEquals("2*i+p-3", Index.of(Map.of("p", 1L, "i", 2L), -3));
        assertEquals("i", Index.of(Map.of("i", 1L, "k", 0L), 0));
        assertEquals("4", Index.of(Map.of(), 4));
        assertTrue(Index.isAffine("t-m"));
        assertFalse(Index.isAffine("i"));
        assertFalse(Index.isAffine("12"));
        assertThrows(IllegalArgumentException.class, () -> new Indexed("x", List.of("k+i")),
                "a non-canonical spelling would make equal indices unequal");
    }

    @Test
    void namesSubstitutionAndValue() {
        assertEquals(List.of("i", "k"), Index.names("i+k"));
        assertEquals(List.of(), Index.names("3"));
        assertEquals("t", Index.substitute("i+k", "k", "t-i"));
        assertEquals("i+t-m", Index.substitute("i+k", "k", "t-m"));
        assertEquals("2*j+2", Index.substitute("2*i", "i", "j+1"));
        assertEquals("4", Index.substitute("i+1", "i", "3"));
        assertEquals("j+k", Index.substitute("i+k", "i", "j"));
        assertEquals("i+k", Index.substitute("i+k", "m", "j"));
        assertEquals(7, Index.value("2*i+p-3", n -> n.equals("i") ? 4 : 2));
    }

    @Test
    void substitutionAgreesWithEvaluation() {
        Random random = new Random(5);
        String[] names = {"i", "k", "m"};
        for (int t = 0; t < 500; t++) {
            Map<String, Long> a = Map.of(names[random.nextInt(3)], (long) random.nextInt(5) - 2,
                    "t", (long) random.nextInt(3) + 1);
            String index = Index.of(a, random.nextInt(7) - 3);
            String replacement = Index.of(Map.of(names[random.nextInt(3)], (long) random.nextInt(3) + 1),
                    random.nextInt(5) - 2);
            String from = names[random.nextInt(3)];
            int[] values = {random.nextInt(9), random.nextInt(9), random.nextInt(9), random.nextInt(9)};
            java.util.function.ToIntFunction<String> at = n -> values[List.of("i", "k", "m", "t").indexOf(n)];
            int replaced = Index.value(replacement, at);
            int expected = Index.value(index, n -> n.equals(from) ? replaced : at.applyAsInt(n));
            String substituted = Index.substitute(index, from, replacement);
            assertEquals(expected, Index.value(substituted, at), index + " with " + from + " := " + replacement);
            assertEquals(substituted, Index.of(Index.coefficients(substituted), Index.offset(substituted)));
        }
    }

    @Test
    void aSymbolicStrideIsAProductOfNames() {
        assertEquals("k+m*s-s", Index.plus(Index.times("m-1", "s"), "k"));
        assertEquals("i*s+p", Index.plus(Index.times("s", "i"), "p"));
        assertEquals("2*i*s-2*s", Index.times("2*i-2", "s"));
        assertEquals(List.of("k", "m", "s"), Index.names("k+m*s-s"));
        assertEquals("2*i+p", Index.substitute("i*s+p", "s", "2"));
        assertEquals("j*s+k", Index.substitute("k+m*s-s", "m", "j+1"));
        assertEquals("i*i+i*j", Index.substitute("i*m", "m", "i+j"));
        assertEquals(2 * 3 + 1 - 3, Index.value("k+m*s-s", n -> Map.of("k", 1, "m", 2, "s", 3).get(n)));
        assertThrows(IllegalArgumentException.class, () -> new Indexed("x", List.of("s*i+p")),
                "the names of a product are kept in alphabetical order");
    }

    /**
     * Printed, the terms that share a name are gathered as sources write a stride (indices7 item 3):
     * conv-stride's solved {@code s+t-m*s} is {@code t-(m-1)*s}, its input's {@code (m-1)*s+k}
     * reads as written, a dilation {@code d*k+i-d} is {@code (k-1)*d+i}; what holds a name once is as it is.
     * Each reads back as the same index.
     */
    @Test
    void writtenGathersTheTermsThatShareAName() {
        Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("s+t-m*s", "t-(m-1)*s");
        written.put("k+m*s-s", "(m-1)*s+k");
        written.put("d*k+i-d", "(k-1)*d+i");
        written.put("i*s+j*s", "(i+j)*s");
        written.put("2*i*s+k-2*s", "(2*i-2)*s+k");
        written.put("s-m*s", "-(m-1)*s");
        written.put("t-m*s-s+1", "t-(m+1)*s+1");
        written.put("i*s+p", "i*s+p");
        written.put("t-i", "t-i");
        written.put("j", "j");
        written.put("3", "3");
        for (Map.Entry<String, String> e : written.entrySet()) {
            assertEquals(e.getValue(), Index.written(e.getKey()), e.getKey());
            Indexed x = (Indexed) org.symgrad.parse.Parser.parseExpression("x_{" + e.getValue() + "}");
            assertEquals(List.of(e.getKey()), x.indices(), "reads back: " + e.getValue());
        }
    }

    @Test
    void solvingForAnIndexStatesWhatItMustEqual() {
        assertEquals(Optional.of("t-i"), Index.solve("i+k", "t", "k"));
        assertEquals(Optional.of("s+t-m*s"), Index.solve("k+m*s-s", "t", "k"));
        assertEquals(Optional.of("t+1"), Index.solve("t", "k-1", "k"));
        assertEquals(Optional.of("2"), Index.solve("2*i", "4", "i"));
        assertEquals(Optional.empty(), Index.solve("2*i", "3", "i"), "no integer i");
        assertEquals(Optional.empty(), Index.solve("2*i", "j", "i"), "only for even j");
        assertEquals(Optional.empty(), Index.solve("i*s+p", "t", "i"), "only where s divides t - p");
        assertEquals(Optional.empty(), Index.solve("i+k", "t", "m"));
        assertTrue(Index.neverEqual("i+1", "i"));
        assertTrue(Index.neverEqual("2*i", "2*j+1"));
        assertTrue(Index.neverEqual("2*i*s", "2*j+1"));
        assertFalse(Index.neverEqual("2*i", "j+1"));
        assertFalse(Index.neverEqual("3", "3"));
    }

    @Test
    void solutionsSatisfyTheirEquations() {
        Random random = new Random(9);
        String[] names = {"i", "k", "m", "s"};
        int solved = 0;
        for (int t = 0; t < 500; t++) {
            String p = randomIndex(random, names);
            String q = randomIndex(random, names);
            Optional<String> k = Index.solve(p, q, "k");
            int[] values = {random.nextInt(9) - 2, 0, random.nextInt(9) - 2, random.nextInt(5) + 1};
            java.util.function.ToIntFunction<String> others = n -> values[List.of(names).indexOf(n)];
            if (k.isPresent()) {
                int at = Index.value(k.get(), others);
                java.util.function.ToIntFunction<String> all = n -> n.equals("k") ? at : others.applyAsInt(n);
                assertEquals(Index.value(p, all), Index.value(q, all), p + " = " + q + " at k = " + k.get());
                solved++;
            }
            if (Index.neverEqual(p, q)) {
                for (int v = -5; v <= 5; v++) {
                    int kv = v;
                    java.util.function.ToIntFunction<String> all = n -> n.equals("k") ? kv : others.applyAsInt(n);
                    assertTrue(Index.value(p, all) != Index.value(q, all), p + " = " + q + " at k = " + v);
                }
            }
        }
        assertTrue(solved > 50, solved + " solved");
    }

    /** A random index: names, products of two names and a number, each with a small coefficient. */
    private static String randomIndex(Random random, String[] names) {
        String out = Integer.toString(random.nextInt(5) - 2);
        for (int term = 0; term < 1 + random.nextInt(3); term++) {
            String name = names[random.nextInt(names.length)];
            String factor = random.nextInt(4) == 0 ? Index.times(name, names[random.nextInt(names.length)]) : name;
            out = Index.plus(out, Index.times(factor, Integer.toString(random.nextInt(5) - 2)));
        }
        return out;
    }

    @Test
    void renamingReachesIntoAffineIndicesWithoutCapture() {
        Expr e = new IndexSum("t", Exprs.ONE, Exprs.N, Exprs.mul(new Indexed("x", List.of("i+k")), new Indexed("y", List.of("t"))));
        // k := t − 1 must not be captured by the Σ over t
        Expr renamed = Indices.rename(e, "k", "t-1");
        assertEquals(List.of("i", "t"), List.copyOf(Indices.free(renamed)));
        assertEquals("sum(k, x_{i+t-1}*y_k)", Indices.canonicalBound(renamed).toString());
    }
}
