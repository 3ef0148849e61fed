package org.symgrad.simplify;

import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;
import org.symgrad.rewrite.Rule;

/**
 * A law of the rule book applied to part of a product in normal form, as {@link SignsAbsorbed}
 * and {@link StepsAbsorbed} apply the sign and step laws: the part is divided out and what the law
 * makes of it multiplied in, the law's firing reported.
 */
final class FactorLaw {
    private FactorLaw() {
    }

    /**
     * {@code f} with its part {@code lhs} (the factors {@code f} holds, with their exponents negated
     * in {@code divided}) replaced by what {@code law} makes of it, the law's firing reported.
     */
    static Optional<Factored> replaced(Rule law, Factored f, Expr lhs, Map<Poly, Integer> divided,
                                               Normalizer normalizer) {
        Optional<Expr> rewritten = law.apply(lhs);
        if (rewritten.isEmpty()) {
            return Optional.empty();
        }
        normalizer.trace().fired(law.name());
        return Optional.of(f.multiply(Factored.of(Rational.ONE, divided)).multiply(normalizer.normalize(rewritten.get())));
    }

    /** The factor {@code p} as an application of the one-argument function {@code name}, if it is one. */
    static Optional<Fn> unary(Poly p, String name) {
        return p.asAtom().filter(a -> a instanceof Fn g && g.name().equals(name) && g.args().size() == 1).map(a -> (Fn) a);
    }
}
