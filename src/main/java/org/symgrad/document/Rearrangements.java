package org.symgrad.document;

import java.util.List;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.DocumentFunction;

/**
 * An equation whose first side has the shape of a definition but restates one the document has given (SPEC §8): a
 * definition solved for a name its value uses, "solving for the intensity, $$I = I_0 10^{\beta/10}$$" after
 * {@code \beta = 10 \log_{10}(I / I_0)}, and a function applied at another variable its value uses, {@code P(r) = V^2/(4r)}
 * after {@code P(R) = V^2 R/(R + r)^2}. Read as definitions, the first was recursive (I → β → I) and every step using I
 * was refused, and the second made P a new function of r; each is a claim, checked with the definitions as given.
 */
final class Rearrangements {
    private Rearrangements() {
    }

    /**
     * Whether {@code value}, given for the name {@code target} the document does not define, uses a defined name whose
     * definition reaches {@code target}: the equation solves that definition for it.
     */
    static boolean solvesFor(Expr value, String target, Definitions definitions) {
        for (String name : DefiningStatements.mentioned(value)) {
            if (!name.equals(target) && definitions.of(name).isPresent() && definitions.reaches(name, target)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the call of {@code f} at {@code arguments} is f at another value: an argument is a name f's value uses
     * beside its parameters (P(r) for P(R) = V²R/(R + r)²), so the equation does not define f again as a function of it.
     */
    static boolean evaluatesAt(DocumentFunction f, List<Expr> arguments) {
        if (arguments.size() != f.parameters().size() || arguments.equals(f.parameters())
                || !f.parameters().stream().allMatch(p -> p instanceof Sym) || !arguments.stream().allMatch(a -> a instanceof Sym)) {
            return false; // P(\mathbf{x}_2) beside P(\mathbf{x}_1): a value at a component, read as before
        }
        for (Expr a : arguments) {
            if (!f.parameters().contains(a) && Exprs.contains(f.body(), a)) {
                return true;
            }
        }
        return false;
    }
}
