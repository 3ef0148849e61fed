package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Num;
import org.symgrad.expr.Restricted;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.NormComponents;
import org.symgrad.parse.latex.BigOperators.BigOperator;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Gives a LaTeX parse tree its meaning as an {@link Expr} (LATEX-INPUT M1–M25, SPEC §8):
 * <ul>
 *   <li>{@code e^{u}} is {@code exp(u)} and {@code \sigma(u)} the sigmoid, unless the document
 *       defines {@code e} or {@code \sigma}; {@code \delta_{ij}} is the Kronecker δ;</li>
 *   <li>a name followed by {@code (…)} is a call when it is a known or defined function, or when
 *       the parentheses hold plain variables ({@code g(t)}, {@code l(\mathbf{y}, \hat{\mathbf{y}})});
 *       a subscripted name, or one followed by anything else, multiplies ({@code y_i(1-y_i)},
 *       {@code y(1-y)}) (M8);</li>
 *   <li>decorations belong to the name ({@code \hat{y}_i} is {@code yhat_i}); words and capitals in a
 *       subscript too ({@code L_{MSE}}); a parenthesised superscript is a layer label or, for an index
 *       letter, a sample index ({@code W^{(1)}}, {@code y^{(i)}});</li>
 *   <li>a derivative in any spelling is a {@link Derivative}; an operator without operand
 *       ({@code \frac{d}{dx}}, {@code \partial_{o_j}}) applies to the rest of its product (M10);</li>
 *   <li>{@code \sum_{k \neq i}} and {@code \prod_{k \neq i}} leave out the term or factor for
 *       k = i ({@link Restricted}); a symbolic upper limit is the range size {@code n} (M13), in every
 *       statement of the document ({@link UpperLimits});</li>
 *   <li>a prime on a bracket differentiates in its one variable; on a name, the name's function; on
 *       a name that is no function ({@code h'_i}, {@code x'}), it is part of the name ({@code hprime_i});</li>
 *   <li>{@code \odot} (⊙) between components is their product, as element-wise products are in
 *       index notation;</li>
 *   <li>{@code \|} separates a call's arguments like {@code |} and {@code \mid}, as divergences write
 *       them ({@code \mathrm{KL}(q \| p)}).</li>
 * </ul>
 * Every construct outside that — matrices, transposes, integrals, unknown commands,
 * a vector where a number is needed — is an {@link InputException} pointing at the construct.
 */
final class LatexBuilder {
    /** The function {@code n!} reads as: kept as written, an abstract function of its argument. */
    static final String FACTORIAL = "factorial";

    final String document;
    final LatexContext context;
    private final Set<String> indexLetters;
    final List<ReadingNote> notes;
    final Set<Expr> rangeSizes;
    private boolean allowVectors;
    /** The entry index a vector name without one takes inside a factor of an outer product ({@link OuterProducts}). */
    String outerComponent;
    /** Whether a transpose is dropped: the row factor of an outer product, read entrywise. */
    private boolean transposeDropped;
    /** A component a vector function without one may take (M5), until one does. */
    private String offeredComponent;
    private boolean componentTaken;
    private final BigOperators bigOperators = new BigOperators(this);
    private final DerivativeNotation derivatives = new DerivativeNotation(this);
    private final Targets targets = new Targets(this);

    LatexBuilder(String document, LatexContext context, Set<String> indexLetters, List<ReadingNote> notes,
                 Set<Expr> rangeSizes) {
        this.document = document;
        this.context = context;
        this.indexLetters = indexLetters;
        this.notes = notes;
        this.rangeSizes = rangeSizes;
    }

    /** What an item of a product is: a value, or a derivative operator awaiting its operand. */
    private sealed interface Piece {
    }

    private record Value(Expr expr) implements Piece {
    }

    record Operator(By by, boolean negated, Expr start, SourceSpan span) implements Piece {
    }

    /**
     * What a derivative is taken by: its variables, each as often as its order, or — with a first-order numerator over
     * a power, {@code \frac{\partial \ell}{\partial \sigma^2}} — the power v^k itself: (∂f/∂v)/(k v^{k-1}), the
     * derivative by the variance where f depends on σ through σ² (wherever v ≠ 0).
     */
    record By(List<Variable> wrt, Expr power) {
        static By variable(Variable v) {
            return new By(List.of(v), null);
        }

        Expr of(Expr operand) {
            Expr d = derivative(operand, wrt);
            return power == null ? d : Exprs.div(d, Differentiator.diff(power, wrt.get(0), 1));
        }
    }

    void offerComponent(String component) {
        offeredComponent = component;
    }

    boolean componentTaken() {
        return componentTaken;
    }

    /** The offered component, once. */
    private Optional<String> takeComponent() {
        if (offeredComponent == null || componentTaken) {
            return Optional.empty();
        }
        componentTaken = true;
        return Optional.of(offeredComponent);
    }

    // ---- errors and notes ----

    InputException error(String message, ParserRuleContext where) {
        return new InputException(message, LatexSpans.of(document, where));
    }

    InputException error(String message, Token where) {
        return new InputException(message, LatexSpans.of(document, where));
    }

    void note(String text, ParserRuleContext where) {
        notes.add(new ReadingNote(text, LatexSpans.of(document, where)));
    }

    /** The source from {@code start} up to, not including, {@code before}. */
    String text(Token start, ParserRuleContext before) {
        return document.substring(start.getStartIndex(), before.getStart().getStartIndex()).strip();
    }

    /** The source from {@code start} through {@code stop}. */
    String text(Token start, Token stop) {
        return document.substring(start.getStartIndex(), stop.getStopIndex() + 1);
    }

    String text(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return start.getText();
        }
        return document.substring(start.getStartIndex(), stop.getStopIndex() + 1);
    }

    // ---- sums, products, signs ----

    Expr expr(LatexParser.ExprContext ctx) {
        List<LatexParser.TermContext> terms = ctx.term();
        List<LatexParser.AddOpContext> ops = ctx.addOp();
        List<Expr> out = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            Expr t = term(terms.get(i));
            if (i > 0) {
                LatexParser.AddOpContext op = ops.get(i - 1);
                if (op.PLUS_MINUS() != null) {
                    throw error("'±' gives two formulas; check each sign separately", op);
                }
                if (op.MINUS() != null) {
                    t = Exprs.neg(t);
                }
            }
            out.add(t);
        }
        Expr whole = Exprs.add(sumsOverTheirTerms(out, terms));
        return ctx.evalBar() == null ? whole : evaluated(whole, ctx.evalBar(), ctx);
    }

    /**
     * The terms with a sum's body running on over the terms after it that use its index:
     * {@code \sum_{i} y_i \log p_i + (1 - y_i) \log (1 - p_i)} is Σ_i (y_i log p_i + (1 − y_i) log(1 − p_i)), as
     * CS229 and most homework write the cross-entropy, not Σ_i y_i log p_i plus a term with a free i (M10 ends a
     * body at the next + or −). The next terms join the body while each uses the bound index, which nothing else
     * of the formula uses freely — not the other terms, not the statement's first side ({@code \frac{\partial
     * L}{\partial z_i}}), and not a sum of their own over it; a reading note says so.
     */
    private List<Expr> sumsOverTheirTerms(List<Expr> terms, List<LatexParser.TermContext> written) {
        List<Expr> out = new ArrayList<>(terms);
        List<LatexParser.TermContext> where = new ArrayList<>(written); // stays beside out as terms join a body
        for (int k = 0; k + 1 < out.size(); k++) {
            Optional<IndexSum> sum = trailingSum(out.get(k));
            if (sum.isEmpty()) {
                continue;
            }
            String index = sum.get().index();
            int end = k + 1;
            while (end < out.size() && Indices.free(out.get(end)).contains(index)) {
                end++;
            }
            if (end == k + 1 || context.headIndexLetters().contains(index) || Indices.free(out.get(k)).contains(index)) {
                continue;
            }
            boolean usedElsewhere = false;
            for (int m = 0; m < out.size(); m++) {
                usedElsewhere |= (m < k || m >= end) && Indices.free(out.get(m)).contains(index);
            }
            if (usedElsewhere) {
                continue;
            }
            List<Expr> body = new ArrayList<>(List.of(sum.get().body()));
            body.addAll(out.subList(k + 1, end));
            IndexSum whole = new IndexSum(index, sum.get().lower(), sum.get().upper(), Exprs.add(body));
            note("\\sum_" + index + " read over " + text(where.get(k + 1)) + (end > k + 2 ? " and the terms after it" : "")
                    + " too, which use" + (end > k + 2 ? "" : "s") + " " + index + ": write \\left( … \\right) around the body to say"
                    + " so, or rename the index if the term is outside the sum", where.get(k + 1));
            out.set(k, Exprs.replace(out.get(k), sum.get(), whole));
            out.subList(k + 1, end).clear();
            where.subList(k + 1, end).clear();
        }
        return out;
    }

    /** The sum that is a factor of {@code term} as written last ({@code -\frac{1}{m} \sum_i …}): the one sum among its factors. */
    private static Optional<IndexSum> trailingSum(Expr term) {
        List<Expr> factors = term instanceof Mul m ? m.factors() : List.of(term);
        List<IndexSum> sums = factors.stream().filter(IndexSum.class::isInstance).map(IndexSum.class::cast).toList();
        return sums.size() == 1 ? Optional.of(sums.get(0)) : Optional.empty();
    }

    /** The text of {@code whole} as written, without its {@code \left} / {@code \right}. */
    String shown(ParserRuleContext whole) {
        return text(whole).replace("\\right", "").replace("\\left", "").strip();
    }

    /** One point of an evaluation bar: its variable (null where the bar names none, {@code |_{0}}) and its value. */
    private record BarPoint(Variable variable, Expr value) {
    }

    /**
     * {@code E \Big|_{x=a}}, {@code \left. E \right|_{x=a, y=b}}: E at the point, its derivatives in x
     * taken first ({@link EvaluationBar}); {@code E \Big|_{a}^{b}} (or {@code _{x=a}^{b}}) is E(b) − E(a).
     * A bar without a name ({@code f'(x)|_{0}}) is at the one variable E differentiates in or has.
     */
    private Expr evaluated(Expr e, LatexParser.EvalBarContext bar, ParserRuleContext whole) {
        LatexParser.ScriptArgContext lower = null;
        LatexParser.ScriptArgContext upper = null;
        for (int c = 1; c + 1 < bar.getChildCount(); c += 2) {
            if (bar.getChild(c + 1) instanceof LatexParser.ScriptArgContext arg) {
                if (bar.getChild(c) instanceof TerminalNode t && t.getSymbol().getType() == LatexLexer.UNDERSCORE) {
                    lower = arg;
                } else {
                    upper = arg;
                }
            }
        }
        List<BarPoint> points = new ArrayList<>();
        if (lower instanceof LatexParser.BracedScriptContext b) {
            bigOperators.noCondition(b);
            for (LatexParser.ScriptItemContext item : b.scriptBody().scriptItem()) {
                if (item.relation().isEmpty()) {
                    points.add(new BarPoint(null, expr(item.expr(0))));
                } else if (item.relation().size() == 1 && item.relation(0).EQ() != null
                        && expr(item.expr(0)) instanceof Variable v) {
                    points.add(new BarPoint(v, expr(item.expr(1))));
                } else {
                    throw error("an evaluation bar names a variable and its value, as in |_{x=2}, not " + text(item),
                            item);
                }
            }
        } else {
            points.add(new BarPoint(null, scriptValue(lower)));
        }
        if (points.isEmpty() || upper != null && points.size() != 1) {
            throw error("an evaluation bar |_{x=a}^{b} evaluates at one variable", bar);
        }
        // the bar's variables and the variables derivatives are taken in stay themselves, whatever the
        // document defines them to be (n = w x + b, then \\frac{d}{dn} \\tanh(n) \\Big|_{n=0})
        Set<Variable> keep = new LinkedHashSet<>();
        points.stream().map(BarPoint::variable).filter(v -> v != null).forEach(keep::add);
        keep.addAll(EvaluationBar.derivativeVariables(e));
        Set<String> kept = new LinkedHashSet<>();
        keep.forEach(v -> kept.add(v.name()));
        Expr expanded = EvaluationBar.throughDefinitions(e,
                leaf -> keep.contains(leaf) ? Optional.empty() : context.definedValue(leaf));
        Expr at = expanded;
        List<String> said = new ArrayList<>();
        Variable first = null;
        for (BarPoint p : points) {
            Variable x = p.variable() != null ? p.variable() : EvaluationBar.soleVariable(e).orElseThrow(() -> error(
                    "name the variable of the evaluation bar, as in |_{x=2}: " + shown(whole)
                            + " has no single variable", bar));
            first = first == null ? x : first;
            Optional<String> obstacle = EvaluationBar.obstacle(at, x,
                    n -> !kept.contains(n) && (context.definesValue(n) || context.defines(n)));
            if (obstacle.isPresent()) {
                throw error("the evaluation bar of " + shown(whole) + " cannot be read: " + obstacle.get(), bar);
            }
            said.add(x + " = " + p.value());
            at = EvaluationBar.at(at, x, p.value());
        }
        if (upper != null) {
            Expr top = EvaluationBar.at(expanded, first, scriptValue(upper));
            note(shown(whole) + " read as the difference of its values at " + first + " = " + scriptValue(upper)
                    + " and " + said.get(0), whole);
            return Exprs.sub(top, at);
        }
        note(shown(whole) + " read at " + String.join(", ", said) + " (its derivatives taken first)", whole);
        return at;
    }

    private record Item(ParseTree operator, Piece piece, ParserRuleContext where) {
    }

    Expr term(LatexParser.TermContext ctx) {
        List<Item> items = new ArrayList<>();
        ParseTree pendingOp = null;
        List<ParseTree> children = ctx.children;
        int outer = outerProductAt(children);
        for (int c = 0; c < children.size(); c++) {
            ParseTree child = children.get(c);
            if (c == children.size() - 1 && outer < 0 && (child instanceof LatexParser.FactorContext
                    || child instanceof LatexParser.PlainSignedContext)) {
                Optional<Expr> called = calledOuterProduct((ParserRuleContext) child);
                if (called.isPresent()) {
                    items.add(new Item(child instanceof LatexParser.SignedContext ? pendingOp : null,
                            new Value(called.get()), (ParserRuleContext) child));
                    pendingOp = null;
                    continue;
                }
            }
            if (c == outer) {
                items.add(new Item(child instanceof LatexParser.SignedContext ? pendingOp : null,
                        new Value(outerProduct(children.get(c), (LatexParser.FactorContext) children.get(c + 1))),
                        (ParserRuleContext) child));
                pendingOp = null;
                c++;
                continue;
            }
            int run = ArgumentRuns.after(document, children, c);
            if (run > 0) {
                argumentRun = children.subList(c + 1, c + 1 + run).stream().map(LatexParser.FactorContext.class::cast).toList();
            }
            Optional<Expr> inner = run == 0 && c + 1 < children.size() ? innerProduct(children, c) : Optional.empty();
            if (inner.isPresent()) {
                items.add(new Item(child instanceof LatexParser.SignedContext ? pendingOp : null, new Value(inner.get()),
                        (ParserRuleContext) child));
                pendingOp = null;
                c++;
                continue;
            }
            if (child instanceof LatexParser.MulOpContext op) {
                if (op.ODOT() != null && !isHadamard(op)) {
                    throw error(LatexNames.unknownCommand(op.getText().startsWith("\\") ? op.getText() : "\\odot"), op);
                }
                pendingOp = op;
            } else if (child instanceof LatexParser.SignedContext s) {
                items.add(new Item(pendingOp, signed(s), s));
                pendingOp = null;
            } else if (child instanceof LatexParser.FactorContext f) {
                items.add(new Item(null, factor(f), f));
            }
            argumentRun = null;
            c += run;
        }
        return product(items, 0, ctx);
    }

    /**
     * Where the outer product {@code u v^\top} of a matrix derivative's value starts among a term's
     * children: the last two factors, the second transposed, while the statement's first side is a
     * derivative by a matrix ({@link LatexContext#matrixEntry()}); -1 otherwise.
     */
    private int outerProductAt(List<ParseTree> children) {
        int n = children.size();
        if (context.matrixEntry().isEmpty() || n < 2 || !(children.get(n - 1) instanceof LatexParser.FactorContext last)
                || !(children.get(n - 2) instanceof LatexParser.FactorContext || children.get(n - 2) instanceof LatexParser.SignedContext)) {
            return -1;
        }
        Optional<LatexParser.PostfixContext> v = postfixOf(last);
        if (v.isEmpty() || v.get().postOp().isEmpty()
                || !(v.get().postOp().get(v.get().postOp().size() - 1) instanceof LatexParser.SuperscriptOpContext sup)
                || !isTranspose(sup.scriptArg()) || isCapital(v.get().primary())) {
            // X^T: a transposed matrix makes a matrix product, not an outer product
            return -1;
        }
        return n - 2;
    }

    /**
     * The outer product {@code (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top} as the (i, j) entry of the matrix
     * derivative it is the value of: the column factor's vectors at i, the row factor's at j, (p_i − y_i) x_j.
     */
    private Expr outerProduct(ParseTree column, LatexParser.FactorContext row) {
        LatexContext.MatrixEntry entry = context.matrixEntry().orElseThrow();
        String savedComponent = outerComponent;
        boolean savedDropped = transposeDropped;
        try {
            outerComponent = entry.row();
            Expr u = column instanceof LatexParser.SignedContext s ? pieceValue(signed(s), (ParserRuleContext) column)
                    : pieceValue(factor((LatexParser.FactorContext) column), (ParserRuleContext) column);
            outerComponent = entry.column();
            transposeDropped = true;
            Expr v = pieceValue(factor(row), row);
            note(text((ParserRuleContext) column) + " " + text(row) + " read as the outer product's entry ("
                    + entry.row() + ", " + entry.column() + "): " + u + " times " + v, (ParserRuleContext) column);
            return Exprs.mul(u, v);
        } finally {
            outerComponent = savedComponent;
            transposeDropped = savedDropped;
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
    private Optional<Expr> calledOuterProduct(ParserRuleContext f) {
        Optional<LatexParser.PostfixContext> post = postfixOf(f);
        int ops = post.map(p -> p.postOp().size()).orElse(0);
        if (context.matrixEntry().isEmpty() || ops < 2
                || !(post.get().postOp(ops - 2) instanceof LatexParser.CallOpContext call)
                || !(post.get().postOp(ops - 1) instanceof LatexParser.SuperscriptOpContext sup) || !isTranspose(sup.scriptArg())
                || call.callArgs().expr().size() != 1
                || !post.get().postOp().subList(0, ops - 2).stream().allMatch(o -> o instanceof LatexParser.SubscriptOpContext)) {
            return Optional.empty();
        }
        LatexContext.MatrixEntry entry = context.matrixEntry().get();
        List<ReadingNote> saved = new ArrayList<>(notes);
        if (isCapital(post.get().primary()) || !(primary(post.get().primary()) instanceof NameAtom name) || !name.isPlain()
                || LatexNames.registryFunction(name.base + name.suffix, name.spelling).isPresent()
                || context.function(name.base + name.suffix).isPresent()) {
            notes.clear();
            notes.addAll(saved);
            return Optional.empty();
        }
        for (LatexParser.PostOpContext op : post.get().postOp().subList(0, ops - 2)) {
            absorbScript(name, op, false);
        }
        String savedComponent = outerComponent;
        try {
            outerComponent = entry.row();
            Expr u = resolve(name);
            outerComponent = entry.column();
            Expr v = expr(call.callArgs().expr(0));
            note(text(f) + " read as the outer product's entry (" + entry.row() + ", " + entry.column() + "): "
                    + u + " times " + v, f);
            return Optional.of(Exprs.mul(u, v));
        } finally {
            outerComponent = savedComponent;
        }
    }

    private Expr pieceValue(Piece p, ParserRuleContext where) {
        if (p instanceof Value v) {
            return v.expr();
        }
        throw error("a derivative operator in an outer product is not understood; write the entry "
                + "\\frac{\\partial L}{\\partial W_{ij}}", where);
    }

    /**
     * {@code \theta^T x}, {@code \mathbf{w}^\top \mathbf{x}_i}, {@code \theta^T x^{(i)}}: a transposed name
     * juxtaposed with a name is the inner product of two vectors, Σ_k θ_k x_k; the right operand's
     * subscripts come before k (x_i is the i-th example, x_{ik} its components) and its sample
     * superscript after (x^{(i)} has the components x_k^{(i)}, read as x_{ki}). Only between
     * lower-case names (a capital is a matrix: {@code X^\top y} is a vector) and when no bare name follows: {@code \mathbf{x}^\top A \mathbf{x}} is a quadratic form, still refused as
     * matrix notation, as is every other transpose.
     */
    private Optional<Expr> innerProduct(List<ParseTree> children, int at) {
        // -\theta^T x (inside \exp(-\theta^T x)): the sign applies to the inner product
        boolean negated = children.get(at) instanceof LatexParser.UnarySignContext u && u.MINUS() != null
                && u.signed() instanceof LatexParser.PlainSignedContext;
        Optional<LatexParser.PostfixContext> left = postfixOf(negated
                ? ((LatexParser.UnarySignContext) children.get(at)).signed() : children.get(at));
        Optional<LatexParser.PostfixContext> right = children.get(at + 1) instanceof LatexParser.FactorContext f
                ? postfixOf(f) : Optional.empty();
        List<LatexParser.PostOpContext> leftOps = left.isEmpty() ? List.of() : left.get().postOp();
        if (left.isEmpty() || right.isEmpty() || leftOps.isEmpty()
                || !(leftOps.get(leftOps.size() - 1) instanceof LatexParser.SuperscriptOpContext sup)
                || !isTranspose(sup.scriptArg())
                || at + 2 < children.size() && children.get(at + 2) instanceof LatexParser.FactorContext next
                && postfixOf(next).filter(p -> p.postOp().isEmpty()).isPresent()) {
            return Optional.empty();
        }
        List<ReadingNote> saved = new ArrayList<>(notes);
        NameAtom a;
        NameAtom b;
        List<String> subscripts = new ArrayList<>();
        List<String> leftSubscripts = new ArrayList<>();
        try {
            if (!(primary(left.get().primary()) instanceof NameAtom l) || !l.isPlain() || !isVectorLetter(l)
                    || !(primary(right.get().primary()) instanceof NameAtom r) || !isVectorLetter(r)) {
                notes.clear();
                notes.addAll(saved);
                return Optional.empty();
            }
            // \mathbf{x_i}: a subscript written inside the font's braces is the name's subscript as \mathbf{x}_i writes it
            leftSubscripts.addAll(l.indices.subList(0, l.indices.size() - l.sampleIndices));
            subscripts.addAll(r.indices.subList(0, r.indices.size() - r.sampleIndices));
            // x_i^\top, x^{(i)\top}, x^{(i)T}: the transposed vector's own subscripts come before k, its sample label after
            for (LatexParser.PostOpContext op : leftOps.subList(0, leftOps.size() - 1)) {
                if (!(op instanceof LatexParser.SubscriptOpContext)) {
                    throw error("not a vector", op);
                }
                int before = l.indices.size();
                absorbScript(l, op, false);
                leftSubscripts.addAll(l.indices.subList(before, l.indices.size()));
            }
            java.util.regex.Matcher labelled = LABELLED_TRANSPOSE.matcher(sup.scriptArg().getText().replaceAll("\\s+", ""));
            if (labelled.matches() && !sampleLabel(l, labelled.group(1), sup.scriptArg())) {
                throw error("a label", sup);
            }
            if (l.power != null || l.primes > 0 || !l.label.isEmpty()) {
                throw error("a power", left.get());
            }
            Optional<List<String>> featureOf = featureMapArgument(r, right.get().postOp());
            if (featureOf.isPresent()) {
                subscripts.addAll(featureOf.get());
            }
            for (LatexParser.PostOpContext op : featureOf.isPresent() ? List.<LatexParser.PostOpContext>of()
                    : right.get().postOp()) {
                if (op instanceof LatexParser.CallOpContext) {
                    throw error("a call", op);
                }
                int before = r.indices.size();
                absorbScript(r, op, false);
                if (op instanceof LatexParser.SubscriptOpContext) {
                    subscripts.addAll(r.indices.subList(before, r.indices.size()));
                }
            }
            if (r.power != null || r.primes > 0 || !r.label.isEmpty()) {
                throw error("a power", right.get());
            }
            a = l;
            b = r;
        } catch (InputException notAVector) {
            notes.clear();
            notes.addAll(saved);
            return Optional.empty();
        }
        Set<String> avoid = new LinkedHashSet<>(indexLetters);
        avoid.addAll(b.indices);
        String k = Indices.fresh(avoid);
        // the component index goes where a subscript would: x_i is x_{ik}, and x^{(i)} is x_k^{(i)},
        // which the reader writes x_{ki}, as it reads the author's own x_j^{(i)}
        List<String> bIndices = new ArrayList<>(subscripts);
        bIndices.add(k);
        List<String> above = new ArrayList<>(b.indices);
        subscripts.forEach(above::remove);
        bIndices.addAll(above);
        List<String> aIndices = new ArrayList<>(leftSubscripts);
        aIndices.add(k);
        List<String> aAbove = new ArrayList<>(a.indices);
        leftSubscripts.forEach(aAbove::remove);
        aIndices.addAll(aAbove);
        Expr product = Exprs.mul(new Indexed(a.name(), aIndices), new Indexed(b.name(), bIndices));
        ParserRuleContext whole = (ParserRuleContext) children.get(at);
        note(text(whole) + " " + text((ParserRuleContext) children.get(at + 1)) + " read as the inner product \\sum_"
                + k + " " + a.name() + "_" + (aIndices.size() == 1 ? k : "{" + String.join("", aIndices) + "}") + " " + b.name() + "_{" + String.join("", bIndices) + "}"
                + (subscripts.isEmpty() && bIndices.size() == 1 || !b.indices.isEmpty() ? ""
                : featureNote(b.name(), subscripts, k)), whole);
        IndexSum inner = new IndexSum(k, Exprs.ONE, Exprs.N, product);
        return Optional.of(negated ? Exprs.neg(inner) : inner);
    }

    /**
     * {@code \mathbf{w}^\top \boldsymbol{\phi}(\mathbf{x}_n)} (PRML §3.1): a lower-case name that is no known
     * function, called on one vector, is a feature map; its value at x_n is the n-th feature vector, whose
     * components are written φ_{nk} (the design matrix Φ_nk = φ_k(x_n)). Gives the argument's subscripts
     * (n), or empty when the call is not of this shape (σ(z), two arguments, a number) or the document
     * defines the name (then the call applies its definition).
     */
    private Optional<List<String>> featureMapArgument(NameAtom function, List<LatexParser.PostOpContext> ops) {
        if (ops.size() != 1 || !(ops.get(0) instanceof LatexParser.CallOpContext call)
                || call.callArgs().expr().size() != 1 || !function.isPlain() || !isFeatureMap(function)) {
            return Optional.empty();
        }
        Expr argument = withVectors(() -> expr(call.callArgs().expr(0)));
        return argument instanceof Variable v && Character.isLowerCase(v.name().charAt(0))
                ? vectorSubscripts(argument) : Optional.empty();
    }

    /** Whether {@code name} may be a feature map: lower-case, neither a known function nor defined by the document. */
    private boolean isFeatureMap(NameAtom name) {
        String written = name.base + name.suffix;
        return Character.isLowerCase(name.base.charAt(0)) && LatexNames.registryFunction(written, name.spelling).isEmpty()
                && !context.defines(written) && context.function(written).isEmpty();
    }

    /** The subscripts of a vector written as one name, {@code x} (none) or {@code x_n}; empty for anything else. */
    private static Optional<List<String>> vectorSubscripts(Expr vector) {
        if (vector instanceof Sym) {
            return Optional.of(List.of());
        }
        if (vector instanceof Indexed x && x.indices().stream().allMatch(i -> i.matches("[A-Za-z][A-Za-z0-9]*"))) {
            return Optional.of(x.indices());
        }
        return Optional.empty();
    }

    private static String featureNote(String map, List<String> sample, String k) {
        return ", the feature vector " + map + (sample.isEmpty() ? "" : "_" + String.join("", sample))
                + " having the components " + map + "_{" + String.join("", sample) + k + "}";
    }

    /**
     * {@code \|\mathbf{x} - \boldsymbol{\mu}\|^2}, {@code \|w\|_2^2}, {@code \|x_i - x_j\|},
     * {@code \|\mathbf{r}\|_1}, {@code \|W\|_F^2}: a norm of vectors written element-wise is the
     * sum over their components ({@link NormComponents}): the Euclidean norm (no subscript, or 2) is
     * √(Σ_k e_k²) and its square Σ_k e_k², the 1-norm Σ_k |e_k|, the Frobenius norm of matrices
     * √(Σ_a Σ_b E_ab²). A norm of anything else (a matrix times a vector, a matrix's 2-norm) is
     * refused as matrix notation.
     */
    private Expr norm(LatexParser.PostfixContext whole, LatexParser.NormContext norm, List<LatexParser.PostOpContext> ops) {
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
        Expr inside = withVectors(() -> expr(norm.expr()));
        Set<String> avoid = new LinkedHashSet<>(indexLetters);
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
            throw error("a norm (" + text(norm) + ") of this is matrix notation, which is not supported yet; write "
                    + "it as a sum, e.g. \\sum_i x_i^2 for \\|x\\|^2", norm);
        }
        Expr body = order.equals("1") ? Exprs.fn("abs", components.get()) : Exprs.pow(components.get(), 2);
        Expr sum = new IndexSum(k, Exprs.ONE, Exprs.N, body);
        if (order.equals("F")) {
            sum = new IndexSum(k, Exprs.ONE, Exprs.N, new IndexSum(l, Exprs.ONE, Exprs.N, body));
        }
        Expr value = squared || order.equals("1") ? sum : Exprs.fn("sqrt", sum);
        note(text(whole).replace("\\right", "").replace("\\left", "") + " read as "
                + (squared || order.equals("1") ? "" : "the square root of ") + "the sum over its components, "
                + org.symgrad.print.Printer.latex(sum), norm);
        return applyPostOps(value, rest, 0, new ArrayList<>());
    }

    /** A lower-case name is a vector; a capital ({@code X^\top y}, {@code x^\top A}) is a matrix. */
    private static boolean isVectorLetter(NameAtom name) {
        return Character.isLowerCase(name.base.charAt(0));
    }

    private static Optional<LatexParser.PostfixContext> postfixOf(ParseTree t) {
        if (t instanceof LatexParser.PlainSignedContext p && p.factor() instanceof LatexParser.PostfixFactorContext pf) {
            return Optional.of(pf.postfix());
        }
        if (t instanceof LatexParser.PostfixFactorContext pf) {
            return Optional.of(pf.postfix());
        }
        return Optional.empty();
    }

    private static boolean isTranspose(LatexParser.ScriptArgContext arg) {
        String t = arg.getText().replaceAll("\\s+", "");
        return arg instanceof LatexParser.TransposeScriptContext || t.equals("T") || BRACED_TRANSPOSE.matcher(t).matches()
                || LABELLED_TRANSPOSE.matcher(t).matches();
    }

    /**
     * The marks of a transpose as authors write them: T, {@code \top}, {@code \intercal}, and an upright T
     * ({@code \mathrm{T}} in Bishop's PRML, {@code \mathsf{T}}, {@code \text{T}}, {@code \rm T}).
     */
    private static final String TRANSPOSE_MARK = "(?:T|\\\\top|\\\\intercal|\\\\(?:mathsf|mathrm|mathbf|text|rm)\\{T\\}|\\\\rmT)";

    /** A braced transpose mark, {@code ^{T}}, {@code ^{\mathrm{T}}}. */
    private static final Pattern BRACED_TRANSPOSE = Pattern.compile("\\{" + TRANSPOSE_MARK + "\\}");

    /** A sample label and a transpose in one superscript, {@code ^{(i)T}} (and {@code ^{(i)\top}}, {@code ^{(i)\mathrm{T}}}). */
    private static final Pattern LABELLED_TRANSPOSE = Pattern.compile("\\{(\\([A-Za-z0-9]+\\))" + TRANSPOSE_MARK + "\\}");

    /**
     * The matrix a derivative is taken by, written whole where an outer product is read entry by entry
     * ({@code \nabla_{\mathbf{W}} L = \boldsymbol{\delta} \mathbf{h}^\top}, {@code \frac{\partial L}{\partial \mathbf{W}}
     * = (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top}): its entry (i, j), said in a note.
     */
    void readAsMatrixEntry(NameAtom name, ParserRuleContext whole) {
        if (takeMatrixEntry(name)) {
            note(text(whole) + " read entry by entry, as \\partial / \\partial " + name.base + "_{"
                    + String.join("", name.indices) + "}", whole);
        }
    }

    /** Gives the matrix the statement is read entry by entry at ({@link LatexContext#matrixEntry}) its two entry indices, if {@code name} is it. */
    private boolean takeMatrixEntry(NameAtom name) {
        Optional<LatexContext.MatrixEntry> entry = context.matrixEntry();
        if (!name.indices.isEmpty() || !name.label.isEmpty() || entry.isEmpty() || !entry.get().names(name.base + name.suffix)) {
            return false;
        }
        name.indices.add(entry.get().row());
        name.indices.add(entry.get().column());
        return true;
    }

    /**
     * {@code \odot} (⊙), the element-wise product: between components, which is all index notation
     * writes ({@code Z_t \odot H_{t-1}}, {@code r_j \odot h_j}), it is the ordinary product; a bare
     * vector operand is refused where it is read, as for any other product.
     */
    private static boolean isHadamard(LatexParser.MulOpContext op) {
        return op.getText().equals("\\odot") || op.getText().equals("\u2299");
    }

    private Expr product(List<Item> items, int from, ParserRuleContext whole) {
        List<Expr> factors = new ArrayList<>();
        for (int i = from; i < items.size(); i++) {
            Item item = items.get(i);
            boolean divide = item.operator() instanceof LatexParser.MulOpContext m
                    && (m.SLASH() != null || m.DIVIDE() != null);
            if (divide && i + 1 < items.size() && items.get(i + 1).operator() == null) {
                note(text(item.where()) + " divides only what follows the '/' directly: "
                        + text(items.get(i + 1).where()) + " multiplies the quotient", items.get(i + 1).where());
            }
            Expr value;
            if (item.piece() instanceof Operator op) {
                if (i + 1 < items.size() && items.get(i + 1).operator() != null) {
                    throw error("a derivative operator applies to what follows it directly, not through '"
                            + items.get(i + 1).operator().getText() + "'", (ParserRuleContext) items.get(i + 1).operator());
                }
                Expr operand = op.start();
                if (i + 1 < items.size()) {
                    Expr rest = product(items, i + 1, whole);
                    operand = operand == null ? rest : Exprs.mul(operand, rest);
                }
                if (operand == null) {
                    throw new InputException(text(item.where()) + " has nothing to differentiate: write the "
                            + "function after the operator, as in \\frac{d}{dx}\\sigma(x), or inside it, "
                            + "\\frac{d\\sigma}{dx}", op.span());
                }
                value = op.by().of(operand);
                if (op.negated()) {
                    value = Exprs.neg(value);
                }
                factors.add(divide ? Exprs.pow(value, -1) : value);
                break;
            }
            value = ((Value) item.piece()).expr();
            factors.add(divide ? Exprs.pow(value, -1) : value);
        }
        return Exprs.mul(factors);
    }

    private Piece signed(LatexParser.SignedContext ctx) {
        return switch (ctx) {
            case LatexParser.UnarySignContext u -> {
                if (u.PLUS_MINUS() != null) {
                    throw error("'±' gives two formulas; check each sign separately", u);
                }
                Piece inner = signed(u.signed());
                if (u.MINUS() == null) {
                    yield inner;
                }
                yield switch (inner) {
                    case Value v -> new Value(Exprs.neg(v.expr()));
                    case Operator op -> new Operator(op.by(), !op.negated(), op.start(), op.span());
                };
            }
            case LatexParser.PlainSignedContext p -> factor(p.factor());
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
    }

    private Piece factor(LatexParser.FactorContext ctx) {
        return switch (ctx) {
            case LatexParser.SumFactorContext s -> new Value(bigOperators.bigOperator(BigOperator.SUM, s.bigScripts(), s.term(), s));
            case LatexParser.ProductFactorContext p -> new Value(bigOperators.bigOperator(BigOperator.PRODUCT, p.bigScripts(), p.term(), p));
            case LatexParser.FunctionFactorContext f -> new Value(function(f));
            case LatexParser.PostfixFactorContext p -> postfix(p.postfix());
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
    }

    /** A value, where an operator without operand is not allowed. */
    private Expr value(Piece piece, ParserRuleContext where) {
        return switch (piece) {
            case Value v -> v.expr();
            case Operator op -> throw new InputException(text(where) + " has nothing to differentiate here",
                    op.span());
        };
    }

    // ---- functions ----

    private Expr function(LatexParser.FunctionFactorContext ctx) {
        Token head = ctx.FUNC().getSymbol();
        String word = functionWord(head);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String unsupported = LatexNames.UNSUPPORTED_FUNCTIONS.get(lower);
        if (unsupported != null) {
            throw error(unsupported, ctx);
        }
        // scripts on the function word: \log_2, \tanh^2, \sigma'
        Expr base = null;
        Expr power = null;
        LatexParser.ScriptArgContext inverse = null;
        // \max_k: the index the max runs over
        LatexParser.ScriptArgContext over = null;
        int primes = 0;
        LatexParser.FnScriptsContext scripts = ctx.fnScripts();
        for (int i = 0; i < scripts.getChildCount(); i++) {
            ParseTree c = scripts.getChild(i);
            Token t = ((TerminalNode) c).getSymbol();
            if (t.getType() == LatexLexer.PRIME) {
                primes++;
                continue;
            }
            LatexParser.ScriptArgContext arg = (LatexParser.ScriptArgContext) scripts.getChild(++i);
            if (t.getType() == LatexLexer.UNDERSCORE) {
                if (lower.equals("max") || lower.equals("min")) {
                    over = arg;
                    continue;
                }
                if (!lower.equals("log")) {
                    throw error("a subscript on " + word + " is not understood", arg);
                }
                Expr b = scriptValue(arg);
                base = b instanceof Sym s && s.name().equals("e") ? null : b;
            } else if (arg instanceof LatexParser.PrimeScriptContext) {
                primes++;
            } else {
                power = scriptValue(arg);
                if (Exprs.isNum(power, -1)) {
                    inverse = arg;
                    power = null;
                }
            }
        }
        switch (lower) {
            case "softmax" -> {
                return softmax(ctx, word, power);
            }
            case "logsumexp" -> {
                Expr v = vectorArgument(ctx, word);
                String k = "k";
                return pow(Exprs.log(Exprs.sum(k, Exprs.exp(new Indexed(((Sym) v).name(), List.of(k))))), power);
            }
            case "max", "min" -> {
                if (over == null) {
                    return maxMin(ctx, lower, power);
                }
            }
            case "lg" -> base = Exprs.num(10);
            default -> {
            }
        }
        String extremumIndex = null;
        String extremumLabel = null;
        if (over != null) {
            // \max_k z_k where the document says which entry is the max (k^* = \arg\max_k z_k): that entry
            List<String> index = over instanceof LatexParser.LetterScriptContext l ? List.of(l.getText())
                    : over instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                            && b.scriptBody().scriptItem().get(0).relation().isEmpty()
                            ? indexList(b.scriptBody().scriptItem().get(0).expr(0)) : List.of();
            Optional<String> label = index.size() == 1 ? ArgExtrema.of(context.argExtrema(), lower, index.get(0))
                    : Optional.empty();
            if (label.isEmpty()) {
                String k = index.size() == 1 ? index.get(0) : "k";
                throw error("a " + lower + " over an index (" + text(ctx) + ") is read only where the document says which "
                        + "entry it is: its derivative is the indicator of that entry; write, e.g., " + k + "^* = \\arg\\"
                        + lower + "_" + k + " …, and \\" + lower + "_" + k + " is read as that entry, its derivative "
                        + "\\mathbb{1}[j = " + k + "^*]; symgrad also reads \\" + lower + "(a, b) of two values", ctx);
            }
            extremumIndex = index.get(0);
            extremumLabel = label.get();
        }
        String name = extremumLabel != null ? lower
                : LatexNames.function(lower).orElseThrow(() -> error("unknown function " + word, ctx));
        if (inverse != null) {
            name = inverseFunction(word, name, inverse);
        }
        Expr arg;
        List<LatexParser.PostOpContext> after = List.of();
        switch (ctx.fnArgument()) {
            case LatexParser.ParenArgumentContext p -> {
                List<LatexParser.ExprContext> args = p.callArgs().expr();
                if (args.size() != 1) {
                    throw error(word + " takes one argument, here it has " + args.size(), p.callArgs());
                }
                arg = expr(args.get(0));
                after = p.postOp();
                if (name.equals("log") && !after.isEmpty() && after.get(0) instanceof LatexParser.SuperscriptOpContext sup
                        && !(sup.scriptArg() instanceof LatexParser.PrimeScriptContext)) {
                    // \log (2 - a)^2: some authors mean the logarithm of the square; say which reading is checked
                    String command = ctx.getStart().getText();
                    String bracket = shown(p.callArgs());
                    note(text(ctx) + " read as (" + command + " " + bracket + ")^" + text(sup.scriptArg())
                            + ", a power of the logarithm; write " + command + "\\left(" + bracket + "^"
                            + text(sup.scriptArg()) + "\\right) for the logarithm of the power", ctx);
                }
            }
            case LatexParser.FactorArgumentContext f -> {
                List<LatexParser.FactorContext> run = argumentRun;
                argumentRun = null;
                functionArgument = run == null && f.factor() instanceof LatexParser.PostfixFactorContext;
                try {
                    arg = value(factor(f.factor()), f);
                    if (run != null) {
                        // \cos m\theta, \sin 2x, \log 2\pi: the juxtaposed atoms are the argument (ArgumentRuns)
                        for (LatexParser.FactorContext next : run) {
                            functionArgument = ArgumentRuns.multipliedAtom(next);
                            arg = Exprs.mul(arg, value(factor(next), next));
                        }
                        Token end = ArgumentRuns.atomEnd(run.get(run.size() - 1));
                        note(text(ctx.getStart(), end) + " read as " + word + "(" + text(f.factor().getStart(), end) + ")"
                                + (multipliesArgument != null ? ", times what follows" : ""), ctx);
                    }
                } finally {
                    functionArgument = false;
                }
                if (multipliesArgument != null) {
                    after = multipliesArgument;
                    multipliesArgument = null;
                    if (run == null) {
                        note(text(ctx) + " read as " + word + " of " + text(f.factor().getStart(), after.get(0))
                                + ", times what follows", ctx);
                    }
                }
            }
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.fnArgument().getClass());
        }
        Expr value;
        if (extremumLabel != null) {
            if (primes > 0 || inverse != null) {
                throw error("a prime or an inverse on \\" + lower + "_" + extremumIndex + " is not understood", ctx);
            }
            if (!Indices.free(arg).contains(extremumIndex)) {
                throw error("the " + lower + " over " + extremumIndex + " (" + text(ctx) + ") of a value that does not use "
                        + extremumIndex + " is not understood", ctx);
            }
            value = Indices.rename(arg, extremumIndex, extremumLabel);
            note(text(ctx) + " read as its " + lower + " entry, at " + extremumIndex + " = " + extremumLabel
                    + ", the arg " + lower + " the document names (the derivative holds where that entry is the only "
                    + lower + ")", ctx);
        } else {
            value = primes > 0 ? derivativeOfKnown(name, arg, primes) : Exprs.fn(name, arg);
        }
        if (base != null) {
            value = Exprs.div(value, Exprs.log(base));
        }
        value = pow(value, power);
        return applyPostOps(value, after, 0, new ArrayList<>());
    }

    /**
     * The function {@code word^{-1}} names: the registry's inverse of the function ({@code \sin^{-1}} is asin,
     * {@code \sigma^{-1}} the logit), said in a note since {@code ^{-1}} also spells a reciprocal.
     */
    private String inverseFunction(String word, String name, ParserRuleContext where) {
        String inverse = FunctionRegistry.inverseOf(name).orElseThrow(() -> error(word + "^{-1} reads as an inverse "
                + "function, which symgrad knows only where the inverse is a known function (\\sin^{-1} is \\arcsin, "
                + "\\sigma^{-1} the logit); write 1/" + word + "(…) for the reciprocal", where));
        note(word + "^{-1} read as the inverse function " + inverse + ", not the reciprocal 1/" + word, where);
        return inverse;
    }

    /** The word of a function token: {@code \log}, {@code softmax}, {@code \operatorname{softmax}}. */
    static String functionWord(Token head) {
        String t = head.getText();
        if (!t.startsWith("\\")) {
            return t;
        }
        return t.indexOf('{') >= 0 || t.chars().anyMatch(Character::isWhitespace) ? LatexTokens.textWord(head)
                : t.substring(1);
    }

    private static Expr pow(Expr value, Expr power) {
        return power == null ? value : Exprs.pow(value, power);
    }

    /** {@code f^{(k)}(arg)} for a known function f: its k-th derivative at the argument. */
    private static Expr derivativeOfKnown(String name, Expr arg, int order) {
        Sym p = new Sym("u");
        Expr d = Differentiator.diff(Exprs.fn(name, p), p, order);
        return Exprs.replace(d, p, arg);
    }

    private Expr softmax(LatexParser.FunctionFactorContext ctx, String word, Expr power) {
        if (!(ctx.fnArgument() instanceof LatexParser.ParenArgumentContext p)) {
            throw error(word + " needs its argument in parentheses and a component, as in softmax(z)_i", ctx);
        }
        List<LatexParser.ExprContext> args = p.callArgs().expr();
        if (args.size() != 1) {
            throw error(word + " takes one vector", p.callArgs());
        }
        Expr arg = withVectors(() -> expr(args.get(0)));
        List<LatexParser.PostOpContext> after = p.postOp();
        String vector;
        String component;
        int next = 0;
        if (arg instanceof Indexed x && x.indices().size() == 1 && Index.isSymbolic(x.indices().get(0))) {
            vector = x.name();
            component = x.indices().get(0);
            note(text(ctx) + " read as the component " + component + " of softmax(" + vector + ")", ctx);
        } else if (arg instanceof Sym s) {
            vector = s.name();
            if (after.isEmpty() || !(after.get(0) instanceof LatexParser.SubscriptOpContext sub)) {
                Optional<String> offered = takeComponent();
                if (offered.isEmpty()) {
                    throw error(word + "(" + text(args.get(0)) + ") is a vector: write its component, as in "
                            + word + "(" + text(args.get(0)) + ")_i", ctx);
                }
                component = offered.get();
            } else {
                List<String> idx = indexList(sub.scriptArg());
                if (idx.size() != 1 || !Index.isSymbolic(idx.get(0))) {
                    throw error("a component of softmax is one index, as in softmax(z)_i", sub);
                }
                component = idx.get(0);
                next = 1;
            }
        } else if (ElementwiseArgument.component(arg, "k", vectorsAround(ctx), Set.of()).isPresent()
                && (!after.isEmpty() && after.get(0) instanceof LatexParser.SubscriptOpContext sub
                && indexList(sub.scriptArg()).size() == 1 && Index.isSymbolic(indexList(sub.scriptArg()).get(0))
                || after.isEmpty() && offeredComponent != null && !componentTaken)) {
            // softmax(z - m)_j, softmax(Wx + b) as a vector's value: a vector expression, read component by component
            component = after.isEmpty() ? takeComponent().orElseThrow()
                    : indexList(((LatexParser.SubscriptOpContext) after.get(0)).scriptArg()).get(0);
            Set<String> taken = new java.util.HashSet<>(Indices.all(arg));
            taken.add(component);
            String k = Indices.fresh(taken);
            ArgumentNames vectors = vectorsAround(ctx);
            Expr value = Exprs.div(Exprs.exp(ElementwiseArgument.component(arg, component, vectors, Set.of()).get()),
                    Exprs.sum(k, Exprs.exp(ElementwiseArgument.component(arg, k, vectors, Set.of(component)).get())));
            note(text(ctx) + " read as the component " + component + " of softmax of the vector " + text(args.get(0)), ctx);
            return applyPostOps(pow(value, power), after, after.isEmpty() ? 0 : 1, new ArrayList<>());
        } else {
            throw error("the argument of " + word + " must be the name of a vector, such as \\mathbf{z}; "
                    + "name " + text(args.get(0)) + " first", args.get(0));
        }
        String k = Indices.fresh(Set.of(component));
        Expr value = Exprs.div(Exprs.exp(new Indexed(vector, List.of(component))),
                Exprs.sum(k, Exprs.exp(new Indexed(vector, List.of(k)))));
        return applyPostOps(pow(value, power), after, next, new ArrayList<>());
    }

    private Expr vectorArgument(LatexParser.FunctionFactorContext ctx, String word) {
        if (ctx.fnArgument() instanceof LatexParser.ParenArgumentContext p && p.callArgs().expr().size() == 1) {
            Expr arg = withVectors(() -> expr(p.callArgs().expr(0)));
            if (arg instanceof Sym) {
                return arg;
            }
        }
        throw error(word + " takes the name of a vector, as in " + word + "(z)", ctx);
    }

    /**
     * {@code \\max(a, b)} and {@code \\min(a, b)}, the functions of two values; {@code \\max(0, x)}
     * is read as the ReLU, the name textbooks give it.
     */
    private Expr maxMin(LatexParser.FunctionFactorContext ctx, String which, Expr power) {
        if (!(ctx.fnArgument() instanceof LatexParser.ParenArgumentContext p) || p.callArgs().expr().size() != 2) {
            throw error("\\" + which + " is read with two arguments in parentheses, as in \\" + which
                    + "(a, b); a " + which + " over an index or a set is not supported", ctx);
        }
        Expr a = expr(p.callArgs().expr(0));
        Expr b = expr(p.callArgs().expr(1));
        Expr other = a.equals(Exprs.ZERO) ? b : b.equals(Exprs.ZERO) ? a : null;
        if (other != null && which.equals("max")) {
            note(text(ctx) + " read as relu(" + text(p.callArgs().expr(a.equals(Exprs.ZERO) ? 1 : 0)) + ")", ctx);
            return applyPostOps(pow(Exprs.fn("relu", other), power), p.postOp(), 0, new ArrayList<>());
        }
        return applyPostOps(pow(Exprs.fn(which, a, b), power), p.postOp(), 0, new ArrayList<>());
    }

    // ---- postfix: a primary and its scripts, primes and calls ----

    /**
     * Set while a function written without parentheses reads its argument ({@code \sin t}): a name
     * there followed by parentheses that multiply ({@code \sin t (\cos t - 1)}) is the whole
     * argument, and the parentheses multiply the function's value, as {@code \log x y} is log(x)·y.
     */
    private boolean functionArgument;
    /**
     * The juxtaposed atoms after a function's one-factor argument that {@link ArgumentRuns} makes part of
     * it ({@code \cos m\theta}), set by {@link #term} for the function's factor; null otherwise.
     */
    private List<LatexParser.FactorContext> argumentRun;
    /** The post-operations, from the multiplying parentheses on, that such an argument left over. */
    private List<LatexParser.PostOpContext> multipliesArgument;

    /** The component index of a gradient in brackets ({@link GradientComponents}) while its operator is read; null once taken. */
    String[] pendingGradientComponent;

    private Piece postfix(LatexParser.PostfixContext ctx) {
        boolean asArgument = functionArgument;
        functionArgument = false;
        List<LatexParser.PostOpContext> ops = ctx.postOp();
        if (ctx.primary() instanceof LatexParser.NormContext norm) {
            return new Value(norm(ctx, norm, ops));
        }
        Optional<String> component = GradientComponents.of(ctx);
        String[] outerComponent = pendingGradientComponent;
        if (component.isPresent()) {
            pendingGradientComponent = new String[] {component.get()};
        }
        Object start;
        boolean taken;
        try {
            start = primary(ctx.primary());
        } finally {
            taken = component.isPresent() && pendingGradientComponent[0] == null;
            pendingGradientComponent = outerComponent;
        }
        int i = taken ? 1 : 0;
        List<Expr> earlier = new ArrayList<>();
        Expr current;
        if (start instanceof NameAtom name) {
            while (i < ops.size() && !(ops.get(i) instanceof LatexParser.CallOpContext)
                    && !(ops.get(i) instanceof LatexParser.FactorialOpContext)) {
                absorbScript(name, ops.get(i), i + 1 < ops.size() && ops.get(i + 1) instanceof LatexParser.CallOpContext);
                i++;
            }
            if (i < ops.size() && ops.get(i) instanceof LatexParser.CallOpContext) {
                LatexParser.CallArgsContext call = ((LatexParser.CallOpContext) ops.get(i)).callArgs();
                int noted = notes.size();
                Call c = call(name, call, ops, i + 1, ctx);
                if (asArgument && !c.earlier().isEmpty()) {
                    notes.subList(noted, notes.size()).clear();
                    multipliesArgument = ops.subList(i, ops.size());
                    return new Value(resolve(name));
                }
                earlier.addAll(c.earlier());
                current = c.value();
                i = c.next();
            } else {
                current = resolve(name);
            }
        } else if (start instanceof Operator op) {
            if (i < ops.size() && ops.get(i) instanceof LatexParser.CallOpContext c) {
                Expr operand = group(c.callArgs());
                operand = applyPostOps(operand, ops, i + 1, new ArrayList<>());
                return new Operator(op.by(), op.negated(), operand, op.span());
            }
            if (i < ops.size()) {
                throw error("a script on a derivative operator is not understood", ops.get(i));
            }
            return op;
        } else {
            current = (Expr) start;
        }
        return new Value(applyPostOps(current, ops, i, earlier));
    }

    /**
     * {@code current} with the remaining post-operations applied: a power, a prime (derivative in
     * the one variable), or parentheses, which multiply ({@code (a)(b)}, {@code \sigma(x)(1-\sigma(x))}).
     */
    private Expr applyPostOps(Expr current, List<LatexParser.PostOpContext> ops, int from, List<Expr> earlier) {
        for (int i = from; i < ops.size(); i++) {
            LatexParser.PostOpContext op = ops.get(i);
            switch (op) {
                case LatexParser.SuperscriptOpContext sup -> {
                    if (sup.scriptArg() instanceof LatexParser.PrimeScriptContext) {
                        current = prime(current, 1, sup);
                    } else if (transposeDropped && i == ops.size() - 1 && isTranspose(sup.scriptArg())) {
                        transposeDropped = false;
                    } else {
                        rejectTranspose(sup.scriptArg());
                        current = Exprs.pow(current, scriptValue(sup.scriptArg()));
                    }
                }
                case LatexParser.PrimeOpContext p -> current = prime(current, 1, p);
                // \log y_i!: the factorial of a count, a function symgrad keeps unevaluated; data, it is
                // constant in every parameter, which is all a likelihood's derivative needs of it
                case LatexParser.FactorialOpContext f -> current = new Fn(FACTORIAL, List.of(current));
                case LatexParser.CallOpContext c -> {
                    Expr argument = group(c.callArgs());
                    if (current == subscriptIndicator && isPointOf(current, argument)) {
                        // 1_{x>0}(x): the indicator function of a set at the point x its condition is about; not a product
                        note("1_{…}" + text(c) + " read as the indicator at the point " + org.symgrad.print.Printer.ascii(argument), c);
                    } else {
                        earlier.add(current);
                        current = argument;
                    }
                }
                case LatexParser.SubscriptOpContext sub -> {
                    // 1_{x > 0}: a plain 1 with a condition as its subscript is the indicator of it
                    if (!(current instanceof Num one && one.value().isOne()) || conditionScript(sub) == null) {
                        throw error("a subscript on an expression (" + text(sub) + ") is not understood; write the "
                                + "component inside, e.g. (p_k - t_k)", sub);
                    }
                    current = indicatorOf(conditionScript(sub), sub);
                    subscriptIndicator = current;
                }
                default -> throw new IllegalStateException("unexpected parse-tree node " + op.getClass());
            }
        }
        earlier.add(current);
        return Exprs.mul(earlier);
    }

    /** The condition of a plain 1's subscript, {@code 1_{x > 0}} (an indicator), or null where it holds no relation. */
    private static LatexParser.ScriptItemContext conditionScript(LatexParser.SubscriptOpContext sub) {
        return sub.scriptArg() instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptCondition() == null
                && b.scriptBody().scriptItem().size() == 1 && !b.scriptBody().scriptItem(0).relation().isEmpty()
                ? b.scriptBody().scriptItem(0) : null;
    }

    /** The one expression in parentheses that multiply. */
    private Expr group(LatexParser.CallArgsContext call) {
        List<LatexParser.ExprContext> args = call.expr();
        if (args.size() != 1) {
            throw error(args.isEmpty() ? "empty parentheses" : "a list in parentheses is read only as the "
                    + "arguments of a function, f(x, y)", call);
        }
        return expr(args.get(0));
    }

    /** {@code (…)'}: the derivative in the expression's one variable (M11). */
    private Expr prime(Expr e, int order, ParserRuleContext where) {
        Set<Variable> vars = new LinkedHashSet<>();
        collectVariables(e, vars);
        vars.remove(Exprs.N);
        if (vars.isEmpty()) {
            return Exprs.ZERO;
        }
        if (vars.size() > 1) {
            List<String> names = vars.stream().map(Object::toString).toList();
            throw error("a prime differentiates in the one variable of what it follows, but "
                    + text(where) + " has " + String.join(", ", names) + ": write \\frac{d}{dx}(…)", where);
        }
        return derivative(e, List.of(vars.iterator().next()), order);
    }

    private static void collectVariables(Expr e, Set<Variable> out) {
        if (e instanceof Sym s) {
            out.add(s);
        } else if (e instanceof Indexed x) {
            out.add(x);
        } else if (e instanceof IndexSum s) {
            collectVariables(s.body(), out);
            return;
        }
        Exprs.children(e).forEach(c -> collectVariables(c, out));
    }

    private static Expr derivative(Expr operand, List<Variable> wrt) {
        Expr out = operand;
        for (Variable v : wrt) {
            out = new Derivative(out, v);
        }
        return out;
    }

    private Expr derivative(Expr operand, List<Variable> wrt, int order) {
        List<Variable> all = new ArrayList<>();
        for (int k = 0; k < order; k++) {
            all.addAll(wrt);
        }
        return derivative(operand, all);
    }

    private record Call(List<Expr> earlier, Expr value, int next) {
    }

    /** Whether {@code name} is the logistic σ: the plain Greek σ, which the document neither defines nor makes a function of its own. */
    private boolean builtInSigma(NameAtom name) {
        return name.spelling == NameAtom.Spelling.GREEK && name.base.equals(FunctionRegistry.SIGMA) && name.indices.isEmpty()
                && name.label.isEmpty() && context.function(name.name()).isEmpty() && !context.defines(FunctionRegistry.SIGMA);
    }

    /**
     * {@code name(args)}: a call of a known, defined or abstract function, a derivative call
     * {@code f'(x)}, or a product (M8). {@code next} is the first post-operation not consumed.
     */
    private Call call(NameAtom name, LatexParser.CallArgsContext call, List<LatexParser.PostOpContext> ops, int next,
                      LatexParser.PostfixContext whole) {
        List<LatexParser.ExprContext> argCtxs = call.expr();
        String fullName = name.name();
        Optional<DocumentFunction> defined = context.function(fullName);
        boolean knownSigma = builtInSigma(name);
        if (name.inverse != null && (!knownSigma || name.primes > 0)) {
            throw error(text(name.where) + "^{-1}(…) reads as an inverse function, which is not supported here",
                    name.inverse);
        }
        if (knownSigma && context.sigmaIsQuantity() && name.primes == 0 && !appliedSigma(name, call)) {
            Expr product = resolve(name);
            note(text(whole) + " read as a product: the document writes \\sigma as a quantity (\\sigma^2), "
                    + "not the sigmoid", whole);
            return new Call(List.of(product), group(call), next);
        }
        boolean plainArgs = !argCtxs.isEmpty() && argCtxs.stream().allMatch(this::isPlainVariable);
        Optional<String> greek = defined.isEmpty() && argCtxs.size() == 1 ? LatexNames.greekFunction(name, context)
                : Optional.empty();
        if (greek.isPresent()) {
            Optional<Expr> value = greekCall(greek.get(), name, argCtxs.get(0), whole);
            if (value.isPresent()) {
                return new Call(List.of(), pow(value.get(), name.power), next);
            }
        }
        if (name.primes > 0) {
            if (argCtxs.size() != 1) {
                throw error("a primed function takes one argument here, as in f'(x)", call);
            }
            Expr arg = expr(argCtxs.get(0));
            Expr value;
            if (defined.isPresent() && defined.get().parameters().size() == 1 && defined.get().component().isEmpty()) {
                value = derivativeOfDefined(defined.get(), arg, name.primes, whole);
            } else if (knownSigma) {
                value = derivativeOfKnown(FunctionRegistry.SIGMA, arg, name.primes);
            } else if (name.indices.isEmpty() && name.label.isEmpty() && name.power == null
                    && validFunctionName(name.base + name.suffix)) {
                value = new Fn(name.base + name.suffix + "'".repeat(name.primes), List.of(arg));
            } else if (familyMember(name, defined)) {
                // f_i'(w): the derivative of the member i of the family f, f(ι_i, ·), at w
                value = new Fn(name.base + name.suffix + "'".repeat(name.primes), memberArguments(name, arg));
            } else {
                throw error(text(whole) + ": a prime on this name is not understood", whole);
            }
            return new Call(List.of(), pow(value, name.power), next);
        }
        if (knownSigma) {
            if (argCtxs.size() != 1) {
                throw error("\\sigma takes one argument", call);
            }
            if (name.inverse != null) {
                String inverse = inverseFunction("\\sigma", FunctionRegistry.SIGMA, name.inverse);
                Expr arg = expr(argCtxs.get(0));
                requireScalar(arg, argCtxs.get(0));
                return new Call(List.of(), pow(Exprs.fn(inverse, arg), name.power), next);
            }
            Expr arg = withVectors(() -> expr(argCtxs.get(0)));
            if (next < ops.size() && ops.get(next) instanceof LatexParser.SubscriptOpContext sub) {
                return new Call(List.of(), pow(elementwise(FunctionRegistry.SIGMA, arg, sub, whole), name.power), next + 1);
            }
            arg = offeredComponentOf(arg);
            requireScalar(arg, argCtxs.get(0));
            return new Call(List.of(), pow(Exprs.fn(FunctionRegistry.SIGMA, arg), name.power), next);
        }
        if (defined.isPresent()) {
            DocumentFunction f = defined.get();
            List<Expr> args = new ArrayList<>();
            for (LatexParser.ExprContext a : argCtxs) {
                args.add(withVectors(() -> expr(a)));
            }
            List<String> component = List.of();
            if (!f.component().isEmpty() && next < ops.size() && ops.get(next) instanceof LatexParser.SubscriptOpContext sub) {
                component = indexList(sub.scriptArg());
                next++;
            } else if (f.component().size() == 1) {
                component = takeComponent().map(List::of).orElse(List.of());
            }
            List<Integer> samples = new ArrayList<>();
            for (int k = 0; k < argCtxs.size(); k++) {
                if (isSampleOfVector(argCtxs.get(k))) {
                    samples.add(k);
                }
            }
            Expr value = BetaReduction.apply(f, args, samples, component, vectorsAround(whole), LatexSpans.of(document, whole));
            return new Call(List.of(), pow(value, name.power), next);
        }
        if (!name.indices.isEmpty() || !name.label.isEmpty()) {
            if (argCtxs.size() == 1 && plainArgs && name.power == null && context.definesValue(fullName)) {
                // o_y^s(x) after o_k^s = …: the author names what the defined value depends on
                note(text(whole) + " read as " + nameText(name) + ", the name defined before, written as a function of "
                        + text(argCtxs.get(0)), whole);
                return new Call(List.of(), resolve(name), next);
            }
            Optional<List<String>> sample = argCtxs.size() == 1 && defined.isEmpty() ? featureSample(name, argCtxs.get(0))
                    : Optional.empty();
            if (sample.isPresent()) {
                List<String> indices = new ArrayList<>(sample.get());
                indices.addAll(name.indices);
                Indexed component = new Indexed(name.base + name.suffix, indices);
                note(text(whole) + " read as " + component + ", component " + String.join("", name.indices)
                        + " of the feature vector " + name.base + name.suffix + " at " + text(argCtxs.get(0)), whole);
                return new Call(List.of(), component, next);
            }
            if (argCtxs.size() == 1 && familyMember(name, defined)) {
                // f_i(w) beside f_i'(w): the member i of a family of functions the document leaves undefined
                Expr arg = expr(argCtxs.get(0));
                note(text(whole) + " read as the member " + String.join("", name.indices) + " of the functions "
                        + nameText(name).replaceAll("_.*$", "") + "_" + String.join("", name.indices)
                        + ", which the document does not define", whole);
                return new Call(List.of(), pow(new Fn(name.base + name.suffix, memberArguments(name, arg)), name.power), next);
            }
            if (argCtxs.size() == 1 && plainArgs) {
                throw error(text(whole) + ": is this " + nameText(name) + " times " + text(argCtxs.get(0))
                        + ", or " + nameText(name) + " as a function of " + text(argCtxs.get(0)) + "? write "
                        + "\\cdot for a product, or leave out (" + text(argCtxs.get(0)) + ")", whole);
            }
            Expr product = resolve(name);
            note(text(whole) + " read as a product", whole);
            return new Call(List.of(product), group(call), next);
        }
        String written = name.base + name.suffix;
        Optional<KnownFunction> known = LatexNames.registryFunction(written, name.spelling);
        // a registry function spelled as a word (\operatorname{GELU}) is a call whatever its arguments
        boolean knownWord = known.isPresent() && (name.spelling == NameAtom.Spelling.TEXT
                || name.spelling == NameAtom.Spelling.WORD);
        // a name the document defines as a function, here or further down, is called whatever its argument
        boolean definedFunction = !argCtxs.isEmpty() && context.definesFunction(written);
        // \operatorname{erf}^2(x), as \tanh^2(x): a power on a known function word raises its value
        if ((plainArgs || definedFunction || knownWord && !argCtxs.isEmpty()) && (name.power == null || knownWord)
                && validFunctionName(written)) {
            List<Expr> args = new ArrayList<>();
            for (LatexParser.ExprContext a : argCtxs) {
                args.add(withVectors(() -> expr(a)));
            }
            if (next < ops.size() && ops.get(next) instanceof LatexParser.SubscriptOpContext sub) {
                List<String> idx = indexList(sub.scriptArg());
                if (known.isEmpty() && !definedFunction && args.size() == 1 && idx.size() == 1 && idx.get(0).matches("[a-z]")
                        && name.power == null && args.get(0) instanceof Sym u && u.name().matches("[a-z]") && !boldNames.contains(u.name())
                        && !SubscriptedLetters.in(document, u.name())) {
                    // \mathbf{x}(u)_i of a scalar u: the component i of a vector function x the document leaves undefined,
                    // the member x_i(u) of a family, as f_i(w) is; of a vector (S(\mathbf{x})_i, S(x)_i beside x_k) what the
                    // component depends on is unknown (S may be the softmax, whose S_i depends on every x_k)
                    note(text(whole) + " read as the component " + idx.get(0) + " of " + nameText(name) + ", a function of "
                            + text(argCtxs.get(0)) + " the document does not define", whole);
                    List<Expr> member = new ArrayList<>();
                    member.add(IndexValue.of(idx.get(0), 0));
                    member.add(args.get(0));
                    return new Call(List.of(), new Fn(written, member), next + 1);
                }
                throw error(nameText(name) + "(…)" + text(sub) + ": " + nameText(name) + " is not defined in the "
                        + "document, so its components are unknown; define it first", whole);
            }
            if (known.isPresent() && known.get().arity() != args.size()) {
                throw error(text(whole) + ": " + known.get().name() + " takes " + known.get().arity() + " argument"
                        + (known.get().arity() == 1 ? "" : "s") + ", here it has " + args.size(), whole);
            }
            note(text(whole) + known.map(f -> " read as the known function " + f.name())
                    .orElse(ReadingNote.undefinedCall(written)), whole);
            if (known.isEmpty()) {
                java.util.Set<Integer> samples = new java.util.TreeSet<>();
                for (int k = 0; k < argCtxs.size(); k++) {
                    if (isSampleOfVector(argCtxs.get(k))) {
                        samples.add(k);
                    }
                }
                context.calledBeforeDefinition(written, samples);
            }
            if (args.size() == 1) {
                args.set(0, offeredComponentOf(args.get(0)));
            }
            return new Call(List.of(), pow(new Fn(known.map(KnownFunction::name).orElse(written), args), name.power), next);
        }
        Expr product = resolve(name);
        note(text(whole) + " read as a product", whole);
        return new Call(List.of(product), group(call), next);
    }

    /**
     * {@code \\Gamma(u)}, {@code \\psi(u)} and their derivatives as the registry's functions: primes
     * differentiate ({@code \\Gamma'(u)} is Γ(u)ψ(u), {@code \\psi'(u)} is ψ₁(u)), and ψ's order may be
     * written as a subscript or a bracketed superscript ({@code \\psi_1(u)}, {@code \\psi^{(2)}(u)} are
     * ψ₁ and ψ⁽²⁾). Empty where the scripts say something else (an index letter), which is read as before.
     */
    private Optional<Expr> greekCall(String function, NameAtom name, LatexParser.ExprContext argCtx,
                                     ParserRuleContext whole) {
        int order = 0;
        if (!name.indices.isEmpty() || !name.label.isEmpty()) {
            String written = !name.indices.isEmpty() ? String.join("", name.indices) : name.label;
            written = written.replaceAll("^\\((.*)\\)$", "$1");
            if (!function.equals(FunctionRegistry.DIGAMMA) || name.indices.size() > 1 || !name.indices.isEmpty()
                    && !name.label.isEmpty() || !written.matches("[0-9]{1,2}")) {
                return Optional.empty();
            }
            order = Integer.parseInt(written);
        }
        Expr arg = offeredComponentOf(withVectors(() -> expr(argCtx)));
        requireScalar(arg, argCtx);
        Expr value;
        if (function.equals(FunctionRegistry.DIGAMMA)) {
            order += name.primes;
            value = switch (order) {
                case 0 -> Exprs.fn(FunctionRegistry.DIGAMMA, arg);
                case 1 -> Exprs.fn(FunctionRegistry.TRIGAMMA, arg);
                default -> Exprs.fn(FunctionRegistry.POLYGAMMA, Exprs.num(order), arg);
            };
        } else {
            value = name.primes > 0 ? derivativeOfKnown(function, arg, name.primes) : Exprs.fn(function, arg);
        }
        note(text(whole) + (value instanceof Fn f ? " read as the known function " + f.name()
                : " read as the derivative of the known function " + function), whole);
        return Optional.of(value);
    }

    /**
     * Whether σ before a bracket, in a document that also writes σ as a quantity (σ²), is applied to
     * it, decided where it is written: a bare σ (no power, no subscript) before one argument that
     * holds a variable and not σ itself, written against it as a call is ({@code \\sigma(w x)},
     * {@code \\sigma\\left(…\\right)}), is the sigmoid, beside a prior variance {@code \\sigma^2};
     * {@code \\sigma^2 (x - \\mu)}, {@code 2 \\sigma (a - m)} with a space, {@code \\sigma(\\nu \\sigma^2 + r^2)}
     * and {@code \\sigma(2 \\pi)} stay products.
     */
    private boolean appliedSigma(NameAtom name, LatexParser.CallArgsContext call) {
        List<LatexParser.ExprContext> args = call.expr();
        if (name.power != null || args.size() != 1 || name.where.getStop() == null) {
            return false;
        }
        String gap = document.substring(Math.min(name.where.getStop().getStopIndex() + 1, call.getStart().getStartIndex()),
                call.getStart().getStartIndex());
        if (!gap.isEmpty() && !gap.matches("\\\\(left|bigl|Bigl|biggl|Biggl|big|Big|bigg|Bigg)\\s*")) {
            return false;
        }
        List<Token> inner = LatexTokens.lex(document, args.get(0).getStart().getStartIndex(),
                args.get(0).getStop().getStopIndex() + 1);
        boolean holdsSigma = false;
        boolean holdsName = false;
        for (Token t : inner) {
            if (t.getType() == LatexLexer.GREEK && (t.getText().equals("\\sigma") || t.getText().equals("\u03C3"))) {
                holdsSigma = true;
            } else if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.WORD
                    || t.getType() == LatexLexer.TEXT || t.getType() == LatexLexer.GREEK
                    && !t.getText().equals("\\pi") && !t.getText().equals("\u03C0")) {
                holdsName = true;
            }
        }
        return !holdsSigma && holdsName;
    }

    /**
     * Whether {@code name} ({@code f_i}) is a member of a family of functions the document writes primed
     * ({@code f_i'(w)}) and defines nowhere, labelled by index letters or numbers only.
     */
    private boolean familyMember(NameAtom name, Optional<DocumentFunction> defined) {
        return defined.isEmpty() && !name.indices.isEmpty() && name.label.isEmpty()
                && name.indices.stream().allMatch(i -> i.matches("[a-z]|[0-9]+"))
                && validFunctionName(name.base + name.suffix) && context.indexedFunction(name.base + name.suffix)
                && context.function(name.base + name.suffix).isEmpty();
    }

    /** The arguments of the member {@code name} ({@code f_i}) at {@code arg}: its indices' values, then {@code arg}. */
    private static List<Expr> memberArguments(NameAtom name, Expr arg) {
        List<Expr> args = new ArrayList<>();
        for (String index : name.indices) {
            args.add(IndexValue.of(index, 0));
        }
        args.add(arg);
        return args;
    }

    private static boolean validFunctionName(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9]*") && !LatexNames.FUNCTIONS.containsKey(name)
                && !name.equals("sum") && !name.equals("delta") && !name.equals("diff");
    }

    private String nameText(NameAtom name) {
        return text(name.where);
    }

    /** {@code f^{(k)}(arg)} for a function the document defines: the body's k-th derivative at arg. */
    private Expr derivativeOfDefined(DocumentFunction f, Expr arg, int order, ParserRuleContext where) {
        Expr p = f.parameters().get(0);
        if (!(p instanceof Variable v)) {
            throw error(f.name() + "' needs a variable parameter", where);
        }
        Expr d = Differentiator.diff(f.body(), v, order);
        return BetaReduction.apply(new DocumentFunction(f.name(), f.parameters(), List.of(), d), List.of(arg),
                List.of(), LatexSpans.of(document, where));
    }

    /** {@code \sigma(x)_i} for an element-wise function: {@code \sigma(x_i)}. */
    private Expr elementwise(String fn, Expr arg, LatexParser.SubscriptOpContext sub, ParserRuleContext whole) {
        if (!(arg instanceof Sym vector)) {
            throw error("a component of " + fn + "(…) is taken of a vector name, as in \\sigma(x)_i", whole);
        }
        List<String> idx = indexList(sub.scriptArg());
        note(text(whole) + " read as the element-wise " + fn + "(" + vector.name() + "_" + String.join("", idx) + ")",
                whole);
        return Exprs.fn(fn, new Indexed(vector.name(), idx));
    }

    /**
     * A whole vector given to an element-wise function where a vector's component is being read
     * ({@code \\mathbf{h}^s = \\phi(\\mathbf{h}^a)} defines h^s_i = φ(h^a_i)): that component of it.
     */
    private Expr offeredComponentOf(Expr arg) {
        if (arg instanceof Sym s && boldNames.contains(s.name())) {
            Optional<String> k = takeComponent();
            if (k.isPresent()) {
                return new Indexed(s.name(), List.of(k.get()));
            }
        }
        return arg;
    }

    private void requireScalar(Expr arg, ParserRuleContext where) {
        // a bare vector name passed to an element-wise function without a component
        if (arg instanceof Sym s && boldNames.contains(s.name())) {
            throw error("\\mathbf{" + s.name() + "} is a vector here: write a component, as in \\sigma(x)_i or "
                    + "\\sigma(x_i)", where);
        }
    }

    /** The vectors and matrices of a vector function's argument at {@code at} ({@link VectorEvidence}). */
    private ArgumentNames vectorsAround(ParserRuleContext at) {
        return VectorEvidence.around(document, at.getStart().getStartIndex(), boldNames);
    }

    /** Names read as bold vectors while vectors were allowed (call arguments). */
    private final Set<String> boldNames = new LinkedHashSet<>();

    <T> T withVectors(java.util.function.Supplier<T> read) {
        boolean saved = allowVectors;
        allowVectors = true;
        try {
            return read.get();
        } finally {
            allowVectors = saved;
        }
    }

    /**
     * {@code \phi_j(\mathbf{x}_n)} (PRML §3.1): a lower-case subscripted name that is neither defined nor a
     * known function, called on a bold vector, is component j of a feature map at that vector, written
     * φ_{nj} as {@link #featureMapArgument} writes the feature vector; a product with a vector would not be a
     * component at all. Gives the vector's subscripts (n), or empty for any other shape.
     */
    private Optional<List<String>> featureSample(NameAtom name, LatexParser.ExprContext argument) {
        Optional<LatexParser.PostfixContext> post = argument.term().size() == 1 && argument.term(0).getChildCount() == 1
                ? postfixOf(argument.term(0).getChild(0)) : Optional.empty();
        if (post.isEmpty() || !isBold(post.get().primary()) || name.power != null || !name.label.isEmpty()
                || name.indices.isEmpty() || !isFeatureMap(name)
                || !post.get().postOp().stream().allMatch(op -> op instanceof LatexParser.SubscriptOpContext)) {
            return Optional.empty();
        }
        return vectorSubscripts(withVectors(() -> expr(argument)));
    }

    /** {@code x^{(i)}}: a name with a superscript and no subscript, one example of a vector. */
    private static boolean isSampleOfVector(LatexParser.ExprContext e) {
        Optional<LatexParser.PostfixContext> post = e.term().size() == 1 && e.term(0).getChildCount() == 1
                ? postfixOf(e.term(0).getChild(0)) : Optional.empty();
        return post.isPresent() && !post.get().postOp().isEmpty()
                && post.get().postOp().stream().allMatch(op -> op instanceof LatexParser.SuperscriptOpContext);
    }

    /** Whether an argument is one plain variable: a name with indices or labels only. */
    boolean isPlainVariable(LatexParser.ExprContext e) {
        if (e.term().size() != 1 || e.term(0).getChildCount() != 1
                || !(e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p)
                || !(p.factor() instanceof LatexParser.PostfixFactorContext pf)) {
            return false;
        }
        LatexParser.PostfixContext post = pf.postfix();
        LatexParser.PrimaryContext primary = post.primary();
        boolean nameLike = primary instanceof LatexParser.LetterContext || primary instanceof LatexParser.GreekContext
                || primary instanceof LatexParser.WordContext || primary instanceof LatexParser.StyledContext
                || primary instanceof LatexParser.TextContext;
        if (!nameLike) {
            return false;
        }
        for (LatexParser.PostOpContext op : post.postOp()) {
            if (op instanceof LatexParser.SubscriptOpContext) {
                continue;
            }
            // k(\mathbf{x}, \mathbf{x}'): a primed name is a name (x', read where it is resolved)
            if (op instanceof LatexParser.PrimeOpContext || op instanceof LatexParser.SuperscriptOpContext prime
                    && prime.scriptArg() instanceof LatexParser.PrimeScriptContext) {
                continue;
            }
            if (op instanceof LatexParser.SuperscriptOpContext sup && (isLabelScript(sup.scriptArg())
                    || isBold(primary) && sup.scriptArg().getText().matches("\\{?[a-zA-SU-Z]\\}?"))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** A parameter on a definition's left side: a plain variable, or the power of one, \ell(\mu, \sigma^2). */
    boolean isParameter(LatexParser.ExprContext e) {
        if (isPlainVariable(e)) {
            return true;
        }
        if (e.term().size() != 1 || e.term(0).getChildCount() != 1
                || !(e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p)
                || !(p.factor() instanceof LatexParser.PostfixFactorContext pf)) {
            return false;
        }
        List<LatexParser.PostOpContext> ops = pf.postfix().postOp();
        return !ops.isEmpty() && ops.get(ops.size() - 1) instanceof LatexParser.SuperscriptOpContext sup
                && sup.scriptArg() instanceof LatexParser.DigitScriptContext
                && (pf.postfix().primary() instanceof LatexParser.LetterContext
                    || pf.postfix().primary() instanceof LatexParser.GreekContext)
                && ops.subList(0, ops.size() - 1).stream().allMatch(LatexParser.SubscriptOpContext.class::isInstance);
    }

    private boolean isLabelScript(LatexParser.ScriptArgContext arg) {
        if (arg instanceof LatexParser.LetterScriptContext l) {
            return context.labelLetters().contains(l.getText());
        }
        String t = arg.getText();
        return t.startsWith("{(") || t.matches("\\{[a-z]\\(.*");
    }

    // ---- names and their scripts ----

    /** Applies a subscript, superscript or prime written right after a name. */
    void absorbScript(NameAtom name, LatexParser.PostOpContext op, boolean callFollows) {
        switch (op) {
            case LatexParser.SubscriptOpContext sub -> {
                if (name.subscripted) {
                    throw error("a double subscript: write " + text(name.where) + "_{…} with one brace group", sub);
                }
                name.subscripted = true;
                if (sub.scriptArg() instanceof LatexParser.GreekScriptContext g && (callFollows
                        || context.function(name.base + name.suffix + LatexNames.greek(g.getText())).isPresent())) {
                    // h_\theta(x), f_\phi(z): a Greek subscript before a call names the parameters of
                    // the function (a hypothesis h_θ), not an index; the function is hθ, also where
                    // the document, having defined it, names it without its argument (dL_δ/dr)
                    name.suffix += LatexNames.greek(g.getText());
                    return;
                }
                int before = name.indices.size();
                subscript(name, sub.scriptArg());
                if (name.sampleIndices > 0) {
                    // x^{(i)}_j is x_j^{(i)}: TeX puts the scripts in place whatever their order, so the
                    // subscripts come before the sample index in either spelling
                    List<String> written = new ArrayList<>(name.indices.subList(before, name.indices.size()));
                    name.indices.subList(before, name.indices.size()).clear();
                    name.indices.addAll(before - name.sampleIndices, written);
                }
            }
            case LatexParser.SuperscriptOpContext sup -> {
                if (name.superscripted) {
                    throw error("a double superscript: write one brace group ^{…}", sup);
                }
                name.superscripted = true;
                superscript(name, sup.scriptArg(), callFollows);
            }
            case LatexParser.PrimeOpContext p -> name.primes += 1;
            case LatexParser.FactorialOpContext f -> throw error("a factorial (" + text(name.where) + "!) is a value, "
                    + "not a name: it cannot be differentiated by or subscripted", f);
            default -> throw new IllegalStateException("unexpected parse-tree node " + op.getClass());
        }
    }

    /**
     * The indices of an entry with each letter the document writes as a sum's limit ({@link LatexContext#sizeLetters})
     * read as the range size as a value: {@code w_n}, {@code x_T}, {@code w_{N-1}} beside {@code \\sum_{t=0}^{N-1}}.
     */
    private List<String> sizesAsValues(List<String> indices) {
        if (context.sizeLetters().isEmpty()) {
            return indices;
        }
        List<String> out = new ArrayList<>(indices.size());
        for (String i : indices) {
            String v = i;
            for (String letter : context.sizeLetters()) {
                v = Index.substitute(v, letter, Index.SIZE);
            }
            out.add(v);
        }
        return out;
    }

    /** {@code x_T} beside {@code \\sum_{t=1}^{T}}: the capital is the range size, an index here, not part of the name. */
    private boolean sizeSubscript(NameAtom name, String letter) {
        return Character.isUpperCase(letter.charAt(0)) && context.sizeLetters().contains(letter)
                && Character.isLowerCase(name.base.charAt(0)) && !context.nameSubscriptLetters().contains(letter);
    }

    private void subscript(NameAtom name, LatexParser.ScriptArgContext arg) {
        switch (arg) {
            case LatexParser.LetterScriptContext l -> {
                String c = l.getText();
                if (sizeSubscript(name, c)) {
                    name.indices.add(c);
                } else if (Character.isUpperCase(c.charAt(0)) || context.nameSubscriptLetters().contains(c)) {
                    name.foldLetter(c);
                } else {
                    name.indices.add(c);
                }
            }
            case LatexParser.DigitScriptContext d -> name.indices.add(d.getText());
            case LatexParser.GreekScriptContext g -> name.indices.add(LatexNames.greek(g.getText()));
            case LatexParser.TextScriptContext t -> name.suffix += label(LatexTokens.textWord(t.TEXT().getSymbol()), t);
            case LatexParser.StyledScriptContext s -> subscript(name, s.scriptArg());
            case LatexParser.BracedScriptContext b -> {
                bigOperators.noCondition(b);
                List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
                if (items.isEmpty()) {
                    throw error("an empty subscript", b);
                }
                for (LatexParser.ScriptItemContext item : items) {
                    if (!item.relation().isEmpty()) {
                        if (name.base.equals("delta") && name.spelling == NameAtom.Spelling.GREEK
                                && item.relation().size() == 1 && item.relation(0).EQ() != null) {
                            List<String> a = indexList(item.expr(0));
                            List<String> c = indexList(item.expr(1));
                            if (a.size() == 1 && c.size() == 1) {
                                note(text(b) + ": \\delta_{i=j} read as the Kronecker delta \\delta_{ij}", b);
                                name.indices.add(a.get(0));
                                name.indices.add(c.get(0));
                                continue;
                            }
                        }
                        throw error("a condition in a subscript (" + text(item) + ") is not understood here; "
                                + "state it after the formula, e.g. \\quad (i \\neq j)", item);
                    }
                    indexParts(name, item.expr(0));
                }
            }
            case LatexParser.MarkScriptContext m -> marked(name, "_", m);
            case LatexParser.PrimeScriptContext p -> throw error("a prime in a subscript is not understood", p);
            case LatexParser.TransposeScriptContext t -> throw error("\\top in a subscript is not understood", t);
            case LatexParser.CommandScriptContext c -> throw error(LatexNames.unknownCommand(c.getText()), c);
            default -> throw new IllegalStateException("unexpected parse-tree node " + arg.getClass());
        }
    }

    /**
     * The label a subscript that is a fraction of two whole numbers spells ({@code 3/2}, {@code \frac{5}{2}},
     * {@code \tfrac12}): {@code 3over2}; empty for any other subscript. No index is a fraction.
     */
    private static Optional<String> fractionLabel(LatexParser.ExprContext e) {
        if (e.term().size() != 1) {
            return Optional.empty();
        }
        List<ParseTree> c = e.term(0).children;
        if (c.size() == 3 && c.get(1) instanceof LatexParser.MulOpContext op && op.SLASH() != null
                && wholeNumber(c.get(0)).isPresent() && wholeNumber(c.get(2)).isPresent()) {
            return Optional.of(wholeNumber(c.get(0)).get() + "over" + wholeNumber(c.get(2)).get());
        }
        if (c.size() == 1 && c.get(0) instanceof LatexParser.PlainSignedContext p
                && p.factor() instanceof LatexParser.PostfixFactorContext pf && pf.postfix().postOp().isEmpty()
                && pf.postfix().primary() instanceof LatexParser.FractionContext f) {
            Optional<String> top = fracDigits(f.fracArg(0));
            Optional<String> bottom = fracDigits(f.fracArg(1));
            if (top.isPresent() && bottom.isPresent()) {
                return Optional.of(top.get() + "over" + bottom.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> wholeNumber(ParseTree t) {
        LatexParser.FactorContext f = t instanceof LatexParser.PlainSignedContext p ? p.factor()
                : t instanceof LatexParser.FactorContext fc ? fc : null;
        return f instanceof LatexParser.PostfixFactorContext pf && pf.postfix().postOp().isEmpty()
                && pf.postfix().primary() instanceof LatexParser.NumberContext n && n.getText().matches("[0-9]+")
                ? Optional.of(n.getText()) : Optional.empty();
    }

    private static Optional<String> fracDigits(LatexParser.FracArgContext a) {
        if (a instanceof LatexParser.DigitFracArgContext d) {
            return Optional.of(d.getText());
        }
        if (a instanceof LatexParser.BracedFracArgContext b && b.expr().term().size() == 1
                && b.expr().term(0).children.size() == 1) {
            return wholeNumber(b.expr().term(0).children.get(0));
        }
        return Optional.empty();
    }

    /** The pieces of one subscript item: letters are indices, digit runs one index, words the name's. */
    private void indexParts(NameAtom name, LatexParser.ExprContext e) {
        Optional<String> fraction = fractionLabel(e);
        if (fraction.isPresent()) {
            // k_{3/2}, k_{\frac{5}{2}}: the Matérn kernel of ν = 3/2 is a name, not an entry at an index 3/2
            note(name.base + "_{" + text(e) + "}: " + text(e) + " read as a label of " + name.base + ", not an index", e);
            name.suffix += fraction.get();
            return;
        }
        if (e.term().size() != 1) {
            name.indices.add(IndexArithmetic.read(e, this::error, Character.isLowerCase(name.base.charAt(0))
                    ? context.sizeLetters() : Set.of()));
            return;
        }
        for (ParseTree child : e.term(0).children) {
            if (!(child instanceof LatexParser.SignedContext) && !(child instanceof LatexParser.FactorContext)) {
                throw error("index arithmetic (" + text(e) + ") is not supported yet", e);
            }
            LatexParser.FactorContext f = child instanceof LatexParser.PlainSignedContext p ? p.factor()
                    : child instanceof LatexParser.FactorContext fc ? fc : null;
            if (f == null || !(f instanceof LatexParser.PostfixFactorContext pf)) {
                throw error("a subscript holds indices, such as ij or k,l, not " + text(e), e);
            }
            LatexParser.PostfixContext post = pf.postfix();
            LatexParser.PrimaryContext primary = post.primary();
            if (!post.postOp().isEmpty() && primary instanceof LatexParser.LetterContext letter
                    && Character.isLowerCase(letter.getText().charAt(0)) && post.postOp().stream().allMatch(this::marksAnIndex)) {
                // \sum_{j'=1}^{V} e^{u_{j'}}, u_{j^*}: a primed or starred letter is an index of its own
                StringBuilder index = new StringBuilder(letter.getText());
                post.postOp().forEach(op -> index.append(op instanceof LatexParser.PrimeOpContext ? "prime"
                        : markWord((LatexParser.MarkScriptContext) ((LatexParser.SuperscriptOpContext) op).scriptArg())));
                name.indices.add(index.toString());
                continue;
            }
            if (!post.postOp().isEmpty()) {
                // a nested subscripted name, f_{y_i}: a fixed label index
                if (post.postOp().size() == 1 && post.postOp(0) instanceof LatexParser.SubscriptOpContext
                        && primary instanceof LatexParser.LetterContext) {
                    String label = (primary.getText() + post.postOp(0).getText().replaceAll("[^A-Za-z0-9]", ""));
                    note(text(post) + " in a subscript read as one fixed index " + label, post);
                    name.indices.add(label);
                    continue;
                }
                throw error("a subscript holds indices, such as ij or k,l, not " + text(post), post);
            }
            switch (primary) {
                case LatexParser.LetterContext l -> {
                    String c = l.getText();
                    if (sizeSubscript(name, c)) {
                        name.indices.add(c);
                    } else if (Character.isUpperCase(c.charAt(0)) || context.nameSubscriptLetters().contains(c)) {
                        name.foldLetter(c);
                    } else {
                        name.indices.add(c);
                    }
                }
                case LatexParser.NumberContext n -> {
                    if (n.DOT() != null) {
                        throw error("an index is a whole number, not " + n.getText(), n);
                    }
                    name.indices.add(n.getText());
                }
                case LatexParser.GreekContext g -> name.indices.add(LatexNames.greek(g.getText()));
                case LatexParser.WordContext w -> name.suffix += word(w.getText(), w);
                case LatexParser.TextContext t -> name.suffix += label(LatexTokens.textWord(t.TEXT().getSymbol()), t);
                case LatexParser.StyledContext s -> {
                    List<String> inner = indexList(s.scriptArg());
                    // \hat{k} the document names as an arg max ({@link ArgExtrema}): that label, not k
                    String decorated = s.DECOR() != null && inner.size() == 1
                            ? inner.get(0) + s.DECOR().getText().replaceAll("^\\\\", "") : null;
                    if (decorated != null && context.argExtrema().containsValue(decorated)) {
                        name.indices.add(decorated);
                    } else {
                        name.indices.addAll(inner);
                    }
                }
                default -> throw error("a subscript holds indices, such as ij or k,l, not " + text(primary), primary);
            }
        }
    }

    /** {@code name} with the word of the mark {@code m} written after {@code script} ({@code _} or {@code ^}) added, and a note saying so. */
    private void marked(NameAtom name, String script, LatexParser.MarkScriptContext m) {
        name.suffix += markWord(m);
        note(text(name.where) + script + text(m) + ": " + text(m) + " read as part of the name " + name.base + name.suffix, m);
    }

    /** A prime ({@code j'}) or a star ({@code j^*}, {@code j^{\ast}}) on an index letter. */
    private boolean marksAnIndex(LatexParser.PostOpContext op) {
        return op instanceof LatexParser.PrimeOpContext || op instanceof LatexParser.SuperscriptOpContext sup
                && sup.scriptArg() instanceof LatexParser.MarkScriptContext m && m.STAR() != null;
    }

    /**
     * The word a mark script adds to a name: {@code plus} ({@code d_+}), {@code minus} ({@code r_-}), {@code star}
     * ({@code \theta^*}). Unbraced and followed by a digit ({@code x^-1}) it is not read: TeX sets only the sign above.
     */
    private String markWord(LatexParser.MarkScriptContext m) {
        if (m.LBRACE() == null && m.getStop().getStopIndex() + 1 < document.length()
                && Character.isDigit(document.charAt(m.getStop().getStopIndex() + 1))) {
            throw error("x^-1 sets only the sign in the script: write x^{-1} for a power, or x^{-} for a marked name", m);
        }
        return m.PLUS() != null ? "plus" : m.MINUS() != null ? "minus" : "star";
    }

    /** The indices a script names: {@code k}, {@code {ij}}, {@code {k,l}}, {@code \mathbf{j}}. */
    List<String> indexList(ParserRuleContext script) {
        NameAtom probe = new NameAtom(NameAtom.Spelling.LETTER, "x", script);
        if (script instanceof LatexParser.ScriptArgContext s) {
            subscript(probe, s);
        } else if (script instanceof LatexParser.ExprContext e) {
            indexParts(probe, e);
        }
        if (!probe.suffix.isEmpty()) {
            throw error("an index is a lower-case letter or a number, not " + probe.suffix, script);
        }
        return probe.indices;
    }

    String plainIndex(LatexParser.StyledScriptContext s) {
        List<String> idx = indexList(s);
        if (idx.size() != 1) {
            throw error("a sum binds one index", s);
        }
        return idx.get(0);
    }

    private void superscript(NameAtom name, LatexParser.ScriptArgContext arg, boolean callFollows) {
        if (transposeDropped && isTranspose(arg)) {
            // the row factor of an outer product, read entrywise: x^\top's j-th entry is x_j
            transposeDropped = false;
            return;
        }
        rejectTranspose(arg);
        if (arg instanceof LatexParser.PrimeScriptContext) {
            name.primes++;
            return;
        }
        if (arg instanceof LatexParser.MarkScriptContext m) {
            marked(name, "^", m); // x^+, \theta^*, \mathbf{x}^{-}: a marked name, as x_+ is
            return;
        }
        Optional<String> headLabel = singleLetter(arg).filter(l -> context.labelledHead(name.base, l));
        if (headLabel.isPresent() && !name.base.equals("e") && name.power == null) {
            // L_2^{\tau}(u) = …: the letter above the name of a defined function labels it, here and wherever the name is written
            name.label = headLabel.get();
            note(text(name.where) + "^" + text(arg) + ": " + headLabel.get() + " read as a label of the function the document "
                    + "defines, not a power", arg);
            return;
        }
        if (arg instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                && b.scriptBody().scriptItem(0).relation().isEmpty()) {
            LatexParser.ExprContext e = b.scriptBody().scriptItem(0).expr(0);
            // ^{\mathbf{s}} above a bold name is the bold letter s: the font is the name's, not the script's
            String t = text(e).replaceAll("\\s+", "")
                    .replaceAll("^\\\\(?:mathbf|boldsymbol|bm|mathrm|mathit)\\{([A-Za-z])\\}$", "$1");
            if (e.getStart() == e.getStop() && e.getStart().getType() == LatexLexer.TEXT) {
                // L_G^{\text{sat}}, \ell_i^{\mathrm{Pois}}: a word above a name labels it, as ^\text{sat} does
                String w = LatexTokens.textWord(e.getStart());
                if (w.equals("T")) {
                    throw transposeError(b);
                }
                name.label = label(w, b);
                return;
            }
            if (t.matches("(\\\\prime)+")) {
                name.primes += t.length() / "\\prime".length();
                return;
            }
            if (PARENTHESISED_LABEL.matcher(t).matches() && !(t.contains("\\") && name.base.equals("e"))) {
                sampleLabel(name, t, b);
                return;
            }
            // an iterate, \beta^{(t+1)}, V^{(k-1)}: a letter and a whole number in parentheses are the step index of
            // the update rule, as \beta_{t+1} writes it, never a power; f^{(n+1)}(x) is a derivative's order
            java.util.regex.Matcher iterate = ITERATE_LABEL.matcher(t);
            if (iterate.matches() && !name.base.equals("e") && !callFollows) {
                long offset = Long.parseLong(iterate.group(3));
                name.indices.add(Index.of(Map.of(iterate.group(1), 1L), iterate.group(2).equals("+") ? offset : -offset));
                name.sampleIndices++;
                note(text(name.where) + text(b) + ": (" + iterate.group(1) + iterate.group(2) + iterate.group(3)
                        + ") read as the step index of an iterate, not a power", b);
                return;
            }
            // Ng's ^{[l]}, ^{[2]}, ^{[l-1]}: square brackets always name a layer, never a power or an example
            java.util.regex.Matcher bracketed = java.util.regex.Pattern.compile("\\[([A-Za-z0-9]+)(?:([+-])1)?\\]").matcher(t);
            if (bracketed.matches() && bracketed.group(2) == null && summedIndex(name, bracketed.group(1), b)) {
                return;
            }
            if (bracketed.matches() && (bracketed.group(2) == null || bracketed.group(1).matches("[a-z]"))) {
                name.label = bracketed.group(1) + (bracketed.group(2) == null ? "" : bracketed.group(2).equals("+") ? "plus1" : "minus1");
                note(text(b) + " read as the layer label " + name.label, b);
                return;
            }
            java.util.regex.Matcher layer = java.util.regex.Pattern.compile("([a-z])([+-])1").matcher(t);
            if (layer.matches() && context.labelLetters().contains(layer.group(1))) {
                name.label = layer.group(1) + (layer.group(2).equals("+") ? "plus1" : "minus1");
                note(text(b) + " read as a layer label", b);
                return;
            }
            if (t.matches("[A-Z]{2,}") && !name.base.equals("e")) {
                // y_k^{LS}, \theta^{MLE}, w^{OLS}: capitals written together above a name are an acronym labelling it
                name.label = t;
                note(text(name.where) + text(b) + ": " + t + " read as a label, not a power", b);
                return;
            }
            if (t.length() == 1 && Character.isLetter(t.charAt(0)) && isLabelLetter(name, t)) {
                if (summedIndex(name, t, b)) {
                    return;
                }
                name.label = t;
                note(text(name.where) + text(b) + ": " + t + " read as a label, not a power", b);
                return;
            }
        }
        if (arg instanceof LatexParser.LetterScriptContext l && isLabelLetter(name, l.getText())) {
            if (summedIndex(name, l.getText(), l)) {
                return;
            }
            name.label = l.getText();
            note(text(name.where) + "^" + l.getText() + ": " + l.getText() + " read as a label, not a power", l);
            return;
        }
        if (arg instanceof LatexParser.StyledScriptContext s && s.scriptArg() instanceof LatexParser.LetterScriptContext l
                && isLabelLetter(name, l.getText())) {
            if (summedIndex(name, l.getText(), l)) {
                return;
            }
            name.label = l.getText();
            return;
        }
        if (arg instanceof LatexParser.TextScriptContext t) {
            String w = LatexTokens.textWord(t.TEXT().getSymbol());
            if (w.equals("T")) {
                throw transposeError(t);
            }
            name.label = label(w, t);
            return;
        }
        Expr power = scriptValue(arg);
        if (callFollows && Exprs.isNum(power, -1)) {
            if (builtInSigma(name) && name.primes == 0 && !context.sigmaIsQuantity()) {
                name.inverse = arg; // \sigma^{-1}(p): the sigmoid's inverse, read where the call is
                return;
            }
            throw error(text(name.where) + "^{-1}(…) reads as an inverse function, which is not supported", arg);
        }
        name.power = power;
        name.powerWhere = arg;
    }

    /** The one letter or Greek letter a script is, bare or in braces ({@code \\tau}, {@code {k}}), in symgrad's spelling. */
    private static Optional<String> singleLetter(LatexParser.ScriptArgContext arg) {
        if (arg instanceof LatexParser.LetterScriptContext l) {
            return Optional.of(l.getText());
        }
        if (arg instanceof LatexParser.GreekScriptContext g) {
            return Optional.of(LatexNames.greek(g.getText()));
        }
        if (arg instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                && b.scriptBody().scriptItem(0).relation().isEmpty()) {
            LatexParser.ExprContext e = b.scriptBody().scriptItem(0).expr(0);
            Token t = e.getStart();
            if (t == e.getStop() && (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK)) {
                return Optional.of(t.getType() == LatexLexer.GREEK ? LatexNames.greek(t.getText()) : t.getText());
            }
        }
        return Optional.empty();
    }

    /** The letters the document writes as an iterate above a name, {@code \\beta^{(t+1)}}: (t) is then the step t too. */
    private Set<String> iterateLetters() {
        if (iterateLetters == null) {
            iterateLetters = new java.util.HashSet<>();
            java.util.regex.Matcher m = ITERATE_IN_DOCUMENT.matcher(document);
            while (m.find()) {
                iterateLetters.add(m.group(1));
            }
        }
        return iterateLetters;
    }

    private Set<String> iterateLetters;

    private static final Pattern ITERATE_IN_DOCUMENT = Pattern.compile("\\^\\{\\s*\\(\\s*([a-z])\\s*[+-]\\s*[0-9]+\\s*\\)\\s*\\}");

    /** An iterate above a name, {@code (t+1)}, {@code (k-1)}: a letter plus or minus a whole number, in parentheses. */
    private static final Pattern ITERATE_LABEL = Pattern.compile("\\(([a-z])([+-])([0-9]+)\\)");

    /** {@code (i)}, {@code a(i)}, and a Greek letter in parentheses, Box and Cox's {@code y^{(\lambda)}}: a label, not a power. */
    private static final Pattern PARENTHESISED_LABEL = Pattern.compile("([A-Za-z]*)\\((\\\\?[A-Za-z0-9]+)\\)");

    /**
     * A label in parentheses above a name, {@code (i)} or {@code a(i)} (written {@code t}, scripts' spaces removed):
     * a letter in parentheses is a sample index where the equation uses it as an index, and above a bold
     * name that has no subscript, which without it would be a whole vector; anything else labels the name.
     * Whether it was read as a sample index.
     */
    private boolean sampleLabel(NameAtom name, String t, ParserRuleContext where) {
        java.util.regex.Matcher m = PARENTHESISED_LABEL.matcher(t);
        if (!m.matches()) {
            return false;
        }
        String label = m.group(1);
        String inner = m.group(2).replace("\\", "");
        boolean sample = indexLetters.contains(inner) || context.equationIndexLetters().contains(inner)
                || name.bold && name.indices.isEmpty() || iterateLetters().contains(inner) || context.summedLetters().contains(inner);
        if (inner.length() == 1 && Character.isLowerCase(inner.charAt(0)) && sample) {
            name.indices.add(inner);
            name.sampleIndices++;
            name.label = label;
            note(text(where) + ": (" + inner + ") read as the index " + inner, where);
            return true;
        }
        name.label = label + inner;
        return false;
    }

    /**
     * A letter above a name is a label when the document uses it as one (LATEX-INPUT M7), and above a
     * bold name always: a vector is not raised to a power ({@code \\mathbf{o}^a} is the layer a).
     */
    private boolean isLabelLetter(NameAtom name, String letter) {
        return !name.base.equals("e") && (context.labelLetters().contains(letter) || name.bold && !letter.equals("T")
                || context.derivativeSuperscript(text(name.where), letter));
    }

    /**
     * A label above a name that is a letter the document's sums run over ({@code \\ell^t} beside {@code \\sum_t},
     * {@code a^{[l]}} beside {@code \\sum_{l=1}^{L}}) is the entry of that index, as a sample label {@code x^{(i)}}
     * is: a fixed label would make every term of the Σ the same. Whether it was read so.
     */
    private boolean summedIndex(NameAtom name, String letter, ParserRuleContext where) {
        if (!letter.matches("[a-z]") || !context.summedLetters().contains(letter) || name.indices.contains(letter)) {
            return false;
        }
        name.indices.add(letter);
        name.sampleIndices++;
        note(text(name.where) + text(where) + ": " + letter + " read as the index " + letter + ", which a \\sum runs over",
                where);
        return true;
    }

    /** {@code \\mathbf{x}}, {@code \\boldsymbol{x}}, {@code \\bm{x}}: a vector's name, not a script font. */
    private static boolean isBold(LatexParser.PrimaryContext primary) {
        return primary instanceof LatexParser.StyledContext s && s.FONT() != null
                && !Set.of("\\mathcal", "\\mathscr", "\\mathfrak", "\\mathbb").contains(s.FONT().getText());
    }

    /**
     * A superscript that marks a transpose: {@code ^T}, {@code ^\top}, {@code ^{T}}, {@code ^{\mathsf{T}}}, a sample
     * label before it ({@code x^{(i)T}}), or a {@code \top} / {@code \intercal} of its own (not one on an operand inside it,
     * {@code e^{-y w^\top x}}). A T that is an operand of the
     * exponent ({@code e^{z_i/T}}, {@code e^{-E/(kT)}}, {@code a^{T-1}}) is a power: a temperature, a horizon.
     */
    private static final Pattern TRANSPOSE_SCRIPT = Pattern.compile("\\{(?:\\(.*\\))?" + TRANSPOSE_MARK + "\\}");

    /** A transpose written inside a script, on one of its operands: {@code ^\top}, {@code ^{\top}}, {@code ^\intercal}. */
    private static final Pattern INNER_TRANSPOSE = Pattern.compile("\\^(?:\\{\\\\(?:top|intercal)\\}|\\\\(?:top|intercal))");

    private void rejectTranspose(LatexParser.ScriptArgContext arg) {
        String t = arg.getText().replaceAll("\\s+", "");
        // a transpose inside the exponent belongs to its operand: e^{-y_i w^\top x_i} is e to an inner product
        String own = INNER_TRANSPOSE.matcher(t).replaceAll("");
        if (arg instanceof LatexParser.TransposeScriptContext || t.equals("T") || own.contains("\\top")
                || own.contains("\\intercal") || TRANSPOSE_SCRIPT.matcher(t).matches()) {
            throw transposeError(arg);
        }
    }

    private InputException transposeError(ParserRuleContext where) {
        return error("a transpose (" + text(where) + ") is matrix notation, which is not supported yet; write one "
                + "component, e.g. \\frac{\\partial L}{\\partial w_a} = \\sum_i X_{ia}(\\hat p_i - y_i)", where);
    }

    /** The value of a script used as a number or power: {@code ^2}, {@code ^{-x}}, {@code ^n}. */
    Expr scriptValue(LatexParser.ScriptArgContext arg) {
        return switch (arg) {
            case LatexParser.BracedScriptContext b -> {
                bigOperators.noCondition(b);
                List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
                if (items.size() != 1 || !items.get(0).relation().isEmpty()) {
                    throw error("a script here must be one expression, not " + text(b), b);
                }
                yield expr(items.get(0).expr(0));
            }
            case LatexParser.LetterScriptContext l -> l.getText().equals(Exprs.N.name()) && context.nIsAnIndex()
                    ? IndexValue.of(l.getText(), 0) : new Sym(l.getText());
            case LatexParser.DigitScriptContext d -> Exprs.literal(d.getText());
            case LatexParser.GreekScriptContext g -> new Sym(LatexNames.greek(g.getText()));
            case LatexParser.TextScriptContext t -> new Sym(word(LatexTokens.textWord(t.TEXT().getSymbol()), t));
            case LatexParser.StyledScriptContext s -> resolve(styledName(s.getStart(), s.scriptArg(), s));
            case LatexParser.PrimeScriptContext p -> throw error("a prime is not a value", p);
            case LatexParser.MarkScriptContext m -> throw error("a lone " + text(m) + " is not a value here", m);
            case LatexParser.TransposeScriptContext t -> throw transposeError(t);
            case LatexParser.CommandScriptContext c -> throw error(LatexNames.unknownCommand(c.getText()), c);
            default -> throw new IllegalStateException("unexpected parse-tree node " + arg.getClass());
        };
    }

    /** A word in a script: one name, or words joined by hyphens or spaces read as one label ({@link TextLabels}). */
    private String label(String w, ParserRuleContext where) {
        Optional<String> joined = TextLabels.joined(w);
        if (joined.isPresent()) {
            note("\\text{" + w.strip() + "} read as the label " + joined.get(), where);
            return joined.get();
        }
        return word(w, where);
    }

    private String word(String w, ParserRuleContext where) {
        String clean = w.strip();
        if (!clean.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw error("'" + w + "' is not a name symgrad can use: a name is letters and digits", where);
        }
        if (LatexTokens.PROSE_WORDS.contains(clean.toLowerCase(java.util.Locale.ROOT))) {
            throw error("prose inside a formula ('" + clean + "'); move it outside the math, or after \\quad", where);
        }
        return clean;
    }

    /** A name from a primary, or the value of a primary that is not a name. */
    Object primary(LatexParser.PrimaryContext ctx) {
        return switch (ctx) {
            case LatexParser.NumberContext n -> Exprs.literal(n.getText());
            case LatexParser.LetterContext l -> new NameAtom(NameAtom.Spelling.LETTER, l.getText(), l);
            case LatexParser.WordContext w -> {
                NameAtom a = new NameAtom(NameAtom.Spelling.WORD, word(w.getText(), w), w);
                note(w.getText() + " read as one name", w);
                yield a;
            }
            case LatexParser.GreekContext g -> new NameAtom(NameAtom.Spelling.GREEK, LatexNames.greek(g.getText()), g);
            case LatexParser.TextContext t -> {
                String w = LatexTokens.textWord(t.TEXT().getSymbol());
                if (w.equals("e")) {
                    yield new NameAtom(NameAtom.Spelling.LETTER, "e", t);
                }
                yield new NameAtom(NameAtom.Spelling.TEXT, word(w, t), t);
            }
            case LatexParser.IndicatorContext i -> indicator(i);
            case LatexParser.StyledContext s -> styledName(s.getStart(), s.scriptArg(), s);
            case LatexParser.LeibnizContext l -> derivatives.leibniz(l);
            case LatexParser.FractionContext f -> Exprs.div(fracArg(f.fracArg(0)), fracArg(f.fracArg(1)));
            case LatexParser.PartialOverFractionContext p -> derivatives.denominator(p.derivDenominator(), true, p)
                    .of(fracArg(p.fracArg()));
            case LatexParser.SlashDerivativeContext s -> slash(s);
            case LatexParser.PartialOperatorContext p -> new Operator(By.variable(derivatives.operatorVariable(p.scriptArg(), p)),
                    false, null, LatexSpans.of(document, p));
            case LatexParser.NablaContext n -> {
                if (n.scriptArg() == null) {
                    throw error("\\nabla of a vector is matrix notation, which is not supported yet; write one "
                            + "component, \\frac{\\partial f}{\\partial w_a}", n);
                }
                yield new Operator(By.variable(derivatives.operatorVariable(n.scriptArg(), n)), false, null, LatexSpans.of(document, n));
            }
            case LatexParser.SqrtContext s -> {
                Expr radicand = fracArg(s.fracArg());
                if (s.expr() == null) {
                    yield Exprs.fn("sqrt", radicand);
                }
                yield Exprs.pow(radicand, Exprs.pow(expr(s.expr()), -1));
            }
            case LatexParser.ParensContext p -> expr(p.expr());
            case LatexParser.RangeConditionContext r -> rangeCondition(r);
            case LatexParser.BracketsContext b -> expr(b.expr());
            case LatexParser.BraceLiteralContext b -> expr(b.expr());
            case LatexParser.BracesContext b -> expr(b.expr());
            case LatexParser.AbsoluteContext a -> Exprs.fn("abs", expr(a.expr()));
            case LatexParser.AngleContext a -> throw error("\\langle … \\rangle is not supported; write the sum "
                    + "\\sum_i a_i b_i", a);
            case LatexParser.NormContext n -> throw error("a norm (" + text(n) + ") is matrix notation, which is "
                    + "not supported yet; write it as a sum, e.g. \\sum_i x_i^2", n);
            case LatexParser.DotsContext d -> throw error("\\dots inside a formula cannot be checked; write a \\sum", d);
            case LatexParser.EnvContext e -> environment(e.environment());
            case LatexParser.PrimeCommandContext p -> throw error("\\prime belongs in a superscript, as in f^{\\prime}", p);
            case LatexParser.InfinityContext i -> throw error("\\infty is not a number symgrad can check with; "
                    + "limits are not supported", i);
            case LatexParser.IntegralContext i -> throw error("integrals are not supported", i);
            case LatexParser.LeftDelimitedContext l -> {
                if (l.expr().evalBar() == null) {
                    throw error("\\left. opens an evaluation bar, closed by \\right|_{x=a}", l);
                }
                yield expr(l.expr());
            }
            case LatexParser.EmptyDelimiterContext e -> throw error("an evaluation bar (" + e.getText() + ") is not "
                    + "supported; substitute the value", e);
            case LatexParser.FloorContext f -> throw error("floor and ceiling are not supported", f);
            case LatexParser.EscapedContext e -> throw error("'" + e.getText() + "' is text, not mathematics; an "
                    + "underscore in a name is written \\text{…} outside the formula", e);
            case LatexParser.CommandContext c -> throw error(LatexNames.unknownCommand(c.getText()), c);
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
    }

    /** Whether {@code e} is a label the document names as an arg max or arg min ({@code k^*}; {@link ArgExtrema}). */
    private boolean isArgLabel(Expr e) {
        return e instanceof Sym s && context.argExtrema().containsValue(s.name());
    }

    /**
     * An indicator ({@code \mathbb{1}[x > 0]}, {@code \mathbb{1}\{x > 0\}}, {@code \mathbf{1}_{x>0}},
     * {@code \mathbb{I}(a \geq b)}, {@code \mathbb{1}(i = j)}; SPEC §9): a sign condition is the
     * step function of the difference of its sides ({@code heaviside(a − b)}, the value at the single
     * point a = b aside), an index relation is a Kronecker δ ({@code i = j}) or its complement.
     * Without a condition, {@code \mathbf{1}} is the ones vector of matrix notation.
     */
    private Expr indicator(LatexParser.IndicatorContext ind) {
        if (ind.indicatorCondition() == null) {
            String whole = ind.INDICATOR().getText().replaceAll("\\s+", "");
            throw whole.startsWith("\\mathbb") || whole.startsWith("\\mathds")
                    ? error("an indicator (" + whole + ") needs its condition: " + whole + "[x > 0]", ind)
                    : error("a bold 1 (" + whole + ") is matrix notation, which is not supported yet; "
                            + "write the sum over components", ind);
        }
        Expr value = indicatorOf(ind.indicatorCondition().scriptItem(), ind);
        if (ind.indicatorCondition().UNDERSCORE() != null) {
            subscriptIndicator = value;
        }
        return value;
    }

    /**
     * The last indicator written with its condition as a subscript ({@code 1_{x>0}}, {@code \mathbf{1}_{x>0}}): the
     * function of set notation, which a call of the very name its condition is about applies at that point
     * ({@code 1_{x>0}(x)}) rather than multiplies. A bracket ({@code \mathbb{1}[x>0](y - t)}) multiplies.
     */
    private Expr subscriptIndicator;

    private static boolean isPointOf(Expr indicator, Expr argument) {
        return argument instanceof Variable v && Exprs.any(indicator, e -> e.equals(v));
    }

    /**
     * The indicator of the condition {@code item} ({@link #indicator}); a chain of order relations ({@code 0 < x < 1},
     * {@code a \le x < b}) holds where each link does, the product of the links' step functions.
     */
    private Expr indicatorOf(LatexParser.ScriptItemContext item, ParserRuleContext ind) {
        if (item.relation().size() > 1) {
            List<Expr> links = new ArrayList<>();
            for (int r = 0; r < item.relation().size(); r++) {
                int relation = item.relation(r).getStart().getType();
                if (!isOrder(relation)) {
                    throw error("an indicator of a chain of relations needs <, \\le, > or \\ge between each pair, as in "
                            + "0 < x < 1", ind);
                }
                links.add(step(expr(item.expr(r)), expr(item.expr(r + 1)), relation));
            }
            return Exprs.mul(links);
        }
        if (item.relation().size() != 1) {
            throw error("an indicator needs a condition with a relation, such as x > 0, 0 < x < 1 or i = j", ind);
        }
        Expr a = expr(item.expr(0));
        Expr b = expr(item.expr(1));
        int relation = item.relation(0).getStart().getType();
        if (relation == LatexLexer.EQ || relation == LatexLexer.NEQ) {
            Optional<Expr> oneHot = LabelIndicators.of(a, b).or(() -> LabelIndicators.of(b, a));
            if (oneHot.isPresent()) {
                Indexed entry = (Indexed) oneHot.get();
                note(text(ind) + " read as " + entry.name() + "_{" + String.join("", entry.indices())
                        + "}, the entry of the labels' one-hot matrix (assumed one-hot along its last index)", ind);
                return relation == LatexLexer.EQ ? entry : Exprs.sub(Exprs.ONE, entry);
            }
            if (!(Condition.isIndexName(a) || isArgLabel(a)) || !(Condition.isIndexName(b) || isArgLabel(b))) {
                throw error("an indicator of an equality between values is not supported; an index relation "
                        + "(i = j) is a Kronecker delta", ind);
            }
            Expr delta = new Delta(((Sym) a).name(), ((Sym) b).name());
            return relation == LatexLexer.EQ ? delta : Exprs.sub(Exprs.ONE, delta);
        }
        if (!isOrder(relation)) {
            throw error("an indicator of set membership is not supported", ind);
        }
        return step(a, b, relation);
    }

    private static boolean isOrder(int relation) {
        return relation == LatexLexer.LT || relation == LatexLexer.LEQ || relation == LatexLexer.GT || relation == LatexLexer.GEQ;
    }

    /** {@code a > b} (or ≥) as heaviside(a − b), {@code a < b} (or ≤) as heaviside(b − a): the value at a = b aside. */
    private static Expr step(Expr a, Expr b, int relation) {
        return relation == LatexLexer.GT || relation == LatexLexer.GEQ
                ? Exprs.fn("heaviside", Exprs.sub(a, b)) : Exprs.fn("heaviside", Exprs.sub(b, a));
    }

    private Expr slash(LatexParser.SlashDerivativeContext s) {
        Expr operand = value(factor(s.factor()), s.factor());
        return new Derivative(operand, derivatives.variableOf(s.postfix(), s));
    }

    /** {@code \hat{y}}, {@code \mathbf{x}}, {@code \hat{\mathbf{y}}_i}, {@code \mathcal{L}}, {@code \mathbb{1}}. */
    NameAtom styledName(Token style, LatexParser.ScriptArgContext arg, ParserRuleContext whole) {
        String command = style.getText();
        NameAtom inner = switch (arg) {
            case LatexParser.LetterScriptContext l -> new NameAtom(NameAtom.Spelling.LETTER, l.getText(), whole);
            case LatexParser.GreekScriptContext g -> new NameAtom(NameAtom.Spelling.GREEK, LatexNames.greek(g.getText()),
                    whole);
            case LatexParser.TextScriptContext t -> new NameAtom(NameAtom.Spelling.TEXT,
                    word(LatexTokens.textWord(t.TEXT().getSymbol()), t), whole);
            case LatexParser.StyledScriptContext s -> styledName(s.getStart(), s.scriptArg(), whole);
            case LatexParser.DigitScriptContext d -> throw styledNumber(command, d.getText(), whole);
            case LatexParser.BracedScriptContext b -> bracedName(command, b, whole);
            default -> throw error(command + " of " + text(arg) + " is not understood", whole);
        };
        if (command.equals("\\mathbb")) {
            throw switch (inner.base) {
                case "R", "N", "Z", "C", "Q" -> error("a set (" + text(whole) + ") belongs in a condition, not in a formula",
                        whole);
                case "E" -> error("expectations (\\mathbb{E}) are not supported; write the sum", whole);
                default -> error(text(whole) + " is not understood", whole);
            };
        }
        String suffix = LatexNames.DECORATIONS.get(command);
        if (LatexNames.SCRIPT_FONTS.containsKey(command) && inner.spelling == NameAtom.Spelling.LETTER
                && context.scriptLettersApart().contains(inner.base)) {
            suffix = LatexNames.SCRIPT_FONTS.get(command); // \mathcal{L} beside a plain L: another name, Lcal
        }
        NameAtom out = new NameAtom(inner.spelling, inner.base, whole);
        out.bold = inner.bold;
        out.decorated = inner.decorated || suffix != null && !suffix.isEmpty();
        if (suffix != null) {
            out.base = inner.base + suffix;
            out.bold = out.bold || suffix.isEmpty();
        } else if (!command.equals("\\mathcal") && !command.equals("\\mathscr") && !command.equals("\\mathfrak")) {
            out.bold = true;
        }
        out.indices.addAll(inner.indices);
        out.sampleIndices = inner.sampleIndices;
        out.suffix = inner.suffix;
        out.label = inner.label;
        out.power = inner.power;
        out.powerWhere = inner.powerWhere;
        out.primes = inner.primes;
        out.subscripted = inner.subscripted;
        out.superscripted = inner.superscripted;
        return out;
    }

    private InputException styledNumber(String command, String digits, ParserRuleContext whole) {
        return error("a bold " + digits + " (" + text(whole) + ") is matrix notation, which is not supported yet; "
                + "write the sum over components", whole);
    }

    /** The name inside {@code \hat{y_i}} or {@code \mathbf{o_k^a}}, with its scripts. */
    NameAtom bracedName(String command, LatexParser.BracedScriptContext b, ParserRuleContext whole) {
        bigOperators.noCondition(b);
        List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
        if (items.size() == 1 && items.get(0).relation().isEmpty()) {
            LatexParser.ExprContext e = items.get(0).expr(0);
            if (e.term().size() == 1 && e.term(0).getChildCount() == 1
                    && e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p
                    && p.factor() instanceof LatexParser.PostfixFactorContext pf) {
                LatexParser.PostfixContext post = pf.postfix();
                Object base = primary(post.primary());
                if (base instanceof NameAtom name) {
                    for (LatexParser.PostOpContext op : post.postOp()) {
                        if (op instanceof LatexParser.CallOpContext) {
                            throw error(command + " of a call (" + text(b) + ") is not understood", whole);
                        }
                        absorbScript(name, op, false);
                    }
                    return name;
                }
                if (base instanceof Num n) {
                    throw styledNumber(command, n.toString(), whole);
                }
            }
        }
        throw error(command + "{" + text(b) + "} is not a name: decorations and bold apply to a name, as in "
                + "\\hat{y}_i", whole);
    }

    /**
     * The shorthand {@code \\sigma' = \\sigma(1 - \\sigma)}: a known function of one argument with primes and no
     * argument states its derivative at any argument, σ′(u) = σ(u)(1 − σ(u)). Read as the derivative of f(u) in a
     * variable u the document does not define, so that the bare f on the other sides is f(u) too
     * ({@code FunctionInScope}), as {@code \\frac{d\\sigma}{du} = \\sigma(1 - \\sigma)} is. Not for σ written as a
     * quantity (σ², a scale), nor a name the document defines.
     */
    private Optional<Expr> bareDerivativeOfKnown(NameAtom name) {
        Optional<org.symgrad.functions.KnownFunction> known = FunctionRegistry.lookup(name.base);
        if (known.isEmpty() || known.get().arity() != 1 || !name.indices.isEmpty() || !name.suffix.isEmpty()
                || !name.label.isEmpty() || name.bold || context.defines(name.base) || context.function(name.base).isPresent()
                || name.base.equals(FunctionRegistry.SIGMA) && context.sigmaIsQuantity()) {
            return Optional.empty();
        }
        Optional<String> free = java.util.stream.Stream.of("u", "v", "s", "t", "r").filter(c -> !context.defines(c)
                && !document.matches("(?s).*(?<![\\\\A-Za-z])" + c + "(?![A-Za-z]).*")).findFirst();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Sym u = Exprs.sym(free.get());
        Expr d = Exprs.fn(known.get().name(), u);
        for (int k = 0; k < name.primes; k++) {
            d = new Derivative(d, u);
        }
        note(text(name.where) + "'".repeat(name.primes) + " read as the derivative of " + known.get().name() + "(" + u + ") in " + u
                + ": the shorthand states it at any argument", name.where);
        return Optional.of(pow(d, name.power));
    }

    /** Whether the primes on {@code name} are part of a name ({@code h'_i}): no such function exists. */
    boolean primeNamesQuantity(NameAtom name) {
        return name.primes > 0 && !FunctionRegistry.isKnown(name.base) && !LatexNames.FUNCTIONS.containsKey(name.base)
                && context.function(name.base + name.suffix).isEmpty();
    }

    /** The symbol, indexed symbol, exponential or δ a name with its scripts stands for. */
    Expr resolve(NameAtom name) {
        if (name.primes > 0) {
            Optional<DocumentFunction> f = context.function(name.base + name.suffix);
            if (f.isPresent() && f.get().parameters().size() == 1 && f.get().component().isEmpty()
                    && name.indices.isEmpty()) {
                note(text(name.where) + " read as the derivative of " + f.get().name() + " in "
                        + f.get().parameters().get(0), name.where);
                Expr p = f.get().parameters().get(0);
                if (p instanceof Variable v) {
                    return pow(Differentiator.diff(f.get().body(), v, name.primes), name.power);
                }
            }
            if (primeNamesQuantity(name)) {
                // h'_i, x', W'_{jk}: no function h exists, so the prime names a new quantity, as in
                // "h' is the activation after dropout" (the decoration is part of the name, as \hat)
                String function = name.base + name.suffix;
                name.base = name.base + "prime".repeat(name.primes);
                name.primes = 0;
                note(text(name.where) + " read as the name " + name.name() + ": no function " + function
                        + " is defined, so the prime is part of the name", name.where);
                return resolve(name);
            }
            Optional<Expr> shorthand = bareDerivativeOfKnown(name);
            if (shorthand.isPresent()) {
                return shorthand.get();
            }
            throw error(text(name.where) + ": a prime on a name differentiates a function of one variable; "
                    + "write " + name.base + "'(x), or define " + name.base + "(x) first", name.where);
        }
        boolean isE = name.base.equals("e") && name.spelling == NameAtom.Spelling.LETTER && !name.bold
                && name.indices.isEmpty() && name.suffix.isEmpty() && name.label.isEmpty() && !context.defines("e");
        if (isE && name.power != null) {
            return Exprs.exp(name.power);
        }
        if (isE) {
            note("e read as Euler's number", name.where);
            return Exprs.exp(Exprs.ONE);
        }
        if (name.spelling == NameAtom.Spelling.GREEK && name.base.equals("delta") && name.indices.size() == 2
                && name.suffix.isEmpty() && name.label.isEmpty() && !context.defines("delta")) {
            return pow(new Delta(name.indices.get(0), name.indices.get(1)), name.power);
        }
        String full = name.name();
        if (!(name.base + name.suffix).matches("[A-Za-z][A-Za-z0-9]*")) {
            throw error("'" + text(name.where) + "' is not a name symgrad can use", name.where);
        }
        if (!name.label.isEmpty() && !name.label.matches("[A-Za-z0-9]+")) {
            throw error("the label of " + text(name.where) + " is not understood", name.where);
        }
        if (takeMatrixEntry(name)) {
            // λW beside an outer product: the matrix's (i, j) entry
            full = name.name();
        } else if (outerComponent != null) {
            // a vector in a factor of an outer product: its entry, after its own subscripts (x_n is the
            // n-th example's vector, x_{nj} its entry j, as an inner product reads it)
            if (Character.isUpperCase(name.base.charAt(0))) {
                throw error(text(name.where) + " is a matrix in an outer product, which is matrix notation, not "
                        + "supported yet: write one entry, as in \\frac{\\partial L}{\\partial W_{ij}}", name.where);
            }
            name.indices.add(outerComponent);
            full = name.name();
        }
        if (name.spelling == NameAtom.Spelling.GREEK && full.equals("pi") && name.indices.isEmpty() && context.piIsAVariable()) {
            full = PiUse.VARIABLE; // ℓ_0(π, λ), ∂ℓ_0/∂π: the document's π is a probability, not 3.14159…
        }
        Variable v = name.indices.isEmpty() ? new Sym(full) : new Indexed(full, sizesAsValues(name.indices));
        if (v.equals(Exprs.N) && context.nIsAnIndex()) {
            return pow(IndexValue.of(full, 0), name.power); // the index n as a number, not the range size n
        }
        String written = name.writtenSubscript();
        if (!written.isEmpty()) {
            context.folded(full, name.base, written);
        }
        if (name.bold && name.indices.isEmpty()) {
            if (!allowVectors) {
                throw error(text(name.where) + " is a vector here; matrix and vector algebra is not supported "
                        + "yet: write a component, as in " + name.base + "_i", name.where);
            }
            boldNames.add(full);
        }
        return pow(v, name.power);
    }

    private Expr fracArg(LatexParser.FracArgContext arg) {
        return switch (arg) {
            case LatexParser.BracedFracArgContext b -> expr(b.expr());
            case LatexParser.DigitFracArgContext d -> Exprs.literal(d.getText());
            case LatexParser.LetterFracArgContext l -> resolve(new NameAtom(NameAtom.Spelling.LETTER, l.getText(), l));
            case LatexParser.GreekFracArgContext g -> new Sym(LatexNames.greek(g.getText()));
            default -> throw new IllegalStateException("unexpected parse-tree node " + arg.getClass());
        };
    }

    // ---- environments: cases ----

    private Expr environment(LatexParser.EnvironmentContext env) {
        String begin = env.getStart().getText();
        String name = begin.substring(begin.indexOf('{') + 1, begin.length() - 1).replace("*", "");
        if (!name.equals("cases") && !name.equals("dcases") && !name.equals("rcases")) {
            if (name.endsWith("matrix") || name.equals("array")) {
                throw error("matrix notation (\\begin{" + name + "}) is not supported yet; write one component, "
                        + "e.g. \\frac{\\partial y_i}{\\partial x_j} = y_i(\\delta_{ij} - y_j)", env);
            }
            throw error("the environment " + name + " is not understood inside a formula", env);
        }
        return Cases.read(env, this, document);
    }

    /** A child builder's view for {@link Cases}: reads a token list as a side or a condition. */
    Expr readTokens(List<Token> tokens) {
        return LatexReader.build(tokens, document, this);
    }

    LatexContext context() {
        return context;
    }

    Set<String> indexLetters() {
        return indexLetters;
    }

    List<ReadingNote> notes() {
        return notes;
    }

    Set<Expr> rangeSizes() {
        return rangeSizes;
    }

    /** The definable shape of a side (K2), if it has one ({@link Targets}). */
    Optional<Target> target(LatexParser.ExprContext e) {
        return targets.target(e);
    }

    /** {@code side} with its pair sums read as sums over pairs ({@link BigOperators#pairSums}). */
    Expr pairSums(Expr side) {
        return bigOperators.pairSums(side);
    }

    /** {@code [lo \\le a \\le hi]}: the range condition of an index a, as the ASCII reader reads it ({@link RangeIndicator}). */
    private Expr rangeCondition(LatexParser.RangeConditionContext r) {
        Expr at = expr(r.at);
        Optional<String> index = org.symgrad.parse.AffineIndices.of(at);
        if (index.isEmpty()) {
            throw error("the middle of a range condition [lo \\le a \\le hi] must be an index such as i, 1 or t-m", r.at);
        }
        Expr low = expr(r.low);
        Expr high = expr(r.high);
        if (!Indices.free(low).isEmpty() || !Indices.free(high).isEmpty()) {
            throw error("the bounds of a range condition cannot have indices", r);
        }
        return new RangeIndicator(index.get(), low, high).asSum();
    }
}
