package org.symgrad.expr;

/**
 * Spelling of symbol and function names. A symbol name is a letter followed by letters and
 * digits, optionally with a layer label written {@code base^(label)}, as in {@code W^(1)}.
 *
 * <p>The spellings are checked by hand, as the regular expressions
 * {@code [A-Za-z][A-Za-z0-9]*(\^\([A-Za-z0-9]+\))?} (a symbol) and
 * {@code [A-Za-z][A-Za-z0-9]*(_[A-Za-z][A-Za-z0-9]*)*'*} (a function) read them: every symbol and
 * function node checks its name when it is made, and a short call made tens of thousands of nodes
 * through the regular-expression engine, mostly interpreted ({@code NamesTest} checks the two agree); so
 * are indices ({@link Index#isSymbolic}, {@link Index#isConcrete}).
 */
public final class Names {
    private Names() {
    }

    static void requireValid(String name) {
        if (name == null || !isSymbolName(name)) {
            throw new IllegalArgumentException("not a symbol name: " + name);
        }
    }

    static void requireValidFunction(String name) {
        if (name == null || !isFunctionName(name)) {
            throw new IllegalArgumentException("not a function name: " + name);
        }
    }

    /** Whether {@code s} spells a symbol: a letter, letters and digits, then perhaps a label {@code ^(…)} of letters and digits. */
    static boolean isSymbolName(String s) {
        int n = s.length();
        int i = word(s, 0);
        if (i == 0 || i == n) {
            return i == n && n > 0;
        }
        if (s.charAt(i) != '^' || i + 1 >= n || s.charAt(i + 1) != '(') {
            return false;
        }
        int j = i + 2;
        while (j < n && isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return j > i + 2 && j == n - 1 && s.charAt(j) == ')';
    }

    /** Whether {@code s} spells a function: words joined by {@code _}, each a letter then letters and digits, then primes. */
    static boolean isFunctionName(String s) {
        int n = s.length();
        int i = word(s, 0);
        if (i == 0) {
            return false;
        }
        while (i < n && s.charAt(i) == '_') {
            int next = word(s, i + 1);
            if (next == i + 1) {
                return false;
            }
            i = next;
        }
        while (i < n && s.charAt(i) == '\'') {
            i++;
        }
        return i == n;
    }

    /** Whether {@code s} is one word: a letter, then letters and digits ({@code [A-Za-z][A-Za-z0-9]*}). */
    static boolean isWord(String s) {
        return !s.isEmpty() && word(s, 0) == s.length();
    }

    /** Whether {@code s} is a run of digits ({@code [0-9]+}). */
    static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The end of the word (a letter, then letters and digits) that starts at {@code from}; {@code from} when none does. */
    private static int word(String s, int from) {
        int n = s.length();
        if (from >= n || !isLetter(s.charAt(from))) {
            return from;
        }
        int i = from + 1;
        while (i < n && isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9';
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
