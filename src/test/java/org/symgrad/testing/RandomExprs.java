package org.symgrad.testing;

import static org.symgrad.expr.Exprs.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Rational;

/**
 * A seeded generator of random scalar expressions over {@code x, y, z}: sums, products,
 * quotients, small integer powers and every smooth known function. Arguments are kept in each
 * function's domain by construction ({@code log} and {@code sqrt} of {@code 1 + u²} or of
 * {@code exp(u)}, {@code tan} of a bounded {@code sin(u)}, denominators {@code 1 + u²} or
 * {@code exp(u)}, negative powers only of positive bases), so values are finite for moderate
 * inputs; callers should still skip non-finite points.
 *
 * <p>Index mode ({@link #nextIndexed}): expressions with exactly a given set of free indices over
 * vectors {@code x, y} and the matrix {@code W}, with {@code Σ} (bound names drawn from
 * {@link #BOUND}, so they often clash with names used elsewhere), {@code δ} (also on a bound
 * index, so contraction applies), concrete entries such as {@code x_2}, and smooth functions of
 * indexed terms.
 */
public final class RandomExprs {
    public static final List<String> VARIABLES = List.of("x", "y", "z");

    /** Names for summation indices in index mode; free indices are {@code i} and {@code j}. */
    public static final List<String> BOUND = List.of("k", "m", "i", "j");

    private final Random random;

    public RandomExprs(long seed) {
        this.random = new Random(seed);
    }

    /** A random expression with at most {@code depth} levels of operators. */
    public Expr next(int depth) {
        if (depth <= 0 || random.nextInt(5) == 0) {
            return leaf();
        }
        int d = depth - 1;
        return switch (random.nextInt(19)) {
            case 0, 1 -> add(next(d), next(d));
            case 2, 3 -> mul(next(d), next(d));
            case 4 -> div(next(d), positive(d));
            case 5 -> pow(next(d), 2 + random.nextInt(2));
            case 6 -> pow(positive(d), -1 - random.nextInt(2));
            case 7 -> exp(bounded(d));
            case 8 -> log(positive(d));
            case 9 -> fn("sqrt", positive(d));
            case 10 -> fn("sin", next(d));
            case 11 -> fn("cos", next(d));
            case 12 -> fn("tan", fn("sin", next(d)));
            case 13 -> fn("sinh", bounded(d));
            case 14 -> fn("cosh", bounded(d));
            case 15 -> fn("tanh", next(d));
            case 16 -> sigma(next(d));
            case 17 -> fn("softplus", next(d));
            default -> sub(next(d), mul(num(Rational.of(random.nextInt(5) + 1, 2)), next(d)));
        };
    }

    /** A variable, or a small rational constant. */
    public Expr leaf() {
        if (random.nextInt(4) == 0) {
            int num = random.nextInt(7) - 3;
            int den = 1 + random.nextInt(3);
            return num(Rational.of(num == 0 ? 1 : num, den));
        }
        return sym(VARIABLES.get(random.nextInt(VARIABLES.size())));
    }

    /** A point: random values in [-1.5, 1.5] for x, y, z. */
    public double[] point() {
        double[] p = new double[VARIABLES.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 3 * random.nextDouble() - 1.5;
        }
        return p;
    }

    /** The functions of one argument in the registry, in its order: new entries are fuzzed too. */
    public static final List<String> UNARY_FUNCTIONS = org.symgrad.functions.FunctionRegistry.ALL.stream()
            .filter(f -> f.arity() == 1).map(org.symgrad.functions.KnownFunction::name).toList();

    /**
     * A random expression from the families where edges are (issue 14): a function of another's
     * inverse ({@code σ(log u)}, {@code softplus(log u)}, {@code tanh(log u)}, {@code log(exp u)}),
     * powers of 0 and powers with a variable exponent, products and quotients that vanish at 0
     * ({@code x·exp(−x)}, {@code x·u/x}), and every one-argument function of the registry,
     * whatever its domain (points outside it are the caller's to skip).
     */
    public Expr nextEdge(int depth) {
        int d = Math.max(0, depth - 1);
        Expr x = sym(VARIABLES.get(random.nextInt(VARIABLES.size())));
        return switch (random.nextInt(9)) {
            case 0 -> fn(anyFunction(), inverse(d));
            case 1 -> pow(num(0), positive(d));
            case 2 -> pow(positive(d), next(d));
            case 3 -> mul(random.nextBoolean() ? x : next(d), exp(neg(x)));
            case 4 -> div(mul(x, next(d)), x);
            case 5 -> fn(anyFunction(), next(d));
            case 6 -> add(fn(anyFunction(), x), nextEdge(d));
            case 7 -> mul(nextEdge(d), next(d));
            default -> next(depth);
        };
    }

    private String anyFunction() {
        return UNARY_FUNCTIONS.get(random.nextInt(UNARY_FUNCTIONS.size()));
    }

    /** The argument of a function applied to an inverse: {@code log u}, {@code exp u}, {@code −u}, {@code 1/u}. */
    private Expr inverse(int depth) {
        return switch (random.nextInt(4)) {
            case 0 -> log(positive(depth));
            case 1 -> exp(bounded(depth));
            case 2 -> neg(next(depth));
            default -> pow(positive(depth), -1);
        };
    }

    /** A random expression that is positive everywhere. */
    private Expr positive(int depth) {
        return random.nextBoolean() ? add(ONE, pow(next(depth), 2)) : exp(bounded(depth));
    }

    /** A random expression with values in [-1, 1], safe under exp, sinh, cosh. */
    private Expr bounded(int depth) {
        return random.nextBoolean() ? fn("sin", next(depth)) : fn("tanh", next(depth));
    }

    /**
     * A random expression whose free indices are exactly {@code free} (a subset of {@code i, j},
     * or of any names), with at most {@code depth} levels of operators.
     */
    public Expr nextIndexed(Set<String> free, int depth) {
        List<String> f = new ArrayList<>(free);
        if (depth <= 0 || random.nextInt(6) == 0) {
            return indexedLeaf(f);
        }
        int d = depth - 1;
        return switch (random.nextInt(10)) {
            case 0, 1 -> add(nextIndexed(free, d), nextIndexed(free, d));
            case 2, 3 -> {
                // split the free indices over two factors, sharing some
                Set<String> left = new LinkedHashSet<>();
                Set<String> right = new LinkedHashSet<>();
                for (String i : f) {
                    int where = random.nextInt(3);
                    if (where != 1) {
                        left.add(i);
                    }
                    if (where != 0) {
                        right.add(i);
                    }
                }
                yield mul(nextIndexed(left, d), nextIndexed(right, d));
            }
            case 4, 5 -> {
                String k = boundName(f);
                Set<String> inner = new LinkedHashSet<>(free);
                inner.add(k);
                yield sum(k, nextIndexed(inner, d));
            }
            case 6 -> {
                // Σ_k δ_ak body(k): contraction applies
                String k = boundName(f);
                Set<String> inner = new LinkedHashSet<>(free);
                inner.add(k);
                String a = f.isEmpty() ? Integer.toString(1 + random.nextInt(3)) : f.get(random.nextInt(f.size()));
                Expr delta = random.nextBoolean() ? delta(a, k) : delta(k, a);
                yield sum(k, mul(delta, nextIndexed(inner, d)));
            }
            case 7 -> exp(fn("sin", nextIndexed(free, d)));
            case 8 -> sigma(nextIndexed(free, d));
            default -> log(add(ONE, pow(nextIndexed(free, d), 2)));
        };
    }

    /**
     * A random expression whose free indices are exactly {@code free}, built from terms that carry
     * different free indices and broadcast (SPEC §9): outer sums and differences such as
     * {@code x_i − y_j}, pairwise kernels {@code exp(−(x_i − x_j)²)}, hinges {@code σ(x_j − x_i + c)},
     * their products, and Σ over a broadcast body ({@code Σ_k (x_k − y_i)²}).
     */
    public Expr nextBroadcast(Set<String> free, int depth) {
        List<String> f = new ArrayList<>(free);
        if (depth <= 0 || f.isEmpty()) {
            return nextIndexed(free, Math.max(0, depth));
        }
        int d = depth - 1;
        return switch (random.nextInt(6)) {
            case 0, 1 -> {
                // terms over subsets of the free indices whose union is all of them
                List<Expr> terms = new ArrayList<>();
                Set<String> covered = new LinkedHashSet<>();
                int count = 2 + random.nextInt(2);
                for (int t = 0; t < count || !covered.containsAll(free); t++) {
                    Set<String> part = new LinkedHashSet<>();
                    for (String i : f) {
                        if (random.nextBoolean() || (t >= count && !covered.contains(i))) {
                            part.add(i);
                        }
                    }
                    covered.addAll(part);
                    Expr term = random.nextInt(3) == 0 ? nextBroadcast(part, d) : nextIndexed(part, d);
                    terms.add(random.nextBoolean() ? term : neg(term));
                }
                yield add(terms);
            }
            case 2 -> {
                // a pairwise kernel of two entries over different indices
                String a = f.get(random.nextInt(f.size()));
                String b = f.get(random.nextInt(f.size()));
                Expr diff = sub(indexed("x", a), indexed(random.nextBoolean() ? "x" : "y", b));
                Set<String> rest = new LinkedHashSet<>(free);
                rest.remove(a);
                rest.remove(b);
                Expr kernel = random.nextBoolean() ? exp(neg(pow(diff, 2))) : sigma(add(diff, leaf()));
                yield rest.isEmpty() ? kernel : mul(kernel, nextIndexed(rest, d));
            }
            case 3 -> mul(nextBroadcast(free, d), random.nextBoolean() ? nextBroadcast(free, d) : leaf());
            case 4 -> {
                // Σ_k over a body that broadcasts the bound index against the free ones
                String k = boundName(f);
                Set<String> inner = new LinkedHashSet<>(free);
                inner.add(k);
                yield sum(k, nextBroadcast(inner, d));
            }
            default -> log(add(ONE, pow(nextBroadcast(free, d), 2)));
        };
    }

    /** A summation index name not among {@code free}. */
    private String boundName(List<String> free) {
        List<String> options = BOUND.stream().filter(b -> !free.contains(b)).toList();
        return options.isEmpty() ? org.symgrad.expr.Indices.fresh(free) : options.get(random.nextInt(options.size()));
    }

    /** A leaf (or small product of leaves) with exactly the free indices {@code free}. */
    private Expr indexedLeaf(List<String> free) {
        String[] vectors = {"x", "y"};
        List<Expr> factors = new ArrayList<>();
        List<String> left = new ArrayList<>(free);
        while (left.size() >= 2 && random.nextBoolean()) {
            String a = left.remove(0);
            String b = left.remove(0);
            factors.add(random.nextBoolean() ? indexed("W", a, b) : delta(a, b));
        }
        for (String i : left) {
            factors.add(indexed(vectors[random.nextInt(2)], i));
        }
        if (factors.isEmpty()) {
            return switch (random.nextInt(4)) {
                case 0 -> indexed(vectors[random.nextInt(2)], Integer.toString(1 + random.nextInt(3)));
                case 1 -> indexed("W", Integer.toString(1 + random.nextInt(3)), Integer.toString(1 + random.nextInt(3)));
                default -> leaf();
            };
        }
        return mul(factors);
    }
}
