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
    /** The shapes of terms so far ({@link #shape}). */
    private final Shapes shapes;
    /** The term sets of the result's sums that keep the normal form's order ({@link #sumsKeptIn}). */
    private Map<Set<Expr>, List<Expr>> keptInResult = Map.of();

    private WrittenTermOrder(List<List<Expr>> written, Map<Factored, Expr> grouped, Normalizer plain, Shapes shapes) {
        this.written = written;
        this.grouped = grouped;
        this.plain = plain;
        this.shapes = shapes;
    }

    /** The argument sums {@code input} writes, their terms normalised by {@code plain}. */
    static WrittenTermOrder in(Expr input, Normalizer plain) {
        List<List<Expr>> out = new ArrayList<>();
        Map<Factored, Expr> grouped = new HashMap<>();
        Shapes shapes = new Shapes(plain);
        collect(input, plain, shapes, out, grouped);
        return new WrittenTermOrder(out, grouped, plain, shapes);
    }

    private static void collect(Expr e, Normalizer plain, Shapes shapes, List<List<Expr>> out, Map<Factored, Expr> grouped) {
        if (e instanceof Fn f && f.args().size() == 1) {
            groupedAsWritten(f.arg(), plain).ifPresent(g -> grouped.putIfAbsent(plain.normalize(f.arg()), g));
        }
        // every sum the input writes, an argument or not: (w x + b − y)² differentiated is 2x(w x + b − y)
        if (e instanceof Add a) {
            List<Expr> terms = a.terms().stream().map(shapes::of).toList();
            if (new HashSet<>(terms).size() == terms.size() && !out.contains(terms)) {
                out.add(terms);
            }
        }
        Exprs.children(e).forEach(c -> collect(c, plain, shapes, out, grouped));
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
        // only a function the normal form took out as a factor (e^{−x} of e^x + e^{−x}), or a name out of a polynomial
        // written term by term (x + 0.044715x³, not x(1 + 0.044715x²)): another name or a number taken out is the normal
        // form's textbook grouping, and a sum with a number (1 + e^u) is σ's and softplus's shape
        // (every term an exp's multiple: e^x + e^{−x}, not x − x/(2e^{tanh x}), which the normal form reads over one exp)
        if (!namesTakenOut(presented) && !polynomial(sum) && !overOneDenominator(presented) && (sum.terms().stream().anyMatch(t -> !Exprs.any(t, x -> x instanceof Fn g && g.name().equals("exp")))
                || !(presented instanceof Mul m)
                || m.factors().stream().noneMatch(f -> f instanceof Fn || f instanceof org.symgrad.expr.Pow p && p.base() instanceof Fn))) {
            return Optional.empty();
        }
        Expr written = Exprs.add(sum.terms().stream().map(plain::canonical).toList());
        if (!plain.normalize(written).equals(form) || TextbookCost.of(written) > TextbookCost.of(presented)) {
            return Optional.empty();
        }
        return Optional.of(written);
    }

    /**
     * Whether {@code sum} is a polynomial written term by term, each term a number times powers of names with whole
     * exponents ({@code 0.07056u³ + 1.5976u}, {@code x + 0.044715x³}): a source prints the argument so
     * ({@code Phi_approx}'s {@code inv_logit(0.07056u³ + 1.5976u)}, GELU's {@code tanh(√(2/π)(x + 0.044715x³))}),
     * not as the normal form's {@code u(0.07056u² + 1.5976)}.
     */
    private static boolean polynomial(Add sum) {
        return sum.terms().stream().allMatch(WrittenTermOrder::monomial);
    }

    /**
     * Whether the normal form put a sum the input wrote term by term over one denominator, its numerator the bracket
     * alone ({@code 1 + y²/ν} as {@code (ν + y²)/ν}, {@code x/2 − 1} as {@code (x − 2)/2}): the input's argument of a
     * function ({@code log(1 + y²/ν)}, Student t's log density) is then printed as written, where it reads shorter.
     */
    private static boolean overOneDenominator(Expr presented) {
        if (!(presented instanceof Mul m) || m.factors().stream().filter(f -> f instanceof Add).count() != 1) {
            return false;
        }
        return m.factors().stream().allMatch(f -> f instanceof Add
                || f instanceof Num n && n.value().num().abs().equals(java.math.BigInteger.ONE) && !n.value().isInteger()
                || f instanceof org.symgrad.expr.Pow p && p.exponent() instanceof Num k && k.value().signum() < 0);
    }

    private static boolean monomial(Expr t) {
        return switch (t) {
            case Num n -> true;
            case org.symgrad.expr.Variable v -> true;
            case org.symgrad.expr.Pow p -> p.base() instanceof org.symgrad.expr.Variable
                    && p.exponent() instanceof Num k && k.value().isInteger() && k.value().signum() > 0;
            case Mul m -> m.factors().stream().allMatch(WrittenTermOrder::monomial);
            default -> false;
        };
    }

    /**
     * Whether the normal form took names out of a sum that its bracket is free of ({@code k − p k} as {@code k(1 − p)}):
     * the input's argument of a function ({@code lgamma(k − p k)}) is then printed as written, as Stan's beta-proportion
     * partial writes {@code digamma(k − p k)}. A name the bracket still holds ({@code x − x/(2e^{tanh x})} as
     * {@code x(1 − 1/(2e^{tanh x}))}) keeps the normal form's grouping, unless the input wrote the sum as a polynomial
     * term by term ({@link #polynomial}).
     */
    private static boolean namesTakenOut(Expr presented) {
        if (!(presented instanceof Mul m) || m.factors().stream().filter(f -> f instanceof Add).count() != 1
                || !m.factors().stream().allMatch(f -> f instanceof Add || f instanceof org.symgrad.expr.Variable)) {
            return false;
        }
        Expr bracket = m.factors().stream().filter(f -> f instanceof Add).findFirst().orElseThrow();
        return m.factors().stream().filter(f -> f != bracket).noneMatch(name -> Exprs.any(bracket, name::equals));
    }

    /**
     * {@code e} with its sums in the order the input wrote them: a function's argument as
     * {@link #asWritten}, a bracket (a factor, a power's base) whose terms are the terms of a sum the input wrote, or their
     * negations (the written difference kept the other way round: {@code y − w x − b} for the input's
     * {@code w x + b − y}), in the input's order.
     */
    Expr ordered(Expr e) {
        if (written.isEmpty() && grouped.isEmpty()) {
            return e;
        }
        keptInResult = new HashMap<>();
        sumsKeptIn(e, false);
        return orderedWithin(e);
    }

    /**
     * The terms (as a set of shapes) of each sum of the result that keeps the normal form's order — one
     * that is no bracket and no function's argument (a case's value, a Σ's body, the whole) — and of its
     * negation: a bracket with those terms keeps that order too, so the result writes one sum one way
     * and simplifying it again changes nothing ({@code x^3 + 2y} and {@code −(x^3 + 2y)}, not {@code −(2y + x^3)}).
     */
    private void sumsKeptIn(Expr e, boolean bracketOrArgument) {
        if (e instanceof Add a && !bracketOrArgument) {
            List<Expr> termShapes = a.terms().stream().map(shapes::of).toList();
            List<Expr> negations = a.terms().stream().map(t -> shapes.of(negated(t))).toList();
            keptInResult.putIfAbsent(new HashSet<>(termShapes), termShapes);
            keptInResult.putIfAbsent(new HashSet<>(negations), negations);
        }
        boolean argument = e instanceof Fn f && f.args().size() == 1;
        for (Expr k : Exprs.children(e)) {
            sumsKeptIn(k, argument || e instanceof Mul || e instanceof org.symgrad.expr.Pow p && p.base() == k);
        }
    }

    private Expr orderedWithin(Expr e) {
        boolean argument = e instanceof Fn f && f.args().size() == 1;
        // a bracket: a sum as a factor or as the base of a power; a sum of terms the derivation wrote
        // (the product rule's, a Σ's body) keeps the normal form's order
        boolean bracket = !written.isEmpty() && (e instanceof Mul || e instanceof org.symgrad.expr.Pow);
        return Exprs.mapChangedChildren(e, k -> argument ? asWritten(k)
                : bracket && k instanceof Add && (e instanceof Mul || ((org.symgrad.expr.Pow) e).base() == k)
                        ? inBracketOrder(orderedWithin(k)) : orderedWithin(k));
    }

    /**
     * A whole sum whose terms are, one for one, the terms of a sum the input wrote, in the input's order: a fraction
     * split term by term ({@link TermwiseFractions}) writes {@code 1/w + x(1 − 2y)} as the input did, not in its
     * numerator's monomial order; any other expression is itself.
     */
    Expr wholeSumAsWritten(Expr e) {
        return e instanceof Add a && !written.isEmpty() ? sumInWrittenOrder(a) : e;
    }

    private Expr inBracketOrder(Expr bracket) {
        if (!(bracket instanceof Add a)) {
            return bracket;
        }
        List<Expr> termShapes = a.terms().stream().map(shapes::of).toList();
        List<Expr> kept = keptInResult.get(new HashSet<>(termShapes));
        if (kept == null || kept.size() != termShapes.size()) {
            return sumInWrittenOrder(a);
        }
        // the order of the sum the result writes with these terms elsewhere
        List<Expr> ordered = new ArrayList<>(a.terms());
        ordered.sort(java.util.Comparator.comparingInt(t -> kept.indexOf(shapes.of(t))));
        return ordered.equals(a.terms()) ? a : new Add(ordered);
    }

    /**
     * A sum in the order of a sum the input wrote with its terms; or, with their negations, in the order
     * {@link WrittenOrientations#negated} writes the negation of the input's sum (its added terms first, in their
     * order, then the subtracted ones: {@code w x + b − y} for the input's {@code y − w x − b}); {@code a} itself if none.
     */
    private Expr sumInWrittenOrder(Add a) {
        List<Expr> ordered = inWrittenOrder(a.terms());
        if (ordered != null) {
            ordered = LeadingTerm.first(ordered, LeadingTerm::subtracted);
        } else {
            List<Expr> negated = a.terms().stream().map(WrittenTermOrder::negated).toList();
            List<Expr> order = inWrittenOrder(negated);
            if (order == null) {
                return a;
            }
            List<Expr> added = new ArrayList<>();
            List<Expr> subtracted = new ArrayList<>();
            for (Expr t : order) {
                Expr term = a.terms().get(negated.indexOf(t));
                (LeadingTerm.subtracted(term) ? subtracted : added).add(term);
            }
            added.addAll(subtracted);
            ordered = added;
        }
        // a sum already read in that order (its leading term aside, as printed) stays as it is:
        // simplifying again, or what it prints read back, gives the same expression
        return ordered.equals(a.terms()) || LeadingTerm.first(ordered, LeadingTerm::subtracted)
                .equals(LeadingTerm.first(a.terms(), LeadingTerm::subtracted)) ? a : new Add(ordered);
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

    /** {@link #shape} by one normaliser, each term's computed once: a bracket's terms are looked up again and again. */
    private static final class Shapes {
        private final Normalizer plain;
        private final Map<Expr, Expr> known = new HashMap<>();

        Shapes(Normalizer plain) {
            this.plain = plain;
        }

        Expr of(Expr term) {
            Expr s = known.get(term);
            if (s == null) {
                s = shape(plain, term);
                known.put(term, s);
            }
            return s;
        }
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

    /** {@code −t}, its number negated where it has one (also for {@link WrittenTermSources}). */
    static Expr negated(Expr t) {
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
        if (written.stream().noneMatch(order -> order.size() == terms.size())) {
            return null;
        }
        List<Expr> normal = terms.stream().map(shapes::of).toList();
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
