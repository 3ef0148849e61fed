package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * One reading of a statement's sides entry by entry, with one convention for vectors (columns, or rows), for
 * {@link VectorEntries}: it walks a side's parse tree, infers the shape of every part ({@link Shapes}) and writes
 * the entry of each at the reading's entry letters in index notation, or says why it cannot ({@link Unread}).
 */
final class VectorReader {
    /** What could not be read, and where. */
    static class Unread extends RuntimeException {
        final ParserRuleContext where;
        final String what;
        final boolean conflict;

        Unread(String message, ParserRuleContext where, String what, boolean conflict) {
            super(message, null, false, false);
            this.where = where;
            this.what = what;
            this.conflict = conflict;
        }
    }

    /** The entry of an expression at a row and a column index (null where the dimension is one). */
    @FunctionalInterface
    interface Emit {
        String at(String row, String column);
    }

    /** A vector or matrix name as written, without its font ({@code x}, {@code \hat{y}}, {@code W}). */
    record VectorName(String key, boolean matrix) {
    }

    record Node(Shape shape, Emit emit) {
        boolean scalar() {
            return shape.scalar();
        }
    }

    /** The reader of the document this reading is for: the names it has seen written as vectors and matrices. */
    final VectorEntries entries;
    final String document;
    final LatexContext context;
    final Set<String> used;
    final boolean rowVectors;
    final Shapes shapes = new Shapes();
    final Map<String, Shape> names = new HashMap<>();
    /** The dimensions the document names in its declarations, as this reading numbers them. */
    final Map<String, Integer> dimensions = new LinkedHashMap<>();
    private int nextSum;
    /** The calls of functions the document defines of vectors read in this reading, with their vector arguments. */
    final Map<String, List<Node>> calls = new HashMap<>();
    /** Whether the factor just read is a function of a vector written without parentheses ({@code \log \mathbf{x}}). */
    private boolean bareFunction;
    List<Token> tokens;
    /** Whether the side being read writes a vector or matrix name whose shape no declaration gives (only its use, or a reading). */
    boolean undeclaredRead;
    /** Whether a derivative of a scalar by a vector stands as a row (numerator layout) while vectors stand as columns. */
    boolean gradientRows;
    /**
     * How deep the reading is in the argument of diag or of an entrywise function, or in a product with an elementwise factor
     * ({@code \odot}), where a vector's square is entrywise.
     */
    int entrywiseSquares;
    /** How many gradients by vectors this reading stood as rows. */
    int rowGradients;
    final VectorDerivatives vectorDerivatives = new VectorDerivatives(this);
    private final VectorCalls vectorCalls = new VectorCalls(this);
    private final VectorProducts vectorProducts = new VectorProducts(this);
    private final WrittenMatrices writtenMatrices = new WrittenMatrices(this);
    private final MatrixFunctions matrixFunctions = new MatrixFunctions(this);
    private final ScaledMatrices scaledMatrices = new ScaledMatrices(this);
    /** Whether this reading read a matrix written out entry by entry ({@link WrittenMatrices}). */
    boolean writtenOut;
    /** The names read in this reading that stand for their own written components ({@link SizedNames}), with what they are written as. */
    final Map<Node, SizedNames.Sized> components = new java.util.IdentityHashMap<>();
    final VectorNames vectorNames = new VectorNames(this);

    VectorReader(VectorEntries entries, String document, LatexContext context, Set<String> used, List<String> entry,
                 boolean rowVectors) {
        this.entries = entries;
        this.document = document;
        this.context = context;
        this.used = new LinkedHashSet<>(used);
        this.used.addAll(entry);
        this.rowVectors = rowVectors;
    }

    /** The document's text from {@code start} to {@code end}. */
    String documentText(int start, int end) {
        return document.substring(start, end);
    }

    /** The document's whole text. */
    String document() {
        return document;
    }

    String text(ParserRuleContext ctx) {
        return document.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    }

    /** A construct this reading does not take: the side keeps the reader's own message. */
    Unread unread(String message, ParserRuleContext where) {
        return new Unread(message, where, text(where), false);
    }

    /** Shapes that do not fit, or a notation that could be read more than one way: this message replaces the reader's. */
    Unread conflict(String message, ParserRuleContext where) {
        return new Unread(message, where, text(where), true);
    }

    /** Where the next sum's letter will come from: a mark to return to with {@link #sumsFrom}. */
    int sumsMark() {
        return nextSum;
    }

    /** Takes sums' letters again from {@code mark}: what was emitted since is read apart, as a definition of its own. */
    void sumsFrom(int mark) {
        nextSum = mark;
    }

    String sumLetter() {
        while (nextSum < VectorEntries.SUM_LETTERS.length()) {
            String l = String.valueOf(VectorEntries.SUM_LETTERS.charAt(nextSum++));
            if (!used.contains(l)) {
                return l;
            }
        }
        throw new InputException("too many sums for the entry-by-entry reading");
    }

    boolean vectorIn(ParserRuleContext ctx) {
        int from = indexOf(ctx.getStart());
        int to = indexOf(ctx.getStop());
        return from >= 0 && to >= from && entries.notation.hasVectorNotation(tokens, from, to);
    }

    int indexOf(Token t) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).getStartIndex() == t.getStartIndex() && tokens.get(k).getType() == t.getType()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A subtree without vectors: itself, a scalar. Not where it writes whole a capital the document writes by its entries
     * ({@code \hat{Y} - Y} beside {@code Y_{ik}}) or read as a matrix here or before ({@code 2SW} after {@code tr(W^\top S W)}):
     * a matrix this reading does not take for one, no number.
     */
    private Node verbatim(ParserRuleContext ctx) {
        int from = indexOf(ctx.getStart());
        int to = indexOf(ctx.getStop());
        for (int k = Math.max(from, 0); from >= 0 && k <= to; k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.LETTER && entries.entryCapitals.contains(t.getText()) && wholeCapital(k)) {
                throw unread(t.getText() + ", which the document writes by its entries, here as a number", ctx);
            }
            if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && entries.readAsMatrix(t.getText()) && wholeCapital(k)
                    && (k == 0 || tokens.get(k - 1).getType() != LatexLexer.LBRACE && tokens.get(k - 1).getType() != LatexLexer.DECOR)) {
                throw unread(t.getText() + ", read as a matrix in this document, here as a number", ctx);
            }
        }
        String t = "{" + text(ctx) + "}";
        return new Node(Shape.SCALAR, (r, c) -> t);
    }

    /** Whether the capital at {@code k} stands whole: not subscripted, not in a script ({@code \hat{Y}} is whole, {@code X_{ij}} not). */
    private boolean wholeCapital(int k) {
        int after = k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.RBRACE ? k + 2 : k + 1;
        if (VectorNotation.subscripted(tokens, after)) {
            return false;
        }
        int before = k > 0 ? tokens.get(k - 1).getType() : -1;
        boolean scripted = before == LatexLexer.UNDERSCORE || before == LatexLexer.CARET
                || before == LatexLexer.LBRACE && k > 1 && (tokens.get(k - 2).getType() == LatexLexer.UNDERSCORE
                || tokens.get(k - 2).getType() == LatexLexer.CARET);
        return !scripted;
    }

    Shape vectorShape() {
        int d = shapes.fresh();
        return rowVectors ? new Shape(Shapes.ONE, d) : new Shape(d, Shapes.ONE);
    }

    /** The shape the document declares for the name ({@code \mathbf{W}_1: D_x \times H}), one dimension per name written. */
    Optional<Shape> declaredShape(String key) {
        Dimensions.Declared d = entries.declared.get(key);
        if (d == null) {
            return Optional.empty();
        }
        if (d.lengthOnly()) {
            int n = dimension(d.rows());
            return Optional.of(n == Shapes.ONE ? Shape.SCALAR : rowVectors ? new Shape(Shapes.ONE, n) : new Shape(n, Shapes.ONE));
        }
        return Optional.of(new Shape(dimension(d.rows()), dimension(d.columns())));
    }

    int dimension(String written) {
        return written.equals("1") ? Shapes.ONE : dimensions.computeIfAbsent(written, w -> shapes.freshNamed());
    }

    /** Whether the shape is a matrix's with both dimensions sizes the document declares ({@code n × K}). */
    boolean declaredMatrix(Shape s) {
        return !shapes.isOne(s.rows()) && !shapes.isOne(s.columns()) && !dimensionName(s.rows()).equals("?")
                && !dimensionName(s.columns()).equals("?");
    }

    /** Whether the shape is a vector's whose length is a size the document declares ({@code m} of {@code \mathbf{y} \in \mathbb{R}^m}). */
    boolean declaredVector(Shape s) {
        return s.rank() == 1 && !dimensionName(shapes.isOne(s.rows()) ? s.columns() : s.rows()).equals("?");
    }

    /**
     * The lengths this reading found for the vectors the document does not declare, where their dimension met one it
     * declares ({@code \mathbf{w}^\top \mathbf{x}_n} with {@code \mathbf{x}_n \in \mathbb{R}^{D}}: w of D entries).
     */
    List<Dimensions.Declared> inferredShapes() {
        List<Dimensions.Declared> out = new ArrayList<>();
        for (Map.Entry<String, Shape> e : names.entrySet()) {
            if (entries.declared.containsKey(e.getKey()) || entries.sized.containsKey(e.getKey())) {
                continue;
            }
            String rows = dimensionName(e.getValue().rows());
            String columns = dimensionName(e.getValue().columns());
            if (rows.equals("?") || columns.equals("?") || rows.equals("1") && columns.equals("1")) {
                continue;
            }
            if (rows.equals("1") || columns.equals("1")) {
                // a vector only: a matrix the document does not declare keeps the reading its use gives it
                out.add(new Dimensions.Declared(e.getKey(), e.getKey(), rows.equals("1") ? columns : rows, null, false));
            }
        }
        out.sort(java.util.Comparator.comparing(Dimensions.Declared::key));
        return out;
    }

    /**
     * The shapes this reading found for the matrices the document does not declare, where both their dimensions are sizes it
     * declares ({@code O = PV} with {@code P \in \mathbb{R}^{n \times n}}, {@code V \in \mathbb{R}^{n \times d}}: O is n × d).
     * Not read as declarations ({@link #inferredShapes}): only the number of entries a sum over a matrix's runs to.
     */
    List<Dimensions.Declared> matrixShapes() {
        List<Dimensions.Declared> out = new ArrayList<>();
        for (Map.Entry<String, Shape> e : names.entrySet()) {
            if (!entries.declared.containsKey(e.getKey()) && !entries.sized.containsKey(e.getKey()) && declaredMatrix(e.getValue())) {
                out.add(new Dimensions.Declared(e.getKey(), e.getKey(), dimensionName(e.getValue().rows()),
                        dimensionName(e.getValue().columns()), false));
            }
        }
        out.sort(java.util.Comparator.comparing(Dimensions.Declared::key));
        return out;
    }

    /** A shape as the document would write it: {@code 1 × H}, a size it does not declare as ?. */
    String written(Shape s) {
        return dimensionName(s.rows()) + " × " + dimensionName(s.columns());
    }

    private String dimensionName(int d) {
        if (shapes.isOne(d)) {
            return "1";
        }
        for (Map.Entry<String, Integer> e : dimensions.entrySet()) {
            if (shapes.same(d, e.getValue())) {
                return e.getKey();
            }
        }
        return "?";
    }

    Node named(String key, String base, boolean matrix) {
        SizedNames.Sized written = entries.sized.get(key);
        if (written != null) {
            // a name defined by a matrix written out: of its size; one written as its own components reads as the written entries
            Shape s = names.computeIfAbsent(key, k -> new Shape(written.rowCount() == 1 ? Shapes.ONE : shapes.sized(written.rowCount()),
                    written.columnCount() == 1 ? Shapes.ONE : shapes.sized(written.columnCount())));
            writtenOut = true;
            if (written.components()) {
                Node n = new Node(s, (r, c) -> WrittenMatrices.entry(written.rows(), r, c));
                components.put(n, written);
                return n;
            }
            return matrix ? new Node(s, (r, c) -> base + "_{" + r + " " + c + "}") : new Node(s, (r, c) -> base + "_{" + (r != null ? r : c) + "}");
        }
        // a plain vector the document defines (h = \sigma(X\theta)) takes its length from what it is added to or multiplied by,
        // as a declared one does: a definition is no guess at its shape
        undeclaredRead |= !entries.declaredNames.contains(key) && !entries.plainVectors.contains(key);
        Shape s = names.computeIfAbsent(key, k -> declaredShape(k).orElseGet(() -> matrix ? new Shape(shapes.fresh(), shapes.fresh())
                : vectorShape()));
        SampleRows.Samples made = matrix ? entries.samples.get(key) : null;
        if (made != null) {
            // X with rows x_i^T: X_rc is the c-th entry of the r-th sample, x_{r c}, as the reader reads \mathbf{x}_i in a sum
            return new Node(s, (r, c) -> made.vector() + "_{" + (made.rows() ? r + " " + c : c + " " + r) + "}");
        }
        if (matrix) {
            return new Node(s, (r, c) -> base + "_{" + r + " " + c + "}");
        }
        return new Node(s, (r, c) -> base + "_{" + (r != null ? r : c) + "}");
    }

    Node expr(LatexParser.ExprContext ctx) {
        if (!vectorIn(ctx)) {
            return verbatim(ctx);
        }
        if (ctx.evalBar() != null) {
            throw unread("an evaluation bar on a vector", ctx);
        }
        Node acc = term(ctx.term(0));
        for (int k = 1; k < ctx.term().size(); k++) {
            Node next = term(ctx.term(k));
            String op = ctx.addOp(k - 1).getText();
            if (op.equals("\\pm")) {
                throw unread("± between vectors", ctx);
            }
            acc = sum(acc, next, op, ctx);
        }
        return acc;
    }

    /** A written-out shape's size as "2 × 3", or a vector's as its length, "3"; null where a dimension's size is not known. */
    private String sizes(Shape s) {
        Integer rows = shapes.isOne(s.rows()) ? Integer.valueOf(1) : shapes.size(s.rows());
        Integer columns = shapes.isOne(s.columns()) ? Integer.valueOf(1) : shapes.size(s.columns());
        if (rows == null || columns == null) {
            return null;
        }
        return s.rank() == 1 ? String.valueOf(Math.max(rows, columns)) : rows + " × " + columns;
    }

    private Node sum(Node a, Node b, String op, ParserRuleContext where) {
        Shape s;
        if (a.scalar() && !b.scalar()) {
            s = b.shape();
        } else if (b.scalar() && !a.scalar()) {
            s = a.shape();
        } else if (shapes.unify(a.shape(), b.shape())) {
            s = a.shape();
        } else if (a.shape().rank() == b.shape().rank() && shapes.isOne(a.shape().rows()) == shapes.isOne(b.shape().rows())
                && sizes(a.shape()) != null && sizes(b.shape()) != null) {
            // [1; 2] + [1; 2; 0]: written out in two sizes
            throw conflict("a sum of " + (a.shape().rank() == 1 ? "vectors" : "matrices") + " written out in different sizes ("
                    + sizes(a.shape()) + " and " + sizes(b.shape()) + (a.shape().rank() == 1 ? " entries)" : ")"), where);
        } else {
            throw conflict("a sum of a row and a column, or of a vector and a matrix", where);
        }
        Node x = a;
        Node y = b;
        return new Node(s, (r, c) -> x.emit().at(x.scalar() ? null : r, x.scalar() ? null : c) + " " + op + " "
                + y.emit().at(y.scalar() ? null : r, y.scalar() ? null : c));
    }

    private Node term(LatexParser.TermContext ctx) {
        if (!vectorIn(ctx)) {
            return verbatim(ctx);
        }
        List<ParseTree> items = new ArrayList<>();
        for (int k = 0; k < ctx.getChildCount(); k++) {
            items.add(ctx.getChild(k));
        }
        return product(items, 0, ctx);
    }

    /** The product of the items from {@code from} on: signed factors and the operators between them. */
    Node product(List<ParseTree> items, int from, ParserRuleContext whole) {
        // (1 - \mathbf{h}^2) \odot \mathbf{g}: the factors of an elementwise product are entrywise, a vector's square in them
        // each entry's, as in the argument of an entrywise function
        int elementwise = items.subList(from, items.size()).stream().anyMatch(i -> i instanceof LatexParser.MulOpContext m
                && (m.getText().equals("\\odot") || m.getText().equals("\u2299") || m.getText().equals("\\circ"))) ? 1 : 0;
        entrywiseSquares += elementwise;
        try {
            return productOf(items, from, whole);
        } finally {
            entrywiseSquares -= elementwise;
        }
    }

    private Node productOf(List<ParseTree> items, int from, ParserRuleContext whole) {
        Node acc = null;
        int k = from;
        while (k < items.size()) {
            String op = "";
            if (items.get(k) instanceof LatexParser.MulOpContext m) {
                op = m.getText();
                k++;
            }
            ParseTree item = items.get(k);
            Optional<Node> operator = vectorDerivatives.derivativeOperator(item, items, k, whole);
            if (operator.isPresent()) {
                return vectorProducts.multiply(acc, operator.get(), op, whole);
            }
            int word = word(items, k);
            Node next;
            if (word > k) {
                String w = wordOf(items, k, word);
                ParserRuleContext last = (ParserRuleContext) items.get(word);
                Optional<Node> defined = vectorCalls.documentCall(w, callArgs(last), document.substring(((ParserRuleContext) items.get(k)).getStart()
                        .getStartIndex(), last.getStop().getStopIndex() + 1), last);
                next = defined.isPresent() ? defined.get() : vectorCalls.call(w, callArgs(last), last);
                k = word;
            } else if (bareTrace(item) && k + 1 < items.size() && !(items.get(k + 1) instanceof LatexParser.MulOpContext)) {
                // \\operatorname{tr} A, \\mathrm{tr}\\, A_c: the trace of the one factor after it; a product after that is not
                // written to be in it or not
                next = vectorCalls.trace(signedOrFactor((ParserRuleContext) items.get(k + 1)), whole);
                bareFunction = true;
                k++;
            } else {
                bareFunction = false;
                next = signedOrFactor((ParserRuleContext) item);
                LatexParser.PostfixContext after = postfixOf(item);
                if (op.isEmpty() && acc != null && !acc.scalar() && next.scalar() && after != null
                        && after.primary() instanceof LatexParser.ParensContext) {
                    // \mathbf{x}(u): a vector of an argument, not a product
                    throw unread("a vector followed by a scalar in parentheses (a function of it?)", whole);
                }
            }
            if (bareFunction && k + 1 < items.size()) {
                // \log \mathbf{1}^T e^{\theta}: whether the log takes the product is not written
                throw conflict("a function of a vector without parentheses before a product: write its parentheses", whole);
            }
            bareFunction = false;
            acc = vectorProducts.multiply(acc, next, op, whole);
            k++;
        }
        return acc;
    }

    /** Whether the item is the trace's name in upright letters alone, without its parentheses ({@code \\operatorname{tr}}). */
    private boolean bareTrace(ParseTree item) {
        LatexParser.PostfixContext p = postfixOf(item);
        return p != null && p.postOp().isEmpty() && p.primary() instanceof LatexParser.TextContext t && VectorCalls.trace(text(t));
    }

    /** A plain word spelled by letters, the last with a call ({@code softmax(\mathbf{x})}): the index of its last letter, or k. */
    private int word(List<ParseTree> items, int k) {
        StringBuilder w = new StringBuilder();
        for (int j = k; j < items.size(); j++) {
            LatexParser.PostfixContext p = postfixOf(items.get(j));
            if (p == null || !(p.primary() instanceof LatexParser.LetterContext l)) {
                return k;
            }
            w.append(l.getText());
            if (!p.postOp().isEmpty()) {
                boolean call = p.postOp().size() == 1 && p.postOp(0) instanceof LatexParser.CallOpContext;
                return call && j > k && (w.toString().equals("softmax") || w.toString().equals("diag") || w.toString().equals("tr")
                        || context.function(w.toString()).isPresent() || VectorEntries.ENTRYWISE.contains(w.toString())) ? j : k;
            }
        }
        return k;
    }

    private String wordOf(List<ParseTree> items, int from, int to) {
        StringBuilder w = new StringBuilder();
        for (int j = from; j <= to; j++) {
            w.append(((LatexParser.LetterContext) postfixOf(items.get(j)).primary()).getText());
        }
        return w.toString();
    }

    private LatexParser.CallArgsContext callArgs(ParseTree item) {
        LatexParser.PostfixContext p = postfixOf(item);
        return ((LatexParser.CallOpContext) p.postOp(0)).callArgs();
    }

    LatexParser.PostfixContext postfixOf(ParseTree item) {
        ParseTree f = item;
        if (f instanceof LatexParser.PlainSignedContext s) {
            f = s.factor();
        }
        return f instanceof LatexParser.PostfixFactorContext pf ? pf.postfix() : null;
    }

    /**
     * A sum over {@code k} along the dimension {@code d}: over the index range, or, for a dimension of a known size (a matrix
     * written out, {@link WrittenMatrices}), from 1 to that size, so that no entry is left out at any range.
     */
    String sum(String k, int d) {
        Integer size = shapes.size(d);
        if (size != null) {
            return "\\sum_{" + k + "=1}^{" + size + "}";
        }
        if (context.sizesApart().isEmpty()) {
            return "\\sum_{" + k + "}";
        }
        // sizes of their own (x_n ∈ ℝ^D beside Σ_{n=1}^{N}): the sum runs to the size its dimension is declared by
        String written = dimensionName(d);
        Expr name = written.matches("[a-zA-Z]") ? new Sym(written) : null;
        if (name != null && context.sizesApart().contains(name)) {
            return "\\sum_{" + k + "=1}^{" + written + "}";
        }
        if (name != null && (name.equals(Exprs.N) || context.documentSizes().contains(name))) {
            // the size read as n, written as the document writes it (N, where n may be an index)
            Expr primary = context.documentSizes().isEmpty() ? Exprs.N : context.documentSizes().iterator().next();
            return "\\sum_{" + k + "=1}^{" + org.symgrad.print.Printer.latex(primary) + "}";
        }
        context.sizeNotDeclared();
        throw new InputException("a sum along a dimension the document does not declare (" + written + "), where its sums run to "
                + "sizes of their own: declare it, as \\mathbf{x} \\in \\mathbb{R}^{d}");
    }

    /** The dimension of a vector that is not one. */
    int dimension(Node vector) {
        return shapes.isOne(vector.shape().rows()) ? vector.shape().columns() : vector.shape().rows();
    }

    Node signedOrFactor(ParserRuleContext ctx) {
        if (ctx instanceof LatexParser.UnarySignContext u) {
            Node n = signedOrFactor(u.signed());
            String sign = u.getChild(0).getText();
            if (sign.equals("\\pm")) {
                throw unread("± before a vector", u);
            }
            return new Node(n.shape(), (r, c) -> sign + "(" + n.emit().at(r, c) + ")");
        }
        if (ctx instanceof LatexParser.PlainSignedContext p) {
            return factor(p.factor());
        }
        if (ctx instanceof LatexParser.FactorContext f) {
            return factor(f);
        }
        throw unread("this", ctx);
    }

    private Node factor(LatexParser.FactorContext ctx) {
        if (!vectorIn(ctx)) {
            return verbatim(ctx);
        }
        if (ctx instanceof LatexParser.PostfixFactorContext p) {
            return postfix(p.postfix());
        }
        if (ctx instanceof LatexParser.FunctionFactorContext f) {
            String fn = f.FUNC().getText();
            String scripts = f.fnScripts().getText().replaceAll("[{}\\s]", "");
            if (scripts.equals("^2") && VectorEntries.ENTRYWISE.contains(fn) && f.fnArgument() instanceof LatexParser.ParenArgumentContext pa
                    && pa.postOp().isEmpty()) {
                // \tanh^2(\mathbf{a}): the function entry by entry, each entry squared
                Node applied = vectorCalls.call(fn, pa.callArgs(), f);
                return new Node(applied.shape(), (r, c) -> "(" + applied.emit().at(r, c) + ")^{2}");
            }
            if (!f.fnScripts().getText().isEmpty()) {
                throw unread("a function with scripts applied to a vector", f);
            }
            if (fn.equals("\\det")) {
                // \det X, \det(\Sigma): the determinant of a named square matrix; \det(\sigma^2 I) of a scalar multiple of one
                Optional<ScaledMatrices.Scaled> scaled = f.fnArgument() instanceof LatexParser.ParenArgumentContext pa && pa.postOp().isEmpty()
                        && pa.callArgs().expr().size() == 1 ? scaledMatrices.of(pa.callArgs().expr(0)) : Optional.empty();
                if (scaled.isPresent()) {
                    return matrixFunctions.determinant(scaled.get(), f);
                }
                if (f.fnArgument() instanceof LatexParser.ParenArgumentContext pa && pa.postOp().size() == 1
                        && pa.postOp(0) instanceof LatexParser.SuperscriptOpContext sup && !transpose(sup.scriptArg())) {
                    // \det(\Sigma)^{-1/2}: the determinant's power, a number's
                    Node det = matrixFunctions.determinant(callArgs1(pa.callArgs(), f), f);
                    String exponent = text(sup.scriptArg());
                    return new Node(Shape.SCALAR, (r, c) -> "(" + det.emit().at(null, null) + ")^" + exponent);
                }
                Node m = f.fnArgument() instanceof LatexParser.ParenArgumentContext pa && pa.postOp().isEmpty()
                        ? callArgs1(pa.callArgs(), f) : f.fnArgument() instanceof LatexParser.FactorArgumentContext fa ? factor(fa.factor()) : null;
                if (m == null) {
                    throw unread("a script after a determinant's argument", f);
                }
                return matrixFunctions.determinant(m, f);
            }
            if (f.fnArgument() instanceof LatexParser.ParenArgumentContext pa) {
                if (!pa.postOp().isEmpty()) {
                    throw unread("a script after a function of a vector", f);
                }
                return vectorCalls.call(fn, pa.callArgs(), f);
            }
            Node arg = factor(((LatexParser.FactorArgumentContext) f.fnArgument()).factor());
            if (VectorCalls.trace(fn)) {
                // \\tr A: the trace of the factor after it, as \\operatorname{tr} A
                bareFunction = true;
                return vectorCalls.trace(arg, f);
            }
            Node applied = vectorCalls.entrywise(fn, arg, f);
            bareFunction = !applied.scalar();
            return applied;
        }
        if (ctx instanceof LatexParser.SumFactorContext f) {
            // \sum_{i} of a vector or matrix: the sum of its entries; where the body writes no vector explicitly
            // (\sum_j e^{x_j + c}, c bold elsewhere) whether a plain name is the vector is not written
            int from = indexOf(f.term().getStart());
            int to = indexOf(f.term().getStop());
            if (from < 0 || to < from || !VectorNotation.explicit(tokens.subList(from, to + 1)) && !sampledPlainVector(from, to)) {
                throw unread("a sum whose terms write no vector explicitly (a name written bold elsewhere)", ctx);
            }
            Node body = term(f.term());
            int end = f.bigScripts().getChildCount() > 0 ? f.bigScripts().getStop().getStopIndex() : f.getStart().getStopIndex();
            String scripts = document.substring(f.getStart().getStartIndex(), end + 1);
            return new Node(body.shape(), (r, c) -> scripts + " (" + body.emit().at(r, c) + ")");
        }
        throw unread("a product over a vector expression", ctx);
    }

    /**
     * Whether the tokens from {@code from} to {@code to} write a plain vector of the document with a sample label, x^{(i)} of
     * {@code \sum_i \Sigma^{-1}(x^{(i)} - \mu)} (x a vector by {@link TransposedBrackets}): the sum is of vectors.
     */
    private boolean sampledPlainVector(int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && entries.plainVectors.contains(t.getText())
                    && TransposedLetters.plainLetter(tokens, k) && TransposedBrackets.sampleLabelEnd(tokens, k + 1) > k + 1) {
                return true;
            }
        }
        return false;
    }

    private Node postfix(LatexParser.PostfixContext ctx) {
        LatexParser.PrimaryContext p = ctx.primary();
        List<LatexParser.PostOpContext> ops = ctx.postOp();
        if (p instanceof LatexParser.WordContext && entries.notation.matrixWord(text(p))) {
            return capitalsProduct(text(p), ops, ctx);
        }
        int k = 0;
        Node n;
        // σ(z), σ'(z): a function applied entry by entry
        int primes = 0;
        while (k < ops.size() && ops.get(k) instanceof LatexParser.PrimeOpContext) {
            primes++;
            k++;
        }
        Optional<Node> defined = primes == 0 && k < ops.size() && ops.get(k) instanceof LatexParser.CallOpContext c0
                && (p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext || p instanceof LatexParser.WordContext)
                ? vectorCalls.documentCall(p instanceof LatexParser.GreekContext ? LatexNames.greek(text(p)) : text(p), c0.callArgs(),
                document.substring(p.getStart().getStartIndex(), c0.getStop().getStopIndex() + 1), ctx) : Optional.empty();
        if (defined.isPresent()) {
            n = defined.get();
            k++;
        } else if (k < ops.size() && ops.get(k) instanceof LatexParser.CallOpContext call
                && (p instanceof LatexParser.GreekContext && !entries.isMatrix(text(p)) || p instanceof LatexParser.TextContext)) {
            String fn = text(p);
            if (primes > 0) {
                if (!fn.equals("\\sigma")) {
                    throw unread("the derivative of " + fn + " applied to a vector", ctx);
                }
                Node arg = callArgs1(call.callArgs(), ctx);
                String pr = "'".repeat(primes);
                n = new Node(arg.shape(), (r, c) -> "\\sigma" + pr + "(" + arg.emit().at(r, c) + ")");
            } else if (p instanceof LatexParser.GreekContext && entries.greekQuantities.contains(fn) && call.callArgs().expr().size() == 1
                    && (context == null || context.function(LatexNames.greek(fn)).isEmpty())) {
                // \lambda(\mathbf{w}^\top\mathbf{w} - 1): a letter the document writes as a quantity times what the parentheses hold
                Node argument = expr(call.callArgs().expr(0));
                n = new Node(argument.shape(), (r, c) -> "{" + fn + "}(" + argument.emit().at(r, c) + ")");
            } else {
                n = vectorCalls.call(fn, call.callArgs(), ctx);
            }
            k++;
        } else if (primes > 0) {
            throw unread("a prime on a vector", ctx);
        } else if (p instanceof LatexParser.TupleContext t) {
            // (a, b)^T: the row of its entries, the transpose after it makes the column
            n = WrittenTuples.row(this, t, ops);
        } else if (p instanceof LatexParser.NormContext) {
            LatexParser.ExprContext inner = p.getRuleContext(LatexParser.ExprContext.class, 0);
            Node v = expr(inner);
            // \|RA - B\|_F: the Frobenius norm of a matrix, the root of the sum of its entries' squares
            boolean frobenius = v.shape().rank() == 2 && k < ops.size() && ops.get(k) instanceof LatexParser.SubscriptOpContext f
                    && f.scriptArg().getText().replaceAll("[{}\\s]|\\\\(?:mathrm|text|mathsf|rm)", "").equals("F");
            if (v.shape().rank() != 1 && !frobenius) {
                throw conflict("the norm of something other than a vector", p);
            }
            if (k < ops.size() && ops.get(k) instanceof LatexParser.SubscriptOpContext s && (frobenius || s.scriptArg().getText().equals("2"))) {
                k++;
            }
            boolean squared = k < ops.size() && ops.get(k) instanceof LatexParser.SuperscriptOpContext s && s.scriptArg().getText().equals("2");
            if (squared) {
                k++;
            }
            boolean row = shapes.isOne(v.shape().rows());
            n = new Node(Shape.SCALAR, (r, c) -> {
                String l = sumLetter();
                String m = frobenius ? sumLetter() : null;
                String squares = frobenius ? sum(l, v.shape().rows()) + " " + sum(m, v.shape().columns()) + " (" + v.emit().at(l, m) + ")^{2}"
                        : sum(l, dimension(v)) + " (" + v.emit().at(row ? null : l, row ? l : null) + ")^{2}";
                return squared ? squares : "\\sqrt{" + squares + "}";
            });
        } else if (!ops.isEmpty() && ops.get(0) instanceof LatexParser.SuperscriptOpContext s && inverse(p, s).isPresent()) {
            n = inverse(p, s).get();
            k++;
        } else if (!ops.isEmpty() && ops.get(0) instanceof LatexParser.SuperscriptOpContext s && scaledInverse(grouped(p), s, p).isPresent()) {
            n = scaledInverse(grouped(p), s, p).get();
            k++;
        } else if (p instanceof LatexParser.AngleContext angle && !ops.isEmpty() && ops.get(0) instanceof LatexParser.SubscriptOpContext f
                && text(f.scriptArg()).replaceAll("[{}\\s]", "").equals("F")) {
            // \langle A, X \rangle_F: the F names the Frobenius inner product
            n = inner(angle);
            k++;
        } else {
            Optional<Node> labelled = vectorNames.labelledName(p, ops, ctx);
            n = labelled.orElseGet(() -> primary(p));
            k += labelled.isPresent() ? 1 : 0;
            if (labelled.isPresent() && k < ops.size() && ops.get(k) instanceof LatexParser.SuperscriptOpContext s) {
                // \Sigma_2^{-1}, W_{hh}^{-\top}: the inverse of a labelled matrix, computed from its entries (MatrixFunctions)
                Optional<Node> inverse = labelledInverse(n, s, ctx);
                if (inverse.isPresent()) {
                    n = inverse.get();
                    k++;
                }
            }
        }
        if (k == 0 && n.scalar() && scalarBeforeBracket(p, ops)) {
            // c_i (y_i - \mathbf{w}^\top\mathbf{x}_i): a number times what the parentheses hold
            LatexParser.CallOpContext call = (LatexParser.CallOpContext) ops.get(ops.size() - 1);
            String scalar = document.substring(ctx.getStart().getStartIndex(), call.getStart().getStartIndex()).strip();
            Node argument = expr(call.callArgs().expr(0));
            n = new Node(argument.shape(), (r, c) -> "{" + scalar + "}(" + argument.emit().at(r, c) + ")");
            k = ops.size();
        }
        for (; k < ops.size(); k++) {
            LatexParser.PostOpContext op = ops.get(k);
            if (op instanceof LatexParser.SuperscriptOpContext s) {
                n = power(n, s.scriptArg(), ctx);
            } else if (op instanceof LatexParser.CallOpContext call && !n.scalar() && call.callArgs().expr().size() == 1) {
                // \mathbf{X}^\top(\mathbf{X}\mathbf{w} - \mathbf{y}): a vector or matrix before parentheses multiplies them;
                // a superscript after them is theirs: (\mathbf{a})(\mathbf{h})^T
                Node argument = expr(call.callArgs().expr(0));
                Node inner = argument;
                Optional<Node> scaled = k + 1 < ops.size() && ops.get(k + 1) instanceof LatexParser.SuperscriptOpContext sup
                        ? scaledInverse(call.callArgs().expr(0), sup, call) : Optional.empty();
                if (scaled.isPresent()) {
                    inner = scaled.get();
                    k++;
                } else if (k + 1 < ops.size() && ops.get(k + 1) instanceof LatexParser.SuperscriptOpContext sup) {
                    inner = power(new Node(argument.shape(), (r, c) -> "(" + argument.emit().at(r, c) + ")"), sup.scriptArg(), ctx, text(call));
                    k++;
                }
                Node factor = inner;
                boolean rowTimesMatrix = inner.shape().rank() == 2 && n.shape().rank() == 1 && shapes.isOne(n.shape().rows())
                        && k > 0 && ops.get(k - 1) instanceof LatexParser.SuperscriptOpContext previous && transpose(previous.scriptArg());
                if (inner.scalar() || !inner.shape().equals(inner.shape().transposed()) && n.shape().rank() == 1
                        && shapes.isOne(n.shape().columns()) == shapes.isOne(inner.shape().columns()) && !rowTimesMatrix) {
                    // \mathbf{x}(u), \mathbf{x}(\mathbf{u}): a vector of an argument; \mathbf{u}^T (X + X) is a product
                    if (inner.scalar() && columnTimesInnerProduct(n, call)) {
                        // \mathbf{x}_i (y_i - \mathbf{w}^\top\mathbf{x}_i): a column before a number made of vectors scales it
                        Node column = n;
                        n = new Node(n.shape(), (r, c) -> "(" + factor.emit().at(null, null) + ")" + column.emit().at(r, c));
                        continue;
                    }
                    if (inner.scalar()) {
                        // X^T (h - y) with neither h nor y a vector: why, in the names the writer can declare
                        throw conflict(NumberOperands.message(this, document.substring(ctx.getStart().getStartIndex(),
                                call.getStart().getStartIndex()).strip(), call.callArgs().expr(0)), ctx);
                    }
                    throw unread("a vector or matrix of an argument in parentheses", ctx);
                }
                n = vectorProducts.matrixProduct(n, new Node(factor.shape(), (r, c) -> "(" + factor.emit().at(r, c) + ")"), ctx);
            } else if (op instanceof LatexParser.CallOpContext call && n.scalar() && call.callArgs().expr().size() == 1
                    && (k == 0 && (p instanceof LatexParser.FractionContext || p instanceof LatexParser.NumberContext
                    || p instanceof LatexParser.ParensContext || p instanceof LatexParser.BracketsContext)
                    || k > 0 && ops.get(k - 1) instanceof LatexParser.CallOpContext)) {
                // \frac{1}{m}(\mathbf{A}\mathbf{w} - \mathbf{b}), 2(\mathbf{x} - \mathbf{y}), \sigma(u)(\mathbf{a} - \mathbf{b}),
                // (\hat y - y)(\mathbf{w}_2 \odot \mathbf{h}): a number, a function's value or a bracketed number times what the
                // parentheses hold
                Node scalar = n;
                Node read = expr(call.callArgs().expr(0));
                Node argument = read;
                if (k + 1 < ops.size() && ops.get(k + 1) instanceof LatexParser.SuperscriptOpContext sup) {
                    // 2(\mathbf{X}^\top\mathbf{X})^{-1}, 2(\mathbf{x}^\top\mathbf{y})^2: the superscript is the parentheses', not the product's
                    argument = power(new Node(read.shape(), (r, c) -> "(" + read.emit().at(r, c) + ")"), sup.scriptArg(), ctx, text(call));
                    k++;
                }
                Node factor = argument;
                n = new Node(factor.shape(), (r, c) -> "(" + scalar.emit().at(null, null) + ")(" + factor.emit().at(r, c) + ")");
            } else {
                throw unread("a subscript, prime or call on a vector (write a component, as in x_i)", ctx);
            }
        }
        return n;
    }

    /**
     * Whether the vector {@code n}, a column, stands before parentheses whose number is made of vectors
     * ({@code \mathbf{x}_i (y_i - \mathbf{w}^\top\mathbf{x}_i)}, an inner product inside): the column times that number, the
     * only product a column and a number in parentheses make; a vector function's argument holds no inner product.
     */
    private boolean columnTimesInnerProduct(Node n, LatexParser.CallOpContext call) {
        int from = indexOf(call.callArgs().expr(0).getStart());
        int to = indexOf(call.callArgs().expr(0).getStop());
        return n.shape().rank() == 1 && shapes.isOne(n.shape().columns()) && from >= 0 && to >= from
                && entries.notation.hasVectorNotation(tokens, from, to);
    }

    /**
     * Whether a plain letter with a subscript ({@code c_i}) stands before parentheses holding several terms
     * ({@code c_i (y_i - \mathbf{w}^\top\mathbf{x}_i)}) and the document defines no function or family of functions by its
     * name: a number times the bracket, as the scalar reader reads it (a weight per sample times the residual).
     */
    private boolean scalarBeforeBracket(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops) {
        boolean shape = ops.size() == 2 && ops.get(0) instanceof LatexParser.SubscriptOpContext;
        if (!(p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) || !shape
                || !(ops.get(ops.size() - 1) instanceof LatexParser.CallOpContext call) || call.callArgs().expr().size() != 1
                || call.callArgs().expr(0).term().size() < 2) {
            return false;
        }
        String name = p instanceof LatexParser.GreekContext ? LatexNames.greek(text(p)) : text(p);
        return context == null || context.function(name).isEmpty() && !context.definesFunction(name) && !context.indexedFunction(name);
    }

    /**
     * {@code \Sigma^{-1}}, {@code \mathbf{A}^{-\top}}: the inverse (or its transpose) of a matrix the document writes only
     * inverted, read as a square matrix of its own ({@link InvertedMatrices}); of a named matrix written itself too, the
     * inverse computed from its entries ({@link MatrixFunctions}); empty for any other superscript or name.
     */
    private Optional<Node> inverse(LatexParser.PrimaryContext p, LatexParser.SuperscriptOpContext s) {
        String exponent = text(s.scriptArg()).replaceAll("[{}\\s]", "").replace("\u2212", "-");
        int times = negativePower(s.scriptArg());
        if (times > 1) {
            // K^{-2}: the inverse's power, K⁻¹K⁻¹
            return inverse(p, "-1").map(m -> {
                entries.matrixPowersRead.add(s.scriptArg().getStart().getStartIndex());
                return power(m, times, s);
            });
        }
        if (!exponent.matches("-(1|\\\\top|T|\\\\intercal)")) {
            return Optional.empty();
        }
        Optional<Node> read = inverse(p, exponent);
        read.ifPresent(m -> entries.matrixPowersRead.add(s.scriptArg().getStart().getStartIndex()));
        return read;
    }

    /**
     * The inverse of the labelled matrix {@code m} ({@code \Sigma_2^{-1}}), its transpose ({@code ^{-\top}}) or its power
     * ({@code ^{-2}}), computed from its entries ({@link MatrixFunctions}); empty for any other superscript or a vector.
     */
    private Optional<Node> labelledInverse(Node m, LatexParser.SuperscriptOpContext s, ParserRuleContext where) {
        String exponent = text(s.scriptArg()).replaceAll("[{}\\s]", "").replace("\u2212", "-");
        int times = negativePower(s.scriptArg());
        if (m.shape().rank() != 2 || times == 0 && !exponent.matches("-(\\\\top|T|\\\\intercal)")) {
            return Optional.empty();
        }
        Node inverse = matrixFunctions.inverse(m, where);
        entries.matrixPowersRead.add(s.scriptArg().getStart().getStartIndex());
        return Optional.of(times > 1 ? power(inverse, times, where) : times == 1 ? inverse
                : new Node(inverse.shape().transposed(), (r, c) -> inverse.emit().at(c, r)));
    }

    /** The inverse (exponent -1) or the inverse's transpose of the capital {@code p} writes. */
    private Optional<Node> inverse(LatexParser.PrimaryContext p, String exponent) {
        boolean bold = p instanceof LatexParser.StyledContext st && VectorEntries.BOLD.contains(st.getChild(0).getText());
        String capital = bold ? VectorNotation.stripBold(((LatexParser.StyledContext) p).scriptArg().getText().replaceAll("[{}]", ""))
                : p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext ? text(p) : null;
        if (capital == null) {
            return Optional.empty();
        }
        if (!entries.opaqueInverse(capital, bold)) {
            if (!bold && !entries.isMatrix(capital)) {
                return Optional.empty();
            }
            if (!bold && entries.diagonals.containsKey(capital)) {
                // W^{-1} after W = diag(…): the inverse of a diagonal matrix, entry by entry, from the definition
                Node m = diagonalInverse(primary(p), entries.diagonals.get(capital), p);
                return Optional.of(exponent.equals("-1") ? m : new Node(m.shape().transposed(), (r, c) -> m.emit().at(c, r)));
            }
            // X^{-1} of a matrix written itself too: the inverse computed from its entries (MatrixFunctions)
            Node m = matrixFunctions.inverse(primary(p), p);
            return Optional.of(exponent.equals("-1") ? m : new Node(m.shape().transposed(), (r, c) -> m.emit().at(c, r)));
        }
        String key = capital + "^{-1}";
        names.computeIfAbsent(key, k -> {
            int d = shapes.fresh();
            return new Shape(d, d);
        });
        Node m = named(key, InvertedMatrices.written(capital), true);
        return Optional.of(exponent.equals("-1") ? m : new Node(m.shape().transposed(), (r, c) -> m.emit().at(c, r)));
    }

    /**
     * The inverse of the diagonal matrix {@code matrix} the document defines by {@code definition} ({@code diag(…)}): its entry
     * (r, c) is δ_rc over the definition's entry (r, r).
     */
    private Node diagonalInverse(Node matrix, List<Token> definition, ParserRuleContext where) {
        List<Token> side = tokens;
        Node d;
        try {
            tokens = definition;
            d = expr(LatexReader.tree(definition, document).expr());
        } catch (Unread | InputException unreadable) {
            throw unread("the inverse of a diagonal matrix whose definition does not read entry by entry", where);
        } finally {
            tokens = side;
        }
        if (d.shape().rank() != 2 || !shapes.unify(d.shape().rows(), matrix.shape().rows())
                || !shapes.unify(d.shape().columns(), matrix.shape().columns())) {
            throw conflict("an inverse of a diagonal matrix of another shape than its definition's", where);
        }
        return new Node(d.shape(), (r, c) -> "\\frac{\\delta_{" + r + "," + c + "}}{" + d.emit().at(r, r) + "}");
    }

    /**
     * {@code (\sigma^2 I)^{-1}}, {@code (\lambda A)^{-2}}: the inverse of a scalar multiple of a matrix, c⁻¹A⁻¹, to the power the
     * exponent {@code -k} writes; empty where {@code grouped} is no such multiple or the exponent is no such power.
     */
    private Optional<Node> scaledInverse(LatexParser.ExprContext grouped, LatexParser.SuperscriptOpContext s, ParserRuleContext where) {
        int times = negativePower(s.scriptArg());
        Optional<ScaledMatrices.Scaled> scaled = times > 0 ? scaledMatrices.of(grouped) : Optional.empty();
        if (scaled.isEmpty()) {
            return Optional.empty();
        }
        entries.matrixPowersRead.add(s.scriptArg().getStart().getStartIndex());
        return Optional.of(power(matrixFunctions.inverse(scaled.get(), where), times, where));
    }

    /** The k of an exponent {@code -k} (a whole number), 0 for any other exponent. */
    private int negativePower(LatexParser.ScriptArgContext exponent) {
        String written = text(exponent).replaceAll("[{}\\s]", "").replace("\u2212", "-");
        return written.matches("-[1-9][0-9]?") ? Integer.parseInt(written.substring(1)) : 0;
    }

    /** What a bracket groups ({@code ( … )}, {@code [ … ]}); null for any other primary. */
    private static LatexParser.ExprContext grouped(LatexParser.PrimaryContext p) {
        return p instanceof LatexParser.ParensContext x ? x.expr() : p instanceof LatexParser.BracketsContext x ? x.expr() : null;
    }

    /** The square matrix {@code m} to the whole power {@code times}: the product of {@code times} factors m. */
    private Node power(Node m, int times, ParserRuleContext where) {
        if (m.shape().rank() != 2 || !shapes.unify(m.shape().rows(), m.shape().columns())) {
            throw conflict("a power of something other than a square matrix", where);
        }
        Node acc = m;
        for (int k = 1; k < times; k++) {
            acc = vectorProducts.matrixProduct(acc, m, where);
        }
        return new Node(new Shape(m.shape().rows(), m.shape().rows()), acc.emit());
    }

    /** A run of capitals read as matrices, {@code ABC}: their product; a transpose after it is the last one's ({@code BA^T}). */
    private Node capitalsProduct(String word, List<LatexParser.PostOpContext> ops, ParserRuleContext where) {
        int scripts = 0;
        while (scripts < ops.size() && ops.get(scripts) instanceof LatexParser.SuperscriptOpContext) {
            scripts++;
        }
        Node acc = null;
        for (int i = 0; i < word.length(); i++) {
            Node m = named(word.substring(i, i + 1), word.substring(i, i + 1), true);
            if (i == word.length() - 1) {
                for (LatexParser.PostOpContext op : ops.subList(0, scripts)) {
                    m = power(m, ((LatexParser.SuperscriptOpContext) op).scriptArg(), where);
                }
            }
            acc = acc == null ? m : vectorProducts.matrixProduct(acc, m, where);
        }
        if (scripts == ops.size()) {
            return acc;
        }
        if (scripts == ops.size() - 1 && ops.get(scripts) instanceof LatexParser.CallOpContext call && call.callArgs().expr().size() == 1) {
            // WX^\top(\mathbf{y} - X\mathbf{b}): the product times what the parentheses hold, as one capital before them is
            Node argument = expr(call.callArgs().expr(0));
            if (!argument.scalar()) {
                return vectorProducts.matrixProduct(acc, new Node(argument.shape(), (r, c) -> "(" + argument.emit().at(r, c) + ")"), where);
            }
        }
        throw unread("a script on a product of matrices", where);
    }

    private Node callArgs1(LatexParser.CallArgsContext args, ParserRuleContext where) {
        if (args.expr().size() != 1) {
            throw unread("a function of several arguments applied to vectors", where);
        }
        return expr(args.expr(0));
    }

    boolean transpose(LatexParser.ScriptArgContext s) {
        // an upright T (\mathrm{T}, \mathsf{T}) marks the transpose as T does
        String t = s.getText().replaceAll("[{}\\s]", "");
        return t.equals("T") || t.equals("\\top") || t.equals("\\intercal") || t.equals("\u22A4") || LatexTokens.uprightT(t);
    }

    private Node power(Node base, LatexParser.ScriptArgContext exponent, ParserRuleContext where) {
        int caret = exponent.getParent() instanceof ParserRuleContext op ? op.getStart().getStartIndex() : exponent.getStart().getStartIndex();
        return power(base, exponent, where, document.substring(where.getStart().getStartIndex(), Math.max(caret, where.getStart().getStartIndex())));
    }

    /** {@code base} (written {@code written}) to the power {@code exponent}: its transpose, inverse, a matrix power, a number's power. */
    private Node power(Node base, LatexParser.ScriptArgContext exponent, ParserRuleContext where, String written) {
        if (transpose(exponent)) {
            if (base.scalar()) {
                throw unread("a transpose of a scalar", where);
            }
            return new Node(base.shape().transposed(), (r, c) -> base.emit().at(c, r));
        }
        boolean vectorExponent = vectorIn(exponent);
        if (!base.scalar() && text(exponent).replaceAll("[{}\\s]", "").startsWith("(")) {
            throw unread("a vector or matrix with a label (^{(1)})", where);
        }
        if (!base.scalar()) {
            String exponentText = text(exponent).replaceAll("[{}\\s]", "").replace("\u2212", "-");
            if (!exponentText.matches("-?[0-9]+") && !exponentText.matches("-(\\\\top|T|\\\\intercal)")) {
                throw unread("a vector or matrix with a superscript", where);
            }
            if (base.shape().rank() == 2 && exponentText.matches("-([1-9]|\\\\top|T|\\\\intercal)") && entrywiseSquares == 0
                    && shapes.unify(base.shape().rows(), base.shape().columns())) {
                // (X^\top X)^{-1}, (A + B)^{-\top}: the inverse of a square matrix expression, computed from its entries
                // (MatrixFunctions, CompoundMatrices)
                entries.matrixPowersRead.add(exponent.getStart().getStartIndex());
                Node inverse = matrixFunctions.inverse(base, where, written);
                int times = exponentText.matches("-[1-9]") ? Integer.parseInt(exponentText.substring(1)) : 0;
                return times > 1 ? power(inverse, times, where) : times == 1 ? inverse
                        : new Node(inverse.shape().transposed(), (r, c) -> inverse.emit().at(c, r));
            }
            if (exponentText.startsWith("-") && !exponentText.matches("-[0-9]+")) {
                throw conflict("an inverse transpose (^{" + written + "}) of a matrix, which is not an entrywise expression", where);
            }
            if (exponentText.equals("-1")) {
                throw conflict("an inverse (^{-1}) of a matrix, which is not an entrywise expression: a step it solves, "
                        + "as A w = b, is read entry by entry", where);
            }
            if (entrywiseSquares > 0 && base.shape().rank() == 1 && text(exponent).replaceAll("[{}\\s]", "").equals("2")) {
                return new Node(base.shape(), (r, c) -> "(" + base.emit().at(r, c) + ")^{2}");
            }
            if (base.shape().rank() == 2 && exponentText.matches("[1-9]") && entrywiseSquares == 0) {
                // A^2, (X^\top X)^2: the matrix times itself
                entries.matrixPowersRead.add(exponent.getStart().getStartIndex());
                return power(base, Integer.parseInt(exponentText), where);
            }
            throw conflict("a power of a vector or matrix", where);
        }
        if (!vectorExponent) {
            if (text(exponent).replaceAll("[{}\\s]", "").replace("\u2212", "-").matches("-?[0-9]+") && vectorIn(where)) {
                // (\mathbf{w}^\top \mathbf{S}_W \mathbf{w})^2: a number made of vectors and a matrix, raised as a number
                entries.matrixPowersRead.add(exponent.getStart().getStartIndex());
            }
            String e = text(exponent);
            return new Node(Shape.SCALAR, (r, c) -> "(" + base.emit().at(null, null) + ")^" + e);
        }
        // e^{\mathbf{x}}: the exponential entry by entry
        String b = base.emit().at(null, null);
        if (!b.equals("{e}")) {
            throw unread("a power with a vector exponent", where);
        }
        ParserRuleContext inner = exponent instanceof LatexParser.BracedScriptContext bs && bs.scriptBody().scriptItem().size() == 1
                && bs.scriptBody().scriptItem(0).expr().size() == 1 ? bs.scriptBody().scriptItem(0).expr(0) : null;
        Node x = inner != null ? expr((LatexParser.ExprContext) inner) : vectorDerivatives.scriptName(exponent);
        if (x == null) {
            throw unread("this exponent", where);
        }
        return new Node(x.shape(), (r, c) -> "e^{" + x.emit().at(r, c) + "}");
    }

    private Node primary(LatexParser.PrimaryContext p) {
        if (!vectorIn(p)) {
            return verbatim(p);
        }
        Optional<Node> named = vectorNames.name(p);
        if (named.isPresent()) {
            return named.get();
        }
        // ( … ), [ … ] and \{ … \} group alike
        LatexParser.ExprContext grouped = p instanceof LatexParser.ParensContext x ? x.expr()
                : p instanceof LatexParser.BracketsContext x ? x.expr()
                : p instanceof LatexParser.BraceLiteralContext x ? x.expr() : null;
        if (grouped != null) {
            Node n = expr(grouped);
            return new Node(n.shape(), (r, c) -> "(" + n.emit().at(r, c) + ")");
        }
        if (p instanceof LatexParser.AngleContext a) {
            return inner(a);
        }
        if (p instanceof LatexParser.SqrtContext q && q.expr() == null) {
            // \sqrt{(\mathbf{x} - \boldsymbol\mu)^\top \Sigma^{-1} (\mathbf{x} - \boldsymbol\mu)}: the root of a scalar
            Node inside = fracArg(q.fracArg());
            if (!inside.scalar()) {
                throw unread("the square root of a vector or matrix", q);
            }
            return new Node(Shape.SCALAR, (r, c) -> "\\sqrt{" + inside.emit().at(null, null) + "}");
        }
        if (p instanceof LatexParser.AbsoluteContext a) {
            // |\Sigma| of a matrix: its determinant; |2\pi\Sigma| of a scalar multiple of one
            Optional<ScaledMatrices.Scaled> scaled = scaledMatrices.of(a.expr());
            if (scaled.isPresent()) {
                return matrixFunctions.determinant(scaled.get(), a);
            }
            Node inside = expr(a.expr());
            if (inside.scalar()) {
                // \log|\det X|, |\mathbf{w}^\top\mathbf{x}|: the absolute value of a number made of vectors and matrices
                return new Node(Shape.SCALAR, (r, c) -> "\\left|" + inside.emit().at(null, null) + "\\right|");
            }
            if (inside.shape().rank() != 2) {
                throw unread("|…| of a vector (write its norm, \\|…\\|)", a);
            }
            return matrixFunctions.determinant(inside, a);
        }
        if (p instanceof LatexParser.EnvContext e && writtenMatrices.read(e.environment()) instanceof Node written) {
            return written;
        }
        if (p instanceof LatexParser.BracesContext x) {
            Node n = expr(x.expr());
            return new Node(n.shape(), (r, c) -> "{" + n.emit().at(r, c) + "}");
        }
        if (p instanceof LatexParser.FractionContext f) {
            return vectorProducts.quotient(fracArg(f.fracArg(0)), fracArg(f.fracArg(1)), f);
        }
        if (p instanceof LatexParser.LeibnizContext l) {
            LatexParser.DerivNumeratorContext num = l.derivNumerator();
            if (num.expr() != null && num.CARET() != null) {
                return vectorDerivatives.second().leibniz(expr(num.expr()), l);
            }
            if (num.expr() == null || num.CARET() != null || l.derivDenominator().postfix().size() != 1) {
                throw unread("this derivative of vectors", l);
            }
            return vectorDerivatives.derivative(expr(num.expr()), l.derivDenominator().postfix(0), l);
        }
        if (p instanceof LatexParser.SlashDerivativeContext d) {
            // \partial L/\partial O, as \frac{\partial L}{\partial O}
            return vectorDerivatives.derivative(factor(d.factor()), d.postfix(), d);
        }
        throw unread("this vector notation", p);
    }

    /** {@code \\langle \\mathbf{w}, \\mathbf{x} \\rangle}: the inner product of two vectors of one length, Σ_k w_k x_k. */
    private Node inner(LatexParser.AngleContext a) {
        if (a.expr().size() != 2) {
            throw unread("\\langle … \\rangle of other than two vectors", a);
        }
        Node u = expr(a.expr(0));
        Node v = expr(a.expr(1));
        if (u.shape().rank() == 2 && v.shape().rank() == 2) {
            // \langle A, X \rangle_F: the Frobenius inner product of two matrices of one shape, Σ_ij A_ij X_ij = tr(AᵀX)
            if (!shapes.unify(u.shape().rows(), v.shape().rows()) || !shapes.unify(u.shape().columns(), v.shape().columns())) {
                throw conflict("an inner product of matrices of different shapes", a);
            }
            return new Node(Shape.SCALAR, (r, c) -> {
                String k = sumLetter();
                String l = sumLetter();
                return sum(k, u.shape().rows()) + " " + sum(l, u.shape().columns()) + " (" + u.emit().at(k, l) + ")(" + v.emit().at(k, l) + ")";
            });
        }
        if (u.shape().rank() != 1 || v.shape().rank() != 1) {
            throw conflict("an inner product (\\langle , \\rangle) of something other than two vectors", a);
        }
        if (!shapes.unify(dimension(u), dimension(v))) {
            throw conflict("an inner product of vectors of different lengths", a);
        }
        return new Node(Shape.SCALAR, (r, c) -> {
            String k = sumLetter();
            return sum(k, dimension(u)) + " (" + vectorDerivatives.entry(u, k) + ")(" + vectorDerivatives.entry(v, k) + ")";
        });
    }

    private Node fracArg(LatexParser.FracArgContext a) {
        if (a instanceof LatexParser.BracedFracArgContext b) {
            Node n = expr(b.expr());
            return new Node(n.shape(), (r, c) -> "{" + n.emit().at(r, c) + "}");
        }
        return verbatim(a);
    }

}
