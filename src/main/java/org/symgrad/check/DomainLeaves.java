package org.symgrad.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * The names a step holds only inside the argument of a function defined for positive arguments alone: a logarithm, a
 * square root, the base of a power that is no whole number. Lee and Carter's {@code y = ln m} puts the death rates m
 * under a logarithm and nowhere else, so a point drawing some m negative has no value, and with a sum over the entries
 * almost every point is such a point. Drawn positive, they give the step points where it has a value: a point where the
 * sides then differ is a point of the step's own domain, and sides that agree there agree where those names are positive.
 */
final class DomainLeaves {
    private DomainLeaves() {
    }

    /** The scalar and indexed names {@code l} and {@code r} hold only under a logarithm, a root or a real power, sorted. */
    static Set<String> of(Expr l, Expr r) {
        Set<String> inside = new TreeSet<>();
        Set<String> outside = new TreeSet<>();
        for (Expr side : List.of(l, r)) {
            collect(side, false, inside, outside);
        }
        inside.removeAll(outside);
        return inside;
    }

    private static void collect(Expr e, boolean underDomain, Set<String> inside, Set<String> outside) {
        String name = e instanceof Sym s ? s.name() : e instanceof Indexed x ? x.name() : null;
        if (name != null && !(e instanceof Sym s && org.symgrad.functions.Constants.isConstant(s))) {
            (underDomain ? inside : outside).add(name);
            return;
        }
        if (e instanceof Pow p && !(p.exponent() instanceof Num n && n.value().isInteger())) {
            collect(p.base(), true, inside, outside);
            collect(p.exponent(), underDomain, inside, outside);
            return;
        }
        boolean opens = e instanceof Fn f && f.args().size() == 1 && POSITIVE_DOMAIN.contains(f.name());
        for (Expr c : Exprs.children(e)) {
            collect(c, underDomain || opens, inside, outside);
        }
    }

    /** The functions defined for positive arguments alone. */
    private static final Set<String> POSITIVE_DOMAIN = Set.of("log", "ln", "log2", "log10", "sqrt");
}
