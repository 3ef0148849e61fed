package org.symgrad.diff;

import static org.symgrad.expr.Exprs.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Restricted;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * The differentiation rules, each applied one level at a time: {@code expandOnce(∂e/∂w)} rewrites
 * the outermost node of {@code e} by exactly one named rule and leaves unevaluated
 * {@link Derivative} nodes for the parts still to do. {@link Differentiator} applies these same
 * rules recursively, so a step-by-step derivation and the full answer cannot disagree.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><td>{@code constant}</td><td>∂c/∂w = 0 for any c independent of w</td></tr>
 *   <tr><td>{@code derivative-of-variable}</td><td>∂x/∂x = 1</td></tr>
 *   <tr><td>{@code index-derivative}</td><td>∂x_i/∂x_j = δ_ij, ∂W_ik/∂W_jl = δ_ij δ_kl</td></tr>
 *   <tr><td>{@code definition}</td><td>a defined leaf's derivative, from {@link DefinedDerivatives}</td></tr>
 *   <tr><td>{@code matrix-function}</td><td>∂(X⁻¹)_ij/∂X_ab = −(X⁻¹)_ia (X⁻¹)_bj, ∂ det X/∂X_ab = det X (X⁻¹)_ba ({@link MatrixFunctionDerivatives})</td></tr>
 *   <tr><td>{@code sum-rule}</td><td>∂(a + b) = ∂a + ∂b</td></tr>
 *   <tr><td>{@code constant-factor}</td><td>∂(c·u) = c·∂u</td></tr>
 *   <tr><td>{@code quotient-rule}</td><td>∂(u/v) = (∂u·v − u·∂v)/v²</td></tr>
 *   <tr><td>{@code product-rule}</td><td>∂(u·v) = ∂u·v + u·∂v (n-ary)</td></tr>
 *   <tr><td>{@code power-rule}</td><td>∂(u^c) = c·u^(c−1)·∂u</td></tr>
 *   <tr><td>{@code exponential-rule}</td><td>∂(a^v) = a^v·log(a)·∂v</td></tr>
 *   <tr><td>{@code general-power-rule}</td><td>∂(u^v) = u^v·(∂v·log u + v·∂u/u)</td></tr>
 *   <tr><td>{@code derivative-of-f}</td><td>∂f(x)/∂x = f′(x), f′ from the {@link FunctionRegistry}</td></tr>
 *   <tr><td>{@code derivative-of-where}</td><td>∂where(c, a, b) = where(c, ∂a, ∂b)</td></tr>
 *   <tr><td>{@code derivative-of-abstract-function}</td><td>∂f(x)/∂x = f′(x) for an abstract f</td></tr>
 *   <tr><td>{@code chain-rule}</td><td>∂f(u) = f′(u)·∂u; for abstract f(args), Σ over arguments</td></tr>
 *   <tr><td>{@code derivative-of-product-over-index}</td><td>∂(Π_k f_k)/∂w = Σ_j ∂f_j/∂w · Π_k (f_k + δ_kj (1 − f_k))</td></tr>
 *   <tr><td>{@code derivative-of-log-of-product}</td><td>∂ log(Π_k f_k)/∂w = Σ_k (∂f_k/∂w)/f_k</td></tr>
 *   <tr><td>{@code derivative-of-sum}</td><td>∂(Σ_k f)/∂w = Σ_k ∂f/∂w (k renamed if it clashes with w)</td></tr>
 * </table>
 *
 * <p>Empty means the derivative is already a result: {@code ∂L/∂y_k} for abstract {@code L(y)}.
 */
public final class DiffRules {
    public static final String CONSTANT = "constant";
    public static final String DERIVATIVE_OF_VARIABLE = "derivative-of-variable";
    public static final String INDEX_DERIVATIVE = "index-derivative";
    public static final String DEFINITION = "definition";
    public static final String MATRIX_FUNCTION = "matrix-function";
    public static final String SUM_RULE = "sum-rule";
    public static final String CONSTANT_FACTOR = "constant-factor";
    public static final String QUOTIENT_RULE = "quotient-rule";
    public static final String PRODUCT_RULE = "product-rule";
    public static final String POWER_RULE = "power-rule";
    public static final String EXPONENTIAL_RULE = "exponential-rule";
    public static final String GENERAL_POWER_RULE = "general-power-rule";
    public static final String CHAIN_RULE = "chain-rule";
    public static final String DERIVATIVE_OF_SUM = "derivative-of-sum";
    public static final String DERIVATIVE_OF_PRODUCT = "derivative-of-product-over-index";
    public static final String DERIVATIVE_OF_LOG_OF_PRODUCT = "derivative-of-log-of-product";
    public static final String DERIVATIVE_OF_ABSTRACT_FUNCTION = "derivative-of-abstract-function";

    private DiffRules() {
    }

    /** One rule applied to {@code d}, without definitions. */
    public static Optional<RuleApplication> expandOnce(Derivative d) {
        return expandOnce(d, DefinedDerivatives.NONE);
    }

    /**
     * One rule applied to the outermost node of {@code d.of()}; an inner {@code Derivative} that can
     * be expanded is expanded first (its rule is cited). Empty when {@code d} cannot be expanded.
     */
    public static Optional<RuleApplication> expandOnce(Derivative d, DefinedDerivatives defs) {
        Expr of = d.of();
        Expr w = d.wrt();
        if (of instanceof Derivative inner) {
            Optional<RuleApplication> first = expandOnce(inner, defs);
            if (first.isPresent()) {
                return Optional.of(new RuleApplication(first.get().rule(), new Derivative(first.get().result(), w)));
            }
        }
        if (!Dependence.dependsOn(of, w, defs)) {
            return applied(CONSTANT, ZERO);
        }
        return switch (of) {
            case Num n -> applied(CONSTANT, ZERO);
            case Delta x -> applied(CONSTANT, ZERO);
            case Sym s -> leaf(s, w, defs);
            case Indexed x -> leaf(x, w, defs);
            case Add a -> applied(SUM_RULE, add(a.terms().stream().map(t -> (Expr) new Derivative(t, w)).toList()));
            case Mul m -> product(m, w, defs);
            case Pow p -> power(p, w, defs);
            case Fn f -> FunctionRegistry.isKnown(f.name()) ? known(f, w, defs) : abstractFunction(f, f, w, defs);
            case IndexSum s -> indexSum(s, w);
            case IndexProduct p -> indexProduct(p, w);
            case Derivative inner -> innermostFunction(inner)
                    .flatMap(f -> abstractFunction(inner, f, w, defs));
        };
    }

    /**
     * Expands the first expandable {@code Derivative} node of {@code e} in pre-order, one rule,
     * and returns the whole expression after that step (rebuilt with the {@link Exprs} factories).
     */
    public static Optional<RuleApplication> expandFirst(Expr e, DefinedDerivatives defs) {
        if (e instanceof Derivative d) {
            Optional<RuleApplication> here = expandOnce(d, defs);
            if (here.isPresent()) {
                return here;
            }
        }
        List<Expr> kids = Exprs.children(e);
        for (int i = 0; i < kids.size(); i++) {
            Optional<RuleApplication> r = expandFirst(kids.get(i), defs);
            if (r.isPresent()) {
                List<Expr> changed = new ArrayList<>(kids);
                changed.set(i, r.get().result());
                return Optional.of(new RuleApplication(r.get().rule(), rebuild(e, changed)));
            }
        }
        return Optional.empty();
    }

    /** {@code e} with new children; sums and products go through the factories so zeros and ones drop. */
    static Expr rebuild(Expr e, List<Expr> kids) {
        return switch (e) {
            case Add a -> add(kids);
            case Mul m -> mul(kids);
            default -> Exprs.withChildren(e, kids);
        };
    }

    private static Optional<RuleApplication> applied(String rule, Expr result) {
        return Optional.of(new RuleApplication(rule, result));
    }

    private static Optional<RuleApplication> leaf(Expr leaf, Expr w, DefinedDerivatives defs) {
        if (leaf.equals(w)) {
            return applied(DERIVATIVE_OF_VARIABLE, ONE);
        }
        if (leaf instanceof Indexed x && Dependence.sameVariable(x, w)) {
            List<String> mine = x.indices();
            List<String> theirs = ((Indexed) w).indices();
            List<Expr> deltas = new ArrayList<>();
            for (int p = 0; p < mine.size(); p++) {
                if (!mine.get(p).equals(theirs.get(p))) {
                    deltas.add(delta(mine.get(p), theirs.get(p)));
                }
            }
            return applied(INDEX_DERIVATIVE, mul(deltas));
        }
        Optional<Expr> matrixFunction = MatrixFunctionDerivatives.of(leaf, w);
        if (matrixFunction.isPresent()) {
            return applied(MATRIX_FUNCTION, matrixFunction.get());
        }
        Optional<Expr> defined = defs.derivative(leaf, w);
        if (defined.isPresent()) {
            return applied(DEFINITION, defined.get());
        }
        return applied(CONSTANT, ZERO);
    }

    private static Optional<RuleApplication> product(Mul m, Expr w, DefinedDerivatives defs) {
        List<Expr> constants = new ArrayList<>();
        List<Expr> dependent = new ArrayList<>();
        for (Expr f : m.factors()) {
            (Dependence.dependsOn(f, w, defs) ? dependent : constants).add(f);
        }
        if (!constants.isEmpty()) {
            List<Expr> out = new ArrayList<>(constants);
            out.add(new Derivative(mul(dependent), w));
            return applied(CONSTANT_FACTOR, mul(out));
        }
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        for (Expr f : dependent) {
            if (f instanceof Pow p && isNum(p.exponent(), -1)) {
                denominator.add(p.base());
            } else {
                numerator.add(f);
            }
        }
        if (!numerator.isEmpty() && !denominator.isEmpty()) {
            Expr u = mul(numerator);
            Expr v = mul(denominator);
            Expr top = sub(mul(new Derivative(u, w), v), mul(u, new Derivative(v, w)));
            return applied(QUOTIENT_RULE, mul(top, pow(v, -2)));
        }
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < dependent.size(); i++) {
            List<Expr> factors = new ArrayList<>(dependent);
            factors.set(i, new Derivative(dependent.get(i), w));
            terms.add(mul(factors));
        }
        return applied(PRODUCT_RULE, add(terms));
    }

    private static Optional<RuleApplication> power(Pow p, Expr w, DefinedDerivatives defs) {
        Expr u = p.base();
        Expr c = p.exponent();
        boolean baseVaries = Dependence.dependsOn(u, w, defs);
        boolean exponentVaries = Dependence.dependsOn(c, w, defs);
        if (!exponentVaries) {
            // a symbolic exponent's number term lowered: 1/n − 2, not 1/n − 1 − 1
            Expr lowered = c instanceof Num n ? num(n.value().subtract(Rational.ONE)) : Exprs.plusNumber(c, Rational.MINUS_ONE);
            return applied(POWER_RULE, mul(c, power(u, lowered), inner(u, w)));
        }
        if (!baseVaries) {
            return applied(EXPONENTIAL_RULE, mul(p, log(u), inner(c, w)));
        }
        Expr bracket = add(mul(new Derivative(c, w), log(u)), mul(c, new Derivative(u, w), pow(u, -1)));
        return applied(GENERAL_POWER_RULE, mul(p, bracket));
    }

    /** {@code u^k} with the light cleanup {@code u^1 = u}, {@code u^0 = 1}. */
    private static Expr power(Expr u, Expr k) {
        if (isNum(k, 1)) {
            return u;
        }
        if (isNum(k, 0)) {
            return ONE;
        }
        return pow(u, k);
    }

    /** The inner derivative of the chain rule; {@code ∂x/∂x} is written as nothing (1). */
    private static Expr inner(Expr u, Expr w) {
        return u.equals(w) ? ONE : new Derivative(u, w);
    }

    /**
     * A known function: {@code ∂f(x)/∂x = f′(x)} when its one argument is the variable, else the
     * chain rule {@code ∂f(u) = Σ_i ∂_i f(u)·∂u_i} over the arguments that depend on it.
     */
    private static Optional<RuleApplication> known(Fn f, Expr w, DefinedDerivatives defs) {
        KnownFunction entry = FunctionRegistry.get(f.name());
        if (f.name().equals(FunctionRegistry.LOG) && f.args().size() == 1 && f.arg() instanceof IndexProduct p) {
            return logOfProduct(p, w);
        }
        if (f.args().size() != entry.arity()) {
            throw new IllegalArgumentException(f.name() + " takes " + entry.arity() + " argument(s), not " + f.args().size());
        }
        if (entry.arity() == 1 && f.arg().equals(w)) {
            return applied(entry.derivativeRule(), entry.derivative(f.arg()));
        }
        if (entry.piecewise()) {
            // each case is differentiated where it is taken; the condition's own derivative is 0 off its boundary
            List<Expr> args = new ArrayList<>(f.args());
            for (int i = 1; i < args.size(); i++) {
                args.set(i, inner(args.get(i), w));
            }
            return applied(entry.derivativeRule(), new Fn(f.name(), args));
        }
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < entry.arity(); i++) {
            Expr u = f.args().get(i);
            if (entry.arity() == 1 || Dependence.dependsOn(u, w, defs)) {
                terms.add(mul(entry.partials().get(i).apply(f.args()), new Derivative(u, w)));
            }
        }
        return applied(CHAIN_RULE, add(terms));
    }

    /**
     * The product rule over an index: {@code ∂(Π_k f_k) = Σ_j ∂f_j · Π_{k≠j} f_k}, the product with
     * its j-th factor replaced by 1 ({@link Restricted}: {@code Π_k (δ_jk + (1 − δ_jk) f_k)}), so
     * that it is defined everywhere (no division by {@code f_j}).
     */
    private static Optional<RuleApplication> indexProduct(IndexProduct p, Expr w) {
        Set<String> avoid = Indices.all(p);
        avoid.addAll(Indices.all(w));
        String k = p.index();
        Expr body = p.body();
        if (Indices.all(w).contains(k)) {
            String fresh = Indices.fresh(avoid);
            avoid.add(fresh);
            body = Indices.rename(body, k, fresh);
            k = fresh;
        }
        String j = Indices.fresh(avoid);
        Expr others = Restricted.product(k, j, p.lower(), p.upper(), body);
        Expr term = mul(new Derivative(Indices.rename(body, k, j), w), others);
        return applied(DERIVATIVE_OF_PRODUCT, new IndexSum(j, p.lower(), p.upper(), term));
    }

    /**
     * {@code ∂ log(Π_k f_k) = Σ_k ∂f_k / f_k}: where the logarithm is defined the product is not 0,
     * so no factor is, and the quotient holds exactly.
     */
    private static Optional<RuleApplication> logOfProduct(IndexProduct p, Expr w) {
        String k = p.index();
        Expr body = p.body();
        if (Indices.all(w).contains(k)) {
            Set<String> avoid = Indices.all(p);
            avoid.addAll(Indices.all(w));
            String fresh = Indices.fresh(avoid);
            body = Indices.rename(body, k, fresh);
            k = fresh;
        }
        return applied(DERIVATIVE_OF_LOG_OF_PRODUCT,
                new IndexSum(k, p.lower(), p.upper(), mul(new Derivative(body, w), pow(body, -1))));
    }

    private static Optional<RuleApplication> indexSum(IndexSum s, Expr w) {
        Set<String> clash = Indices.all(w);
        String k = s.index();
        Expr body = s.body();
        if (clash.contains(k)) {
            Set<String> avoid = new HashSet<>(clash);
            avoid.addAll(Indices.all(body));
            String fresh = Indices.fresh(avoid);
            body = Indices.rename(body, k, fresh);
            k = fresh;
        }
        return applied(DERIVATIVE_OF_SUM, new IndexSum(k, s.lower(), s.upper(), new Derivative(body, w)));
    }

    private static Optional<Fn> innermostFunction(Derivative d) {
        Expr of = d.of();
        while (of instanceof Derivative inner) {
            of = inner.of();
        }
        return of instanceof Fn f && !FunctionRegistry.isKnown(f.name()) ? Optional.of(f) : Optional.empty();
    }

    /**
     * The chain rule for an abstract function {@code f(args)} — or for an unexpandable derivative
     * {@code a} of one, which depends on the same arguments. Empty when the derivative is itself a
     * result ({@code ∂L/∂y_k} with {@code L(y)}; {@code ∂f/∂x} with {@code f(x, z)}) or cannot be
     * written (several arguments, one of them compound).
     */
    private static Optional<RuleApplication> abstractFunction(Expr a, Fn f, Expr w, DefinedDerivatives defs) {
        int labels = IndexValue.leading(f.args());
        if (labels > 0 && labels == f.args().size() - 1 && a == f) {
            // f_i(w), one member of a family of functions (f(ι_i, w)): a function of its last argument, as f(w) is
            Expr arg = f.args().get(labels);
            Expr primed = new Fn(f.name() + "'", f.args());
            if (arg.equals(w)) {
                return applied(DERIVATIVE_OF_ABSTRACT_FUNCTION, primed);
            }
            return applied(CHAIN_RULE, Dependence.argumentDependsOn(arg, w, defs) ? mul(primed, new Derivative(arg, w))
                    : Exprs.ZERO);
        }
        boolean single = f.args().size() == 1 && a == f;
        for (Expr arg : f.args()) {
            if (arg.equals(w) || (arg instanceof Sym s && Dependence.isVectorOf(s, w))) {
                if (single && arg.equals(w)) {
                    return applied(DERIVATIVE_OF_ABSTRACT_FUNCTION, fn(f.name() + "'", arg));
                }
                return Optional.empty();
            }
        }
        List<Expr> terms = new ArrayList<>();
        for (Expr arg : f.args()) {
            if (!Dependence.argumentDependsOn(arg, w, defs)) {
                continue;
            }
            if (arg instanceof Sym s) {
                Indexed entry = Dependence.entry(s, w);
                if (defs.derivative(entry, w).isPresent()) {
                    Set<String> avoid = Indices.all(a);
                    avoid.addAll(Indices.all(w));
                    String m = Indices.fresh(avoid);
                    Indexed ym = new Indexed(s.name(), List.of(m));
                    terms.add(sum(m, mul(new Derivative(a, ym), new Derivative(ym, w))));
                    continue;
                }
            }
            if (single) {
                terms.add(mul(fn(f.name() + "'", arg), new Derivative(arg, w)));
            } else if (arg instanceof Variable) {
                terms.add(mul(new Derivative(a, arg), new Derivative(arg, w)));
            } else {
                return Optional.empty();
            }
        }
        return applied(CHAIN_RULE, add(terms));
    }
}
