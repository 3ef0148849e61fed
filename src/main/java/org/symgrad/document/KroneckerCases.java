package org.symgrad.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry given by cases in inline math, one where two indices are equal and zero otherwise: "$t_j = 1$ if $j = j^*$ and
 * $0$ otherwise", "$y_k = 1$ if $k = c$, and $0$ otherwise". That is the Kronecker delta, t_j = δ_{j j^*}, and the formula
 * is read as its definition (it was only kept from being read as t_j = 1, and the steps using t_j were undecided). The
 * entry's one index must be one side of the equality; a case of values ({@code x > 0}) or of words ("for the true class")
 * is no delta.
 */
final class KroneckerCases {
    private KroneckerCases() {
    }

    /** The entry set to one: a name, a subscript of one index letter (groups: the left side, the index). */
    private static final Pattern ONE = Pattern.compile("^\\s*(\\\\?[A-Za-z]+\\s*_\\s*\\{?\\s*([a-z])\\s*}?)\\s*=\\s*1\\s*$");
    /** The condition and the zero after it (groups: the two sides of the equality). */
    private static final Pattern CASE = Pattern.compile("^\\s*,?\\s*(?:if|when|whenever)\\s+\\$\\s*([a-z](?:\\s*\\^\\s*\\{?\\s*(?:\\*|\\\\ast|\\\\star)\\s*}?)?)"
            + "\\s*=\\s*([a-z](?:\\s*\\^\\s*\\{?\\s*(?:\\*|\\\\ast|\\\\star)\\s*}?)?)\\s*\\$\\s*,?\\s*(?:and|or)?\\s*(?:\\$\\s*0\\s*\\$|0|zero)"
            + "\\s+otherwise\\b");

    /** The formula {@code formula} written as the delta it is, given the prose {@code after} it; empty for any other formula. */
    static Optional<String> of(String formula, String after) {
        Matcher one = ONE.matcher(formula);
        Matcher c = CASE.matcher(after);
        if (!one.find() || !c.find()) {
            return Optional.empty();
        }
        String index = one.group(2);
        String a = c.group(1).replaceAll("\\s+", "");
        String b = c.group(2).replaceAll("\\s+", "");
        if (!a.equals(index) && !b.equals(index) || a.equals(b)) {
            return Optional.empty();
        }
        String other = a.equals(index) ? b : a;
        return Optional.of(one.group(1).strip() + " = \\delta_{" + index + " " + other + "}");
    }
}
