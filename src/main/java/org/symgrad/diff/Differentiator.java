package org.symgrad.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.symgrad.error.LimitException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/**
 * Symbolic differentiation {@code ∂e/∂w} ({@code w} a {@code Sym} or {@code Indexed}) by applying
 * the one-level {@link DiffRules} recursively: expand {@code ∂e/∂w} once, then resolve every
 * {@link Derivative} node the rule produced the same way. The answer is therefore exactly what
 * repeated {@link DiffRules#expandFirst} steps reach. Unsimplified: only the {@link Exprs}
 * factories' cleanup (0·x = 0, 1·x = x, x + 0 = x) and {@code u^1 = u} are applied.
 *
 * <p>{@code Derivative} nodes already in {@code e} are evaluated first where they can be; those
 * that cannot ({@code ∂L/∂y_k} for abstract {@code L(y)}) stay and are differentiated by the
 * chain rule over the abstract function's arguments. Results are memoised per instance for
 * identical {@code (expression, variable)} pairs. Nesting deeper than {@link #MAX_DEPTH} throws
 * {@code LimitException("nesting-depth")} rather than overflowing the stack; depth up to the limit
 * needs a thread stack of about 4 MB ({@code -Xss8m} is ample).
 */
public final class Differentiator {
    public static final int MAX_DEPTH = 2000;
    public static final int MAX_ORDER = Derivative.MAX_ORDER;

    private final DefinedDerivatives defs;
    private final Map<Derivative, Expr> memo = new HashMap<>();

    public Differentiator() {
        this(DefinedDerivatives.NONE);
    }

    public Differentiator(DefinedDerivatives defs) {
        this.defs = defs;
    }

    /** {@code ∂e/∂wrt} without definitions. */
    public static Expr diff(Expr e, Expr wrt) {
        return new Differentiator().differentiate(e, wrt);
    }

    /** The {@code order}-th derivative of {@code e} with respect to {@code wrt}, without definitions. */
    public static Expr diff(Expr e, Expr wrt, int order) {
        return new Differentiator().differentiate(e, wrt, order);
    }

    /** {@code ∂e/∂wrt}, through this instance's definitions. */
    public Expr differentiate(Expr e, Expr wrt) {
        try {
            return resolve(new Derivative(evaluateDerivatives(e), wrt), 0);
        } catch (StackOverflowError overflow) {
            throw stackExhausted();
        }
    }

    /** The {@code order}-th derivative; order 0 is {@code e} itself. */
    public Expr differentiate(Expr e, Expr wrt, int order) {
        if (order < 0) {
            throw new IllegalArgumentException("derivative order must be non-negative: " + order);
        }
        if (order > MAX_ORDER) {
            throw new LimitException("derivative-order", "order " + order + " exceeds " + MAX_ORDER);
        }
        Expr out = e;
        for (int i = 0; i < order; i++) {
            out = differentiate(out, wrt);
        }
        return out;
    }

    /** {@code e} with every {@code Derivative} node in it evaluated as far as the rules allow. */
    public Expr evaluateDerivatives(Expr e) {
        requireShallow(e);
        try {
            return evaluateInside(e, 0);
        } catch (StackOverflowError overflow) {
            throw stackExhausted();
        }
    }

    /**
     * Within {@link #MAX_DEPTH} the recursion needs a few MB of stack (hashing the nested records
     * alone recurses 4 frames per level); a thread with less reports the limit, not a crash.
     */
    private static LimitException stackExhausted() {
        return new LimitException("nesting-depth",
                "expression nests too deeply for the thread's stack (run with -Xss8m or more)");
    }

    private Expr evaluateInside(Expr e, int depth) {
        guard(depth);
        if (e instanceof Derivative d) {
            Expr of = evaluateInside(d.of(), depth + 1);
            return resolve(of == d.of() ? d : new Derivative(of, d.wrt()), depth + 1);
        }
        return mapChildren(e, k -> evaluateInside(k, depth + 1));
    }

    /** {@code e} with {@code f} applied to each child, rebuilt only when a child changed. */
    private static Expr mapChildren(Expr e, UnaryOperator<Expr> f) {
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e;
        }
        List<Expr> out = new ArrayList<>(kids.size());
        boolean changed = false;
        for (Expr k : kids) {
            Expr r = f.apply(k);
            changed |= r != k;
            out.add(r);
        }
        return changed ? DiffRules.rebuild(e, out) : e;
    }

    /** The fully expanded value of {@code d}: one rule, then every Derivative it left, recursively. */
    private Expr resolve(Derivative d, int depth) {
        guard(depth);
        Expr known = memo.get(d);
        if (known != null) {
            return known;
        }
        Optional<RuleApplication> step = DiffRules.expandOnce(d, defs);
        Expr out = step.isEmpty() ? d : resolvePending(step.get().result(), depth + 1);
        memo.put(d, out);
        return out;
    }

    private Expr resolvePending(Expr e, int depth) {
        guard(depth);
        if (e instanceof Derivative d) {
            return resolve(d, depth + 1);
        }
        return mapChildren(e, k -> resolvePending(k, depth + 1));
    }

    private static void guard(int depth) {
        if (depth > 4 * MAX_DEPTH) {
            throw new LimitException("nesting-depth", "differentiation nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** Rejects input nested deeper than {@link #MAX_DEPTH}, measured without recursion. */
    private static void requireShallow(Expr e) {
        if (Exprs.isDeeperThan(e, MAX_DEPTH)) {
            throw new LimitException("nesting-depth", "expression nests deeper than " + MAX_DEPTH + " levels");
        }
    }
}
