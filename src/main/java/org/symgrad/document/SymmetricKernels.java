package org.symgrad.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.functions.FunctionRegistry;

/**
 * A matrix the text says is symmetric and defines by an abstract function of two of its points, the Gram matrix
 * {@code K_{ij} = k(x_i, x_j)} of a kernel k the document leaves undefined: read with that function symmetric, as
 * ½(k(x_i, x_j) + k(x_j, x_i)), which is every symmetric function of the two points. Read as written, any k, the right
 * ∇_α (½‖y − Kα‖²) = −K(y − Kα) of kernel ridge regression was false although the text says K is symmetric, since the
 * definition made the drawn K unsymmetric whatever the assumption said.
 */
final class SymmetricKernels {
    private SymmetricKernels() {
    }

    /** The definitions with each such matrix's entry definition read with its function symmetric; the same where none is. */
    static Definitions applied(Definitions definitions, Sampling sampling) {
        Definitions out = definitions;
        for (Sampling.Constraint c : sampling.constraints()) {
            if (!(c instanceof Sampling.Symmetric s)) {
                continue;
            }
            Optional<Definition> d = definitions.of(s.name());
            if (d.isEmpty() || !(d.get().target() instanceof Indexed x) || x.indices().size() != 2
                    || !(d.get().body() instanceof Fn f) || FunctionRegistry.isKnown(f.name()) || definitions.of(f.name()).isPresent()) {
                continue;
            }
            String i = x.indices().get(0);
            String j = x.indices().get(1);
            if (i.equals(j)) {
                continue;
            }
            Expr swapped = Indices.renameAll(f, Map.of(i, j, j, i));
            if (swapped.equals(f)) {
                continue;
            }
            Expr body = Exprs.div(Exprs.add(List.of(f, swapped)), Exprs.literal("2"));
            try {
                out = out.with(new Definition(x, body));
            } catch (RuntimeException e) {
                // a definition the swap would make cyclic stays as written
            }
        }
        return out;
    }
}
