package org.symgrad.parse.latex;

import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * The normal density written as statisticians write it, {@code \mathcal{N}(x \mid \mu, \sigma^2)} or
 * {@code \mathcal{N}(x; \mu, \sigma^2)}: the point before the bar, then the mean and the variance, read as
 * {@code e^{−(x−μ)²/(2σ²)}/√(2πσ²)}. Only where the document does not define 𝒩 itself (a mixture's own
 * {@code \mathcal{N}(x \mid \mu_k, \sigma_k^2) = …} is applied as written), and only with a bar or a semicolon after
 * the point: {@code \mathcal{N}(\mu, \sigma^2)} is a distribution, not a value.
 */
final class NormalDensities {
    private NormalDensities() {
    }

    /** Whether {@code name(call)} is the normal density: a calligraphic N with no scripts, a bar after its point and a comma after the mean. */
    static boolean isDensity(NameAtom name, LatexParser.CallArgsContext call) {
        return name.base.equals("N") && name.isPlain() && name.power == null
                && name.where.getStart().getType() == LatexLexer.FONT && name.where.getStart().getText().equals("\\mathcal")
                && call.expr().size() == 3 && call.argSeparator().size() == 2
                && separatesPoint(call.argSeparator(0)) && call.argSeparator(1).COMMA() != null;
    }

    private static boolean separatesPoint(LatexParser.ArgSeparatorContext s) {
        return s.SEMI() != null || s.BAR().size() == 1;
    }

    /**
     * Whether the third argument, as written, is σ itself ({@code \\sigma}, {@code \\sigma_k}): the letter of the standard
     * deviation, which some authors put there; read as the variance, their right steps would be false.
     */
    static boolean isStandardDeviation(String written) {
        return written.replaceAll("\\s+", "").matches("\\\\sigma(_(\\{[^{}]*}|[A-Za-z0-9]))?");
    }

    /** The density at {@code point} with {@code mean} and {@code variance}: φ((x − μ)/√v)/√v, φ the standard normal density. */
    static Expr at(Expr point, Expr mean, Expr variance) {
        Expr scale = Exprs.pow(variance, Exprs.num(Rational.of(-1, 2)));
        return Exprs.mul(FunctionRegistry.standardNormalDensity(Exprs.mul(Exprs.sub(point, mean), scale)), scale);
    }

    /** The reading note: which argument is the mean and which the variance. */
    static String note(List<String> written) {
        return " read as the normal density at " + written.get(0) + " with mean " + written.get(1) + " and variance " + written.get(2);
    }
}
