package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.gen.LatexParser;
import org.symgrad.parse.latex.VectorReader.Node;

/**
 * Reads derivatives in vector and matrix notation for {@link VectorReader}: {@code \nabla_{\mathbf{w}}} and
 * {@code \frac{\partial}{\partial \mathbf{w}}} before their operand, {@code \nabla} of a call by the vector it is
 * written of, the derivative of a scalar by a vector or matrix (its entry ∂f/∂x_i, ∂f/∂W_ij) and of a vector by a
 * vector (the Jacobian, numerator layout), and the vector or matrix a derivative is taken by.
 */
final class VectorDerivatives {
    private final VectorReader reader;
    private final SecondDerivatives second;

    VectorDerivatives(VectorReader reader) {
        this.reader = reader;
        this.second = new SecondDerivatives(reader, this);
    }

    SecondDerivatives second() {
        return second;
    }

    /** {@code \nabla_{\mathbf{w}}} or {@code \frac{\partial}{\partial \mathbf{w}}} before its operand: the derivative of the rest. */
    Optional<Node> derivativeOperator(ParseTree item, List<ParseTree> items, int k, ParserRuleContext whole) {
        LatexParser.PostfixContext p = reader.postfixOf(item);
        if (p != null && p.primary() instanceof LatexParser.NablaContext n) {
            // \nabla f, \nabla^2 f of a function the document defines of named scalars: by them, in their written order
            Optional<Node> ofScalars = ScalarGradients.read(reader, n, p.postOp(), items, k);
            if (ofScalars.isPresent()) {
                return ofScalars;
            }
            Optional<Node> scripted = second.nablaOperator(n, p.postOp(), items, k, whole);
            if (scripted.isPresent()) {
                return scripted;
            }
        }
        if (p != null && p.postOp().isEmpty() && p.primary() instanceof LatexParser.LeibnizContext l && l.derivNumerator().CARET() != null) {
            Optional<Node> hessian = second.leibnizOperator(l, items, k, whole);
            if (hessian.isPresent()) {
                return hessian;
            }
        }
        // \nabla_{\mathbf{x}} (\mathbf{x}^\top A\mathbf{x}), \frac{\partial}{\partial \mathbf{x}}(…): the bracket is the operand, not a call
        LatexParser.ExprContext bracketed = p != null && p.postOp().size() == 1 && p.postOp(0) instanceof LatexParser.CallOpContext c
                && c.callArgs().expr().size() == 1 && k + 1 == items.size() ? c.callArgs().expr(0) : null;
        if (p == null || !p.postOp().isEmpty() && bracketed == null) {
            return Optional.empty();
        }
        ParserRuleContext by;
        if (p.primary() instanceof LatexParser.NablaContext n && n.scriptArg() != null) {
            by = n.scriptArg();
        } else if (p.primary() instanceof LatexParser.NablaContext n && k + 1 < items.size() && bracketed == null) {
            // \nabla E after E(\boldsymbol\beta) = …: by the one vector the document defines E of
            Optional<Node> parameter = definedParameter(items.get(k + 1));
            if (parameter.isPresent()) {
                return Optional.of(derivative(reader.product(items, k + 1, whole), parameter.get(), whole));
            }
            // \nabla f(\mathbf{w}): the gradient by the one vector the function is written of
            by = calledAt(items.get(k + 1), n);
        } else if (p.primary() instanceof LatexParser.LeibnizContext l && l.derivNumerator().expr() == null
                && l.derivNumerator().CARET() == null && l.derivDenominator().postfix().size() == 1) {
            by = l.derivDenominator().postfix(0);
        } else {
            return Optional.empty();
        }
        if (bracketed == null && k + 1 >= items.size()) {
            throw reader.unread("a derivative operator without its operand", p);
        }
        Node operand = bracketed != null ? bracket(reader.expr(bracketed)) : reader.product(items, k + 1, whole);
        Optional<String> scalar = p.primary() instanceof LatexParser.LeibnizContext ? scalarName(by) : Optional.empty();
        if (scalar.isPresent()) {
            // \frac{\partial}{\partial s}\left(… (\mathbf{x} - \boldsymbol\mu)^\top(\mathbf{x} - \boldsymbol\mu)\right): by a scalar, entry by entry
            return Optional.of(new Node(operand.shape(), (r, c) -> "\\frac{\\partial (" + operand.emit().at(r, c) + ")}{\\partial " + scalar.get() + "}"));
        }
        return Optional.of(derivative(operand, by, whole));
    }

    /** The scalar a derivative is taken by ({@code s} of {@code \frac{\partial}{\partial s}}): a plain name no vector or matrix; empty otherwise. */
    private Optional<String> scalarName(ParserRuleContext by) {
        if (!(by instanceof LatexParser.PostfixContext p) || !p.postOp().isEmpty()
                || !(p.primary() instanceof LatexParser.LetterContext || p.primary() instanceof LatexParser.GreekContext)
                || reader.vectorNames.name(p.primary()).isPresent() || reader.entries.isMatrix(reader.text(p.primary()))) {
            return Optional.empty();
        }
        return Optional.of("{" + reader.text(p.primary()) + "}");
    }

    /**
     * The one vector a bare name is defined of ({@code \nabla E} after {@code E(\boldsymbol\beta) = …}), which the gradient that
     * writes neither its variable nor its argument is by; empty for a name with scripts or a call, or defined of other than
     * one vector.
     */
    Optional<Node> definedParameter(ParseTree item) {
        LatexParser.PostfixContext f = reader.postfixOf(item);
        if (f == null || !f.postOp().isEmpty() || !(f.primary() instanceof LatexParser.LetterContext)) {
            return Optional.empty();
        }
        return vectorParameter(reader.entries, reader.text(f.primary())).map(written -> nameNode(written, true));
    }

    /** The vector or matrix, as written ({@code \beta}), that the document defines the function {@code name} of, alone; empty otherwise. */
    static Optional<String> vectorParameter(VectorEntries entries, String name) {
        Optional<DocumentFunction> defined = entries.context == null ? Optional.empty() : entries.context.function(name)
                .or(() -> entries.context.inlineFunction(name));
        if (defined.isEmpty() || defined.get().parameters().size() != 1 || !defined.get().component().isEmpty()
                || !(defined.get().parameters().get(0) instanceof Sym s)) {
            return Optional.empty();
        }
        String written = s.name().length() > 1 ? "\\" + s.name() : s.name();
        return entries.isVector(written) || entries.matrices.contains(written) ? Optional.of(written) : Optional.empty();
    }

    /** What a bracket holds, as the operand of a derivative: itself in parentheses. */
    Node bracket(Node inside) {
        return new Node(inside.shape(), (r, c) -> "(" + inside.emit().at(r, c) + ")");
    }

    /** The one vector or matrix name a call ({@code f(\mathbf{w})}) is written of, which {@code \nabla} without a subscript is by. */
    ParserRuleContext calledAt(ParseTree item, ParserRuleContext nabla) {
        LatexParser.PostfixContext f = reader.postfixOf(item);
        if (f == null || f.postOp().size() != 1 || !(f.postOp(0) instanceof LatexParser.CallOpContext call)) {
            throw reader.unread("\\nabla without a subscript before something other than a function written of its vector, as f(\\mathbf{w})",
                    nabla);
        }
        List<LatexParser.ExprContext> vectorArgs = call.callArgs().expr().stream().filter(reader::vectorIn).toList();
        if (vectorArgs.size() != 1 || call.callArgs().expr().size() != 1) {
            throw reader.conflict("\\nabla without a subscript of a function of several arguments: write the one it is by, as \\nabla_{\\mathbf{w}}",
                    nabla);
        }
        return vectorArgs.get(0);
    }
    /**
     * The derivative of a scalar by a vector or matrix (its entry ∂f/∂x_i, ∂f/∂W_ij), or of a vector by a vector:
     * the Jacobian in numerator layout, its entry (i, j) ∂s_i/∂z_j.
     */
    Node derivative(Node numerator, ParserRuleContext by, ParserRuleContext where) {
        return derivative(numerator, byName(by), where);
    }

    /** As {@link #derivative(Node, ParserRuleContext, ParserRuleContext)}, by the vector or matrix read. */
    Node derivative(Node numerator, Node variable, ParserRuleContext where) {
        SizedNames.Sized own = reader.components.get(variable);
        if (own != null) {
            return byComponents(numerator, variable, own, where);
        }
        if (numerator.scalar()) {
            String n = scalarNumerator(numerator, List.of(variable), where);
            boolean row = reader.gradientRows && variable.shape().rank() == 1;
            reader.rowGradients += row ? 1 : 0;
            Shape shape = row ? new Shape(Shapes.ONE, reader.dimension(variable)) : variable.shape();
            return new Node(shape, (r, c) -> "\\frac{\\partial (" + n + ")}{\\partial " + variable.emit().at(r, c) + "}");
        }
        if (numerator.shape().rank() != 1 || variable.shape().rank() != 1) {
            throw reader.conflict("the derivative of a matrix, or of a vector by a matrix (more than two indices)", where);
        }
        Shape s = new Shape(reader.dimension(numerator), reader.dimension(variable));
        return new Node(s, (r, c) -> "\\frac{\\partial (" + entry(numerator, r) + ")}{\\partial " + entry(variable, c) + "}");
    }
    /**
     * The derivative by a vector written as its own components ({@code \mathbf{x} = [x_1; x_2]}, {@link SizedNames}): by each
     * component at its place, {@code Σ_a δ_{r a} ∂f/∂x_a}, so no component past the written ones is read.
     */
    private Node byComponents(Node numerator, Node variable, SizedNames.Sized own, ParserRuleContext where) {
        boolean column = own.columnCount() == 1;
        if (numerator.scalar()) {
            String n = scalarNumerator(numerator, List.of(variable), where);
            return new Node(variable.shape(), (r, c) -> WrittenMatrices.entry(own.rows(), r, c, cell -> "\\frac{\\partial (" + n + ")}{\\partial "
                    + cell.substring(1, cell.length() - 1) + "}"));
        }
        if (numerator.shape().rank() != 1 || variable.shape().rank() != 1) {
            throw reader.conflict("the derivative of a matrix, or of a vector by a matrix (more than two indices)", where);
        }
        Shape s = new Shape(reader.dimension(numerator), reader.dimension(variable));
        return new Node(s, (r, c) -> WrittenMatrices.entry(own.rows(), column ? c : null, column ? null : c,
                cell -> "\\frac{\\partial (" + entry(numerator, r) + ")}{\\partial " + cell.substring(1, cell.length() - 1) + "}"));
    }

    /**
     * The scalar a derivative is taken of, as text: refused where it is a call of a function the document defines of
     * vectors and a variable is none it is written of (∂CE(\mathbf{y}, \hat{\mathbf{y}})/∂\boldsymbol\theta: θ enters only
     * through what ŷ is defined as, where a document's unstated assumptions, one-hot labels, enter too).
     */
    String scalarNumerator(Node numerator, List<Node> variables, ParserRuleContext where) {
        String n = numerator.emit().at(null, null);
        for (Node variable : variables) {
            if (reader.calls.containsKey(n) && reader.calls.get(n).stream().noneMatch(a -> a.emit().at("@", "@").equals(variable.emit().at("@", "@")))) {
                throw reader.unread("the derivative of a function the document defines of vectors by a vector it is not written of", where);
            }
        }
        return n;
    }

    /** The entry of a vector, row or column, at {@code l}. */
    String entry(Node vector, String l) {
        boolean row = reader.shapes.isOne(vector.shape().rows());
        return vector.emit().at(row ? null : l, row ? l : null);
    }

    /** The vector or matrix a derivative is taken by. */
    Node byName(ParserRuleContext by) {
        ParserRuleContext inner = by;
        if (inner instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                && b.scriptBody().scriptItem(0).expr().size() == 1) {
            inner = b.scriptBody().scriptItem(0).expr(0);
        }
        Node n = null;
        if (inner instanceof LatexParser.ExprContext e && e.term().size() == 1 && e.term(0).getChildCount() == 1
                && reader.postfixOf(e.term(0).getChild(0)) != null) {
            inner = reader.postfixOf(e.term(0).getChild(0));
        }
        if (inner instanceof LatexParser.PostfixContext p && p.postOp().isEmpty()) {
            n = reader.vectorNames.name(p.primary()).orElse(null);
        } else if (inner instanceof LatexParser.PostfixContext p && p.postOp().size() == 1) {
            n = reader.vectorNames.labelledName(p.primary(), p.postOp(), p).orElse(null);
        } else if (inner instanceof LatexParser.StyledScriptContext || inner instanceof LatexParser.LetterScriptContext
                || inner instanceof LatexParser.GreekScriptContext) {
            n = scriptName(inner);
        }
        if (n == null || n.scalar()) {
            throw reader.unread("a derivative by something other than a vector or matrix name", by);
        }
        return n;
    }

    Node scriptName(ParserRuleContext script) {
        String t = reader.text(script).replaceAll("\\s+", "");
        for (String font : VectorEntries.BOLD) {
            if (t.startsWith(font)) {
                String base = t.substring(font.length()).replaceAll("[{}]", "");
                return nameNode(base, true);
            }
        }
        if (t.matches("[a-zA-Z]|\\\\[a-zA-Z]+")) {
            // \nabla_X as \nabla_{X}: a plain capital read as a matrix in this statement is one here too
            return nameNode(t, reader.entries.isVector(t) || reader.entries.matrices.contains(t) || reader.entries.capitals.contains(t));
        }
        return null;
    }

    private Node nameNode(String base, boolean vector) {
        if (!base.matches("[a-zA-Z]|\\\\[a-zA-Z]+")) {
            return null;
        }
        boolean capital = Character.isUpperCase(base.charAt(base.startsWith("\\") ? 1 : 0));
        if (!vector) {
            return new Node(Shape.SCALAR, (r, c) -> base);
        }
        return reader.named(base, base, capital);
    }
}
