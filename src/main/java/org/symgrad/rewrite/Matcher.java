package org.symgrad.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * Structural matching of a rule's left side against an expression:
 * <ul>
 *   <li>a slot matches any sub-expression, the same one at every occurrence;</li>
 *   <li>an index variable matches any index, consistently; a Σ index of the pattern matches the Σ
 *       index of the target, and a free index variable never stands for a target's bound index;</li>
 *   <li>{@code −q} matches a target that reads negative under the {@link Negation} convention;</li>
 *   <li>sums and products match up to the order of their terms and factors; a slot among them
 *       takes the rest ({@code Σ_k δ_km·f} binds {@code f} to the other factors, 1 if none);</li>
 *   <li>{@code δ_ij} matches {@code δ_ji} (δ is symmetric);</li>
 *   <li>a factor {@code u^k} of a product pattern, k a slot, matches a bare factor {@code x} of the
 *       target as its first power {@code x^1} (k bound to 1): {@code sign(u)·u^k} matches
 *       {@code x·sign(x)}. Only as a factor: a pattern that is a power itself ({@code 1^u},
 *       {@code u^r}) does not read every expression as its first power.</li>
 * </ul>
 * Matching searches with backtracking and hands each complete match to a continuation, which
 * accepts it or asks for the next (a rule's condition).
 */
final class Matcher {
    private final Set<Sym> slots;
    private final Set<String> variables;
    private final Negation negation;

    Matcher(Set<Sym> slots, Set<String> variables, Negation negation) {
        this.slots = slots;
        this.variables = variables;
        this.negation = negation;
    }

    /** Whether some match of {@code pattern} against {@code target} is accepted by {@code k}. */
    boolean match(Expr pattern, Expr target, Predicate<Match> k) {
        return match(pattern, target, Match.EMPTY, Map.of(), k);
    }

    private boolean match(Expr p, Expr t, Match m, Map<String, String> bound, Predicate<Match> k) {
        if (p instanceof Sym s && slots.contains(s)) {
            return m.withSlot(s, t).map(k::test).orElse(false);
        }
        if (isNegation(p)) {
            Optional<Expr> positive = negation.positive(t);
            return positive.isPresent() && match(((Mul) p).factors().get(1), positive.get(), m, bound, k);
        }
        return switch (p) {
            case Num n -> t instanceof Num v && v.value().equals(n.value()) && k.test(m);
            case Sym s -> s.equals(t) && k.test(m);
            case Indexed x -> t instanceof Indexed y && x.name().equals(y.name())
                    && x.indices().size() == y.indices().size()
                    && indices(x.indices(), y.indices(), 0, m, bound, k);
            case Delta d -> t instanceof Delta e
                    && (indices(List.of(d.i(), d.j()), List.of(e.i(), e.j()), 0, m, bound, k)
                        || indices(List.of(d.i(), d.j()), List.of(e.j(), e.i()), 0, m, bound, k));
            case Fn f -> t instanceof Fn g && f.name().equals(g.name()) && f.args().size() == g.args().size()
                    && inOrder(f.args(), g.args(), 0, m, bound, k);
            case Pow a -> t instanceof Pow b
                    && inOrder(List.of(a.base(), a.exponent()), List.of(b.base(), b.exponent()), 0, m, bound, k);
            case Derivative a -> t instanceof Derivative b
                    && inOrder(List.of(a.of(), a.wrt()), List.of(b.of(), b.wrt()), 0, m, bound, k);
            case IndexSum a -> {
                if (!(t instanceof IndexSum b)) {
                    yield false;
                }
                Map<String, String> inner = new HashMap<>(bound);
                inner.put(a.index(), b.index());
                Optional<Match> named = m.withIndex(a.index(), b.index());
                yield named.isPresent() && inOrder(List.of(a.lower(), a.upper()), List.of(b.lower(), b.upper()), 0,
                        named.get(), bound, m2 -> match(a.body(), b.body(), m2, inner, k));
            }
            case IndexProduct a -> a.equals(t) && k.test(m);
            case Add a -> unordered(a.terms(), t instanceof Add b ? b.terms() : List.of(t), true, m, bound, k);
            case Mul a -> unordered(a.factors(), t instanceof Mul b ? b.factors() : List.of(t), false, m, bound, k);
        };
    }

    private static boolean isNegation(Expr p) {
        return p instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c
                && c.value().negate().isOne();
    }

    private boolean index(String p, String t, Match m, Map<String, String> bound, Predicate<Match> k) {
        if (bound.containsKey(p)) {
            return bound.get(p).equals(t) && k.test(m);
        }
        if (bound.containsValue(t)) {
            return false; // a free pattern index cannot stand for a bound target index
        }
        if (variables.contains(p)) {
            return m.withIndex(p, t).map(k::test).orElse(false);
        }
        return p.equals(t) && k.test(m);
    }

    private boolean indices(List<String> ps, List<String> ts, int i, Match m, Map<String, String> bound,
                            Predicate<Match> k) {
        if (i == ps.size()) {
            return k.test(m);
        }
        return index(ps.get(i), ts.get(i), m, bound, m2 -> indices(ps, ts, i + 1, m2, bound, k));
    }

    private boolean inOrder(List<Expr> ps, List<Expr> ts, int i, Match m, Map<String, String> bound,
                            Predicate<Match> k) {
        if (i == ps.size()) {
            return k.test(m);
        }
        return match(ps.get(i), ts.get(i), m, bound, m2 -> inOrder(ps, ts, i + 1, m2, bound, k));
    }

    /**
     * Terms (or factors) in any order: each fixed pattern item to a distinct target item, and a slot
     * among the items, if any, to what is left (the last slot; the others are fixed items).
     */
    private boolean unordered(List<Expr> ps, List<Expr> ts, boolean sum, Match m, Map<String, String> bound,
                              Predicate<Match> k) {
        Sym rest = null;
        List<Expr> fixed = new ArrayList<>(ps);
        for (int i = ps.size() - 1; i >= 0; i--) {
            if (ps.get(i) instanceof Sym s && slots.contains(s)) {
                rest = s;
                fixed.remove(i);
                break;
            }
        }
        if (rest == null ? fixed.size() != ts.size() : fixed.size() > ts.size()) {
            return false;
        }
        return assign(fixed, 0, ts, new HashSet<>(), m, bound, rest, sum, k);
    }

    /** A bare factor {@code t} read as the first power {@code t^1} of a factor {@code u^k} whose exponent is a slot. */
    private boolean firstPower(Expr p, Expr t, Match m, Map<String, String> bound, Predicate<Match> k) {
        if (!(p instanceof Pow a) || t instanceof Pow || !(a.exponent() instanceof Sym e) || !slots.contains(e)) {
            return false;
        }
        Optional<Match> first = m.withSlot(e, Exprs.ONE);
        return first.isPresent() && match(a.base(), t, first.get(), bound, k);
    }

    private boolean assign(List<Expr> fixed, int i, List<Expr> ts, Set<Integer> used, Match m,
                           Map<String, String> bound, Sym rest, boolean sum, Predicate<Match> k) {
        if (i == fixed.size()) {
            if (rest == null) {
                return k.test(m); // every target item is used: the sizes are equal
            }
            List<Expr> left = new ArrayList<>();
            for (int j = 0; j < ts.size(); j++) {
                if (!used.contains(j)) {
                    left.add(ts.get(j));
                }
            }
            Expr value = sum ? Exprs.add(left) : Exprs.mul(left);
            return m.withSlot(rest, value).map(k::test).orElse(false);
        }
        for (int j = 0; j < ts.size(); j++) {
            if (used.contains(j)) {
                continue;
            }
            used.add(j);
            int at = j;
            Predicate<Match> next = m2 -> assign(fixed, i + 1, ts, used, m2, bound, rest, sum, k);
            boolean accepted = match(fixed.get(i), ts.get(at), m, bound, next)
                    || !sum && firstPower(fixed.get(i), ts.get(at), m, bound, next);
            used.remove(at);
            if (accepted) {
                return true;
            }
        }
        return false;
    }
}
