package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.CompoundMatrices;
import org.symgrad.parse.latex.Dimensions;

/**
 * A pair read through the inverse or determinant of a matrix expression ({@link CompoundMatrices}: {@code (X^\top X)^{-1}})
 * of a matrix the document sizes with two letters of their own ({@code X \in \mathbb{R}^{n \times k}}), checked again with
 * that matrix tall. The checker draws every size as one number n, where X is square and X(XᵀX)⁻¹Xᵀ = I; here the size the
 * compound runs over (k of XᵀX) is one less than n: the rectangular matrices' last line along it is zero (X an n × (n−1)
 * matrix with a zero column beside it), and each compound over that size has its last row and column those of the identity,
 * so that its inverse and determinant are those of its leading (n−1) × (n−1) block, the compound of the tall matrix. Steps
 * that hold for every tall X agree there too (the normal equations, ∂ log det(XᵀX)/∂X = 2X(XᵀX)⁻¹, the push-through
 * identity); one true only for a square X does not (Xb̂ = y of b̂ = (XᵀX)⁻¹Xᵀy).
 *
 * <p>The reading is one-sided: agreeing with the matrices tall confirms a pair that agrees square; disagreeing decides
 * nothing, since the k-sized lines of the other names still run to n, where the tall matrices are zero.
 */
final class TallMatrices {
    private TallMatrices() {
    }

    /** The definitions and the sides' rewriting that make the rectangular matrices tall. */
    record Tall(Definitions definitions, java.util.function.UnaryOperator<Expr> sides) {
    }

    /**
     * The rectangular matrices, in words ({@code X (n × k)}), whose compounds the sides ({@code sides}, their definitions
     * written out) take the inverse or determinant of.
     */
    static Set<String> inCompounds(List<Expr> sides, Definitions definitions, Map<String, Dimensions.Declared> declared) {
        Set<String> out = new TreeSet<>();
        for (Definition d : compounds(sides, definitions)) {
            Exprs.any(d.body(), m -> {
                if (m instanceof Indexed x && x.indices().size() == 2 && rectangular(declared.get(x.name()))) {
                    Dimensions.Declared shape = declared.get(x.name());
                    out.add(x.name() + " (" + shape.rows() + " × " + shape.columns() + ")");
                }
                return false;
            });
        }
        return out;
    }

    /** The definitions of the compounds whose inverse or determinant {@code sides} take. */
    private static List<Definition> compounds(List<Expr> sides, Definitions definitions) {
        Map<String, Definition> out = new LinkedHashMap<>();
        for (Expr side : sides) {
            Exprs.any(side, e -> {
                String name = e instanceof Indexed x ? x.name() : e instanceof Sym y ? y.name() : "";
                MatrixFunctionNames.matrixOf(name).filter(CompoundMatrices::isCompound).flatMap(definitions::of)
                        .ifPresent(d -> out.putIfAbsent(d.name(), d));
                return false;
            });
        }
        return List.copyOf(out.values());
    }

    /**
     * The tall reading of a pair whose sides ({@code sides}, their definitions written out) take the inverse or determinant
     * of a compound of a rectangular matrix {@code declared}; empty where they take none, where one size does not make every
     * such matrix tall, or where a side inverts a rectangular matrix itself (drawn whole, never made tall).
     */
    static Optional<Tall> of(List<Expr> sides, Definitions definitions, Map<String, Dimensions.Declared> declared) {
        List<Definition> compounds = compounds(sides, definitions);
        Map<String, String> over = new LinkedHashMap<>(); // a compound → the size it runs over
        for (Definition d : compounds) {
            Exprs.any(d.body(), m -> {
                if (m instanceof Indexed x && x.indices().size() == 2 && rectangular(declared.get(x.name()))) {
                    Dimensions.Declared shape = declared.get(x.name());
                    for (int p = 0; p < 2; p++) {
                        if (d.indices().contains(x.indices().get(p))) {
                            over.putIfAbsent(d.name(), p == 0 ? shape.rows() : shape.columns());
                        }
                    }
                }
                return false;
            });
        }
        if (over.isEmpty()) {
            return Optional.empty();
        }
        String size = over.values().iterator().next();
        Map<String, Integer> lines = new LinkedHashMap<>(); // a rectangular matrix → the index position along the size
        declared.forEach((name, shape) -> {
            if (rectangular(shape)) {
                if (shape.rows().equals(size)) {
                    lines.put(name, 0);
                } else if (shape.columns().equals(size)) {
                    lines.put(name, 1);
                }
            }
        });
        boolean everyTall = compounds.stream().allMatch(d -> !Exprs.any(d.body(), m -> m instanceof Indexed x
                && rectangular(declared.get(x.name())) && !lines.containsKey(x.name())));
        boolean inverted = sides.stream().anyMatch(side -> Exprs.any(side, e -> e instanceof Variable v
                && MatrixFunctionNames.matrixOf(v.name()).filter(m -> rectangular(declared.get(m))).isPresent()));
        if (!everyTall || inverted) {
            return Optional.empty();
        }
        java.util.function.UnaryOperator<Expr> tall = e -> zeroLastLine(e, lines);
        Definitions out = definitions;
        for (Definition d : definitions.all()) {
            Expr body = tall.apply(d.body());
            if (size.equals(over.get(d.name())) && d.indices().size() == 2) {
                body = identityLastLine(body, d.indices().get(0), d.indices().get(1));
            }
            if (!body.equals(d.body())) {
                out = out.with(new Definition(d.target(), body));
            }
        }
        return Optional.of(new Tall(out, tall));
    }

    /** Whether {@code shape} is a matrix's whose two sizes are letters of their own. */
    private static boolean rectangular(Dimensions.Declared shape) {
        return shape != null && shape.columns() != null && !shape.rows().equals(shape.columns())
                && !shape.rows().equals("1") && !shape.columns().equals("1");
    }

    /** {@code e} with each entry of a named matrix zero where its index along the size is n; the derivatives' variables kept. */
    private static Expr zeroLastLine(Expr e, Map<String, Integer> lines) {
        if (e instanceof Derivative d) {
            return new Derivative(zeroLastLine(d.of(), lines), d.wrt());
        }
        if (e instanceof Indexed x && x.indices().size() == 2 && lines.containsKey(x.name())) {
            return Exprs.mul(x, Exprs.sub(Exprs.ONE, new Delta(x.indices().get(lines.get(x.name())), Index.SIZE)));
        }
        return Exprs.mapChangedChildren(e, c -> zeroLastLine(c, lines));
    }

    /** The entry (r, c) of a matrix, {@code body}, with its last row and column those of the identity. */
    private static Expr identityLastLine(Expr body, String r, String c) {
        Expr lastRow = new Delta(r, Index.SIZE);
        Expr lastColumn = new Delta(c, Index.SIZE);
        return Exprs.add(Exprs.mul(body, Exprs.sub(Exprs.ONE, lastRow), Exprs.sub(Exprs.ONE, lastColumn)),
                Exprs.mul(lastRow, lastColumn));
    }

    /** The words of an undecided pair that does not agree with the matrices tall. */
    static String squareOnly(java.util.Collection<String> rectangular) {
        return "equal at every sampled point, but the check draws every size as one number, where " + String.join(", ", rectangular)
                + " is square; through the inverse or determinant of a product of it, a step true only for a square matrix agrees"
                + " there too, and with it tall the step does not agree, so it is not decided";
    }
}
