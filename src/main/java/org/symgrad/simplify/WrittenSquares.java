package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;

/**
 * The differences the input squares, each with the sign it wrote in front of the square, for a
 * factor of a result: {@code ∂/∂X_m exp(−(X_i − X_j)²/(2l²))} is
 * {@code −K_ij (X_i − X_j)(δ_im − δ_jm)/l²} as McHutchon prints it, not the normal form's
 * {@code K_ij (δ_im − δ_jm)(X_j − X_i)/l²}. The derivative of {@code s·(a − b)²} is
 * {@code 2s·(a − b)·(a − b)′}: a factor {@code b − a} of a product is turned to the written
 * {@code a − b} when the product then carries the sign {@code s} the input wrote — the minus of a
 * Gaussian kernel's exponent stays in front. Where the turn would give the other sign, the minus
 * comes from the inner derivative ({@code ∂/∂μ (x − μ)²/(2σ²) = (μ − x)/σ²}, the least-squares
 * {@code x(wx − y)}), and the normal form's turn, which absorbs it, stays. The differences are
 * matched exactly, indices included: {@code X_j − X_i} is the pairwise difference turned, whatever
 * its letters' shape; a difference the input wrote itself, squared or not, is never turned.
 * Numerically an identity, and a fixed point: a turned factor is one the input wrote.
 */
final class WrittenSquares {
    /** The squared differences as written, each with the signs written in front of its squares. */
    private final Map<Expr, Set<Boolean>> signs;
    /** Every sum written, squared or not: a difference the input wrote itself is never turned. */
    private final Set<Expr> sums;

    private WrittenSquares(Map<Expr, Set<Boolean>> signs, Set<Expr> sums) {
        this.signs = signs;
        this.sums = sums;
    }

    /** The squared differences {@code written} holds. */
    static WrittenSquares in(List<Expr> written) {
        Map<Expr, Set<Boolean>> out = new HashMap<>();
        Set<Expr> sums = new HashSet<>();
        for (Expr e : written) {
            collect(e, false, out);
            sumsIn(e, sums);
        }
        return new WrittenSquares(out, sums);
    }

    /**
     * {@code e} (a form of the input, or of its derivative) with each factor turned as the input
     * squared it, the sign taken by the product's number: the simplifier's presentation, so that
     * every stage of a derivation writes the difference alike.
     */
    Expr oriented(Expr e) {
        if (signs.isEmpty()) {
            return e;
        }
        Expr out = Exprs.mapChangedChildren(e, this::oriented);
        if (!(out instanceof Mul m)) {
            return out;
        }
        List<Expr> factors = new ArrayList<>(m.factors());
        boolean[] fired = {false};
        if (turnFactors(factors, false, fired)) {
            if (factors.get(0) instanceof Num c) {
                factors.set(0, new Num(c.value().negate(), c.decimal()));
            } else {
                factors.add(0, new Num(org.symgrad.expr.Rational.MINUS_ONE));
            }
        }
        return fired[0] ? Exprs.mul(factors) : out;
    }

    private static void sumsIn(Expr e, Set<Expr> out) {
        if (e instanceof Add) {
            out.add(e);
        }
        Exprs.children(e).forEach(c -> sumsIn(c, out));
    }

    boolean isEmpty() {
        return signs.isEmpty();
    }

    /** {@code e}, whose term reads negative when {@code negative}: its squares of differences recorded with that sign. */
    private static void collect(Expr e, boolean negative, Map<Expr, Set<Boolean>> out) {
        switch (e) {
            case Pow p when p.base() instanceof Add base && WrittenOrientations.isEvenPower(p) -> {
                out.computeIfAbsent(base, b -> new HashSet<>()).add(negative);
                collect(base, false, out);
            }
            case Mul m -> {
                boolean sign = negative ^ numbersNegative(m.factors());
                m.factors().forEach(f -> collect(f, sign, out));
            }
            // Σ is linear: −Σ_k (x_k − μ)² writes its squares with a minus
            case IndexSum s -> collect(s.body(), negative, out);
            default -> Exprs.children(e).forEach(c -> collect(c, false, out));
        }
    }

    private static boolean numbersNegative(List<Expr> factors) {
        boolean out = false;
        for (Expr f : factors) {
            out ^= f instanceof Num n && n.value().signum() < 0;
        }
        return out;
    }

    /**
     * The factors of a product (which stands for its negation when {@code negative}) with each
     * difference turned as the input squared it where the product then carries the sign written in
     * front of the square (in place); whether the product now stands for its negation. A turn is
     * reported in {@code fired}.
     */
    boolean turnFactors(List<Expr> factors, boolean negative, boolean[] fired) {
        if (signs.isEmpty()) {
            return negative;
        }
        boolean reads = negative ^ numbersNegative(factors);
        for (int i = 0; i < factors.size(); i++) {
            if (!(factors.get(i) instanceof Add bracket) || sums.contains(bracket)) {
                continue;
            }
            Expr turned = WrittenOrientations.negated(bracket);
            Set<Boolean> written = signs.get(turned);
            if (written != null && written.size() == 1 && written.contains(!reads)) {
                factors.set(i, turned);
                negative = !negative;
                reads = !reads;
                fired[0] = true;
            }
        }
        return negative;
    }
}
