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
import org.symgrad.expr.Variable;
import org.symgrad.parse.NormComponents;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads an inner product written with angle brackets between two vector names, {@code \langle \mathbf{w}, \mathbf{x}_i \rangle},
 * as the sum over their components Σ_k w_k x_{ik} (the components taken as a norm's are, {@link NormComponents}: a name's own
 * subscripts before k), written bold, with \\vec or plain ({@code \\langle w, x \\rangle}): plain names the document makes
 * functions are not (⟨f, g⟩ of functions is an integral). Anything but two names (an expression, a capital, three entries)
 * is refused with a message naming it.
 */
final class AngleProducts {
    private final LatexBuilder builder;

    AngleProducts(LatexBuilder builder) {
        this.builder = builder;
    }

    Expr inner(LatexParser.AngleContext a) {
        String written = builder.text(a);
        // of two entries (⟨x⟩ is an expectation)
        if (a.expr().size() != 2) {
            throw refused(a);
        }
        boolean bold = VectorEntries.BOLD.stream().anyMatch(written::contains) || written.contains("\\vec");
        List<Expr> sides = new ArrayList<>();
        for (LatexParser.ExprContext e : a.expr()) {
            Expr read = builder.calls.withVectors(() -> builder.expr(e));
            if (!(read instanceof Variable v)) {
                throw refused(a);
            }
            // plain names are vectors too (⟨w, x⟩ beside y of −y⟨w, x⟩), unless the document makes them functions: ⟨f, g⟩
            // of functions is an integral
            if (!bold && (builder.context.definesFunction(v.name()) || builder.context.function(v.name()).isPresent()
                    || builder.context.inlineFunction(v.name()).isPresent())) {
                throw refused(a);
            }
            sides.add(read);
        }
        Set<String> avoid = new LinkedHashSet<>(builder.indexLetters);
        sides.forEach(s -> avoid.addAll(Indices.free(s)));
        String k = Indices.fresh(avoid);
        Optional<Expr> u = NormComponents.ofVectors(sides.get(0), k);
        Optional<Expr> v = NormComponents.ofVectors(sides.get(1), k);
        if (u.isEmpty() || v.isEmpty()) {
            throw refused(a);
        }
        builder.componentsRunToN(a);
        Expr sum = new IndexSum(k, Exprs.ONE, Exprs.N, Exprs.mul(u.get(), v.get()));
        builder.note(builder.text(a) + " read as the sum over the vectors' components, " + org.symgrad.print.Printer.latex(sum), a);
        return sum;
    }

    private org.symgrad.error.InputException refused(LatexParser.AngleContext a) {
        return builder.error("\\langle … \\rangle is read only between two vector names, as \\langle \\mathbf{w}, \\mathbf{x}_i \\rangle; "
                + "write the sum \\sum_i a_i b_i", a);
    }
}
