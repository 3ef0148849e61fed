package org.symgrad.simplify;

import java.util.Set;
import java.util.TreeSet;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;

/**
 * The functions the input wrote by a name the normal form reads as the quotient of two others ({@code coth(u) =
 * cosh(u)/sinh(u)}, {@code cot(u) = cos(u)/sin(u)}, {@link NamedQuotients#readAsQuotient}): the presenter writes that
 * quotient back by the name, as it writes {@code sinh/cosh} as tanh, so {@code (x coth x)′} is
 * {@code coth(x) − x/sinh(x)²}, the line its derivation passed, not {@code (cosh(x) sinh(x) − x)/sinh(x)²}, and
 * {@code cot(x)} simplifies to itself. A presentation only: the normal form keeps the quotient, so
 * {@code coth(x)·tanh(x)} is still 1. Names whose canonical form is a reciprocal alone ({@code sec = 1/cos}) are not
 * among them: their powers stand over other factors.
 */
final class WrittenQuotientNames {
    private WrittenQuotientNames() {
    }

    /** The names of such functions {@code input} applies, in a fixed order. */
    static Set<String> in(Expr input) {
        Set<String> out = new TreeSet<>();
        collect(input, out);
        return java.util.Collections.unmodifiableSet(out);
    }

    private static void collect(Expr e, Set<String> out) {
        if (e instanceof Fn f && f.args().size() == 1 && !out.contains(f.name())
                && FunctionRegistry.lookup(f.name()).map(k -> !NamedQuotients.readAsQuotient(k).isEmpty()).orElse(false)) {
            out.add(f.name());
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }
}
