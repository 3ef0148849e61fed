package org.symgrad.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Free and bound index bookkeeping: which symbolic indices an expression leaves free, renaming
 * a free index without capture, fresh names, and canonical names for bound indices so that
 * α-equivalent expressions are structurally equal.
 */
public final class Indices {
    /**
     * Names for summation indices, preferred first; all single letters (an unbraced subscript reads
     * one index per letter, so a one-letter name always prints and re-parses), then {@code k1, k2, …}.
     */
    private static final List<String> BOUND_NAMES = List.of("k", "m", "p", "q", "r", "s", "u", "v", "w", "l",
            "c", "d", "a", "b", "e", "f", "g", "h", "o", "t", "x", "y", "z", "i", "j");

    private Indices() {
    }

    /** The symbolic indices free in {@code e}, in order of first appearance. */
    public static Set<String> free(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectFree(e, out);
        return out;
    }

    private static void collectFree(Expr e, Set<String> out) {
        switch (e) {
            case Indexed x -> x.indices().forEach(i -> out.addAll(Index.names(i)));
            case Delta d -> {
                out.addAll(Index.names(d.i()));
                out.addAll(Index.names(d.j()));
            }
            case IndexSum s -> {
                collectFree(s.lower(), out);
                collectFree(s.upper(), out);
                Set<String> inner = free(s.body());
                inner.remove(s.index());
                out.addAll(inner);
            }
            case IndexProduct p -> {
                collectFree(p.lower(), out);
                collectFree(p.upper(), out);
                Set<String> inner = free(p.body());
                inner.remove(p.index());
                out.addAll(inner);
            }
            default -> Exprs.children(e).forEach(c -> collectFree(c, out));
        }
    }

    /** Every index name that occurs in {@code e}, free or bound. */
    public static Set<String> all(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectAll(e, out);
        return out;
    }

    private static void collectAll(Expr e, Set<String> out) {
        switch (e) {
            case Indexed x -> x.indices().forEach(i -> {
                out.add(i);
                out.addAll(Index.names(i));
            });
            case Delta d -> {
                out.add(d.i());
                out.add(d.j());
                out.addAll(Index.names(d.i()));
                out.addAll(Index.names(d.j()));
            }
            case IndexSum s -> {
                out.add(s.index());
                Exprs.children(s).forEach(c -> collectAll(c, out));
            }
            case IndexProduct p -> {
                out.add(p.index());
                Exprs.children(p).forEach(c -> collectAll(c, out));
            }
            default -> Exprs.children(e).forEach(c -> collectAll(c, out));
        }
    }

    /** Whether index {@code k} occurs free in {@code e}. */
    public static boolean mentions(Expr e, String k) {
        return free(e).contains(k);
    }

    /** A symbolic index name not in {@code avoid}, preferring the usual summation letters. */
    public static String fresh(Collection<String> avoid) {
        for (String n : BOUND_NAMES) {
            if (!avoid.contains(n)) {
                return n;
            }
        }
        for (int i = 1; ; i++) {
            String n = "k" + i;
            if (!avoid.contains(n)) {
                return n;
            }
        }
    }

    /**
     * {@code e} with every free occurrence of index {@code from} replaced by {@code to} (a name, a
     * concrete index or an affine one: {@code x_{i+k}} with k := t − i is {@code x_t}). A bound
     * index that {@code to} mentions is renamed first, so nothing is captured.
     */
    public static Expr rename(Expr e, String from, String to) {
        if (from.equals(to)) {
            return e;
        }
        return switch (e) {
            case Indexed x -> {
                List<String> idx = new ArrayList<>(x.indices());
                idx.replaceAll(i -> Index.substitute(i, from, to));
                yield idx.equals(x.indices()) ? x : new Indexed(x.name(), idx);
            }
            case Delta d -> {
                String i = Index.substitute(d.i(), from, to);
                String j = Index.substitute(d.j(), from, to);
                yield i.equals(d.i()) && j.equals(d.j()) ? d : new Delta(i, j);
            }
            case IndexSum s -> {
                Expr lower = rename(s.lower(), from, to);
                Expr upper = rename(s.upper(), from, to);
                if (s.index().equals(from) || !mentions(s.body(), from)) {
                    yield Exprs.withChildren(s, List.of(lower, upper, s.body()));
                }
                IndexSum bound = s;
                if (Index.names(to).contains(s.index())) {
                    Set<String> avoid = all(s.body());
                    avoid.add(from);
                    avoid.addAll(Index.names(to));
                    String k = fresh(avoid);
                    bound = new IndexSum(k, s.lower(), s.upper(), rename(s.body(), s.index(), k));
                }
                yield new IndexSum(bound.index(), lower, upper, rename(bound.body(), from, to));
            }
            case IndexProduct p -> {
                Expr lower = rename(p.lower(), from, to);
                Expr upper = rename(p.upper(), from, to);
                if (p.index().equals(from) || !mentions(p.body(), from)) {
                    yield Exprs.withChildren(p, List.of(lower, upper, p.body()));
                }
                String k = p.index();
                Expr body = p.body();
                if (k.equals(to)) {
                    Set<String> avoid = all(body);
                    avoid.add(from);
                    avoid.add(to);
                    String fresh = fresh(avoid);
                    body = rename(body, k, fresh);
                    k = fresh;
                }
                yield new IndexProduct(k, lower, upper, rename(body, from, to));
            }
            default -> Exprs.mapChildren(e, c -> rename(c, from, to));
        };
    }

    /**
     * {@code e} with its free indices renamed simultaneously by {@code renaming} (so a swap
     * {@code i ↔ j} works), without capture: each goes through a temporary fresh name first.
     */
    public static Expr renameAll(Expr e, java.util.Map<String, String> renaming) {
        Set<String> avoid = all(e);
        avoid.addAll(renaming.keySet());
        avoid.addAll(renaming.values());
        renaming.values().forEach(v -> avoid.addAll(Index.names(v)));
        java.util.Map<String, String> temporaries = new java.util.LinkedHashMap<>();
        Expr out = e;
        for (java.util.Map.Entry<String, String> r : renaming.entrySet()) {
            String t = fresh(avoid);
            avoid.add(t);
            temporaries.put(t, r.getValue());
            out = rename(out, r.getKey(), t);
        }
        for (java.util.Map.Entry<String, String> t : temporaries.entrySet()) {
            out = rename(out, t.getKey(), t.getValue());
        }
        return out;
    }

    /**
     * {@code e} with each bound index that shadows a free index of {@code e} or an enclosing Σ's
     * index renamed to a fresh name, so a reader never sees one letter meaning two things
     * ({@code y_k Σ_k t_k} becomes {@code y_k Σ_m t_m}). The value is unchanged.
     */
    public static Expr readable(Expr e) {
        return readable(e, new LinkedHashSet<>(free(e)));
    }

    private static Expr readable(Expr e, Set<String> visible) {
        if (!(e instanceof IndexSum s)) {
            return Exprs.mapChildren(e, c -> readable(c, visible));
        }
        IndexSum sum = s;
        if (visible.contains(s.index())) {
            Set<String> avoid = all(s.body());
            avoid.addAll(visible);
            String k = fresh(avoid);
            sum = new IndexSum(k, s.lower(), s.upper(), rename(s.body(), s.index(), k));
        }
        Set<String> inner = new LinkedHashSet<>(visible);
        inner.add(sum.index());
        Expr body = readable(sum.body(), inner);
        return sum == s && body == s.body() ? s : new IndexSum(sum.index(), sum.lower(), sum.upper(), body);
    }

    /**
     * {@code e} with each Σ whose index is one of {@code reserved} renamed to a fresh name (not
     * reserved, not occurring in {@code e}): the fixed labels of definitions are free wherever a
     * definition is expanded, so a Σ over the same letter must not capture them
     * ({@code Σ_o y_o} with {@code y_w = δ_wo} is {@code Σ_m δ_mo}). The value is unchanged.
     */
    public static Expr boundAvoiding(Expr e, Set<String> reserved) {
        if (reserved.isEmpty()) {
            return e;
        }
        Set<String> avoid = all(e);
        avoid.addAll(reserved);
        return boundAvoiding(e, reserved, avoid);
    }

    private static Expr boundAvoiding(Expr e, Set<String> reserved, Set<String> avoid) {
        if (e instanceof IndexProduct p) {
            Expr body = boundAvoiding(p.body(), reserved, avoid);
            String k = p.index();
            if (reserved.contains(k)) {
                k = fresh(avoid);
                avoid.add(k);
                body = rename(body, p.index(), k);
            }
            Expr lower = boundAvoiding(p.lower(), reserved, avoid);
            Expr upper = boundAvoiding(p.upper(), reserved, avoid);
            return k.equals(p.index()) && body == p.body() && lower == p.lower() && upper == p.upper() ? p
                    : new IndexProduct(k, lower, upper, body);
        }
        if (!(e instanceof IndexSum s)) {
            return Exprs.mapChildren(e, c -> boundAvoiding(c, reserved, avoid));
        }
        Expr body = boundAvoiding(s.body(), reserved, avoid);
        Expr lower = boundAvoiding(s.lower(), reserved, avoid);
        Expr upper = boundAvoiding(s.upper(), reserved, avoid);
        String k = s.index();
        if (reserved.contains(k)) {
            k = fresh(avoid);
            avoid.add(k);
            body = rename(body, s.index(), k);
        }
        return k.equals(s.index()) && body == s.body() && lower == s.lower() && upper == s.upper() ? s
                : new IndexSum(k, lower, upper, body);
    }

    /**
     * The bound indices of {@code e}'s Σ and Π in order of first appearance, outermost first
     * ({@code Σ_n Σ_k …} gives {@code n, k}; the log of {@code Π_i p^{x_i}} sums over {@code i}).
     */
    public static List<String> bound(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectBound(e, out);
        return List.copyOf(out);
    }

    private static void collectBound(Expr e, Set<String> out) {
        if (e instanceof IndexSum s) {
            out.add(s.index());
        } else if (e instanceof IndexProduct p) {
            out.add(p.index());
        }
        Exprs.children(e).forEach(c -> collectBound(c, out));
    }

    /**
     * {@code e} with each bound index given a name the reader chose, where one is free: each Σ,
     * outermost first, takes the first preferred name that is neither free in the Σ nor free in
     * {@code e} nor bound by an enclosing Σ (the simplifier's canonical
     * {@code Σ_k X_kj (p_k − y_k)} is written {@code Σ_n X_nj (p_n − y_n)} again when the input
     * summed over {@code n}). A Σ never takes the name of a Π inside it, which keeps the name the
     * input gave it ({@code Σ_m δ_mj Π_{k≠m} x_k} stays so when the input wrote {@code Π_k x_k}).
     * The value is unchanged; nothing is captured.
     */
    public static Expr preferring(Expr e, List<String> preferred) {
        return preferring(e, WrittenBoundNames.ofNames(preferred));
    }

    /**
     * {@code e} with each bound index given the name the reader chose for the Σ it came from, as
     * {@link #preferring(Expr, List)} does, but where several written names are free, the one whose
     * written Σ puts its index in the same slots ({@link WrittenBoundNames}).
     */
    public static Expr preferring(Expr e, WrittenBoundNames written) {
        return written.names().isEmpty() ? e : preferring(e, written, new LinkedHashSet<>(free(e)));
    }

    private static Expr preferring(Expr e, WrittenBoundNames written, Set<String> visible) {
        if (!(e instanceof IndexSum s)) {
            return Exprs.mapChildren(e, c -> preferring(c, written, visible));
        }
        IndexSum sum = s;
        Set<String> taken = free(s);
        collectProductIndices(s.body(), taken);
        List<String> available = new ArrayList<>();
        for (String p : written.names()) {
            if (!taken.contains(p) && !visible.contains(p)) {
                available.add(p);
            }
        }
        if (!available.isEmpty()) {
            String p = written.choose(available, s.index(), s.body());
            if (!p.equals(s.index())) {
                sum = new IndexSum(p, s.lower(), s.upper(), rename(s.body(), s.index(), p));
            }
        }
        Set<String> inner = new LinkedHashSet<>(visible);
        inner.add(sum.index());
        Expr body = preferring(sum.body(), written, inner);
        return sum == s && body == s.body() ? s : new IndexSum(sum.index(), sum.lower(), sum.upper(), body);
    }

    private static void collectProductIndices(Expr e, Set<String> out) {
        if (e instanceof IndexProduct p) {
            out.add(p.index());
        }
        Exprs.children(e).forEach(c -> collectProductIndices(c, out));
    }

    /**
     * {@code e} with every bound index renamed canonically, outermost Σ first: each Σ takes the
     * first preferred name that is not free in that Σ, then its body is canonicalised. The choice
     * depends only on the Σ itself, so α-equivalent sub-expressions become equal wherever they
     * occur, and canonicalising twice changes nothing.
     */
    public static Expr canonicalBound(Expr e) {
        return canonicalBound(e, Set.of());
    }

    /** {@link #canonicalBound(Expr)} with no bound index named as one of {@code avoid} (the indices an assumption names). */
    public static Expr canonicalBound(Expr e, Set<String> avoid) {
        if (!Exprs.holdsBoundIndex(e)) {
            // no Σ or Π below: nothing to rename, the tree comes back as itself
            return e;
        }
        return switch (e) {
            case IndexSum s -> {
                String k = fresh(avoiding(free(s), avoid));
                // rename captures nothing: k is not free in the Σ, and a Σ_k inside is renamed first
                Expr body = k.equals(s.index()) ? s.body() : rename(s.body(), s.index(), k);
                Expr lower = canonicalBound(s.lower(), avoid);
                Expr upper = canonicalBound(s.upper(), avoid);
                Expr canonicalBody = canonicalBound(body, avoid);
                // an unchanged subtree comes back as itself, so identity says "unchanged" without a deep equals
                boolean same = k.equals(s.index()) && lower == s.lower() && upper == s.upper()
                        && canonicalBody == s.body();
                yield same ? s : new IndexSum(k, lower, upper, canonicalBody);
            }
            case IndexProduct p -> {
                String k = fresh(avoiding(free(p), avoid));
                Expr body = canonicalBound(k.equals(p.index()) ? p.body() : rename(p.body(), p.index(), k), avoid);
                Expr lower = canonicalBound(p.lower(), avoid);
                Expr upper = canonicalBound(p.upper(), avoid);
                boolean same = k.equals(p.index()) && lower == p.lower() && upper == p.upper() && body == p.body();
                yield same ? p : new IndexProduct(k, lower, upper, body);
            }
            default -> Exprs.mapChildren(e, c -> canonicalBound(c, avoid));
        };
    }

    private static Set<String> avoiding(Set<String> free, Set<String> avoid) {
        if (avoid.isEmpty()) {
            return free;
        }
        Set<String> out = new java.util.HashSet<>(free);
        out.addAll(avoid);
        return out;
    }
}
