package org.symgrad.expr;

import java.util.regex.Pattern;

/**
 * Indices are strings: a symbolic index is a letter followed by letters and digits
 * ({@code i}, {@code k2}); a concrete index is a positive integer written in digits ({@code 1}).
 */
public final class Index {
    private static final Pattern SYMBOLIC = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CONCRETE = Pattern.compile("[0-9]+");

    private Index() {
    }

    public static boolean isConcrete(String index) {
        return CONCRETE.matcher(index).matches();
    }

    public static boolean isSymbolic(String index) {
        return SYMBOLIC.matcher(index).matches();
    }

    static void requireValid(String index) {
        if (index == null || !(isSymbolic(index) || isConcrete(index))) {
            throw new IllegalArgumentException("not an index: " + index);
        }
    }

    static void requireSymbolic(String index) {
        if (index == null || !isSymbolic(index)) {
            throw new IllegalArgumentException("a summation index must be a name: " + index);
        }
    }
}
