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

    /** Marks a name takes as a value of a variable: θ^*, x̂, x̃, x̄, x_opt, x_max, x_min, x_crit, E_{\text{MSY}}. */
    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile(
            "star|hat|tilde|bar|opt|max|min|crit|[A-Z][A-Z0-9]*");

    /**
     * Whether the call of {@code f} at {@code arguments} is f at a labelled value of its parameters: each argument that
     * is not the parameter at its place is that parameter's letter with a label, Y(E_{\text{MSY}}) after
     * Y(E) = …, s(θ^*) after s(θ) = …: a value of f at a point the text names, a claim, not f defined again.
     */
    static boolean atLabelledPoint(DocumentFunction f, List<Expr> arguments) {
        if (arguments.size() != f.parameters().size() || arguments.equals(f.parameters())) {
            return false;
        }
        for (int k = 0; k < arguments.size(); k++) {
            Expr a = arguments.get(k);
            if (a.equals(f.parameters().get(k))) {
                continue;
            }
            if (!(f.parameters().get(k) instanceof Sym p) || f.parameters().contains(a) || !labels(p, a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code a} is the letter of {@code p} with a label that makes a name of its own (E_{\text{MSY}} as EMSY, θ^*
     * as thetastar). An entry E_0 is not: it reads as E at an index, a value of the variable E, not a name for the point.
     */
    private static boolean labels(Sym p, Expr a) {
        return a instanceof Sym s && s.name().length() > p.name().length() && s.name().startsWith(p.name())
                && MARK.matcher(s.name().substring(p.name().length())).matches();
    }
}
