package org.symgrad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constant;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Relation;

/**
 * Evaluates an {@link Expr} to a {@link Ball} in an {@link Environment}: the same values as the
 * {@link Evaluator} (same environment, same meaning of Σ, δ, abstract functions), but exact where
 * the expression is — numbers, the environment's values (exact dyadic rationals), {@code + − × ÷}
 * and integer powers — and otherwise a ball whose radius bounds the error. So {@code 10^20 + 1}
 * and {@code 10^20} are two different exact values, and {@code x·(1 + 10^{-12})} differs from
 * {@code x} by far more than its radius.
 *
 * <p>Known functions take their values from the {@link FunctionRegistry}: exact at exact arguments
 * where the entry is exact at numbers (piecewise-linear functions), otherwise computed in double
 * (with the entry's {@link KnownFunction#accuracy} added to the radius where it names one),
 * as are constants ({@link Constants}) and abstract functions ({@link AbstractFunction}), with their
 * error propagated by {@link Ball#apply}. A comparison whose arguments' balls decide it is exactly 1
 * or 0, and a case split whose condition is decided is the branch it selects. An unevaluated
 * {@code Derivative} is the evaluator's finite difference, a ball of relative radius
 * {@value #DIFFERENCE_RADIUS}.
 */
public final class BallEvaluator {
    /** Relative error allowed for a finite difference (Richardson-extrapolated, step 10⁻³). */
    static final double DIFFERENCE_RADIUS = 1e-7;

    private final Environment env;
    private final Map<String, Integer> scope;
    private final Set<String> indexedNames;
    /** Whether functions {@link PreciseFunctions} knows are computed to its digits rather than in double. */
    private final boolean precise;
    /** The square matrices whose inverse or determinant the expression uses, solved at this point. */
    private final Map<String, SquareMatrices.Solved> matrices = new HashMap<>();

    private BallEvaluator(Environment env, Set<String> indexedNames, boolean precise) {
        this.env = env;
        this.scope = new HashMap<>(env.bindings());
        this.scope.putIfAbsent(org.symgrad.expr.Index.SIZE, env.n()); // the range size as an index: its value
        this.indexedNames = indexedNames;
        this.precise = precise;
    }

    /**
     * The value of {@code e} in {@code env}; {@link Ball#UNDEFINED} outside a function's domain.
     * Throws {@link IllegalArgumentException} where the evaluator does: an unbound index, a Σ bound
     * that is not an integer.
     */
    public static Ball evaluate(Expr e, Environment env) {
        return evaluate(e, env, false);
    }

    /**
     * The value of {@code e} in {@code env} as {@link #evaluate} gives it, with the functions, π and
     * the non-integer powers {@code PreciseFunctions} knows computed to 64
     * digits instead of in double: slower, and far narrower where a side cancels ({@code 1 − σ(27)},
     * {@code log(1 + 10⁻¹²)}) or underflows ({@code e^{−1000}}) in double. A function it does not
     * know keeps its double value, so the ball is never wrong, only sometimes as wide as before.
     */
    public static Ball evaluatePrecisely(Expr e, Environment env) {
        return evaluate(e, env, true);
    }

    private static Ball evaluate(Expr e, Environment env, boolean precise) {
        Set<String> names = new HashSet<>();
        collectIndexedNames(e, names);
        return new BallEvaluator(env, names, precise).eval(e);
    }

    private static void collectIndexedNames(Expr e, Set<String> out) {
        if (e instanceof Indexed x) {
            out.add(x.name());
        }
        for (Expr c : Exprs.children(e)) {
            collectIndexedNames(c, out);
        }
    }

    private Ball eval(Expr e) {
        return switch (e) {
            case Num n -> Ball.exact(n.value());
            case Sym s -> MatrixFunctionNames.determinantOf(s.name()).map(m -> solved(m).determinant())
                    .orElseGet(() -> Constants.named(s.name()).map(this::constant).orElseGet(() -> Ball.of(env.scalar(s.name()))));
            case Indexed x -> IndexValue.is(x)
                    ? Ball.exact(Rational.of(IndexValue.valueAt(x.name(), resolve(x.indices().get(0))).orElseThrow()))
                    : MatrixFunctionNames.inverseOf(x.name()).isPresent() && x.indices().size() == 2
                    ? solved(MatrixFunctionNames.inverseOf(x.name()).get()).inverseEntry(resolve(x.indices().get(0)), resolve(x.indices().get(1)))
                    : Ball.of(entry(x.name(), resolve(x.indices())));
            case Add a -> {
                Ball sum = Ball.exact(Rational.ZERO);
                for (Expr t : a.terms()) {
                    sum = sum.add(eval(t));
                }
                yield sum;
            }
            case Mul m -> {
                Ball product = Ball.exact(Rational.ONE);
                for (Expr f : m.factors()) {
                    product = product.multiply(eval(f));
                }
                yield product;
            }
            case Pow p -> power(eval(p.base()), eval(p.exponent()));
            case Fn f -> function(f);
            case IndexSum s -> indexSum(s);
            case IndexProduct p -> indexProduct(p);
            case Delta d -> Ball.exact(resolve(d.i()) == resolve(d.j()) ? Rational.ONE : Rational.ZERO);
            case Derivative d -> finiteDifference(d);
        };
    }

    /** The inverse and determinant of the n×n matrix {@code name} at this point ({@link MatrixFunctionNames}), once per evaluation. */
    private SquareMatrices.Solved solved(String name) {
        SquareMatrices.Solved known = matrices.get(name);
        if (known == null) {
            // a matrix its definition gives has the definition's entries (K = K_f + σ²I), any other its drawn ones
            known = SquareMatrices.solve(env.n(), (i, j) -> env.entriesOf(name).map(d -> d.at(i, j, scope, this::eval))
                    .orElseGet(() -> Ball.of(entry(name, List.of(i, j)))));
            matrices.put(name, known);
        }
        return known;
    }

    /** A constant's double value, within half an ulp of the constant, as a ball that holds it. */
    private Ball constant(Constant c) {
        if (precise && c == Constants.PI) {
            return PreciseFunctions.pi();
        }
        return Ball.around(java.math.BigDecimal.valueOf(c.value()), Math.ulp(c.value()));
    }

    private double entry(String name, List<Integer> indices) {
        return env.indexed(name, indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private Ball power(Ball base, Ball exponent) {
        if (exponent.isExact() && exponent.exactValue().isInteger()
                && exponent.exactValue().toBigInteger().bitLength() < 63) {
            return base.pow(exponent.exactValue().toBigInteger().longValueExact());
        }
        if (precise && base.isDefined() && exponent.isDefined() && base.mid().signum() > 0) {
            // b^e = exp(e·log b) where b > 0, as Math.pow takes it
            java.util.Optional<Ball> value = PreciseFunctions.apply("log", base)
                    .flatMap(l -> PreciseFunctions.apply("exp", l.multiply(exponent)));
            if (value.isPresent()) {
                return value.get();
            }
        }
        return Ball.apply(v -> Math.pow(v[0], v[1]), List.of(base, exponent), 0);
    }

    private Ball function(Fn f) {
        java.util.Optional<KnownFunction> known = FunctionRegistry.lookup(f.name());
        if (known.isPresent()) {
            return known(known.get(), f);
        }
        String name = f.name();
        int primes = 0;
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
            primes++;
        }
        List<Ball> values = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof Sym s && (env.isVector(s.name()) || indexedNames.contains(s.name()))) {
                for (int k = 1; k <= env.n(); k++) {
                    values.add(Ball.of(entry(s.name(), List.of(k))));
                }
            } else {
                values.add(eval(a));
            }
        }
        String base = name;
        int order = primes;
        // a sum of sines of the arguments: its rounding is relative to the number of its terms
        int labels = org.symgrad.expr.IndexValue.leading(f.args());
        if (labels > 0 && labels == f.args().size() - 1) {
            // f_i'(w): the member f(ι_i, ·) differentiated in w, its labels read from the expression, not from the values
            return Ball.apply(v -> AbstractFunction.member(base, order, v), values, values.size() + 1.0);
        }
        return Ball.apply(v -> AbstractFunction.valueOrMember(base, order, v), values, values.size() + 1.0);
    }

    /** A known function: exact where its registry entry is exact at numbers, else its double value as a ball. */
    private Ball known(KnownFunction k, Fn f) {
        if (f.args().size() != k.arity()) {
            throw new IllegalArgumentException(f.name() + " takes " + k.arity() + " argument(s)");
        }
        if (k.piecewise()) {
            Ball condition = eval(f.args().get(0));
            if (decided(condition)) {
                // the branch the condition selects, as the evaluator takes it: the other may be undefined
                return eval(f.args().get(condition.isExact() && condition.exactValue().isZero() ? 2 : 1));
            }
        }
        List<Ball> args = new ArrayList<>(f.args().size());
        for (Expr a : f.args()) {
            args.add(eval(a));
        }
        java.util.Optional<Relation> relation = Relation.ofFunction(k.name());
        if (relation.isPresent()) {
            Ball difference = args.get(0).subtract(args.get(1));
            if (decided(difference)) {
                // a comparison its arguments' balls decide is exactly 1 or 0 (never 0 ± a radius that a
                // case split would read as a possibly true condition)
                double sign = difference.isExact() ? difference.exactValue().num().signum() : difference.estimate();
                return Ball.exact(relation.get().holds(sign, 0) ? Rational.ONE : Rational.ZERO);
            }
        }
        if (k.exactAtNumbers().isPresent() && args.get(0).isExact()) {
            return Ball.exact(k.exactAtNumbers().get().apply(args.get(0).exactValue()));
        }
        if (k.arity() == 1 && args.get(0).isExact()) {
            // the registry's exact value (acos(1) = 0): at the end of a domain the double's backward
            // error would widen the ball without bound (acos(1 − ε) ≈ √(2ε)) and hide a small difference
            Expr special = k.specialValues().get(args.get(0).exactValue());
            if (special != null) {
                return eval(special);
            }
        }
        if (precise && k.arity() == 1) {
            java.util.Optional<Ball> value = PreciseFunctions.apply(k.name(), args.get(0));
            if (value.isPresent()) {
                return value.get();
            }
        }
        Ball value = Ball.apply(k.value(), args, 0);
        if (k.accuracy() > 0 && value.isDefined()) {
            // a value computed by a series (Γ, ψ): its error is the entry's, not a library function's few ulps
            double size = Math.max(1, value.mid().abs().doubleValue());
            value = Ball.around(value.mid(), (value.radius() + k.accuracy() * size) * (1 + 0x1p-50));
        }
        return value;
    }

    /** Whether the ball is exactly 0 or certainly not 0: its sign is known. */
    private static boolean decided(Ball b) {
        return b.isDefined() && (b.isExact() || b.mid().abs().doubleValue() > b.radius());
    }

    private Ball indexProduct(IndexProduct p) {
        return overRange(p.index(), p.lower(), p.upper(), p.body(), Ball.exact(Rational.ONE), Ball::multiply);
    }

    private Ball indexSum(IndexSum s) {
        return overRange(s.index(), s.lower(), s.upper(), s.body(), Ball.exact(Rational.ZERO), Ball::add);
    }

    /** {@code body} at every value of {@code index} from {@code lower} to {@code upper}, combined by {@code op}. */
    private Ball overRange(String index, Expr lower, Expr upper, Expr body,
                           Ball identity, BinaryOperator<Ball> op) {
        int from = integer(lower);
        int to = integer(upper);
        Integer saved = scope.get(index);
        Ball result = identity;
        try {
            for (int k = from; k <= to; k++) {
                scope.put(index, k);
                result = op.apply(result, eval(body));
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

    /** A Σ bound: an exact integer, or a ball that can only be one integer (as the evaluator accepts). */
    private int integer(Expr bound) {
        Ball b = eval(bound);
        if (b.isExact() && b.exactValue().isInteger() && b.exactValue().toBigInteger().bitLength() < 32) {
            return b.exactValue().toBigInteger().intValueExact();
        }
        double v = b.estimate();
        long r = Math.round(v);
        if (!b.isDefined() || b.isExact() || Math.abs(v - r) > 1e-9 || b.radius() >= 0.5
                || Math.abs(r) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a summation bound must be an integer: " + bound + " = " + b);
        }
        return (int) r;
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

    /** The evaluator's finite difference, in the environment with the enclosing sums' indices bound. */
    private Ball finiteDifference(Derivative d) {
        Environment here = env;
        for (Map.Entry<String, Integer> b : scope.entrySet()) {
            here = here.withBinding(b.getKey(), b.getValue());
        }
        double v = Evaluator.evaluate(d, here);
        if (!Double.isFinite(v)) {
            return Ball.UNDEFINED;
        }
        return Ball.around(new java.math.BigDecimal(v), DIFFERENCE_RADIUS * Math.max(1, Math.abs(v)));
    }
}
