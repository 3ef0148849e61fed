package org.symgrad.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Restricted;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Names;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.BuiltInCalls;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Relation;
import org.symgrad.parse.gen.SymgradLexer;
import org.symgrad.parse.gen.SymgradParser;

/**
 * Builds an {@link Expr} from a parse tree (SPEC §2). This is where the grammar's shapes get their
 * meaning:
 * <ul>
 *   <li>{@code a - b} is {@code a + (-1)·b}, {@code a / b} is {@code a · b^-1}, a minus sign on a
 *       number literal gives a negative number;</li>
 *   <li>a call {@code name(…)} is a built-in ({@code sum}, {@code delta}, {@code diff},
 *       {@code softmax(z)_i}, {@code logsumexp(z)}), a known function ({@link FunctionRegistry}, one
 *       argument), or else an abstract function such as {@code L(y)} or {@code f'(x)};</li>
 *   <li>a subscript without commas gives one index per letter and one per run of digits
 *       ({@code W_ij}, {@code W_{i1}}, {@code x_12}); with commas, one index per part ({@code W_{k2,l}});</li>
 *   <li>the bare symbol {@code e} is an ordinary symbol: {@code e^x} is a power of {@code e}, not
 *       {@code exp(x)} — write {@code exp(x)} for the exponential;</li>
 *   <li>terms of a sum may carry different free indices: the sum carries their union, each term
 *       broadcast over the indices it lacks, as NumPy broadcasts ({@code z_i + c},
 *       {@code δ_ij − y_j}, the pairwise {@code X_i − X_j}, the hinge {@code s_j − s_y + Δ}).</li>
 * </ul>
 * Recursion follows the parse tree, whose depth the parser bounds ({@link Limits#MAX_RULE_DEPTH}).
 */
final class ExprBuilder {
    private final Spans spans;
    /** Names defined by the script so far: {@code ∂y/∂x} of a defined y is its derivative, not an abstract y(x). */
    private final Set<String> defined = new java.util.HashSet<>();

    ExprBuilder(Spans spans) {
        this.spans = spans;
    }

    /** Records that a script statement has defined {@code name}. */
    void define(String name) {
        defined.add(name);
    }

    /**
     * A whole expression (an input, a statement side, a definition's body). Its free indices are
     * the union of its terms' ({@code x_i − x_j} has {i, j}).
     */
    Expr topLevel(SymgradParser.ExprContext ctx) {
        return expr(ctx);
    }

    Expr expr(SymgradParser.ExprContext ctx) {
        List<SymgradParser.TermContext> termCtxs = ctx.term();
        if (termCtxs.size() == 1) {
            return term(termCtxs.get(0));
        }
        List<SymgradParser.AddOpContext> ops = ctx.addOp(); // once: each ctx.addOp(i) scans all children
        List<Expr> terms = new ArrayList<>(termCtxs.size());
        for (int i = 0; i < termCtxs.size(); i++) {
            Expr t = term(termCtxs.get(i));
            boolean minus = i > 0 && ops.get(i - 1).MINUS() != null;
            terms.add(minus ? Exprs.neg(t) : t);
        }
        return Exprs.add(terms);
    }

    static String show(Set<String> indices) {
        return "{" + String.join(", ", indices) + "}";
    }

    Expr term(SymgradParser.TermContext ctx) {
        if (ctx.getChildCount() == 1) {
            return signed(ctx.signed(0));
        }
        List<Expr> factors = new ArrayList<>();
        boolean divide = false;
        for (ParseTree child : ctx.children) {
            Expr factor;
            if (child instanceof SymgradParser.MulOpContext op) {
                divide = op.SLASH() != null;
                continue;
            } else if (child instanceof SymgradParser.SignedContext s) {
                factor = signed(s);
            } else if (child instanceof SymgradParser.ImplicitSumContext s) {
                factor = sumPrefix(s.sumPrefix());
            } else if (child instanceof SymgradParser.ImplicitPowerContext p) {
                factor = power(p.power());
            } else {
                throw new IllegalStateException("unexpected parse-tree node " + child.getClass());
            }
            if (divide && Exprs.isNum(factor, 0)) {
                // 0/0 as well as 1/0: the factories would drop the product with 0 before anyone saw it
                throw new InputException("division by zero", spans.of((ParserRuleContext) child));
            }
            factors.add(divide ? Exprs.pow(factor, -1) : factor);
            divide = false;
        }
        // the order typed, which presentation may keep ({@code (2 - p)*r}): the printer shows its display order
        Expr product = Exprs.mul(factors);
        return product instanceof org.symgrad.expr.Mul m ? org.symgrad.expr.Mul.typed(m) : product;
    }

    Expr signed(SymgradParser.SignedContext ctx) {
        boolean negative = false;
        while (ctx instanceof SymgradParser.UnarySignContext u) {
            negative ^= u.MINUS() != null;
            ctx = u.signed();
        }
        Expr inner = switch (ctx) {
            case SymgradParser.SignedSumContext s -> sumPrefix(s.sumPrefix());
            case SymgradParser.SignedPowerContext p -> power(p.power());
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
        return negative ? Exprs.neg(inner) : inner;
    }

    private Expr sumPrefix(SymgradParser.SumPrefixContext ctx) {
        List<String> indices;
        Expr lower = Exprs.ONE;
        String sign = ctx.SUM().getText();
        String reduction = PRODUCT_SIGNS.contains(sign) ? "prod" : sign.equals("mean") ? "mean" : "sum";
        switch (ctx.sumRange()) {
            case SymgradParser.RestrictedSumRangeContext restricted -> {
                // from 1, as sum_{k=1}^{m}: sum_{k != j}^{m}; another lower limit is the call's
                Expr upper = ctx.primary() == null ? Exprs.N : primary(ctx.primary());
                return restricted(reduction, restricted.restriction(), Exprs.ONE, upper, term(ctx.term()));
            }
            case SymgradParser.BareSumRangeContext bare -> indices = sumIndices(List.of(bare.indexToken()), bare);
            case SymgradParser.BracedSumRangeContext braced -> {
                List<SymgradParser.IndexTokenContext> tokens = new ArrayList<>(braced.indexToken());
                if (braced.lower != null) {
                    tokens.remove(tokens.size() - 1);
                    lower = indexValue(braced.lower);
                }
                indices = sumIndices(tokens, braced);
                if (braced.lower != null && indices.size() > 1) {
                    throw new InputException("a lower limit belongs to one index: write " + reduction + "_{"
                            + indices.get(0) + "=" + braced.lower.getText() + "} " + reduction + "_{" + indices.get(1)
                            + "=…} …, or " + reduction + "_{" + String.join(",", indices) + "} from 1", spans.of(braced));
                }
            }
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.sumRange().getClass());
        }
        Expr upper = ctx.primary() == null ? Exprs.N : primary(ctx.primary());
        Expr body = term(ctx.term());
        for (String index : indices.reversed()) {
            body = reduction(reduction, new IndexSum(index, lower, upper, body));
        }
        return body;
    }

    /** The reduction a sum just read stands for: the sum itself, the product or the mean over its range. */
    private static Expr reduction(String reduction, IndexSum sum) {
        return switch (reduction) {
            case "prod" -> product(sum);
            case "mean" -> Exprs.mul(Exprs.pow(rangeSize(sum.lower(), sum.upper()), -1), sum);
            default -> sum;
        };
    }

    /**
     * The indices a sum binds, outermost first: one ({@code sum_k}, {@code Σ_{k2}}) or several, as books write a
     * double sum ({@code sum_{ij}}, {@code sum_{i,j}}) — each letter its own index, as in a subscript.
     */
    private List<String> sumIndices(List<SymgradParser.IndexTokenContext> tokens, ParserRuleContext where) {
        if (where instanceof SymgradParser.BracedSumRangeContext && tokens.size() == 1
                && tokens.get(0).getText().matches("[A-Za-z][0-9]+")) {
            // a sum binds one index, so a letter with digits alone is that index whole: Σ_{k2}
            return List.of(tokens.get(0).getText());
        }
        List<String> indices = new ArrayList<>();
        for (SymgradParser.IndexTokenContext t : tokens) {
            indices.addAll(splitIndices(t));
        }
        if (indices.isEmpty() || !indices.stream().allMatch(Index::isSymbolic)
                || indices.stream().distinct().count() != indices.size()) {
            throw new InputException("a sum binds index names, each once, as in sum_k, sum_{k=1}^{n} or sum_{i,j} (a double sum)",
                    spans.of(where));
        }
        return indices;
    }

    /** A summation's lower bound: a number or a symbol. */
    private Expr indexValue(SymgradParser.IndexTokenContext t) {
        if (t.NUMBER() != null) {
            return number(t.NUMBER().getSymbol());
        }
        return new Sym(name(t.getStart()));
    }

    Expr power(SymgradParser.PowerContext ctx) {
        Expr base = primary(ctx.primary());
        if (ctx.SUPERSCRIPT() != null) {
            return checkedPower(base, Exprs.num(superscript(ctx.SUPERSCRIPT().getSymbol())), ctx);
        }
        if (ctx.exponent() == null) {
            return base;
        }
        if (isBareT(ctx.exponent())) {
            throw new InputException(MatrixNotation.transposeExponent(), spans.of(ctx));
        }
        return checkedPower(base, exponent(ctx.exponent()), ctx);
    }

    /** {@code base^exponent}, unless it is 0 to a power that is not positive: an error like {@code 1/0}. */
    private Expr checkedPower(Expr base, Expr exponent, ParserRuleContext ctx) {
        if (Exprs.isNum(base, 0) && exponent instanceof Num k && k.value().signum() <= 0) {
            throw new InputException(k.value().isZero() ? "0^0 is undefined" : "division by zero: 0 to a negative power",
                    spans.of(ctx));
        }
        return Exprs.pow(base, exponent);
    }

    /** An exponent written as the bare letter T, which reads as a transpose. */
    private static boolean isBareT(SymgradParser.ExponentContext ctx) {
        return ctx instanceof SymgradParser.PowerExponentContext p && p.power().exponent() == null
                && p.power().SUPERSCRIPT() == null
                && p.power().primary() instanceof SymgradParser.SymbolContext s
                && s.variable().getText().equals("T");
    }

    /** The integer written in superscript digits ({@code ²} → 2, {@code ⁻¹} → −1). */
    private long superscript(Token token) {
        String digits = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
        String text = token.getText();
        long value = 0;
        for (char c : text.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                if (value > Integer.MAX_VALUE / 10) {
                    throw new LimitException("exponent", "the exponent " + text + " is too large");
                }
                value = 10 * value + d;
            }
        }
        return text.charAt(0) == '\u207B' ? -value : value;
    }

    private Expr exponent(SymgradParser.ExponentContext ctx) {
        boolean negative = false;
        while (ctx instanceof SymgradParser.SignedExponentContext s) {
            negative ^= s.MINUS() != null;
            ctx = s.exponent();
        }
        Expr inner = power(((SymgradParser.PowerExponentContext) ctx).power());
        return negative ? Exprs.neg(inner) : inner;
    }

    /**
     * {@code |e|} is the absolute value; {@code ||x - y||}, bars doubled round the whole, is the Euclidean
     * norm as in LaTeX's {@code \|x - y\|} ({@link NormComponents}): every name in it is a vector, so
     * {@code ||x - mu||^2} is Σ_k (x_k − μ_k)², not the square of a number. A norm of a matrix or of a
     * contraction is matrix notation, refused with how to write it.
     */
    private Expr bars(SymgradParser.BarsContext b) {
        if (!(wholeOf(b.expr()) instanceof SymgradParser.BarsContext inner)) {
            return Exprs.fn("abs", expr(b.expr()));
        }
        Expr inside = expr(inner.expr());
        String k = Indices.fresh(Indices.all(inside));
        Expr components = NormComponents.ofVectors(inside, k).orElseThrow(() -> new InputException(
                "a norm of this is matrix notation, which is not supported; write it as a sum, as in "
                        + "sqrt(sum(k, x_k^2)) for ||x|| or sum(k, x_k^2) for ||x||^2", spans.of(b)));
        return Exprs.fn("sqrt", new IndexSum(k, Exprs.ONE, Exprs.N, Exprs.pow(components, Exprs.TWO)));
    }

    /** The primary {@code ctx} consists of when it is one primary and nothing else, or null. */
    private static ParseTree wholeOf(SymgradParser.ExprContext ctx) {
        ParseTree t = ctx;
        while (!(t instanceof SymgradParser.PrimaryContext) && t.getChildCount() == 1) {
            t = t.getChild(0);
        }
        return t instanceof SymgradParser.PrimaryContext ? t : null;
    }

    Expr primary(SymgradParser.PrimaryContext ctx) {
        return switch (ctx) {
            case SymgradParser.NumberContext n -> number(n.NUMBER().getSymbol());
            case SymgradParser.CallContext c -> call(c);
            case SymgradParser.ConditionalCallContext c -> conditionalCall(c);
            case SymgradParser.RestrictedCallContext c -> restrictedCall(c);
            case SymgradParser.ParensContext p -> expr(p.expr());
            case SymgradParser.BracesContext b -> expr(b.expr());
            case SymgradParser.PrefixCallContext p -> prefixCall(p);
            case SymgradParser.BarsContext b -> bars(b);
            case SymgradParser.RootContext r -> Exprs.fn("sqrt", power(r.power()));
            case SymgradParser.OperatorDerivativeContext d -> new Derivative(primary(d.primary()), variable(d.variable()));
            case SymgradParser.QuotientDerivativeContext d -> quotientDerivative(d);
            case SymgradParser.DeltaIndexedContext d -> {
                List<String> indices = subscript(d.subscript());
                if (indices.size() != 2) {
                    throw new InputException("a Kronecker delta takes two indices, as in delta_ij, got "
                            + indices.size(), spans.of(d));
                }
                yield new Delta(indices.get(0), indices.get(1));
            }
            case SymgradParser.DeltaSymbolContext d -> new Sym("delta");
            case SymgradParser.SymbolContext s -> variable(s.variable());
            case SymgradParser.RangeConditionContext r -> rangeCondition(r);
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
    }

    /**
     * A known function applied without parentheses: {@code ln x}, {@code exp -x}, {@code sin^2 x}
     * (the power of the application; a negative power {@code sin^{-1} x} reads as the inverse
     * function in books, so only positive whole powers are accepted).
     */
    private Expr prefixCall(SymgradParser.PrefixCallContext ctx) {
        String spelled = ctx.FUNCNAME().getText();
        KnownFunction f = FunctionRegistry.spelled(spelled).orElseThrow();
        SymgradParser.PrefixArgumentContext argument = ctx.prefixArgument();
        boolean negative = argument.MINUS().size() % 2 == 1;
        Expr inner = argument.sumPrefix() != null ? sumPrefix(argument.sumPrefix()) : power(argument.power());
        Expr applied = new Fn(f.name(), List.of(negative ? Exprs.neg(inner) : inner));
        if (ctx.exponent() == null) {
            return applied;
        }
        Expr k = exponent(ctx.exponent());
        if (!(k instanceof Num n) || !n.value().isInteger() || n.value().signum() <= 0) {
            throw new InputException(spelled + "^… before the argument takes a positive whole power, as in "
                    + spelled + "^2 x; write " + spelled + "(x)^k for other powers", spans.of(ctx.exponent()));
        }
        return Exprs.pow(applied, k);
    }

    /**
     * {@code ∂y_i/∂x_j}, {@code ∂L/∂y_k}, {@code ∂f'/∂x}, as the Unicode printer writes derivatives.
     * The numerator names a defined or indexed quantity; a scalar name the script has not defined
     * is an abstract function of the variable (of its vector, for an entry: {@code ∂L/∂y_k} is the
     * derivative of {@code L(y)}), since the derivative of an unrelated constant is never what is meant.
     */
    private Expr quotientDerivative(SymgradParser.QuotientDerivativeContext ctx) {
        Expr of = variable(ctx.variable(0));
        Expr wrt = variable(ctx.variable(1));
        int primes = ctx.PRIME() == null ? 0 : ctx.PRIME().getText().length();
        String vector = wrt instanceof Indexed x ? x.name() : ((Sym) wrt).name();
        if (of instanceof Sym s && Names.label(s.name()).isEmpty() && !defined.contains(s.name())
                && !s.name().equals(vector) && !Constants.isConstant(s)) {
            Expr argument = wrt instanceof Indexed ? new Sym(vector) : wrt;
            return new Derivative(new Fn(s.name() + "'".repeat(primes), List.of(argument)), wrt);
        }
        if (primes > 0) {
            throw new InputException("primes mark derivatives of abstract functions, as in ∂f'/∂x",
                    spans.of(ctx.PRIME().getSymbol()));
        }
        return new Derivative(of, wrt);
    }

    /** {@code x}, {@code β}, {@code W^{(1)}}, {@code x_i}, {@code W^{(1)}_{ij}}. */
    Expr variable(SymgradParser.VariableContext ctx) {
        String name = name(ctx.getStart());
        TerminalNode label = ctx.LABEL();
        if (label != null) {
            name = Names.withLabel(name, labelText(label.getText()));
        }
        if (ctx.subscript() == null) {
            return new Sym(name);
        }
        return new Indexed(name, subscript(ctx.subscript()));
    }

    /** The label of {@code ^{(1)}} or {@code ⁽¹⁾}. */
    private static String labelText(String text) {
        if (text.startsWith("^")) {
            return text.substring(3, text.length() - 2);
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.substring(1, text.length() - 1).toCharArray()) {
            out.append((char) ('0' + "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079".indexOf(c)));
        }
        return out.toString();
    }

    /** The symbol name a name token spells: Greek letters as their ASCII names, {@code ŷ} as {@code yhat}. */
    private static String name(Token token) {
        return GreekLetters.asciiName(token.getText());
    }

    List<String> subscript(SymgradParser.SubscriptContext subscript) {
        SymgradParser.SubscriptBodyContext ctx = subscript.subscriptBody();
        return switch (ctx) {
            case SymgradParser.BareSubscriptContext bare -> splitIndices(bare.indexToken());
            case SymgradParser.BracedSubscriptContext braced -> {
                List<SymgradParser.IndexGroupContext> groups = braced.indexGroup();
                List<String> indices = new ArrayList<>();
                if (groups.size() == 1 && groups.get(0).indexSum() == null) {
                    for (SymgradParser.IndexTokenContext t : groups.get(0).indexToken()) {
                        indices.addAll(splitIndices(t));
                    }
                } else {
                    for (SymgradParser.IndexGroupContext g : groups) {
                        if (g.indexSum() != null) {
                            indices.add(affineIndex(g.indexSum()));
                            continue;
                        }
                        StringBuilder index = new StringBuilder();
                        g.indexToken().forEach(t -> index.append(name(t.getStart())));
                        if (!Index.isSymbolic(index.toString()) && !Index.isConcrete(index.toString())) {
                            throw new InputException("'" + index + "' is not an index: an index is a name "
                                    + "such as k2 or a number such as 1", spans.of(g));
                        }
                        indices.add(index.toString());
                    }
                }
                yield indices;
            }
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.getClass());
        };
    }

    /**
     * An affine index {@code i+k}, {@code t-m}, {@code 2*i+p}, {@code (m-1)*s+k} in canonical
     * spelling; each factor is one name (the whole token: {@code i+k2} adds k2), a number or a
     * bracketed sum.
     */
    private String affineIndex(SymgradParser.IndexSumContext g) {
        String index;
        try {
            index = indexSum(g);
        } catch (ArithmeticException tooLarge) {
            throw new InputException("the numbers of an index must fit in 64 bits", spans.of(g));
        }
        if (Index.names(index).isEmpty() && !Index.isConcrete(index)) {
            throw new InputException("the index " + g.getText() + " is the negative number " + index
                    + ": an index counts from 1", spans.of(g));
        }
        return index;
    }

    private String indexSum(SymgradParser.IndexSumContext g) {
        String sum = "0";
        boolean negative = false;
        for (int c = 0; c < g.getChildCount(); c++) {
            if (g.getChild(c) instanceof TerminalNode op) {
                negative = op.getSymbol().getType() == SymgradParser.MINUS;
                continue;
            }
            String term = "1";
            for (SymgradParser.IndexFactorContext f : ((SymgradParser.IndexTermContext) g.getChild(c)).indexFactor()) {
                term = Index.times(term, indexFactor(f));
            }
            sum = Index.plus(sum, negative ? Index.times(term, "-1") : term);
        }
        return sum;
    }

    private String indexFactor(SymgradParser.IndexFactorContext f) {
        if (f.indexSum() != null) {
            return indexSum(f.indexSum());
        }
        SymgradParser.IndexTokenContext t = f.indexToken();
        if (t.NUMBER() != null) {
            try {
                return Long.toString(Long.parseLong(t.getText()));
            } catch (NumberFormatException tooLarge) {
                throw new InputException("the numbers of an index must fit in 64 bits", spans.of(t));
            }
        }
        String name = name(t.getStart());
        if (!Index.isSymbolic(name)) {
            throw new InputException("'" + name + "' is not an index name", spans.of(t));
        }
        return name;
    }

    /** One subscript token without commas: each letter is an index, each run of digits one index. */
    private List<String> splitIndices(SymgradParser.IndexTokenContext t) {
        String text = t.getText();
        if (t.GREEK() != null) {
            return List.of(name(t.getStart()));
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else if (c < 128 && Character.isLetter(c)) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new InputException("'" + text + "' is not an index", spans.of(t));
            }
        }
        return out;
    }

    private Expr number(Token token) {
        String text = token.getText();
        long digitsBeforePoint;
        long scale;
        if (Rational.isDigits(text)) {
            // a whole number, as nearly every literal is: its digits less the leading zeros, as BigDecimal's
            // precision counts them, read without BigDecimal (as Rational.parseDecimal reads it)
            int first = 0;
            while (first < text.length() - 1 && text.charAt(first) == '0') {
                first++;
            }
            digitsBeforePoint = text.length() - first;
            scale = 0;
        } else {
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new LimitException("number-size", "the exponent of " + abbreviate(text) + " is too large");
            }
            digitsBeforePoint = (long) value.precision() - value.scale();
            scale = value.scale();
        }
        if (digitsBeforePoint > Limits.MAX_NUMBER_LENGTH || scale > Limits.MAX_NUMBER_LENGTH) {
            throw new LimitException("number-size", "the number " + abbreviate(text) + " has more than "
                    + Limits.MAX_NUMBER_LENGTH + " digits");
        }
        return Exprs.literal(text);
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 17) + "...";
    }

    // ---- calls ----

    private Expr call(SymgradParser.CallContext ctx) {
        String token = ctx.CALLNAME().getText();
        String spelled = token.substring(0, token.length() - 1);
        int primes = spelled.length() - spelled.replace("'", "").length();
        String raw = spelled.replace("'", "");
        String name = raw.equals("\u03A3") || raw.equals("\u2211") ? "sum" : GreekLetters.asciiName(raw);
        List<SymgradParser.ExprContext> argCtxs = ctx.expr();
        Optional<String> matrix = MatrixNotation.call(name);
        if (matrix.isPresent() && primes == 0) {
            throw new InputException(matrix.get(), spans.of(ctx));
        }
        if (argCtxs.isEmpty()) {
            throw new InputException(spelled + "() needs an argument", spans.of(ctx));
        }
        if (ctx.subscript() != null && !(name.equals("softmax") && primes == 0)) {
            throw new InputException("only softmax(z)_i takes an index after the call", spans.of(ctx.subscript()));
        }
        if (primes > 0) {
            if (isBuiltIn(name)) {
                throw new InputException("primes mark derivatives of abstract functions only; write diff("
                        + name + "(x), x) instead", spans.of(ctx));
            }
            return new Fn(name + "'".repeat(primes), args(argCtxs));
        }
        return switch (name) {
            case "sum", "mean", "prod" -> sumCall(name, ctx, argCtxs);
            case "delta" -> deltaCall(ctx, argCtxs);
            case "diff" -> diffCall(ctx, argCtxs);
            case "softmax" -> {
                if (argCtxs.size() == 2 && ctx.subscript() == null) {
                    // softmax(a, S) = exp(a)/S, what softmax(z)_j is with S = Σ_k exp(z_k)
                    yield new Fn(SoftmaxComponent.NAME, args(argCtxs));
                }
                VectorArgument vector = vectorArgument(ctx, argCtxs);
                String written = spans.text(argCtxs.get(0));
                if (ctx.subscript() == null) {
                    throw new InputException("softmax(" + written + ") needs an index, as in softmax(" + written
                            + ")_i", spans.of(ctx));
                }
                List<String> indices = subscript(ctx.subscript());
                if (indices.size() != 1) {
                    throw new InputException("softmax(" + written + ") takes one index", spans.of(ctx.subscript()));
                }
                yield softmax(vector, indices.get(0));
            }
            case "logsumexp" -> logsumexp(vectorArgument(ctx, argCtxs));
            default -> {
                Optional<KnownFunction> known = FunctionRegistry.spelled(name);
                if (known.isPresent() && known.get().piecewise()) {
                    throw new InputException(spelled + " takes a comparison first, as in " + spelled
                            + "(x > 0, a, b), with <, <=, > or >=", spans.of(ctx));
                }
                if (known.isPresent() && Relation.ofFunction(known.get().name()).isPresent()) {
                    throw new InputException("'" + spelled + "' is a comparison: write it as "
                            + Relation.ofFunction(known.get().name()).get().ascii()
                            + " in the condition of where(cond, a, b)", spans.of(ctx));
                }
                rejectReduction(ctx, name, argCtxs);
                if (known.isPresent()) {
                    int arity = known.get().arity();
                    if (argCtxs.size() != arity) {
                        throw new InputException(spelled + " takes " + (arity == 1 ? "one argument" : arity + " arguments")
                                + ", got " + argCtxs.size(), spans.of(ctx));
                    }
                    yield new Fn(known.get().name(), args(argCtxs));
                }
                yield new Fn(name, args(argCtxs));
            }
        };
    }

    /**
     * {@code where(x > 0, a, b)}: the case split, its condition a comparison ({@link Relation}) of
     * two expressions. A comparison is an argument of {@code where} only.
     */
    private Expr conditionalCall(SymgradParser.ConditionalCallContext ctx) {
        String token = ctx.CALLNAME().getText();
        String name = GreekLetters.asciiName(token.substring(0, token.length() - 1));
        if (!name.equals(FunctionRegistry.WHERE)) {
            throw new InputException("a comparison such as x > 0 is only the condition of where(cond, a, b)",
                    spans.of(ctx.condition().relation()));
        }
        if (ctx.expr().size() != 2) {
            throw new InputException("where takes a condition and two cases, as in where(x > 0, a, b), got "
                    + (ctx.expr().size() + 1) + " arguments", spans.of(ctx));
        }
        SymgradParser.ConditionContext c = ctx.condition();
        Relation relation = Relation.ofSymbol(c.relation().getText()).orElseThrow();
        Expr test = new Fn(relation.function(), List.of(expr(c.expr(0)), expr(c.expr(1))));
        return new Fn(FunctionRegistry.WHERE, List.of(test, expr(ctx.expr(0)), expr(ctx.expr(1))));
    }

    /**
     * {@code prod(k != j, body)}, {@code sum(k != j, body)}, or with bounds {@code prod(k != j, lower, upper, body)}:
     * a reduction that leaves out one value of its index ({@link Restricted}).
     */
    private Expr restrictedCall(SymgradParser.RestrictedCallContext ctx) {
        String token = ctx.CALLNAME().getText();
        String raw = token.substring(0, token.length() - 1);
        String name = raw.equals("\u03A3") || raw.equals("\u2211") ? "sum" : raw.equals("\u220F") ? "prod" : GreekLetters.asciiName(raw);
        if (!name.equals("sum") && !name.equals("prod")) {
            throw new InputException("only sum and prod take a restriction such as k != j, as in prod(k != j, x_k)",
                    spans.of(ctx.restriction()));
        }
        List<SymgradParser.ExprContext> argCtxs = ctx.expr();
        if (argCtxs.size() != 1 && argCtxs.size() != 3) {
            throw new InputException(name + " takes (k != j, body) or (k != j, lower, upper, body), got "
                    + (argCtxs.isEmpty() ? "only the restriction" : argCtxs.size() + 1 + " arguments"), spans.of(ctx));
        }
        if (argCtxs.size() == 1) {
            return restricted(name, ctx.restriction(), Exprs.ONE, Exprs.N, expr(argCtxs.get(0)));
        }
        return restricted(name, ctx.restriction(), expr(argCtxs.get(0)), expr(argCtxs.get(1)), expr(argCtxs.get(2)));
    }

    /** The δ form of a reduction over every value of the bound index but the excluded one. */
    private Expr restricted(String reduction, SymgradParser.RestrictionContext r, Expr lower, Expr upper, Expr body) {
        String index = restrictionIndex(r.bound, reduction + " binds one index name before !=, as in " + reduction + "(k != j, …)");
        String excluded = restrictionIndex(r.excluded, "after != comes the one index left out: a name such as j or a number");
        if (index.equals(excluded) || !Index.isSymbolic(index)) {
            throw new InputException(index.equals(excluded)
                    ? reduction + " over " + index + " != " + excluded + " leaves out every value: the index after != must be"
                            + " another index or a fixed label, as in " + reduction + "(" + index + " != j, …)"
                    : reduction + " binds an index name such as k, not " + index, spans.of(r));
        }
        return switch (reduction) {
            case "prod" -> Restricted.product(index, excluded, lower, upper, body);
            case "sum" -> Restricted.sum(index, excluded, lower, upper, body);
            default -> throw new InputException(reduction + " over an index with one value left out is not supported;"
                    + " write the sum over k != j divided by the number of its terms", spans.of(r));
        };
    }

    /** One index of a restriction: a name (a letter with digits is one name, {@code k2}) or a whole number. */
    private String restrictionIndex(SymgradParser.IndexTokenContext t, String message) {
        if (t.getText().matches("[A-Za-z][0-9]+")) {
            return t.getText();
        }
        List<String> indices = splitIndices(t);
        if (indices.size() != 1) {
            throw new InputException(message, spans.of(t));
        }
        return indices.get(0);
    }

    /** Whether {@code name} (in ASCII) is a known function or one of the built-in calls. */
    static boolean isBuiltIn(String name) {
        return BuiltInCalls.readsAsCall(name);
    }

    private List<Expr> args(List<SymgradParser.ExprContext> argCtxs) {
        List<Expr> args = new ArrayList<>(argCtxs.size());
        argCtxs.forEach(a -> args.add(expr(a)));
        return args;
    }

    /** {@code softmax(z)_i = exp(z_i) / Σ_k exp(z_k)}, with {@code k} distinct from {@code i}; of z/T, exp(z_i/T) / Σ_k exp(z_k/T). */
    static Expr softmax(VectorArgument z, String index) {
        String k = z.freshIndex(Set.of(index));
        return Exprs.div(Exprs.exp(z.at(index)), Exprs.sum(k, Exprs.exp(z.at(k))));
    }

    /** {@code logsumexp(z) = log Σ_k exp(z_k)}. */
    static Expr logsumexp(VectorArgument z) {
        String k = z.freshIndex(Set.of());
        return Exprs.log(Exprs.sum(k, Exprs.exp(z.at(k))));
    }

    /**
     * The one argument of softmax/logsumexp: a vector's name, or an expression of one vector the script writes with an
     * index and scalars ({@link VectorArgument}).
     */
    VectorArgument vectorArgument(SymgradParser.CallContext ctx, List<SymgradParser.ExprContext> argCtxs) {
        String fn = ctx.CALLNAME().getText();
        if (argCtxs.size() != 1) {
            throw new InputException(fn + "…) takes one argument, the name of a vector", spans.of(ctx));
        }
        return VectorArgument.of(expr(argCtxs.get(0)), spans.source()).orElseThrow(() -> new InputException(
                "the argument of " + fn + "…) must be the name of a vector, such as z, or an expression of one vector "
                        + "the script writes with an index elsewhere and numbers or scalars, such as z/T with z_j",
                spans.of(argCtxs.get(0))));
    }

    /**
     * The sum of {@code reduction(k, body)} or {@code reduction(k, lower, upper, body)}; {@code reduction(i, j, body)}
     * is the sum over both indices, {@code reduction(i, reduction(j, body))}.
     */
    private Expr sumCall(String reduction, SymgradParser.CallContext ctx, List<SymgradParser.ExprContext> argCtxs) {
        if (argCtxs.size() < 2 || argCtxs.size() > 4) {
            throw new InputException(reduction + " takes (index, body), (index, index, body) or (index, lower, upper, body), got "
                    + argCtxs.size() + " arguments", spans.of(ctx));
        }
        if (!(expr(argCtxs.get(0)) instanceof Sym index) || !Index.isSymbolic(index.name())) {
            throw new InputException("the first argument of " + reduction + " must be an index name, such as k",
                    spans.of(argCtxs.get(0)));
        }
        if (argCtxs.size() == 2) {
            return reduction(reduction, Exprs.sum(index.name(), expr(argCtxs.get(1))));
        }
        if (argCtxs.size() == 3) {
            if (!(expr(argCtxs.get(1)) instanceof Sym second) || !Index.isSymbolic(second.name())
                    || second.name().equals(index.name())) {
                throw new InputException(reduction + " with three arguments binds two index names, as in " + reduction
                        + "(i, j, body); bounds take four: " + reduction + "(k, lower, upper, body)", spans.of(argCtxs.get(1)));
            }
            Expr inner = reduction(reduction, Exprs.sum(second.name(), expr(argCtxs.get(2))));
            return reduction(reduction, Exprs.sum(index.name(), inner));
        }
        return reduction(reduction, new IndexSum(index.name(), expr(argCtxs.get(1)), expr(argCtxs.get(2)), expr(argCtxs.get(3))));
    }

    /** How a product over an index is written before its subscript: {@code prod_k}, {@code Π_k}, {@code ∏_k}. */
    private static final Set<String> PRODUCT_SIGNS = Set.of("prod", "\u03A0", "\u220F");

    /** The product over the range of a sum just read. */
    private static Expr product(IndexSum s) {
        return new IndexProduct(s.index(), s.lower(), s.upper(), s.body());
    }

    /** How many values {@code lower..upper} holds: {@code n} for {@code 1..n}, {@code m − 1} for {@code 2..m}. */
    private static Expr rangeSize(Expr lower, Expr upper) {
        if (lower instanceof Num lo) {
            Rational shift = Rational.ONE.subtract(lo.value());
            if (upper instanceof Num hi) {
                return Exprs.num(hi.value().add(shift));
            }
            return shift.isZero() ? upper : Exprs.add(upper, Exprs.num(shift));
        }
        return Exprs.add(upper, Exprs.neg(lower), Exprs.ONE);
    }

    /**
     * A name applied to an index and a body that uses it, {@code prod2(k, x_k)} or {@code max(k, x_k)},
     * reads as a reduction over k: only sum, mean (and their prefix forms) bind an index, so this is
     * an error rather than a function of a free index k.
     */
    private void rejectReduction(SymgradParser.CallContext ctx, String name, List<SymgradParser.ExprContext> argCtxs) {
        if (argCtxs.size() < 2 || !(expr(argCtxs.get(0)) instanceof Sym index) || !Index.isSymbolic(index.name())) {
            return;
        }
        for (SymgradParser.ExprContext a : argCtxs.subList(1, argCtxs.size())) {
            if (Indices.free(expr(a)).contains(index.name())) {
                throw new InputException(Reductions.unsupported(name, index.name()), spans.of(ctx));
            }
        }
    }

    /**
     * {@code [lo <= a <= hi]}: 1 where the index a lies in lo..hi, else 0 — the range condition a
     * contraction with an affine index states ({@link RangeIndicator}).
     */
    private Expr rangeCondition(SymgradParser.RangeConditionContext r) {
        Optional<String> index = Optional.empty();
        try {
            index = affineIndex(expr(r.at));
        } catch (ArithmeticException tooLarge) {
            // reported below, as any other middle that is not an index
        }
        if (index.isEmpty()) {
            throw new InputException("the middle of a range condition [lo <= a <= hi] must be an index such as i, "
                    + "1 or t-m", spans.of(r.at));
        }
        Expr low = expr(r.low);
        Expr high = expr(r.high);
        for (Expr bound : List.of(low, high)) {
            if (!Indices.free(bound).isEmpty()) {
                throw new InputException("the bounds of a range condition cannot have indices",
                        spans.of(bound == low ? r.low : r.high));
            }
        }
        return new RangeIndicator(index.get(), low, high).asSum();
    }

    private Expr deltaCall(SymgradParser.CallContext ctx, List<SymgradParser.ExprContext> argCtxs) {
        if (argCtxs.size() != 2) {
            throw new InputException("delta takes two indices, got " + argCtxs.size(), spans.of(ctx));
        }
        String[] indices = new String[2];
        for (int i = 0; i < 2; i++) {
            Expr arg = expr(argCtxs.get(i));
            Optional<String> index = Optional.empty();
            try {
                index = affineIndex(arg);
            } catch (ArithmeticException tooLarge) {
                // reported below, as any other argument that is not an index
            }
            if (index.isEmpty() || (!Index.isSymbolic(index.get()) && Index.names(index.get()).isEmpty()
                    && !Index.isConcrete(index.get()))) {
                throw new InputException("an index of delta must be a name such as i, a number such as 1 "
                        + "or an affine index such as i+k", spans.of(argCtxs.get(i)));
            }
            indices[i] = index.get();
        }
        return new Delta(indices[0], indices[1]);
    }

    /**
     * The index {@code e} spells: a name, a whole number, or an integer combination of names and
     * products of names plus a whole number ({@code m+k}, {@code t-m}, {@code 2*(i-1)},
     * {@code (m-1)*s+k}); empty for anything else.
     */
    private static Optional<String> affineIndex(Expr e) {
        return AffineIndices.of(e);
    }

    private Expr diffCall(SymgradParser.CallContext ctx, List<SymgradParser.ExprContext> argCtxs) {
        if (argCtxs.size() != 2 && argCtxs.size() != 3) {
            throw new InputException("diff takes (expression, variable) or (expression, variable, order), got "
                    + argCtxs.size() + " arguments", spans.of(ctx));
        }
        Expr of = expr(argCtxs.get(0));
        Expr wrt = expr(argCtxs.get(1));
        if (!(wrt instanceof Variable)) {
            throw new InputException("can only differentiate with respect to a variable such as x or x_i",
                    spans.of(argCtxs.get(1)));
        }
        int order = 1;
        if (argCtxs.size() == 3) {
            Expr n = expr(argCtxs.get(2));
            if (!(n instanceof Num num) || !num.value().isInteger() || num.value().signum() <= 0) {
                throw new InputException("the order of a derivative must be a positive whole number",
                        spans.of(argCtxs.get(2)));
            }
            if (num.value().toBigInteger().bitLength() > 31 || num.value().toBigInteger().intValue()
                    > Limits.MAX_DERIVATIVE_ORDER) {
                throw new LimitException("derivative-order", "derivative order " + num.value()
                        + " is above the limit of " + Limits.MAX_DERIVATIVE_ORDER);
            }
            order = num.value().toBigInteger().intValue();
        }
        Expr result = of;
        for (int i = 0; i < order; i++) {
            result = new Derivative(result, wrt);
        }
        return result;
    }

    /** The indices a name being defined carries, which must be distinct names. */
    Set<String> targetIndices(Expr target, ParserRuleContext where) {
        Set<String> out = new LinkedHashSet<>();
        if (target instanceof Indexed x) {
            for (String i : x.indices()) {
                if (!Index.isSymbolic(i) || !out.add(i)) {
                    throw new InputException("the indices of a defined name must be distinct names, as in "
                            + "W_{ij}", spans.of(where));
                }
            }
        }
        return out;
    }
}
