package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.LeadingTerm;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/**
 * The terms of a derivative in the order the input wrote the terms they come from (issue 9 item 5): a book
 * differentiates a sum term by term and writes the results in that order. Where the input is a sum and each
 * term of the result (or of the bracket of a result {@code c·(…)}) is the derivative of one of the input's
 * terms, or one term of it, with the terms of each input term's derivative adding up to that derivative,
 * the result's terms stand in the order of the input's terms: the lasso's
 * {@code −Σ_i X_ij r_i/n + λ sign(w_j)} for {@code 1/(2n) Σ_i r_i² + λ Σ_k |w_k|}, the planar flow's
 * {@code δ_ij + u_i w_j (1 − tanh² a)} for {@code z_i + u_i tanh(a)}, and a bracket whose first term is then
 * subtracted takes the sign out: {@code −2(e p_f − λ q_f)} for {@code e² + λ(Σ_k q_k² + Σ_k p_k²)}, not
 * {@code 2(λ q_f − e p_f)}. Terms that merged across input terms, or a result of another shape, keep the
 * normal form's order. A presentation only: the same terms, no rule of its own.
 */
public final class WrittenTermSources {
    /** Input sums with more terms than this keep the normal form's order: each term is differentiated once more. */
    public static final int MAX_TERMS = 6;

    private WrittenTermSources() {
    }

    /**
     * The terms of {@code input} when it is a sum, or a number times a sum, of 2 to {@link #MAX_TERMS}
     * terms (the number multiplied into each); empty otherwise.
     */
    public static List<Expr> termsOf(Expr input) {
        List<Expr> terms = termsOrWhole(input);
        return terms.size() >= 2 && terms.size() <= MAX_TERMS ? terms : List.of();
    }

    /**
     * {@code result} with its terms in the order of {@code derivatives}, the derivatives of the input's
     * terms in the order written; {@code result} itself where its terms do not come one by one from them.
     */
    public static Expr ordered(Expr result, List<Expr> derivatives) {
        if (derivatives.size() < 2) {
            return result;
        }
        Rational multiple = Rational.ONE;
        List<Expr> terms;
        if (result instanceof Add a) {
            terms = a.terms();
        } else if (result instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c
                && m.factors().get(1) instanceof Add a) {
            multiple = c.value();
            terms = a.terms();
        } else {
            return result;
        }
        try {
            return ordered(result, multiple, terms, derivatives);
        } catch (LimitException tooLarge) {
            return result; // an order only
        }
    }

    private static Expr ordered(Expr result, Rational multiple, List<Expr> terms, List<Expr> derivatives) {
        Normalizer plain = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        Num c = new Num(multiple);
        List<List<Factored>> pieces = new ArrayList<>();
        for (Expr d : derivatives) {
            List<Factored> of = new ArrayList<>();
            for (Expr piece : termsOrWhole(d)) {
                of.add(plain.normalize(piece));
            }
            pieces.add(of);
        }
        List<Integer> source = new ArrayList<>();
        for (Expr t : terms) {
            Factored f = plain.normalize(Exprs.mul(c, t));
            int from = -1;
            for (int k = 0; k < pieces.size() && from < 0; k++) {
                if (pieces.get(k).contains(f)) {
                    from = k;
                }
            }
            if (from < 0) {
                return result;
            }
            source.add(from);
        }
        // each input term's derivative is the sum of the result's terms that come from it
        for (int k = 0; k < derivatives.size(); k++) {
            List<Expr> group = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                if (source.get(i) == k) {
                    group.add(Exprs.mul(c, terms.get(i)));
                }
            }
            Expr sum = group.isEmpty() ? Exprs.ZERO : Exprs.add(group);
            if (!plain.normalize(Exprs.sub(sum, derivatives.get(k))).isZero()) {
                return result;
            }
        }
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            places.add(i);
        }
        places.sort(Comparator.comparingInt(source::get));
        List<Expr> ordered = places.stream().map(terms::get).toList();
        if (source.stream().distinct().count() == 1) {
            // all from one input term: no written order to follow, and the sign stays where the result has it,
            // 200(y − x²) of 100(y − x²)² + (1 − x)², not −200(x² − y)
            return result;
        }
        if (multiple.isOne() || !LeadingTerm.subtracted(ordered.get(0))) {
            // a sum is printed with an added term first ({@link LeadingTerm}): so it is built
            List<Expr> shown = LeadingTerm.first(ordered, LeadingTerm::subtracted);
            if (shown.equals(LeadingTerm.first(terms, LeadingTerm::subtracted))) {
                return result;
            }
            return multiple.isOne() ? new Add(shown) : new Mul(List.of(c, new Add(shown)));
        }
        // a bracket that would open with a subtracted term takes the sign out: −2(e p − λ q), not 2(−e p + λ q)
        List<Expr> negated = ordered.stream().map(WrittenTermOrder::negated).toList();
        return new Mul(List.of(new Num(multiple.negate()), new Add(negated)));
    }

    /** The terms of a sum, of a number times a sum (the number multiplied in), or the expression itself. */
    private static List<Expr> termsOrWhole(Expr d) {
        if (d instanceof Add a) {
            return a.terms();
        }
        if (d instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c
                && m.factors().get(1) instanceof Add a) {
            return a.terms().stream().map(t -> Exprs.mul(c, t)).toList();
        }
        return List.of(d);
    }
}
