package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;

/**
 * A loss left abstract and then differentiated by its bare name, as d2l.ai §5.3 writes it:
 * {@code J = L(\mathbf{o}) + s}, then {@code \frac{\partial L}{\partial o_a}}. The document applies
 * the function L it never defines to one vector o, so the bare L of a derivative by an entry of o
 * (or by o itself) is that call, {@code ∂L(o)/∂o_a}; read as a symbol it would be a name the
 * document never defines, and the step could not be checked. Only where the definitions apply
 * the name to one and the same arguments everywhere: two different calls {@code L(o)} and
 * {@code L(z)} leave a bare L as written.
 */
final class AbstractCallInScope {
    private AbstractCallInScope() {
    }

    /** The calls of undefined functions the definitions make, by name, where each name has one call. */
    static Map<String, Fn> calls(List<Definition> definitions, Set<String> definedNames) {
        Map<String, Set<Fn>> seen = new LinkedHashMap<>();
        for (Definition d : definitions) {
            collect(d.body(), seen);
        }
        Map<String, Fn> out = new LinkedHashMap<>();
        seen.forEach((name, calls) -> {
            if (calls.size() == 1 && !definedNames.contains(name)) {
                out.put(name, calls.iterator().next());
            }
        });
        return out;
    }

    private static void collect(Expr e, Map<String, Set<Fn>> out) {
        if (e instanceof Fn f && !FunctionRegistry.isKnown(f.name()) && !f.name().endsWith("'")
                && !f.args().isEmpty() && f.args().stream().allMatch(a -> a instanceof Sym)) {
            out.computeIfAbsent(f.name(), k -> new LinkedHashSet<>()).add(f);
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code e} with every derivative of a bare name in {@code calls} by one of its arguments read as the call. */
    static Expr applied(Expr e, Map<String, Fn> calls) {
        if (calls.isEmpty()) {
            return e;
        }
        if (e instanceof Derivative d) {
            Expr of = applied(d.of(), calls);
            if (of instanceof Sym s && calls.containsKey(s.name())
                    && calls.get(s.name()).args().stream().anyMatch(a -> ((Sym) a).name().equals(d.wrt().name()))) {
                of = calls.get(s.name());
            }
            return of == d.of() ? d : new Derivative(of, d.wrt());
        }
        return Exprs.mapChildren(e, c -> applied(c, calls));
    }
}
