package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
    void renamingReachesIntoAffineIndicesWithoutCapture() {
        Expr e = new IndexSum("t", Exprs.ONE, Exprs.N, Exprs.mul(new Indexed("x", List.of("i+k")), new Indexed("y", List.of("t"))));
        // k := t − 1 must not be captured by the Σ over t
        Expr renamed = Indices.rename(e, "k", "t-1");
        assertEquals(List.of("i", "t"), List.copyOf(Indices.free(renamed)));
        assertEquals("sum(k, x_{i+t-1}*y_k)", Indices.canonicalBound(renamed).toString());
    }
}
