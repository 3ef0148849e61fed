package org.symgrad.rewrite;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;

/**
 * The case splits of an expression and how the sign of the quantity they switch on decides them: a
 * step {@code heaviside(u)}, {@code sign(u)}, {@code |u|}, {@code relu(u)}, {@code leaky_relu(u, α)},
 * {@code max(a, b)} and {@code min(a, b)} (on a − b), {@code clip(a, lo, hi)} (on a − lo and a − hi) and a
 * case split {@code where(l ρ r, u, v)} (on l − r). One table for the simplifier's piecewise normal form and
 * for the checker's comparison of two sides interval by interval.
 */
public final class Switches {
    private Switches() {
    }

    /** The quantities whose signs decide {@code f}, or empty where {@code f} is not a case split. */
    public static Optional<List<Expr>> arguments(Fn f) {
        List<Expr> a = f.args();
        return switch (f.name()) {
            case "heaviside", "sign", "abs", "relu" -> a.size() == 1 ? Optional.of(List.of(a.get(0))) : Optional.empty();
            case "leaky_relu" -> a.size() == 2 ? Optional.of(List.of(a.get(0))) : Optional.empty();
            case "max", "min" -> a.size() == 2 ? Optional.of(List.of(Exprs.sub(a.get(0), a.get(1)))) : Optional.empty();
            case "clip" -> a.size() == 3
                    ? Optional.of(List.of(Exprs.sub(a.get(0), a.get(1)), Exprs.sub(a.get(0), a.get(2)))) : Optional.empty();
            case FunctionRegistry.WHERE -> a.size() == 3 && a.get(0) instanceof Fn c && c.args().size() == 2
                    && Relation.ofFunction(c.name()).isPresent()
                    ? Optional.of(List.of(Exprs.sub(c.args().get(0), c.args().get(1)))) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The value of the one-quantity switch {@code f} (its arguments already decided) where its quantity has the
     * sign {@code sign} (not 0), or empty for a clip or a where, which are decided by their callers.
     */
    public static Optional<Expr> decided(Fn f, int sign) {
        List<Expr> a = f.args();
        return Optional.ofNullable(switch (f.name()) {
            case "heaviside" -> sign > 0 ? Exprs.ONE : Exprs.ZERO;
            case "sign" -> sign > 0 ? Exprs.ONE : Exprs.MINUS_ONE;
            case "abs" -> sign > 0 ? a.get(0) : Exprs.neg(a.get(0));
            case "relu" -> sign > 0 ? a.get(0) : Exprs.ZERO;
            case "leaky_relu" -> sign > 0 ? a.get(0) : Exprs.mul(a.get(1), a.get(0));
            case "max" -> sign > 0 ? a.get(0) : a.get(1);
            case "min" -> sign > 0 ? a.get(1) : a.get(0);
            default -> null;
        });
    }

    /** Whether the comparison {@code relation} (a registry relation function: gt, ge, lt, le) holds where l − r has {@code sign}. */
    public static boolean holds(String relation, int sign) {
        return switch (Relation.ofFunction(relation).orElseThrow()) {
            case GT, GE -> sign > 0;
            case LT, LE -> sign < 0;
        };
    }
}
