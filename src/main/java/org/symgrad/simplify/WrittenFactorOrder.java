package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.functions.FactorOrder;

/**
 * The factors of a product in the order the input wrote them (issue 9 item 5): where every factor of a
 * product of the result (numbers aside, two or more) is a factor of one product the input writes (equal
 * normal forms, indices aside), they stand in that product's order. {@code exp(−y F)} differentiated by F
 * is {@code −y exp(−y F)}, not the normal form's {@code −y exp(−F y)}; the input's {@code Σ_i p_i g_i}
 * stays {@code Σ_i p_i g_i}, not {@code Σ_i g_i p_i}. Only factors of one display rank change places
 * ({@link FactorOrder}: a number, then names, indexed names, functions, brackets …), those the normal form
 * orders among themselves by their names; each rank keeps its places, so the form prints as it is.
 * A Σ's body follows the summand the input wrote even where the chain rule added factors: where it holds two
 * or more of that summand's factors (a positive power by its base), they take their places in the written order,
 * the others keep theirs: GloVe's {@code ½ Σ_ij F_ij D_ij²} by W_ae is {@code Σ_j F_aj D_aj U_je}.
 * A presentation only, applied to a derivation's forms and to a simplification's result with the
 * user's input, not the step's (by the derivation): a step's form keeps the input's
 * order, and the product rule's and chain rule's products, which no one wrote, keep the normal form's.
 */
public final class WrittenFactorOrder {
    /** The shapes of the factors (numbers aside) of each product the input writes, in its order. */
    private final List<List<Expr>> products;
    /**
     * Those of {@link #products} whose order is a writing (typed, or shown as written by an inner derivation), not a
     * computed product's list: their order holds across the display ranks ({@link #asWritten}).
     */
    private final Set<List<Expr>> writings = new HashSet<>();
    /**
     * The same of each product the input writes as the body of a Σ, a positive integer power by its base
     * ({@link #bodyShape}): the summand's written order, which a summand of the result that holds two or more
     * of its factors takes ({@link #writtenBodyOrderOf}).
     */
    private final List<List<Expr>> bodies = new ArrayList<>();
    private final Normalizer plain = new Normalizer(Budget.standard(), List.of(), List.of(), false);
    private final Map<Expr, Expr> shapes = new HashMap<>();
    private final Map<Expr, Expr> bodyShapes = new HashMap<>();

    private WrittenFactorOrder(List<List<Expr>> products) {
        this.products = products;
    }

    /**
     * {@code result} (a form of {@code input}'s derivative, or of {@code input} itself) with its products'
     * factors in the order {@code input}, then {@code bodies} (the lets it uses), wrote them; {@code result}
     * itself where none is written otherwise.
     */
    public static Expr ordered(Expr input, List<Expr> bodies, Expr result) {
        return of(input, bodies).apply(result);
    }

    /** {@link #ordered(Expr, List, Expr)} with no lets. */
    public static Expr ordered(Expr input, Expr result) {
        return ordered(input, List.of(), result);
    }

    /**
     * The written orders of {@code input} and {@code bodies}, read once, for every form of one derivation
     * ({@link #apply}); none where reading them hits a limit.
     */
    public static WrittenFactorOrder of(Expr input, List<Expr> bodies) {
        WrittenFactorOrder order = new WrittenFactorOrder(new ArrayList<>());
        try {
            order.collect(input);
            bodies.forEach(order::collect);
        } catch (LimitException tooLarge) {
            order.products.clear(); // an order only: a form too large to normalise keeps the normal form's
            order.writings.clear();
            order.bodies.clear();
        }
        return order;
    }

    /** {@code result} with its products' factors in the written order, where one is written. */
    public Expr apply(Expr result) {
        try {
            return products.isEmpty() && bodies.isEmpty() ? result : within(result);
        } catch (LimitException tooLarge) {
            return result;
        }
    }

    private void collect(Expr e) {
        if (e instanceof Mul m) {
            // a product shown in an order (a written one, carried over from an inner derivation) is written so
            List<Expr> factors = m.shown().stream().filter(f -> !(f instanceof Num)).map(this::shape).toList();
            if (factors.size() > 1 && new HashSet<>(factors).size() == factors.size()) {
                if (!products.contains(factors)) {
                    products.add(factors);
                }
                if (m.isTyped() || m.asWritten()) {
                    writings.add(factors);
                }
            }
        }
        if (e instanceof IndexSum sum && sum.body() instanceof Mul m) {
            List<Expr> factors = m.shown().stream().filter(f -> !(f instanceof Num)).map(this::bodyShape).toList();
            if (factors.size() > 1 && new HashSet<>(factors).size() == factors.size() && !bodies.contains(factors)) {
                bodies.add(factors);
            }
        }
        Exprs.children(e).forEach(this::collect);
    }

    /**
     * A summand's factor by its base where it is a positive integer power: the written {@code F_ij D_ij²}
     * orders the {@code F_aj D_aj} of its derivative.
     */
    private Expr bodyShape(Expr factor) {
        return bodyShapes.computeIfAbsent(factor, f -> {
            Expr c = plain.canonical(f);
            if (c instanceof Pow p && p.exponent() instanceof Num k && k.value().isInteger() && k.value().signum() > 0) {
                c = p.base();
            }
            return WrittenOrientations.shapeOverAnyIndex(c);
        });
    }

    private Expr shape(Expr factor) {
        return shapes.computeIfAbsent(factor, f -> WrittenOrientations.shapeOverAnyIndex(plain.canonical(f)));
    }

    private Expr within(Expr e) {
        Expr out = Exprs.mapChangedChildren(e, this::within);
        if (out instanceof IndexSum sum && sum.body() instanceof Mul m && !bodies.isEmpty()) {
            Expr body = inWrittenBodyOrder(m);
            return body == m ? out : new IndexSum(sum.index(), sum.lower(), sum.upper(), body);
        }
        return out instanceof Mul m ? inWrittenOrder(m) : out;
    }

    /**
     * A Σ's body in the order of a product the input wrote where one holds all its factors; else in the
     * order of a summand the input wrote that holds two or more of them, the others (the chain rule's
     * factors: the {@code U_je} of {@code Σ_j F_aj D_aj U_je}, the derivative of {@code ½Σ_ij F_ij D_ij²}
     * by W_ae) in their places.
     */
    private Expr inWrittenBodyOrder(Mul m) {
        Mul whole = inWrittenOrder(m);
        if (whole != m || writtenIn(m)) {
            return whole;
        }
        Symbolic symbolic = Symbolic.of(m);
        List<Integer> places = symbolic.places();
        List<Expr> factors = symbolic.factors();
        List<Expr> shapesOf = factors.stream().map(this::bodyShape).toList();
        Set<Expr> distinct = new HashSet<>(shapesOf);
        if (factors.size() < 2 || distinct.size() != shapesOf.size()) {
            return m;
        }
        List<Expr> order = null;
        long held = 1;
        for (List<Expr> written : bodies) {
            long k = distinct.stream().filter(written::contains).count();
            if (k > held) {
                order = written;
                held = k;
            }
        }
        return order == null ? m : placed(m, places, factors, shapesOf, order);
    }

    /** Whether one product the input wrote holds every factor of {@code m} (its order is that product's). */
    private boolean writtenIn(Mul m) {
        Set<Expr> distinct = new HashSet<>();
        m.factors().stream().filter(f -> !(f instanceof Num)).forEach(f -> distinct.add(shape(f)));
        return products.stream().anyMatch(p -> p.containsAll(distinct));
    }

    private Mul inWrittenOrder(Mul m) {
        Symbolic symbolic = Symbolic.of(m);
        List<Integer> places = symbolic.places();
        List<Expr> factors = symbolic.factors();
        if (factors.size() < 2) {
            return m;
        }
        List<Expr> shapesOf = factors.stream().map(this::shape).toList();
        Set<Expr> distinct = new HashSet<>(shapesOf);
        if (distinct.size() != shapesOf.size()) {
            return m;
        }
        for (List<Expr> order : products) {
            if (order.containsAll(distinct)) {
                return writings.contains(order) ? asWritten(m, places, factors, shapesOf, order)
                        : placed(m, places, factors, shapesOf, order);
            }
        }
        return m;
    }

    /**
     * {@code m}, every factor of which one product the input wrote holds, in that product's order across the
     * display ranks too, shown so ({@link Mul#shownAs}; its list stays the normal form's): Tweedie's {@code exp((2 - p)*r)}
     * keeps its {@code (2 - p)*r}, which the display order would print {@code r*(2 - p)}. Numbers keep their
     * places (the printer reads them as one coefficient).
     */
    private static Mul asWritten(Mul m, List<Integer> places, List<Expr> factors, List<Expr> shapesOf, List<Expr> order) {
        List<Integer> sorted = new ArrayList<>();
        for (int k = 0; k < factors.size(); k++) {
            sorted.add(k);
        }
        sorted.sort(Comparator.comparingInt(k -> order.indexOf(shapesOf.get(k))));
        List<Expr> out = new ArrayList<>(m.factors());
        for (int g = 0; g < places.size(); g++) {
            out.set(places.get(g), factors.get(sorted.get(g)));
        }
        return Mul.shownAs(m, out);
    }

    /**
     * {@code m} with each rank's places that hold a factor of {@code order} filled with those factors in that
     * order; a factor {@code order} does not hold (the chain rule's) keeps its place.
     */
    private static Mul placed(Mul m, List<Integer> places, List<Expr> factors, List<Expr> shapesOf, List<Expr> order) {
        List<Expr> out = new ArrayList<>(m.factors());
        Map<Integer, List<Integer>> byRank = new HashMap<>();
        for (int k = 0; k < factors.size(); k++) {
            if (order.contains(shapesOf.get(k))) {
                byRank.computeIfAbsent(FactorOrder.rank(factors.get(k)), r -> new ArrayList<>()).add(k);
            }
        }
        for (List<Integer> group : byRank.values()) {
            List<Integer> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingInt(k -> order.indexOf(shapesOf.get(k))));
            for (int g = 0; g < group.size(); g++) {
                out.set(places.get(group.get(g)), factors.get(sorted.get(g)));
            }
        }
        return out.equals(m.factors()) ? m : new Mul(out);
    }

    /** The factors of a product that are not numbers, and their places in it. */
    private record Symbolic(List<Integer> places, List<Expr> factors) {
        static Symbolic of(Mul m) {
            List<Integer> places = new ArrayList<>();
            List<Expr> factors = new ArrayList<>();
            for (int i = 0; i < m.factors().size(); i++) {
                if (!(m.factors().get(i) instanceof Num)) {
                    places.add(i);
                    factors.add(m.factors().get(i));
                }
            }
            return new Symbolic(places, factors);
        }
    }
}
