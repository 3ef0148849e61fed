package org.symgrad.document;

import java.util.Optional;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;

/**
 * Why a false step is not known to be false: a derivative in it reaches the variable only through a name written
 * with another number of indices than its definition has ({@code \hat y = \sigma(z)} for one example, then
 * {@code J = \frac{1}{m}\sum_i \mathcal{L}(\hat y_i, y_i)}). What {@code \hat y_i} is the document does not say, so
 * {@code \partial J/\partial w_j} is no derivative symgrad can take as the author meant it; read as a value of its
 * own, {@code \hat y_i} would make a right gradient 0 and the step false.
 */
final class OtherShapeUses {
    private OtherShapeUses() {
    }

    /** The words for the first such name under a derivative of {@code e}, if any. */
    static Optional<String> in(Expr e, Definitions definitions, java.util.Map<String, Integer> definedAt) {
        if (e instanceof Derivative d) {
            Optional<Indexed> other = otherShape(definitions.expand(d.of()), d.wrt().name(), definitions);
            if (other.isPresent()) {
                Indexed x = other.get();
                Definition def = definitions.of(x.name()).orElseThrow();
                Integer line = definedAt.get(x.name());
                int n = def.indices().size();
                return Optional.of("not decided: " + Printer.unicode(x) + " is written with " + count(x.indices().size())
                        + ", but " + Printer.unicode(new Sym(x.name())) + " is defined with " + (n == 0 ? "none" : count(n))
                        + (line == null ? "" : " (line " + line + ")") + ", so what " + Printer.unicode(x)
                        + " is, and how it depends on " + Printer.unicode(d.wrt()) + ", the document does not say;"
                        + " define it, or write one example with a sample index, as x^{(i)}");
            }
        }
        for (Expr c : Exprs.children(e)) {
            Optional<String> inner = in(c, definitions, definedAt);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static String count(int n) {
        return n == 1 ? "1 index" : n + " indices";
    }

    /** A name in {@code e} that the definitions do not define at its indices, though its definition reaches {@code wrt}. */
    private static Optional<Indexed> otherShape(Expr e, String wrt, Definitions definitions) {
        if (e instanceof Indexed x && definitions.defining(x).isEmpty() && definitions.of(x.name()).isPresent()
                && !definitions.isEarlierTerm(x) && definitions.reaches(x.name(), wrt)) {
            return Optional.of(x);
        }
        for (Expr c : Exprs.children(e)) {
            Optional<Indexed> inner = otherShape(c, wrt, definitions);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }
}
