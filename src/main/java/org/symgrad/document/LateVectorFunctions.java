package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.latex.Target;

/**
 * A plain name defined by a call of a function the document defines only further down, as a function with a component:
 * {@code \hat{y} = \sigma(Wx + b)} in equation (1), then "σ is the softmax function: {@code \sigma(a)_i = …}". Read before
 * σ was defined, σ was the logistic function and ŷ one number; once the document defines σ with a component, ŷ's
 * definition is read again, as the vector whose component i is {@code \sigma(Wx + b)_i}, if it is still ŷ's definition.
 * Claims checked before stay as they were checked: the document is read in order ({@link CallsBeforeDefinition}).
 */
final class LateVectorFunctions {
    /** A definition to read again: the name, the side that gave its value, and its line. */
    record Pending(Target target, Side body, int line) {
    }

    private final Map<String, List<Pending>> byFunction = new LinkedHashMap<>();

    /** Remembers {@code t}'s definition by {@code body}, read as {@code value}, under each function it calls that is not in {@code defined}. */
    void remember(Target t, Side body, int line, Expr value, Set<String> defined) {
        if (t.isCall() || t.vector() || t.squared() || !(t.variable() instanceof Sym)) {
            return;
        }
        for (String called : calls(value, new java.util.TreeSet<>())) {
            if (!defined.contains(called)) {
                byFunction.computeIfAbsent(called, k -> new ArrayList<>()).add(new Pending(t, body, line));
            }
        }
    }

    /** The definitions to read again now that {@code f} is defined: those that call it, where it has one component. */
    List<Pending> definedNow(DocumentFunction f) {
        List<Pending> pending = byFunction.remove(f.name());
        return pending == null || f.component().size() != 1 ? List.of() : pending;
    }

    private static Set<String> calls(Expr e, Set<String> out) {
        if (e instanceof Fn f) {
            out.add(f.name());
        }
        Exprs.children(e).forEach(c -> calls(c, out));
        return out;
    }
}
