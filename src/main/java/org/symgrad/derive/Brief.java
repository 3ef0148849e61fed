package org.symgrad.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.assume.AssumedForms;
import org.symgrad.diff.DiffRules;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.simplify.Rules;

/**
 * A derivation as a textbook prints it ({@code --detail brief}): the derivative, the definition
 * written out, the line where the differentiation is done, each application of a key rule (δ
 * contraction, a definition written back, an assumption) and the result. The steps in between are
 * not lost: each row shown cites, in order, every rule applied since the row before it
 * ({@code constant factor, derivative of sum, chain rule}). Rows are only dropped, never changed,
 * so every row still equals the one before; sub-derivations are shortened the same way.
 */
final class Brief {
    /** The rules whose applications a textbook writes as a line of their own. */
    private static final Set<String> KEY = Set.of(RuleBook.DELTA_CONTRACTION.name(), Rules.SUBSTITUTE_DEFINITION,
            Rules.ASSUMPTION);

    private Brief() {
    }

    static Derivation of(Derivation d) {
        List<Derivation> inner = new ArrayList<>(d.inner().size());
        d.inner().forEach(i -> inner.add(of(i)));
        return new Derivation(d.of(), d.wrt(), steps(d.steps()), inner, d.labels());
    }

    private static List<Step> steps(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        out.add(steps.get(0));
        Set<String> rules = new LinkedHashSet<>();
        boolean differentiated = false;
        for (int i = 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            rules.addAll(s.rules());
            boolean done = !differentiated && !hasDerivative(s.expr());
            differentiated |= done;
            // a line may cite several rules (a rewrite the printer does not show is merged into the line before it)
            boolean definitionFirst = i == 1 && s.rules().get(0).equals(DiffRules.DEFINITION);
            if (definitionFirst || done || s.rules().stream().anyMatch(r -> KEY.contains(r) || r.startsWith(AssumedForms.RULE_PREFIX))
                    || i == steps.size() - 1) {
                out.add(new Step(String.join(Step.RULES_SEPARATOR, rules), s.expr()));
                rules.clear();
            }
        }
        return out;
    }

    private static boolean hasDerivative(Expr e) {
        return Exprs.any(e, x -> x instanceof Derivative);
    }
}
