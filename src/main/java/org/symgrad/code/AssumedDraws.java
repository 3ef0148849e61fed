package org.symgrad.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.gradcheck.SampledAssumptions;

/**
 * How an emitted module's gradient check draws the arguments a script assumes something of, so that a result that
 * holds only under the assumption is checked where it holds, as symgrad's own gradcheck does (SPEC §8, §10): an
 * assumed-normalised or simplex vector positive with sum 1, a one-hot vector (also a normalised one whose entries
 * are 0 or 1) one entry 1 and the others 0, a two-valued name ({@code y in {-1, 1}}) each entry one of the two, a
 * positive or non-negative name positive, one in (0, 1) inside it, a symmetric matrix mirrored; an index pair
 * assumed distinct ({@code i != j}) is compared only where the two differ. What each argument is drawn as, the
 * docstring says. One fact per name decides its draw: one-hot, then normalised, two-valued, (0, 1), positive.
 */
final class AssumedDraws {
    /** How one argument is drawn. */
    enum Draw { ONE_HOT, NORMALISED, TWO_VALUED, UNIT_INTERVAL, POSITIVE, NONNEGATIVE }

    private final Map<String, Draw> draws = new LinkedHashMap<>();
    private final Map<String, double[]> twoValues = new LinkedHashMap<>();
    private final Set<String> symmetric = new LinkedHashSet<>();
    private final List<Sampling.Distinct> distinct = new ArrayList<>();

    AssumedDraws(SampledAssumptions assumed, Sampling facts) {
        assumed.normalised().forEach(name -> draws.put(name, Draw.NORMALISED));
        for (Sampling.Constraint c : assumed.facts(facts).constraints()) {
            switch (c) {
                case Sampling.OneHot h -> draws.put(h.name(), Draw.ONE_HOT);
                case Sampling.Simplex s -> choose(s.name(), Draw.NORMALISED);
                case Sampling.TwoValued t -> {
                    if (choose(t.name(), Draw.TWO_VALUED)) {
                        twoValues.put(t.name(), new double[] {t.low(), t.high()});
                    }
                }
                case Sampling.UnitInterval u -> choose(u.name(), Draw.UNIT_INTERVAL);
                case Sampling.Positive p -> choose(p.name(), Draw.POSITIVE);
                case Sampling.NonNegative p -> choose(p.name(), Draw.NONNEGATIVE);
                case Sampling.Symmetric s -> symmetric.add(s.name());
                case Sampling.Antisymmetric s -> {
                    // a document's stated antisymmetry: the generated check draws the matrix whole
                }
                case Sampling.Hollow h -> {
                    // a document's stated zero diagonal: the generated check draws the matrix whole
                }
                case Sampling.Diagonal d -> {
                    // a document's stated diagonal matrix: the generated check draws the matrix whole
                }
                case Sampling.PositiveDefinite p -> symmetric.add(p.name());
                case Sampling.Distinct d -> distinct.add(d);
                case Sampling.Holds h -> {
                    // a case of a document's step: no draw of its own
                }
                case Sampling.Equal e -> {
                    // a special case of a document's step: no draw of its own
                }
                case Sampling.Size z -> {
                    // a document's range size of its own: a whole number, no draw of its own
                }
                case Sampling.SumsTo s -> {
                    // a document's stated sum; a script states it as an identity, which is a normalised name
                }
            }
        }
    }

    /** Sets the draw of {@code name} unless a stronger fact already decides it; whether it did. */
    private boolean choose(String name, Draw draw) {
        Draw before = draws.get(name);
        if (before != null && before.ordinal() <= draw.ordinal()) {
            return false;
        }
        draws.put(name, draw);
        return true;
    }

    /** The draw of an argument, or null when nothing is assumed of it. */
    Draw of(String name) {
        return draws.get(name);
    }

    /** The two values of a two-valued name, lower first. */
    double[] values(String name) {
        return twoValues.get(name);
    }

    /** The matrices assumed symmetric. */
    Set<String> symmetric() {
        return symmetric;
    }

    /** The index pairs assumed distinct. */
    List<Sampling.Distinct> distinct() {
        return distinct;
    }

    /** What the docstring adds to an argument of {@code rank} axes ({@code ", entries in {0, 1} (assumed)"}). */
    String described(String name, int rank) {
        Draw d = draws.get(name);
        String entries = rank == 0 ? "" : "entries ";
        String out = d == null ? "" : switch (d) {
            case ONE_HOT -> rank > 1 ? ", each row one-hot: one entry 1, the others 0 (assumed)"
                    : ", one-hot: one entry 1, the others 0 (assumed)";
            case NORMALISED -> rank > 1 ? ", entries positive, each row summing to 1 (assumed)"
                    : ", entries positive and summing to 1 (assumed)";
            case TWO_VALUED -> ", " + entries + "in {" + number(values(name)[0]) + ", " + number(values(name)[1])
                    + "} (assumed)";
            case UNIT_INTERVAL -> ", " + entries + "in (0, 1) (assumed)";
            case POSITIVE -> ", " + entries + "positive (assumed)";
            case NONNEGATIVE -> ", " + entries + "non-negative (assumed)";
        };
        return rank == 2 && symmetric.contains(name) ? out + ", symmetric (assumed)" : out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
