package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * The gradient and Hessian of a function the document defines of named scalars, {@code f(x, y) = x^3 + 2xy + y^2}:
 * {@code \nabla f} (or {@code \nabla f(x, y)}) is the column whose a-th entry is ∂f/∂(a-th parameter), {@code \nabla^2 f}
 * the matrix of ∂²f/∂(a-th)∂(b-th), both of the size of the parameter list, in the order the definition writes it. Where
 * the function is defined without its parameters written ({@code f = x^3 + …}) no order is written, and nothing is read.
 */
final class ScalarGradients {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega");

    private ScalarGradients() {
    }

    /** The parameters of the document's function {@code name} as LaTeX ({@code x}, {@code \theta}), if it has two or more, all scalars. */
    static Optional<List<String>> parameters(LatexContext context, String name) {
        if (context == null) {
            return Optional.empty();
        }
        Optional<DocumentFunction> f = context.function(name);
        if (f.isEmpty() || f.get().parameters().size() < 2 || !f.get().component().isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Expr p : f.get().parameters()) {
            if (!(p instanceof Sym s) || indexes(f.get().body(), s.name())) {
                return Optional.empty();
            }
            if (s.name().matches("[a-zA-Z]")) {
                out.add(s.name());
            } else if (GREEK.contains(s.name())) {
                out.add("\\" + s.name());
            } else {
                return Optional.empty();
            }
        }
        return out.stream().distinct().count() == out.size() ? Optional.of(out) : Optional.empty();
    }

    private static boolean indexes(Expr e, String name) {
        return e instanceof Indexed x && x.name().equals(name) || Exprs.children(e).stream().anyMatch(c -> indexes(c, name));
    }

    /** Whether the tokens at {@code k} write {@code \nabla f} or {@code \nabla^2 f} of such a function. */
    static boolean writtenAt(List<Token> tokens, int k, LatexContext context) {
        int j = operandAt(tokens, k);
        return j >= 0 && parameters(context, tokens.get(j).getText()).isPresent();
    }

    /** Where the letter a {@code \nabla} or {@code \nabla^2} at {@code k} without a subscript is of stands ({@code \nabla^2 f}); -1 if none. */
    static int operandAt(List<Token> tokens, int k) {
        if (tokens.get(k).getType() != LatexLexer.NABLA) {
            return -1;
        }
        int j = k + 1;
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
     * {@code \nabla f} or {@code \nabla^2 f} at item {@code k}, the function written last, bare or called at its own parameters:
     * the gradient or the Hessian; empty for anything else.
     */
    static Optional<Node> read(VectorReader reader, LatexParser.NablaContext nabla, List<LatexParser.PostOpContext> ops,
                               List<ParseTree> items, int k) {
        boolean hessian = ops.size() == 1 && ops.get(0) instanceof LatexParser.SuperscriptOpContext s
                && s.scriptArg().getText().replaceAll("[{}\\s]", "").equals("2");
        if (nabla.scriptArg() != null || !ops.isEmpty() && !hessian || k + 2 != items.size()) {
            return Optional.empty();
        }
        LatexParser.PostfixContext f = reader.postfixOf(items.get(k + 1));
        if (f == null || !(f.primary() instanceof LatexParser.LetterContext letter)) {
            return Optional.empty();
        }
        Optional<List<String>> parameters = parameters(reader.context, letter.getText());
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        if (!f.postOp().isEmpty()) {
            // \nabla f(x, y): at its own parameters only
            boolean own = f.postOp().size() == 1 && f.postOp(0) instanceof LatexParser.CallOpContext call
                    && call.callArgs().expr().stream().map(e -> reader.text(e).replaceAll("\\s", "")).toList().equals(parameters.get());
            if (!own) {
                throw reader.unread("the gradient of a function at other values than its parameters", (ParserRuleContext) items.get(k + 1));
            }
        }
        String name = letter.getText();
        List<String> xs = parameters.get();
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
