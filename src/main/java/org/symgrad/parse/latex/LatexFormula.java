package org.symgrad.parse.latex;

import java.util.List;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;

/**
 * One formula given on its own in LaTeX — pasted on the command line ({@code symgrad diff
 * '\frac{1}{1+e^{-x}}' --wrt x}) or handed to the library — read by the rules a document's formulas
 * follow (SPEC §8): {@code e^{u}} is the exponential, {@code \sigma} the sigmoid, a sum's upper
 * limit is the range size {@code n}. symgrad's ASCII has no backslash, so a backslash is what tells
 * the two languages apart: a formula without one (also one that is valid in both, such as
 * {@code x^2 + y}) reads as ASCII, as it always has.
 */
public final class LatexFormula {
    private LatexFormula() {
    }

    /** Whether {@code text} is LaTeX rather than symgrad's ASCII: it contains a backslash command. */
    public static boolean isLatex(String text) {
        return text.indexOf('\\') >= 0;
    }

    /**
     * The expression {@code text} reads as.
     *
     * @throws InputException where it cannot be read, with line, column and the construct underlined
     */
    public static Expr read(String text) {
        Reading r = LatexReader.read(text);
        if (r.problem().isPresent()) {
            throw r.problem().get();
        }
        return LatexReader.withRange(r.expr().orElseThrow(), r.rangeSizes());
    }

    /** The defaults the reader chose where {@code text} has another plausible reading, one line each. */
    public static List<String> notes(String text) {
        return LatexReader.read(text).notes().stream().map(n -> "note: " + n.text()).toList();
    }
}
