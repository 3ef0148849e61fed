package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A scalar multiple of one matrix, as an inverse or a determinant takes it ({@code |2\pi\Sigma|}, {@code \det(\sigma^2 I)},
 * {@code (\sigma^2 I)^{-1}}, {@code (\lambda A)^{-1}}): a single product of factors without vector notation and exactly one
 * factor that is a matrix, for {@link MatrixFunctions}. A sum, or a product of two matrices, is no such multiple.
 */
final class ScaledMatrices {
    /** The product of the scalar factors as written, and the matrix they multiply. */
    record Scaled(String scalar, Node matrix) {
    }

    private final VectorReader reader;

    ScaledMatrices(VectorReader reader) {
        this.reader = reader;
    }

    /** Whether the matrix read is the identity (its entry δ_rc). */
    static boolean identity(Node matrix) {
        return matrix.shape().rank() == 2 && matrix.emit().at("r", "c").equals("\\delta_{r,c}");
    }

    /** {@code e} as scalars times one matrix; empty for anything else, or where no scalar multiplies the matrix. */
    Optional<Scaled> of(LatexParser.ExprContext e) {
        if (e == null || e.evalBar() != null || e.term().size() != 1) {
            return Optional.empty();
        }
        LatexParser.TermContext term = e.term(0);
        List<String> scalars = new ArrayList<>();
        Node matrix = null;
        for (int k = 0; k < term.getChildCount(); k++) {
            ParseTree child = term.getChild(k);
            if (child instanceof LatexParser.MulOpContext op) {
                if (!op.getText().equals("\\cdot") && !op.getText().equals("*")) {
                    return Optional.empty();
                }
                continue;
            }
            if (!(child instanceof LatexParser.PlainSignedContext) && !(child instanceof LatexParser.FactorContext)) {
                return Optional.empty();
            }
            ParserRuleContext factor = (ParserRuleContext) child;
            if (!reader.vectorIn(factor)) {
                scalars.add(reader.text(factor));
                continue;
            }
            if (matrix != null) {
                return Optional.empty();
            }
            matrix = reader.signedOrFactor(factor);
            if (matrix.shape().rank() != 2) {
                return Optional.empty();
            }
        }
        return matrix == null || scalars.isEmpty() ? Optional.empty() : Optional.of(new Scaled(String.join(" ", scalars), matrix));
    }
}
