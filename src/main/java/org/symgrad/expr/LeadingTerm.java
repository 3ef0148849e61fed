package org.symgrad.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A sum that begins with a subtracted term is read from its first added term ({@code y_j − t_j},
 * not {@code −t_j + y_j}); nothing else moves. The printer shows sums so, and a form that keeps the
 * order of terms the input wrote ({@code σ(−1 + x)} read as {@code σ(x − 1)}) orders them alike, so
 * what it prints parses back to the same expression.
 */
public final class LeadingTerm {
    private LeadingTerm() {
    }

    /** The first term with {@code negative == false} moved to the front when the first is negative. */
    public static <T> List<T> first(List<T> terms, Predicate<T> negative) {
        if (terms.isEmpty() || !negative.test(terms.get(0))) {
            return terms;
        }
        for (int i = 1; i < terms.size(); i++) {
            if (!negative.test(terms.get(i))) {
                List<T> out = new ArrayList<>(terms.size());
                out.add(terms.get(i));
                for (int j = 0; j < terms.size(); j++) {
                    if (j != i) {
                        out.add(terms.get(j));
                    }
                }
                return out;
            }
        }
        return terms;
    }

    /** Whether a term of a sum reads subtracted: a negative number, or a product whose numbers multiply to one. */
    public static boolean subtracted(Expr term) {
        if (term instanceof Num n) {
            return n.value().signum() < 0;
        }
        if (term instanceof Mul m) {
            boolean negative = false;
            for (Expr f : m.factors()) {
                negative ^= f instanceof Num n && n.value().signum() < 0;
            }
            return negative;
        }
        return false;
    }
}
