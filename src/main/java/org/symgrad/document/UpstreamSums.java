package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.Dimensions;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.print.Printer;

/**
 * A loss known through its upstream gradient by a vector ({@link UpstreamGradients}: "Given $g_i = \partial L/\partial y_i$",
 * L read as Σ_i g_i y_i) in a document that writes range sizes of their own ({@code W \in \mathbb{R}^{m \times n}} beside
 * {@code \sum_{i=1}^m}): the sum runs over y's entries, whose number the reading does not know (it runs to n), so a step
 * through it is undecided, saying why. Read with the sum to n, the right {@code \partial L/\partial x_j = \sum_{i=1}^m W_{ij} g_i}
 * was false ("holds only where m … is the size its other sums run to") and the slip {@code \sum_{i=1}^n W_{ij} g_i} proven.
 */
final class UpstreamSums {
    private UpstreamSums() {
    }

    /**
     * The limits of the sums over the entries of {@code wrt}, a matrix's ({@code O_ij}), where its shape is known and a dimension
     * of it is a size of its own: {@code O} declared, or found n × d by the statements read so far ({@code O = PV},
     * {@link LatexContext#matrixShapes}), beside {@code \sum_{k=1}^{d}}: i to n and j to d, so that L = Σ_ij G_ij O_ij of an
     * upstream gradient G = ∂L/∂O sums over O's entries and the steps through it are checked (n × n of S = QK^⊤: to n, as without
     * it, but known); empty where it is not known (the sums run to n, and {@link #in} says why a step is not checked).
     */
    static List<Expr> limits(Expr wrt, LatexContext context, String document) {
        return limits(wrt, context, document, Definitions.none());
    }

    /**
     * {@link #limits}, and of a vector's entries ({@code y_i}) where {@code definitions} define it by a matrix of a shape the
     * document gives, at the vector's index: {@code y_i = \sum_{j=1}^n W_{ij} x_j} with W m × n has W's m rows.
     */
    static List<Expr> limits(Expr wrt, LatexContext context, String document, Definitions definitions) {
        if (!(wrt instanceof Indexed x) || x.indices().size() > 2 || context == null || context.sizesApart().isEmpty()) {
            return List.of();
        }
        List<String> dimensions;
        if (x.indices().size() == 1) {
            Optional<String> length = length(x.name(), context, document, definitions);
            if (length.isEmpty()) {
                return List.of();
            }
            dimensions = List.of(length.get());
        } else {
            Dimensions.Declared shape = Dimensions.in(document).get(x.name());
            if (shape == null) {
                shape = context.matrixShapes().get(x.name());
            }
            if (shape == null || shape.columns() == null) {
                return List.of();
            }
            dimensions = List.of(shape.rows(), shape.columns());
        }
        List<Expr> out = new ArrayList<>();
        for (String dimension : dimensions) {
            Sym size = dimension.matches("[a-zA-Z]") ? new Sym(dimension) : null;
            if (size != null && context.sizesApart().contains(size)) {
                out.add(size);
            } else if (size != null && (size.equals(Exprs.N) || context.documentSizes().contains(size))) {
                out.add(Exprs.N); // the size read as n
            } else {
                return List.of();
            }
        }
        return out;
    }

    /**
     * The number of entries of the vector {@code name} its definition gives by a matrix of a known shape at the vector's index:
     * the rows of W in {@code y_i = Σ_j W_ij x_j}, its columns in {@code y_i = Σ_j W_ji x_j}; empty where no such matrix tells.
     */
    private static Optional<String> length(String name, LatexContext context, String document, Definitions definitions) {
        java.util.Map<String, Dimensions.Declared> declared = Dimensions.in(document);
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        Optional<Definition> d = definitions.of(name).filter(x -> x.indices().size() == 1);
        if (d.isPresent()) {
            String index = d.get().indices().get(0);
            Exprs.any(d.get().body(), e -> {
                if (e instanceof Indexed m && m.indices().size() == 2 && m.indices().contains(index)
                        && !m.indices().get(0).equals(m.indices().get(1))) {
                    dimension(m.name(), m.indices().get(0).equals(index), declared, context).ifPresent(found::add);
                }
                return false;
            });
        } else {
            // "Let $y_i = \sum_{j=1}^n W_{ij} x_j$", inline and not yet read: its formula as written
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![A-Za-z\\\\])" + java.util.regex.Pattern.quote(name)
                    + "_\\{?\\s*([a-z])\\s*\\}?\\s*=([^$]*)").matcher(document);
            while (m.find()) {
                String index = m.group(1);
                java.util.regex.Matcher entry = ENTRY.matcher(m.group(2));
                while (entry.find()) {
                    if (entry.group(2).equals(index) != entry.group(3).equals(index)) {
                        dimension(entry.group(1), entry.group(2).equals(index), declared, context).ifPresent(found::add);
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** A capital's entry at two letters as written: {@code W_{ij}}, {@code W_{i j}}, {@code W_{i,j}} (groups 1–3). */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile(
            "(?<![A-Za-z\\\\])([A-Z])_\\{\\s*([a-z])\\s*,?\\s*([a-z])\\s*\\}");

    /** The rows (or columns) of the matrix {@code matrix} the document declares or its statements found. */
    private static Optional<String> dimension(String matrix, boolean rows, java.util.Map<String, Dimensions.Declared> declared,
                                              LatexContext context) {
        Dimensions.Declared shape = declared.getOrDefault(matrix, context.matrixShapes().get(matrix));
        return shape == null || shape.columns() == null ? Optional.empty() : Optional.of(rows ? shape.rows() : shape.columns());
    }

    /**
     * Why {@code d} is not checked, where it differentiates such a loss in a document with range sizes of their own;
     * {@code definedAt}: the lines of the names the document gives, the gradient's among them.
     */
    static Optional<String> in(Derivative d, Definitions definitions, Sampling sampling, java.util.Map<String, Integer> definedAt,
                               java.util.Set<String> sized) {
        if (sampling.sizes().isEmpty() || !(d.of() instanceof Sym loss) || sized.contains(loss.name())) {
            return Optional.empty();
        }
        Optional<Definition> def = definitions.of(loss.name()).filter(x -> x.target() instanceof Sym);
        if (def.isEmpty()) {
            return Optional.empty();
        }
        Expr body = def.get().body();
        List<String> indices = new ArrayList<>();
        while (body instanceof IndexSum s && s.upper().equals(Exprs.N) && Exprs.isNum(s.lower(), 1)) {
            indices.add(s.index());
            body = s.body();
        }
        if (indices.isEmpty() || !(body instanceof Mul m) || m.factors().size() != 2) {
            return Optional.empty();
        }
        Optional<String> gradient = Optional.empty();
        Optional<String> through = Optional.empty();
        for (Expr f : m.factors()) {
            if (!(f instanceof Indexed x) || !x.indices().equals(indices)) {
                return Optional.empty();
            }
            if (definitions.of(x.name()).isPresent()) {
                through = Optional.of(x.name());
            } else {
                gradient = Optional.of(x.name());
            }
        }
        // the gradient a name the document gives as ∂L/∂y (defined at a line, a leaf of the definitions), not a leaf an
        // author's sum writes (o = Σ_i α_i v_i)
        if (gradient.isEmpty() || through.isEmpty() || !definedAt.containsKey(gradient.get())) {
            return Optional.empty();
        }
        return Optional.of(loss.name() + " is known through its gradient " + gradient.get() + " by " + through.get() + ", read as "
                + Printer.unicode(def.get().body()) + ": a sum over " + through.get() + "'s entries, whose number the document does "
                + "not give beside its range sizes of their own (" + String.join(", ", sampling.sizes()) + "), so the step is not "
                + "checked: define " + loss.name() + " to check it");
    }
}
