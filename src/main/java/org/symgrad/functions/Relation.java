package org.symgrad.functions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The comparisons a case split {@code where(cond, a, b)} may test. Each is a registry entry of two
 * arguments named {@link #function()} ({@code gt(x, 0)} is {@code x > 0}) whose value is 1 where the
 * comparison holds and 0 elsewhere, and whose derivative is 0 (away from the boundary, where it
 * jumps). Printers write it infix with {@link #ascii()}, {@link #latex()} or {@link #unicode()}; the
 * parser reads it only as the condition of a {@code where}.
 */
public enum Relation {
    LT("lt", "<", "<", "<"),
    LE("le", "<=", "\\le", "\u2264"),
    GT("gt", ">", ">", ">"),
    GE("ge", ">=", "\\ge", "\u2265");

    private final String function;
    private final String ascii;
    private final String latex;
    private final String unicode;

    Relation(String function, String ascii, String latex, String unicode) {
        this.function = function;
        this.ascii = ascii;
        this.latex = latex;
        this.unicode = unicode;
    }

    /** The name of the registry entry that tests the relation. */
    public String function() {
        return function;
    }

    public String ascii() {
        return ascii;
    }

    public String latex() {
        return latex;
    }

    public String unicode() {
        return unicode;
    }

    /** Whether {@code a} stands in this relation to {@code b}. */
    public boolean holds(double a, double b) {
        return switch (this) {
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** The relation whose entry is named {@code function}. */
    public static Optional<Relation> ofFunction(String function) {
        return Arrays.stream(values()).filter(r -> r.function.equals(function)).findFirst();
    }

    /** The relation written {@code symbol} in ASCII or Unicode ({@code <=}, {@code ≤}). */
    public static Optional<Relation> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(r -> r.ascii.equals(symbol) || r.unicode.equals(symbol)).findFirst();
    }
}
