package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The private macros a document defines, honoured as LATEX-INPUT D4 asks: {@code \newcommand{\vx}{\mathbf{x}}},
 * {@code \renewcommand}, {@code \providecommand} (starred or not, with {@code [n]} arguments {@code #1}…{@code #9} and an
 * optional first argument's default), {@code \def\vx{\mathbf{x}}} and {@code \def\dd#1#2{…}}, and
 * {@code \DeclareMathOperator{\softplus}{softplus}} ({@code \operatorname{softplus}}). Each use is replaced by its body
 * with the arguments put in, again until none is left (at most {@value #ROUNDS} rounds: a macro that uses itself stops
 * there); each definition is blanked. Lines are kept, so every message still names the line it is on; a column on a line
 * that uses a macro counts in the expanded line. Before this, every step written with a macro was skipped ("unknown
 * command \dd: probably a macro of the source document").
 */
final class LatexMacros {
    private LatexMacros() {
    }

    private static final int ROUNDS = 20;
    /** The most characters expansion may add to a document: past it the rest is left as written. */
    private static final int MOST_GROWTH = 200_000;

    private record Macro(int arguments, String optionalDefault, String body) {
    }

    private static final Pattern NEW_COMMAND = Pattern.compile(
            "\\\\(?:re)?(?:new|provide)command\\*?\\s*(?:\\{\\s*\\\\([A-Za-z]+)\\s*}|\\\\([A-Za-z]+))\\s*(?:\\[\\s*(\\d)\\s*])?\\s*");
    private static final Pattern DEF = Pattern.compile("\\\\def\\s*\\\\([A-Za-z]+)((?:\\s*#\\d)*)\\s*(?=\\{)");
    private static final Pattern OPERATOR = Pattern.compile("\\\\DeclareMathOperator(\\*?)\\s*\\{\\s*\\\\([A-Za-z]+)\\s*}\\s*(?=\\{)");

    /** {@code text} with its macros expanded and their definitions blanked; {@code text} itself where it defines none. */
    static String expanded(String text) {
        if (!text.contains("command") && !text.contains("\\def") && !text.contains("\\DeclareMathOperator")) {
            return text;
        }
        Map<String, Macro> macros = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(text);
        collect(out, macros);
        if (macros.isEmpty()) {
            return text;
        }
        String s = out.toString();
        int limit = text.length() + MOST_GROWTH;
        for (int round = 0; round < ROUNDS; round++) {
            String next = once(s, macros, limit);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /** Reads the definitions in {@code text} into {@code macros}, blanking each (newlines kept). */
    private static void collect(StringBuilder text, Map<String, Macro> macros) {
        for (Pattern p : new Pattern[] {NEW_COMMAND, DEF, OPERATOR}) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (m.find(from)) {
                int at = m.end();
                String name;
                int arguments;
                String optional = null;
                if (p == NEW_COMMAND) {
                    name = m.group(1) != null ? m.group(1) : m.group(2);
                    arguments = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    if (arguments > 0 && at < text.length() && text.charAt(at) == '[') {
                        int close = text.indexOf("]", at);
                        if (close < 0) {
                            from = at;
                            continue;
                        }
                        optional = text.substring(at + 1, close);
                        at = skipSpaces(text, close + 1);
                    }
                } else if (p == DEF) {
                    name = m.group(1);
                    arguments = m.group(2).replaceAll("[^#]", "").length();
                } else {
                    name = m.group(2);
                    arguments = 0;
                }
                int end = groupEnd(text, at);
                if (end < 0) { // no braced body
                    from = at;
                    continue;
                }
                String body = text.substring(at + 1, end - 1);
                if (p == OPERATOR) {
                    body = "\\operatorname{" + body.strip() + "}";
                }
                macros.put(name, new Macro(arguments, optional, body.replace('\n', ' ')));
                for (int k = m.start(); k < end; k++) {
                    if (text.charAt(k) != '\n') {
                        text.setCharAt(k, ' ');
                    }
                }
                from = end;
            }
        }
    }

    /** {@code s} with each use of a macro replaced once. */
    private static String once(String s, Map<String, Macro> macros, int limit) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1))) {
                out.append(c);
                if (c == '\\' && i + 1 < s.length()) {
                    out.append(s.charAt(i + 1)); // \\, \{, \$: a command of one character
                    i++;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            Macro m = macros.get(s.substring(i + 1, j));
            if (m == null || out.length() > limit) {
                out.append(s, i, j);
                i = j;
                continue;
            }
            String[] args = new String[m.arguments()];
            int at = j;
            boolean read = true;
            for (int k = 0; k < args.length && read; k++) {
                int start = skipSpaces(s, at);
                if (k == 0 && m.optionalDefault() != null) {
                    if (start < s.length() && s.charAt(start) == '[') {
                        int close = s.indexOf(']', start);
                        read = close > 0;
                        if (read) {
                            args[k] = s.substring(start + 1, close);
                            at = close + 1;
                        }
                    } else {
                        args[k] = m.optionalDefault();
                    }
                    continue;
                }
                int end = argumentEnd(s, start);
                read = end > start;
                if (read) {
                    args[k] = s.charAt(start) == '{' ? s.substring(start + 1, end - 1) : s.substring(start, end);
                    at = end;
                }
            }
            if (!read) {
                out.append(s, i, j);
                i = j;
                continue;
            }
            String body = m.body();
            for (int k = args.length; k >= 1; k--) {
                body = body.replace("#" + k, args[k - 1].replace('\n', ' '));
            }
            // a macro without arguments before a letter (\vx y) keeps the two apart, as TeX's tokens are
            boolean letterAfter = args.length == 0 && at < s.length() && Character.isLetter(s.charAt(at));
            out.append(body);
            if (letterAfter) {
                out.append(' ');
            }
            i = args.length == 0 ? skipSpacesAfterCommand(s, at) : at;
        }
        return out.toString();
    }

    /** Past the spaces TeX skips after a command word; a newline is kept. */
    private static int skipSpacesAfterCommand(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i == at ? at : i - 1; // one space kept between a command and what follows
    }

    private static int skipSpaces(CharSequence s, int at) {
        int i = at;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The end of one argument at {@code start}: a braced group, a command word or one character; {@code start} if none. */
    private static int argumentEnd(String s, int start) {
        if (start >= s.length()) {
            return start;
        }
        char c = s.charAt(start);
        if (c == '{') {
            int end = groupEnd(s, start);
            return end < 0 ? start : end;
        }
        if (c == '\\') {
            int j = start + 1;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                j++;
            }
            return j == start + 1 ? Math.min(s.length(), start + 2) : j;
        }
        return c == '}' || c == '\n' ? start : start + 1;
    }

    /** The index just past the brace that closes the group opening at {@code open}, or −1. */
    private static int groupEnd(CharSequence s, int open) {
        if (open >= s.length() || s.charAt(open) != '{') {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
