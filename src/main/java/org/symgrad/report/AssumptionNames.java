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
        return fact(rule).map(c -> AssumedForms.RULE_PREFIX + spelled(c, n -> Printer.unicode(new Sym(n)),
                "∈", "≥", "≠", "{", "}"));
    }

    /** The label of {@code rule} as the argument of {@code \text{…}}, if it cites a fact. */
    static Optional<String> latex(String rule) {
        return fact(rule).map(c -> AssumedForms.RULE_PREFIX + spelled(c, n -> "$" + Printer.latex(new Sym(n)) + "$",
                "\\in", "\\geq", "\\neq", "\\{", "\\}"));
    }

    private static Optional<ConstraintStatement> fact(String rule) {
        if (!rule.startsWith(AssumedForms.RULE_PREFIX)) {
            return Optional.empty();
        }
        return ConstraintStatement.parse(rule.substring(AssumedForms.RULE_PREFIX.length()), null, rule);
    }

    /**
     * The fact with names spelled by {@code name}; in LaTeX a relation is one formula, so the names
     * of a relation are spelled inside it and the relation's {@code $…$} wraps the whole.
     */
    private static String spelled(ConstraintStatement c, Function<String, String> name, String in, String geq,
                                  String neq, String open, String close) {
        boolean latex = in.startsWith("\\");
        Function<String, String> inner = latex ? n -> Printer.latex(new Sym(n)) : name;
        String a = c.names().get(0);
        String relation = switch (c.kind()) {
            case SIMPLEX, ONE_HOT, SYMMETRIC -> null;
            case TWO_VALUED -> inner.apply(a) + " " + in + " " + open + number(c.low(), latex) + ", "
                    + number(c.high(), latex) + close;
            case POSITIVE -> inner.apply(a) + " > 0";
            case NONNEGATIVE -> inner.apply(a) + " " + geq + " 0";
            case UNIT_INTERVAL -> "0 < " + inner.apply(a) + " < 1";
            case DISTINCT -> a + " " + neq + " " + c.names().get(1);
            case EQUAL -> a + " = " + c.names().get(1);
        };
        if (relation != null) {
            return latex ? "$" + relation + "$" : relation;
        }
        String word = switch (c.kind()) {
            case SIMPLEX -> "simplex";
            case ONE_HOT -> "one-hot";
            default -> "symmetric";
        };
        return name.apply(a) + " " + word;
    }

    /** {@code v} as written: an integer without a decimal point, a minus sign in Unicode. */
    private static String number(double v, boolean latex) {
        String out = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        return latex ? out : out.replace('-', '−');
    }
}
