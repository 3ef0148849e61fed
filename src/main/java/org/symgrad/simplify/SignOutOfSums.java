package org.symgrad.simplify;

import org.symgrad.expr.IndexSum;

/**
 * A sign common to every term of a Σ's body stands in front of the Σ ({@value #RULE}:
 * {@code Σ_i (−t_i) = −Σ_i t_i}), as textbooks print it: {@code −Σ_i x_i y_i}, not
 * {@code Σ_i −x_i y_i}; {@code −Σ_i X_ik y_i/(1 + e^{…})}, not the Σ of the negated quotient. The
 * presenter, absorbing a product's leading minus into the factor where it costs the fewest signs,
 * would take a minus into a Σ's body whenever that costs one sign there; a Σ takes it only where its
 * body reads no worse with it ({@code Σ_k (t_k − y_k)} for {@code −Σ_k (y_k − t_k)}).
 */
final class SignOutOfSums {
    /** The presentation rule: a Σ whose every term is negative is the negative of the Σ. */
    static final String RULE = "sign-out-of-sum";

    private SignOutOfSums() {
    }

    /**
     * Whether the factor {@code p} keeps the product's sign out of it: a Σ, whose body would take
     * {@code cost} more to read with the sign absorbed.
     */
    static boolean keepsItsSign(Poly p, int cost) {
        return cost > 0 && p.asAtom().orElse(null) instanceof IndexSum;
    }
}
