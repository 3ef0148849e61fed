package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Num;
import org.symgrad.expr.Restricted;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.BigOperators.BigOperator;
import org.symgrad.parse.latex.gen.LatexParser;
import org.symgrad.parse.latex.Calls.Call;

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
    final Set<String> indexLetters;
    final List<ReadingNote> notes;
    final Set<Expr> rangeSizes;
    /** The indices of the sums and products being read around the current term, innermost last. */
    final java.util.List<String> summing = new java.util.ArrayList<>();
    boolean allowVectors;
    /** The entry index a vector name without one takes inside a factor of an outer product ({@link OuterProducts}). */
    String outerComponent;
    /** Whether a transpose is dropped: the row factor of an outer product, read entrywise. */
    boolean transposeDropped;
    /** A component a vector function without one may take (M5), until one does. */
    private String offeredComponent;
    private boolean componentTaken;
    // the readers of the grammar's constructs, one concept each; they read their parts back through this builder
    final BigOperators bigOperators = new BigOperators(this);
    private final DerivativeNotation derivatives = new DerivativeNotation(this);
    private final Targets targets = new Targets(this);
    private final SumBodies sumBodies = new SumBodies(this);
    private final EvaluationBarReader evaluationBars = new EvaluationBarReader(this);
    final OuterProductTerms outerProducts = new OuterProductTerms(this);
    final InnerProducts innerProducts = new InnerProducts(this);
    private final Norms norms = new Norms(this);
    final Magnitudes magnitudes = new Magnitudes(this);
    private final AngleProducts angleProducts = new AngleProducts(this);
    final TransposeMarks transposes = new TransposeMarks(this);
    final FunctionFactors functions = new FunctionFactors(this);
    final Calls calls = new Calls(this);
    final NameScripts scripts = new NameScripts(this);
    private final Indicators indicators = new Indicators(this);
    final StyledNames styledNames = new StyledNames(this);
    final NameResolution names = new NameResolution(this);

    LatexBuilder(String document, LatexContext context, Set<String> indexLetters, List<ReadingNote> notes,
                 Set<Expr> rangeSizes) {
        this.document = document;
        this.context = context;
        this.indexLetters = indexLetters;
        this.notes = notes;
        this.rangeSizes = rangeSizes;
    }

    /** What an item of a product is: a value, or a derivative operator awaiting its operand. */
    sealed interface Piece {
    }

    record Value(Expr expr) implements Piece {
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

    /** Whether a component is offered and not yet taken. */
    boolean componentOffered() {
        return offeredComponent != null && !componentTaken;
    }

    /** The offered component, once. */
    Optional<String> takeComponent() {
        if (offeredComponent == null || componentTaken) {
            return Optional.empty();
        }
        componentTaken = true;
        return Optional.of(offeredComponent);
    }

    // ---- errors and notes ----

    /**
     * Refuses a sum over a vector's components read as running to n ({@code \\|w\\|^2}, {@code w^\\top x}) where the document's
     * sums run to sizes of their own ({@link OwnSizes}): which of them the components run to is not written.
     */
    void componentsRunToN(ParserRuleContext where) {
        if (!context.sizesApart().isEmpty()) {
            context.sizeNotDeclaredHere();
            throw error(text(where) + " sums over components whose number is not written, where the document's sums run to sizes "
                    + "of their own: write the sum with its limit, or declare the vector's size (\\mathbf{w} \\in \\mathbb{R}^{d})", where);
        }
    }

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
        Expr whole = Exprs.add(sumBodies.sumsOverTheirTerms(out, terms));
        return ctx.evalBar() == null ? whole : evaluationBars.evaluated(whole, ctx.evalBar(), ctx);
    }

    /** The text of {@code whole} as written, without its {@code \left} / {@code \right}. */
    String shown(ParserRuleContext whole) {
        return text(whole).replace("\\right", "").replace("\\left", "").strip();
    }

    private record Item(ParseTree operator, Piece piece, ParserRuleContext where) {
    }

    Expr term(LatexParser.TermContext ctx) {
        List<Item> items = new ArrayList<>();
        ParseTree pendingOp = null;
        List<ParseTree> children = ctx.children;
        int outer = outerProducts.outerProductAt(children);
        for (int c = 0; c < children.size(); c++) {
            ParseTree child = children.get(c);
            if (c == children.size() - 1 && outer < 0 && (child instanceof LatexParser.FactorContext
                    || child instanceof LatexParser.PlainSignedContext)) {
                Optional<Expr> called = outerProducts.calledOuterProduct((ParserRuleContext) child);
                if (called.isPresent()) {
                    items.add(new Item(child instanceof LatexParser.SignedContext ? pendingOp : null,
                            new Value(called.get()), (ParserRuleContext) child));
                    pendingOp = null;
                    continue;
                }
            }
            if (c == outer) {
                items.add(new Item(child instanceof LatexParser.SignedContext ? pendingOp : null,
                        new Value(outerProducts.outerProduct(children.get(c), (LatexParser.FactorContext) children.get(c + 1))),
                        (ParserRuleContext) child));
                pendingOp = null;
                c++;
                continue;
            }
            int run = ArgumentRuns.after(document, children, c);
            if (run > 0) {
                argumentRun = children.subList(c + 1, c + 1 + run).stream().map(LatexParser.FactorContext.class::cast).toList();
            }
            Optional<Expr> inner = run == 0 && c + 1 < children.size() ? innerProducts.innerProduct(children, c) : Optional.empty();
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

    static Optional<LatexParser.PostfixContext> postfixOf(ParseTree t) {
        if (t instanceof LatexParser.PlainSignedContext p && p.factor() instanceof LatexParser.PostfixFactorContext pf) {
            return Optional.of(pf.postfix());
        }
        if (t instanceof LatexParser.PostfixFactorContext pf) {
            return Optional.of(pf.postfix());
        }
        return Optional.empty();
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

    Piece signed(LatexParser.SignedContext ctx) {
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

    Piece factor(LatexParser.FactorContext ctx) {
        return switch (ctx) {
            case LatexParser.SumFactorContext s -> new Value(bigOperators.bigOperator(BigOperator.SUM, s.bigScripts(), s.term(), s));
            case LatexParser.ProductFactorContext p -> new Value(bigOperators.bigOperator(BigOperator.PRODUCT, p.bigScripts(), p.term(), p));
            case LatexParser.FunctionFactorContext f -> new Value(functions.function(f));
            case LatexParser.PostfixFactorContext p -> postfix(p.postfix());
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
    }

    /** A value, where an operator without operand is not allowed. */
    Expr value(Piece piece, ParserRuleContext where) {
        return switch (piece) {
            case Value v -> v.expr();
            case Operator op -> throw new InputException(text(where) + " has nothing to differentiate here",
                    op.span());
        };
    }

    // ---- postfix: a primary and its scripts, primes and calls ----

    /**
     * Set while a function written without parentheses reads its argument ({@code \sin t}): a name
     * there followed by parentheses that multiply ({@code \sin t (\cos t - 1)}) is the whole
     * argument, and the parentheses multiply the function's value, as {@code \log x y} is log(x)·y.
     */
    boolean functionArgument;
    /**
     * The juxtaposed atoms after a function's one-factor argument that {@link ArgumentRuns} makes part of
     * it ({@code \cos m\theta}), set by {@link #term} for the function's factor; null otherwise.
     */
    List<LatexParser.FactorContext> argumentRun;
    /** The post-operations, from the multiplying parentheses on, that such an argument left over. */
    List<LatexParser.PostOpContext> multipliesArgument;

    /** The component index of a gradient in brackets ({@link GradientComponents}) while its operator is read; null once taken. */
    String[] pendingGradientComponent;

    private Piece postfix(LatexParser.PostfixContext ctx) {
        boolean asArgument = functionArgument;
        functionArgument = false;
        List<LatexParser.PostOpContext> ops = ctx.postOp();
        if (ctx.primary() instanceof LatexParser.NormContext norm) {
            return new Value(norms.norm(ctx, norm, ops));
        }
        Optional<Expr> productEntry = ProductEntries.of(this, ctx);
        if (productEntry.isPresent()) {
            // (XW)_{ik}: the entry of a product of named matrices
            return new Value(applyPostOps(productEntry.get(), ops, 1, new ArrayList<>()));
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
                scripts.absorbScript(name, ops.get(i), i + 1 < ops.size() && ops.get(i + 1) instanceof LatexParser.CallOpContext);
                i++;
            }
            if (i < ops.size() && ops.get(i) instanceof LatexParser.CallOpContext) {
                LatexParser.CallArgsContext call = ((LatexParser.CallOpContext) ops.get(i)).callArgs();
                int noted = notes.size();
                Call c = calls.call(name, call, ops, i + 1, ctx);
                if (asArgument && !c.earlier().isEmpty()) {
                    notes.subList(noted, notes.size()).clear();
                    multipliesArgument = ops.subList(i, ops.size());
                    return new Value(names.resolve(name));
                }
                earlier.addAll(c.earlier());
                current = c.value();
                i = c.next();
            } else {
                current = names.resolve(name);
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
    Expr applyPostOps(Expr current, List<LatexParser.PostOpContext> ops, int from, List<Expr> earlier) {
        for (int i = from; i < ops.size(); i++) {
            LatexParser.PostOpContext op = ops.get(i);
            switch (op) {
                case LatexParser.SuperscriptOpContext sup -> {
                    if (sup.scriptArg() instanceof LatexParser.PrimeScriptContext) {
                        current = prime(current, 1, sup);
                    } else if (transposeDropped && i == ops.size() - 1 && TransposeMarks.isTranspose(sup.scriptArg())) {
                        transposeDropped = false;
                    } else {
                        if (!HorizonPowers.isPower(sup.scriptArg().getText().replaceAll("\\s+", ""), context.sizeLetters())) {
                            transposes.rejectTranspose(sup.scriptArg());
                        }
                        current = Exprs.pow(current, scripts.scriptValue(sup.scriptArg()));
                    }
                }
                case LatexParser.PrimeOpContext p -> current = prime(current, 1, p);
                // k! of a sum's index is Γ(k + 1); \log y_i!, the factorial of a count, is kept unevaluated (IndexFactorials)
                case LatexParser.FactorialOpContext f -> current = IndexFactorials.of(current, summing);
                case LatexParser.CallOpContext c -> {
                    Expr argument = group(c.callArgs());
                    if (current == indicators.subscriptIndicator && Indicators.isPointOf(current, argument)) {
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
                    current = indicators.indicatorOf(conditionScript(sub), sub);
                    indicators.subscriptIndicator = current;
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
    Expr group(LatexParser.CallArgsContext call) {
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

    /** A name from a primary, or the value of a primary that is not a name. */
    Object primary(LatexParser.PrimaryContext ctx) {
        return switch (ctx) {
            case LatexParser.NumberContext n -> Exprs.literal(n.getText());
            case LatexParser.LetterContext l -> new NameAtom(NameAtom.Spelling.LETTER, l.getText(), l);
            case LatexParser.WordContext w -> {
                NameAtom a = new NameAtom(NameAtom.Spelling.WORD, scripts.word(w.getText(), w), w);
                note(w.getText() + " read as one name", w);
                yield a;
            }
            case LatexParser.GreekContext g -> new NameAtom(NameAtom.Spelling.GREEK, LatexNames.greek(g.getText()), g);
            case LatexParser.TextContext t -> {
                String w = LatexTokens.textWord(t.TEXT().getSymbol());
                if (w.equals("e")) {
                    yield new NameAtom(NameAtom.Spelling.LETTER, "e", t);
                }
                yield new NameAtom(NameAtom.Spelling.TEXT, scripts.word(w, t), t);
            }
            case LatexParser.IndicatorContext i -> indicators.indicator(i);
            case LatexParser.StyledContext s -> styledNames.styledName(s.getStart(), s.scriptArg(), s);
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
            case LatexParser.BinomialContext b -> Binomials.coefficient(fracArg(b.fracArg(0)), fracArg(b.fracArg(1)));
            case LatexParser.ParensContext p -> expr(p.expr());
            case LatexParser.TupleContext t -> throw error("a list in parentheses (" + text(t) + ") is read only as the arguments of a "
                    + "function, f(x, y), or as a column vector written transposed, (a, b)^\\top", t);
            case LatexParser.RangeConditionContext r -> rangeCondition(r);
            case LatexParser.BracketsContext b -> expr(b.expr());
            case LatexParser.BraceLiteralContext b -> expr(b.expr());
            case LatexParser.BracesContext b -> expr(b.expr());
            case LatexParser.AbsoluteContext a -> magnitudes.read(a.expr()).orElseGet(() -> Exprs.fn("abs", expr(a.expr())));
            case LatexParser.AngleContext a -> angleProducts.inner(a);
            case LatexParser.NormContext n -> throw error("a norm (" + text(n) + ") is matrix notation, which is "
                    + "not supported yet; write it as a sum, e.g. \\sum_i x_i^2", n);
            case LatexParser.DotsContext d -> throw error("\\dots inside a formula cannot be checked; write a \\sum", d);
            case LatexParser.EnvContext e -> environment(e.environment());
            case LatexParser.PrimeCommandContext p -> throw error("\\prime belongs in a superscript, as in f^{\\prime}", p);
            case LatexParser.InfinityContext i -> throw error(InfiniteLimits.NOT_A_NUMBER, i);
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

    private Expr slash(LatexParser.SlashDerivativeContext s) {
        Expr operand = value(factor(s.factor()), s.factor());
        return new Derivative(operand, derivatives.variableOf(s.postfix(), s));
    }

    private Expr fracArg(LatexParser.FracArgContext arg) {
        return switch (arg) {
            case LatexParser.BracedFracArgContext b -> expr(b.expr());
            case LatexParser.DigitFracArgContext d -> Exprs.literal(d.getText());
            case LatexParser.LetterFracArgContext l -> names.resolve(new NameAtom(NameAtom.Spelling.LETTER, l.getText(), l));
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
