package org.symgrad.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Sym;

/**
 * An expression in the argument slots of a function: {@code σ(u)(1 − σ(u))} in the slot {@code u}.
 * {@link #apply} puts the actual arguments into the slots, all at once, so an argument that itself
 * mentions a symbol named like a slot is never rewritten again. Sums and products are rebuilt with
 * the {@link Exprs} factories, so {@code −u} with {@code u = 2x} reads {@code −2x}, not {@code −(2x)}.
 */
public record Template(List<Sym> slots, Expr body) {
    /** The slot of a one-argument function. */
    public static final Sym U = new Sym("u");
    /** Slots of functions of several arguments, in argument order. */
    public static final List<Sym> SLOTS = List.of(U, new Sym("v"), new Sym("w"));

    public Template {
        slots = List.copyOf(slots);
        Objects.requireNonNull(body);
    }

    /** A template in the one slot {@link #U}. */
    public static Template of(Expr body) {
        return new Template(List.of(U), body);
    }

    /** A template in the first {@code arity} slots of {@link #SLOTS}. */
    public static Template of(int arity, Expr body) {
        return new Template(SLOTS.subList(0, arity), body);
    }

    /** The body with each slot replaced by the argument at its position. */
    public Expr apply(List<Expr> args) {
        if (args.size() != slots.size()) {
            throw new IllegalArgumentException("a template in " + slots + " applied to " + args.size() + " arguments");
        }
        Map<Sym, Expr> values = new java.util.HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            values.put(slots.get(i), args.get(i));
        }
        return substitute(body, values);
    }

    /** The body with the one slot replaced by {@code u}. */
    public Expr apply(Expr u) {
        return apply(List.of(u));
    }

    private static Expr substitute(Expr e, Map<Sym, Expr> values) {
        if (e instanceof Sym s && values.containsKey(s)) {
            return values.get(s);
        }
        List<Expr> kids = Exprs.children(e);
        if (kids.isEmpty()) {
            return e;
        }
        List<Expr> out = new ArrayList<>(kids.size());
        for (Expr k : kids) {
            out.add(substitute(k, values));
        }
        return switch (e) {
            case Add a -> Exprs.add(out);
            case Mul m -> Exprs.mul(out);
            default -> Exprs.withChildren(e, out);
        };
    }

    /** Whether the body applies the function {@code name} anywhere. */
    public boolean uses(String name) {
        return applies(body, name);
    }

    private static boolean applies(Expr e, String name) {
        if (e instanceof org.symgrad.expr.Fn f && f.name().equals(name)) {
            return true;
        }
        for (Expr c : Exprs.children(e)) {
            if (applies(c, name)) {
                return true;
            }
        }
        return false;
    }
}
