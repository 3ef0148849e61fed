package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;

/**
 * Time derivatives along a motion written with dots (Newton's notation): {@code \frac{dE}{dt}} of an energy defined in θ and
 * θ̇, {@code E(\theta, \dot\theta) = \frac12 m l^2 \dot\theta^2 + m g l (1 - \cos\theta)}, is the chain rule through the
 * moving names, ∂E/∂θ · θ̇ + ∂E/∂θ̇ · θ̈. A name is moving where it is dotted (θ̇ moves, at the rate θ̈) or where its dotted
 * name is written beside it (θ beside θ̇); every other name is a constant of the motion. Read as written, E did not depend on
 * t, and the step was undecided ("its derivative is 0; is a definition missing?").
 */
final class TrajectoryDerivatives {
    /** The time variable the dots differentiate by. */
    private static final Sym TIME = new Sym("t");

    private TrajectoryDerivatives() {
    }

    /**
     * {@code e} with each derivative by t of a quantity that, as the document defines it, does not depend on t but holds a
     * dotted name written as the chain rule through its moving names; {@code e} itself where there is none.
     */
    static Expr along(Expr e, Definitions definitions) {
        if (e instanceof Derivative d && d.wrt().equals(TIME)) {
            Expr expanded = definitions.expand(d.of());
            List<Sym> moving = moving(expanded);
            if (!Exprs.contains(expanded, TIME) && !moving.isEmpty()) {
                List<Expr> terms = new ArrayList<>();
                for (Sym v : moving) {
                    terms.add(Exprs.mul(new Derivative(d.of(), v), rate(v)));
                }
                return Exprs.add(terms);
            }
            return e;
        }
        return Exprs.mapChangedChildren(e, c -> along(c, definitions));
    }

    /** The names of {@code e} that move: the dotted ones, and those written beside their dotted name. */
    private static List<Sym> moving(Expr e) {
        Set<String> names = new LinkedHashSet<>();
        collect(e, names);
        if (names.stream().noneMatch(TrajectoryDerivatives::dotted)) {
            return List.of();
        }
        List<Sym> out = new ArrayList<>();
        for (String n : names) {
            if (dotted(n) || names.contains(n + "dot")) {
                out.add(new Sym(n));
            }
        }
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** Whether the reader named a dotted letter: θ̇ as thetadot, θ̈ as thetaddot. */
    private static boolean dotted(String name) {
        return name.length() > 3 && name.endsWith("dot");
    }

    /** The rate of a moving name: θ → θ̇, θ̇ → θ̈, θ̈ → its third derivative. */
    private static Sym rate(Sym v) {
        String n = v.name();
        if (!dotted(n)) {
            return new Sym(n + "dot");
        }
        return new Sym(n.substring(0, n.length() - 3) + "d" + n.substring(n.length() - 3));
    }
}
