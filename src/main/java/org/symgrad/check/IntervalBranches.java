package org.symgrad.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.symgrad.assume.Sampling;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;
import org.symgrad.rewrite.Switches;

/**
 * Two sides whose switches all turn on one quantity q compared interval by interval: a nested
 * clip {@code max(−1, min(1, x))} against the three-branch {@code cases} of HardTanh, hard swish's
 * {@code x·min(max(0, x + 3), 6)/6} or {@code x·clip(x + 3, 0, 6)/6} against its pieces. The points where a switch's argument — a
 * step's, a |·|'s, a max's or min's difference, a case split's comparison — crosses 0 cut the line
 * into open intervals; an argument that holds other switches is taken on each interval where
 * those are decided, and must be affine in q there (its own zero, if inside, cuts the interval
 * again). On each interval every switch is decided, and the two sides, so decided, must have the
 * same normal form. Sound: on an open interval with no jump each side is its decided expression,
 * so the pair is proven wherever q is at none of the cut points (where the branch conditions hold);
 * at a cut point the cases' conventions (which row takes x = 1) may differ, and the verdict says so.
 */
final class IntervalBranches {
    /** The most cut points looked for: a pair with more is left to the other proofs. */
    private static final int MAX_CUTS = 12;

    private final Function<Expr, Optional<Expr>> normalForm;
    private final Sampling sampling;
    /** The assumptions that decided a switch on another quantity ({@link #assumedSign}). */
    private final Set<Sampling.Constraint> used;
    private final TreeSet<Rational> cuts = new TreeSet<>();
    private Expr quantity;

    private IntervalBranches(Function<Expr, Optional<Expr>> normalForm, Sampling sampling, Set<Sampling.Constraint> used) {
        this.normalForm = normalForm;
        this.sampling = sampling;
        this.used = used;
    }

    /** A zero of a switch's argument strictly inside the interval being decided: it is cut there first. */
    private static final class Cut extends RuntimeException {
        private final Rational at;

        Cut(Rational at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** A switch this comparison cannot decide on an interval. */
    private static final class Undecidable extends RuntimeException {
        Undecidable() {
            super(null, null, false, false);
        }
    }

    /**
     * The conditions under which {@code l = r} is proven interval by interval ({@code q − t ≠ 0} for each
     * cut point t), or empty where the sides hold no switch, switch on more than one quantity, or differ
     * on some interval. A switch on another quantity that the assumptions {@code sampling} decide ({@code |τ − 1|} for
     * 0 < τ < 1) is taken so, and the assumptions it needed are added to {@code used}: the proof holds under them.
     */
    static Optional<List<String>> proven(Expr l, Expr r, Function<Expr, Optional<Expr>> normalForm, Sampling sampling,
                                         Set<Sampling.Constraint> used) {
        if (!Exprs.any(l, IntervalBranches::isSwitch) && !Exprs.any(r, IntervalBranches::isSwitch)) {
            return Optional.empty();
        }
        if (Exprs.any(Exprs.add(l, r), e -> isSwitch(e) && !Indices.free(e).isEmpty())) {
            return Optional.empty();
        }
        Set<Sampling.Constraint> assumed = new LinkedHashSet<>();
        IntervalBranches b = new IntervalBranches(normalForm, sampling, assumed);
        try {
            Optional<List<String>> away = b.compared(l, r);
            away.ifPresent(a -> used.addAll(assumed));
            return away;
        } catch (Undecidable no) {
            return Optional.empty();
        }
    }

    private Optional<List<String>> compared(Expr l, Expr r) {
        List<Expr[]> decided = new ArrayList<>();
        for (int round = 0; round <= MAX_CUTS; round++) {
            decided.clear();
            try {
                List<Rational> at = new ArrayList<>(cuts);
                for (int i = 0; i <= at.size(); i++) {
                    Rational lo = i == 0 ? null : at.get(i - 1);
                    Rational hi = i == at.size() ? null : at.get(i);
                    decided.add(new Expr[] {decide(l, lo, hi), decide(r, lo, hi)});
                }
            } catch (Cut c) {
                cuts.add(c.at);
                continue;
            }
            if (cuts.isEmpty() || quantity == null) {
                return Optional.empty(); // no switch turns on a quantity: nothing to compare by intervals
            }
            for (Expr[] pair : decided) {
                Optional<Expr> d = normalForm.apply(Exprs.sub(pair[0], pair[1]));
                if (d.isEmpty() || !d.get().equals(Exprs.ZERO)) {
                    return Optional.empty();
                }
            }
            List<String> away = new ArrayList<>();
            for (Rational t : cuts) {
                if (agreeAt(l, r, t)) {
                    continue;
                }
                String up = written(Exprs.sub(quantity, Exprs.num(t)));
                String down = written(Exprs.sub(Exprs.num(t), quantity));
                away.add((up.startsWith("-") && !down.startsWith("-") ? down : up) + " ≠ 0");
            }
            return Optional.of(away);
        }
        return Optional.empty();
    }

    /** The normal form of {@code e} as text. */
    private String written(Expr e) {
        return org.symgrad.print.Printer.ascii(normalForm.apply(e).orElse(e));
    }

    /**
     * Whether the sides have the same normal form at the cut point {@code q = t}, where q is a variable (the
     * registry's values at a jump, {@code heaviside(0) = 1/2}, taken): then the cut is no condition of the
     * proof ({@code |x|} of a row {@code |x| \le 1} switches at 0, where both sides are 1).
     */
    private boolean agreeAt(Expr l, Expr r, Rational t) {
        if (!(quantity instanceof org.symgrad.expr.Sym q)
                || Exprs.any(Exprs.add(l, r), e -> e instanceof org.symgrad.expr.Derivative)) {
            return false;
        }
        Expr at = Exprs.num(t);
        return normalForm.apply(Exprs.sub(Exprs.replace(l, q, at), Exprs.replace(r, q, at)))
                .filter(Exprs.ZERO::equals).isPresent();
    }

    private static boolean isSwitch(Expr e) {
        return e instanceof Fn f && switchArguments(f).isPresent();
    }

    /**
     * The quantities whose signs decide {@code f}, or empty where {@code f} is not a switch: a case split of
     * {@link Switches} (a clip decided as the min of a max, {@link #decide}), or a comparison {@code gt(a, b)} (a {@code cases} row's indicator), on a − b.
     */
    private static Optional<List<Expr>> switchArguments(Fn f) {
        Optional<List<Expr>> known = Switches.arguments(f);
        if (known.isPresent()) {
            return known;
        }
        return Relation.ofFunction(f.name()).isPresent() && f.args().size() == 2
                ? Optional.of(List.of(Exprs.sub(f.args().get(0), f.args().get(1)))) : Optional.empty();
    }

    /** {@code e} with every switch decided on the open interval (lo, hi), null for an infinite end. */
    private Expr decide(Expr e, Rational lo, Rational hi) {
        if (e instanceof Fn w && w.name().equals(FunctionRegistry.WHERE) && isSwitch(w)) {
            // the where's comparison decides which branch is taken: only that branch is decided further
            Fn c = (Fn) w.args().get(0);
            int sign = signOn(Exprs.sub(decide(c.args().get(0), lo, hi), decide(c.args().get(1), lo, hi)), lo, hi);
            return decide(Switches.holds(c.name(), sign) ? w.args().get(1) : w.args().get(2), lo, hi);
        }
        Expr kids = Exprs.mapChangedChildren(e, c -> decide(c, lo, hi));
        if (!(kids instanceof Fn f) || !isSwitch(f)) {
            return kids;
        }
        if (f.name().equals("clip")) {
            // min(max(u, lo), hi), as the registry computes it, whatever the order of the bounds
            List<Expr> a = f.args();
            Expr raised = signOn(Exprs.sub(a.get(0), a.get(1)), lo, hi) > 0 ? a.get(0) : a.get(1);
            return signOn(Exprs.sub(raised, a.get(2)), lo, hi) > 0 ? a.get(2) : raised;
        }
        int sign = signOn(switchArguments(f).orElseThrow().get(0), lo, hi);
        return Switches.decided(f, sign).orElseGet(() -> Switches.holds(f.name(), sign) ? Exprs.ONE : Exprs.ZERO);
    }

    /**
     * The sign of {@code a} on (lo, hi): that of the quantity it is read down to through its factors of known sign and
     * the increasing functions ({@link ArgumentSigns}: {@code −a(e^{x/a} − 1)} has the sign of {@code −x} for
     * {@code a > 0}), which must be affine in the quantity.
     */
    private int signOn(Expr a, Rational lo, Rational hi) {
        ArgumentSigns.Read read = ArgumentSigns.of(a, sampling, used);
        return read.sign() * affineSignOn(read.inner(), lo, hi); // nothing read: 1 · the argument itself
    }

    /**
     * The sign of {@code a} on (lo, hi), where it must be affine in the quantity with numbers for
     * slope and offset; a zero inside the interval is a {@link Cut}.
     */
    private int affineSignOn(Expr a, Rational lo, Rational hi) {
        Expr n = normalForm.apply(a).orElseThrow(Undecidable::new);
        Rational d = constantTerm(n);
        Expr rest = d.isZero() ? n : normalForm.apply(Exprs.sub(n, Exprs.num(d))).orElseThrow(Undecidable::new);
        if (rest.equals(Exprs.ZERO)) {
            if (d.isZero()) {
                throw new Undecidable(); // identically 0 on the interval: the switch sits on its jump
            }
            return d.signum();
        }
        int assumed = assumedSign(rest, d);
        if (assumed != 0) {
            return assumed;
        }
        Rational slope;
        if (quantity == null) {
            if (!Indices.free(rest).isEmpty()) {
                throw new Undecidable();
            }
            quantity = rest;
            slope = Rational.ONE;
        } else {
            Expr ratio = normalForm.apply(Exprs.div(rest, quantity)).orElseThrow(Undecidable::new);
            if (!(ratio instanceof Num k)) {
                throw new Undecidable();
            }
            slope = k.value();
        }
        Rational zero = d.negate().divide(slope);
        if ((lo == null || zero.compareTo(lo) > 0) && (hi == null || zero.compareTo(hi) < 0)) {
            throw new Cut(zero);
        }
        if (cuts.size() > MAX_CUTS) {
            throw new Undecidable();
        }
        Rational inside = lo == null && hi == null ? zero.add(Rational.ONE)
                : lo == null ? hi.subtract(Rational.ONE)
                : hi == null ? lo.add(Rational.ONE)
                : lo.add(hi).divide(Rational.TWO);
        return slope.multiply(inside.subtract(zero)).signum();
    }

    /**
     * The sign of {@code k·s + d}, for the normal form {@code rest} = k·s of one name s the assumptions bound (s &gt; 0,
     * s ≥ 0, 0 &lt; s &lt; 1), where it is the same across all of s's values: {@code τ − 1} is negative for 0 &lt; τ &lt; 1.
     * 0 where no assumption decides it; the assumption that does is recorded as used.
     */
    private int assumedSign(Expr rest, Rational d) {
        Rational k = Rational.ONE;
        Expr s = rest;
        if (rest instanceof org.symgrad.expr.Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c) {
            k = c.value();
            s = m.factors().get(1);
        }
        if (!(s instanceof org.symgrad.expr.Sym name) || s.equals(quantity)) {
            return 0;
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            // the ends of the range of k·s + d, and whether each is taken (a closed end)
            Rational lo;
            Rational hi;
            boolean loTaken;
            switch (c) {
                case Sampling.Positive p when p.name().equals(name.name()) -> {
                    lo = Rational.ZERO;
                    hi = null;
                    loTaken = false;
                }
                case Sampling.NonNegative p when p.name().equals(name.name()) -> {
                    lo = Rational.ZERO;
                    hi = null;
                    loTaken = true;
                }
                case Sampling.UnitInterval u when u.name().equals(name.name()) -> {
                    lo = Rational.ZERO;
                    hi = Rational.ONE;
                    loTaken = false;
                }
                default -> {
                    continue;
                }
            }
            int sign = signAcross(k, d, lo, hi, loTaken);
            if (sign != 0) {
                used.add(c);
            }
            return sign;
        }
        return 0;
    }

    /** The sign k·s + d keeps for every s in the range from lo to hi (null: unbounded; only lo may be taken), or 0. */
    private static int signAcross(Rational k, Rational d, Rational lo, Rational hi, boolean loTaken) {
        Rational atLo = k.multiply(lo).add(d);
        if (hi == null) {
            // k·s + d runs from its value at lo towards the sign of k
            int towards = k.signum();
            int from = atLo.signum();
            return from == towards ? from : from == 0 && !loTaken ? towards : 0;
        }
        Rational atHi = k.multiply(hi).add(d);
        // an open range: each end's value is approached, not taken
        if (atLo.signum() >= 0 && atHi.signum() >= 0 && !(atLo.signum() == 0 && atHi.signum() == 0)) {
            return 1;
        }
        if (atLo.signum() <= 0 && atHi.signum() <= 0 && !(atLo.signum() == 0 && atHi.signum() == 0)) {
            return -1;
        }
        return 0;
    }

    /** The number among the terms of a normal form (0 if none), also of a number times a sum, −(1 + x). */
    private static Rational constantTerm(Expr n) {
        if (n instanceof Num k) {
            return k.value();
        }
        if (n instanceof org.symgrad.expr.Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c
                && m.factors().get(1) instanceof Add) {
            return c.value().multiply(constantTerm(m.factors().get(1)));
        }
        Rational d = Rational.ZERO;
        if (n instanceof Add s) {
            for (Expr t : s.terms()) {
                if (t instanceof Num k) {
                    d = d.add(k.value());
                }
            }
        }
        return d;
    }
}
