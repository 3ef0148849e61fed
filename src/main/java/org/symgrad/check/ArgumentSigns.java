package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * The sign of a switch's argument read through what cannot change it, for {@link IntervalBranches}, which needs each
 * argument affine in one quantity: CELU's {@code H(−a(e^{x/a} − 1))} is {@code H(−x)} for {@code a > 0}.
 * <ul>
 *   <li>a product has the sign of its one factor of unknown sign times the signs of the others: a number, a
 *       function whose values are positive ({@code e^u}, {@code σ(u)}), a name the assumptions make positive, a
 *       power of a positive base;</li>
 *   <li>for a function increasing on its domain (the registry's {@link KnownFunction#increasing}), {@code f(u) − f(v)}
 *       has the sign of {@code u − v}, and {@code f(u) − k} that of {@code u − c} where {@code f(c) = k} is one of
 *       its exact values ({@code e^u − 1} that of u, {@code tanh u} that of u).</li>
 * </ul>
 * Sound wherever the argument is defined: each step keeps the sign at every point of the domain, and the zeros with
 * it, so the cut points are the argument's own.
 */
final class ArgumentSigns {
    private ArgumentSigns() {
    }

    /** {@code sign(argument) = sign·sign(inner)}; {@code inner} is the argument itself where nothing was read. */
    record Read(int sign, Expr inner) {
    }

    /** {@code a} read down to its inner quantity; the assumptions each step used are added to {@code used}. */
    static Read of(Expr a, Sampling sampling, Set<Sampling.Constraint> used) {
        int sign = 1;
        Expr e = a;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<Sampling.Constraint> needs = new ArrayList<>();
            if (positive(e, sampling, needs)) {
                used.addAll(needs);
                return new Read(sign, Exprs.ONE);
            }
            Optional<Read> step = e instanceof Mul m ? throughFactors(m, sampling, needs) : throughIncreasing(e);
            if (step.isEmpty()) {
                break;
            }
            used.addAll(needs);
            sign *= step.get().sign();
            e = step.get().inner();
        }
        return new Read(sign, e);
    }

    /** How deep the reading goes: arguments are short. */
    private static final int MAX_DEPTH = 8;

    /** The one factor of {@code m} whose sign is not known, with the others' signs; empty where not one. */
    private static Optional<Read> throughFactors(Mul m, Sampling sampling, List<Sampling.Constraint> needs) {
        int sign = 1;
        Expr unknown = null;
        for (Expr f : m.factors()) {
            if (f instanceof Num n && !n.value().isZero()) {
                sign *= n.value().signum();
            } else if (!positive(f, sampling, needs)) {
                if (unknown != null) {
                    return Optional.empty();
                }
                unknown = f;
            }
        }
        return unknown == null ? Optional.empty() : Optional.of(new Read(sign, unknown));
    }

    /**
     * {@code f(u) − f(v)} as {@code u − v}, {@code ±(f(u) − k)} as {@code ±(u − c)} for {@code f(c) = k}, {@code f(u)}
     * as {@code u − c} for {@code f(c) = 0}, f increasing on its domain.
     */
    private static Optional<Read> throughIncreasing(Expr e) {
        if (e instanceof Fn f) {
            return increasing(f).flatMap(k -> at(k, Rational.ZERO)).map(c -> new Read(1, Exprs.sub(f.args().get(0), Exprs.num(c))));
        }
        if (!(e instanceof Add s) || s.terms().size() != 2) {
            return Optional.empty();
        }
        Signed a = Signed.of(s.terms().get(0));
        Signed b = Signed.of(s.terms().get(1));
        if (a.applied() == null) {
            Signed t = a;
            a = b;
            b = t;
        }
        if (a.applied() == null) {
            return Optional.empty();
        }
        Optional<KnownFunction> k = increasing(a.applied());
        if (k.isEmpty()) {
            return Optional.empty();
        }
        Expr u = a.applied().args().get(0);
        if (b.applied() != null) {
            // ±(f(u) − f(v)) of one f
            if (!b.applied().name().equals(a.applied().name()) || b.sign() != -a.sign()) {
                return Optional.empty();
            }
            return Optional.of(new Read(a.sign(), Exprs.sub(u, b.applied().args().get(0))));
        }
        if (b.number() == null) {
            return Optional.empty();
        }
        // ±f(u) + n = ±(f(u) − k), k = ∓n: the sign of ±(u − c) where f(c) = k
        int sign = a.sign();
        Rational value = sign > 0 ? b.number().negate() : b.number();
        return at(k.get(), value).map(c -> new Read(sign, Exprs.sub(u, Exprs.num(c))));
    }

    /** A term as ±f(u) (a one-argument call) or as a number; {@code applied} null for a number. */
    private record Signed(int sign, Fn applied, Rational number) {
        static Signed of(Expr t) {
            if (t instanceof Num n) {
                return new Signed(1, null, n.value());
            }
            if (t instanceof Fn f && f.args().size() == 1) {
                return new Signed(1, f, null);
            }
            if (t instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c
                    && c.value().abs().isOne() && m.factors().get(1) instanceof Fn f && f.args().size() == 1) {
                return new Signed(c.value().signum(), f, null);
            }
            return new Signed(0, null, null);
        }
    }

    private static Optional<KnownFunction> increasing(Fn f) {
        return f.args().size() == 1 ? FunctionRegistry.lookup(f.name()).filter(KnownFunction::increasing) : Optional.empty();
    }

    /** The argument c at which {@code k} takes the exact value {@code value}, where the registry knows one. */
    private static Optional<Rational> at(KnownFunction k, Rational value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Map.Entry<Rational, Expr> v : k.specialValues().entrySet()) {
            if (v.getValue() instanceof Num n && n.value().equals(value)) {
                return Optional.of(v.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code e} is positive wherever it is defined: a positive number, a function whose values are positive,
     * a name the assumptions make positive (the assumption added to {@code needs}), a power of a positive base, a
     * product of positive factors, a sum of positive terms.
     */
    static boolean positive(Expr e, Sampling sampling, List<Sampling.Constraint> needs) {
        return switch (e) {
            case Num n -> n.value().signum() > 0;
            case Fn f -> FunctionRegistry.lookup(f.name()).map(k -> k.range().isPositive()).orElse(false);
            case Pow p -> positive(p.base(), sampling, needs);
            case Mul m -> m.factors().stream().allMatch(f -> positive(f, sampling, needs));
            case Add s -> s.terms().stream().allMatch(t -> positive(t, sampling, needs));
            case Sym s -> {
                for (Sampling.Constraint c : sampling.constraints()) {
                    if (c instanceof Sampling.Positive p && p.name().equals(s.name())) {
                        needs.add(c);
                        yield true;
                    }
                }
                yield false;
            }
            default -> false;
        };
    }
}
