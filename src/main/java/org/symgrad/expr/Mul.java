package org.symgrad.expr;

import java.util.List;

/**
 * A product of two or more factors, in the order given. A product can carry the order in which its factors are
 * {@linkplain #shown() shown}, the order the user's input wrote them, which the printer keeps rather than its
 * display order ({@code (2 - p)*r}, not {@code r*(2 - p)}). That order is presentation only: the list of factors
 * is the product's own, and equality and hash ignore the order shown, so a product shown as written equals the
 * same product shown in the display order.
 */
public final class Mul extends Compound {
    private final List<Expr> factors;
    private final int hash;
    /** The places in {@link #factors} of the factors as shown, or null: the display order. */
    private final int[] shown;
    /** Whether {@link #factors} stand in the order the user typed them (the reader's product), not a computed one. */
    private final boolean typed;

    public Mul(List<Expr> factors) {
        this(factors, null, false);
    }

    private Mul(List<Expr> factors, int[] shown, boolean typed) {
        this.shown = shown;
        this.typed = typed;
        this.factors = List.copyOf(factors);
        if (this.factors.size() < 2) {
            throw new IllegalArgumentException("a product needs at least two factors");
        }
        this.hash = 0x4d * 31 + this.factors.hashCode();
    }

    /**
     * {@code m} shown with its factors in the order {@code written}, a reordering of its factors (the order the
     * input wrote them), rather than in the display order; {@code m} itself where {@code written} is no reordering.
     */
    public static Mul shownAs(Mul m, List<Expr> written) {
        if (written.size() != m.factors.size()) {
            return m;
        }
        int[] places = new int[written.size()];
        boolean[] taken = new boolean[written.size()];
        for (int k = 0; k < places.length; k++) {
            int at = -1;
            for (int i = 0; i < places.length && at < 0; i++) {
                if (!taken[i] && m.factors.get(i).equals(written.get(k))) {
                    at = i;
                }
            }
            if (at < 0) {
                return m;
            }
            taken[at] = true;
            places[k] = at;
        }
        return new Mul(m.factors, places, false);
    }

    /**
     * {@code m} known to hold its factors in the order the user typed them: the reader's product. The printer shows it
     * in its display order as any other; what reads the input's written order ({@code WrittenFactorOrder}) may take
     * this order across the display ranks, where a computed product's list is no one's writing.
     */
    public static Mul typed(Mul m) {
        return m.typed ? m : new Mul(m.factors, m.shown, true);
    }

    /** Whether the factors stand in the order the user typed them ({@link #typed(Mul)}). */
    public boolean isTyped() {
        return typed;
    }

    public List<Expr> factors() {
        return factors;
    }

    /** Whether the factors are shown in an order of their own (the input's), not in the printer's display order. */
    public boolean asWritten() {
        return shown != null;
    }

    /** The factors in the order they are shown where {@link #asWritten}, else {@link #factors}. */
    public List<Expr> shown() {
        if (shown == null) {
            return factors;
        }
        List<Expr> out = new java.util.ArrayList<>(shown.length);
        for (int i : shown) {
            out.add(factors.get(i));
        }
        return out;
    }

    /** A product of {@code kids} (these factors, each rebuilt in its place) shown as this one is. */
    public Mul with(List<Expr> kids) {
        return new Mul(kids, kids.size() == factors.size() ? shown : null, typed && kids.size() == factors.size());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Mul m && hash == m.hash && factors.equals(m.factors);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
