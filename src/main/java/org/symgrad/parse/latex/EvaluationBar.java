package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.Constants;

/**
 * An evaluation bar, {@code \left. E \right|_{x=a}} or {@code E \Big|_{x=a}}: E with x replaced by a,
 * after every derivative in x that E takes has been taken (the derivative at the point, not the
 * derivative of the value there). A derivative in x that cannot be taken while reading (of an
 * abstract function, of a name the document defines by a value) cannot be evaluated here: the
 * caller reports it, so that nothing is read as 0 by mistake.
 */
final class EvaluationBar {
    private EvaluationBar() {
    }

    /** How many definitions deep {@link #throughDefinitions} expands (a chain L → z → w is 2). */
    private static final int MAX_DEFINITION_DEPTH = 32;

    /** {@code e} with every name the document defines by a value replaced by that value, to any depth. */
    static Expr throughDefinitions(Expr e, Function<Expr, Optional<Expr>> value) {
        Expr out = e;
        for (int round = 0; round < MAX_DEFINITION_DEPTH; round++) {
            Expr next = expand(out, value);
            if (next.equals(out)) {
                return out;
            }
            out = next;
        }
        return out;
    }

    private static Expr expand(Expr e, Function<Expr, Optional<Expr>> value) {
        if (e instanceof Variable) {
            return value.apply(e).orElse(e);
        }
        if (e instanceof Derivative d) {
            return new Derivative(expand(d.of(), value), d.wrt());
        }
        return Exprs.mapChildren(e, c -> expand(c, value));
    }

    /** Why {@code e} cannot be evaluated at {@code x}, or empty when {@link #at} can. */
    static Optional<String> obstacle(Expr e, Variable x, Predicate<String> definedName) {
        if (Exprs.any(e, d -> d instanceof Derivative dd && dd.wrt().equals(x) && !Exprs.contains(dd.of(), x))) {
            return Optional.of("a derivative in " + x + " of what does not show " + x
                    + " (a name defined elsewhere, or abstract) has no value to read at the point");
        }
        Expr taken = takeDerivatives(e, x);
        if (Exprs.any(taken, d -> d instanceof Derivative dd && dd.wrt().equals(x))) {
            return Optional.of("the derivative in " + x + " of a function the formula does not define");
        }
        Set<String> names = new LinkedHashSet<>();
        names(e, names);
        names.remove(x.name());
        for (String n : names) {
            if (definedName.test(n)) {
                return Optional.of(n + " is defined elsewhere in the document; write its formula under the bar");
            }
        }
        return Optional.empty();
    }

    /** {@code e} at {@code x = value}, once {@link #obstacle} found none. */
    static Expr at(Expr e, Variable x, Expr value) {
        return Exprs.replace(takeDerivatives(e, x), x, value);
    }

    /** The variables the derivatives in {@code e} are taken in. */
    static Set<Variable> derivativeVariables(Expr e) {
        Set<Variable> out = new LinkedHashSet<>();
        derivativeVariables(e, out);
        return out;
    }

    private static void derivativeVariables(Expr e, Set<Variable> out) {
        if (e instanceof Derivative d) {
            out.add(d.wrt());
        }
        Exprs.children(e).forEach(c -> derivativeVariables(c, out));
    }

    /** The one variable of {@code e} a bar without a name ({@code f'(x)|_{0}}) evaluates at, if there is one. */
    static Optional<Variable> soleVariable(Expr e) {
        Set<Variable> wrt = derivativeVariables(e);
        if (wrt.size() == 1) {
            return Optional.of(wrt.iterator().next());
        }
        Set<Variable> all = new LinkedHashSet<>();
        variables(e, all);
        all.remove(Exprs.N);
        return all.size() == 1 ? Optional.of(all.iterator().next()) : Optional.empty();
    }

    static Expr takeDerivatives(Expr e, Variable x) {
        Expr inner = Exprs.mapChildren(e, c -> c.equals(x) && e instanceof Derivative ? c : takeDerivatives(c, x));
        if (inner instanceof Derivative d && d.wrt().equals(x)) {
            return Differentiator.diff(d.of(), x);
        }
        return inner;
    }

    private static void variables(Expr e, Set<Variable> out) {
        if (e instanceof Sym s && !Constants.isConstant(s)) {
            out.add(s);
        } else if (e instanceof Indexed x) {
            out.add(x);
        } else if (e instanceof IndexSum s) {
            variables(s.body(), out);
            return;
        }
        Exprs.children(e).forEach(c -> variables(c, out));
    }

    private static void names(Expr e, Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        } else if (e instanceof Indexed x) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> names(c, out));
    }
}
