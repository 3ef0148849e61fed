package org.symgrad.rewrite;

import static org.symgrad.expr.Exprs.ONE;
import static org.symgrad.expr.Exprs.ZERO;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.delta;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.isNum;
import static org.symgrad.expr.Exprs.log;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Template;

/**
 * The book of named rewrite rules, one line each. The function identities are generated from the
 * {@link FunctionRegistry} (special values, exact values at numbers, parity, canonical forms, a
 * function of a logarithm through its exp definition); the laws below them are written out.
 * The normaliser applies the book where it makes an atom, and the derivation steps cite the rules
 * by name. No rule and its inverse are in the book: the write-backs in named functions
 * ({@code e^u → σ/(1 − σ)}) are a separate, directed set of the simplifier.
 *
 * <p>The arithmetic of the normal form (collecting like terms, cancelling common factors, combining
 * fractions, multiplying out, factoring, the exp laws) is not a pattern but has stable names too,
 * listed in {@link #ARITHMETIC}, and is reported through the same {@link Trace}.
 */
public final class RuleBook {
    private static final Sym U = new Sym("u");
    private static final Sym C = new Sym("c");
    private static final Sym F = new Sym("f");
    private static final Sym R = new Sym("r");
    private static final Sym V = new Sym("v");
    private static final Sym LO = new Sym("lo");
    private static final Sym HI = new Sym("hi");

    public static final Rule EXP_OF_LOG = Rule.of("exp-of-log", exp(log(U)), U);
    /** {@code exp(c·log u) = u^c} for a number c that an exact power can take (else it stays an exponential). */
    public static final Rule EXP_OF_MULTIPLE_OF_LOG = Rule.of("exp-of-multiple-of-log",
            exp(mul(C, log(U))), pow(U, C), m -> m.expr(C) instanceof Num n
                    && n.value().num().bitLength() < 31 && n.value().den().bitLength() < 31);
    /**
     * {@code exp(c·log u) = u^c} for a symbolic c, where u > 0 — the domain of log u, so the two sides agree wherever the
     * left one is defined: {@code e^{τ log π_k} = π_k^τ} (Menon et al., logit adjustment). A number c is
     * {@link #EXP_OF_MULTIPLE_OF_LOG}'s.
     */
    public static final Rule EXP_OF_SYMBOLIC_MULTIPLE_OF_LOG = Rule.of("exp-of-symbolic-multiple-of-log",
            exp(mul(C, log(U))), pow(U, C), m -> !(m.expr(C) instanceof Num));
    public static final Rule LOG_OF_EXP = Rule.of("log-of-exp", log(exp(U)), U);
    public static final Rule LOG_SIGMOID_DIFFERENCE = Rule.of("log-sigmoid-difference",
            add(log(sigma(U)), neg(log(sub(ONE, sigma(U)))), R), add(U, R));
    public static final Rule LOG_ONE_MINUS_SIGMOID_DIFFERENCE = Rule.of("log-one-minus-sigmoid-difference",
            add(log(sub(ONE, sigma(U))), neg(log(sigma(U))), R), add(neg(U), R));
    public static final Rule POWER_OF_ONE = Rule.of("power-of-one", pow(ONE, U), ONE);
    public static final Rule POWER_OF_ZERO = Rule.of("power-of-zero", pow(ZERO, U), ZERO, m -> Bounds.isPositive(m.expr(U)));
    public static final Rule DELTA_OF_EQUAL_INDICES = Rule.of("delta-of-equal-indices", delta("i", "i"), ONE);
    /** {@code δ_pq = 0} where p = q for no integers: distinct numbers, {@code δ_{i+1,i}}, {@code δ_{2*i,2*j+1}}. */
    public static final Rule DELTA_OF_DISTINCT_NUMBERS = Rule.of("delta-of-distinct-numbers", delta("i", "j"), ZERO,
            m -> Index.neverEqual(m.index("i"), m.index("j")));
    /**
     * {@code Σ_{k=lo}^{hi} δ_pq f(k) = [lo ≤ k* ≤ hi]·f(k*)} where p = q solves to k = k*: the one δ
     * contraction, for the normaliser and the derivation steps alike ({@code Σ_k δ_km f(k) = f(m)},
     * {@code Σ_i G_i δ_{i+k,j} = [1 ≤ j-k ≤ n]·G_{j-k}}). A name or a number k* lies in k's range as
     * every free index does when the range holds the default 1..n
     * ({@link RangeIndicator#implied}); an affine k*, or a name over any other range, states its range
     * condition, as a {@link RangeIndicator}; a number outside numeric bounds gives 0. An equation that does not
     * determine k as an index ({@code δ_{2*k,t}}: only even t) leaves the sum as it is.
     */
    public static final Rule DELTA_CONTRACTION = Rule.computed("delta-contraction",
            new IndexSum("k", LO, HI, F), m -> contraction(m.index("k"), m.expr(LO), m.expr(HI), m.expr(F)));
    public static final Rule SUM_OF_CONSTANT = Rule.of("sum-of-constant",
            new IndexSum("k", LO, HI, C), mul(add(HI, neg(LO), ONE), C),
            m -> !Indices.mentions(m.expr(C), m.index("k")));

    private static final Sym K = new Sym("k");

    /**
     * {@code sign(u)·|u|^k·r = u·|u|^(k−1)·r} for a whole number k ≥ 1: true everywhere, at u = 0 too
     * (both sides are 0 there; for k = 1 the right side is u·|u|⁰ = u). The derivative of
     * {@code |x|³} is {@code 3x|x|}, as books print it, not {@code 3 sign(x)|x|²}. The rest slot r
     * takes the product's other factors (1 if none), so the law applies inside a longer product.
     */
    public static final Rule SIGN_TIMES_ABS_POWER = Rule.of("sign-times-abs-power",
            mul(fn("sign", U), pow(fn("abs", U), K), R), mul(U, pow(fn("abs", U), sub(K, ONE)), R), RuleBook::wholeAtLeastOne);
    /**
     * {@code sign(u)·u^k·r = |u|·u^(k−1)·r} for a whole number k ≥ 1: true everywhere, at u = 0 too
     * (both sides are 0 there). Softsign's {@code 1 + |x| − x sign(x)} is {@code 1}; the rest slot r
     * takes the product's other factors (1 if none): {@code 3x²sign(x) = 3|x|x}.
     */
    public static final Rule SIGN_TIMES_POWER = Rule.of("sign-times-power",
            mul(fn("sign", U), pow(U, K), R), mul(fn("abs", U), pow(U, sub(K, ONE)), R), RuleBook::wholeAtLeastOne);

    /**
     * {@code |u|^k = u^k} for an even whole number k: true wherever both sides are defined (u is
     * real), so {@code |x|⁴} differentiates to {@code 4x³} and {@code |x|² − x²} is 0.
     */
    public static final Rule ABS_TO_EVEN_POWER = Rule.of("abs-to-even-power",
            pow(fn("abs", U), K), pow(U, K), RuleBook::evenWhole);

    /** A case split whose cases agree is either case: {@code where(c, u, u) = u}. */
    public static final Rule WHERE_OF_EQUAL_CASES = Rule.of("where-of-equal-cases",
            fn(FunctionRegistry.WHERE, C, U, U), U);

    /**
     * A δ that multiplies both cases of a case split multiplies the split: {@code where(c, δ_ij·u, δ_ij·v) = δ_ij·where(c, u, v)},
     * true everywhere (a common factor of both cases). The chain rule through a piecewise function of a sum's term
     * ({@code Σ_i v_i·leaky_relu(z_i)} by {@code z_j}) leaves a δ in each case; outside the split it contracts the Σ:
     * {@code v_j·where(z_j > 0, 1, a)}, not {@code Σ_i where(z_i > 0, v_i δ_ij, a v_i δ_ij)}.
     */
    public static final Rule DELTA_OUT_OF_CASES = Rule.of("delta-out-of-cases",
            fn(FunctionRegistry.WHERE, C, mul(delta("i", "j"), U), mul(delta("i", "j"), V)),
            mul(delta("i", "j"), fn(FunctionRegistry.WHERE, C, U, V)));
    /**
     * A δ that multiplies the one non-zero case of a split multiplies the split: {@code where(c, δ_ij·u, 0) = δ_ij·where(c, u, 0)}
     * ({@code 0 = δ_ij·0}), as {@link #DELTA_OUT_OF_CASES} for a case that is 0 ({@code Σ_i where(z_i > 0, 2 z_i δ_ij, 0)}, a
     * summed hinge or ReLU penalty, is {@code where(z_j > 0, 2 z_j, 0)}).
     */
    public static final Rule DELTA_OUT_OF_FIRST_CASE = Rule.of("delta-out-of-first-case",
            fn(FunctionRegistry.WHERE, C, mul(delta("i", "j"), U), ZERO),
            mul(delta("i", "j"), fn(FunctionRegistry.WHERE, C, U, ZERO)));
    /** {@code where(c, 0, δ_ij·v) = δ_ij·where(c, 0, v)}: {@link #DELTA_OUT_OF_FIRST_CASE} for the other case. */
    public static final Rule DELTA_OUT_OF_SECOND_CASE = Rule.of("delta-out-of-second-case",
            fn(FunctionRegistry.WHERE, C, ZERO, mul(delta("i", "j"), V)),
            mul(delta("i", "j"), fn(FunctionRegistry.WHERE, C, ZERO, V)));

    /**
     * The registry's functions whose definition is a log, as patterns of that log written out ({@code log(1 + e^v)},
     * softplus v): made once, matched by the f-of-log rule's condition.
     */
    private static final List<Rule> NAMED_LOGS = namedLogs();

    /** The identities of the registry's functions, generated from their entries. */
    public static final List<Rule> FUNCTION_IDENTITIES = functionIdentities();

    /**
     * The functions written in exp and log by their registry definitions
     * ({@code definition-of-sigma: σ(u) → 1/(1 + e^{−u})}): a directed set of its own, used to prove
     * identities, never together with the write-backs in named functions that invert it.
     */
    public static final List<Rule> DEFINITIONS = definitions();

    /**
     * The name of {@code log(u^c) = c·log u} for a symbolic exponent c, where u > 0 (the domain of log u): the arithmetic
     * of a proof that expands logs, beside {@link #EXP_OF_SYMBOLIC_MULTIPLE_OF_LOG}'s {@code exp(c·log u) = u^c}.
     */
    public static final String LOG_OF_POWER = "log-of-power";

    /**
     * The name of {@code log Π_k f(k) = Σ_k log f(k)}, where every f(k) > 0 (each factor of a product f(k) apart, where
     * each is positive): a likelihood's log in proofs.
     */
    public static final String LOG_OF_INDEX_PRODUCT = "log-of-index-product";

    /** The name of {@code (a·b)^c = a^c·b^c} for a symbolic exponent c, where a, b > 0: a power of a product or quotient in proofs. */
    public static final String POWER_OF_PRODUCT = "power-of-product";

    /**
     * The name of {@code a^r·b^r = (a·b)^r} for positive constants a, b: the presentation writes the roots the
     * {@link PositiveRoots} laws split as one root ({@code √2·√π = √(2π)}), as books print it.
     */
    public static final String PRODUCT_OF_POSITIVE_ROOTS = "product-of-positive-roots";

    /** The laws written out. */
    public static final List<Rule> LAWS = List.of(EXP_OF_LOG, EXP_OF_MULTIPLE_OF_LOG, EXP_OF_SYMBOLIC_MULTIPLE_OF_LOG, LOG_OF_EXP,
            LOG_SIGMOID_DIFFERENCE, LOG_ONE_MINUS_SIGMOID_DIFFERENCE, POWER_OF_ONE, POWER_OF_ZERO, DELTA_OF_EQUAL_INDICES, DELTA_OF_DISTINCT_NUMBERS,
            DELTA_CONTRACTION, SUM_OF_CONSTANT, WHERE_OF_EQUAL_CASES, DELTA_OUT_OF_CASES, DELTA_OUT_OF_FIRST_CASE, DELTA_OUT_OF_SECOND_CASE,
            SIGN_TIMES_ABS_POWER, SIGN_TIMES_POWER, ABS_TO_EVEN_POWER);

    /** The laws over a product of a sign and a power of its argument or of its absolute value. */
    public static final List<Rule> SIGN_LAWS = List.of(SIGN_TIMES_ABS_POWER, SIGN_TIMES_POWER);

    /** Every rule of the book. */
    public static final List<Rule> ALL = all();

    /** The δ rules: what the δ-contraction step of a derivation applies. */
    public static final List<Rule> DELTA_RULES = List.of(DELTA_OF_EQUAL_INDICES, DELTA_OF_DISTINCT_NUMBERS,
            DELTA_CONTRACTION);

    /**
     * The names of the normal form's arithmetic, with the identity each stands for. The normaliser
     * reports them through its trace like the rules of the book.
     */
    public static final Map<String, String> ARITHMETIC = Map.ofEntries(
            Map.entry("collect-like-terms", "a·x + b·x = (a + b)·x"),
            Map.entry("cancel-common-factors", "a·b/(a·c) = b/c"),
            Map.entry("delta-on-diagonal", "δ_ij·f(i, j) = 0 where f(j, j) = 0"),
            Map.entry("multiply-powers", "a^m·a^n = a^(m+n)"),
            Map.entry("combine-fractions", "a/b + c/d = (a·d + c·b)/(b·d)"),
            Map.entry("expand-products", "a·(b + c) = a·b + a·c"),
            Map.entry("factor-out-common-factor", "a·b + a·c = a·(b + c)"),
            Map.entry("factor-by-grouping", "v·A + c·A = (v + c)·A"),
            Map.entry("exp-law", "exp(a + b) = exp(a)·exp(b), exp(k·a) = exp(a)^k"),
            Map.entry("denominator-as-written", "a/(b − c) = −a/(c − b), the denominator turned to the difference the input wrote"),
            Map.entry(PRODUCT_OF_POSITIVE_ROOTS, "a^r·b^r = (a·b)^r for positive constants a, b: √2·√π = √(2π)"),
            Map.entry("sine-of-a-sum", "sin(a + b) = sin(a)·cos(b) + cos(a)·sin(b)"),
            Map.entry("cosine-of-a-sum", "cos(a + b) = cos(a)·cos(b) − sin(a)·sin(b)"),
            Map.entry("written-exp-out", "exp(a + b)·c + exp(a)·d = exp(a)·(exp(b)·c + d), exp(a) and exp(b) as the input wrote them"),
            Map.entry("log-of-product", "log(a·b) = log(a) + log(b)"),
            Map.entry(LOG_OF_POWER, "log(u^c) = c·log(u) for a symbolic c, where u > 0"),
            Map.entry(LOG_OF_INDEX_PRODUCT, "log(Π_k a(k)·b(k)) = Σ_k (log(a(k)) + log(b(k))), where every a(k), b(k) > 0"),
            Map.entry(POWER_OF_PRODUCT, "(a·b)^c = a^c·b^c, (a/b)^c = a^c·b^(−c) for a symbolic c, where a, b > 0"),
            Map.entry("sine-of-whole-multiple-of-pi", "sin(k·π) = 0 for a whole number k (a summation index)"),
            Map.entry("cosine-of-whole-multiple-of-pi", "cos(k·π) = (−1)^k for a whole number k (a summation index)"),
            Map.entry("pull-factor-out-of-sum", "Σ_k a·f(k) = a·Σ_k f(k)"),
            Map.entry("inverse-product", "Σ_k A_ik (A⁻¹)_kj = δ_ij, Σ_k (A⁻¹)_ik A_kj = δ_ij: a matrix times its inverse"),
            Map.entry("geometric-sum", "Σ_{k=a}^{b} q^k = (q^a − q^{b+1})/(1 − q), where q ≠ 1"),
            Map.entry("split-sum", "Σ_k (f(k) + g(k)) = Σ_k f(k) + Σ_k g(k)"),
            Map.entry("split-fraction", "(a + b·c)/c = a/c + b"),
            Map.entry("denominator-into-terms", "(c·a + b)/(c·d) = (a + b/c)/d"),
            Map.entry("partial-fractions", "N/(L_1·L_2) = A/L_1 + B/L_2, over the denominators the input wrote"),
            Map.entry("fixed-label-into-sum", "Σ_k B_k + A_o = Σ_k (B_k + A_k y_k), where the input defined y_w = δ(w, o)"),
            Map.entry("range-condition-terms", "a·[P] + b·[P] + c·[Q] = (a + b)·[P] + c·[Q], terms gathered by the range conditions they hold"),
            Map.entry("constant-into-sum", "Σ_k f(k) + c·n = Σ_k (f(k) + c), where the input wrote f(k) + c under a Σ or Π over 1..n"),
            Map.entry("difference-as-written", "Σ_k c_k (b − a) = −Σ_k c_k (a − b), where the input wrote a − b"),
            Map.entry("sign-out-of-sum", "Σ_k (−f(k)) = −Σ_k f(k)"),
            Map.entry("square-of-sum", "a² − 2a·b + b² = (a − b)²"),
            Map.entry("merge-sums", "Σ_k f(k) + Σ_k g(k) = Σ_k (f(k) + g(k))"),
            Map.entry("gather-sums", "r·Σ_k a_k b_k + q·Σ_k a_k c_k = Σ_k a_k (r·b_k + q·c_k)"),
            Map.entry("sums-as-written", "Σ_k (f(k) + g(k)) = Σ_k f(k) + Σ_k g(k), where the input wrote Σ_k f(k) and Σ_k g(k)"),
            Map.entry("contractions-apart", "Σ_k a_k (b_ik + c_jk) = Σ_k a_k b_ik + Σ_k a_k c_jk, free indices i ≠ j"),
            Map.entry("quotient-as-function", "sinh(u)/cosh(u) = tanh(u)"),
            Map.entry("root-of-written-base", "u^(1/q)·u^m = u^(m+1/q), u written as the input wrote it"),
            Map.entry("power-of-written-sum", "(a + b/c)^m = ((ac + b)/c)^m, the sum written as the input wrote it"),
            Map.entry("nested-sum-as-written", "1 + a² − 2a·b + b² = 1 + (a − b)², the sum written as the input nested it"),
            Map.entry("gather-written-difference", "a·q − b·q + r = (a − b)·q + r, where the input wrote a − b"),
            Map.entry("log-difference-as-quotient", "c·log(u) − c·log(v) = c·log(u/v), where the result holds log(u/v)"),
            Map.entry("function-as-written", "log(1 + u) = log1p(u), exp(u) − 1 = expm1(u), where the input wrote log1p(u), expm1(u)"));

    /**
     * The complement of a σ of a difference written as the σ of the turned difference, as papers print
     * {@code −log σ(a − b)}′ (DPO: {@code −β σ(h_l − h_w)}); not beside σ(a − b) itself (σ′ is σ(u)(1 − σ(u))).
     */
    public static final String SIGMOID_OF_TURNED_DIFFERENCE = "sigma-of-turned-difference";
    /**
     * The derivative of tanh written with the cosh the input wrote, as a source that differentiates {@code log cosh}
     * twice prints it ({@code 1/cosh²(ŷ − y)}): not where the input wrote the tanh itself.
     */
    public static final String COSH_FROM_TANH = "cosh-from-tanh";

    /** The write-back of a softmax quotient in the softmax it is (the inverse of {@code definition-of-softmax}). */
    public static final String SOFTMAX_FROM_EXP = "softmax-from-exp";

    /**
     * The names of the simplifier's write-backs in named functions that are computed rather than
     * taken from a registry entry's inverses, with the identity each stands for: a directed set
     * apart from the book, as the registry's inverses are.
     */
    public static final Map<String, String> WRITE_BACKS = Map.of(
            SOFTMAX_FROM_EXP, "exp(z_j)/Σ_k exp(z_k) = softmax(z)_j",
            SIGMOID_OF_TURNED_DIFFERENCE, "1 − σ(a − b) = σ(b − a), where no other σ(a − b) stands beside it",
            COSH_FROM_TANH, "1 − tanh(u)² = 1/cosh(u)², where the input wrote cosh(u) and no tanh(u)");

    private static final Map<String, List<Rule>> BY_FUNCTION = new HashMap<>();
    private static final Map<String, List<Rule>> DEFINITION_OF = new HashMap<>();
    private static final Map<Class<?>, List<Rule>> BY_NODE = new HashMap<>();

    static {
        Set<String> names = new HashSet<>(ARITHMETIC.keySet());
        names.addAll(WRITE_BACKS.keySet());
        names.addAll(StepLaws.CASE_SPLITS.keySet());
        for (Rule r : DEFINITIONS) {
            names.add(r.name());
            DEFINITION_OF.put(((Fn) r.lhs()).name(), List.of(r));
        }
        for (Rule r : ALL) {
            if (!names.add(r.name())) {
                throw new IllegalStateException("two rules are named " + r.name());
            }
            if (r.lhs() instanceof Fn f) {
                BY_FUNCTION.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(r);
            } else {
                BY_NODE.computeIfAbsent(r.lhs().getClass(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    private RuleBook() {
    }

    /** The rules whose left side has the same head as {@code e}: a function's identities, the δ rules, … */
    public static List<Rule> rulesFor(Expr e) {
        List<Rule> out = e instanceof Fn f ? BY_FUNCTION.get(f.name()) : BY_NODE.get(e.getClass());
        return out == null ? List.of() : out;
    }

    /** The definition of the function {@code name} in exp and log, as a one-rule list (empty if it has none). */
    public static List<Rule> definitionsOf(String name) {
        return DEFINITION_OF.getOrDefault(name, List.of());
    }

    /** The rules whose left side is a sum of terms ({@code log-sigmoid-difference}). */
    public static List<Rule> sumLaws() {
        return BY_NODE.getOrDefault(Add.class, List.of());
    }

    private static boolean evenWhole(Match m) {
        return m.expr(K) instanceof Num n && n.value().isInteger() && !n.value().isZero()
                && !n.value().toBigInteger().testBit(0);
    }

    private static boolean wholeAtLeastOne(Match m) {
        return m.expr(K) instanceof Num n && n.value().isInteger() && n.value().signum() > 0;
    }

    /** The contraction of {@code Σ_{k=lo}^{hi} body} on the first δ of the body that determines k. */
    private static Optional<Expr> contraction(String k, Expr lo, Expr hi, Expr body) {
        List<Expr> factors = body instanceof Mul p ? p.factors() : List.of(body);
        for (int i = 0; i < factors.size(); i++) {
            if (!(factors.get(i) instanceof Delta d)) {
                continue;
            }
            Optional<String> solved = Index.solve(d.i(), d.j(), k);
            if (solved.isEmpty()) {
                continue;
            }
            String at = solved.get();
            List<Expr> rest = new ArrayList<>(factors);
            rest.remove(i);
            Optional<Boolean> inside = RangeIndicator.decided(at, lo, hi);
            if (inside.isPresent()) {
                // an index the limits name (n, n-1, 0 beside Σ_{t=0}^{n-1}) is that value, inside the range or not
                return Optional.of(inside.get() ? Indices.rename(mul(rest), k, at) : ZERO);
            }
            boolean stated = Index.isAffine(at) || Index.isSymbolic(at)
                    && (!RangeIndicator.implied(lo, hi) || at.equals(Index.SIZE));
            if (rest.isEmpty() && (d.i().equals(k) || d.j().equals(k)) && stated) {
                continue; // Σ_k δ_{k,a} is the range condition itself
            }
            Expr f = Indices.rename(mul(rest), k, at);
            if (Index.isSymbolic(at) && !stated || Index.isConcrete(at) && !outside(Long.parseLong(at), lo, hi)) {
                return Optional.of(f);
            }
            if (Index.names(at).isEmpty() && outside(Index.offset(at), lo, hi)) {
                return Optional.of(ZERO);
            }
            return Optional.of(mul(f, new RangeIndicator(at, lo, hi).asSum()));
        }
        return Optional.empty();
    }

    /** Whether the number {@code v} lies below a numeric {@code lo} or above a numeric {@code hi}. */
    private static boolean outside(long v, Expr lo, Expr hi) {
        return lo instanceof Num a && a.value().isInteger() && a.value().compareTo(Rational.of(v)) > 0
                || hi instanceof Num b && b.value().isInteger() && b.value().compareTo(Rational.of(v)) < 0;
    }

    private static List<Rule> all() {
        List<Rule> out = new ArrayList<>(FUNCTION_IDENTITIES);
        out.addAll(LAWS);
        out.addAll(PositiveRoots.LAWS);
        out.addAll(StepLaws.LAWS);
        return List.copyOf(out);
    }

    private static List<Rule> functionIdentities() {
        List<Rule> out = new ArrayList<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            if (f.arity() != 1) {
                continue;
            }
            String name = f.name();
            String rule = f.ruleName();
            // a quotient (sech u = 1/cosh u) is not written at a number, where it may divide by zero: csc(0) stays
            // nor is a form that divides (logit 1 = log(1/0))
            f.canonicalForm().ifPresent(form -> {
                boolean divides = divides(form.body());
                out.add(Rule.of(rule + "-as-" + shape(form), fn(name, U), form.apply(U),
                        m -> !divides || !(m.expr(U) instanceof Num)));
            });
            f.specialValues().forEach((at, value) -> out.add(Rule.of(rule + "-of-" + spelled(at), fn(name, num(at)), value)));
            f.exactAtNumbers().ifPresent(exact -> out.add(Rule.computed(rule + "-of-number", fn(name, C),
                    m -> m.expr(C) instanceof Num n ? Optional.of(num(exact.apply(n.value()))) : Optional.empty())));
            switch (f.parity()) {
                case ODD -> out.add(Rule.of(rule + "-of-negative", fn(name, neg(U)), neg(fn(name, U))));
                case EVEN -> out.add(Rule.of(rule + "-of-negative", fn(name, neg(U)), fn(name, U)));
                case COMPLEMENTARY -> out.add(Rule.of(rule + "-of-negative", fn(name, neg(U)), sub(ONE, fn(name, U))));
                case NONE -> {
                }
            }
            // f(log u) through f's exp definition: σ(log x) = x/(1 + x); at u = 0 the log has no value. Not where
            // the log is a named function written out: tanh(log(1 + e^x)) is mish's tanh(softplus(x))
            f.definition().ifPresent(d -> out.add(Rule.of(rule + "-of-log", fn(name, log(U)), d.apply(log(U)),
                    m -> !isNum(m.expr(U), 0) && !isNamedLog(log(m.expr(U))))));
        }
        return List.copyOf(out);
    }

    private static List<Rule> namedLogs() {
        List<Rule> out = new ArrayList<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            f.definition().ifPresent(d -> {
                Expr body = d.apply(List.copyOf(d.slots()));
                if (body instanceof Fn log && log.name().equals("log")) {
                    out.add(Rule.of("named-log", body, ONE));
                }
            });
        }
        return List.copyOf(out);
    }

    /** Whether {@code e} is the definition of a registry function written out, as log(1 + e^v) is softplus v. */
    private static boolean isNamedLog(Expr e) {
        return NAMED_LOGS.stream().anyMatch(r -> r.matches(e));
    }

    private static List<Rule> definitions() {
        List<Rule> out = new ArrayList<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            f.definition().ifPresent(d -> out.add(Rule.of("definition-of-" + f.ruleName(),
                    new Fn(f.name(), List.copyOf(d.slots())), d.apply(List.copyOf(d.slots())))));
        }
        return List.copyOf(out);
    }

    /** Whether {@code e} divides somewhere: a power with a negative number as exponent. */
    private static boolean divides(Expr e) {
        return e instanceof Pow p && p.exponent() instanceof Num n && n.value().signum() < 0
                || org.symgrad.expr.Exprs.children(e).stream().anyMatch(RuleBook::divides);
    }

    private static String shape(Template form) {
        Expr body = form.body();
        List<Expr> factors = body instanceof Mul m ? m.factors() : List.of(body);
        if (factors.stream().anyMatch(f -> f instanceof Pow p && p.exponent() instanceof Num n && n.value().signum() < 0)) {
            return "quotient";
        }
        return body instanceof Pow ? "power" : "canonical-form";
    }

    /** A number as words in a rule name: {@code 0} zero, {@code 1} one, {@code −1} minus-one. */
    private static String spelled(Rational r) {
        if (r.isZero()) {
            return "zero";
        }
        if (r.isOne()) {
            return "one";
        }
        if (r.negate().isOne()) {
            return "minus-one";
        }
        return (r.signum() < 0 ? "minus-" : "") + r.abs().toString().replace("/", "-over-");
    }
}
