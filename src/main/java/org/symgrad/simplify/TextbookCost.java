package org.symgrad.simplify;

import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Parity;
import org.symgrad.functions.SoftmaxComponent;

/**
 * The one measure of how far an expression is from textbook form: what a reader has to take in.
 * Each symbol, number and function name costs 1, a coefficient ±1 nothing; each minus sign costs
 * {@value #MINUS} and a sum whose constant is negative {@value #NEGATIVE_CONSTANT} more
 * ({@code 1 − σ} reads better than {@code σ − 1}, {@code −(a − b)} worse than {@code b − a}).
 * {@link #asPrinted} reads a negative power as the denominator it prints as, for comparing forms
 * that spread one denominator differently over terms.
 * The presenter turns each sum factor the cheaper way round; the simplifier keeps a rewritten form
 * (in σ, in a defined name) only when it costs no more than the form it replaces.
 */
public final class TextbookCost {
    static final int MINUS = 2;
    static final int NEGATIVE_CONSTANT = 1;

    private TextbookCost() {
    }

    /** The reading cost of {@code e}. */
    public static int of(Expr e) {
        return of(e, false);
    }

    /**
     * The reading cost of {@code e} with each negative power read as the denominator it prints as:
     * {@code b^(−k)} costs what {@code b^k} does, {@code b^(−1)} what {@code b} does, so that
     * {@code 1/σ − u/σ³} is not taken for longer than {@code (σ² − u)/σ³} for the minus signs of
     * exponents no one reads. Used to choose between a fraction and its terms written apart; the
     * write-backs in named functions keep {@link #of}, by which a negative power weighs more.
     */
    public static int asPrinted(Expr e) {
        return of(e, true);
    }

    /**
     * The reading cost of {@code e} with the argument of each function with a parity costed the
     * cheaper way round: which way an argument is turned is the input's choice ({@link WrittenArguments}),
     * so a write-back in σ(3x − 1) competes as σ(1 − 3x) would, the one being the other's complement.
     */
    public static int anyOrientation(Expr e) {
        return of(e, false, true);
    }

    private static int of(Expr e, boolean printed) {
        return of(e, printed, false);
    }

    /** The plain cost ({@link #of(Expr)}) of a node, as the node keeps it once computed. */
    private static final java.util.function.ToIntFunction<Expr> PLAIN = e -> computed(e, false, false);

    private static int of(Expr e, boolean printed, boolean turnable) {
        if (!printed && !turnable) {
            // a shared subtree's cost is computed once: each orientation of each sum is costed again
            if (e instanceof org.symgrad.expr.Compound c) {
                return c.cost(PLAIN);
            }
        }
        return computed(e, printed, turnable);
    }

    private static int computed(Expr e, boolean printed, boolean turnable) {
        return switch (e) {
            case Num n -> 1 + (n.value().signum() < 0 ? MINUS : 0);
            case Sym s -> 1;
            case Indexed x -> 1;
            case Delta d -> 1;
            case Add a -> {
                int c = a.terms().stream().anyMatch(t -> t instanceof Num x && x.value().signum() < 0) ? NEGATIVE_CONSTANT : 0;
                for (Expr t : a.terms()) {
                    c += of(t, printed, turnable);
                }
                yield c;
            }
            case Mul m -> {
                int c = 0;
                for (int i = 0; i < m.factors().size(); i++) {
                    Expr f = m.factors().get(i);
                    if (i == 0 && f instanceof Num k && k.value().abs().isOne()) {
                        c += k.value().signum() < 0 ? MINUS : 0;
                    } else {
                        c += of(f, printed, turnable);
                    }
                }
                yield c;
            }
            case Pow p when printed && p.exponent() instanceof Num k && k.value().signum() < 0 ->
                    of(p.base(), true, turnable) + (k.value().isMinusOne() ? 0 : of(new Num(k.value().negate()), true));
            case Pow p -> of(p.base(), printed, turnable) + of(p.exponent(), printed, turnable);
            // softmax(z)_j reads as a name applied to a name, as σ(x) does
            case Fn f when SoftmaxComponent.of(f).isPresent() -> 2;
            case Fn f -> {
                int c = 1;
                for (Expr a : f.args()) {
                    int cost = of(a, printed, turnable);
                    if (turnable && f.args().size() == 1 && a instanceof Add sum && FunctionRegistry.lookup(f.name())
                            .map(KnownFunction::parity).orElse(Parity.NONE) != Parity.NONE) {
                        cost = Math.min(cost, of(WrittenOrientations.negated(sum), printed, true));
                    }
                    c += cost;
                }
                yield c;
            }
            case IndexSum s -> 1 + of(s.body(), printed, turnable);
            case IndexProduct p -> 1 + of(p.body(), printed, turnable);
            case Derivative d -> 1 + of(d.of(), printed, turnable) + of(d.wrt(), printed, turnable);
        };
    }
}
