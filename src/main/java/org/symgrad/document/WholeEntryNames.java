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
 * A derivative whose operand, as the document defines it, writes a name whole that the document defines by its entries:
 * the loss known through an upstream gradient by a matrix, "Given $G = \frac{\partial L}{\partial Y}$" with
 * {@code Y = XW} read as Y_ij = Σ_k X_ik W_kj, is read as G·Y with Y one number, which does not depend on W, so the right
 * {@code \frac{\partial L}{\partial W} = X^\top G} was false ("the left side is 0"). The dependence through such a name is
 * not read, so the step is undecided, saying why. Not a name inside a function the document leaves abstract, nor a constant.
 */
final class WholeEntryNames {
    private WholeEntryNames() {
    }

    /** Why {@code d} cannot be checked as read, where its operand writes such a name through which its variable is reached. */
    static Optional<String> in(Derivative d, Definitions definitions) {
        String wrt = d.wrt() instanceof Indexed w ? w.name() : d.wrt() instanceof Sym s ? s.name() : null;
        if (wrt == null) {
            return Optional.empty();
        }
        Expr body = definitions.expand(d.of());
        java.util.List<Sym> found = new java.util.ArrayList<>();
        collect(body, wrt, definitions, found);
        Optional<Sym> whole = found.stream().findFirst();
        return whole.map(y -> {
            Definition entries = definitions.of(y.name()).orElseThrow();
            return Printer.unicode(d.of()) + " is read as " + Printer.unicode(body) + ", with " + y.name() + " whole, but "
                    + y.name() + " is defined by its entries (" + Printer.unicode(entries.target()) + "), so how it depends on "
                    + Printer.unicode(d.wrt()) + " is not read: write the step by components, the gradient by "
                    + y.name() + " by its entries (∂" + Printer.unicode(d.of()) + "/∂" + Printer.unicode(entries.target()) + ")";
        });
    }

    /**
     * The plain names of {@code e} defined by their entries through which {@code wrt} is reached, written as values: not the
     * argument of a function the document leaves abstract ({@code l(\mathbf{o}, y)}, differentiated through o's entries
     * elsewhere), not a named constant ({@code \pi} beside a document's π_k).
     */
    private static void collect(Expr e, String wrt, Definitions definitions, java.util.List<Sym> out) {
        switch (e) {
            case Sym s -> {
                if (!s.name().equals(wrt) && !org.symgrad.functions.Constants.isConstant(s) && byEntries(s, definitions)
                        && definitions.reaches(s.name(), wrt)) {
                    out.add(s);
                }
            }
            case org.symgrad.expr.Fn f when !org.symgrad.functions.FunctionRegistry.isKnown(f.name()) -> {
            }
            default -> Exprs.children(e).forEach(c -> collect(c, wrt, definitions, out));
        }
    }

    /** Whether the document defines the plain name by its entries only ({@code Y_ij = …}), not as a whole. */
    private static boolean byEntries(Sym s, Definitions definitions) {
        return definitions.of(s.name()).filter(def -> def.target() instanceof Indexed && definitions.defining(s).isEmpty()).isPresent();
    }
}
