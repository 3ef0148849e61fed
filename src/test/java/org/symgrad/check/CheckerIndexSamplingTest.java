package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * The numeric test samples every combination of values of the free indices, equal ones included:
 * a claim that is wrong only on the diagonal {@code i = j} (where {@code δ_ij = 1}) is false.
 */
class CheckerIndexSamplingTest {
    private static Verdict.Kind verdict(String left, String right) {
        return new Checker(Definitions.none(), List.of())
                .check(Parser.parseExpression(left), Parser.parseExpression(right)).kind();
    }

    @Test
    void deltaIsNotZeroOnTheDiagonal() {
        assertEquals(Verdict.Kind.FALSE, verdict("delta(i,j)", "0"));
    }

    @Test
    void signErrorOnTheDiagonalOfAnElementwiseSigmoidIsFound() {
        // Seed 001: d sigma(x_i)/dx_j written with a wrong sign, nonzero only where i = j.
        assertEquals(Verdict.Kind.FALSE,
                verdict("diff(sigma(x_i), x_j)", "-delta_ij*exp(-x_i)/(1+exp(-x_i))^2"));
    }

    @Test
    void threeFreeIndicesAllEqualIsSampled() {
        assertEquals(Verdict.Kind.FALSE, verdict("delta(i,j)*delta(j,k)*x_i", "0"));
    }

    @Test
    void trueIndexedEqualityStaysTrue() {
        Verdict.Kind kind = verdict("diff(sigma(x_i), x_j)", "delta_ij*exp(-x_i)/(1+exp(-x_i))^2");
        assertTrue(kind == Verdict.Kind.PROVEN || kind == Verdict.Kind.NUMERICALLY_EQUAL, kind.toString());
    }

    @Test
    void sidesWithDifferentFreeIndicesAreComparedOverTheirUnion() {
        // SPEC §9: each side is broadcast over the indices it lacks
        assertEquals(Verdict.Kind.PROVEN, verdict("(x_i - x_j)^2", "x_i^2 - 2*x_i*x_j + x_j^2"));
        assertEquals(Verdict.Kind.PROVEN, verdict("sum_k (x_k - x_j)*delta(k, i)", "x_i - x_j"));
        // wrong only where i ≠ j: the sampler must bind both indices of the union
        assertEquals(Verdict.Kind.FALSE, verdict("(x_i - x_j)^2", "0"));
        assertEquals(Verdict.Kind.FALSE, verdict("x_i", "x_j"));
    }

    @Test
    void theReportedPointListsItsVariablesInNameOrder() {
        // Reports print the point; its order must not depend on the JVM's hash seed.
        Verdict v = new Checker(Definitions.none(), List.of()).check(
                Parser.parseExpression("a*b*c*d*e*f*g*h*p*q*r*s*u*v*w*z"), Parser.parseExpression("0"));
        assertEquals(Verdict.Kind.FALSE, v.kind());
        List<String> names = List.copyOf(v.point().keySet());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(16, names.size());
    }
}
