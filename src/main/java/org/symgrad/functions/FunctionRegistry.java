package org.symgrad.functions;

import static org.symgrad.expr.Exprs.ONE;
import static org.symgrad.expr.Exprs.TWO;
import static org.symgrad.expr.Exprs.ZERO;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.div;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.log;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.functions.Template.U;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;

/**
 * The function registry: one {@link KnownFunction} entry per known function, and the only place
 * that says what a function is. Adding a function is adding an entry here (and its tests): the
 * parser, differentiator, evaluator, normaliser, rule book and printers all read this table. Any
 * name not in it, applied to arguments, is an abstract function whose derivative stays symbolic.
 *
 * <p>{@code heaviside′} and {@code sign′} are 0 away from the jump at 0 (the distributional δ at 0
 * is not represented); {@code abs′ = sign} and {@code relu′ = heaviside} likewise hold away from 0.
 */
public final class FunctionRegistry {
    public static final String EXP = "exp";
    public static final String LOG = "log";
    public static final String SIGMA = "sigma";

    private static final Rational HALF = Rational.of(1, 2);

    /** Every known function, in the order the reference lists them. */
    public static final List<KnownFunction> ALL = List.of(
            KnownFunction.unary(EXP, Math::exp).derivative(exp(U)).at(Rational.ZERO, ONE).range(Range.POSITIVE)
                    .layout(Layout.EXPONENTIAL).latex("\\exp")
                    .code("np.exp({0})", "torch.exp({0})").build(),
            KnownFunction.unary(LOG, Math::log).aliases("ln").derivative(pow(U, -1)).at(Rational.ONE, ZERO)
                    .latex("\\log")
                    .code("np.log({0})", "torch.log({0})").build(),
            KnownFunction.unary("sqrt", Math::sqrt).derivative(mul(num(HALF), pow(U, num(HALF.negate()))))
                    .canonicalForm(pow(U, num(HALF))).range(Range.NONNEGATIVE).layout(Layout.RADICAL)
                    .code("np.sqrt({0})", "torch.sqrt({0})").build(),
            KnownFunction.unary("abs", Math::abs).derivative(fn("sign", U)).parity(Parity.EVEN)
                    .exactAtNumbers(Rational::abs).range(Range.NONNEGATIVE).layout(Layout.BARS)
                    .code("np.abs({0})", "torch.abs({0})").build(),
            KnownFunction.unary("sin", Math::sin).derivative(fn("cos", U)).parity(Parity.ODD).range(Range.CLOSED_SYMMETRIC)
                    .at(Rational.ZERO, ZERO).latex("\\sin")
                    .code("np.sin({0})", "torch.sin({0})").build(),
            KnownFunction.unary("cos", Math::cos).derivative(neg(fn("sin", U))).parity(Parity.EVEN)
                    .range(Range.CLOSED_SYMMETRIC)
                    .at(Rational.ZERO, ONE).latex("\\cos")
                    .code("np.cos({0})", "torch.cos({0})").build(),
            KnownFunction.unary("tan", Math::tan).derivative(add(ONE, pow(fn("tan", U), 2))).parity(Parity.ODD)
                    .at(Rational.ZERO, ZERO).quotientOf("sin", "cos").latex("\\tan")
                    .code("np.tan({0})", "torch.tan({0})").build(),
            KnownFunction.unary("sinh", Math::sinh).derivative(fn("cosh", U)).parity(Parity.ODD)
                    .at(Rational.ZERO, ZERO).definition(mul(num(HALF), sub(exp(U), exp(neg(U)))))
                    .latex("\\sinh")
                    .code("np.sinh({0})", "torch.sinh({0})").build(),
            KnownFunction.unary("cosh", Math::cosh).derivative(fn("sinh", U)).parity(Parity.EVEN).range(Range.AT_LEAST_ONE)
                    .at(Rational.ZERO, ONE).definition(mul(num(HALF), add(exp(U), exp(neg(U)))))
                    .latex("\\cosh")
                    .code("np.cosh({0})", "torch.cosh({0})").build(),
            KnownFunction.unary("tanh", Math::tanh).derivative(sub(ONE, pow(fn("tanh", U), 2))).parity(Parity.ODD)
                    .range(Range.OPEN_SYMMETRIC)
                    .at(Rational.ZERO, ZERO).quotientOf("sinh", "cosh")
                    .definition(div(sub(exp(mul(TWO, U)), ONE), add(exp(mul(TWO, U)), ONE)))
                    // e^{2u} = (1 + t)/(1 − t), so e^u is its square root
                    .inverse("tanh-from-exp", exp(U),
                            pow(div(add(ONE, fn("tanh", U)), sub(ONE, fn("tanh", U))), num(HALF)))
                    .latex("\\tanh")
                    .code("np.tanh({0})", "torch.tanh({0})").build(),
            KnownFunction.unary(SIGMA, x -> x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)))
                    .aliases("sigmoid", "σ").derivative(mul(sigma(U), sub(ONE, sigma(U))))
                    .parity(Parity.COMPLEMENTARY).at(Rational.ZERO, num(HALF)).range(Range.OPEN_UNIT)
                    .definition(div(ONE, add(ONE, exp(neg(U)))))
                    .inverse("sigma-from-exp", exp(U), div(sigma(U), sub(ONE, sigma(U))))
                    .latex("\\sigma").unicode("σ")
                    .code("0.5 + 0.5 * np.tanh(0.5 * ({0}))", "torch.sigmoid({0})").build(),
            KnownFunction.unary("softplus", x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))))
                    .derivative(sigma(U)).definition(log(add(ONE, exp(U)))).range(Range.POSITIVE)
                    .inverse("softplus-from-log", log(add(ONE, exp(U))), fn("softplus", U))
                    .code("np.logaddexp(0.0, {0})", "torch.nn.functional.softplus({0})").build(),
            KnownFunction.unary("relu", x -> Math.max(x, 0)).derivative(fn("heaviside", U)).range(Range.NONNEGATIVE)
                    .exactAtNumbers(r -> r.signum() > 0 ? r : Rational.ZERO)
                    .code("np.maximum({0}, 0.0)", "torch.relu({0})").build(),
            KnownFunction.unary("heaviside", x -> x > 0 ? 1 : x < 0 ? 0 : 0.5).derivative(ZERO).range(Range.CLOSED_UNIT)
                    .exactAtNumbers(r -> r.isZero() ? HALF : r.signum() > 0 ? Rational.ONE : Rational.ZERO)
                    .code("np.heaviside({0}, 0.5)", "torch.heaviside({0}, torch.tensor(0.5, dtype=torch.float64))").build(),
            KnownFunction.unary("sign", Math::signum).derivative(ZERO).parity(Parity.ODD).range(Range.CLOSED_SYMMETRIC)
                    .exactAtNumbers(r -> Rational.of(r.signum()))
                    .code("np.sign({0})", "torch.sign({0})").build(),
            KnownFunction.unary("erf", FunctionRegistry::erf)
                    .derivative(mul(TWO, pow(Constants.PI.symbol(), num(HALF.negate())), exp(neg(pow(U, 2)))))
                    .parity(Parity.ODD).at(Rational.ZERO, ZERO).range(Range.OPEN_SYMMETRIC)
                    .code("np.vectorize(math.erf, otypes=[float])({0})", "torch.erf({0})").build());

    private static final Map<String, KnownFunction> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, KnownFunction> BY_SPELLING = new LinkedHashMap<>();

    static {
        for (KnownFunction f : ALL) {
            if (BY_NAME.put(f.name(), f) != null) {
                throw new IllegalStateException("two entries for " + f.name());
            }
        }
        for (KnownFunction f : ALL) {
            for (String spelling : f.aliases()) {
                if (BY_NAME.containsKey(spelling) || BY_SPELLING.put(spelling, f) != null) {
                    throw new IllegalStateException("the spelling " + spelling + " names two functions");
                }
            }
            BY_SPELLING.put(f.name(), f);
        }
    }

    private FunctionRegistry() {
    }

    /**
     * The error function to about 1e-15: below |x| = 3 the series
     * {@code erf x = 2/√π e^{−x²} Σ_n 2^n x^{2n+1}/(1·3···(2n+1))}, whose terms are all positive;
     * above, {@code 1 − erfc x} with the continued fraction
     * {@code erfc x = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))}.
     */
    private static double erf(double x) {
        double a = Math.abs(x);
        double value;
        if (a < 3) {
            double square = a * a;
            double term = a;
            double sum = a;
            for (int n = 1; term > 1e-17 * sum; n++) {
                term *= 2 * square / (2 * n + 1);
                sum += term;
            }
            value = 2 / Math.sqrt(Math.PI) * Math.exp(-square) * sum;
        } else {
            double fraction = a;
            for (int k = 60; k >= 1; k--) {
                fraction = a + (k / 2.0) / fraction;
            }
            value = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / fraction;
        }
        return x < 0 ? -value : value;
    }

    /** Whether {@code name} is the canonical name of a known function. */
    public static boolean isKnown(String name) {
        return BY_NAME.containsKey(name);
    }

    /** The entry of the known function with canonical name {@code name}. */
    public static Optional<KnownFunction> lookup(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The entry of {@code name}; callers have checked {@link #isKnown}. */
    public static KnownFunction get(String name) {
        KnownFunction f = BY_NAME.get(name);
        if (f == null) {
            throw new IllegalArgumentException("not a known function: " + name);
        }
        return f;
    }

    /** The entry a spelling names: the canonical name or an alias ({@code ln}, {@code sigmoid}, {@code σ}). */
    public static Optional<KnownFunction> spelled(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(spelling));
    }

    /** The entry of the known function {@code e} applies, if it applies one. */
    public static Optional<KnownFunction> applied(Expr e) {
        return e instanceof Fn f ? lookup(f.name()) : Optional.empty();
    }
}
