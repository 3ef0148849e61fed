package org.symgrad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.parse.Parser;

/**
 * The judge leaves a disagreement undecided only where the reference cannot decide it — the input
 * undefined at the point, a kink within the difference stencil, a value out of the double range, an
 * ill-conditioned point — and still calls a wrong candidate wrong right next to each of them.
 */
class NumericJudgeTest {
    /** The verdict on {@code candidate} for {@code script}'s derivative at x = {@code x} (y, z fixed). */
    private static NumericJudge.Judgement judged(String script, String candidate, double x) {
        return judged(script, candidate, x, 0.75);
    }

    /** As {@link #judged(String, String, double)}, with y = {@code y}. */
    private static NumericJudge.Judgement judged(String script, String candidate, double x, double y) {
        FuzzCase c = FuzzFindingsTest.parse(script);
        NumericJudge judge = new NumericJudge(c);
        NumericJudge.Differentiation d = judge.prepare(c.of(), c.wrt());
        Environment env = new org.symgrad.oracle.Oracle(c.definitions(), Set.of(), 3)
                .environment(Environment.random(5, 3).withScalar("x", x).withScalar("y", y), 5);
        NumericJudge.Truth truth = judge.truth(d, env).orElseThrow(() -> new AssertionError("no truth at x = " + x));
        var parsed = Parser.parseExpression(candidate);
        return judge.judge(d, judge.expanded(d, parsed), env, truth);
    }

    private static void assertUndecided(Undecidable why, NumericJudge.Judgement j) {
        assertEquals(NumericJudge.Judgement.Kind.UNDECIDED, j.kind(), j::toString);
        assertEquals(why, j.why(), j::toString);
    }

    private static void assertWrong(NumericJudge.Judgement j) {
        assertTrue(j.isWrong(), j::toString);
    }

    @Test
    void aKinkInsideTheStencilIsUndecidedButOneStepsAwayAWrongSlopeIsCaught() {
        // relu(x − 10⁻⁹) kinks well inside the stencil (h = 10⁻³) of x = 0, where the difference
        // quotients at every step are (almost) the mean of the two slopes
        assertUndecided(Undecidable.KINK_IN_STENCIL, judged("derive relu(x - 1/10^9) + x wrt x", "2", 0));
        // at x = 0 itself, where the symmetric quotient is the mean slope 3/2 at every step
        assertUndecided(Undecidable.KINK_IN_STENCIL, judged("derive relu(x) + x wrt x", "2", 0));
        // three steps from the kink, the slope is 1 and a wrong one is a wrong answer
        assertWrong(judged("derive relu(x - 3/1000) + x wrt x", "1 + 1/1000", 0));
        assertEquals(NumericJudge.Judgement.AGREES, judged("derive relu(x - 3/1000) + x wrt x", "1", 0));
        // the same for the other non-smooth functions, each three steps from its switch
        assertWrong(judged("derive abs(x - 3/1000) wrt x", "1", 0));
        assertWrong(judged("derive max(x, 3/1000) wrt x", "1", 0));
        assertWrong(judged("derive max(x, 3/1000) wrt x", "1/10^9", 0)); // where the true derivative is 0
        assertWrong(judged("derive where(x > 3/1000, x^2, x) wrt x", "2*x", 0));
        assertWrong(judged("derive clip(x, -1, 3/1000)*sign(x + 3/1000) wrt x", "0", 0));
    }

    @Test
    void anInfiniteSlopeOfARootAtZeroIsUndecidedButBesideItAWrongAnswerIsCaught() {
        // seed 15, case 13948: √(y·tanh x) with y = 0 is 0 for every x, so its derivative is 0, while
        // the chain rule's y(1 − tanh²x)/(2√(y·tanh x)) is 0/0 — at √'s infinite slope, no derivative
        // formula has a value
        String script = "derive sqrt(y*tanh(x)) wrt x";
        assertUndecided(Undecidable.KINK_IN_STENCIL, judged(script, "y*(1 - tanh(x)^2)/(2*sqrt(y*tanh(x)))", 0, 0));
        assertEquals(NumericJudge.Judgement.AGREES, judged(script, "y*(1 - tanh(x)^2)/(2*sqrt(y*tanh(x)))", 0.5));
        assertWrong(judged(script, "y*(1 - tanh(x)^2)/sqrt(y*tanh(x))", 0.5));
    }

    @Test
    void aKinkOfADerivativeTheCandidateLeavesUnevaluatedIsInItsStencilToo() {
        // elu is C¹ at 0 but its second derivative jumps: the evaluator's difference of b is off by ~h
        String script = "let b = sqrt(1 + (1 + elu(x))^2)\nderive b + sin(x) wrt x";
        assertUndecided(Undecidable.KINK_IN_STENCIL, judged(script, "diff(b, x)*(1 + 1/100) + cos(x)", 0));
        assertWrong(judged(script, "diff(b, x)*(1 + 1/100) + cos(x)", 0.5));
    }

    @Test
    void aStepsUnevaluatedDerivativeBesideAPoleIsWorkedOutNotDifferenced() {
        // seed 15, case 24606: 0.085 from csc's pole, sin(x + a) turns ~140 times faster than x, and the
        // evaluator's difference of the step's unevaluated node (step 10⁻³) is 7·10⁻⁶ off; the step is right
        String script = "let a = csc(x) + y*(Phi(y) + y*x/y)\nderive 1/exp(sin(x + a)) wrt x";
        String step = "-diff(exp(sin(x + a)), x)/exp(sin(x + a))^2";
        double x = -0.08540798576088382;
        double y = -0.741662589746372;
        assertTrue(differenceMisses(script, step, x, y) > 1e-6, "the evaluator's difference is the false alarm");
        assertEquals(NumericJudge.Judgement.AGREES, judged(script, step, x, y));
        // a wrong step is still a wrong answer there: off by 10⁻⁵, the wrong variable, the wrong sign
        assertWrong(judged(script, "(" + step + ")*(1 + 1/10^5)", x, y));
        assertWrong(judged(script, "-diff(exp(sin(x + a)), y)/exp(sin(x + a))^2", x, y));
        assertWrong(judged(script, "diff(exp(sin(x + a)), x)/exp(sin(x + a))^2", x, y));
        // another pole, other names, another function around it
        String other = "let b = z + 1/(x - 1)\nderive log(2 + cos(2*x + b)) wrt x";
        String chain = "diff(cos(2*x + b), x)/(2 + cos(2*x + b))";
        assertTrue(differenceMisses(other, chain, 1.085, 0.75) > 1e-5, "the evaluator's difference is the false alarm");
        assertEquals(NumericJudge.Judgement.AGREES, judged(other, chain, 1.085));
        assertWrong(judged(other, "diff(cos(x + b), x)/(2 + cos(2*x + b))", 1.085));
        assertWrong(judged(other, "(" + chain + ")*(1 - 1/10^3)", 1.085));
        // far out (x = 30) a step's unevaluated derivative was not judged at all; worked out, it is
        assertEquals(NumericJudge.Judgement.AGREES, judged("derive exp(x/10) wrt x", "diff(x/10, x)*exp(x/10)", 30));
        assertWrong(judged("derive exp(x/10) wrt x", "diff(x/10, x)*exp(x/10)*(1 + 1/1000)", 30));
    }

    /** The relative error of the evaluator's own value of {@code candidate} (its derivatives differenced) at x, y. */
    private static double differenceMisses(String script, String candidate, double x, double y) {
        FuzzCase c = FuzzFindingsTest.parse(script);
        NumericJudge judge = new NumericJudge(c);
        NumericJudge.Differentiation d = judge.prepare(c.of(), c.wrt());
        Environment env = new org.symgrad.oracle.Oracle(c.definitions(), Set.of(), 3)
                .environment(Environment.random(5, 3).withScalar("x", x).withScalar("y", y), 5);
        double truth = judge.truth(d, env).orElseThrow().value();
        double differenced = org.symgrad.eval.Evaluator.evaluate(judge.expanded(d, Parser.parseExpression(candidate)), env);
        return Math.abs(differenced - truth) / Math.abs(truth);
    }

    @Test
    void aCandidateExactOnlyOnTheRoundedDefinitionOfItsVariableIsUndecidedButAWrongOneIsCaught() {
        // seed 25, case 2870: in the sub-derivation d(b)/d(a) a step writes x as a's definition solved
        // for x, a·y² + a − y³; at x = 0 that is 0 by algebra, but a's value at the point is its
        // definition rounded to double, and the candidate comes out ~10⁻¹⁷ against an exact 0
        String script = "let a = (x - y)/(1 + y^2) + y\nlet b = a*x\nderive b wrt x";
        double y = 1.174154271093741;
        String solvedForX = "a*y^2 + a - y^3";
        NumericJudge.Judgement atZero = judgedWrt(script, "b", "a", solvedForX, 0, y);
        assertUndecided(Undecidable.ROUNDED_DEFINITION, atZero);
        assertEquals(NumericJudge.Judgement.AGREES, judgedWrt(script, "b", "a", solvedForX, 0.5, y));
        // off by 10⁻⁹ — far more than the rounding of a moves it — is still a wrong answer at x = 0
        assertWrong(judgedWrt(script, "b", "a", solvedForX + " + 1/10^9", 0, y));
        // and the rounding allowance is only for a defined variable: x itself is exact at the point
        assertWrong(judged("derive x^2/2 wrt x", "x + 1/10^9", 0));
    }

    /** The verdict on {@code candidate} for ∂{@code of}/∂{@code wrt} (a sub-derivation of {@code script}). */
    private static NumericJudge.Judgement judgedWrt(String script, String of, String wrt, String candidate, double x, double y) {
        FuzzCase c = FuzzFindingsTest.parse(script);
        NumericJudge judge = new NumericJudge(c);
        NumericJudge.Differentiation d = judge.prepare(Parser.parseExpression(of), Parser.parseExpression(wrt));
        Environment env = new org.symgrad.oracle.Oracle(c.definitions(), Set.of(), 3)
                .environment(Environment.random(5, 3).withScalar("x", x).withScalar("y", y), 5);
        NumericJudge.Truth truth = judge.truth(d, env).orElseThrow(() -> new AssertionError("no truth at x = " + x));
        return judge.judge(d, judge.expanded(d, Parser.parseExpression(candidate)), env, truth);
    }

    @Test
    void anUndefinedInputIsUndecidedButAWrongAnswerBesideItIsCaught() {
        // (0/0)^0 is 1 in double (Math.pow(NaN, 0)), undefined in ball arithmetic
        String script = "let a = x*(3/2 + y)/x\nlet b = (1 + a^2)^(-3*x)\nderive b wrt x";
        assertUndecided(Undecidable.INPUT_UNDEFINED, judged(script, "-3*b*log(1 + a^2)*(1 + 1/10)", 0));
        assertWrong(judged(script, "-3*b*log(1 + a^2)*(1 + 1/10)", 0.25));
        assertEquals(NumericJudge.Judgement.AGREES, judged(script, "-3*b*log(1 + a^2)", 0.25));
        // a candidate written in a name that has a hole where the input has none is wrong there
        // (a write-back must not introduce a hole: issue 14.2; long run on 93ae77f, case 29954)
        String unused = "let a = x*cos(x)/x\nderive sin(x) wrt x";
        assertWrong(judged(unused, "a", 0));
        assertEquals(NumericJudge.Judgement.AGREES, judged(unused, "a", 0.25));
    }

    @Test
    void anOverflowIsNotRepresentableButAWrongAnswerThatIsRepresentableIsCaught() {
        // exp(2x)·exp(−x) = exp(x) overflows in double at x = 400, where exp(x) ≈ 5·10¹⁷³ does not
        assertUndecided(Undecidable.NOT_REPRESENTABLE, judged("derive exp(x) wrt x", "exp(2*x)*exp(-x)", 400));
        assertWrong(judged("derive exp(x) wrt x", "exp(x)*(1 + 1/1000)", 400));
        assertEquals(NumericJudge.Judgement.AGREES, judged("derive exp(x) wrt x", "exp(x)", 400));
        // a function that underflows to 0 where the true value is not 0 (in a ball, 0 ± far more than the value)
        assertUndecided(Undecidable.NOT_REPRESENTABLE, judged("derive exp(-x) wrt x", "-exp(-2*x)*exp(x)", 400));
        assertWrong(judged("derive exp(-x) wrt x", "exp(-x)", 400));
        // a pole is not an overflow: x/x at 0 is a wrong answer where d/dx x = 1
        assertWrong(judged("derive x wrt x", "x/x", 0));
    }

    @Test
    void anOverflowOfAPowerOfATinyNumberIsNotRepresentableButAWrongAnswerBesideItIsCaught() {
        // seed 37, case 2074: a softmax's Σ of exps, 10⁻¹⁶², to the power −2 overflows; exp(x)² is 4·10⁻³⁰⁹ at
        // x = −355 (below the normal range, not 0), and its power −2 is beyond double's range
        String right = "exp(x)^2/exp(x)^2";
        assertUndecided(Undecidable.NOT_REPRESENTABLE, judged("derive x wrt x", right, -355));
        assertEquals(NumericJudge.Judgement.AGREES, judged("derive x wrt x", right, -10));
        assertWrong(judged("derive x wrt x", "2*" + right, -10));
        // the power of an exact 0 is a pole, still a wrong answer: 1/x^2 where d/dx x = 1
        assertWrong(judged("derive x wrt x", "x^2/x^2", 0));
    }

    @Test
    void nearZeroAPointTheStencilCannotResolveIsNoEvidenceAgainstAnExactCandidate() {
        // seed 37, case 5093: a = 1.1·10⁻³⁰ at x = 30, so a ± h rounds to ±h and the difference quotient of
        // (a/2)² is exactly 0, the derivative at 0; a/2 = 5.6·10⁻³¹ is right
        String script = "let a = (1 + (x*y)^2)^(y - x/2)\nlet b = (-a/2)^2\nderive sin(b) - a wrt x";
        double y = -0.31490468856163356;
        assertEquals(NumericJudge.Judgement.AGREES, judgedWrt(script, "b", "a", "a/2", 30, y));
        // a wrong candidate is still wrong there, and the true derivative 0 stays exact where the point is resolved
        assertWrong(judgedWrt(script, "b", "a", "a/2 + 1/10^12", 30, y));
        assertWrong(judgedWrt(script, "b", "a", "-1/10^12", 30, y));
        assertWrong(judged("derive x^2/2 wrt x", "x + 1/10^15", 0));
    }

    @Test
    void anOscillationTheStepCannotResolveIsUndecidedButAResolvedOneIsJudged() {
        // fuzz seed 14 case 40218: sin(x⁶) at x = 30 turns by ~10⁵ radians within a step; the cosh term dominates
        // the value, so the three difference quotients agree while missing the oscillating term's slope
        String script = "let a = x^2\nlet b = cosh(x/(1 + (1/2)^2))\nderive sinh(tanh(cosh(sin(a^3)))) + b wrt x";
        String right = "4*sinh(4*x/5)/5 + 6*x*a^2*cos(a^3)*cosh(tanh(cosh(sin(a^3))))*sinh(sin(a^3))"
                + "*(1 - tanh(cosh(sin(a^3)))^2)";
        assertUndecided(Undecidable.STEPS_DISAGREE, judged(script, right, 30));
        assertEquals(NumericJudge.Judgement.AGREES, judged(script, right, 0.7));
        assertWrong(judged(script, "(" + right + ")*(1 + 1/1000)", 0.7));
    }

    @Test
    void anIllConditionedCandidateIsUndecidedButAWellConditionedOneIsJudged() {
        // a ≈ 10¹³ at x = 30: cos(a) is known to ~10⁻², the difference quotient averages the oscillation out
        String script = "let a = y*(1 + y^2)^x\nderive exp(sin(a)) + a wrt x";
        assertUndecided(Undecidable.ILL_CONDITIONED, judged(script, "a*(1 + cos(a)*exp(sin(a)))*log(1 + y^2)", 30, -1.28));
        assertEquals(NumericJudge.Judgement.AGREES, judged(script, "a*(1 + cos(a)*exp(sin(a)))*log(1 + y^2)", 0.5));
        assertWrong(judged(script, "a*(1 + cos(a)*exp(sin(a)))*log(1 + y^2)*(1 + 1/1000)", 0.5));
    }

    @Test
    void everyFunctionOfTheRegistryIsClassifiedSmoothOrNot() {
        // a new non-smooth function must be taught to PointDoubts, or kinks of it would be judged
        Set<String> smooth = Set.of("exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh",
                "sigma", "softplus", "softmax", "erf", "erfc", "Phi", "gelu", "silu", "mish", "expm1", "exp2", "atan", "asin", "acos", "asinh", "atanh", "acosh",
                // smooth between their poles, as log is beside 0
                "Gamma", "lgamma", "digamma", "trigamma", "polygamma", "Beta", "lbeta",
                "sec", "csc", "cot", "sech", "csch", "coth", "log2", "log10", "log1p", "logit");
        Set<String> unclassified = new HashSet<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            if (!smooth.contains(f.name()) && !PointDoubts.NON_SMOOTH.contains(f.name())) {
                unclassified.add(f.name());
            }
        }
        assertEquals(Set.of(), unclassified, "classify these in PointDoubts.collectSwitches or as smooth");
    }
}
