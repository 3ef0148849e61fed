package org.symgrad.expr;

/** The Kronecker delta {@code δ_ij}: 1 when the two indices are equal, 0 otherwise. */
public record Delta(String i, String j) implements Expr {
    public Delta {
        Index.requireValid(i);
        Index.requireValid(j);
    }

    @Override
    public String toString() {
        return "δ_{" + i + "," + j + "}";
    }
}
