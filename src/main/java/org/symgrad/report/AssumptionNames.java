package org.symgrad.report;

import java.util.Optional;
import java.util.function.Function;
import org.symgrad.assume.AssumedForms;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;
import org.symgrad.script.ConstraintStatement;

/**
 * How a step that used an assumed fact reads: the rule {@code assumption: y in {0, 1}} is
 * "assumption: y ∈ {0, 1}" in Unicode and {@code assumption: $y \in \{0, 1\}$} as the argument of
 * {@code \text{…}}; names are printed as names ({@code beta} is β).
 */
final class AssumptionNames {
    private AssumptionNames() {
    }

    /** The Unicode label of {@code rule}, if it cites a fact. */
    static Optional<String> text(String rule) {
        return fact(rule).map(c -> AssumedForms.RULE_PREFIX + spelled(c, false));
    }

    /** The label of {@code rule} as the argument of {@code \text{…}}, if it cites a fact. */
    static Optional<String> latex(String rule) {
        return fact(rule).map(c -> AssumedForms.RULE_PREFIX + spelled(c, true));
    }

    private static Optional<ConstraintStatement> fact(String rule) {
        if (!rule.startsWith(AssumedForms.RULE_PREFIX)) {
            return Optional.empty();
        }
        return ConstraintStatement.parse(rule.substring(AssumedForms.RULE_PREFIX.length()), null, rule);
    }

    /**
     * The fact in Unicode or, for {@code \text{…}}, in LaTeX; in LaTeX a relation is one formula, so
     * the names of a relation are spelled inside it and the relation's {@code $…$} wraps the whole.
     */
    private static String spelled(ConstraintStatement c, boolean latex) {
        Function<String, String> name = latex ? n -> Printer.latex(new Sym(n)) : n -> Printer.unicode(new Sym(n));
        String a = c.names().get(0);
        String relation = switch (c.kind()) {
            case SIMPLEX, ONE_HOT, SYMMETRIC, ANTISYMMETRIC, HOLLOW, DIAGONAL, POSITIVE_DEFINITE -> null;
            case TWO_VALUED -> name.apply(a) + (latex ? " \\in \\{" : " ∈ {") + number(c.low(), latex) + ", "
                    + number(c.high(), latex) + (latex ? "\\}" : "}");
            case POSITIVE -> name.apply(a) + " > 0";
            case NONNEGATIVE -> name.apply(a) + (latex ? " \\geq 0" : " ≥ 0");
            case UNIT_INTERVAL -> "0 < " + name.apply(a) + " < 1";
            case DISTINCT -> a + (latex ? " \\neq " : " ≠ ") + c.names().get(1);
            case EQUAL -> a + " = " + c.names().get(1);
        };
        if (relation != null) {
            return latex ? "$" + relation + "$" : relation;
        }
        String word = switch (c.kind()) {
            case SIMPLEX -> "simplex";
            case ONE_HOT -> c.names().size() > 1 ? "one-hot at " + (latex ? "$" + c.names().get(1) + "$" : c.names().get(1)) : "one-hot";
            case ANTISYMMETRIC -> "antisymmetric";
            case HOLLOW -> "with a zero diagonal";
            case DIAGONAL -> "diagonal";
            case POSITIVE_DEFINITE -> "positive definite";
            default -> "symmetric";
        };
        return (latex ? "$" + name.apply(a) + "$" : name.apply(a)) + " " + word;
    }

    /** {@code v} as written: an integer without a decimal point, a minus sign in Unicode. */
    private static String number(double v, boolean latex) {
        String out = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        return latex ? out : out.replace('-', '−');
    }
}
