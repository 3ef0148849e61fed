package org.symgrad.report;

import java.util.Map;

/**
 * An estimate, in points, of how wide a line of display math is when pdflatex sets it in a 10 pt
 * document — wide enough that a document can break its rows before they run past the margin.
 * It reads the LaTeX the printers write ({@code \frac}, {@code \sum_{…}}, sub- and superscripts,
 * {@code \left( … \right)}, operator names, Greek letters) with the widths of Computer Modern
 * glyphs and TeX's spacing rules: a fraction is as wide as its wider part, set a style smaller;
 * scripts are 70% (50% in scripts); binary operators and relations carry their spaces. Unknown
 * commands count as a wide glyph, so the estimate errs on the wide side.
 */
final class LatexWidth {
    /** The style of a piece of math: display, text, script and scriptscript (TeX's D, T, S, SS). */
    private enum Style {
        DISPLAY(1), TEXT(1), SCRIPT(0.7), SCRIPTSCRIPT(0.5);

        final double scale;

        Style(double scale) {
            this.scale = scale;
        }

        Style fraction() {
            return switch (this) {
                case DISPLAY -> TEXT;
                case TEXT -> SCRIPT;
                case SCRIPT, SCRIPTSCRIPT -> SCRIPTSCRIPT;
            };
        }

        Style script() {
            return this == DISPLAY || this == TEXT ? SCRIPT : SCRIPTSCRIPT;
        }

        boolean spaced() {
            return this == DISPLAY || this == TEXT;
        }
    }

    private static final double LETTER = 5.6;
    private static final double CAPITAL = 8.0;
    private static final double DIGIT = 5.0;
    private static final double UPRIGHT = 5.2;
    private static final double BINARY = 7.8;
    private static final double MEDIUM_SPACE = 2.22;
    private static final double THICK_SPACE = 2.78;
    private static final double THIN_SPACE = 1.67;
    private static final double DELIMITER = 5.0;
    private static final double UNKNOWN = 9.0;

    private static final Map<String, Double> SYMBOLS = Map.ofEntries(
            Map.entry("partial", 5.8), Map.entry("top", 7.8), Map.entry("infty", 10.0),
            Map.entry("mathbf", 0.0), Map.entry("ell", 4.2), Map.entry("nabla", 8.4),
            Map.entry("cdots", 13.4), Map.entry("ldots", 13.4), Map.entry("dots", 13.4), Map.entry("prime", 2.8),
            Map.entry("quad", 10.0), Map.entry("qquad", 20.0), Map.entry(",", THIN_SPACE),
            Map.entry(":", MEDIUM_SPACE), Map.entry(";", THICK_SPACE), Map.entry("!", -THIN_SPACE),
            Map.entry(" ", 3.3), Map.entry("{", 5.0), Map.entry("}", 5.0), Map.entry("|", 5.6),
            Map.entry("displaystyle", 0.0), Map.entry("textstyle", 0.0), Map.entry("limits", 0.0),
            Map.entry("nolimits", 0.0), Map.entry("mathit", 0.0), Map.entry("boldsymbol", 0.0),
            Map.entry("ding", 0.0));
    private static final Map<String, Double> BINARIES = Map.of(
            "cdot", 2.8, "times", BINARY, "odot", BINARY, "pm", BINARY, "mp", BINARY, "circ", 5.0);
    private static final Map<String, Double> RELATIONS = Map.of(
            "approx", BINARY, "neq", BINARY, "ne", BINARY, "leq", BINARY, "geq", BINARY, "le", BINARY,
            "ge", BINARY, "to", 10.0, "in", 6.7, "equiv", BINARY);

    private final String s;
    private int pos;

    private LatexWidth(String latex) {
        this.s = latex;
    }

    /** The estimated width, in points, of {@code latex} set as display math. */
    static double of(String latex) {
        return new LatexWidth(latex).sequence(Style.DISPLAY, '\0');
    }

    /** The estimated width of {@code text} in the roman text font (a rule label, say). */
    static double text(String text) {
        return text.length() * UPRIGHT;
    }

    /** Reads up to {@code end} (a closing brace) or the end, summing widths. */
    private double sequence(Style style, char end) {
        double width = 0;
        boolean operand = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == end) {
                pos++;
                return width;
            }
            if (c == ' ') {
                pos++;
                continue;
            }
            double before = width;
            switch (c) {
                case '{' -> {
                    pos++;
                    width += sequence(style, '}');
                }
                case '_', '^' -> {
                    pos++;
                    width += argument(style.script());
                    operand = true;
                    continue;
                }
                case '+', '-' -> {
                    pos++;
                    // binary after an operand, unary otherwise
                    width += BINARY * style.scale + (operand && style.spaced() ? 2 * MEDIUM_SPACE : 0);
                    operand = false;
                    continue;
                }
                case '=', '<', '>' -> {
                    pos++;
                    width += BINARY * style.scale + (style.spaced() ? 2 * THICK_SPACE : 0);
                    operand = false;
                    continue;
                }
                case ',' -> {
                    pos++;
                    width += 2.8 * style.scale + (style.spaced() ? THIN_SPACE : 0);
                    operand = false;
                    continue;
                }
                case '(', ')', '[', ']', '|' -> {
                    pos++;
                    width += 3.9 * style.scale;
                }
                case '\\' -> width += command(style);
                default -> {
                    pos++;
                    width += glyph(c) * style.scale;
                }
            }
            operand = width != before || operand;
        }
        return width;
    }

    /** A script or command argument: a braced group, a command, or one character. */
    private double argument(Style style) {
        if (pos >= s.length()) {
            return 0;
        }
        char c = s.charAt(pos);
        if (c == '{') {
            pos++;
            return sequence(style, '}');
        }
        if (c == '\\') {
            return command(style);
        }
        pos++;
        return glyph(c) * style.scale;
    }

    /** Skips a braced argument without measuring it. */
    private void skipArgument() {
        if (pos < s.length() && s.charAt(pos) == '{') {
            int depth = 0;
            do {
                char c = s.charAt(pos++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } while (pos < s.length() && depth > 0);
        } else if (pos < s.length()) {
            pos++;
        }
    }

    private double command(Style style) {
        pos++; // the backslash
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        if (pos == start && pos < s.length()) {
            pos++; // a control symbol such as \, or \{
        }
        String name = s.substring(start, pos);
        double scale = style.scale;
        switch (name) {
            case "frac", "dfrac", "tfrac" -> {
                Style inner = name.equals("dfrac") ? Style.TEXT : style.fraction();
                double numerator = argument(inner);
                double denominator = argument(inner);
                return Math.max(numerator, denominator) + 2.4 * scale;
            }
            case "sum", "prod" -> {
                return operator(style, 14.4, 10.6);
            }
            case "sqrt" -> {
                return 8.3 * scale + argument(style);
            }
            case "left", "right", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "big", "Big" -> {
                if (pos < s.length() && s.charAt(pos) == '\\') {
                    pos++;
                    while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos++;
                }
                return DELIMITER * scale;
            }
            case "text", "mathrm", "operatorname", "mathit", "textrm" -> {
                int before = pos;
                skipArgument();
                String body = s.substring(Math.min(before + 1, pos), Math.max(before + 1, pos - 1));
                return body.length() * UPRIGHT * scale + (name.equals("operatorname") ? THIN_SPACE : 0);
            }
            case "hat", "tilde", "bar", "vec", "mathbf", "boldsymbol", "overline" -> {
                return argument(style);
            }
            case "log", "ln", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "max", "min", "det" -> {
                return name.length() * UPRIGHT * scale + (style.spaced() ? THIN_SPACE : 0);
            }
            case "ding" -> {
                skipArgument();
                return 8.0 * scale;
            }
            default -> {
                if (BINARIES.containsKey(name)) {
                    return BINARIES.get(name) * scale + (style.spaced() ? 2 * MEDIUM_SPACE : 0);
                }
                if (RELATIONS.containsKey(name)) {
                    return RELATIONS.get(name) * scale + (style.spaced() ? 2 * THICK_SPACE : 0);
                }
                if (SYMBOLS.containsKey(name)) {
                    return SYMBOLS.get(name) * (name.length() == 1 ? 1 : scale);
                }
                if (name.length() > 1 && Character.isUpperCase(name.charAt(0))) {
                    return CAPITAL * scale; // \Sigma, \Phi …
                }
                return name.length() > 1 ? 6.0 * scale : UNKNOWN * scale;
            }
        }
    }

    /** A large operator: in display style with its limits below, else with them beside. */
    private double operator(Style style, double displayWidth, double textWidth) {
        double below = 0;
        double beside = 0;
        while (pos < s.length() && (s.charAt(pos) == '_' || s.charAt(pos) == '^')) {
            pos++;
            double w = argument(style.script());
            below = Math.max(below, w);
            beside += w;
        }
        if (style == Style.DISPLAY) {
            return Math.max(displayWidth, below) + THIN_SPACE;
        }
        return textWidth * style.scale + beside + THIN_SPACE * style.scale;
    }

    private static double glyph(char c) {
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (Character.isUpperCase(c)) {
            return CAPITAL;
        }
        if (c == '.' || c == ';' || c == '!' || c == '\'') {
            return 2.8;
        }
        if (c == '/') {
            return 5.0;
        }
        return LETTER;
    }
}
