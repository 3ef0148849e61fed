package org.symgrad.assume;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.eval.IndexTuples;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;

/**
 * How the numeric test draws its points so that they satisfy what the derivation assumes
 * (SPEC §8 "Assumptions"): a value known positive is sampled positive, a one-hot vector has one
 * entry 1 and the others 0, a branch {@code i ≠ j} is checked only where the two indices differ.
 * A point that cannot satisfy a constraint is not drawn. Immutable; {@link #NONE} draws freely.
 */
public final class Sampling {
    /** No constraint: every point and every index assignment. */
    public static final Sampling NONE = new Sampling(List.of());

    /** One thing a sampled point must satisfy. */
    public sealed interface Constraint {
    }

    /** The two indices take different values ({@code i ≠ j}, one branch of a piecewise derivative). */
    public record Distinct(String i, String j) implements Constraint {
    }

    /** Every value of the name (a scalar, or each entry) is positive ({@code x > 0}). */
    public record Positive(String name) implements Constraint {
    }

    /** Every value of the name is non-negative ({@code x >= 0}); sampled positive, as 0 is a single point. */
    public record NonNegative(String name) implements Constraint {
    }

    /** Every value of the name lies strictly between 0 and 1 ({@code 0 < y < 1}). */
    public record UnitInterval(String name) implements Constraint {
    }

    /** Every value of the name is one of two numbers ({@code y in {0, 1}}, {@code y in {-1, 1}}). */
    public record TwoValued(String name, double low, double high) implements Constraint {
    }

    /**
     * Which entries of a name a simplex, one-hot or sum-to-a-total constraint is about: {@link #ENTRIES} the vector's
     * ({@code t simplex}, {@code sum_k y_k = 1}; for one-hot also each row of a matrix along its last index, as a label
     * matrix {@code y_ik} is written); {@link #ROWS} each row of a matrix, along its last index ({@code Y one-hot rows},
     * {@code sum_c Y_ic = 1}); {@link #COLUMNS} each column, along its first ({@code Y one-hot columns},
     * {@code sum_i Y_ic = 1}). A statement of a matrix's rows says nothing of a vector of the same name.
     */
    public enum Along { ENTRIES, ROWS, COLUMNS }

    /** The vector's entries (or each row's or column's of a matrix: {@link Along}) are non-negative and sum to 1 ({@code t simplex}). */
    public record Simplex(String name, Along along) implements Constraint {
        public Simplex(String name) {
            this(name, Along.ENTRIES);
        }
    }

    /**
     * The vector's entries sum to {@code total} ({@code sum_k y_k = 1} stated as an identity): drawn freely, then
     * set so that the sum holds, so that a false step's point satisfies what the document assumed. Of a matrix, each
     * row's or column's ({@link Along}: {@code sum_c Y_ic = 1}).
     */
    public record SumsTo(String name, double total, Along along) implements Constraint {
        public SumsTo(String name, double total) {
            this(name, total, Along.ENTRIES);
        }
    }

    /**
     * One entry of the vector (or of each row or column of a matrix: {@link Along}) is 1, the others 0 ({@code y one-hot});
     * of a vector, the entry at the index letter {@code at} where it is not empty ({@code y one-hot at c}: "c is the true
     * class", {@code y_k = δ_kc}), drawn at the value a point binds that letter to.
     */
    public record OneHot(String name, Along along, String at, String away) implements Constraint {
        public OneHot {
            Objects.requireNonNull(at);
            Objects.requireNonNull(away);
        }

        public OneHot(String name, Along along, String at) {
            this(name, along, at, "");
        }

        public OneHot(String name, Along along) {
            this(name, along, "");
        }

        /**
         * A vector one-hot with its 1 away from the entry at the index letter {@code away} ("If $y_k = 0$" of a one-hot
         * label: {@code y_k = 0}), drawn elsewhere than the value a point binds that letter to.
         */
        public static OneHot awayFrom(String name, String away) {
            return new OneHot(name, Along.ENTRIES, "", away);
        }

        public OneHot(String name) {
            this(name, Along.ENTRIES);
        }
    }

    /** Which entries of its name a simplex, one-hot or sum-to-a-total constraint is about; {@link Along#ENTRIES} for any other. */
    public static Along along(Constraint c) {
        return switch (c) {
            case OneHot h -> h.along();
            case Simplex s -> s.along();
            case SumsTo s -> s.along();
            default -> Along.ENTRIES;
        };
    }

    /** The matrix equals its transpose ({@code C symmetric}): {@code C_ij = C_ji}. */
    public record Symmetric(String name) implements Constraint {
    }

    /**
     * The matrix equals minus its transpose ({@code W antisymmetric}: "Let $W$ be skew-symmetric", "$W_{ij} = -W_{ji}$"):
     * {@code W_ij = −W_ji}, and so {@code W_ii = 0}.
     */
    public record Antisymmetric(String name) implements Constraint {
    }

    /** The matrix has a zero diagonal ({@code W hollow}: "no self-coupling, $w_{ii} = 0$"): {@code W_ii = 0}. */
    public record Hollow(String name) implements Constraint {
    }

    /**
     * The matrix is symmetric positive definite ({@code Sigma positive-definite}: "a positive definite covariance $\\Sigma$"): drawn
     * as L Lᵀ + I/2 from the drawn entries on and below the diagonal, so its determinant is positive and its inverse exists at
     * every point (log|Σ| is defined wherever it is drawn). The drawn values are dyadic, and so are the products and sums.
     */
    public record PositiveDefinite(String name) implements Constraint {
    }

    /** The matrix is zero off its diagonal ({@code C diagonal}: "Let $C$ be a diagonal matrix of weights"): {@code C_ij = 0} for i ≠ j. */
    public record Diagonal(String name) implements Constraint {
    }

    /**
     * A case the document states of an expression ({@code y f < 1}, read as {@code 1 − y f > 0}): {@code positive} is
     * positive ({@code strict}) or non-negative at every point drawn. No value can be set to make it hold, so a point
     * where it fails is not drawn ({@code Checker}); the sign it gives decides switches of that expression
     * ({@link AssumedSigns}). {@code text} is the case as written.
     */
    public record Holds(Expr positive, boolean strict, String text) implements Constraint {
        public Holds {
            Objects.requireNonNull(positive);
            Objects.requireNonNull(text);
        }
    }

    /**
     * A special case the document states ({@code g_i = g} for all i: "If $g_i = g$ for all $i$, then", {@code mu = 0}: "If
     * $\mu = 0$, this reduces to", {@code sigma_1 = sigma}): the name, a scalar, every entry of an indexed name, or one
     * entry by its numbers, takes the value of {@code value} at the point ({@code value} evaluated with the entry's index
     * letters bound to its indices). {@code text} is the case as written.
     */
    public record Equal(Expr name, Expr value, String text) implements Constraint {
        public Equal {
            if (!(name instanceof Sym) && !(name instanceof Indexed)) {
                throw new IllegalArgumentException("a special case sets a name or its entries: " + name);
            }
            Objects.requireNonNull(value);
            Objects.requireNonNull(text);
        }
    }

    /**
     * A range size of its own ({@code K} of {@code \\sum_{k=1}^{K}} in a document whose examples run to n): a whole number,
     * {@code beyond} past the dimension n. The reading where every size is n has {@code beyond} 0; {@link #apart} sets each
     * size past n, and each past the one before, to tell a step that holds only where the sizes are one number.
     */
    public record Size(String name, int beyond) implements Constraint {
        public Size {
            Objects.requireNonNull(name);
            if (beyond < 0) {
                throw new IllegalArgumentException("a range size runs past n, not below it: " + beyond);
            }
        }
    }

    private final List<Constraint> constraints;
    /** The size a constrained vector's entries run to where it is not n ({@link #apart}): name → a {@link Size}'s name. */
    private final Map<String, String> ranges;

    /**
     * The range size of its own ({@link Size}) the partial sums of the text's series run to (a sum to {@code \infty}), or
     * null: a step false at every finite value of it may still hold in the limit.
     */
    private final String series;

    private Sampling(List<Constraint> constraints) {
        this(constraints, Map.of(), null);
    }

    private Sampling(List<Constraint> constraints, Map<String, String> ranges, String series) {
        this.constraints = List.copyOf(constraints);
        this.ranges = Map.copyOf(ranges);
        this.series = series;
    }

    /** These constraints and {@code c}. */
    public Sampling with(Constraint c) {
        List<Constraint> next = new ArrayList<>(constraints);
        next.add(Objects.requireNonNull(c));
        return new Sampling(next, ranges, series);
    }

    /** These constraints and the range size {@code size} of its own, to which the partial sums of the text's series run. */
    public Sampling withSeries(String size) {
        return new Sampling(with(new Size(size, 0)).constraints, ranges, size);
    }

    /** The range size the partial sums of the text's series run to ({@link #withSeries}), if the text writes a sum up to ∞. */
    public java.util.Optional<String> series() {
        return java.util.Optional.ofNullable(series);
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /**
     * These constraints with each range size of its own ({@link Size}) a number of its own: past n, and each past the one
     * before, a vector that sums to one (a simplex, a one-hot label, {@code Σ_c Y_ic = 1}) along the size {@code ranges}
     * gives it (name → a size's name; n where it gives none); empty where there is no size of its own, or where a
     * constraint holds of a whole matrix (a symmetric one), which is drawn up to n only.
     */
    public java.util.Optional<Sampling> apart(Map<String, String> ranges) {
        if (constraints.stream().noneMatch(c -> c instanceof Size) || constraints.stream().anyMatch(c -> c instanceof Symmetric
                || c instanceof Antisymmetric || c instanceof Hollow || c instanceof Diagonal || c instanceof PositiveDefinite)) {
            return java.util.Optional.empty();
        }
        List<Constraint> out = new ArrayList<>();
        int beyond = 0;
        for (Constraint c : constraints) {
            out.add(c instanceof Size z ? new Size(z.name(), ++beyond) : c);
        }
        return java.util.Optional.of(new Sampling(out, ranges, series));
    }

    /** The names of the vectors whose entries sum to a number (a simplex, a one-hot label, {@code Σ_c Y_ic = 1}), each with its lines. */
    public Map<String, Along> summedToANumber() {
        Map<String, Along> out = new java.util.LinkedHashMap<>();
        for (Constraint c : constraints) {
            switch (c) {
                case Simplex s -> out.put(s.name(), s.along());
                case SumsTo s -> out.put(s.name(), s.along());
                case OneHot h -> out.put(h.name(), h.along());
                default -> {
                }
            }
        }
        return out;
    }

    /** The names of the range sizes of their own ({@link Size}). */
    public java.util.Set<String> sizes() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        constraints.stream().filter(c -> c instanceof Size).forEach(c -> out.add(((Size) c).name()));
        return out;
    }

    /**
     * How far a free index runs where a special case sets a range size to a whole number ("If $K = 2$", "For a single
     * example ($m = 1$)"): to that number, the least where there are several. A size of its own ({@link Size}) set to one
     * (the examples' N of a document whose classes run to n) does not bound the other indices, which run to n.
     */
    public java.util.OptionalInt wholeSize() {
        java.util.Set<String> sizes = sizes();
        java.util.OptionalInt least = java.util.OptionalInt.empty();
        for (Constraint c : constraints) {
            if (c instanceof Equal e && e.name() instanceof Sym s && e.value() instanceof org.symgrad.expr.Num v && v.value().isInteger()) {
                java.math.BigInteger m = v.value().toBigInteger();
                // n set to any whole number; a size of its own to two or more (set to one, it bounds only its own indices)
                int lowest = s.equals(org.symgrad.expr.Exprs.N) ? 1 : sizes.contains(s.name()) ? 2 : Integer.MAX_VALUE;
                if (m.compareTo(java.math.BigInteger.valueOf(lowest)) >= 0 && m.compareTo(java.math.BigInteger.valueOf(64)) <= 0
                        && (least.isEmpty() || m.intValue() < least.getAsInt())) {
                    least = java.util.OptionalInt.of(m.intValue());
                }
            }
        }
        return least;
    }

    /** The index letters a one-hot vector has its 1 at ({@code y one-hot at c}: c). */
    public java.util.Set<String> hotLetters() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Constraint c : constraints) {
            if (c instanceof OneHot h && !h.at().isEmpty()) {
                out.add(h.at());
            }
            if (c instanceof OneHot h && !h.away().isEmpty()) {
                out.add(h.away());
            }
        }
        return out;
    }

    /**
     * Whether the constraints keep {@code e} — a name or one of its entries — from being negative
     * ({@code x > 0}, {@code x >= 0}, {@code 0 < y < 1}, a simplex, a one-hot vector,
     * {@code y in {0, 1}}).
     */
    public boolean nonnegative(Expr e) {
        return nonnegativeBy(e).isPresent();
    }

    /** Whether a constraint draws or sets the values of {@code name}: a fact of it, a special case, a size. */
    public boolean constrains(String name) {
        return constraints.stream().anyMatch(c -> switch (c) {
            case Positive p -> p.name().equals(name);
            case NonNegative p -> p.name().equals(name);
            case UnitInterval u -> u.name().equals(name);
            case TwoValued t -> t.name().equals(name);
            case Simplex x -> x.name().equals(name);
            case SumsTo x -> x.name().equals(name);
            case OneHot h -> h.name().equals(name);
            case Symmetric x -> x.name().equals(name);
            case Antisymmetric x -> x.name().equals(name);
            case Hollow h -> h.name().equals(name);
            case Diagonal d -> d.name().equals(name);
            case PositiveDefinite p -> p.name().equals(name);
            case Size z -> z.name().equals(name);
            case Equal q -> (q.name() instanceof Sym x ? x.name() : ((Indexed) q.name()).name()).equals(name);
            case Distinct d -> false;
            case Holds h -> false;
        });
    }

    /** The constraint that keeps {@code e} from being negative, if one does ({@link #nonnegative}). */
    public java.util.Optional<Constraint> nonnegativeBy(Expr e) {
        String name = switch (e) {
            case Sym s -> s.name();
            case Indexed x -> x.name();
            default -> null;
        };
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (Constraint c : constraints) {
            boolean kept = switch (c) {
                case Positive p -> p.name().equals(name);
                case NonNegative p -> p.name().equals(name);
                case UnitInterval u -> u.name().equals(name);
                case Simplex s -> s.name().equals(name);
                case SumsTo s -> false;
                case OneHot h -> h.name().equals(name);
                case TwoValued t -> t.name().equals(name) && t.low() >= 0;
                case Distinct d -> false;
                case Symmetric s -> false;
                case Antisymmetric s -> false;
                case Hollow h -> false;
                case Diagonal d -> false;
                case PositiveDefinite p -> false;
                case Holds h -> false;
                case Equal q -> false;
                case Size z -> z.name().equals(name);
            };
            if (kept) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** The constraint as an {@code assume} states it ({@code x > 0}, {@code y in {0, 1}}, {@code i ≠ j}). */
    public static String describe(Constraint c) {
        return c instanceof Distinct d ? d.i() + " ≠ " + d.j() : statement(c);
    }

    /**
     * The constraint as the text after {@code assume} in a script ({@code x > 0}, {@code y in {0, 1}},
     * {@code i != j}, {@code t one-hot}): it reads back as the same constraint.
     */
    public static String statement(Constraint c) {
        return switch (c) {
            case Distinct d -> d.i() + " != " + d.j();
            case Positive p -> p.name() + " > 0";
            case NonNegative p -> p.name() + " >= 0";
            case UnitInterval u -> "0 < " + u.name() + " < 1";
            case TwoValued t -> t.name() + " in {" + number(t.low()) + ", " + number(t.high()) + "}";
            case Simplex s -> s.name() + " simplex" + lines(s.along());
            case SumsTo s -> switch (s.along()) {
                case ENTRIES -> "sum_k " + s.name() + "_k = " + number(s.total());
                case ROWS -> "sum_k " + s.name() + "_{ik} = " + number(s.total());
                case COLUMNS -> "sum_i " + s.name() + "_{ik} = " + number(s.total());
            };
            case OneHot h -> h.name() + " one-hot" + lines(h.along()) + (h.at().isEmpty() ? "" : " at " + h.at())
                    + (h.away().isEmpty() ? "" : " with " + h.name() + "_" + h.away() + " = 0");
            case Symmetric s -> s.name() + " symmetric";
            case Antisymmetric s -> s.name() + " antisymmetric";
            case Hollow h -> h.name() + " hollow";
            case Diagonal d -> d.name() + " diagonal";
            case PositiveDefinite p -> p.name() + " positive-definite";
            case Holds h -> h.text();
            case Equal e -> e.text();
            case Size z -> z.name() + " a range size";
        };
    }

    private static String lines(Along along) {
        return along == Along.ENTRIES ? "" : " " + along.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Whether the index values bound in a point are allowed. */
    public boolean admits(Map<String, Integer> bindings) {
        for (Constraint c : constraints) {
            if (c instanceof Distinct d && bindings.containsKey(d.i()) && bindings.containsKey(d.j())
                    && bindings.get(d.i()).equals(bindings.get(d.j()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code env} with the values of the constrained names replaced by values that satisfy the
     * constraints, derived from the values {@code env} would have given (so points stay seeded and
     * reproducible). Scalars, vectors and matrices of a name are all set, up to the dimension.
     */
    public Environment apply(Environment env) {
        Environment out = env;
        Map<String, Integer> bound = env.bindings();
        int n = env.n();
        // an entry's own constraint holds up to the largest size; one of a whole vector (a simplex, a symmetric matrix) up to n
        int entries = n + constraints.stream().mapToInt(c -> c instanceof Size z ? z.beyond() : 0).max().orElse(0);
        for (Constraint c : constraints) {
            out = switch (c) {
                case Distinct d -> out;
                case Size z -> out.withScalar(z.name(), n + z.beyond());
                case Positive p -> map(out, p.name(), entries, v -> Math.abs(v) + 0.1);
                case NonNegative p -> map(out, p.name(), entries, v -> Math.abs(v) + 0.05);
                case UnitInterval u -> map(out, u.name(), entries, v -> 1 / (1 + Math.exp(-2 * v)));
                // a value already one of the two is kept: a point applied again (made positive elsewhere, Checker) keeps x = 0
                case TwoValued t -> map(out, t.name(), entries, v -> v == t.low() || v == t.high() ? v : v >= 0 ? t.high() : t.low());
                case Simplex s -> simplex(out, s.name(), range(out, s.name()), s.along());
                case SumsTo s -> sumsTo(out, s.name(), s.total(), range(out, s.name()), s.along());
                case OneHot h when !h.at().isEmpty() && bound.containsKey(h.at()) -> hotAt(out, h.name(), range(out, h.name()), bound.get(h.at()), false);
                case OneHot h when !h.away().isEmpty() && bound.containsKey(h.away()) -> hotAt(out, h.name(), range(out, h.name()),
                        bound.get(h.away()) % range(out, h.name()) + 1, false);
                case OneHot h -> oneHot(out, h.name(), range(out, h.name()), h.along() == Along.ENTRIES ? Along.ROWS : h.along(),
                        h.along() == Along.ENTRIES);
                case Symmetric s -> symmetric(out, s.name(), n);
                case Antisymmetric s -> antisymmetric(out, s.name(), n);
                case Hollow h -> hollow(out, h.name(), n);
                case Diagonal d -> diagonal(out, d.name(), n);
                case PositiveDefinite p -> positiveDefinite(out, p.name(), n);
                case Holds h -> out; // a point where it fails is not drawn
                case Equal e -> equal(out, e, n);
            };
        }
        return out;
    }

    /** The number of entries {@code name}'s lines run to at {@code env}: its size's value, else the dimension. */
    private int range(Environment env, String name) {
        String size = ranges.get(name);
        return size == null ? env.n() : (int) env.scalar(size);
    }

    private static Environment map(Environment env, String name, int n, java.util.function.DoubleUnaryOperator f) {
        Environment out = env.withScalar(name, f.applyAsDouble(env.scalar(name)));
        for (int i = 1; i <= n; i++) {
            out = out.withIndexed(name, f.applyAsDouble(env.indexed(name, i)), i);
            for (int j = 1; j <= n; j++) {
                out = out.withIndexed(name, f.applyAsDouble(env.indexed(name, i, j)), i, j);
            }
        }
        return out;
    }

    /**
     * Non-negative entries that sum to exactly 1: multiples of 2⁻²⁰ for all but the last, which is
     * the rest, so the sum is 1 in binary arithmetic too (the checker compares values exactly). The
     * vector, or each row (column) of the name's entries with two indices.
     */
    private static Environment simplex(Environment env, String name, int n, Along along) {
        if (along == Along.ENTRIES) {
            return simplexAlong(env, env, name, n, false);
        }
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            out = simplexAlong(env, out, name, n, along == Along.COLUMNS, i);
        }
        return out;
    }

    private static Environment simplexAlong(Environment env, Environment out, String name, int n, boolean columns, int... row) {
        double[] w = new double[n + 1];
        double total = 0;
        for (int i = 1; i <= n; i++) {
            w[i] = Math.exp(env.indexed(name, entry(row, i, columns)));
            total += w[i];
        }
        double used = 0;
        for (int i = 1; i < n; i++) {
            double p = Math.floor(w[i] / total * (1 << 20)) / (1 << 20);
            used += p;
            out = out.withIndexed(name, p, entry(row, i, columns));
        }
        return out.withIndexed(name, 1 - used, entry(row, n, columns));
    }

    /**
     * Entries that sum to {@code total}: the drawn values, as multiples of 2⁻²⁰, for all but the last, which is the
     * rest, so that the sum is exact in binary arithmetic too (for a total such as 1). The vector, or each row
     * (column) of the name's entries with two indices.
     */
    private static Environment sumsTo(Environment env, String name, double total, int n, Along along) {
        if (along == Along.ENTRIES) {
            return sumsToAlong(env, env, name, total, n, false);
        }
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            out = sumsToAlong(env, out, name, total, n, along == Along.COLUMNS, i);
        }
        return out;
    }

    private static Environment sumsToAlong(Environment env, Environment out, String name, double total, int n, boolean columns,
                                           int... row) {
        double used = 0;
        for (int i = 1; i < n; i++) {
            double v = Math.floor(env.indexed(name, entry(row, i, columns)) * (1 << 20)) / (1 << 20);
            used += v;
            out = out.withIndexed(name, v, entry(row, i, columns));
        }
        return out.withIndexed(name, total - used, entry(row, n, columns));
    }

    /**
     * A one-hot vector ({@code vector}); the entries of a name with two indices are one-hot along the last, row by
     * row ({@code y_ik}: example i's label over the classes k, as a label matrix is written), or along
     * the first, column by column.
     */
    private static Environment oneHot(Environment env, String name, int n, Along lines, boolean vector) {
        Environment out = vector ? hotAlong(env, env, name, n, false) : env;
        for (int i = 1; i <= n; i++) {
            out = hotAlong(env, out, name, n, lines == Along.COLUMNS, i);
        }
        return out;
    }

    /** {@code out} with the entries {@code name_{row…, k}} (or {@code name_{k, row…}}), k in 1..n, one-hot at the largest of them in {@code env}. */
    private static Environment hotAlong(Environment env, Environment out, String name, int n, boolean columns, int... row) {
        int hot = 1;
        for (int k = 2; k <= n; k++) {
            if (env.indexed(name, entry(row, k, columns)) > env.indexed(name, entry(row, hot, columns))) {
                hot = k;
            }
        }
        return hotAt(out, name, n, hot, columns, row);
    }

    /** {@code out} with the entries {@code name_{row…, k}} (or {@code name_{k, row…}}), k in 1..n, one-hot at {@code hot}. */
    private static Environment hotAt(Environment out, String name, int n, int hot, boolean columns, int... row) {
        for (int k = 1; k <= n; k++) {
            out = out.withIndexed(name, k == hot ? 1 : 0, entry(row, k, columns));
        }
        return out;
    }

    /** The indices of entry {@code k} along the line {@code row}: {@code row…, k}, or {@code k, row…} along columns. */
    private static int[] entry(int[] row, int k, boolean columns) {
        int[] out = new int[row.length + 1];
        System.arraycopy(row, 0, out, columns ? 1 : 0, row.length);
        out[columns ? 0 : row.length] = k;
        return out;
    }

    /** {@code env} with the name of {@code e}, a scalar, every entry or one entry, at the value {@code e} gives it there. */
    private static Environment equal(Environment env, Equal e, int n) {
        if (e.name() instanceof Sym s && e.value() instanceof org.symgrad.expr.Num v) {
            // "At $w = 0$" of a name the document also writes by its entries: the zero vector (matrix), every entry 0
            double value = v.value().doubleValue();
            return env.bindings().containsKey(s.name()) ? env : map(env, s.name(), n, drawn -> value);
        }
        if (e.name() instanceof Sym s) {
            return env.bindings().containsKey(s.name()) ? env : env.withScalar(s.name(), Evaluator.evaluate(e.value(), env));
        }
        Indexed x = (Indexed) e.name();
        if (x.indices().stream().allMatch(Index::isConcrete)) {
            // one entry: "if $\\sigma_1 = \\sigma$"
            return env.withIndexed(x.name(), Evaluator.evaluate(e.value(), env),
                    x.indices().stream().mapToInt(Integer::parseInt).toArray());
        }
        Environment out = env;
        for (int[] tuple : IndexTuples.all(x.indices().size(), n)) {
            Environment bound = env;
            for (int k = 0; k < tuple.length; k++) {
                bound = bound.withBinding(x.indices().get(k), tuple[k]);
            }
            out = out.withIndexed(x.name(), Evaluator.evaluate(e.value(), bound), tuple);
        }
        return out;
    }

    private static Environment hollow(Environment env, String name, int n) {
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            out = out.withIndexed(name, 0, i, i);
        }
        return out;
    }

    /** L Lᵀ + I/2, L the lower triangle (with the diagonal) of the name's drawn entries: symmetric positive definite. */
    private static Environment positiveDefinite(Environment env, String name, int n) {
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            for (int j = i; j <= n; j++) {
                double v = i == j ? 0.5 : 0;
                for (int k = 1; k <= i; k++) {
                    v += env.indexed(name, i, k) * env.indexed(name, j, k);
                }
                out = out.withIndexed(name, v, i, j).withIndexed(name, v, j, i);
            }
        }
        return out;
    }

    private static Environment diagonal(Environment env, String name, int n) {
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                if (i != j) {
                    out = out.withIndexed(name, 0, i, j);
                }
            }
        }
        return out;
    }

    private static Environment symmetric(Environment env, String name, int n) {
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            for (int j = i; j <= n; j++) {
                double v = env.indexed(name, i, j);
                out = out.withIndexed(name, v, i, j).withIndexed(name, v, j, i);
            }
        }
        return out;
    }

    /** The drawn entries above the diagonal, their negatives below it, zeros on it. */
    private static Environment antisymmetric(Environment env, String name, int n) {
        Environment out = env;
        for (int i = 1; i <= n; i++) {
            out = out.withIndexed(name, 0, i, i);
            for (int j = i + 1; j <= n; j++) {
                double v = env.indexed(name, i, j);
                out = out.withIndexed(name, v, i, j).withIndexed(name, -v, j, i);
            }
        }
        return out;
    }
}
