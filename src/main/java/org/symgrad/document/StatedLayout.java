package org.symgrad.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout the text says its derivatives by vectors and matrices are written in, where it says one: the denominator layout
 * ("We use the denominator layout", "the Hessian formulation"), in which ∂y/∂x of vectors has entry (i, j) = ∂y_j/∂x_i, so
 * ∂(Ax)/∂x = Aᵀ; or the numerator layout ("numerator layout", "the Jacobian formulation"), in which ∂L/∂W of a matrix W has
 * W's transposed shape. {@link Layout#NONE} where it names neither, both without choosing, or only denies one.
 */
final class StatedLayout {
    private StatedLayout() {
    }

    enum Layout { NONE, NUMERATOR, DENOMINATOR }

    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:(numerator)|(denominator))[\\s-]+layout\\b|\\b(?:(jacobian)|(hessian))\\s+formulation\\b");
    /** "not", "instead of", "rather than" before the name in its clause: the layout the text does not use. */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:not|no|never|instead\\s+of|rather\\s+than|unlike|than)\\b[^.;:,()]*$");

    /** The layout {@code document} says it uses. */
    static Layout in(String document) {
        String prose = document.replaceAll("(?s)\\$\\$.*?\\$\\$|\\$[^$]*\\$", " ");
        boolean numerator = false;
        boolean denominator = false;
        Matcher m = NAMED.matcher(prose);
        while (m.find()) {
            if (DENIED.matcher(prose.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            numerator |= m.group(1) != null || m.group(3) != null;
            denominator |= m.group(2) != null || m.group(4) != null;
        }
        return numerator == denominator ? Layout.NONE : numerator ? Layout.NUMERATOR : Layout.DENOMINATOR;
    }
}
