package org.symgrad.parse.latex;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names a text writes with a subscript: a letter or a run of letters ({@code c_i}, {@code ab_i}), or a command
 * ({@code \lambda_k}), each whole, then its subscript, also after a font's closing brace ({@code \mathbf{u}_i},
 * {@code \mathbf{c_i}}). A command starts at any backslash that is not itself written escaped: {@code a\lambda_k}
 * subscripts {@code \lambda}, and after a line break {@code \\x_i} subscripts {@code x}. The one answer for the
 * readers that ask it: broadcast scalars and vector entries of a whole document ({@link BroadcastScalars},
 * {@link VectorNameScan}), a vector function's argument in the paragraph it stands in ({@link VectorEvidence}), a
 * call's scalar argument ({@link Calls}). A text is read once for every name it subscripts, for the texts read last.
 */
final class SubscriptedNames {
    private static final RecentTexts<Set<String>> FOUND = new RecentTexts<>(SubscriptedNames::scan);
    /** A letter or a command's name ({@code c}, {@code \lambda}). */
    private static final Pattern NAME = Pattern.compile("\\\\?[a-zA-Z]+");

    private SubscriptedNames() {
    }

    /** Every name {@code text} writes with a subscript, as written ({@code c}, {@code \lambda}). */
    static Set<String> in(String text) {
        return FOUND.in(text);
    }

    /**
     * Whether {@code text} writes {@code name} ({@code c}, {@code \lambda}) with a subscript; a name that is not a
     * letter run or a command ({@code λ}) is searched for as written, not inside a longer name or a command.
     */
    static boolean writes(String text, String name) {
        if (NAME.matcher(name).matches()) {
            return in(text).contains(name);
        }
        return Pattern.compile("(?<![\\\\a-zA-Z])" + Pattern.quote(name) + "(?![a-zA-Z])\\s*\\}?\\s*_").matcher(text).find();
    }

    /** Whether {@code text} writes the name {@code name} of a formula ({@code c}, {@code mu}) with a subscript, as a letter or a command. */
    static boolean writesLetterOrCommand(String text, String name) {
        return writes(text, name) || writes(text, "\\" + name);
    }

    private static Set<String> scan(String text) {
        Set<String> names = new HashSet<>();
        int n = text.length();
        int k = 0;
        while (k < n) {
            char c = text.charAt(k);
            if (c == '\\') {
                if (k + 1 < n && letter(text.charAt(k + 1))) {
                    k = name(text, k, k + 1, names);
                } else {
                    // an escaped character: \\ (a line break), \{, \, …
                    k += 2;
                }
            } else if (letter(c)) {
                k = name(text, k, k, names);
            } else {
                k++;
            }
        }
        return Set.copyOf(names);
    }

    /** Reads the name from {@code start} whose letters begin at {@code letters}; adds it if a subscript follows. */
    private static int name(String text, int start, int letters, Set<String> names) {
        int end = letters;
        while (end < text.length() && letter(text.charAt(end))) {
            end++;
        }
        if (subscriptAt(text, end)) {
            names.add(text.substring(start, end));
        }
        return end;
    }

    /** Whether a subscript follows at {@code k}: {@code _}, after spaces and a closing brace. */
    private static boolean subscriptAt(String text, int k) {
        k = spaces(text, k);
        if (k < text.length() && text.charAt(k) == '}') {
            k = spaces(text, k + 1);
        }
        return k < text.length() && text.charAt(k) == '_';
    }

    /** The first position from {@code k} that is no white space of a regular expression's {@code \s}. */
    private static int spaces(String text, int k) {
        while (k < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
