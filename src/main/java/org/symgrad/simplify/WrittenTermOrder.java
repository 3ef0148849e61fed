package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.LeadingTerm;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/**
 * The terms of a function's argument in the order the input wrote them (a function of one argument:
 * the cases of a piecewise {@code where} keep theirs): {@code σ(2x + 1)} and
 * {@code tanh(w x + b)} come back so, not as the normal form's {@code σ(1 + 2x)}. An argument of a
 * result whose terms are, one for one, the terms of an argument the input wrote (equal normal forms,
 * indices aside) takes their order; nothing else changes, so a step's form up to the order of terms is what it was
 * and each stage of a derivation writes the argument alike. A presentation only: no rule of its own.
 */
final class WrittenTermOrder {
    /** The shapes of the terms of each sum the input writes as an argument, in its order. */
    private final List<List<Expr>> written;
    /**
     * The arguments the input wrote as a multiple of a sum whose terms share a factor, by their
     * normal forms: {@code tanh(c(x + d x³))} keeps that argument, not the normal form's {@code c x(1 + d x²)}.
     */
    private final Map<Factored, Expr> grouped;
    private final Normalizer plain;

    private WrittenTermOrder(List<List<Expr>> written, Map<Factored, Expr> grouped, Normalizer plain) {
        this.written = written;
        this.grouped = grouped;
        this.plain = plain;
    }

    /** The argument sums {@code input} writes, their terms normalised by {@code plain}. */
    static WrittenTermOrder in(Expr input, Normalizer plain) {
        List<List<Expr>> out = new ArrayList<>();
        Map<Factored, Expr> grouped = new HashMap<>();
        collect(input, plain, out, grouped);
        return new WrittenTermOrder(out, grouped, plain);
    }

    private static void collect(Expr e, Normalizer plain, List<List<Expr>> out, Map<Factored, Expr> grouped) {
        if (e instanceof Fn f && f.args().size() == 1) {
            groupedAsWritten(f.arg(), plain).ifPresent(g -> grouped.putIfAbsent(plain.normalize(f.arg()), g));
            for (Expr arg : f.args()) {
                if (sumIn(arg) instanceof Add a) {
                    List<Expr> terms = a.terms().stream().map(t -> shape(plain, t)).toList();
                    if (new HashSet<>(terms).size() == terms.size() && !out.contains(terms)) {
                        out.add(terms);
                    }
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, plain, out, grouped));
    }

    /**
     * An argument written as a multiple of a sum, {@code c·(x + d x³)}, in that shape: the multiple
     * and each term of the sum in their normal forms, the terms in the order written; empty when the
     * normal form writes it so already (its sum's terms share no factor) or it is no such multiple.
     */
    private static Optional<Expr> groupedAsWritten(Expr arg, Normalizer plain) {
        if (arg instanceof Add sum) {
            return sumAsWritten(sum, plain);
        }
        if (!(arg instanceof Mul m) || m.factors().stream().filter(f -> f instanceof Add).count() != 1) {
            return Optional.empty();
        }
        List<Expr> multiple = new ArrayList<>();
        Add sum = null;
        for (Expr f : m.factors()) {
            if (f instanceof Add a) {
                sum = a;
            } else {
                multiple.add(f);
            }
        }
        Factored sumForm = plain.normalize(sum);
        if (sumForm.factors().size() < 2) {
            return Optional.empty(); // no factor common to its terms: the normal form keeps the sum
        }
        List<Expr> terms = sum.terms().stream().map(plain::canonical).toList();
        Expr c = plain.canonical(Exprs.mul(multiple));
        List<Expr> factors = new ArrayList<>(c instanceof Mul cm ? cm.factors() : List.of(c));
        factors.add(Exprs.add(terms));
        Expr out = Exprs.mul(factors);
        return plain.normalize(out).equals(plain.normalize(arg)) ? Optional.of(out) : Optional.empty();
    }

    /**
     * An argument written as a sum whose normal form is a product that reads longer
     * ({@code log(exp(x) + exp(−x))}, not {@code log(exp(−x)(1 + exp(2x)))}): the sum, each term in its
     * normal form, in the order written. A simplification never prints an argument longer than the input
     * wrote it when no rule changed it but the normal form's factoring.
     */
    private static Optional<Expr> sumAsWritten(Add sum, Normalizer plain) {
        Factored form = plain.normalize(sum);
        if (form.factors().size() < 2 && form.factors().values().stream().allMatch(k -> k == 1)) {
            return Optional.empty(); // a sum in the normal form too: its order is inWrittenOrder's
        }
        Expr presented = plain.presenter().present(form);
        // only a function the normal form took out as a factor (e^{−x} of e^x + e^{−x}): a name or a number taken out
        // (x(1 + 0.044715x²)) is the normal form's textbook grouping, and a sum with a number (1 + e^u) is σ's and softplus's
        // shape
        // (every term an exp's multiple: e^x + e^{−x}, not x − x/(2e^{tanh x}), which the normal form reads over one exp)
        if (sum.terms().stream().anyMatch(t -> !Exprs.any(t, x -> x instanceof Fn g && g.name().equals("exp")))
                || !(presented instanceof Mul m)
                || m.factors().stream().noneMatch(f -> f instanceof Fn || f instanceof org.symgrad.expr.Pow p && p.base() instanceof Fn)) {
            return Optional.empty();
        }
        Expr written = Exprs.add(sum.terms().stream().map(plain::canonical).toList());
        if (!plain.normalize(written).equals(form) || TextbookCost.of(written) > TextbookCost.of(presented)) {
            return Optional.empty();
        }
        return Optional.of(written);
    }

    /** {@code e} with its functions' argument sums in the order the input wrote them. */
    Expr ordered(Expr e) {
        if (written.isEmpty() && grouped.isEmpty()) {
            return e;
        }
        boolean argument = e instanceof Fn f && f.args().size() == 1;
        return Exprs.mapChangedChildren(e, k -> argument ? asWritten(k) : ordered(k));
    }

    /** A function's argument as the input grouped it, else with its sum's terms in the order written. */
    private Expr asWritten(Expr arg) {
        if (!grouped.isEmpty() && (arg instanceof Mul || arg instanceof org.symgrad.expr.Pow)) {
            Expr g = grouped.get(plain.normalize(arg));
            if (g != null) {
                return g;
            }
        }
        return inWrittenOrder(ordered(arg));
    }

    /**
     * A term's normal form with its indices aside ({@link WrittenOrientations#shapeOverAnyIndex}): the input's {@code σ(a_d + b)} under {@code Σ_d} is the normal form's
     * {@code σ(b + a_k)}, its bound index renamed.
     */
    private static Expr shape(Normalizer plain, Expr term) {
        return WrittenOrientations.shapeOverAnyIndex(plain.canonical(term));
    }

    /** The sum an argument is, or is a multiple of ({@code −(w x + b)}); null if none. */
    private static Add sumIn(Expr arg) {
        if (arg instanceof Add a) {
            return a;
        }
        return arg instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num
                && m.factors().get(1) instanceof Add a ? a : null;
    }

    /**
     * An argument with its sum's terms in the order the input wrote them; a negated sum whose
     * negated terms the input wrote is written as that sum ({@code σ(−2x − 1)}, not {@code σ(−(1 + 2x))}).
     */
    private Expr inWrittenOrder(Expr arg) {
        Add a = sumIn(arg);
        if (a == null) {
            return arg;
        }
        List<Expr> ordered = inWrittenOrder(a.terms());
        if (ordered != null) {
            // a sum already read in that order (its leading term aside, as printed) stays as it is:
            // simplifying again, or what it prints read back, gives the same expression
            if (LeadingTerm.first(ordered, LeadingTerm::subtracted).equals(LeadingTerm.first(a.terms(), LeadingTerm::subtracted))) {
                return arg;
            }
            Expr sum = Exprs.add(LeadingTerm.first(ordered, LeadingTerm::subtracted));
            return arg instanceof Mul m ? Exprs.mul(m.factors().get(0), sum) : sum;
        }
        if (arg instanceof Mul m && m.factors().get(0) instanceof Num c && c.value().equals(Rational.MINUS_ONE)) {
            List<Expr> negated = a.terms().stream().map(WrittenTermOrder::negated).toList();
            List<Expr> distributed = inWrittenOrder(negated);
            if (distributed != null) {
                return Exprs.add(LeadingTerm.first(distributed, LeadingTerm::subtracted));
            }
        }
        return arg;
    }

    /** {@code −t}, its number negated where it has one. */
    private static Expr negated(Expr t) {
        if (t instanceof Num n) {
            return new Num(n.value().negate(), n.decimal());
        }
        if (t instanceof Mul m && m.factors().get(0) instanceof Num c) {
            List<Expr> rest = new ArrayList<>(m.factors());
            rest.set(0, new Num(c.value().negate(), c.decimal()));
            return Exprs.mul(rest);
        }
        return Exprs.neg(t);
    }

    /** {@code terms} in the order of the first argument the input wrote with the same terms; null if none. */
    private List<Expr> inWrittenOrder(List<Expr> terms) {
        List<Expr> normal = terms.stream().map(t -> shape(plain, t)).toList();
        Set<Expr> distinct = new HashSet<>(normal);
        if (distinct.size() != normal.size()) {
            return null;
        }
        for (List<Expr> order : written) {
            if (order.size() == normal.size() && distinct.containsAll(order)) {
                List<Expr> out = new ArrayList<>(terms);
                for (int i = 0; i < order.size(); i++) {
                    out.set(i, terms.get(normal.indexOf(order.get(i))));
                }
                return out;
            }
        }
        return null;
    }
}
