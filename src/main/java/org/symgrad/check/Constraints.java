package org.symgrad.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.rewrite.Rule;
import org.symgrad.script.ConstraintStatement;
import org.symgrad.simplify.Rules;

/**
 * What an {@code assume} of a fact ({@link ConstraintStatement}) gives the checker: the constraint
 * its sampler draws points under, and the identities its simplifier may use at once
 * ({@code Σ_k t_k = 1} for a simplex or a one-hot t, {@code δ_ij = 0} for {@code i != j}); the
 * identities that hold only for the values the constraint allows are {@link org.symgrad.assume.AssumedForms}.
 */
public final class Constraints {
    private Constraints() {
    }

    /** The sampler's constraint for {@code c}; empty for {@code i = j}, which renames instead. */
    public static Optional<Sampling.Constraint> constraint(ConstraintStatement c) {
        String name = c.names().get(0);
        return Optional.ofNullable(switch (c.kind()) {
            case SIMPLEX -> new Sampling.Simplex(name, along(c));
            case ONE_HOT -> new Sampling.OneHot(name, along(c), c.names().size() > 1 ? c.names().get(1) : "");
            case SYMMETRIC -> new Sampling.Symmetric(name);
            case ANTISYMMETRIC -> new Sampling.Antisymmetric(name);
            case HOLLOW -> new Sampling.Hollow(name);
            case DIAGONAL -> new Sampling.Diagonal(name);
            case POSITIVE_DEFINITE -> new Sampling.PositiveDefinite(name);
            case TWO_VALUED -> new Sampling.TwoValued(name, c.low(), c.high());
            case POSITIVE -> new Sampling.Positive(name);
            case NONNEGATIVE -> new Sampling.NonNegative(name);
            case UNIT_INTERVAL -> new Sampling.UnitInterval(name);
            case DISTINCT -> new Sampling.Distinct(name, c.names().get(1));
            case EQUAL -> null;
        });
    }

    private static Sampling.Along along(ConstraintStatement c) {
        return switch (c.along()) {
            case ENTRIES -> Sampling.Along.ENTRIES;
            case ROWS -> Sampling.Along.ROWS;
            case COLUMNS -> Sampling.Along.COLUMNS;
        };
    }

    /** The identities the simplifier may use under {@code c}. */
    public static List<Rule> rules(ConstraintStatement c) {
        return switch (c.kind()) {
            case SIMPLEX, ONE_HOT -> List.of(Rules.assumption(
                    Exprs.sum("k", new Indexed(c.names().get(0), List.of("k"))), Exprs.ONE));
            case DISTINCT -> List.of(
                    Rule.identity(Rules.ASSUMPTION, new Delta(c.names().get(0), c.names().get(1)), Set.of(), Exprs.ZERO),
                    Rule.identity(Rules.ASSUMPTION, new Delta(c.names().get(1), c.names().get(0)), Set.of(), Exprs.ZERO));
            case SYMMETRIC, ANTISYMMETRIC, HOLLOW, DIAGONAL, POSITIVE_DEFINITE, TWO_VALUED, POSITIVE, NONNEGATIVE, UNIT_INTERVAL, EQUAL -> List.of();
        };
    }
}
