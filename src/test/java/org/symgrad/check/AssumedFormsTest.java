package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * Every kind of assumption of SPEC §8 is used by the simplifier, not only by the sampler: the
 * identity it gives is proven, and the verdict names the assumption ("proven under y in {0, 1}
 * (assumed)"). Soundness: without the assumption, or under another one, the same equality is never
 * proven — it is false at a sampled point, or proven only under the conditions it needs.
 */
class AssumedFormsTest {
    private static Verdict check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static Sampling assuming(Sampling.Constraint... cs) {
        Sampling s = Sampling.NONE;
        for (Sampling.Constraint c : cs) {
            s = s.with(c);
        }
        return s;
    }

    static Stream<Arguments> identities() {
        Sampling binary = assuming(new Sampling.TwoValued("y", 0, 1));
        Sampling sign = assuming(new Sampling.TwoValued("y", -1, 1));
        Sampling oneHot = assuming(new Sampling.OneHot("y"));
        Sampling symmetric = assuming(new Sampling.Symmetric("C"));
        Sampling positive = assuming(new Sampling.Positive("x"), new Sampling.Positive("z"));
        Sampling nonnegative = assuming(new Sampling.NonNegative("x"));
        Sampling unit = assuming(new Sampling.UnitInterval("p"), new Sampling.Positive("q"));
        return Stream.of(
                Arguments.of(binary, "y^2", "y", "y in {0, 1}"),
                Arguments.of(binary, "y*(1 - y)", "0", "y in {0, 1}"),
                Arguments.of(binary, "(2*y - 1)^2", "1", "y in {0, 1}"),
                Arguments.of(binary, "sum(i, y_i^3*x_i)", "sum(i, y_i*x_i)", "y in {0, 1}"),
                Arguments.of(sign, "y^2", "1", "y in {-1, 1}"),
                Arguments.of(sign, "y^3 + y^4", "y + 1", "y in {-1, 1}"),
                Arguments.of(sign, "log(1 + exp(-y_i*f_i))*y_i^2", "log(1 + exp(-y_i*f_i))", "y in {-1, 1}"),
                Arguments.of(oneHot, "y_i*y_j", "delta(i, j)*y_i", "y one-hot"),
                Arguments.of(oneHot, "y_i^2", "y_i", "y one-hot"),
                Arguments.of(oneHot, "sum(i, y_i*y_j)", "y_j", "y one-hot"),
                Arguments.of(oneHot, "y_1*y_2", "0", "y one-hot"),
                // a one-hot label matrix: each row one-hot along the last index (softmax regression's y_ik)
                Arguments.of(oneHot, "sum(k, y_ik)", "1", "y one-hot"),
                Arguments.of(oneHot, "sum(i, x_iq*(p_il*sum(k, y_ik) - y_il))", "sum(i, x_iq*(p_il - y_il))", "y one-hot"),
                Arguments.of(assuming(new Sampling.OneHot("T")), "T_nc*T_nd", "delta(c, d)*T_nc", "T one-hot"),
                Arguments.of(assuming(new Sampling.OneHot("T")), "T_nc^3", "T_nc", "T one-hot"),
                Arguments.of(symmetric, "C_ji", "C_ij", "C symmetric"),
                Arguments.of(symmetric, "sum(j, C_ji*x_j)", "sum(j, C_ij*x_j)", "C symmetric"),
                Arguments.of(symmetric, "sum(i, sum(j, x_i*(C_ij - C_ji)*x_j))", "0", "C symmetric"),
                // an antisymmetric matrix ("Let $W$ be skew-symmetric", "$W_{ij} = -W_{ji}$"): W_ji = −W_ij, W_kk = 0
                Arguments.of(assuming(new Sampling.Antisymmetric("W")), "W_ji", "-W_ij", "W antisymmetric"),
                Arguments.of(assuming(new Sampling.Antisymmetric("W")), "W_kk*x_k", "0", "W antisymmetric"),
                Arguments.of(assuming(new Sampling.Antisymmetric("W")), "sum(i, s_i*(W_ki + W_ik))", "0", "W antisymmetric"),
                // a zero diagonal ("no self-coupling, $w_{ii} = 0$"): an entry at one index twice is 0
                Arguments.of(assuming(new Sampling.Hollow("W")), "W_kk*x_k", "0", "W hollow"),
                Arguments.of(assuming(new Sampling.Hollow("W")), "sum(j, W_jj)", "0", "W hollow"),
                // a diagonal matrix ("Let $C$ be a diagonal matrix of weights"): an entry off the diagonal is 0
                Arguments.of(assuming(new Sampling.Diagonal("C")), "sum(j, C_ij*x_j)", "C_ii*x_i", "C diagonal"),
                Arguments.of(assuming(new Sampling.Diagonal("C")), "sum(k, u_k*sum(l, C_kl*D_lk))", "sum(k, u_k*C_kk*D_kk)", "C diagonal"),
                Arguments.of(positive, "log(x*z)", "log(x) + log(z)", "x > 0"),
                Arguments.of(positive, "log(x^2)", "2*log(x)", "x > 0"),
                Arguments.of(nonnegative, "abs(x)", "x", "x >= 0"),
                Arguments.of(positive, "sqrt(x^2)", "x", "x > 0"),
                Arguments.of(nonnegative, "(x^4)^(1/2)", "x^2", "x >= 0"),
                Arguments.of(unit, "log(p^2*q)", "2*log(p) + log(q)", "0 < p < 1"),
                Arguments.of(assuming(new Sampling.Simplex("t")), "sum(k, t_k*x)", "x", "t simplex"),
                // a switch whose branch the assumptions decide, of a name or of a quantity whose sign follows from them
                Arguments.of(positive, "diff(abs(x), x)", "1", "x > 0"),
                Arguments.of(positive, "sign(x)", "1", "x > 0"),
                Arguments.of(positive, "sign(-2*x)", "-1", "x > 0"),
                Arguments.of(positive, "heaviside(x*z + x^2)", "1", "x > 0"),
                Arguments.of(positive, "heaviside(-x)", "0", "x > 0"),
                Arguments.of(positive, "diff(relu(x), x)", "1", "x > 0"),
                Arguments.of(positive, "relu(-x)", "0", "x > 0"),
                Arguments.of(positive, "abs(x^3 + x)", "x^3 + x", "x > 0"),
                Arguments.of(positive, "abs(-x)", "x", "x > 0"),
                Arguments.of(positive, "log(abs(x))", "log(x)", "x > 0"),
                Arguments.of(positive, "max(x + 1, 1)", "x + 1", "x > 0"),
                Arguments.of(positive, "min(x + 1, 1)", "1", "x > 0"),
                Arguments.of(nonnegative, "relu(x)", "x", "x >= 0"),
                Arguments.of(unit, "abs(p - 1)", "1 - p", "0 < p < 1"),
                Arguments.of(unit, "log(p*(1 + q))", "log(p) + log(1 + q)", "0 < p < 1"));
    }

    @ParameterizedTest(name = "{1} = {2} under {3}")
    @MethodSource("identities")
    void theIdentityOfAnAssumptionIsProvenAndTheVerdictNamesIt(Sampling sampling, String left, String right,
                                                             String assumption) {
        Verdict v = check(sampling, left, right);
        assertEquals(Verdict.Kind.PROVEN, v.kind(), () -> left + " = " + right + ": " + v);
        assertTrue(v.unconditional(), v::toString);
        assertTrue(v.assumed().contains(assumption), () -> v.assumed() + " should name " + assumption);
        assertTrue(v.provenWords().startsWith("proven under ") && v.provenWords().contains(assumption), v::provenWords);
    }

    @ParameterizedTest(name = "{1} = {2} is not proven without {3}")
    @MethodSource("identities")
    void withoutTheAssumptionTheSameEqualityIsNeverProven(Sampling sampling, String left, String right,
                                                          String assumption) {
        Verdict v = check(Sampling.NONE, left, right);
        assertFalse(v.unconditional(), () -> left + " = " + right + " proven without " + assumption + ": " + v);
        assertTrue(v.assumed().isEmpty());
    }

    @ParameterizedTest(name = "{1} = {2}: the sampler draws only points under {3}")
    @MethodSource("identities")
    void theSamplerDrawsPointsThatSatisfyTheAssumption(Sampling sampling, String left, String right,
                                                       String assumption) {
        // the same pair, one side changed by a term that vanishes nowhere: false, and at an allowed point
        Verdict v = check(sampling, left, right + " + 1/2");
        assertEquals(Verdict.Kind.FALSE, v.kind(), v::toString);
        for (Sampling.Constraint c : sampling.constraints()) {
            String name = switch (c) {
                case Sampling.TwoValued t -> t.name();
                case Sampling.Positive p -> p.name();
                case Sampling.NonNegative p -> p.name();
                case Sampling.UnitInterval u -> u.name();
                case Sampling.OneHot h -> h.name();
                case Sampling.Symmetric s -> s.name();
                case Sampling.Antisymmetric s -> s.name();
                case Sampling.Hollow h -> h.name();
                case Sampling.Diagonal d -> d.name();
                case Sampling.PositiveDefinite p -> p.name();
                case Sampling.Simplex s -> s.name();
                case Sampling.SumsTo s -> s.name();
                case Sampling.Distinct d -> d.i();
                case Sampling.Holds h -> h.text();
                case Sampling.Equal e -> e.text();
                case Sampling.Size z -> z.name();
            };
            v.point().forEach((k, value) -> {
                if (k.equals(name) || k.startsWith(name + "_")) {
                    assertTrue(admitted(c, value), () -> k + " = " + value + " violates " + Sampling.describe(c));
                }
            });
        }
    }

    private static boolean admitted(Sampling.Constraint c, double v) {
        return switch (c) {
            case Sampling.TwoValued t -> v == t.low() || v == t.high();
            case Sampling.Positive p -> v > 0;
            case Sampling.NonNegative p -> v >= 0;
            case Sampling.UnitInterval u -> v > 0 && v < 1;
            case Sampling.OneHot h -> v == 0 || v == 1;
            case Sampling.Simplex s -> v >= 0;
            case Sampling.SumsTo s -> true;
            case Sampling.Symmetric s -> true;
            case Sampling.Antisymmetric s -> true; // a property of pairs of entries (W_ji = −W_ij), not of one
            case Sampling.Hollow h -> true; // off the diagonal anything; the diagonal is the proof's (W_kk = 0)
            case Sampling.Diagonal d -> true; // the entries off the diagonal are the proof's (C_ij = δ_ij C_ii)
            case Sampling.PositiveDefinite p -> true; // a property of the whole matrix, not of an entry
            case Sampling.Distinct d -> true;
            case Sampling.Holds h -> true; // a condition on several names: the checker's own test (StatedCasesTest)
            case Sampling.Equal e -> true; // a value of other names: the document's own test (SpecialCasesTest)
            case Sampling.Size z -> v == Math.rint(v) && v >= 1; // a range size: a whole number
        };
    }

    @org.junit.jupiter.api.Test
    void anAssumptionOfAnotherKindProvesNothingItDoesNotImply() {
        // y² = y holds for y in {0, 1}, not for y in {-1, 1}; y² = 1 the other way round
        assertEquals(Verdict.Kind.FALSE, check(assuming(new Sampling.TwoValued("y", -1, 1)), "y^2", "y").kind());
        assertEquals(Verdict.Kind.FALSE, check(assuming(new Sampling.TwoValued("y", 0, 1)), "y^2", "1").kind());
        // a one-hot y says nothing of another vector's entries, a symmetric C nothing of D
        assertEquals(Verdict.Kind.FALSE, check(assuming(new Sampling.OneHot("y")), "t_i*t_j", "delta(i, j)*t_i").kind());
        // a one-hot matrix's rows are one-hot, not its columns, and two rows do not pair
        assertEquals(Verdict.Kind.FALSE, check(assuming(new Sampling.OneHot("y")), "sum(i, y_ik)", "1").kind());
        assertEquals(Verdict.Kind.FALSE, check(assuming(new Sampling.OneHot("y")), "y_ik*y_jl", "delta(k, l)*y_ik").kind());
        assertEquals(Verdict.Kind.FALSE, check(assuming(new Sampling.Symmetric("C")), "D_ji", "D_ij").kind());
        // x > 0 says nothing of z: log(x z) is proven only where z > 0, and the verdict says so
        Verdict v = check(assuming(new Sampling.Positive("x")), "log(x*z)", "log(x) + log(z)");
        assertFalse(v.unconditional());
        assertEquals(List.of(Parser.parseExpression("z")), v.conditions());
        // a bound that admits 0 does not decide a switch there: sign(0) = 0, H(0) = 1/2; nor does one that leaves the sign open
        for (String[] pair : new String[][] {{"sign(x)", "1"}, {"heaviside(x)", "1"}}) {
            Verdict at0 = check(assuming(new Sampling.NonNegative("x")), pair[0], pair[1]);
            assertNotEquals(Verdict.Kind.PROVEN, at0.kind(), at0::toString);
        }
        for (String[] pair : new String[][] {{"sign(x - z)", "1"}, {"abs(x - 1)", "x - 1"}, {"relu(x - z)", "x - z"},
                {"max(x, z)", "x"}}) {
            Verdict open = check(assuming(new Sampling.Positive("x"), new Sampling.Positive("z")), pair[0], pair[1]);
            assertEquals(Verdict.Kind.FALSE, open.kind(), () -> pair[0] + " = " + pair[1] + ": " + open);
        }
        // an assumption that a proof did not need is not named
        Verdict plain = check(assuming(new Sampling.Positive("x")), "(x + 1)^2", "x^2 + 2*x + 1");
        assertTrue(plain.unconditional() && plain.assumed().isEmpty(), plain::toString);
        assertEquals("proven", plain.provenWords());
        assertNotEquals("proven", check(assuming(new Sampling.TwoValued("y", 0, 1)), "y^2", "y").provenWords());
    }
}
