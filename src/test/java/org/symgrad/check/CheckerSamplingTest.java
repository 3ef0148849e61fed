package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * The numeric test draws points that satisfy the document's assumptions (SPEC §8): a claim that is
 * true only under an assumption is false without it and holds with it; and a defined name that is a
 * derivative's variable is still its definition once the derivative is taken.
 */
class CheckerSamplingTest {
    private static Verdict.Kind check(Sampling sampling, String left, String right) {
        return new Checker(Definitions.none(), List.of(), sampling)
                .check(Parser.parseExpression(left), Parser.parseExpression(right)).kind();
    }

    private static void trueOnlyUnder(Sampling.Constraint c, String left, String right) {
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE, left, right), "without " + c);
        Verdict.Kind with = check(Sampling.NONE.with(c), left, right);
        assertTrue(with == Verdict.Kind.NUMERICALLY_EQUAL || with == Verdict.Kind.PROVEN, c + ": " + with);
    }

    @Test
    void distinctIndicesSkipTheDiagonal() {
        trueOnlyUnder(new Sampling.Distinct("i", "j"), "delta(i,j)*x_i", "0");
    }

    @Test
    void positiveValues() {
        trueOnlyUnder(new Sampling.Positive("x"), "sqrt(x^2)", "x");
        trueOnlyUnder(new Sampling.Positive("x"), "abs(x_i)", "x_i");
        trueOnlyUnder(new Sampling.NonNegative("x"), "abs(x)", "x");
    }

    @Test
    void unitInterval() {
        trueOnlyUnder(new Sampling.UnitInterval("y"), "abs(log(y)) + log(y)", "0");
    }

    @Test
    void twoValued() {
        trueOnlyUnder(new Sampling.TwoValued("y", 0, 1), "y^2", "y");
        trueOnlyUnder(new Sampling.TwoValued("y", -1, 1), "y_i^2", "1");
    }

    @Test
    void simplexAndOneHot() {
        trueOnlyUnder(new Sampling.Simplex("t"), "sum(k, t_k)", "1");
        trueOnlyUnder(new Sampling.OneHot("y"), "y_i*y_j", "delta(i,j)*y_i");
    }

    @Test
    void theRowsOrColumnsOfAMatrix() {
        trueOnlyUnder(new Sampling.Simplex("P", Sampling.Along.ROWS), "sum(k, P_{ik})", "1");
        trueOnlyUnder(new Sampling.SumsTo("Y", 1, Sampling.Along.ROWS), "sum(k, Y_{ik})*x_i", "x_i");
        trueOnlyUnder(new Sampling.OneHot("Y", Sampling.Along.COLUMNS), "sum(i, Y_{ik})", "1");
        trueOnlyUnder(new Sampling.SumsTo("Y", 2, Sampling.Along.COLUMNS), "sum(i, Y_{ik})", "2");
        // what holds of the columns says nothing of the rows, what holds of the rows nothing of a vector of that name
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE.with(new Sampling.OneHot("Y", Sampling.Along.COLUMNS)),
                "sum(k, Y_{ik})", "1"));
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE.with(new Sampling.SumsTo("Y", 1, Sampling.Along.COLUMNS)),
                "sum(k, Y_{ik})", "1"));
        assertEquals(Verdict.Kind.FALSE, check(Sampling.NONE.with(new Sampling.Simplex("y", Sampling.Along.ROWS)),
                "sum(k, y_k)", "1"));
    }

    @Test
    void positiveDefiniteAndDiagonalMatrices() {
        // drawn as L Lᵀ + I/2: symmetric, with a positive diagonal and a positive determinant
        trueOnlyUnder(new Sampling.PositiveDefinite("S"), "S_ij", "S_ji");
        trueOnlyUnder(new Sampling.PositiveDefinite("S"), "abs(S_ii)", "S_ii");
        trueOnlyUnder(new Sampling.PositiveDefinite("S"), "abs(zzdetS)", "zzdetS");
        // zero off the diagonal
        trueOnlyUnder(new Sampling.Diagonal("C"), "C_ij*(1 - delta(i,j))", "0");
    }

    @Test
    void symmetric() {
        trueOnlyUnder(new Sampling.Symmetric("C"), "C_ij", "C_ji");
    }

    @Test
    void aDefinedNameThatIsTheVariableIsItsDefinitionAfterDifferentiating() {
        Definitions softmax = Definitions.none().with(new Definition(Parser.parseExpression("y_i"),
                Parser.parseExpression("exp(z_i)/sum_k exp(z_k)")));
        Verdict v = new Checker(softmax, List.of()).check(Parser.parseExpression("diff(log(y_i), y_i)"),
                Parser.parseExpression("1/y_i"));
        assertTrue(v.holds(), v::toString);
    }

    @Test
    void aCounterexampleNamesTheEntriesItsIndicesPick() {
        Verdict v = new Checker(Definitions.none(), List.of()).check(Parser.parseExpression("x_i"),
                Parser.parseExpression("x_i + 1"));
        assertEquals(Verdict.Kind.FALSE, v.kind());
        assertTrue(v.point().containsKey("x_" + v.point().get("i").intValue()), v.point()::toString);
    }
}
