package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.parse.NormComponents;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads a norm of vectors or matrices written element-wise, {@code \|\mathbf{x} - \boldsymbol{\mu}\|^2},
 * {@code \|w\|_2^2}, {@code \|\mathbf{r}\|_1}, {@code \|W\|_F^2}, as the sum over its components
 * ({@link org.symgrad.parse.NormComponents}); any other norm is refused as matrix notation.
 */
final class Norms {
    private final LatexBuilder builder;

    Norms(LatexBuilder builder) {
        this.builder = builder;
    }

    /**
     * {@code \|\mathbf{x} - \boldsymbol{\mu}\|^2}, {@code \|w\|_2^2}, {@code \|x_i - x_j\|},
     * {@code \|\mathbf{r}\|_1}, {@code \|W\|_F^2}: a norm of vectors written element-wise is the
     * sum over their components ({@link NormComponents}): the Euclidean norm (no subscript, or 2) is
     * √(Σ_k e_k²) and its square Σ_k e_k², the 1-norm Σ_k |e_k|, the Frobenius norm of matrices
     * √(Σ_a Σ_b E_ab²). A norm of anything else (a matrix times a vector, a matrix's 2-norm) is
     * refused as matrix notation.
     */
    Expr norm(LatexParser.PostfixContext whole, LatexParser.NormContext norm, List<LatexParser.PostOpContext> ops) {
        List<LatexParser.PostOpContext> rest = new ArrayList<>(ops);
        String order = "2";
        for (int i = 0; i < Math.min(2, rest.size()); i++) {
            if (rest.get(i) instanceof LatexParser.SubscriptOpContext sub) {
                order = sub.scriptArg().getText().replaceAll("[{}]", "");
                rest.remove(i);
                break;
            }
        }
        boolean squared = !rest.isEmpty() && rest.get(0) instanceof LatexParser.SuperscriptOpContext sup
                && sup.scriptArg().getText().replaceAll("[{}]", "").equals("2") && !order.equals("1");
        if (squared) {
            rest.remove(0);
        }
        Optional<Expr> magnitude = order.equals("2") ? builder.magnitudes.read(norm.expr()) : Optional.empty();
        if (magnitude.isPresent()) {
            // \|v\| after \|v\| = \sqrt{x^2 + y^2}: the magnitude the document defined ({@link Magnitudes})
            return builder.applyPostOps(squared ? Exprs.pow(magnitude.get(), 2) : magnitude.get(), rest, 0, new ArrayList<>());
        }
        Expr inside = builder.calls.withVectors(() -> builder.expr(norm.expr()));
        Set<String> avoid = new LinkedHashSet<>(builder.indexLetters);
        avoid.addAll(Indices.free(inside));
        String k = Indices.fresh(avoid);
        avoid.add(k);
        String l = Indices.fresh(avoid);
        Optional<Expr> components = switch (order) {
            case "2", "1" -> NormComponents.ofVectors(inside, k);
            case "F" -> NormComponents.ofMatrices(inside, k, l);
            default -> Optional.empty();
        };
        if (components.isEmpty()) {
            throw builder.error("a norm (" + builder.text(norm) + ") of this is matrix notation, which is not supported yet; write "
                    + "it as a sum, e.g. \\sum_i x_i^2 for \\|x\\|^2", norm);
        }
        builder.componentsRunToN(norm);
        Expr body = order.equals("1") ? Exprs.fn("abs", components.get()) : Exprs.pow(components.get(), 2);
        Expr sum = new IndexSum(k, Exprs.ONE, Exprs.N, body);
        if (order.equals("F")) {
            sum = new IndexSum(k, Exprs.ONE, Exprs.N, new IndexSum(l, Exprs.ONE, Exprs.N, body));
        }
        Expr value = squared || order.equals("1") ? sum : Exprs.fn("sqrt", sum);
        builder.note(builder.text(whole).replace("\\right", "").replace("\\left", "") + " read as "
                + (squared || order.equals("1") ? "" : "the square root of ") + "the sum over its components, "
                + org.symgrad.print.Printer.latex(sum), norm);
        return builder.applyPostOps(value, rest, 0, new ArrayList<>());
    }
}
