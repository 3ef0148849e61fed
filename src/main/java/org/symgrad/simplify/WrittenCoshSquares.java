package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.rewrite.RuleBook;

/**
 * The derivative of tanh written as the input's cosh ({@value RuleBook#COSH_FROM_TANH}): {@code 1 − tanh(u)²} is
 * {@code 1/cosh(u)²} where the input wrote {@code cosh(u)} and not {@code tanh(u)}, as a source that differentiates
 * {@code log cosh} twice prints its Hessian ({@code 1/cosh²(ŷ − y)}); an input that wrote {@code tanh(u)} keeps the
 * derivative table's {@code 1 − tanh(u)²}. Any two terms {@code A} and {@code −A·tanh(u)²} of a sum are read so
 * ({@code x − x tanh(x)²} is {@code x/cosh(x)²}); an identity everywhere. The derivation applies it to its last
 * form: the derivative of an inner derivative's {@code tanh(u)} no longer says that the input wrote a cosh.
 */
public final class WrittenCoshSquares {
    private static final String TANH = "tanh";
    private static final String COSH = "cosh";
    private static final Expr TWO = Exprs.num(2);

    /** The input's {@code cosh(w)} it writes no {@code tanh} of, by the normal form of w and of −w, each to its w. */
    private final Map<Expr, Expr> coshes;
    private final Normalizer normalizer;

    private WrittenCoshSquares(Map<Expr, Expr> coshes, Normalizer normalizer) {
        this.coshes = coshes;
        this.normalizer = normalizer;
    }

    /**
     * {@code result}, a form of the derivative of {@code input}, with each {@code 1 − tanh(u)²} written
     * {@code 1/cosh(w)²} where {@code input} or {@code bodies} (the lets it uses) write {@code cosh(w)} of
     * {@code w = ±u} and none writes a tanh of it; {@code result} itself where there is none.
     */
    public static Expr written(Expr input, List<Expr> bodies, Expr result) {
        if (!Exprs.any(result, e -> isFunction(e, TANH))) {
            return result;
        }
        List<Expr> all = new ArrayList<>(bodies);
        all.add(0, input);
        List<Expr> written = new ArrayList<>();
        List<Expr> tanhs = new ArrayList<>();
        for (Expr e : all) {
            collect(e, COSH, written);
            collect(e, TANH, tanhs);
        }
        if (written.isEmpty()) {
            return result;
        }
        Normalizer normalizer = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Map<Expr, Expr> coshes = new LinkedHashMap<>();
        for (Expr w : written) {
            coshes.putIfAbsent(normalizer.canonical(w), w);
            coshes.putIfAbsent(normalizer.canonical(Exprs.neg(w)), w);
        }
        for (Expr u : tanhs) {
            coshes.remove(normalizer.canonical(u));
            coshes.remove(normalizer.canonical(Exprs.neg(u)));
        }
        return coshes.isEmpty() ? result : new WrittenCoshSquares(coshes, normalizer).written(result);
    }

    private static void collect(Expr e, String name, List<Expr> out) {
        if (isFunction(e, name)) {
            out.add(((Fn) e).arg());
        }
        Exprs.children(e).forEach(c -> collect(c, name, out));
    }

    private static boolean isFunction(Expr e, String name) {
        return e instanceof Fn f && f.name().equals(name) && f.args().size() == 1;
    }

    private Expr written(Expr e) {
        Expr kids = Exprs.mapChangedChildren(e, this::written);
        return switch (kids) {
            case Add a -> joined(a);
            // a sum that became one term joins the product it stood in: 4(1 − tanh(u)²) is 4/cosh(u)²
            case Mul m when kids != e -> Exprs.mul(m.factors());
            // (1 − tanh(u)²)^k is cosh(u)^(−2k)
            case Pow p when kids != e && p.base() instanceof Pow inner && isFunction(inner.base(), COSH)
                    && inner.exponent() instanceof Num i && p.exponent() instanceof Num k ->
                    Exprs.pow(inner.base(), Exprs.num(i.value().multiply(k.value())));
            default -> kids;
        };
    }

    /** {@code sum} with each pair of terms {@code A}, {@code −A·tanh(u)²} written {@code A/cosh(u)²}, where the first stood. */
    private Expr joined(Add sum) {
        List<Expr> terms = new ArrayList<>(sum.terms());
        boolean changed = false;
        for (int i = 0; i < terms.size(); i++) {
            Expr t = terms.get(i);
            Pow square = squaredTanh(t);
            if (square == null) {
                continue;
            }
            Expr w = coshes.get(normalizer.canonical(((Fn) square.base()).arg()));
            Expr minusRest = normalizer.canonical(Exprs.neg(Exprs.mul(without(t, square))));
            for (int j = 0; j < terms.size(); j++) {
                if (j != i && normalizer.canonical(terms.get(j)).equals(minusRest)) {
                    Expr joined = Exprs.mul(terms.get(j), Exprs.pow(Exprs.fn(COSH, w), Exprs.num(-2)));
                    terms.set(Math.min(i, j), joined);
                    terms.remove(Math.max(i, j));
                    changed = true;
                    i = -1; // look again from the start: the sum is shorter
                    break;
                }
            }
        }
        return changed ? Exprs.add(terms) : sum;
    }

    /** The factor {@code tanh(u)²} of the term {@code t}, for a u the input wrote a cosh of; null if none. */
    private Pow squaredTanh(Expr t) {
        for (Expr f : t instanceof Mul m ? m.factors() : List.of(t)) {
            if (f instanceof Pow p && p.exponent().equals(TWO) && isFunction(p.base(), TANH)
                    && coshes.containsKey(normalizer.canonical(((Fn) p.base()).arg()))) {
                return p;
            }
        }
        return null;
    }

    /** The factors of {@code t} but {@code square}. */
    private static List<Expr> without(Expr t, Pow square) {
        List<Expr> out = new ArrayList<>(t instanceof Mul m ? m.factors() : List.of(t));
        out.remove(square);
        return out;
    }
}
