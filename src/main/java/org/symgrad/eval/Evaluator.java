package org.symgrad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;

import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * Evaluates an {@link Expr} to a {@code double} in an {@link Environment}: the numeric oracle
 * every symbolic pass is tested against.
 *
 * <ul>
 *   <li>Known functions have the value their {@link FunctionRegistry} entry gives
 *       ({@code σ(x) = 1/(1+e^{−x})}, {@code softplus(x) = log(1+e^x)} computed stably,
 *       {@code heaviside(0) = 1/2}, {@code sign(0) = 0}); a constant ({@code pi}) its value.</li>
 *   <li>{@code Σ_{k=a}^{b}} iterates {@code a..b} (both must evaluate to integers); {@code δ_ij} is 1
 *       when the resolved indices are equal. Symbolic indices resolve through the environment's
 *       bindings and the enclosing sums; an unbound index is an error.</li>
 *   <li>An abstract function is the fixed smooth {@link AbstractFunction} of its name; a bare
 *       symbol argument that is a vector ({@link Environment#isVector}, or used with indices
 *       somewhere in the evaluated expression) contributes its entries {@code 1..n}. A primed
 *       name {@code f'} is the exact derivative of the function used for {@code f}.</li>
 *   <li>{@code Derivative(of, wrt)} is a central finite difference with one Richardson step
 *       (error {@code O(h^4)}, {@code h = 10^{-3}·max(1,|x|)}), perturbing the one scalar or the
 *       one indexed entry that {@code wrt} names.</li>
 * </ul>
 */
public final class Evaluator {
    private static final double STEP = 1e-3;

    private final Environment env;
    private final Map<String, Integer> scope;
    private final Map<Key, Double> perturbation = new HashMap<>();
    private final Set<String> indexedNames;

    /** A scalar ({@code indices == null}) or one entry of an indexed symbol. */
    private record Key(String name, List<Integer> indices) {
    }

    private Evaluator(Environment env, Set<String> indexedNames) {
        this.env = env;
        this.scope = new HashMap<>(env.bindings());
        this.scope.putIfAbsent(org.symgrad.expr.Index.SIZE, env.n()); // the range size as an index: its value
        this.indexedNames = indexedNames;
    }

    /** The value of {@code e} in {@code env}; may be NaN or infinite outside a function's domain. */
    public static double evaluate(Expr e, Environment env) {
        Set<String> names = new HashSet<>();
        collectIndexedNames(e, names);
        return new Evaluator(env, names).eval(e);
    }

    /**
     * The numeric derivative of {@code e} with respect to {@code wrt} (a {@link Sym} or
     * {@link Indexed}); the same as evaluating {@code new Derivative(e, wrt)}.
     */
    public static double derivative(Expr e, Expr wrt, Environment env) {
        return evaluate(new Derivative(e, wrt), env);
    }

    private static void collectIndexedNames(Expr e, Set<String> out) {
        if (e instanceof Indexed x) {
            out.add(x.name());
        }
        for (Expr c : Exprs.children(e)) {
            collectIndexedNames(c, out);
        }
    }

    private double eval(Expr e) {
        return switch (e) {
            case Num n -> n.value().doubleValue();
            case Sym s -> Constants.named(s.name()).isPresent()
                    ? Constants.named(s.name()).get().value() : leaf(new Key(s.name(), null));
            case Indexed x -> leaf(new Key(x.name(), resolve(x.indices())));
            case Add a -> {
                double sum = 0;
                for (Expr t : a.terms()) {
                    sum += eval(t);
                }
                yield sum;
            }
            case Mul m -> {
                double product = 1;
                for (Expr f : m.factors()) {
                    product *= eval(f);
                }
                yield product;
            }
            case Pow p -> power(eval(p.base()), p.exponent());
            case Fn f -> function(f);
            case IndexSum s -> indexSum(s);
            case IndexProduct p -> indexProduct(p);
            case Delta d -> resolve(d.i()) == resolve(d.j()) ? 1.0 : 0.0;
            case Derivative d -> finiteDifference(d);
        };
    }

    private double leaf(Key key) {
        java.util.Optional<String> matrix = MatrixFunctionNames.matrixOf(key.name());
        if (matrix.isPresent() && (key.indices() == null ? MatrixFunctionNames.determinantOf(key.name()).isPresent()
                : key.indices().size() == 2 && MatrixFunctionNames.inverseOf(key.name()).isPresent())) {
            return computed(matrix.get(), key.indices());
        }
        double base = key.indices() == null
                ? env.scalar(key.name())
                : env.indexed(key.name(), key.indices().stream().mapToInt(Integer::intValue).toArray());
        Double delta = perturbation.get(key);
        return delta == null ? base : base + delta;
    }

    /**
     * The entry (i, j) of the n×n matrix {@code name}'s inverse ({@code at} its indices), or its determinant ({@code at}
     * null), from the entries as they are here, perturbed ones included ({@link MatrixFunctionNames}).
     */
    private double computed(String name, List<Integer> at) {
        int n = env.n();
        double[] determinant = new double[1];
        double[][] inverse = SquareMatrices.inverse(n, (i, j) -> env.entriesOf(name).map(d -> d.at(i, j, scope, this::eval))
                .orElseGet(() -> leaf(new Key(name, List.of(i, j)))), determinant);
        if (at == null) {
            return determinant[0];
        }
        int i = at.get(0);
        int j = at.get(1);
        return i < 1 || j < 1 || i > n || j > n ? Double.NaN : inverse[i - 1][j - 1];
    }

    private double power(double base, Expr exponent) {
        if (exponent instanceof Num n && n.value().isInteger()) {
            return Math.pow(base, n.value().toBigInteger().doubleValue());
        }
        return Math.pow(base, eval(exponent));
    }

    private List<Integer> resolve(List<String> indices) {
        List<Integer> out = new ArrayList<>(indices.size());
        for (String i : indices) {
            out.add(resolve(i));
        }
        return out;
    }

    private int resolve(String index) {
        return Index.value(index, name -> {
            Integer v = scope.get(name);
            if (v == null) {
                throw new IllegalArgumentException("index " + name + " is not bound to a value");
            }
            return v;
        });
    }

    private double indexProduct(IndexProduct p) {
        return overRange(p.index(), p.lower(), p.upper(), p.body(), 1, (x, y) -> x * y);
    }

    private double indexSum(IndexSum s) {
        return overRange(s.index(), s.lower(), s.upper(), s.body(), 0, Double::sum);
    }

    /** {@code body} at every value of {@code index} from {@code lower} to {@code upper}, combined by {@code op}. */
    private double overRange(String index, Expr lower, Expr upper, Expr body,
                             double identity, DoubleBinaryOperator op) {
        int from = integer(lower);
        int to = integer(upper);
        Integer saved = scope.get(index);
        double result = identity;
        try {
            for (int k = from; k <= to; k++) {
                scope.put(index, k);
                result = op.applyAsDouble(result, eval(body));
            }
        } finally {
            if (saved == null) {
                scope.remove(index);
            } else {
                scope.put(index, saved);
            }
        }
        return result;
    }

    private int integer(Expr bound) {
        double v = eval(bound);
        long r = Math.round(v);
        if (Math.abs(v - r) > 1e-9 || Math.abs(r) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a summation bound must be an integer: " + bound + " = " + v);
        }
        return (int) r;
    }

    private double function(Fn f) {
        java.util.Optional<KnownFunction> known = FunctionRegistry.lookup(f.name());
        if (known.isPresent()) {
            if (f.args().size() != known.get().arity()) {
                throw new IllegalArgumentException(f.name() + " takes " + known.get().arity() + " argument(s)");
            }
            double[] values = new double[f.args().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = eval(f.args().get(i));
            }
            return known.get().value().applyAsDouble(values);
        }
        String name = f.name();
        int primes = 0;
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
            primes++;
        }
        List<Double> values = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof Sym s && isVector(s.name())) {
                for (int k = 1; k <= env.n(); k++) {
                    values.add(leaf(new Key(s.name(), List.of(k))));
                }
            } else {
                values.add(eval(a));
            }
        }
        double[] at = values.stream().mapToDouble(Double::doubleValue).toArray();
        int labels = org.symgrad.expr.IndexValue.leading(f.args());
        if (labels > 0 && labels == f.args().size() - 1) {
            return AbstractFunction.member(name, primes, at); // f_i'(w): f(ι_i, ·) differentiated in w
        }
        return AbstractFunction.valueOrMember(name, primes, at);
    }

    private boolean isVector(String name) {
        return env.isVector(name) || indexedNames.contains(name);
    }

    private double finiteDifference(Derivative d) {
        Key key = switch (d.wrt()) {
            case Sym s -> new Key(s.name(), null);
            case Indexed x -> new Key(x.name(), resolve(x.indices()));
            default -> throw new IllegalArgumentException("not a variable: " + d.wrt());
        };
        double h = STEP * Math.max(1, Math.abs(leaf(key)));
        double coarse = centralDifference(d.of(), key, h);
        double fine = centralDifference(d.of(), key, h / 2);
        return (4 * fine - coarse) / 3;
    }

    private double centralDifference(Expr of, Key key, double h) {
        return (shifted(of, key, h) - shifted(of, key, -h)) / (2 * h);
    }

    private double shifted(Expr of, Key key, double h) {
        Double saved = perturbation.get(key);
        perturbation.put(key, (saved == null ? 0 : saved) + h);
        try {
            return eval(of);
        } finally {
            if (saved == null) {
                perturbation.remove(key);
            } else {
                perturbation.put(key, saved);
            }
        }
    }
}
