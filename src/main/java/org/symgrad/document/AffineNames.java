package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Sym;

/**
 * A plain name defined as a layer's affine map of plain names, "$z = W x + b$", where the document writes it entry by entry:
 * the loss {@code \frac{1}{2}\|z - y\|^2} (Σ_k (z_k − y_k)²) and the step {@code \frac{\partial L}{\partial W} = (z - y) x^\top}
 * read at W's entry (i, j). The capital is a matrix by its entries W_ij there, the letter it multiplies a vector x_j, the
 * letters added vectors b_i, so z_i = Σ_j W_ij x_j + b_i (was: undecided, "z_k is written with 1 index, but z is defined
 * with none"). Only a sum of one capital times one letter and letters, all undefined, with the name written elsewhere only
 * with one index, the capital with two and the letter it multiplies with one.
 */
final class AffineNames {
    private static final String ROW = "i";
    private static final String SUMMED = "j";

    private AffineNames() {
    }

    /** The definitions with each such name defined entry by entry, where the sides (null for none) write one; else empty. */
    static Optional<Definitions> of(Definitions definitions, List<Expr> sides) {
        List<Expr> written = ElementwiseNames.written(definitions, sides);
        Definitions out = definitions;
        boolean any = false;
        for (Definition d : definitions.all()) {
            if (!(d.target() instanceof Sym z) || !(d.body() instanceof Add sum)) {
                continue;
            }
            Sym matrix = null;
            Sym column = null;
            List<Sym> added = new ArrayList<>();
            boolean affine = true;
            for (Expr term : sum.terms()) {
                if (term instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Sym w && m.factors().get(1) instanceof Sym x
                        && Character.isUpperCase(w.name().charAt(0)) && Character.isLowerCase(x.name().charAt(0)) && matrix == null) {
                    matrix = w;
                    column = x;
                } else if (term instanceof Sym b && Character.isLowerCase(b.name().charAt(0))) {
                    added.add(b);
                } else {
                    affine = false;
                }
            }
            if (!affine || matrix == null || undefinedIn(definitions, matrix, column, added)
                    || !ElementwiseNames.onlyWithOneIndex(z.name(), written, definitions) || !withIndices(matrix.name(), 2, written)
                    || !withIndices(column.name(), 1, written)) {
                continue;
            }
            List<Expr> terms = new ArrayList<>();
            terms.add(Exprs.sum(SUMMED, Exprs.mul(new Indexed(matrix.name(), List.of(ROW, SUMMED)), new Indexed(column.name(), List.of(SUMMED)))));
            added.forEach(b -> terms.add(new Indexed(b.name(), List.of(ROW))));
            try {
                out = out.with(new Definition(new Indexed(z.name(), List.of(ROW)), Exprs.add(terms)));
                any = true;
            } catch (org.symgrad.error.InputException e) {
                return Optional.empty();
            }
        }
        return any ? Optional.of(out) : Optional.empty();
    }

    /** Whether one of the names is defined by the document (then the map is not of undefined names). */
    private static boolean undefinedIn(Definitions definitions, Sym matrix, Sym column, List<Sym> added) {
        List<Sym> all = new ArrayList<>(added);
        all.add(matrix);
        all.add(column);
        return all.stream().anyMatch(s -> definitions.of(s.name()).isPresent());
    }

    /** Whether {@code name} is written with {@code count} indices in the sides, or a derivative is by it so. */
    private static boolean withIndices(String name, int count, List<Expr> written) {
        return written.stream().anyMatch(e -> Exprs.any(e, x -> indexed(x, name, count)
                || x instanceof Derivative d && indexed(d.wrt(), name, count)));
    }

    private static boolean indexed(Expr x, String name, int count) {
        return x instanceof Indexed i && i.name().equals(name) && i.indices().size() == count;
    }
}
