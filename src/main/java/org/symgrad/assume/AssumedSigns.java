package org.symgrad.assume;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.error.LimitException;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.Simplifier;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Range;
import org.symgrad.rewrite.Bounds;

/**
 * What the stated assumptions say of an expression's sign: the interval {@link Bounds} finds for it when each constrained
 * name takes only the values its assumption allows ({@code x > 0}: (0, ∞); {@code 0 < p < 1}: (0, 1); a simplex or one-hot
 * entry: [0, 1]; {@code y in {-1, 1}}: [−1, 1]), and which assumptions that took. {@code x² + x > 0} under {@code x > 0};
 * {@code −2x < 0} too; {@code x − y} has no sign under {@code x, y > 0}.
 */
public final class AssumedSigns {
    private AssumedSigns() {
    }

    /**
     * The assumptions that make {@code holds} true of the interval of {@code e}'s values; empty where it is not true under
     * them, or true without any (then it is no identity of the assumptions: the simplifier's own laws decide it).
     */
    static Optional<Set<Sampling.Constraint>> by(Expr e, Sampling sampling, Predicate<Range> holds) {
        if (sampling.constraints().isEmpty() || holds.test(Bounds.of(e))) {
            return Optional.empty();
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Holds h && stated(e, h).filter(holds).isPresent()) {
                return Optional.of(Set.of(c));
            }
        }
        Set<Sampling.Constraint> consulted = new LinkedHashSet<>();
        Range r = Bounds.of(e, name -> range(name, sampling, consulted));
        return consulted.isEmpty() || !holds.test(r) ? Optional.empty() : Optional.of(consulted);
    }

    /**
     * The assumptions that keep {@code e} from being negative: the one of a name ({@link Sampling#nonnegativeBy}), or
     * those that bound the names of a quantity ({@code 1 + p} under {@code 0 < p < 1}); empty where they do not.
     */
    public static Optional<Set<Sampling.Constraint>> nonnegativeBy(Expr e, Sampling sampling) {
        Optional<Sampling.Constraint> name = sampling.nonnegativeBy(e);
        return name.isPresent() ? Optional.of(Set.of(name.get())) : by(e, sampling, AssumedSigns::nonnegative);
    }

    /**
     * The values a stated case gives {@code e} where {@code e} is its expression or that negated ({@code 1 − y f} under
     * {@code y f < 1}: positive; {@code y f − 1}: negative); empty for any other expression.
     */
    private static Optional<Range> stated(Expr e, Sampling.Holds h) {
        int sign;
        if (zero(Exprs.sub(e, h.positive()))) {
            sign = 1;
        } else if (zero(Exprs.add(e, h.positive()))) {
            sign = -1;
        } else {
            return Optional.empty();
        }
        if (sign == 0) {
            return Optional.empty();
        }
        boolean positive = sign > 0;
        return Optional.of(positive ? (h.strict() ? Range.POSITIVE : Range.NONNEGATIVE)
                : new Range(Double.NEGATIVE_INFINITY, true, 0, h.strict()));
    }

    /** Whether {@code e} is 0 as a polynomial in its names (a limit hit decides nothing: not 0). */
    private static boolean zero(Expr e) {
        try {
            return Simplifier.plain().expanded(e, Budget.ofMillis(500)).equals(Exprs.ZERO);
        } catch (LimitException tooBig) {
            return false;
        }
    }

    /** Whether the assumptions keep {@code e} from being 0 ({@code 1 − y f} under the stated case {@code y f < 1}). */
    public static boolean nonzero(Expr e, Sampling sampling) {
        return by(e, sampling, Range::excludesZero).isPresent();
    }

    /** Every value is at least 0. */
    static boolean nonnegative(Range r) {
        return r.isNonnegative();
    }

    /** Every value is at most 0. */
    static boolean nonpositive(Range r) {
        return r.hi() <= 0;
    }

    /** The values the first assumption that bounds {@code name}'s allows it, noted in {@code consulted}; every value if none does. */
    private static Range range(Expr name, Sampling sampling, Set<Sampling.Constraint> consulted) {
        String n = switch (name) {
            case Sym s -> s.name();
            case Indexed x -> x.name();
            default -> null;
        };
        for (Sampling.Constraint c : sampling.constraints()) {
            Range r = switch (c) {
                case Sampling.Positive p when p.name().equals(n) -> Range.POSITIVE;
                case Sampling.NonNegative p when p.name().equals(n) -> Range.NONNEGATIVE;
                case Sampling.UnitInterval u when u.name().equals(n) -> Range.OPEN_UNIT;
                case Sampling.Simplex s when s.name().equals(n) -> Range.CLOSED_UNIT;
                case Sampling.OneHot h when h.name().equals(n) -> Range.CLOSED_UNIT;
                case Sampling.TwoValued t when t.name().equals(n) -> new Range(t.low(), false, t.high(), false);
                default -> null;
            };
            if (r != null) {
                consulted.add(c);
                return r;
            }
        }
        return Range.ALL;
    }
}
