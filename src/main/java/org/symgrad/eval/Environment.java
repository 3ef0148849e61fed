package org.symgrad.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The values an {@link Evaluator} reads: scalar symbols, entries of indexed symbols, the
 * dimension {@code n} (default upper bound of Σ, and the value of the symbol {@code n} unless it
 * is given explicitly), and bindings of free symbolic indices to concrete integers.
 *
 * <p>Immutable: the {@code with…} methods return a modified copy. Every value that is not
 * given explicitly is derived deterministically from the seed and the name (and the indices),
 * uniformly in {@code [-1.5, 1.5]}; so unknown names get values lazily and reproducibly. Keeping a
 * value positive (for {@code log}, {@code sqrt}) is the caller's job, via an override.
 */
public final class Environment {
    private static final double RANGE = 1.5;

    private final long seed;
    private final int n;
    private final Map<String, Double> scalars;
    private final Map<String, Map<List<Integer>, Double>> entries;
    private final Map<String, Integer> bindings;
    private final Set<String> vectors;
    private final Map<String, Entries> defined;
    /** Names whose entries are 0 at an index outside 1..n ({@link #withZeroOutside}): a convolution's zero padding. */
    private final Set<String> padded;

    /**
     * The entries of a square matrix a definition gives ({@code K = K_f + σ²I}): its entry (i, j) is {@code body} with the
     * index letters {@code row} and {@code column} taken at i and j. An inverse or a determinant of the matrix
     * ({@link org.symgrad.expr.MatrixFunctionNames}) is computed from these, not from drawn entries.
     */
    public record Entries(String row, String column, org.symgrad.expr.Expr body) {
        /** The entry (i, j): {@code value} of the body with {@code scope} binding the row and column letters to i and j meanwhile. */
        <T> T at(int i, int j, Map<String, Integer> scope, java.util.function.Function<org.symgrad.expr.Expr, T> value) {
            Integer savedRow = scope.get(row);
            Integer savedColumn = scope.get(column);
            try {
                scope.put(row, i);
                scope.put(column, j);
                return value.apply(body);
            } finally {
                restore(scope, row, savedRow);
                restore(scope, column, savedColumn);
            }
        }

        private static void restore(Map<String, Integer> scope, String index, Integer saved) {
            if (saved == null) {
                scope.remove(index);
            } else {
                scope.put(index, saved);
            }
        }
    }

    private Environment(long seed, int n, Map<String, Double> scalars,
                        Map<String, Map<List<Integer>, Double>> entries,
                        Map<String, Integer> bindings, Set<String> vectors, Map<String, Entries> defined, Set<String> padded) {
        if (n < 0) {
            throw new IllegalArgumentException("dimension must be non-negative: " + n);
        }
        this.seed = seed;
        this.n = n;
        this.scalars = scalars;
        this.entries = entries;
        this.bindings = bindings;
        this.vectors = vectors;
        this.defined = defined;
        this.padded = padded;
    }

    /** An environment whose every value is pseudo-random in {@code [-1.5, 1.5]}, derived from {@code seed}. */
    public static Environment random(long seed, int n) {
        return new Environment(seed, n, Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Set.of());
    }

    public long seed() {
        return seed;
    }

    public int n() {
        return n;
    }

    /** The value of the scalar symbol {@code name}; {@code n} is the dimension unless overridden. */
    public double scalar(String name) {
        Double v = scalars.get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("n")) {
            return n;
        }
        return derived(name.hashCode(), name, new int[0]);
    }

    /** The value of entry {@code name_{indices}} (indices are 1-based, but any int is accepted). */
    public double indexed(String name, int... indices) {
        if (indices.length == 1) {
            java.util.Optional<Long> value = org.symgrad.expr.IndexValue.valueAt(name, indices[0]);
            if (value.isPresent()) {
                return value.get(); // an index used as a number: its value, not a drawn one
            }
        }
        if (padded.contains(name) && Arrays.stream(indices).anyMatch(i -> i < 1 || i > n)) {
            return 0; // zero padding: the entry beyond the name's range
        }
        Map<List<Integer>, Double> m = entries.get(name);
        if (m != null) {
            Double v = m.get(toList(indices));
            if (v != null) {
                return v;
            }
        }
        return derived(31 * name.hashCode() + 17, name, indices);
    }

    /** The concrete value bound to the symbolic index {@code index}, if any. */
    public OptionalInt binding(String index) {
        Integer v = bindings.get(index);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** All index bindings (unmodifiable). */
    public Map<String, Integer> bindings() {
        return bindings;
    }

    /**
     * Whether the bare symbol {@code name}, as an argument of an abstract function, stands for
     * the vector {@code name_1 … name_n}: declared with {@link #withVector}, or given entries.
     */
    public boolean isVector(String name) {
        return vectors.contains(name) || entries.containsKey(name);
    }

    public Environment withScalar(String name, double value) {
        Map<String, Double> s = new HashMap<>(scalars);
        s.put(name, value);
        return new Environment(seed, n, Map.copyOf(s), entries, bindings, vectors, defined, padded);
    }

    public Environment withIndexed(String name, double value, int... indices) {
        Map<String, Map<List<Integer>, Double>> e = new HashMap<>(entries);
        Map<List<Integer>, Double> m = new HashMap<>(e.getOrDefault(name, Map.of()));
        m.put(toList(indices), value);
        e.put(name, Map.copyOf(m));
        return new Environment(seed, n, scalars, Map.copyOf(e), bindings, vectors, defined, padded);
    }

    public Environment withBinding(String index, int value) {
        Map<String, Integer> b = new HashMap<>(bindings);
        b.put(index, value);
        return new Environment(seed, n, scalars, entries, Map.copyOf(b), vectors, defined, padded);
    }

    public Environment withN(int dimension) {
        return new Environment(seed, dimension, scalars, entries, bindings, vectors, defined, padded);
    }

    /** Declares that the bare symbol {@code name} is the vector {@code name_1 … name_n}. */
    public Environment withVector(String name) {
        Set<String> v = new HashSet<>(vectors);
        v.add(name);
        return new Environment(seed, n, scalars, entries, bindings, Set.copyOf(v), defined, padded);
    }

    /** The square matrix {@code name}'s entries given by a definition ({@link Entries}), for its inverse and determinant. */
    public Environment withEntries(String name, Entries body) {
        Map<String, Entries> d = new HashMap<>(defined);
        d.put(name, body);
        return new Environment(seed, n, scalars, entries, bindings, vectors, Map.copyOf(d), padded);
    }

    /**
     * The entries of {@code names} at an index outside 1..n are 0, as a convolution's gradient written over the whole
     * kernel takes them ({@code \\sum_k g_{j-k+1} w_k}, zero padding); within the range they are drawn as before.
     */
    public Environment withZeroOutside(Set<String> names) {
        return new Environment(seed, n, scalars, entries, bindings, vectors, defined, Set.copyOf(names));
    }

    /** The entries a definition gives the square matrix {@code name}, if {@link #withEntries} gave them. */
    public java.util.Optional<Entries> entriesOf(String name) {
        return java.util.Optional.ofNullable(defined.get(name));
    }

    private static List<Integer> toList(int[] indices) {
        return Arrays.stream(indices).boxed().toList();
    }

    private double derived(long salt, String name, int[] indices) {
        long h = mix(seed ^ mix(salt));
        for (char c : name.toCharArray()) {
            h = mix(h + c);
        }
        for (int i : indices) {
            h = mix(h ^ (i * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
        }
        double unit = (h >>> 11) * 0x1.0p-53;
        return (2 * unit - 1) * RANGE;
    }

    /** SplitMix64 finaliser: a bijective, well-spread mix of 64 bits. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
