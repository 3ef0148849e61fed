package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Variable;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;

/**
 * The write-back {@code exp(z_j)/Σ_k exp(z_k) → softmax(z)_j}, for each normaliser
 * {@code Σ_k exp(z_k)} of a vector name that a normal form holds: solved for the atom
 * ({@code exp(z_i) = softmax(z)_i·Σ_k exp(z_k)}, any index i) exactly as a definition
 * {@code y_i = exp(z_i)/Σ_k exp(z_k)} is ({@link Rules#definition}), so that it is kept under the
 * same conditions — the sum cancels, the form costs no more, nothing new is divided by. While the
 * simplifier works, each softmax stands as a fresh name (its normal form is the quotient again,
 * {@code definition-of-softmax}); {@link #named} writes the components in at the end.
 */
final class SoftmaxNames {
    /** Each stand-in name with the normaliser whose softmax it names. */
    private final Map<String, IndexSum> standIns = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();

    /** The write-backs for the normalisers in {@code e}. */
    SoftmaxNames(Expr e) {
        Set<IndexSum> normalisers = new LinkedHashSet<>();
        normalisers(e, normalisers);
        Set<String> taken = new HashSet<>();
        names(e, taken);
        for (IndexSum s : normalisers) {
            String name = "softmax";
            for (int k = 2; taken.contains(name); k++) {
                name = "softmax" + k;
            }
            taken.add(name);
            String i = Indices.fresh(Set.of(s.index()));
            Expr exponent = SoftmaxComponent.applied(i, s).arg();
            Expr quotient = Exprs.div(Exprs.exp(exponent), s);
            String standIn = name;
            Rules.definition(RuleBook.SOFTMAX_FROM_EXP, new Indexed(standIn, List.of(i)), quotient).ifPresent(r -> {
                standIns.put(standIn, s);
                rules.add(r);
            });
        }
    }

    /** The write-back rules, one per normaliser. */
    List<Rule> rules() {
        return rules;
    }

    /** {@code e} with each stand-in {@code softmax_m} written as the component {@code softmax(z)_m}. */
    Expr named(Expr e) {
        if (standIns.isEmpty()) {
            return e;
        }
        if (e instanceof Indexed x && x.indices().size() == 1 && standIns.containsKey(x.name())) {
            return SoftmaxComponent.applied(x.indices().get(0), standIns.get(x.name()));
        }
        return Exprs.mapChangedChildren(e, this::named);
    }

    private static void normalisers(Expr e, Set<IndexSum> out) {
        if (e instanceof IndexSum s && SoftmaxComponent.normaliserOf(s).isPresent()) {
            out.add(s);
        }
        Exprs.children(e).forEach(c -> normalisers(c, out));
    }

    private static void names(Expr e, Set<String> out) {
        if (e instanceof Variable v) {
            out.add(v.name());
        }
        Exprs.children(e).forEach(c -> names(c, out));
    }
}
