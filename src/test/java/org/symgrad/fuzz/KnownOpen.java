package org.symgrad.fuzz;

import java.util.Optional;
import java.util.function.Predicate;
import org.symgrad.derive.Definition;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.functions.FunctionRegistry;

/**
 * Failures an open item of issue 14 already covers, each recognised by its mechanism. A finding is
 * known-open only when an item names that mechanism; everything else is a new failure. When an item
 * is fixed, remove its entry: the fuzzer then counts such cases as the failures they would be.
 */
enum KnownOpen {
    /**
     * 14.1: write-back rules that rewrite without end — a named function's inverse
     * ({@code σ(log x)}) or a definition's write-back whose replacement contains an instance of its
     * own pattern ({@code let h_i = x_i·σ(x_2)} rewrites {@code x_2} to {@code h_2/σ(x_2)}) —
     * reach the nesting-depth limit, the stack's end, or the time budget.
     */
    REWRITE_LOOP("14.1", "write-back rules (named-function inverses, definitions) rewrite without end",
            f -> (f.outcome() == Finding.Outcome.UNEXPECTED_LIMIT || f.detail().contains("StackOverflowError"))
                    && (!f.fuzzCase().lets().isEmpty() || mentions(f.fuzzCase(), KnownOpen::hasInverses))),
    /** 14.2: {@code 0^u} differentiated by the general power rule, through {@code log(0)}. */
    ZERO_BASE_POWER("14.2", "0^u differentiated through log(0)",
            f -> f.outcome() == Finding.Outcome.WRONG_ANSWER && mentions(f.fuzzCase(), KnownOpen::isZeroBasePower)),
    /**
     * 14.2: a result written in defined names divides by a quantity that vanishes where the input is
     * defined ({@code let b = x·exp(−x)}: {@code b(1 − x)/x} at {@code x = 0}) — recognised by the
     * same derivative with the definitions expanded passing.
     */
    WRITE_BACK_DIVISION("14.2", "a result in defined names divides by a quantity that can be 0",
            f -> f.outcome() == Finding.Outcome.WRONG_ANSWER && !f.fuzzCase().lets().isEmpty()
                    && f.detail().contains("undefined") && expandedPasses(f.fuzzCase()));

    private final String item;
    private final String description;
    private final Predicate<Finding> covers;

    KnownOpen(String item, String description, Predicate<Finding> covers) {
        this.item = item;
        this.description = description;
        this.covers = covers;
    }

    String item() {
        return item;
    }

    String description() {
        return description;
    }

    static Optional<KnownOpen> covering(Finding f) {
        for (KnownOpen k : values()) {
            if (k.covers.test(f)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(FuzzCase c, Predicate<Expr> p) {
        if (contains(c.of(), p)) {
            return true;
        }
        for (Definition d : c.lets()) {
            if (contains(d.body(), p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Expr e, Predicate<Expr> p) {
        return p.test(e) || Exprs.children(e).stream().anyMatch(c -> contains(c, p));
    }

    private static boolean hasInverses(Expr e) {
        return e instanceof Fn f && FunctionRegistry.lookup(f.name()).map(k -> !k.inverses().isEmpty()).orElse(false);
    }

    private static boolean isZeroBasePower(Expr e) {
        return e instanceof Pow p && p.base() instanceof Num n && n.value().isZero();
    }

    /** Whether the case passes with its definitions substituted (no result written in defined names). */
    private static boolean expandedPasses(FuzzCase c) {
        FuzzCase expanded = c.with(java.util.List.of(), c.definitions().expand(c.of()));
        return DifferentialFuzzer.run(expanded).outcome() == Finding.Outcome.PASSED;
    }
}
