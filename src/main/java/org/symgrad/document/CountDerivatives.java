package org.symgrad.document;

import java.util.Optional;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;

/**
 * A derivative by the number of terms of a sum: ∂PV/∂n where the document defines PV = \sum_{t=1}^{n} C/(1 + r)^t. The
 * count is a whole number and the sum's value at n + ½ is not defined, so the derivative was taken as that of a
 * constant, 0, and the author's ∂PV/∂n = (C/r)(1 + r)^{−n} ln(1 + r), right of the closed form, was called false. Such a
 * step is undecided, and the report says why.
 */
final class CountDerivatives {
    private CountDerivatives() {
    }

    /** Why a derivative in {@code e} is by the number of terms of a sum its expression holds, if one is. */
    static Optional<String> find(Expr e, Definitions definitions) {
        if (e instanceof Derivative d && d.wrt() instanceof Sym count) {
            Expr of = definitions.expand(d.of());
            if (Exprs.any(of, x -> x instanceof IndexSum s && (mentions(s.lower(), count) || mentions(s.upper(), count)))) {
                return Optional.of(Printer.ascii(d.of()) + " is a sum whose number of terms is " + count.name()
                        + ", a whole number, so its derivative by " + count.name()
                        + " is not defined; the step is not checked (write the sum in closed form to check it)");
            }
        }
        for (Expr c : Exprs.children(e)) {
            Optional<String> inner = find(c, definitions);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(Expr limit, Sym count) {
        return limit != null && Exprs.any(limit, count::equals);
    }
}
