package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.latex.gen.LatexParser;
import org.symgrad.parse.latex.LatexBuilder.Value;
import org.symgrad.parse.latex.LatexBuilder.Piece;

/**
 * Reads an outer product {@code (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top} in the value of a matrix derivative
 * (the statement {@link OuterProducts} reads entry by entry): the term's column factor at the row index i, its row
 * factor at the column index j, and the matrix the derivative is taken by as its entry (i, j).
 */
final class OuterProductTerms {
    private final LatexBuilder builder;

    OuterProductTerms(LatexBuilder builder) {
        this.builder = builder;
    }

    /**
     * Where the outer product {@code u v^\top} of a matrix derivative's value starts among a term's
     * children: the last two factors, the second transposed, while the statement's first side is a
     * derivative by a matrix ({@link LatexContext#matrixEntry()}); -1 otherwise.
     */
    int outerProductAt(List<ParseTree> children) {
        int n = children.size();
        if (builder.context.matrixEntry().isEmpty() || n < 2 || !(children.get(n - 1) instanceof LatexParser.FactorContext last)
                || !(children.get(n - 2) instanceof LatexParser.FactorContext || children.get(n - 2) instanceof LatexParser.SignedContext)) {
            return -1;
        }
        Optional<LatexParser.PostfixContext> v = LatexBuilder.postfixOf(last);
        if (v.isEmpty() || v.get().postOp().isEmpty()
                || !(v.get().postOp().get(v.get().postOp().size() - 1) instanceof LatexParser.SuperscriptOpContext sup)
                || !TransposeMarks.isTranspose(sup.scriptArg()) || isCapital(v.get().primary())) {
            // X^T: a transposed matrix makes a matrix product, not an outer product
            return -1;
        }
        return n - 2;
    }

    /**
     * The outer product {@code (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top} as the (i, j) entry of the matrix
     * derivative it is the value of: the column factor's vectors at i, the row factor's at j, (p_i − y_i) x_j.
     */
    Expr outerProduct(ParseTree column, LatexParser.FactorContext row) {
        LatexContext.MatrixEntry entry = builder.context.matrixEntry().orElseThrow();
        String savedComponent = builder.outerComponent;
        boolean savedDropped = builder.transposeDropped;
        try {
            builder.outerComponent = entry.row();
            Expr u = column instanceof LatexParser.SignedContext s ? pieceValue(builder.signed(s), (ParserRuleContext) column)
                    : pieceValue(builder.factor((LatexParser.FactorContext) column), (ParserRuleContext) column);
            builder.outerComponent = entry.column();
            builder.transposeDropped = true;
            Expr v = pieceValue(builder.factor(row), row);
            builder.note(builder.text((ParserRuleContext) column) + " " + builder.text(row) + " read as the outer product's entry ("
                    + entry.row() + ", " + entry.column() + "): " + u + " times " + v, (ParserRuleContext) column);
            return Exprs.mul(u, v);
        } finally {
            builder.outerComponent = savedComponent;
            builder.transposeDropped = savedDropped;
        }
    }

    /** Whether {@code p} is a capital letter, plain or styled ({@code X}, {@code \mathbf{X}}): a matrix. */
    private static boolean isCapital(LatexParser.PrimaryContext p) {
        String letter = p instanceof LatexParser.LetterContext l ? l.getText()
                : p instanceof LatexParser.StyledContext s && s.scriptArg() instanceof LatexParser.BracedScriptContext b
                ? b.getText().replaceAll("[{}\\s]", "") : p instanceof LatexParser.StyledContext s2 ? s2.scriptArg().getText() : "";
        return letter.length() == 1 && Character.isUpperCase(letter.charAt(0));
    }

    /**
     * {@code \mathbf{x} (\mathbf{p} - \mathbf{y})^\top}, which the grammar takes as one name with a
     * bracket after it: the outer product x_i (p_j − y_j) when the statement is a matrix derivative's.
     */
    Optional<Expr> calledOuterProduct(ParserRuleContext f) {
        Optional<LatexParser.PostfixContext> post = LatexBuilder.postfixOf(f);
        int ops = post.map(p -> p.postOp().size()).orElse(0);
        Optional<Expr> scaled = scaledOuterProduct(f, post, ops);
        if (scaled.isPresent()) {
            return scaled;
        }
        if (builder.context.matrixEntry().isEmpty() || ops < 2
                || !(post.get().postOp(ops - 2) instanceof LatexParser.CallOpContext call)
                || !(post.get().postOp(ops - 1) instanceof LatexParser.SuperscriptOpContext sup) || !TransposeMarks.isTranspose(sup.scriptArg())
                || call.callArgs().expr().size() != 1
                || !post.get().postOp().subList(0, ops - 2).stream().allMatch(o -> o instanceof LatexParser.SubscriptOpContext)) {
            return Optional.empty();
        }
        LatexContext.MatrixEntry entry = builder.context.matrixEntry().get();
        if (ops == 2 && post.get().primary() instanceof LatexParser.ParensContext bracket) {
            return bracketedOuterProduct(f, bracket.expr(), call.callArgs().expr(0), entry);
        }
        List<ReadingNote> saved = new ArrayList<>(builder.notes);
        if (isCapital(post.get().primary()) || !(builder.primary(post.get().primary()) instanceof NameAtom name) || !name.isPlain()
                || LatexNames.registryFunction(name.base + name.suffix, name.spelling).isPresent()
                || builder.context.function(name.base + name.suffix).isPresent()) {
            builder.notes.clear();
            builder.notes.addAll(saved);
            return Optional.empty();
        }
        for (LatexParser.PostOpContext op : post.get().postOp().subList(0, ops - 2)) {
            builder.scripts.absorbScript(name, op, false);
        }
        String savedComponent = builder.outerComponent;
        try {
            builder.outerComponent = entry.row();
            Expr u = builder.names.resolve(name);
            builder.outerComponent = entry.column();
            Expr v = builder.expr(call.callArgs().expr(0));
            builder.note(builder.text(f) + " read as the outer product's entry (" + entry.row() + ", " + entry.column() + "): "
                    + u + " times " + v, f);
            return Optional.of(Exprs.mul(u, v));
        } finally {
            builder.outerComponent = savedComponent;
        }
    }

    /**
     * {@code 2(\mathbf{x} - \mathbf{y})(\mathbf{x} - \mathbf{b})^\top}, {@code \frac{1}{2}(…)(…)^\top}: a number the grammar takes as
     * called on two brackets, the second transposed, is the coefficient of their outer product ({@link #bracketedOuterProduct}).
     */
    private Optional<Expr> scaledOuterProduct(ParserRuleContext f, Optional<LatexParser.PostfixContext> post, int ops) {
        if (builder.context.matrixEntry().isEmpty() || ops != 3
                || !(post.get().primary() instanceof LatexParser.NumberContext || post.get().primary() instanceof LatexParser.FractionContext)
                || !(post.get().postOp(0) instanceof LatexParser.CallOpContext column) || column.callArgs().expr().size() != 1
                || !(post.get().postOp(1) instanceof LatexParser.CallOpContext row) || row.callArgs().expr().size() != 1
                || !(post.get().postOp(2) instanceof LatexParser.SuperscriptOpContext sup) || !TransposeMarks.isTranspose(sup.scriptArg())
                || !(builder.primary(post.get().primary()) instanceof Expr coefficient)
                || Exprs.any(coefficient, e -> e instanceof org.symgrad.expr.Indexed)) {
            return Optional.empty();
        }
        return bracketedOuterProduct(f, column.callArgs().expr(0), row.callArgs().expr(0), builder.context.matrixEntry().get())
                .map(outer -> Exprs.mul(coefficient, outer));
    }

    /**
     * {@code (\mathbf{x} - \mathbf{y})(\mathbf{x} - \mathbf{y})^\top}, a bracket the grammar takes as called on the next: the
     * outer product (x_i − y_i)(x_j − y_j), where the first bracket is a column at the row index (its reading there mentions
     * it); empty for a bracket of numbers, a factor, not a column.
     */
    private Optional<Expr> bracketedOuterProduct(ParserRuleContext f, LatexParser.ExprContext column, LatexParser.ExprContext row,
                                                 LatexContext.MatrixEntry entry) {
        List<ReadingNote> saved = new ArrayList<>(builder.notes);
        String savedComponent = builder.outerComponent;
        try {
            builder.outerComponent = entry.row();
            Expr u = builder.expr(column);
            if (!org.symgrad.expr.Indices.free(u).contains(entry.row())) {
                builder.notes.clear();
                builder.notes.addAll(saved);
                return Optional.empty();
            }
            builder.outerComponent = entry.column();
            Expr v = builder.expr(row);
            builder.note(builder.text(f) + " read as the outer product's entry (" + entry.row() + ", " + entry.column() + "): "
                    + u + " times " + v, f);
            return Optional.of(Exprs.mul(u, v));
        } finally {
            builder.outerComponent = savedComponent;
        }
    }

    private Expr pieceValue(Piece p, ParserRuleContext where) {
        if (p instanceof Value v) {
            return v.expr();
        }
        throw builder.error("a derivative operator in an outer product is not understood; write the entry "
                + "\\frac{\\partial L}{\\partial W_{ij}}", where);
    }
    /**
     * The matrix a derivative is taken by, written whole where an outer product is read entry by entry
     * ({@code \nabla_{\mathbf{W}} L = \boldsymbol{\delta} \mathbf{h}^\top}, {@code \frac{\partial L}{\partial \mathbf{W}}
     * = (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top}): its entry (i, j), said in a note.
     */
    void readAsMatrixEntry(NameAtom name, ParserRuleContext whole) {
        if (takeMatrixEntry(name)) {
            builder.note(builder.text(whole) + " read entry by entry, as \\partial / \\partial " + name.base + "_{"
                    + String.join("", name.indices) + "}", whole);
        }
    }

    /** Gives the matrix the statement is read entry by entry at ({@link LatexContext#matrixEntry}) its two entry indices, if {@code name} is it. */
    boolean takeMatrixEntry(NameAtom name) {
        Optional<LatexContext.MatrixEntry> entry = builder.context.matrixEntry();
        if (!name.indices.isEmpty() || !name.label.isEmpty() || entry.isEmpty() || !entry.get().names(name.base + name.suffix)) {
            return false;
        }
        name.indices.add(entry.get().row());
        name.indices.add(entry.get().column());
        return true;
    }
}
