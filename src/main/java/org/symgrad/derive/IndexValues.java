package org.symgrad.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;

/**
 * The index of a defined family that its body also uses as a value: Rényi's {@code H_\alpha = \frac{1}{1 - \alpha}
 * \log \sum_i p_i^\alpha}, a family over its order α, of which {@code H_2} is the member at α = 2. An instance of the
 * family takes its index's value wherever the body uses the index as a number, not only in its subscripts: H_2 is
 * {@code \frac{1}{1 - 2} \log \sum_i p_i^2}; read with the subscripts alone renamed, the α of the body would stay an
 * unrelated variable, and the right {@code H_2 = -\log \sum_i p_i^2} was called false. An index renamed to another
 * letter takes that letter as its value (unless the body uses that letter as a value of its own); an index written as arithmetic ({@code t-1}) or the range size n (which a
 * body may use as the count, {@link Index#SIZE}) keeps the body's letter as it is.
 */
public final class IndexValues {
    private IndexValues() {
    }

    /**
     * {@code renamed}, the definition's {@code body} with its indices renamed by {@code renaming}, with each index that
     * the body uses as a value (outside a Σ or Π binding it again) replaced by its instance's value as well.
     */
    static Expr instantiated(Expr renamed, Expr body, Map<String, String> renaming) {
        Map<Sym, Expr> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> r : renaming.entrySet()) {
            String from = r.getKey();
            if (from.equals(r.getValue()) || from.equals(Exprs.N.name()) || !usesAsValue(body, from)) {
                continue;
            }
            // a letter the body already uses as a value of its own would be captured: the instance stays as renamed
            if (!usesAsValue(body, r.getValue())) {
                value(r.getValue()).ifPresent(v -> values.put(new Sym(from), v));
            }
        }
        if (values.isEmpty()) {
            return renamed;
        }
        // the values replace the body's letters all at once ({a → b, b → a} swaps them)
        return replaced(renamed, values);
    }

    /** The value an index instance stands for: a whole number, or a plain letter; empty for index arithmetic. */
    private static Optional<Expr> value(String index) {
        if (Index.isConcrete(index)) {
            return Optional.of(new Num(Rational.of(new java.math.BigInteger(index))));
        }
        return Index.isSymbolic(index) ? Optional.of(new Sym(index)) : Optional.empty();
    }

    /** Whether {@code e} uses {@code k} as a number where no inner Σ or Π binds it again. */
    public static boolean usesAsValue(Expr e, String k) {
        if (e instanceof Sym s && s.name().equals(k)) {
            return true;
        }
        if (bindsAgain(e, k)) {
            return false;
        }
        return Exprs.children(e).stream().anyMatch(c -> usesAsValue(c, k));
    }

    private static boolean bindsAgain(Expr e, String k) {
        return e instanceof IndexSum s && s.index().equals(k) || e instanceof IndexProduct p && p.index().equals(k);
    }

    private static Expr replaced(Expr e, Map<Sym, Expr> values) {
        if (e instanceof Sym s && values.containsKey(s)) {
            return values.get(s);
        }
        if (values.keySet().stream().anyMatch(s -> bindsAgain(e, s.name()))) {
            Map<Sym, Expr> inner = new LinkedHashMap<>(values);
            inner.keySet().removeIf(s -> bindsAgain(e, s.name()));
            return inner.isEmpty() ? e : Exprs.mapChildren(e, c -> replaced(c, inner));
        }
        return Exprs.mapChildren(e, c -> replaced(c, values));
    }
}
