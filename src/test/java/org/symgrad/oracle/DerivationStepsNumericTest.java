package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.diff.DiffRules;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.print.Printer;
import org.symgrad.report.Format;
import org.symgrad.report.Report;
import org.symgrad.functions.Inverse;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.testing.RandomExprs;

/**
 * Issue 4, item 2: every step of every derivation of every example — sub-derivations included —
 * evaluates (definitions substituted, unevaluated derivatives by finite differences) to the true
 * derivative at random points; every SPEC §4 target shows at least two named steps; every rule a
 * step cites is kebab-case and in the fixed vocabulary.
 */
class DerivationStepsNumericTest {
    private static final long[] SEEDS = {21, 22};
    private static final int N = 3;
    private static final int MAX_BINDINGS = 12;
    private static final Pattern KEBAB = Pattern.compile("[a-z]+(-[a-z]+)*");

    /**
     * The rules a step may cite: those of {@link DiffRules}, {@code derivative-of-f} for each known
     * function ({@link KnownFunction#derivativeRule}), the write-backs in named functions, every
     * rule of the {@link RuleBook} and its named arithmetic, and the grouping steps of
     * {@link Deriver} ({@code derivative} for the start, {@code differentiate} for grouped or inner
     * differentiation, {@code assumption}, {@code substitute-definition}) — never a catch-all
     * {@code simplify}.
     */
    static final Set<String> VOCABULARY = vocabulary();

    private static Set<String> vocabulary() {
        Set<String> v = new LinkedHashSet<>(List.of(DiffRules.CONSTANT, DiffRules.DERIVATIVE_OF_VARIABLE,
                DiffRules.INDEX_DERIVATIVE, DiffRules.DEFINITION, DiffRules.SUM_RULE, DiffRules.CONSTANT_FACTOR,
                DiffRules.QUOTIENT_RULE, DiffRules.PRODUCT_RULE, DiffRules.POWER_RULE, DiffRules.EXPONENTIAL_RULE,
                DiffRules.GENERAL_POWER_RULE, DiffRules.CHAIN_RULE, DiffRules.DERIVATIVE_OF_SUM,
                DiffRules.DERIVATIVE_OF_ABSTRACT_FUNCTION));
        for (KnownFunction f : FunctionRegistry.ALL) {
            v.add(f.derivativeRule());
            f.inverses().stream().map(Inverse::name).forEach(v::add);
        }
        RuleBook.ALL.stream().map(Rule::name).forEach(v::add);
        v.addAll(RuleBook.ARITHMETIC.keySet());
        v.addAll(RuleBook.WRITE_BACKS.keySet());
        v.addAll(org.symgrad.rewrite.StepLaws.CASE_SPLITS.keySet());
        RuleBook.DEFINITIONS.stream().map(Rule::name).forEach(v::add);
        v.addAll(List.of("derivative", "differentiate", "assumption", "substitute-definition"));
        return Set.copyOf(v);
    }

    static Stream<ExampleDerivations.Case> cases() {
        return ExampleDerivations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStepEqualsTheTrueDerivative(ExampleDerivations.Case c) {
        Oracle oracle = c.oracle(N);
        int checked = checkSteps(c.derivation(), oracle, "");
        assertTrue(checked >= c.derivation().steps().size(), "checked " + checked + " step values");
    }

    /** Checks {@code d}'s steps and, recursively, its sub-derivations'; returns how many values were compared. */
    private static int checkSteps(Derivation d, Oracle oracle, String path) {
        int checked = 0;
        for (int i = 0; i < d.inner().size(); i++) {
            checked += checkSteps(d.inner().get(i), oracle, path + "inner " + i + " (d" + Printer.ascii(d.inner().get(i).of())
                    + "/d" + Printer.ascii(d.inner().get(i).wrt()) + ") / ");
        }
        Set<String> held = Set.of(Oracle.nameOf(d.wrt()));
        for (long seed : SEEDS) {
            Environment base = oracle.environment(seed);
            for (Map<String, Integer> b : oracle.bindings(Oracle.freeIndices(d.of(), d.wrt()), MAX_BINDINGS, seed)) {
                Environment env = Oracle.bind(base, b);
                double truth = oracle.derivative(d.of(), d.wrt(), env);
                assertTrue(Double.isFinite(truth), path + "finite difference at " + b);
                for (int s = 0; s < d.steps().size(); s++) {
                    Step step = d.steps().get(s);
                    double value = oracle.value(step.expr(), held, env);
                    if (!Oracle.close(truth, value)) {
                        fail(path + "step " + s + " (" + step.rule() + ") " + Printer.ascii(step.expr())
                                + "\n  at seed " + seed + ", " + b + ": value " + value + ", true derivative " + truth);
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    /** SPEC §4 rows whose derivation shows at least two named steps with {@code --steps}. */
    static Stream<Arguments> multiStepRows() {
        return SpecRowsNumericTest.ROWS.stream().filter(r -> !ELEMENTARY.contains(r.input()))
                .map(r -> Arguments.of(r));
    }

    /** Rows that are one table lookup: {@code ∂σ(x)/∂x}, {@code ∂softplus(x)/∂x}, {@code ∂tanh(x)/∂x}. */
    private static final Set<String> ELEMENTARY = Set.of("sigma(x)", "softplus(x)", "tanh(x)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiStepRows")
    void specTargetShowsAtLeastTwoNamedSteps(SpecRowsNumericTest.Row row) {
        assertAtLeastTwoNamedSteps(row);
    }

    @Test
    void elementarySpecTargetsShowAtLeastTwoNamedSteps() {
        for (SpecRowsNumericTest.Row row : SpecRowsNumericTest.ROWS) {
            if (ELEMENTARY.contains(row.input())) {
                assertAtLeastTwoNamedSteps(row);
            }
        }
    }

    private static void assertAtLeastTwoNamedSteps(SpecRowsNumericTest.Row row) {
        Derivation d = ExampleDerivations.of(ExampleDerivations.EXAMPLES.resolve(row.script())).get(row.ordinal())
                .derivation();
        String json = new Report(Format.JSON, true).derivation(d);
        List<String> rules = new ArrayList<>();
        Matcher m = Pattern.compile("\"rule\":\"([^\"]*)\"").matcher(json);
        while (m.find()) {
            rules.add(m.group(1));
        }
        assertTrue(rules.size() >= 2, row + " shows " + rules.size() + " named step(s) " + rules + ": " + json);
        assertTrue(rules.stream().allMatch(r -> !r.isBlank()), "blank rule in " + rules);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyExampleStepCitesAKebabCaseRuleFromTheVocabulary(ExampleDerivations.Case c) {
        assertRulesInVocabulary(c.derivation(), c.toString());
    }

    @Test
    void randomScalarDerivationsCiteRulesFromTheVocabulary() {
        RandomExprs gen = new RandomExprs(4242L);
        for (int i = 0; i < 150; i++) {
            Expr e = gen.next(3);
            Sym wrt = new Sym(RandomExprs.VARIABLES.get(i % 3));
            assertRulesInVocabulary(Deriver.plain().derive(e, wrt), Printer.ascii(e));
        }
    }

    @Test
    void abstractFunctionDerivativesCiteAVocabularyRule() {
        for (String f : List.of("L(x)", "f(x)*x")) {
            assertRulesInVocabulary(Deriver.plain().derive(org.symgrad.parse.Parser.parseExpression(f), new Sym("x")), f);
        }
    }

    @Test
    void stepsOfRandomIndexDerivationsEqualTheTrueDerivative() {
        RandomExprs gen = new RandomExprs(97L);
        Expr xj = new org.symgrad.expr.Indexed("x", List.of("j"));
        Oracle oracle = new Oracle(org.symgrad.derive.Definitions.none(), Set.of(), N);
        for (int t = 0; t < 80; t++) {
            Expr e = gen.nextIndexed(t % 2 == 0 ? Set.of() : Set.of("i"), 3);
            Derivation d = Deriver.plain().derive(e, xj);
            assertRulesInVocabulary(d, Printer.ascii(e));
            Environment base = oracle.environment(t);
            for (Map<String, Integer> b : oracle.bindings(Set.of("i", "j"), 9, t)) {
                Environment env = Oracle.bind(base, b);
                double truth = oracle.derivative(e, xj, env);
                if (!Double.isFinite(truth) || Math.abs(truth) > 1e6) {
                    continue;
                }
                for (Step step : d.steps()) {
                    double value = oracle.value(step.expr(), Set.of("x"), env);
                    if (!Oracle.close(truth, value)) {
                        fail("d/dx_j of " + Printer.ascii(e) + ": step (" + step.rule() + ") " + Printer.ascii(step.expr())
                                + "\n  at " + b + ": value " + value + ", true derivative " + truth);
                    }
                }
            }
        }
    }

    private static void assertRulesInVocabulary(Derivation d, String where) {
        for (Step s : d.steps()) {
            // a step that applies several rules cites each ("pull-factor-out-of-sum, factor-out-common-factor")
            assertTrue(!s.rules().isEmpty(), where + ": a step cites no rule");
            for (String rule : s.rules()) {
                assertTrue(KEBAB.matcher(rule).matches(), where + ": rule '" + rule + "' of '" + s.rule() + "' is not kebab-case");
                assertTrue(VOCABULARY.contains(rule), where + ": rule '" + rule + "' of '" + s.rule()
                        + "' is not in the vocabulary " + VOCABULARY);
            }
        }
        for (Derivation inner : d.inner()) {
            assertRulesInVocabulary(inner, where);
        }
    }
}
