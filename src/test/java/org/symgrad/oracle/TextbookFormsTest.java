package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
 * Issue 9 item 5, the forms a textbook prints, asserted on derivations other than the corpus's
 * own: each result in the form a book writes it, and equal to a central finite difference of the
 * input at random points (the named scalars sampled in the ranges given, where the input is defined).
 */
class TextbookFormsTest {
    private static final long[] SEEDS = {3, 4, 5};

    /** The last derive of {@code script} prints {@code expected} and equals a finite difference of its input. */
    static void assertDerives(String script, String expected, Map<String, double[]> ranges) {
        List<Outcome> outcomes = Symgrad.run(script);
        Outcome last = outcomes.get(outcomes.size() - 1);
        assertTrue(last instanceof Outcome.Derived, String.valueOf(last));
        Derivation d = ((Outcome.Derived) last).derivation();
        assertEquals(expected, Printer.ascii(d.result()), script);
        Definitions definitions = Definitions.none();
        for (Statement s : Parser.parseScript(script).statements()) {
            if (s instanceof LetStatement let) {
                definitions = definitions.with(new Definition(let.target(), let.body()));
            }
        }
        Oracle oracle = new Oracle(definitions, Set.of(), 3);
        for (long seed : SEEDS) {
            Environment base = Environment.random(seed, 3);
            java.util.Random random = new java.util.Random(seed);
            for (Map.Entry<String, double[]> r : ranges.entrySet()) {
                double lo = r.getValue()[0];
                double hi = r.getValue()[1];
                base = base.withScalar(r.getKey(), lo + (hi - lo) * random.nextDouble());
                for (int i = 1; i <= 3; i++) {
                    base = base.withIndexed(r.getKey(), lo + (hi - lo) * random.nextDouble(), i);
                }
            }
            Environment env = oracle.environment(base, seed);
            for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), 9, seed)) {
                Environment at = Oracle.bind(env, b);
                double truth = oracle.derivative(d.of(), d.wrt(), at);
                double ours = oracle.value(d.result(), Set.of(), at);
                assertTrue(Oracle.close(truth, ours), script + " at seed " + seed + " " + b + ": finite difference "
                        + truth + ", result " + ours);
            }
        }
    }

    static double[] range(double lo, double hi) {
        return new double[] {lo, hi};
    }

    // ---- powers with symbolic exponents merge

    @Test
    void powersOfOneBaseWithSymbolicExponentsMerge() {
        assertEquals("p^(2*a - 1)", Printer.ascii(Symgrad.simplify(Symgrad.parse("p^a*p^(a - 1)"))));
        assertEquals("1/lambda", Printer.ascii(Symgrad.simplify(Symgrad.parse("lambda^(k - 1)/lambda^k"))));
        assertEquals("(1 - p)^g", Printer.ascii(Symgrad.simplify(Symgrad.parse("(1 - p)*(1 - p)^(g - 1)"))));
        assertEquals("1/q^(b + 1)", Printer.ascii(Symgrad.simplify(Symgrad.parse("q^(-b)/q"))));
        assertEquals("p^x*(1 - p)^(1 - x)", Printer.ascii(Symgrad.simplify(Symgrad.parse("p^x*(1 - p)/(1 - p)^x"))));
    }

    @Test
    void powerRuleWithSymbolicExponentReadsAsTheBookWritesIt() {
        assertDerives("derive x^(n + 1)/(n + 1) wrt x", "x^n", Map.of("x", range(0.5, 2), "n", range(0.5, 3)));
        assertDerives("derive x^(2*a)*x wrt x", "x^(2*a)*(1 + 2*a)", Map.of("x", range(0.5, 2), "a", range(0.5, 3)));
    }

    @Test
    void likelihoodsOfProductsReduceToSumsOverTheParameter() {
        assertDerives("derive log(prod(i, q^(y_i)*(1 - q)^(1 - y_i))) wrt q", "sum(i, y_i)/q - sum(i, 1 - y_i)/(1 - q)",
                Map.of("q", range(0.1, 0.9), "y", range(0, 1)));
        assertDerives("derive log(prod(i, exp(-mu)*mu^(m_i)/c_i)) wrt mu", "sum(i, m_i)/mu - n",
                Map.of("mu", range(0.5, 3), "m", range(0, 5), "c", range(0.5, 3)));
    }

    @Test
    void modulatingFactorToASymbolicPowerStaysOnePower() {
        assertDerives("let r = sigma(w*z)\nderive -(1 - r)^b*log(r) wrt z",
                "w*(1 - r)^b*(b*r*log(r) + r - 1)", Map.of("b", range(0.5, 3), "w", range(-1.5, 1.5)));
    }

    // ---- σ and softplus of composite arguments, the σ/log identities

    private static String simplified(String input) {
        return Printer.ascii(Symgrad.simplify(Symgrad.parse(input)));
    }

    @Test
    void exponentialFormsOfCompositeArgumentsReadAsSigmaAndSoftplus() {
        assertEquals("sigma(a*x)", simplified("exp(a*x)/(1 + exp(a*x))"));
        assertEquals("softplus(a*x + b)", simplified("log(1 + exp(a*x + b))"));
        assertEquals("sigma(a*x)*(1 - sigma(a*x))", simplified("exp(-a*x)/(1 + exp(-a*x))^2"));
        // σ's argument as the input wrote it (WrittenTermOrder)
        assertDerives("derive log(1 + exp(w*x + c)) wrt w", "x*sigma(w*x + c)", Map.of());
        assertDerives("derive exp(a*x)/(1 + exp(a*x)) wrt x", "a*sigma(a*x)*(1 - sigma(a*x))", Map.of());
    }

    @Test
    void logOfSigmoidOverItsComplementIsTheLogit() {
        assertEquals("b", simplified("log(sigma(b)) - log(1 - sigma(b))"));
        assertEquals("-b", simplified("log(1 - sigma(b)) - log(sigma(b))"));
        assertEquals("b*y", simplified("y*log(sigma(b)) - y*log(1 - sigma(b))"));
        assertDerives("derive sigma(b)*log(sigma(b)) + (1 - sigma(b))*log(1 - sigma(b)) wrt b",
                "b*sigma(b)*(1 - sigma(b))", Map.of());
    }

    // ---- factored forms

    @Test
    void aSumWithACommonAtomAndAConstantKeepsTheAtomFactored() {
        assertDerives("derive silu(x) wrt x", "sigma(x)*(1 + x*(1 - sigma(x)))", Map.of());
        assertDerives("derive x*tanh(x) wrt x", "tanh(x) + x*(1 - tanh(x)^2)", Map.of());
        assertEquals("1 + a*(1 - b)", simplified("a - a*b + 1"));
        assertEquals("a*b + a + c", simplified("a + a*b + c"));
    }

    /** Ramachandran et al. (2017), the swish paper: f′(x) = σ(x) + x σ(x)(1 − σ(x)), the product rule's sum. */
    @Test
    void theProductRulesSumIsKeptWhereFactoringWouldNestBrackets() {
        assertDerives("derive x*sigma(x) wrt x", "sigma(x) + x*sigma(x)*(1 - sigma(x))", Map.of());
        assertDerives("derive x*exp(x) wrt x", "exp(x)*(1 + x)", Map.of());
    }
}
