package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.rewrite.PositiveRoots;
import org.symgrad.rewrite.Rewriter;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.Trace;
import org.symgrad.simplify.NumberFolding;
import org.symgrad.simplify.Simplifier;
import org.symgrad.simplify.WrittenDifferences;
import org.symgrad.simplify.WrittenFunctions;

/**
 * The steps of a derivation whose change is more than the rules they cite explain — a reader
 * cannot follow them. Each step is checked against what it cites:
 * <ul>
 *   <li>a differentiation step (its expression before holds a derivative) applies one rule of
 *       {@link org.symgrad.diff.DiffRules} by construction;</li>
 *   <li>a step citing rules of the book ({@link RuleBook}: δ contraction, function identities, the
 *       exp/log laws) must be what re-applying only those rules to the expression before gives,
 *       up to the order of terms and factors ({@link StepLog#key});</li>
 *   <li>a step citing arithmetic only (expand, collect, cancel, combine fractions, factor, …)
 *       brings in no function and no variable the expression before did not show;</li>
 *   <li>a step citing rules of the book and arithmetic ({@code sign-times-power, collect-like-terms})
 *       is the book's rules re-applied to the expression before — they change it — followed by
 *       arithmetic, which brings in nothing the rules' result did not show;</li>
 *   <li>a step citing a write-back in names (σ from exp, a defined name, an assumption) starts
 *       from a form its arithmetic is done in: simplifying the expression before without writing
 *       back gives it again, so the step rewrites in names and does nothing else; or, after the
 *       stage within terms, each term is in its arithmetic form and the step is each term written
 *       back on its own (inside a Σ the whole may settle otherwise: −Σ_n e^{−u_n}/(1 + e^{−u_n})
 *       reads Σ_n 1/(1 + e^{u_n}) to the simplifier).</li>
 * </ul>
 * A step that fails its check is a leap; the derivation should show it as several named steps.
 */
public final class StepLeaps {
    /** One leap: the step's position in the derivation (0 is the start), its rule and why it is one. */
    public record Leap(int step, String rule, String why) {
    }

    private static final Map<String, List<Rule>> BOOK = book();
    private static final Set<String> ARITHMETIC = arithmetic();
    private static final String QUOTIENT_AS_FUNCTION = "quotient-as-function";

    private final Simplifier arithmeticForm;
    /** {@link #arithmeticForm} with its write-back in names. */
    private final Simplifier writtenBack;

    private StepLeaps(Simplifier writtenBack) {
        this.writtenBack = writtenBack;
        this.arithmeticForm = writtenBack.arithmeticOnly();
    }

    /** A checker whose arithmetic form is that of the plain simplifier's earlier stages. */
    public static StepLeaps checker() {
        return new StepLeaps(Simplifier.plain().forEarlierStages());
    }

    /** The leaps among {@code d}'s own steps (its sub-derivations are derivations of their own). */
    public List<Leap> of(Derivation d) {
        List<Leap> out = new ArrayList<>();
        List<Step> steps = d.steps();
        Expr before = d.start();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String why = why(before, step);
            if (why != null) {
                out.add(new Leap(i, step.rule(), why));
            }
            before = step.expr();
        }
        return out;
    }

    /** Whether the change from {@code before} to {@code step} is more than the rules it cites explain. */
    boolean leaps(Expr before, Step step) {
        return why(before, step) != null;
    }

    /** Why the change from {@code before} to {@code step} is more than its rules explain; null if they do. */
    private String why(Expr before, Step step) {
        Expr after = step.expr();
        if (Exprs.any(before, e -> e instanceof Derivative) || StepLog.key(before).equals(StepLog.key(after))) {
            return null;
        }
        List<String> rules = step.rules();
        if (rules.stream().allMatch(BOOK::containsKey)) {
            return reapplied(rules, before, after) ? null : "the cited rules alone do not give it";
        }
        if (rules.stream().allMatch(ARITHMETIC::contains)) {
            return broughtIn(before, after, rules);
        }
        if (rules.stream().allMatch(r -> BOOK.containsKey(r) || ARITHMETIC.contains(r))) {
            // rules of the book and arithmetic: the book's rules re-applied, and the rest arithmetic; a factor
            // shown twice is read as its square (sign(z)·sign(z), where the derivative of abs stood beside sign(z),
            // is the sign(z)² the sign law takes)
            if (!bookApplies(rules, before)) {
                return "the cited rules of the book do not apply";
            }
            return broughtIn(reapplication(rules, repeatedFactorsAsPowers(before)), after, rules);
        }
        // the derivation shows every step with its differences turned as the input wrote them
        // (WrittenDifferences): σ(−g(s_i − s_j)) where the simplifier writes σ(g(s_j − s_i)); the
        // forms the check makes are read the same way, turned as the line before writes them
        java.util.function.UnaryOperator<Expr> shown = e -> StepLog.key(WrittenDifferences.turned(before, e));
        Expr settled = arithmeticForm.simplify(before);
        Expr key = StepLog.key(before);
        if (StepLog.key(settled).equals(key) || shown.apply(settled).equals(key)) {
            return null;
        }
        // the write-back of the stage within terms (Deriver): from each term's arithmetic form, each term written back
        return shown.apply(Deriver.termwise(before, arithmeticForm, Trace.NONE)).equals(key)
                && shown.apply(Deriver.termwise(before, writtenBack, Trace.NONE)).equals(StepLog.key(after))
                ? null : "does arithmetic besides " + step.rule();
    }

    /**
     * Whether {@code rules}, all of the book, re-applied to {@code before} give {@code after} up to the
     * order of terms and factors: a step citing them alone does only what they do.
     */
    static boolean reapplied(List<String> rules, Expr before, Expr after) {
        return StepLog.key(reapplication(rules, before)).equals(StepLog.key(after));
    }

    /**
     * Whether the rules of the book among {@code rules} change {@code before}, a factor it shows twice read as
     * its square: a step citing them beside arithmetic starts where they apply.
     */
    static boolean bookApplies(List<String> rules, Expr before) {
        Expr squared = repeatedFactorsAsPowers(before);
        return !StepLog.key(reapplication(rules, squared)).equals(StepLog.key(squared));
    }

    /** {@code before} with the rules of the book among {@code rules} applied to a fixpoint, its numbers folded. */
    private static Expr reapplication(List<String> rules, Expr before) {
        List<Rule> cited = rules.stream().filter(BOOK::containsKey).flatMap(r -> BOOK.get(r).stream()).toList();
        return NumberFolding.apply(Rewriter.bottomUp(cited, before, 10_000, Trace.NONE).result());
    }

    /** {@code e} with the factors a product shows more than once written as one power ({@code u·u} as {@code u²}). */
    static Expr repeatedFactorsAsPowers(Expr e) {
        Expr kids = Exprs.mapChangedChildren(e, StepLeaps::repeatedFactorsAsPowers);
        if (!(kids instanceof org.symgrad.expr.Mul m)) {
            return kids;
        }
        java.util.Map<Expr, Integer> counts = new java.util.LinkedHashMap<>();
        List<Expr> numbers = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (f instanceof org.symgrad.expr.Num) {
                numbers.add(f);
            } else {
                counts.merge(f, 1, Integer::sum);
            }
        }
        if (counts.size() + numbers.size() == m.factors().size()) {
            return kids;
        }
        List<Expr> factors = new ArrayList<>(numbers);
        counts.forEach((f, k) -> factors.add(k == 1 ? f : new org.symgrad.expr.Pow(f, new org.symgrad.expr.Num(
                org.symgrad.expr.Rational.of(k)))));
        return factors.size() == 1 ? factors.get(0) : new org.symgrad.expr.Mul(factors);
    }

    /** Why arithmetic citing {@code rules} does not explain {@code before} to {@code after}: the names it brings in; null if none. */
    private static String broughtIn(Expr before, Expr after, List<String> rules) {
        Set<String> brought = names(after);
        brought.removeAll(names(before));
        // a quotient written as the function it is (sinh/cosh = tanh) brings in that function only
        if (rules.contains(QUOTIENT_AS_FUNCTION)) {
            brought.removeIf(n -> n.endsWith("()"));
        }
        // a function written back by the name the input gave it, its formula read as it (log(1 − x) = log1p(−x)),
        // brings in that name only: a function whose canonical form is another form
        if (rules.contains(WrittenFunctions.FUNCTION_AS_WRITTEN)) {
            brought.removeIf(n -> n.endsWith("()") && FunctionRegistry.lookup(n.substring(0, n.length() - 2))
                    .flatMap(KnownFunction::canonicalForm).isPresent());
        }
        return brought.isEmpty() ? null : "brings in " + brought + ", which arithmetic does not";
    }

    /** The rules of the book named {@code name} as a step citing it applies them; empty if none is. */
    static List<Rule> book(String name) {
        return BOOK.getOrDefault(name, List.of());
    }

    /** The functions, variables and δs {@code e} shows, by name. */
    static Set<String> names(Expr e) {
        Set<String> out = new TreeSet<>();
        names(e, out);
        return out;
    }

    private static void names(Expr e, Set<String> out) {
        switch (e) {
            case Fn f -> out.add(f.name() + "()");
            case Variable v -> out.add(v.name());
            case Delta d -> out.add("δ");
            default -> {
            }
        }
        Exprs.children(e).forEach(c -> names(c, out));
    }

    private static Map<String, List<Rule>> book() {
        List<Rule> rules = new ArrayList<>(RuleBook.ALL);
        rules.addAll(RuleBook.DELTA_RULES);
        rules.add(RuleBook.DELTA_CONTRACTION);
        // a function written by its registry definition (definition-of-softmax: softmax(z)_k → exp(z_k)/Σ_j exp(z_j))
        // is a rule a step cites and re-applies like the book's
        rules.addAll(RuleBook.DEFINITIONS);
        Map<String, List<Rule>> out = rules.stream().collect(Collectors.groupingBy(Rule::name,
                java.util.LinkedHashMap::new, Collectors.mapping(Function.identity(), Collectors.toList())));
        // a δ contraction step applies the δ rules together, as the derivation does
        out.put(RuleBook.DELTA_CONTRACTION.name(), RuleBook.DELTA_RULES);
        return Map.copyOf(out);
    }

    private static Set<String> arithmetic() {
        Set<String> out = new java.util.HashSet<>(RuleBook.ARITHMETIC.keySet());
        PositiveRoots.LAWS.forEach(r -> out.add(r.name()));
        // a constant factor taken into the cases of a case split is the distributive law c·where(p, u, v) =
        // where(p, c·u, c·v), as expanding a product is: it brings in nothing
        out.add(org.symgrad.rewrite.StepLaws.CONSTANT_INTO_CASES);
        return Set.copyOf(out);
    }
}
