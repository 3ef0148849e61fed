package org.symgrad.print;

/**
 * Binding strength of printed forms, loosest first — the one place precedence lives. A printed
 * child is wrapped in parentheses when its level is too loose for the slot it fills (see
 * {@link Printer}). The ladder mirrors the grammar (SPEC §2): {@code +}/{@code -} below
 * {@code *}/{@code /}, unary minus above products, {@code ^} above unary minus, atoms on top.
 */
public enum Prec {
    /** {@code a + b}, {@code a - b}. */
    SUM,
    /** {@code a*b}, {@code a/b}, and prefix operators that take the following product ({@code Σ}). */
    PRODUCT,
    /** {@code -a}, a negative number. */
    UNARY,
    /** {@code a^b}. */
    POWER,
    /** Names, numbers, function applications, anything already bracketed. */
    ATOM;

    public boolean looserThan(Prec other) {
        return compareTo(other) < 0;
    }
}
