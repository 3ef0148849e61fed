package org.symgrad.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.rewrite.PositiveRoots;
import org.symgrad.rewrite.Rewriter;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;

/**
 * The label of a simplification stage of a derivation, from what the engine reported doing (its
 * {@link Trace}) between the line before and the line the stage writes. An arithmetic stage cites
 * every rule it applied ({@code pull-factor-out-of-sum, factor-out-common-factor}), not only the
 * first; a stage that writes back in names cites the write-backs (its arithmetic is the step before
 * it). The engine reports some rules wherever it looks, so a label leaves out:
 * <ul>
 *   <li>{@code quotient-as-function}, unless the stage wrote a function the line before did not show;</li>
 *   <li>a rule of the book that explains nothing of the change: applied to the line before, it changes
 *       nothing, and no function its left side names is fewer after the stage than before;</li>
 *   <li>the exp law where no exp changed, multiplying powers where no power changed, collecting like
 *       terms where no sum of terms changed ({@code 3 sign(x)|x|² = 3x|x|} collects nothing), an operation on
 *       sums where no Σ changed; splitting and merging (or gathering) sums where a stage did both
 *       and left as many sums as it found;</li>
 *   <li>the laws of constant roots ({@link PositiveRoots}), which fire wherever √(2π) is normalised:
 *       they name a stage only when nothing else happened in it.</li>
 * </ul>
 */
final class StageNames {
    static final String QUOTIENT_AS_FUNCTION = "quotient-as-function";
    /** Most rule applications when a rule of the book is tried on the line before. */
    private static final int BUDGET = 10_000;
    private static final Set<String> CANONICAL_ROOTS = PositiveRoots.LAWS.stream().map(Rule::name)
            .collect(Collectors.toUnmodifiableSet());

    private StageNames() {
    }

    /**
     * The label of an arithmetic stage from {@code before} to {@code after}: every rule it applied,
     * those of the book and the write-backs first, then the arithmetic in the order the engine
     * reported it; the first of {@code fallback} where it reported none.
     */
    static String arithmetic(TraceRecorder trace, List<String> fallback, Expr before, Expr after) {
        List<String> named = new ArrayList<>(others(trace, before, after));
        List<String> operations = operations(trace, before, after);
        named.addAll(operations);
        if (operations.isEmpty() && !named.isEmpty() && named.stream().allMatch(r -> !StepLeaps.book(r).isEmpty())
                && !StepLeaps.reapplied(named, before, after)) {
            // the normaliser's arithmetic after the book's rules, which it does not report (2·x/2 = x): named too
            named.add(label(trace, List.of(), fallback));
        }
        return label(trace, named, fallback);
    }

    /**
     * The label of a stage that writes its line back in names ({@code σ} from exp, a defined name):
     * the write-backs it applied, or as {@link #arithmetic} where it applied none.
     */
    static String writeBack(TraceRecorder trace, List<String> fallback, Expr before, Expr after) {
        List<String> named = others(trace, before, after);
        return named.isEmpty() ? arithmetic(trace, fallback, before, after) : label(trace, named, fallback);
    }

    /**
     * The name of a stage that applies one rule of the book or one write-back: the first such rule the
     * engine applied, else the first operation of {@code arithmetic} it reported, else the first of those.
     */
    static String first(TraceRecorder trace, List<String> arithmetic) {
        for (String rule : trace.fired()) {
            if (!RuleBook.ARITHMETIC.containsKey(rule) && !CANONICAL_ROOTS.contains(rule)) {
                return rule;
            }
        }
        for (String operation : arithmetic) {
            if (trace.fired().contains(operation)) {
                return operation;
            }
        }
        return label(trace, List.of(), arithmetic);
    }

    private static String label(TraceRecorder trace, List<String> named, List<String> fallback) {
        if (!named.isEmpty()) {
            return String.join(Step.RULES_SEPARATOR, named);
        }
        for (String rule : trace.fired()) {
            if (CANONICAL_ROOTS.contains(rule)) {
                return rule;
            }
        }
        return fallback.stream().filter(r -> !r.equals(QUOTIENT_AS_FUNCTION)).findFirst().orElse(fallback.get(0));
    }

    /** The rules of the book, assumptions and write-backs reported, in order, each once, that explain part of the change. */
    private static List<String> others(TraceRecorder trace, Expr before, Expr after) {
        List<String> out = new ArrayList<>();
        for (String rule : new LinkedHashSet<>(trace.fired())) {
            if (RuleBook.ARITHMETIC.containsKey(rule) || CANONICAL_ROOTS.contains(rule)) {
                continue;
            }
            List<Rule> book = StepLeaps.book(rule);
            if (book.isEmpty() || explains(book, before, after)) {
                out.add(rule);
            }
        }
        return out;
    }

    /** The arithmetic operations reported, in order, each once. */
    private static List<String> operations(TraceRecorder trace, Expr before, Expr after) {
        Set<String> brought = StepLeaps.names(after);
        brought.removeAll(StepLeaps.names(before));
        boolean wroteFunction = brought.stream().anyMatch(n -> n.endsWith("()"));
        List<String> out = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>(trace.fired());
        // a sum split and gathered again within the stage (to pull a factor out), as many sums as before: neither
        Set<Integer> directions = new java.util.HashSet<>();
        fired.stream().filter(SUM_COUNT::containsKey).forEach(r -> directions.add(SUM_COUNT.get(r)));
        int sums = Integer.compare(Exprs.count(after, SUMS), Exprs.count(before, SUMS));
        for (String rule : fired) {
            if (RuleBook.ARITHMETIC.containsKey(rule) && (wroteFunction || !rule.equals(QUOTIENT_AS_FUNCTION))
                    && (!WORKS_ON.containsKey(rule) || changed(before, after, WORKS_ON.get(rule)))
                    && (!WRITES.containsKey(rule) || !parts(before, WRITES.get(rule)).containsAll(parts(after, WRITES.get(rule))))
                    && (!SUM_COUNT.containsKey(rule) || directions.size() < 2 || sums != 0)) {
                out.add(rule);
            }
        }
        return out;
    }

    /** The operations that leave more sums than they found (+1) or fewer (−1). */
    private static final Map<String, Integer> SUM_COUNT = Map.of("split-sum", 1, "merge-sums", -1, "gather-sums", -1);

    private static final Predicate<Expr> SUMS = e -> e instanceof IndexSum;

    /**
     * The parts of an expression some operations work on: one is cited only where those parts
     * changed — collecting like terms where a sum of terms did, the exp law where an exp did ({@code exp(−x)} is {@code exp(x)^{−1}} to the
     * normaliser, which reports the law wherever it reads one), a Σ operation where a Σ did.
     */
    private static final Map<String, Predicate<Expr>> WORKS_ON = Map.ofEntries(
            Map.entry("exp-law", e -> e instanceof Fn f && f.name().equals("exp")),
            Map.entry("collect-like-terms", e -> e instanceof org.symgrad.expr.Add),
            Map.entry("denominator-as-written", e -> e instanceof org.symgrad.expr.Add),
            Map.entry("multiply-powers", e -> e instanceof org.symgrad.expr.Pow),
            Map.entry(RuleBook.PRODUCT_OF_POSITIVE_ROOTS, e -> e instanceof org.symgrad.expr.Pow p
                    && p.exponent() instanceof org.symgrad.expr.Num k && !k.value().isInteger() && PositiveRoots.isPositiveConstant(p.base())),
            Map.entry("log-of-product", e -> e instanceof Fn f && f.name().equals("log")),
            Map.entry("split-sum", SUMS), Map.entry("merge-sums", SUMS), Map.entry("gather-sums", SUMS),
            Map.entry("pull-factor-out-of-sum", SUMS), Map.entry("constant-into-sum", SUMS), Map.entry("sums-as-written", SUMS),
            Map.entry("contractions-apart", SUMS), Map.entry("fixed-label-into-sum", SUMS));

    /** The parts some operations write: one is cited only where the line after shows such a part the line before did not. */
    private static final Map<String, Predicate<Expr>> WRITES = Map.of("sign-out-of-sum", StageNames::negatedSum);

    /** A product of a negative number and a Σ: {@code −Σ_i x_i y_i}. */
    private static boolean negatedSum(Expr e) {
        return e instanceof org.symgrad.expr.Mul m && m.factors().get(0) instanceof org.symgrad.expr.Num n
                && n.value().signum() < 0 && m.factors().stream().anyMatch(SUMS);
    }

    /** Whether {@code before} and {@code after} show different parts that {@code kind} picks, up to the order of terms and factors. */
    private static boolean changed(Expr before, Expr after, Predicate<Expr> kind) {
        return !parts(before, kind).equals(parts(after, kind));
    }

    private static Set<Expr> parts(Expr e, Predicate<Expr> kind) {
        Set<Expr> out = new java.util.HashSet<>();
        collect(e, kind, out);
        return out;
    }

    private static void collect(Expr e, Predicate<Expr> kind, Set<Expr> out) {
        if (kind.test(e)) {
            out.add(StepLog.key(e));
        }
        Exprs.children(e).forEach(c -> collect(c, kind, out));
    }

    /**
     * Whether the rules of the book {@code rules} explain part of the change from {@code before} to
     * {@code after}: applied to {@code before} they change it, or a function their left sides name is
     * fewer after than before (the normaliser applies {@code sign(u)·u^k = |u|·u^(k−1)} to
     * {@code x·sign(x)} too).
     */
    private static boolean explains(List<Rule> rules, Expr before, Expr after) {
        if (!Rewriter.bottomUp(rules, before, BUDGET, Trace.NONE).result().equals(before)) {
            return true;
        }
        for (Rule r : rules) {
            for (String f : functions(r.lhs())) {
                if (count(after, f) < count(before, f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> functions(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        if (e instanceof Fn f) {
            out.add(f.name());
        }
        Exprs.children(e).forEach(c -> out.addAll(functions(c)));
        return out;
    }

    private static int count(Expr e, String function) {
        return Exprs.count(e, x -> x instanceof Fn f && f.name().equals(function));
    }
}
