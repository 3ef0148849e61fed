package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * The entry of a product of two named matrices, or of a matrix and a vector, written with a subscript on its parentheses:
 * {@code (XW)_{ik}} of softmax regression's {@code P_{ik} = e^{(XW)_{ik}} / \sum_l e^{(XW)_{il}}} is Σ_m X_im W_mk, and
 * {@code (Xw)_i} is Σ_m X_im w_m. Only two plain letters, a capital first, with as many index letters below as the product
 * has (two after two capitals, one after a capital and a lower-case letter); anything else stays "a subscript on an
 * expression".
 */
final class ProductEntries {
    private ProductEntries() {
    }

    /** The entry {@code ctx} writes, where it is such a product; else empty. */
    static Optional<Expr> of(LatexBuilder builder, LatexParser.PostfixContext ctx) {
        if (!(ctx.primary() instanceof LatexParser.ParensContext p) || ctx.postOp().isEmpty()
                || !(ctx.postOp(0) instanceof LatexParser.SubscriptOpContext sub)) {
            return Optional.empty();
        }
        String inner = p.expr().getText().replaceAll("\\s+", "");
        String script = sub.scriptArg().getText().replaceAll("[{}\\s,]", "");
        if (!inner.matches("[A-Z][A-Za-z]") || !script.matches("[a-z]{1,2}")) {
            return Optional.empty();
        }
        String a = inner.substring(0, 1);
        String b = inner.substring(1);
        boolean matrix = Character.isUpperCase(b.charAt(0));
        if (script.length() != (matrix ? 2 : 1)) {
            return Optional.empty();
        }
        Set<String> avoid = new LinkedHashSet<>(builder.indexLetters);
        for (char c : script.toCharArray()) {
            avoid.add(String.valueOf(c));
        }
        String m = Indices.fresh(avoid);
        String row = script.substring(0, 1);
        Expr right = matrix ? new Indexed(b, List.of(m, script.substring(1))) : new Indexed(b, List.of(m));
        builder.componentsRunToN(ctx);
        builder.note(builder.text(ctx.primary()) + builder.text(sub) + " read as the entry \\sum_" + m + " " + a + "_{" + row + m + "} "
                + b + "_{" + m + (matrix ? script.substring(1) : "") + "} of the product", ctx);
        return Optional.of(new IndexSum(m, Exprs.ONE, Exprs.N, Exprs.mul(new Indexed(a, List.of(row, m)), right)));
    }
}
