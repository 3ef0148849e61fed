package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Second derivatives of a scalar by vectors, the Hessian, for {@link VectorReader}: {@code \nabla^2_{\mathbf{w}} L},
 * {@code \nabla_{\mathbf{w}}^2 L}, {@code \nabla^2 f(\mathbf{w})}, {@code \nabla_{\mathbf{w}} \nabla_{\mathbf{w}}^\top L},
 * {@code \frac{\partial^2 L}{\partial \mathbf{w} \partial \mathbf{w}^\top}} (and the operator
 * {@code \frac{\partial^2}{\partial \mathbf{w} \partial \mathbf{w}^\top} L}): the matrix whose entry (i, j) is
 * ∂²L/∂w_i∂w_j, by two vectors x and y (rows by x, columns by y: ∂²L/∂x_i∂y_j) where the transpose says which is which.
 * Also the gradient written as a row, {@code \nabla_{\mathbf{w}}^\top L}. Of a vector or by a matrix (more than two
 * indices) it is refused with a message; a side of another shape (a scalar, as for the Laplacian ∇²φ) is not read so.
 */
final class SecondDerivatives {
    private final VectorReader reader;
    private final VectorDerivatives derivatives;

    /** A variable a derivative is taken by, as written in a denominator: {@code \mathbf{w}} or {@code \mathbf{w}^\top}. */
    record By(Node variable, boolean transposed) {
    }

    SecondDerivatives(VectorReader reader, VectorDerivatives derivatives) {
        this.reader = reader;
        this.derivatives = derivatives;
    }

    /**
     * {@code \nabla} with scripts before its operand ({@code \nabla^2_{\mathbf{w}}}, {@code \nabla_{\mathbf{w}}^2},
     * {@code \nabla_{\mathbf{w}}^\top}, {@code \nabla^2} before a call of its vector), or {@code \nabla_{\mathbf{x}}} before
     * {@code \nabla_{\mathbf{y}}^\top}: the Hessian of the rest, or its gradient as a row; empty for other scripts.
     */
    Optional<Node> nablaOperator(LatexParser.NablaContext n, List<LatexParser.PostOpContext> ops, List<ParseTree> items, int k,
                                 ParserRuleContext whole) {
        ParserRuleContext by = n.scriptArg();
        boolean squared = false;
        boolean transposed = false;
        LatexParser.ExprContext bracketed = null;
        for (LatexParser.PostOpContext op : ops) {
            if (op instanceof LatexParser.CallOpContext c && op == ops.get(ops.size() - 1) && (squared || transposed)
                    && c.callArgs().expr().size() == 1 && k + 1 == items.size()) {
                // \nabla^2_{\mathbf{x}} (\mathbf{x}^\top A\mathbf{x}): the bracket is the operand, not a call
                bracketed = c.callArgs().expr(0);
            } else if (op instanceof LatexParser.SubscriptOpContext s && by == null) {
                by = s.scriptArg();
            } else if (op instanceof LatexParser.SuperscriptOpContext s && !squared && !transposed) {
                String t = s.scriptArg().getText().replaceAll("[{}\\s]", "");
                squared = t.equals("2");
                transposed = reader.transpose(s.scriptArg());
                if (!squared && !transposed) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        if (!squared && !transposed) {
            return nablaPair(n, items, k, whole);
        }
        if (bracketed != null && by == null) {
            return Optional.empty();
        }
        if (k + 1 >= items.size() && bracketed == null) {
            throw reader.unread("a derivative operator without its operand", n);
        }
        // \nabla^2 E after E(\boldsymbol\beta) = …: by the one vector the document defines E of
        Optional<Node> parameter = by == null && bracketed == null ? derivatives.definedParameter(items.get(k + 1)) : Optional.empty();
        if (by == null && parameter.isEmpty()) {
            by = derivatives.calledAt(items.get(k + 1), n);
        }
        Node variable = parameter.isPresent() ? parameter.get() : derivatives.byName(by);
        Node operand = bracketed != null ? derivatives.bracket(reader.expr(bracketed)) : reader.product(items, k + 1, whole);
        if (squared) {
            return Optional.of(hessian(operand, variable, variable, whole));
        }
        Node gradient = derivatives.derivative(operand, variable, whole);
        if (gradient.shape().rank() != 1) {
            throw reader.conflict("a transposed derivative of other than a scalar by a vector", whole);
        }
        return Optional.of(new Node(gradient.shape().transposed(), (r, c) -> gradient.emit().at(c, r)));
    }

    /** {@code \nabla_{\mathbf{x}} \nabla_{\mathbf{y}}^\top f} ({@code \nabla\nabla^\top f(\mathbf{w})}): entry (i, j) ∂²f/∂x_i∂y_j. */
    private Optional<Node> nablaPair(LatexParser.NablaContext n, List<ParseTree> items, int k, ParserRuleContext whole) {
        LatexParser.PostfixContext next = k + 1 < items.size() ? reader.postfixOf(items.get(k + 1)) : null;
        if (next == null || !(next.primary() instanceof LatexParser.NablaContext second) || next.postOp().size() != 1
                || !(next.postOp(0) instanceof LatexParser.SuperscriptOpContext sup) || !reader.transpose(sup.scriptArg())
                || (n.scriptArg() == null) != (second.scriptArg() == null) || k + 2 >= items.size()) {
            return Optional.empty();
        }
        ParserRuleContext rows = n.scriptArg();
        ParserRuleContext columns = second.scriptArg();
        if (rows == null) {
            rows = derivatives.calledAt(items.get(k + 2), n);
            columns = rows;
        }
        Node x = derivatives.byName(rows);
        Node y = derivatives.byName(columns);
        return Optional.of(hessian(reader.product(items, k + 2, whole), x, y, whole));
    }

    /** {@code \frac{\partial^2 L}{\partial \mathbf{w} \partial \mathbf{w}^\top}}: the Hessian of the numerator. */
    Node leibniz(Node numerator, LatexParser.LeibnizContext l) {
        if (!order2(l.derivNumerator().scriptArg()) || l.derivDenominator().postfix().size() != 2) {
            throw reader.unread("this second derivative of vectors", l);
        }
        return hessian(numerator, l.derivDenominator().postfix(0), l.derivDenominator().postfix(1), l);
    }

    /** {@code \frac{\partial^2}{\partial \mathbf{w} \partial \mathbf{w}^\top}} before its operand: the Hessian of the rest. */
    Optional<Node> leibnizOperator(LatexParser.LeibnizContext l, List<ParseTree> items, int k, ParserRuleContext whole) {
        if (l.derivNumerator().expr() != null || !order2(l.derivNumerator().scriptArg()) || l.derivDenominator().postfix().size() != 2) {
            return Optional.empty();
        }
        if (k + 1 >= items.size()) {
            throw reader.unread("a derivative operator without its operand", l);
        }
        return Optional.of(hessian(reader.product(items, k + 1, whole), l.derivDenominator().postfix(0),
                l.derivDenominator().postfix(1), l));
    }

    private static boolean order2(LatexParser.ScriptArgContext s) {
        return s != null && s.getText().replaceAll("[{}\\s]", "").equals("2");
    }

    /**
     * The Hessian by the two variables of a denominator: the one written plain gives the rows, the transposed one the
     * columns; written alike, only one vector twice (the Hessian is symmetric, so which is the row does not matter).
     */
    private Node hessian(Node numerator, LatexParser.PostfixContext first, LatexParser.PostfixContext second, ParserRuleContext where) {
        By a = by(first);
        By b = by(second);
        boolean same = a.variable().emit().at("@", "@").equals(b.variable().emit().at("@", "@"));
        if (a.transposed() == b.transposed() && !same) {
            throw reader.conflict("a second derivative by two vectors neither or both transposed: which one stands as the row is not "
                    + "written (∂²L/∂x∂yᵀ has entries ∂²L/∂x_i∂y_j)", where);
        }
        return a.transposed() && !same ? hessian(numerator, b.variable(), a.variable(), where)
                : hessian(numerator, a.variable(), b.variable(), where);
    }

    /** A variable of a denominator, {@code \mathbf{w}} or {@code \mathbf{w}^\top}. */
    private By by(LatexParser.PostfixContext p) {
        List<LatexParser.PostOpContext> ops = p.postOp();
        boolean transposed = !ops.isEmpty() && ops.get(ops.size() - 1) instanceof LatexParser.SuperscriptOpContext s
                && reader.transpose(s.scriptArg());
        List<LatexParser.PostOpContext> label = transposed ? ops.subList(0, ops.size() - 1) : ops;
        Optional<Node> n = label.isEmpty() ? reader.vectorNames.name(p.primary())
                : label.size() == 1 ? reader.vectorNames.labelledName(p.primary(), label, p) : Optional.empty();
        if (n.isEmpty() || n.get().scalar()) {
            throw reader.unread("a second derivative by something other than a vector name", p);
        }
        return new By(n.get(), transposed);
    }

    /** The matrix of entries ∂²f/∂x_r∂y_c of a scalar f by the vectors x (rows) and y (columns). */
    Node hessian(Node numerator, Node rows, Node columns, ParserRuleContext where) {
        if (!numerator.scalar()) {
            throw reader.conflict("a second derivative of a vector or matrix (more than two indices)", where);
        }
        if (rows.shape().rank() != 1 || columns.shape().rank() != 1) {
            throw reader.conflict("a second derivative by a matrix (more than two indices)", where);
        }
        String f = derivatives.scalarNumerator(numerator, List.of(rows, columns), where);
        Shape s = new Shape(reader.dimension(rows), reader.dimension(columns));
        return new Node(s, (r, c) -> "\\frac{\\partial^{2} (" + f + ")}{\\partial " + derivatives.entry(rows, r) + " \\partial "
                + derivatives.entry(columns, c) + "}");
    }
}
