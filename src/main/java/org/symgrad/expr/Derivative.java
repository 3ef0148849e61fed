package org.symgrad.expr;

import java.util.Objects;

/**
 * The unevaluated derivative {@code ∂of/∂wrt}. It is what {@code diff(f, x)} parses to, what a
 * derivation step shows before a rule expands it, and what stays when the derivative cannot be
 * expanded (an abstract function: {@code ∂L/∂y_k}).
 */
public final class Derivative implements Expr {
    /** The highest order of derivative symgrad takes ({@code diff(f, x, n)}, {@code --order}). */
    public static final int MAX_ORDER = 64;

    private final Expr of;
    private final Variable wrt;
    private final int hash;

    public Derivative(Expr of, Expr wrt) {
        this.of = Objects.requireNonNull(of);
        if (!(wrt instanceof Variable v)) {
            throw new IllegalArgumentException("can only differentiate with respect to a variable, not " + wrt);
        }
        this.wrt = v;
        this.hash = (0xdd * 31 + of.hashCode()) * 31 + wrt.hashCode();
    }

    public Expr of() {
        return of;
    }

    public Variable wrt() {
        return wrt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Derivative d && hash == d.hash && of.equals(d.of) && wrt.equals(d.wrt);
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
