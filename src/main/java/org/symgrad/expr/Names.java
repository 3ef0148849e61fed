package org.symgrad.expr;

import java.util.regex.Pattern;

/**
 * Spelling of symbol and function names. A symbol name is a letter followed by letters and
 * digits, optionally with a layer label written {@code base^(label)}, as in {@code W^(1)}.
 */
public final class Names {
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\^\\([A-Za-z0-9]+\\))?");
    private static final Pattern FUNCTION = Pattern.compile("[A-Za-z][A-Za-z0-9]*(_[A-Za-z][A-Za-z0-9]*)*'*");

    private Names() {
    }

    static void requireValid(String name) {
        if (name == null || !SYMBOL.matcher(name).matches()) {
            throw new IllegalArgumentException("not a symbol name: " + name);
        }
    }

    static void requireValidFunction(String name) {
        if (name == null || !FUNCTION.matcher(name).matches()) {
            throw new IllegalArgumentException("not a function name: " + name);
        }
    }

    /** The name without its layer label: {@code W^(1)} → {@code W}. */
    public static String base(String name) {
        int caret = name.indexOf('^');
        return caret < 0 ? name : name.substring(0, caret);
    }

    /** The layer label, or the empty string: {@code W^(1)} → {@code 1}. */
    public static String label(String name) {
        int caret = name.indexOf('^');
        return caret < 0 ? "" : name.substring(caret + 2, name.length() - 1);
    }

    /** A name with a layer label: {@code withLabel("W", "1")} → {@code W^(1)}. */
    public static String withLabel(String base, String label) {
        return label.isEmpty() ? base : base + "^(" + label + ")";
    }
}
