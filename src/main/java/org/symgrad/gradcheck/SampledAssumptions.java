package org.symgrad.gradcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.script.AssumeStatement;

/**
 * The assumptions of a script as a sampler of random points must honour them: {@code assume
 * sum_k t_k = 1} makes {@code t} a normalised vector (positive entries summing to 1), {@code assume
 * sum_k T_rk = 1} a matrix whose every row is one. An
 * assumption of another kind cannot be honoured by sampling; it is listed, so that a check that
 * depends on it says it was not made rather than reporting a false failure.
 *
 * @param normalised the vectors whose entries are positive and sum to 1, and the matrices whose
 *                   rows (entries along the last index) are
 * @param unsampled  the text of each assumption the sampler cannot honour
 */
public record SampledAssumptions(Set<String> normalised, List<String> unsampled) {
    public SampledAssumptions {
        normalised = Set.copyOf(normalised);
        unsampled = List.copyOf(unsampled);
    }

    /** What the sampler makes of {@code assumptions}. */
    public static SampledAssumptions of(List<AssumeStatement> assumptions) {
        Set<String> normalised = new LinkedHashSet<>();
        List<String> unsampled = new ArrayList<>();
        for (AssumeStatement a : assumptions) {
            if (a.lhs() instanceof IndexSum sum && sum.body() instanceof Indexed t && t.indices().size() <= 2
                    && t.indices().get(t.indices().size() - 1).equals(sum.index())
                    && t.indices().stream().filter(sum.index()::equals).count() == 1
                    && a.rhs() instanceof Num one && one.value().isOne()) {
                normalised.add(t.name());
            } else {
                unsampled.add(a.text().strip());
            }
        }
        return new SampledAssumptions(normalised, unsampled);
    }

    /**
     * The facts a point must satisfy beside the normalised names: a name that sums to 1 and whose entries are each 0
     * or 1 ({@code assume sum_k t_k = 1} and {@code assume t in {0, 1}}) is one-hot — drawn as a normalised vector
     * first and then set entry by entry to 0 or 1, it would not sum to 1.
     */
    public Sampling facts(Sampling facts) {
        Sampling out = Sampling.NONE;
        for (Sampling.Constraint c : facts.constraints()) {
            out = out.with(c instanceof Sampling.TwoValued t && normalised.contains(t.name()) && t.low() == 0
                    && t.high() == 1 ? new Sampling.OneHot(t.name()) : c);
        }
        return out;
    }
}
