package org.symgrad.expr;

/** The Kronecker delta {@code δ_ij}: 1 when the two indices are equal, 0 otherwise. */
public final class Delta implements Expr {
    private final String i;
    private final String j;

    public Delta(String i, String j) {
        Index.requireValid(i);
        Index.requireValid(j);
        this.i = i;
        this.j = j;
    }

    public String i() {
        return i;
    }

    public String j() {
        return j;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Delta d && i.equals(d.i) && j.equals(d.j);
    }

    @Override
    public int hashCode() {
        return (0xd * 31 + i.hashCode()) * 31 + j.hashCode();
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
