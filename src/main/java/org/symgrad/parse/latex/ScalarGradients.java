package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * The gradient and Hessian of a function the document defines of named scalars, {@code f(x, y) = x^3 + 2xy + y^2}, or of
 * numbered components, {@code f(x_1, x_2) = …}, or of one vector it writes only by its numbered components,
 * {@code f(x) = x_1^2 + 3x_1x_2 + x_2^3} (for {@code x \in \mathbb{R}^2}): {@code \nabla f} (or {@code \nabla f(x, y)},
 * {@code \nabla f(x)}, {@code \nabla_x f}) is the column whose a-th entry is ∂f/∂(a-th variable), {@code \nabla^2 f} the
 * matrix of ∂²f/∂(a-th)∂(b-th), both of the size of the variable list, in the order the definition writes it (the
 * components in their numbers' order). Where the function is defined without its parameters written
 * ({@code f = x^3 + …}) no order is written, and where a vector's length is neither declared as a number nor written
 * by its components 1 to n, no size: nothing is read. A function the document defines only in an announced inline
 * formula ("Let $f(x) = …$") counts as defined ({@link LatexContext#inlineFunction}).
 */
final class ScalarGradients {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega");

    private ScalarGradients() {
    }

    /**
     * The variables a gradient of a function is by, as LaTeX ({@code x}, {@code \theta}, {@code x_{1}}), the arguments a call
     * of it at them writes ({@code x, y}; {@code x} for a vector written by its components), and that vector, if so.
     */
    record Variables(List<String> latex, List<String> called, Optional<String> vector) {
    }

    /** The variables of the document's function {@code name}, if it has two or more, all scalars or numbered components. */
    static Optional<Variables> variables(VectorEntries entries, String name) {
        LatexContext context = entries.context;
        if (context == null) {
            return Optional.empty();
        }
        Optional<DocumentFunction> f = context.function(name).or(() -> context.inlineFunction(name));
        if (f.isEmpty() || !f.get().component().isEmpty()) {
            return Optional.empty();
        }
        List<Expr> parameters = f.get().parameters();
        if (parameters.size() == 1 && parameters.get(0) instanceof Sym s && written(s.name()).isPresent()) {
            return ofComponents(entries, written(s.name()).get(), s.name(), f.get().body());
        }
        if (parameters.size() < 2) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Expr p : parameters) {
            Optional<String> latex = switch (p) {
                case Sym s when !indexes(f.get().body(), s.name()) -> written(s.name());
                case Indexed x when x.indices().size() == 1 && Index.isConcrete(x.indices().get(0)) ->
                        written(x.name()).map(n -> n + "_{" + x.indices().get(0) + "}");
                default -> Optional.empty();
            };
            if (latex.isEmpty()) {
                return Optional.empty();
            }
            out.add(latex.get());
        }
        return out.stream().distinct().count() == out.size() ? Optional.of(new Variables(out, out, Optional.empty())) : Optional.empty();
    }

    /** A plain name as LaTeX: a letter, or a Greek letter with its backslash; empty for any other. */
    private static Optional<String> written(String name) {
        if (name.matches("[a-zA-Z]")) {
            return Optional.of(name);
        }
        return GREEK.contains(name) ? Optional.of("\\" + name) : Optional.empty();
    }

    /**
     * The components of the one vector {@code x} a function is defined of, where its body writes x only by numbered
     * components ({@code x_1}, {@code x_{2}}): 1 to the length the document declares ({@code x \in \mathbb{R}^3}), or,
     * undeclared, 1 to the highest written, each written; empty otherwise.
     */
    private static Optional<Variables> ofComponents(VectorEntries entries, String latex, String name, Expr body) {
        SortedSet<Integer> numbers = new TreeSet<>();
        if (!numberedOnly(body, name, numbers) || numbers.isEmpty()) {
            return Optional.empty();
        }
        Dimensions.Declared declared = entries.declared.get(latex);
        int length;
        if (declared != null) {
            // x \in \mathbb{R}^3, \mathbb{R}^{3 \times 1}, \mathbb{R}^{1 \times 3}: a length written as a number
            String written = declared.columns() == null || declared.columns().equals("1") ? declared.rows()
                    : declared.rows().equals("1") ? declared.columns() : "";
            if (!written.matches("[1-9][0-9]?")) {
                return Optional.empty();
            }
            length = Integer.parseInt(written);
        } else if (entries.declaredNames.contains(latex)) {
            // declared in two shapes: no one length
            return Optional.empty();
        } else {
            length = numbers.last();
            if (numbers.size() != length) {
                return Optional.empty();
            }
        }
        if (length < 2 || numbers.last() > length) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int a = 1; a <= length; a++) {
            out.add(latex + "_{" + a + "}");
        }
        return Optional.of(new Variables(out, List.of(latex), Optional.of(latex)));
    }

    /** Whether {@code e} writes {@code name} only as numbered components, one number each, collecting the numbers. */
    private static boolean numberedOnly(Expr e, String name, Set<Integer> numbers) {
        if (e instanceof Sym s && s.name().equals(name)) {
            return false;
        }
        if (e instanceof Indexed x && x.name().equals(name)) {
            if (x.indices().size() != 1 || !x.indices().get(0).matches("[1-9][0-9]?")) {
                return false;
            }
            numbers.add(Integer.parseInt(x.indices().get(0)));
            return true;
        }
        return Exprs.children(e).stream().allMatch(c -> numberedOnly(c, name, numbers));
    }

    private static boolean indexes(Expr e, String name) {
        return e instanceof Indexed x && x.name().equals(name) || Exprs.children(e).stream().anyMatch(c -> indexes(c, name));
    }

    /**
     * Whether the tokens at {@code k} write {@code \nabla f} or {@code \nabla^2 f} of such a function, or {@code \nabla_x f}
     * by the vector it is written of.
     */
    static boolean writtenAt(List<Token> tokens, int k, VectorEntries entries) {
        if (tokens.get(k).getType() != LatexLexer.NABLA) {
            return false;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE) {
            int end = LatexTokens.argumentEnd(tokens, k + 2);
            if (end < 0) {
                return false;
            }
            String by = tokens.subList(k + 2, end).stream().map(Token::getText).reduce("", String::concat);
            int j = operandFrom(tokens, end);
            Optional<Variables> v = j < 0 ? Optional.empty() : variables(entries, tokens.get(j).getText());
            return v.isPresent() && v.get().vector().map(x -> plain(x).equals(plain(by))).orElse(false);
        }
        int j = operandAt(tokens, k);
        return j >= 0 && variables(entries, tokens.get(j).getText()).isPresent();
    }

    /** Text without spaces, braces and a bold font: {@code \mathbf{x}} and {@code {x}} as {@code x}. */
    private static String plain(String text) {
        return VectorNotation.stripBold(text.replaceAll("\\s+", "")).replaceAll("[{}]", "");
    }

    /** Where the letter a {@code \nabla} or {@code \nabla^2} at {@code k} without a subscript is of stands ({@code \nabla^2 f}); -1 if none. */
    static int operandAt(List<Token> tokens, int k) {
        return tokens.get(k).getType() == LatexLexer.NABLA ? operandFrom(tokens, k + 1) : -1;
    }

    /** Where the letter stands that the tokens from {@code j} write, after a {@code ^2} if they start with one; -1 if none. */
    private static int operandFrom(List<Token> tokens, int j) {
        if (j < tokens.size() && tokens.get(j).getType() == LatexLexer.CARET) {
            j++;
            if (j + 2 < tokens.size() && tokens.get(j).getType() == LatexLexer.LBRACE && tokens.get(j + 1).getText().equals("2")
                    && tokens.get(j + 2).getType() == LatexLexer.RBRACE) {
                j += 3;
            } else if (j < tokens.size() && tokens.get(j).getText().equals("2")) {
                j++;
            } else {
                return -1;
            }
        }
        return j < tokens.size() && tokens.get(j).getType() == LatexLexer.LETTER ? j : -1;
    }

    /**
     * {@code \nabla f}, {@code \nabla^2 f} or {@code \nabla_x f} at item {@code k}, the function written last, bare or called at its
     * own parameters:
     * the gradient or the Hessian; empty for anything else.
     */
    static Optional<Node> read(VectorReader reader, LatexParser.NablaContext nabla, List<LatexParser.PostOpContext> ops,
                               List<ParseTree> items, int k) {
        boolean hessian = ops.size() == 1 && ops.get(0) instanceof LatexParser.SuperscriptOpContext s
                && s.scriptArg().getText().replaceAll("[{}\\s]", "").equals("2");
        if (!ops.isEmpty() && !hessian || k + 2 != items.size()) {
            return Optional.empty();
        }
        LatexParser.PostfixContext f = reader.postfixOf(items.get(k + 1));
        if (f == null || !(f.primary() instanceof LatexParser.LetterContext letter)) {
            return Optional.empty();
        }
        Optional<Variables> variables = variables(reader.entries, letter.getText());
        if (variables.isEmpty()) {
            return Optional.empty();
        }
        if (nabla.scriptArg() != null) {
            // \nabla_x f: by the vector the function is written of only
            String by = plain(reader.text(nabla.scriptArg()));
            if (variables.get().vector().map(x -> !plain(x).equals(by)).orElse(true)) {
                return Optional.empty();
            }
        }
        if (!f.postOp().isEmpty()) {
            // \nabla f(x, y), \nabla f(x): at its own parameters only
            boolean own = f.postOp().size() == 1 && f.postOp(0) instanceof LatexParser.CallOpContext call
                    && call.callArgs().expr().stream().map(e -> plain(reader.text(e))).toList()
                    .equals(variables.get().called().stream().map(ScalarGradients::plain).toList());
            if (!own) {
                throw reader.unread("the gradient of a function at other values than its parameters", (ParserRuleContext) items.get(k + 1));
            }
        }
        String name = letter.getText();
        List<String> xs = variables.get().latex();
        int d = reader.shapes.sized(xs.size());
        reader.writtenOut = true;
        List<List<String>> cells = new ArrayList<>();
        if (!hessian) {
            for (String x : xs) {
                cells.add(List.of("{\\frac{\\partial " + name + "}{\\partial " + x + "}}"));
            }
            return Optional.of(new Node(new Shape(d, Shapes.ONE), (r, c) -> WrittenMatrices.entry(cells, r, c)));
        }
        for (String x : xs) {
            List<String> row = new ArrayList<>();
            for (String y : xs) {
                row.add(x.equals(y) ? "{\\frac{\\partial^2 " + name + "}{\\partial " + x + "^2}}"
                        : "{\\frac{\\partial^2 " + name + "}{\\partial " + x + " \\partial " + y + "}}");
            }
            cells.add(row);
        }
        return Optional.of(new Node(new Shape(d, d), (r, c) -> WrittenMatrices.entry(cells, r, c)));
    }
}
