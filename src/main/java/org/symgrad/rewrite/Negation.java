package org.symgrad.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;

/**
 * Sign-aware matching: a pattern {@code −u} matches a target that reads as a negative quantity,
 * binding {@code u} to its negation. Which targets read negative is the caller's convention —
 * the normaliser's canonical sign (the sign of the leading coefficient) or, by default, a negative
 * number, a product with a negative coefficient, or a sum of such terms.
 */
@FunctionalInterface
public interface Negation {
    /** The default convention on plain expressions. */
    Negation PLAIN = Negation::plain;

    /** {@code u} when {@code t} reads as {@code −u}; empty when it does not read negative. */
    Optional<Expr> positive(Expr t);

    private static Optional<Expr> plain(Expr t) {
        return switch (t) {
            case Num n when n.value().signum() < 0 -> Optional.of(new Num(n.value().negate()));
            case Mul m when m.factors().get(0) instanceof Num c && c.value().signum() < 0 -> {
                List<Expr> rest = new ArrayList<>(m.factors().subList(1, m.factors().size()));
                if (!c.value().negate().isOne()) {
                    rest.add(0, new Num(c.value().negate()));
                }
                yield Optional.of(Exprs.mul(rest));
            }
            case Add a -> {
                List<Expr> terms = new ArrayList<>();
                for (Expr term : a.terms()) {
                    Optional<Expr> p = plain(term);
                    if (p.isEmpty()) {
                        yield Optional.empty();
                    }
                    terms.add(p.get());
                }
                yield Optional.of(Exprs.add(terms));
            }
            default -> Optional.empty();
        };
    }
}
