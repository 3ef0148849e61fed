package org.symgrad.parse;

import java.util.Map;

/**
 * Unicode Greek letters and their ASCII names: {@code β → beta}, {@code Ω → Omega}. A Greek letter
 * is an ordinary symbol (SPEC §2); the expression tree stores the ASCII name, printers show Greek.
 */
final class GreekLetters {
    private static final String[] LOWER = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", null, "sigma", "tau", "upsilon", "phi",
        "chi", "psi", "omega"};
    private static final Map<Character, String> VARIANTS = Map.of(
            '\u03C2', "sigma", // final sigma
            '\u03D1', "theta",
            '\u03D5', "phi",
            '\u03F5', "epsilon");

    private GreekLetters() {
    }

    /** The ASCII name of a Greek letter, or {@code null} if {@code c} is not one. */
    static String nameOf(char c) {
        if (c >= '\u03B1' && c <= '\u03C9') {
            return LOWER[c - '\u03B1'];
        }
        if (c >= '\u0391' && c <= '\u03A9' && c != '\u03A2') {
            String lower = LOWER[c - '\u0391'];
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return VARIANTS.get(c);
    }

    /** {@code text} with every Greek letter replaced by its ASCII name. */
    static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String name = nameOf(c);
            out.append(name == null ? String.valueOf(c) : name);
        }
        return out.toString();
    }
}
