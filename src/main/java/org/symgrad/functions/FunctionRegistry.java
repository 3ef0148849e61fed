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
import java.util.function.DoubleUnaryOperator;
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
    public static final String PHI = "Phi";
    /** The case split {@code where(cond, a, b)}: a where the condition (a {@link Relation}) holds, else b. */
    public static final String WHERE = "where";
    /** The Gamma function Γ, log Γ, the digamma ψ = Γ′/Γ, the trigamma ψ₁ = ψ′, ψ⁽ⁿ⁾ and the Beta function. */
    public static final String GAMMA = "Gamma";
    public static final String LGAMMA = "lgamma";
    public static final String DIGAMMA = "digamma";
    public static final String TRIGAMMA = "trigamma";
    public static final String POLYGAMMA = "polygamma";
    public static final String BETA = "Beta";
    public static final String LBETA = "lbeta";

    private static final Rational HALF = Rational.of(1, 2);
    private static final Rational QUARTER = Rational.of(1, 4);
    private static final Expr V = Template.SLOTS.get(1);
    private static final Expr W = Template.SLOTS.get(2);

    /** Every known function, in the order the reference lists them. */
    public static final List<KnownFunction> ALL = List.of(
            KnownFunction.unary(EXP, Math::exp).derivative(exp(U)).at(Rational.ZERO, ONE).range(Range.POSITIVE)
                    .layout(Layout.EXPONENTIAL).latex("\\exp")
                    .code("np.exp({0})", "torch.exp({0})").increasing().build(),
            KnownFunction.unary(LOG, Math::log).aliases("ln").derivative(pow(U, -1)).at(Rational.ONE, ZERO)
                    .latex("\\log")
                    .code("np.log({0})", "torch.log({0})").increasing().build(),
            // the spellings of numerical libraries and base-b logarithms, each always read as what it computes
            // (log2 u = log u/log 2), so results use the functions above: log2, log10, log1p, expm1, exp2, rsqrt
            // (not cbrt: it is real below 0, where u^(1/3) is not)
            KnownFunction.unary("log2", x -> Math.log(x) / Math.log(2)).derivative(pow(mul(U, log(TWO)), -1))
                    .canonicalForm(div(log(U), log(TWO))).latex("\\log_2").code("np.log2({0})", "torch.log2({0})").build(),
            KnownFunction.unary("log10", Math::log10).derivative(pow(mul(U, log(num(10))), -1))
                    .canonicalForm(div(log(U), log(num(10)))).latex("\\log_{10}")
                    .code("np.log10({0})", "torch.log10({0})").build(),
            KnownFunction.unary("log1p", Math::log1p).derivative(pow(add(ONE, U), -1)).canonicalForm(log(add(ONE, U)))
                    .code("np.log1p({0})", "torch.log1p({0})").build(),
            KnownFunction.unary("expm1", Math::expm1).derivative(exp(U)).canonicalForm(sub(exp(U), ONE))
                    .code("np.expm1({0})", "torch.expm1({0})").build(),
            KnownFunction.unary("exp2", x -> Math.pow(2, x)).derivative(mul(log(TWO), pow(TWO, U)))
                    .canonicalForm(pow(TWO, U)).code("np.exp2({0})", "torch.exp2({0})").build(),
            KnownFunction.unary("rsqrt", x -> 1 / Math.sqrt(x)).derivative(mul(num(HALF.negate()), pow(U, num(Rational.of(-3, 2)))))
                    .canonicalForm(pow(U, num(HALF.negate()))).code("1.0 / np.sqrt({0})", "torch.rsqrt({0})").build(),
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
            // sec² u, as calculus texts and TensorFlow's _TanGrad (square(reciprocal(cos(x)))) print it; sec reads 1/cos
            KnownFunction.unary("tan", Math::tan).derivative(pow(fn("cos", U), -2)).parity(Parity.ODD)
                    .at(Rational.ZERO, ZERO).quotientOf("sin", "cos").latex("\\tan")
                    .code("np.tan({0})", "torch.tan({0})").build(),
            KnownFunction.unary("sinh", Math::sinh).derivative(fn("cosh", U)).parity(Parity.ODD)
                    .at(Rational.ZERO, ZERO).definition(mul(num(HALF), sub(exp(U), exp(neg(U)))))
                    .latex("\\sinh")
                    .code("np.sinh({0})", "torch.sinh({0})").increasing().build(),
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
                    .code("np.tanh({0})", "torch.tanh({0})").increasing().build(),
            // the reciprocal functions, as books write tanh' = sech² u: always read as the quotient they name
            reciprocal("sec", null, "cos", neg(fn("sin", U)), x -> 1 / Math.cos(x), Parity.EVEN, "\\sec"),
            reciprocal("csc", null, "sin", fn("cos", U), x -> 1 / Math.sin(x), Parity.ODD, "\\csc"),
            reciprocal("cot", "cos", "sin", null, x -> 1 / Math.tan(x), Parity.ODD, "\\cot"),
            reciprocal("sech", null, "cosh", fn("sinh", U), x -> 1 / Math.cosh(x), Parity.EVEN, "\\operatorname{sech}"),
            reciprocal("csch", null, "sinh", fn("cosh", U), x -> 1 / Math.sinh(x), Parity.ODD, "\\operatorname{csch}"),
            reciprocal("coth", "cosh", "sinh", null, x -> 1 / Math.tanh(x), Parity.ODD, "\\coth"),
            KnownFunction.unary("atan", Math::atan).aliases("arctan").derivative(pow(add(ONE, pow(U, 2)), -1))
                    .parity(Parity.ODD).at(Rational.ZERO, ZERO).at(Rational.ONE, mul(num(QUARTER), Constants.PI.symbol()))
                    .range(new Range(-Math.PI / 2, true, Math.PI / 2, true))
                    .latex("\\arctan")
                    .code("np.arctan({0})", "torch.atan({0})").increasing().build(),
            KnownFunction.unary("asin", Math::asin).aliases("arcsin")
                    .derivative(pow(sub(ONE, pow(U, 2)), num(HALF.negate()))).parity(Parity.ODD).at(Rational.ZERO, ZERO)
                    // exact at the ends of the domain, where a ball of the argument would widen without bound
                    .at(Rational.ONE, mul(num(HALF), Constants.PI.symbol()))
                    .at(Rational.ONE.negate(), mul(num(HALF.negate()), Constants.PI.symbol()))
                    .range(new Range(-Math.PI / 2, false, Math.PI / 2, false)).latex("\\arcsin")
                    .code("np.arcsin({0})", "torch.asin({0})").increasing().build(),
            KnownFunction.unary("acos", Math::acos).aliases("arccos")
                    .derivative(neg(pow(sub(ONE, pow(U, 2)), num(HALF.negate()))))
                    .at(Rational.ONE, ZERO).at(Rational.ZERO, mul(num(HALF), Constants.PI.symbol()))
                    .at(Rational.ONE.negate(), Constants.PI.symbol())
                    .range(new Range(0, false, Math.PI, false))
                    .latex("\\arccos")
                    .code("np.arccos({0})", "torch.acos({0})").build(),
            KnownFunction.unary("asinh", FunctionRegistry::asinh).aliases("arsinh", "arcsinh")
                    .derivative(pow(add(ONE, pow(U, 2)), num(HALF.negate()))).parity(Parity.ODD).at(Rational.ZERO, ZERO)
                    .latex("\\operatorname{arsinh}")
                    .code("np.arcsinh({0})", "torch.asinh({0})").increasing().build(),
            KnownFunction.unary("atanh", FunctionRegistry::atanh).aliases("artanh", "arctanh")
                    .derivative(pow(sub(ONE, pow(U, 2)), -1)).parity(Parity.ODD).at(Rational.ZERO, ZERO)
                    .latex("\\operatorname{artanh}")
                    .code("np.arctanh({0})", "torch.atanh({0})").increasing().build(),
            KnownFunction.unary("acosh", FunctionRegistry::acosh).aliases("arcosh", "arccosh")
                    .derivative(pow(sub(pow(U, 2), ONE), num(HALF.negate()))).at(Rational.ONE, ZERO)
                    .range(Range.NONNEGATIVE).latex("\\operatorname{arcosh}")
                    .code("np.arccosh({0})", "torch.acosh({0})").increasing().build(),
            // the angle of the point (x, y), atan2(y, x) in (−π, π], as C, NumPy and PyTorch write it: y first;
            // it jumps by 2π across the negative x axis, its partials −y/(x² + y²) and x/(x² + y²) are smooth
            KnownFunction.nary("atan2", 2, v -> Math.atan2(v[0], v[1])).aliases("arctan2")
                    .partial(mul(V, pow(add(pow(U, 2), pow(V, 2)), -1)))
                    .partial(neg(mul(U, pow(add(pow(U, 2), pow(V, 2)), -1))))
                    .range(new Range(-Math.PI, false, Math.PI, false)).latex("\\operatorname{atan2}")
                    .code("np.arctan2({0}, {1})", "torch.atan2({0}, {1})").build(),
            KnownFunction.unary(SIGMA, FunctionRegistry::logistic)
                    .aliases("sigmoid", "σ").derivative(mul(sigma(U), sub(ONE, sigma(U))))
                    .parity(Parity.COMPLEMENTARY).at(Rational.ZERO, num(HALF)).range(Range.OPEN_UNIT)
                    .definition(div(ONE, add(ONE, exp(neg(U)))))
                    .inverse("sigma-from-exp", exp(U), div(sigma(U), sub(ONE, sigma(U))))
                    .latex("\\sigma").unicode("σ")
                    .code("0.5 + 0.5 * np.tanh(0.5 * ({0}))", "torch.sigmoid({0})").increasing().build(),
            KnownFunction.unary("softplus", x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))))
                    .derivative(sigma(U)).definition(log(add(ONE, exp(U)))).range(Range.POSITIVE)
                    .inverse("softplus-from-log", log(add(ONE, exp(U))), fn("softplus", U))
                    .code("np.logaddexp(0.0, {0})", "torch.nn.functional.softplus({0})").increasing().build(),
            // softmax(z)_j = exp(z_j)/Σ_k exp(z_k) as softmax(z_j, Σ_k exp(z_k)) (SoftmaxComponent): the
            // parser expands softmax(z)_j; results write the quotient back as this application
            KnownFunction.nary(SoftmaxComponent.NAME, 2, v -> Math.exp(v[0]) / v[1])
                    .partial(fn(SoftmaxComponent.NAME, U, V)).partial(neg(div(fn(SoftmaxComponent.NAME, U, V), V)))
                    .definition(div(exp(U), V)).latex("\\operatorname{softmax}")
                    .code("np.exp({0}) / ({1})", "torch.exp({0}) / ({1})").build(),
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
                    .code("np.vectorize(math.erf, otypes=[float])({0})", "torch.erf({0})").increasing().build(),
            KnownFunction.unary("erfc", FunctionRegistry::erfc).derivative(neg(mul(TWO, pow(Constants.PI.symbol(), num(HALF.negate())),
                            exp(neg(pow(U, 2))))))
                    // kept by its name, as books and SciPy write it: a canonical form 1 − erf u made the simplifier
                    // write x·erfc(x)'s derivative as … − (erf(x) − 1)
                    .code("np.vectorize(math.erfc, otypes=[float])({0})", "torch.erfc({0})").build(),
            KnownFunction.unary(PHI, FunctionRegistry::normalCdf).derivative(normalDensity(U))
                    .parity(Parity.COMPLEMENTARY).at(Rational.ZERO, num(HALF)).range(Range.OPEN_UNIT)
                    .latex("\\Phi").unicode("\u03A6")
                    .code("0.5 * (1.0 + np.vectorize(math.erf, otypes=[float])(({0}) / math.sqrt(2.0)))", "0.5 * (1.0 + torch.erf(({0}) / math.sqrt(2.0)))")
                    .increasing().build(),
            KnownFunction.unary("gelu", x -> x * normalCdf(x))
                    .derivative(add(fn(PHI, U), mul(U, normalDensity(U)))).at(Rational.ZERO, ZERO)
                    // GELU(u) = u·Φ(u), written back where a result holds that product: (x·gelu(x))′ = 2gelu(x) + x²φ(x)
                    .inverse("gelu-from-phi", mul(U, fn(PHI, U)), fn("gelu", U))
                    .latex("\\operatorname{GELU}")
                    .code("({0}) * 0.5 * (1.0 + np.vectorize(math.erf, otypes=[float])(({0}) / math.sqrt(2.0)))", "torch.nn.functional.gelu({0})").build(),
            KnownFunction.unary("silu", x -> x * logistic(x)).aliases("swish")
                    .derivative(mul(sigma(U), add(ONE, mul(U, sub(ONE, sigma(U))))))
                    .at(Rational.ZERO, ZERO).definition(div(U, add(ONE, exp(neg(U)))))
                    .latex("\\operatorname{SiLU}")
                    .code("({0}) * (0.5 + 0.5 * np.tanh(0.5 * ({0})))", "torch.nn.functional.silu({0})").build(),
            // activations and links that name a formula of the functions above, read as that formula
            KnownFunction.unary("softsign", x -> x / (1 + Math.abs(x))).derivative(pow(add(ONE, fn("abs", U)), -2))
                    .canonicalForm(div(U, add(ONE, fn("abs", U))))
                    .code("({0}) / (1.0 + np.abs({0}))", "torch.nn.functional.softsign({0})").increasing().build(),
            KnownFunction.unary("mish", x -> x * Math.tanh(Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)))))
                    .derivative(add(fn("tanh", fn("softplus", U)),
                            mul(U, sigma(U), sub(ONE, pow(fn("tanh", fn("softplus", U)), 2)))))
                    .canonicalForm(mul(U, fn("tanh", fn("softplus", U))))
                    .code("({0}) * np.tanh(np.logaddexp(0.0, {0}))", "torch.nn.functional.mish({0})").build(),
            // PyTorch's clamping activations, each read as the clip it names: hardtanh = clip(u, −1, 1), relu6 =
            // clip(u, 0, 6), hardsigmoid = relu6(u + 3)/6, hardswish = u·relu6(u + 3)/6 (Howard et al. 2019)
            KnownFunction.unary("hardtanh", x -> Math.min(Math.max(x, -1), 1))
                    .derivative(mul(fn("heaviside", add(U, ONE)), fn("heaviside", sub(ONE, U))))
                    .canonicalForm(fn("clip", U, num(-1), ONE))
                    .code("np.clip({0}, -1.0, 1.0)", "torch.nn.functional.hardtanh({0})").build(),
            KnownFunction.unary("relu6", x -> Math.min(Math.max(x, 0), 6))
                    .derivative(mul(fn("heaviside", U), fn("heaviside", sub(num(6), U))))
                    .canonicalForm(fn("clip", U, ZERO, num(6)))
                    .code("np.clip({0}, 0.0, 6.0)", "torch.nn.functional.relu6({0})").build(),
            KnownFunction.unary("hardsigmoid", x -> Math.min(Math.max(x + 3, 0), 6) / 6).aliases("hard_sigmoid")
                    .derivative(div(mul(fn("heaviside", add(U, num(3))), fn("heaviside", sub(num(3), U))), num(6)))
                    .canonicalForm(div(fn("clip", add(U, num(3)), ZERO, num(6)), num(6)))
                    .code("np.clip(({0}) + 3.0, 0.0, 6.0) / 6.0", "torch.nn.functional.hardsigmoid({0})").build(),
            KnownFunction.unary("hardswish", x -> x * Math.min(Math.max(x + 3, 0), 6) / 6).aliases("hard_swish")
                    .derivative(add(div(fn("clip", add(U, num(3)), ZERO, num(6)), num(6)),
                            div(mul(U, fn("heaviside", add(U, num(3))), fn("heaviside", sub(num(3), U))), num(6))))
                    .canonicalForm(div(mul(U, fn("clip", add(U, num(3)), ZERO, num(6))), num(6)))
                    .code("({0}) * np.clip(({0}) + 3.0, 0.0, 6.0) / 6.0", "torch.nn.functional.hardswish({0})").build(),
            KnownFunction.unary("logit", x -> Math.log(x / (1 - x))).derivative(pow(mul(U, sub(ONE, U)), -1))
                    .canonicalForm(log(div(U, sub(ONE, U)))).code("np.log(({0}) / (1.0 - ({0})))", "torch.logit({0})").increasing().build(),
            KnownFunction.unary("elu", x -> x > 0 ? x : Math.expm1(x))
                    .derivative(where(Relation.GT, U, ZERO, ONE, add(fn("elu", U), ONE))).at(Rational.ZERO, ZERO)
                    .range(new Range(-1, true, Double.POSITIVE_INFINITY, true)).latex("\\operatorname{ELU}")
                    .code("np.where(({0}) > 0, {0}, np.expm1(np.minimum({0}, 0.0)))", "torch.nn.functional.elu({0})").increasing().build(),
            // the Gamma family: Γ, log Γ, ψ = Γ′/Γ and its derivatives ψ⁽ⁿ⁾, B; undefined at the poles
            // 0, −1, −2, … (GammaFunctions); NumPy code calls the helpers every generated module defines
            KnownFunction.unary(GAMMA, GammaFunctions::gamma)
                    .derivative(mul(fn(GAMMA, U), fn(DIGAMMA, U)))
                    .at(Rational.ONE, ONE).at(Rational.TWO, ONE).at(HALF, pow(Constants.PI.symbol(), num(HALF)))
                    .accuracy(GammaFunctions.ACCURACY).latex("\\Gamma").unicode("\u0393")
                    .code("_gamma({0})", "_gamma({0})").build(),
            KnownFunction.unary(LGAMMA, GammaFunctions::lgamma).derivative(fn(DIGAMMA, U))
                    .at(Rational.ONE, ZERO).at(Rational.TWO, ZERO)
                    .definition(log(fn(GAMMA, U))).accuracy(GammaFunctions.ACCURACY).latex("\\log\\Gamma")
                    .code("_lgamma({0})", "torch.lgamma({0})").build(),
            KnownFunction.unary(DIGAMMA, GammaFunctions::digamma).aliases("psi", "\u03C8")
                    .derivative(fn(TRIGAMMA, U)).accuracy(GammaFunctions.ACCURACY).latex("\\psi").unicode("\u03C8")
                    .code("_polygamma(0, {0})", "torch.digamma({0})").build(),
            KnownFunction.unary(TRIGAMMA, GammaFunctions::trigamma).derivative(fn(POLYGAMMA, TWO, U))
                    .at(Rational.ONE, mul(num(Rational.of(1, 6)), pow(Constants.PI.symbol(), 2)))
                    .range(Range.POSITIVE).accuracy(GammaFunctions.ACCURACY).latex("\\psi_1")
                    .code("_polygamma(1, {0})", "torch.polygamma(1, {0})").build(),
            // ψ⁽ⁿ⁾(x) for a whole order n, which a derivative does not vary: ∂/∂n is 0
            KnownFunction.nary(POLYGAMMA, 2, v -> GammaFunctions.polygamma(v[0], v[1]))
                    .partial(ZERO).partial(fn(POLYGAMMA, add(U, ONE), V)).accuracy(GammaFunctions.ACCURACY)
                    .code("_polygamma({0}, {1})", "torch.polygamma(int({0}), {1})").build(),
            KnownFunction.nary(BETA, 2, v -> GammaFunctions.beta(v[0], v[1]))
                    .partial(mul(fn(BETA, U, V), sub(fn(DIGAMMA, U), fn(DIGAMMA, add(U, V)))))
                    .partial(mul(fn(BETA, U, V), sub(fn(DIGAMMA, V), fn(DIGAMMA, add(U, V)))))
                    .accuracy(GammaFunctions.ACCURACY).latex("\\mathrm{B}")
                    .code("_beta({0}, {1})", "_beta({0}, {1})").build(),
            KnownFunction.nary(LBETA, 2, v -> GammaFunctions.lbeta(v[0], v[1]))
                    .partial(sub(fn(DIGAMMA, U), fn(DIGAMMA, add(U, V))))
                    .partial(sub(fn(DIGAMMA, V), fn(DIGAMMA, add(U, V))))
                    .accuracy(GammaFunctions.ACCURACY).latex("\\log\\mathrm{B}")
                    .code("np.log(_beta({0}, {1}))", "torch.lgamma({0}) + torch.lgamma({1}) - torch.lgamma(({0}) + ({1}))")
                    .build(),
            // PyTorch's leaky_relu(x, negative_slope)
            KnownFunction.nary("leaky_relu", 2, v -> v[0] > 0 ? v[0] : v[1] * v[0])
                    .partial(where(Relation.GT, U, ZERO, ONE, V)).partial(where(Relation.GT, U, ZERO, ZERO, U))
                    .latex("\\operatorname{LeakyReLU}")
                    .code("np.where(({0}) > 0, {0}, ({1}) * ({0}))", "torch.where(({0}) > 0, {0}, ({1}) * ({0}))").build(),
            // at a tie each argument takes half the derivative (heaviside(0) = 1/2), which sums to the slope
            KnownFunction.nary("max", 2, v -> Math.max(v[0], v[1]))
                    .partial(fn("heaviside", sub(U, V))).partial(fn("heaviside", sub(V, U))).latex("\\max")
                    .code("np.maximum({0}, {1})", "torch.maximum({0}, {1})").build(),
            KnownFunction.nary("min", 2, v -> Math.min(v[0], v[1]))
                    .partial(fn("heaviside", sub(V, U))).partial(fn("heaviside", sub(U, V))).latex("\\min")
                    .code("np.minimum({0}, {1})", "torch.minimum({0}, {1})").build(),
            // clip(x, lo, hi) = min(max(x, lo), hi), which is hi wherever lo > hi
            KnownFunction.nary("clip", 3, v -> Math.min(Math.max(v[0], v[1]), v[2]))
                    .partial(mul(fn("heaviside", sub(U, V)), fn("heaviside", sub(W, U))))
                    .partial(mul(fn("heaviside", sub(V, U)), fn("heaviside", sub(W, V))))
                    .partial(sub(ONE, mul(fn("heaviside", sub(W, U)), fn("heaviside", sub(W, V)))))
                    .latex("\\operatorname{clip}")
                    .code("np.minimum(np.maximum({0}, {1}), {2})", "torch.minimum(torch.maximum({0}, {1}), {2})").build(),
            relation(Relation.LT), relation(Relation.LE), relation(Relation.GT), relation(Relation.GE),
            KnownFunction.nary(WHERE, 3, v -> v[0] != 0 ? v[1] : v[2])
                    .partial(ZERO).partial(fn(WHERE, U, ONE, ZERO)).partial(fn(WHERE, U, ZERO, ONE))
                    .piecewise().layout(Layout.CASES)
                    .code("np.where(({0}) != 0, {1}, {2})", "torch.where(({0}) != 0, {1}, {2})").build());

    /**
     * The inverse of each function that has one among the functions above, as books write it with
     * {@code ^{-1}}: {@code \sin^{-1} x} is asin x, {@code \sigma^{-1}(p)} the logit; both directions.
     */
    private static final Map<String, String> INVERSES = Map.ofEntries(
            Map.entry("sin", "asin"), Map.entry("cos", "acos"), Map.entry("tan", "atan"), Map.entry("sinh", "asinh"),
            Map.entry("tanh", "atanh"), Map.entry("cosh", "acosh"), Map.entry(SIGMA, "logit"), Map.entry(EXP, LOG));

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
     * {@code name(u) = numerator(u)/denominator(u)}: sec, csc, sech, csch over 1, cot and coth over cos and cosh. The
     * normaliser always writes the quotient (as it writes sqrt as a power), so a result never holds the name; the
     * derivative is the quotient rule's, {@code −denominator′/denominator²} over 1 and {@code −1/denominator²} for cot
     * and coth (cos² + sin² = 1, cosh² − sinh² = 1).
     */
    private static KnownFunction reciprocal(String name, String numerator, String denominator,
                                            Expr denominatorDerivative, DoubleUnaryOperator value, Parity parity,
                                            String latex) {
        Expr below = pow(fn(denominator, U), -1);
        Expr derivative = numerator == null ? neg(mul(denominatorDerivative, pow(fn(denominator, U), -2)))
                : neg(pow(fn(denominator, U), -2));
        String top = numerator == null ? "1" : "{1}." + numerator + "({0})";
        String code = top + "/{1}." + denominator + "({0})";
        KnownFunction.Builder b = KnownFunction.unary(name, value);
        if (numerator == null && (denominator.equals("cos") || denominator.equals("cosh"))) {
            b.at(Rational.ZERO, ONE); // sec 0 = sech 0 = 1; the others have a pole at 0
        }
        return b.derivative(derivative).parity(parity)
                .canonicalForm(numerator == null ? below : mul(fn(numerator, U), below)).latex(latex)
                .code(code.replace("{1}", "np"), code.replace("{1}", "torch")).build();
    }

    /** The standard normal density {@code φ(u) = e^{−u²/2}/√(2π)}, the derivative of Φ, as a document's letter may name it. */
    public static Expr standardNormalDensity(Expr u) {
        return normalDensity(u);
    }

    /** The standard normal density {@code φ(u) = e^{−u²/2}/√(2π)}, the derivative of Φ. */
    private static Expr normalDensity(Expr u) {
        return mul(pow(mul(TWO, Constants.PI.symbol()), num(HALF.negate())), exp(neg(mul(num(HALF), pow(u, 2)))));
    }

    /** {@code where(a rel b, then, otherwise)}. */
    private static Expr where(Relation rel, Expr a, Expr b, Expr then, Expr otherwise) {
        return fn(WHERE, fn(rel.function(), a, b), then, otherwise);
    }

    /** The entry of a comparison: 1 where it holds, else 0, with derivative 0 away from its boundary. */
    private static KnownFunction relation(Relation rel) {
        return KnownFunction.nary(rel.function(), 2, v -> rel.holds(v[0], v[1]) ? 1 : 0).partial(ZERO).partial(ZERO)
                .range(Range.CLOSED_UNIT).layout(Layout.RELATION).latex(rel.latex()).unicode(rel.unicode())
                .code("1.0 * (({0}) " + rel.ascii() + " ({1}))", "1.0 * (({0}) " + rel.ascii() + " ({1}))").build();
    }

    /**
     * {@code asinh x = sign(x) log1p(|x| + x²/(1 + √(1 + x²)))}: through |x| so that the left tail
     * does not cancel, and through log1p so that a small x keeps its digits.
     */
    private static double asinh(double x) {
        double a = Math.abs(x);
        return Math.copySign(Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a))), x);
    }

    /**
     * {@code acosh x = log1p(t + √(t(t + 2)))} with {@code t = x − 1}, which keeps the digits of an x next to 1;
     * {@code log x + log 2} above 1e8, where the square would overflow and the rest is below an ulp. Undefined below 1.
     */
    private static double acosh(double x) {
        if (!(x >= 1)) {
            return Double.NaN;
        }
        if (x > 1e8) {
            return Math.log(x) + Math.log(2);
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(t * (t + 2)));
    }

    /** {@code atanh x = log1p(2x/(1 − x))/2}, which keeps the digits of a small x (log((1 + x)/(1 − x)) does not). */
    private static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }

    private static double logistic(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /**
     * The standard normal CDF {@code Φ(x) = erfc(−x/√2)/2}, through the complement so that the far
     * left tail keeps its relative precision.
     */
    private static double normalCdf(double x) {
        return erfc(-x / Math.sqrt(2)) / 2;
    }

    /** {@code erfc x = 1 − erf x}, by the continued fraction where that would cancel ({@code x ≥ 3}). */
    private static double erfc(double x) {
        return x < 3 ? 1 - erf(x) : erfcTail(x);
    }

    /** {@code erfc x = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))}, for x ≥ 3. */
    private static double erfcTail(double a) {
        double fraction = a;
        for (int k = 60; k >= 1; k--) {
            fraction = a + (k / 2.0) / fraction;
        }
        return Math.exp(-a * a) / Math.sqrt(Math.PI) / fraction;
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
            value = 1 - erfcTail(a);
        }
        return x < 0 ? -value : value;
    }

    /** The known function that undoes {@code name} ({@code sin} → {@code asin}, {@code logit} → {@code sigma}), if any. */
    public static Optional<String> inverseOf(String name) {
        for (Map.Entry<String, String> e : INVERSES.entrySet()) {
            if (e.getKey().equals(name)) {
                return Optional.of(e.getValue());
            }
            if (e.getValue().equals(name)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
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
