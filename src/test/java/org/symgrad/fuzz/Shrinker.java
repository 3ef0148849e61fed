package org.symgrad.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.symgrad.derive.Definition;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/**
 * Minimises a failing case greedily: replace a subtree (of the differentiated expression or of a
 * definition's body) by one of its children or by a small leaf, or drop a definition, and keep the
 * change whenever the case still fails the same way, until no change helps or the attempt budget
 * is spent.
 */
final class Shrinker {
    private static final int MAX_ATTEMPTS = 600;
    private static final List<Expr> LEAVES = List.of(Exprs.ONE, Exprs.TWO, Exprs.ZERO);

    private Shrinker() {
    }

    /** A smaller case for which {@code fails} still holds ({@code c} itself if none is found). */
    static FuzzCase shrink(FuzzCase c, Predicate<FuzzCase> fails) {
        FuzzCase best = c;
        int attempts = 0;
        boolean improved = true;
        while (improved && attempts < MAX_ATTEMPTS) {
            improved = false;
            for (FuzzCase candidate : smaller(best)) {
                if (++attempts > MAX_ATTEMPTS) {
                    break;
                }
                if (candidate.nodes() < best.nodes() && fails.test(candidate)) {
                    best = candidate;
                    improved = true;
                    break;
                }
            }
        }
        return best;
    }

    /** Every one-step simplification of {@code c}, smallest first. */
    private static List<FuzzCase> smaller(FuzzCase c) {
        List<FuzzCase> out = new ArrayList<>();
        for (int drop = 0; drop < c.lets().size(); drop++) {
            List<Definition> lets = new ArrayList<>(c.lets());
            lets.remove(drop);
            out.add(c.with(lets, c.of()));
        }
        for (Expr e : replacements(c.of(), c.wrt())) {
            out.add(c.with(c.lets(), e));
        }
        for (int k = 0; k < c.lets().size(); k++) {
            Definition d = c.lets().get(k);
            for (Expr body : replacements(d.body(), c.wrt())) {
                List<Definition> lets = new ArrayList<>(c.lets());
                try {
                    lets.set(k, new Definition(d.target(), body));
                } catch (RuntimeException notADefinition) {
                    continue;
                }
                out.add(c.with(lets, c.of()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(FuzzCase::nodes));
        return out;
    }

    /** {@code e} with one subtree replaced by one of its children, the variable, or a small number. */
    private static List<Expr> replacements(Expr e, Expr variable) {
        List<Expr> out = new ArrayList<>();
        int size = Exprs.size(e);
        for (int at = 0; at < size; at++) {
            Expr sub = subtree(e, at);
            List<Expr> options = new ArrayList<>(Exprs.children(sub));
            if (!Exprs.children(sub).isEmpty()) {
                options.add(variable);
                options.addAll(LEAVES);
            }
            for (Expr o : options) {
                try {
                    out.add(replaced(e, at, o));
                } catch (RuntimeException notAnExpression) {
                    // e.g. a sum whose bound became a non-number: not a smaller case
                }
            }
        }
        return out;
    }

    /** The subtree at pre-order position {@code at}. */
    private static Expr subtree(Expr e, int at) {
        if (at == 0) {
            return e;
        }
        int offset = 1;
        for (Expr c : Exprs.children(e)) {
            int size = Exprs.size(c);
            if (at < offset + size) {
                return subtree(c, at - offset);
            }
            offset += size;
        }
        throw new IndexOutOfBoundsException(at);
    }

    private static Expr replaced(Expr e, int at, Expr with) {
        if (at == 0) {
            return with;
        }
        List<Expr> kids = new ArrayList<>(Exprs.children(e));
        int offset = 1;
        for (int k = 0; k < kids.size(); k++) {
            int size = Exprs.size(kids.get(k));
            if (at < offset + size) {
                kids.set(k, replaced(kids.get(k), at - offset, with));
                return rebuilt(e, kids);
            }
            offset += size;
        }
        throw new IndexOutOfBoundsException(at);
    }

    /** {@code e} with new children, through the factories so that a 0 or 1 left behind folds away. */
    private static Expr rebuilt(Expr e, List<Expr> kids) {
        return switch (e) {
            case org.symgrad.expr.Add a -> Exprs.add(kids);
            case org.symgrad.expr.Mul m -> Exprs.mul(kids);
            default -> Exprs.withChildren(e, kids);
        };
    }
}
