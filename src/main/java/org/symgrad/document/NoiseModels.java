package org.symgrad.document;

import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;

/**
 * A statistical model written as an equation with an additive noise term: {@code y_i = a + b x_i + \varepsilon_i},
 * Lee and Carter's {@code y_{x,t} = a_x + b_x k_t + \varepsilon_{x,t}}. The response is data and the noise is what the
 * model leaves over ({@code \varepsilon_i = y_i − a − b x_i}); read as a definition of y, the least-squares criterion
 * {@code Σ(y_i − a − b x_i)²} would be {@code Σε_i²}, free of a and b, and every right normal equation false. Such an
 * equation states the model; it defines nothing.
 */
final class NoiseModels {
    /** The names of noise terms in symgrad's spelling: ε (\epsilon, \varepsilon), e, u, η, ν, ξ, ζ. */
    private static final Set<String> NOISE = Set.of("epsilon", "varepsilon", "e", "u", "eta", "nu", "xi", "zeta");

    private NoiseModels() {
    }

    /**
     * Whether {@code body}, the right side of an equation for {@code target}, adds a noise term to something else: a term
     * that is a noise name the document does not define ({@code defined}), written with exactly the target's indices. A
     * scalar ε added to a scalar is no observation's noise: the floor of {@code σ² = log(1 + e^s) + ε} is a constant.
     */
    static boolean addsNoise(Expr target, Expr body, java.util.function.Predicate<String> defined) {
        if (!(body instanceof Add sum)) {
            return false;
        }
        for (Expr term : sum.terms()) {
            if (term instanceof Indexed x && target instanceof Indexed y && NOISE.contains(x.name()) && !defined.test(x.name())
                    && x.indices().equals(y.indices())) {
                return true;
            }
        }
        return false;
    }
}
