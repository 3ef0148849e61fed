package org.symgrad.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for Greek letters in input. A Greek letter is a symbol, named by its ASCII name
 * ({@code β → beta}, {@code Ω → Omega}), exactly when it has a glyph of its own — when TeX has a
 * command for it: every small letter but omicron, and the capitals Γ Δ Θ Λ Ξ Π Σ Υ Φ Ψ Ω. The other
 * letters (ο, and the capitals Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Χ) look like Latin letters, so a reader could
 * not tell {@code ο} from {@code o}: they are rejected, with the Latin letter to write instead, as
 * Cyrillic look-alikes are. The final form {@code ς} is σ, and the variant forms {@code ϑ ϕ ϵ} are
 * θ φ ε. The LaTeX commands for the letters ({@link #COMMANDS}) are the accepted letters' names, with TeX's
 * variant forms.
 */
public final class GreekLetters {
    /** U+03B1 … U+03C9; U+03C2 is the final sigma. */
    private static final String[] SMALL = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
        "phi", "chi", "psi", "omega"};
    private static final Map<Character, String> VARIANTS = Map.of(
            '\u03D1', "theta",
            '\u03D5', "phi",
            '\u03F5', "epsilon");
    /** The letters that look like a Latin letter, and that letter. */
    private static final Map<Character, Character> LATIN_LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u03BF', 'o'),
            Map.entry('\u0391', 'A'), Map.entry('\u0392', 'B'), Map.entry('\u0395', 'E'), Map.entry('\u0396', 'Z'),
            Map.entry('\u0397', 'H'), Map.entry('\u0399', 'I'), Map.entry('\u039A', 'K'), Map.entry('\u039C', 'M'),
            Map.entry('\u039D', 'N'), Map.entry('\u039F', 'O'), Map.entry('\u03A1', 'P'), Map.entry('\u03A4', 'T'),
            Map.entry('\u03A7', 'X'));

    /** The letters TeX also writes in a variant form, {@code \varepsilon} … {@code \varsigma}. */
    private static final java.util.Set<String> VARIANT_COMMANDS = java.util.Set.of("epsilon", "theta", "kappa", "pi", "rho",
            "sigma", "phi");

    /**
     * The Greek letters as LaTeX commands name them, without the backslash ({@code alpha}, {@code varepsilon},
     * {@code Gamma}): the accepted small letters each followed by its variant form, then the accepted capitals — the
     * commands the LaTeX lexer reads as a Greek letter. Read by the formula reader ({@code LatexNames}), the scan for
     * plain vectors ({@code PlainVectors}) and the document reader's prose that names a function by a letter
     * ({@code ProseFunctionNames}).
     */
    public static final List<String> COMMANDS = commands();

    /** The command names as a regular-expression alternation, {@code alpha|beta|…}, for readers of source text. */
    public static final String ALTERNATION = String.join("|", COMMANDS);

    private static List<String> commands() {
        List<String> out = new ArrayList<>();
        for (char c = '\u03B1'; c <= '\u03C9'; c++) {
            String name = nameOf(c);
            if (name != null && !out.contains(name)) {
                out.add(name);
                if (VARIANT_COMMANDS.contains(name)) {
                    out.add("var" + name);
                }
            }
        }
        for (char c = '\u0391'; c <= '\u03A9'; c++) {
            String name = nameOf(c);
            if (name != null) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    private GreekLetters() {
    }

    /** The ASCII name of a Greek letter, or {@code null} if {@code c} is not an accepted one. */
    static String nameOf(char c) {
        if (LATIN_LOOK_ALIKES.containsKey(c)) {
            return null;
        }
        if (c >= '\u03B1' && c <= '\u03C9') {
            return SMALL[c - '\u03B1'];
        }
        if (c >= '\u0391' && c <= '\u03A9' && c != '\u03A2') {
            String small = SMALL[c - '\u0391'];
            return Character.toUpperCase(small.charAt(0)) + small.substring(1);
        }
        return VARIANTS.get(c);
    }

    /** Why {@code c} is not accepted, if it is a Greek letter that looks like a Latin one. */
    static Optional<String> rejection(char c) {
        Character latin = LATIN_LOOK_ALIKES.get(c);
        if (latin == null) {
            return Optional.empty();
        }
        String which = Character.isUpperCase(c) ? "capital " : "small ";
        String greek = Character.getName(c).replace("GREEK " + (Character.isUpperCase(c) ? "CAPITAL" : "SMALL")
                + " LETTER ", "");
        return Optional.of(String.format("the Greek %sletter %s '%c' (U+%04X) looks like the Latin letter '%c'; "
                + "write %c", which, greek.charAt(0) + greek.substring(1).toLowerCase(java.util.Locale.ROOT),
                c, (int) c, latin, latin));
    }

    /**
     * The ASCII name a name token spells: Greek letters as their names, a letter with a circumflex
     * as the letter and the suffix {@code hat} ({@code ŷ1} → {@code yhat1}, {@code θ̂} → {@code thetahat}),
     * the way the Unicode printer writes names.
     */
    static String asciiName(String token) {
        // an ASCII token is its own decomposition (and the decomposition's tables are not loaded for it)
        String decomposed = isAscii(token) ? token : java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 3);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String name = c == '\u0302' ? "hat" : nameOf(c);
            out.append(name == null ? String.valueOf(c) : name);
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} is the ASCII name of a Greek letter ({@code sigma}, {@code Phi}). */
    static boolean isLetterName(String name) {
        return LETTER_NAMES.contains(name);
    }

    /** Every small letter's name and its capitalised form, for {@link #isLetterName} (asked of every name a script writes). */
    private static final Set<String> LETTER_NAMES = letterNames();

    private static Set<String> letterNames() {
        Set<String> out = new HashSet<>();
        for (String lower : SMALL) {
            out.add(lower);
            out.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return Set.copyOf(out);
    }

    /** {@code text} with every accepted Greek letter replaced by its ASCII name. */
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
