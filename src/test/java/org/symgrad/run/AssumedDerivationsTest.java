package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Step;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * The assumptions of SPEC §8 reach {@code derive} and {@code simplify} in scripts, not only
 * {@code check}: each kind changes the result into the form the assumption permits, the step that
 * used it cites it ("assumption: y in {0, 1}"), and both results — with and without the
 * assumption — are the true derivative, the one with it at the points that satisfy it (drawn by
 * the checker's own sampler), by central finite differences at every index assignment.
 */
class AssumedDerivationsTest {
    /** Dimension of the index range at the sampled points. */
    private static final int N = 3;
    private static final int POINTS = 6;

    /**
     * A script's definitions, the assumption line, the derive statement, the sampler's constraints
     * of the assumption, the result without and with it (ASCII), and the rule its step cites.
     */
    record Case(String definitions, String assume, String derive, List<Sampling.Constraint> facts,
                String without, String with, String cites) {
    }

    static Stream<Arguments> cases() {
        String softmax = "let y_i = exp(z_i)/sum(k, exp(z_k))\n";
        return Stream.of(
                new Case("let p = sigma(z)\n", "assume y in {0, 1}", "derive y*(y - p)^2 wrt z",
                        List.of(new Sampling.TwoValued("y", 0, 1)),
                        "2*p*y*(1 - p)*(p - y)", "-2*p*y*(1 - p)^2", "assumption: y in {0, 1}"),
                new Case("", "assume s in {-1, 1}", "derive s^2*log(1 + exp(-s*w*x)) wrt w",
                        List.of(new Sampling.TwoValued("s", -1, 1)),
                        "-x*s^3*(1 - sigma(s*w*x))", "-s*x*(1 - sigma(s*w*x))", "assumption: s in {-1, 1}"),
                new Case(softmax, "assume t one-hot", "derive -sum(i, t_i*log(y_i)) wrt z_j",
                        List.of(new Sampling.OneHot("t")),
                        "y_j*sum(i, t_i) - t_j", "y_j - t_j", "assumption: t one-hot"),
                new Case(softmax, "assume t simplex", "derive -sum(i, t_i*log(y_i)) wrt z_j",
                        List.of(new Sampling.Simplex("t")),
                        "y_j*sum(i, t_i) - t_j", "y_j - t_j", "assumption: t simplex"),
                new Case("", "assume t one-hot", "derive sum(i, sum(j, t_i*t_j*w_i*w_j)) wrt w_a",
                        List.of(new Sampling.OneHot("t")),
                        "2*t_a*sum(i, t_i*w_i)", "2*t_a*w_a", "assumption: t one-hot"),
                new Case("", "assume x > 0\nassume w > 0", "derive w*log(x*w) wrt w",
                        List.of(new Sampling.Positive("x"), new Sampling.Positive("w")),
                        "1 + log(x*w)", "log(w) + log(x) + 1", "assumption: x > 0, assumption: w > 0"),
                new Case("", "assume x > 0", "derive w*sqrt(x^2) + w*abs(x) wrt w",
                        List.of(new Sampling.Positive("x")),
                        "(x^2)^(1/2) + abs(x)", "2*x", "assumption: x > 0"),
                new Case("", "assume x > 0\nassume y > 0", "derive w*sqrt(2*pi*x^2*y^2) wrt w",
                        List.of(new Sampling.Positive("x"), new Sampling.Positive("y")),
                        "(2*pi*x^2*y^2)^(1/2)", "x*y*(2*pi)^(1/2)", "assumption: x > 0, assumption: y > 0"),
                new Case("", "assume x >= 0", "derive w*abs(x) wrt w",
                        List.of(new Sampling.NonNegative("x")),
                        "abs(x)", "x", "assumption: x >= 0"),
                new Case("", "assume 0 < q < 1", "derive w*abs(q)*abs(1 + q) wrt w",
                        List.of(new Sampling.UnitInterval("q")),
                        "abs(q)*abs(1 + q)", "q*(1 + q)", "assumption: 0 < q < 1"),
                new Case("", "assume C symmetric", "derive sum(i, sum(j, x_i*C_{ij}*x_j)) wrt x_a",
                        List.of(new Sampling.Symmetric("C")),
                        "sum(i, x_i*(C_{ai} + C_{ia}))", "2*sum(j, C_{aj}*x_j)", "assumption: C symmetric"),
                // (Cx)_a sums over C's column j, as the input's Σ_j did (WrittenBoundNames)
                new Case(softmax, "assume i != j", "derive y_i wrt z_j",
                        List.of(new Sampling.Distinct("i", "j")),
                        "y_i*(delta(i,j) - y_j)", "-y_i*y_j", "assumption: i != j"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eachAssumptionChangesTheDerivativeIntoWhatItPermits(Case c) {
        Outcome.Derived plain = derived(c.definitions() + c.derive() + "\n");
        Outcome.Derived assumed = derived(c.definitions() + c.assume() + "\n" + c.derive() + "\n");
        Expr without = plain.derivation().result();
        Expr with = assumed.derivation().result();
        assertEquals(c.without(), Printer.ascii(without));
        assertEquals(c.with(), Printer.ascii(with));
        assertNotEquals(without, with);
        // both are the derivative: the first everywhere, the second where the assumption holds
        Expr of = assumed.derivation().of();
        Expr wrt = assumed.derivation().wrt();
        Definitions defs = assumed.scope().definitions();
        assertDerivative(defs, of, wrt, without, Sampling.NONE);
        Sampling facts = Sampling.NONE;
        for (Sampling.Constraint f : c.facts()) {
            facts = facts.with(f);
        }
        assertDerivative(defs, of, wrt, with, facts);
        // the step that used it cites it
        List<String> cited = assumed.derivation().steps().stream().map(Step::rule).toList();
        assertTrue(cited.contains(c.cites()), "cites " + c.cites() + ": " + cited);
        assertTrue(plain.derivation().steps().stream().noneMatch(s -> s.rule().startsWith("assumption")));
    }

    @Test
    void theDiagonalBranchWritesOneIndexForBoth() {
        String script = "let y_i = exp(z_i)/sum(k, exp(z_k))\nassume i = j\nderive y_i wrt z_j\n";
        Outcome.Derived d = derived(script);
        assertEquals("z_i", Printer.ascii(d.derivation().wrt()));
        assertEquals("y_i*(1 - y_i)", Printer.ascii(d.derivation().result()));
        assertDerivative(d.scope().definitions(), d.derivation().of(), d.derivation().wrt(),
                d.derivation().result(), Sampling.NONE);
    }

    @Test
    void simplifyUsesTheFactsToo() {
        List<Outcome> out = new ScriptRunner().run(Parser.parseScript(
                "assume y in {0, 1}\nassume t one-hot\nassume x > 0\nassume C symmetric\n"
                        + "simplify y^3 - y*(1 - y)\nsimplify t_i*t_j\nsimplify log(2*x^3)\nsimplify C_{ji} - C_{ij}\n"));
        List<String> results = out.stream().map(o -> Printer.ascii(((Outcome.Simplified) o).result())).toList();
        assertEquals(List.of("y", "t_i*delta(i,j)", "log(2) + 3*log(x)", "0"), results);
        // a root of a product splits where every factor is positive: a constant or an assumed name
        List<Outcome> roots = new ScriptRunner().run(Parser.parseScript(
                "assume x > 0\nassume y >= 0\nsimplify sqrt(2*x)*sqrt(pi*y) - sqrt(2*pi*x*y)\nsimplify sqrt(x*z)\n"));
        assertEquals(List.of("0", "(x*z)^(1/2)"),
                roots.stream().map(o -> Printer.ascii(((Outcome.Simplified) o).result())).toList());
    }

    @Test
    void theStepCitesTheFactInEveryFormat() {
        Outcome.Derived d = derived("let p = sigma(z)\nassume y in {0, 1}\nderive y*(y - p)^2 wrt z\n");
        Step last = d.derivation().steps().get(d.derivation().steps().size() - 1);
        assertEquals("assumption: y in {0, 1}", last.rule());
        assertEquals("assumption: y ∈ {0, 1}", org.symgrad.report.RuleNames.text(last.rule()));
        assertEquals("assumption: $y \\in \\{0, 1\\}$", org.symgrad.report.RuleNames.latex(last.rule()));
        assertEquals(List.of("assumption: y in {0, 1}", "chain-rule"), new Step("assumption: y in {0, 1}, chain-rule",
                last.expr()).rules());
    }

    private static Outcome.Derived derived(String script) {
        List<Outcome> out = new ScriptRunner().run(Parser.parseScript(script));
        return (Outcome.Derived) out.get(out.size() - 1);
    }

    /**
     * {@code result} equals the central finite difference of {@code of} by {@code wrt} at sampled
     * points that satisfy {@code facts}, at every index assignment they admit; definitions expanded.
     */
    static void assertDerivative(Definitions defs, Expr of, Expr wrt, Expr result, Sampling facts) {
        Expr f = defs.expand(of);
        Expr r = defs.expand(result);
        Set<String> free = new TreeSet<>(Indices.free(f));
        free.addAll(Indices.free(r));
        free.addAll(Indices.free(wrt));
        List<String> names = new ArrayList<>(free);
        int compared = 0;
        for (long seed = 1; seed <= 4 * POINTS; seed++) {
            for (Map<String, Integer> b : assignments(names)) {
                if (!facts.admits(b)) {
                    continue;
                }
                Environment env = Environment.random(seed, N);
                for (Map.Entry<String, Integer> e : b.entrySet()) {
                    env = env.withBinding(e.getKey(), e.getValue());
                }
                env = facts.apply(env);
                double expected = centralDifference(f, wrt, env);
                double actual = Evaluator.evaluate(r, env);
                if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
                    continue;
                }
                compared++;
                assertEquals(expected, actual, 1e-6 * Math.max(1, Math.abs(expected)),
                        Printer.ascii(result) + " at " + b + ", seed " + seed);
            }
        }
        assertTrue(compared >= POINTS, "compared at " + compared + " points only");
    }

    private static List<Map<String, Integer>> assignments(List<String> names) {
        List<Map<String, Integer>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (String n : names) {
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Map<String, Integer> m : out) {
                for (int v = 1; v <= N; v++) {
                    Map<String, Integer> c = new LinkedHashMap<>(m);
                    c.put(n, v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    /** {@code ∂f/∂wrt} at {@code env} by a central difference with one Richardson step. */
    static double centralDifference(Expr f, Expr wrt, Environment env) {
        double h = 1e-3;
        double d1 = (shifted(f, wrt, env, h) - shifted(f, wrt, env, -h)) / (2 * h);
        double d2 = (shifted(f, wrt, env, h / 2) - shifted(f, wrt, env, -h / 2)) / h;
        return (4 * d2 - d1) / 3;
    }

    private static double shifted(Expr f, Expr wrt, Environment env, double by) {
        Environment moved = switch (wrt) {
            case Sym s -> env.withScalar(s.name(), env.scalar(s.name()) + by);
            case Indexed x -> {
                int[] at = x.indices().stream().mapToInt(i -> env.binding(i).getAsInt()).toArray();
                yield env.withIndexed(x.name(), env.indexed(x.name(), at) + by, at);
            }
            default -> throw new IllegalArgumentException("not a variable: " + wrt);
        };
        return Evaluator.evaluate(f, moved);
    }
}
