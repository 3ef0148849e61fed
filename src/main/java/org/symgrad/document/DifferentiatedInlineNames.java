package org.symgrad.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An inline formula that names a fresh value, right before the display that differentiates it, in one sentence: "With a
 * weight on the positive class, $\mathcal{L}_w = -w y \log p - …$, we get $$\frac{d\mathcal{L}_w}{dz} = …$$", "For
 * $g(x) = x^2 e^{-x}$, we have $$g'(x) = …$$". The display's derivative is of that name, which nothing before wrote: the
 * formula is its definition, announced as a word would announce it (was: read only where the step held with it, so a wrong
 * derivative was undecided). A point ({@code $x = 0$}: no name on its right side), an update or a claim ({@code $f'(x) =
 * 2x$}: a derivative on its left side) is none.
 */
final class DifferentiatedInlineNames {
    /** The prose from the formula to the display, in the same sentence: no other formula, no full stop. */
    private static final Pattern BETWEEN = Pattern.compile("[^$.;!?]{0,60}");
    /** A display's opening. */
    private static final Pattern DISPLAY = Pattern.compile("\\s*(\\$\\$|\\\\\\[|\\\\begin\\{(equation|align|gather|multline)\\*?})");

    private DifferentiatedInlineNames() {
    }

    /**
     * Whether the inline {@code formula}, written in {@code text} from {@code open} to {@code close} in prose that ends at
     * {@code end}, is the definition of a name the display right after that prose differentiates on its first side.
     */
    static boolean announces(String text, int open, int close, int end, String formula) {
        List<String> links = InlineDefinitions.links(formula);
        if (links.size() != 2 || !InlineDefinitions.givenByNames(formula) || close + 1 > end
                || !BETWEEN.matcher(text.substring(close + 1, end)).matches()) {
            return false;
        }
        String name = InlineDefinitions.leftName(links.get(0));
        if (name.isEmpty() || name.contains("^") || !name.matches("(\\\\[A-Za-z]+\\{)?\\\\?[A-Za-z]+}?(_(\\{[^{}]*}|\\\\?[A-Za-z0-9]+))?")) {
            return false; // a plain name, in a font or decorated at most, with a subscript at most
        }
        java.util.regex.Matcher display = DISPLAY.matcher(text).region(end, text.length());
        if (!display.lookingAt()) {
            return false;
        }
        int from = display.end();
        int eq = text.indexOf('=', from);
        if (eq < 0) {
            return false;
        }
        String first = text.substring(from, eq).replaceAll("\\s+", "");
        String written = Pattern.quote(name);
        // of the name, not by it: \frac{d g}{…}, \frac{\partial^2 g}{…}, g', g^\prime, \nabla_{w} g, \nabla_{\mathbf{x}} h (a bold subscript),
        // \partial_x f, \partial_{xy} f, and f_x, f_{xy} of a function f(x, y) by its parameters
        String parameters = parameters(links.get(0));
        Pattern derivative = Pattern.compile("(\\\\[dt]?frac\\{(\\\\partial|\\\\mathrm\\{d}|d)|\\\\nabla(_\\{(?:[^{}]|\\{[^{}]*})*}|_\\\\?[A-Za-z]+)?"
                + "|\\\\partial_(\\{[^{}]*}|\\\\[A-Za-z]+|[A-Za-z]))(\\^\\{?\\d}?)?"
                + written + "(?![A-Za-z_])|(?<![A-Za-z\\\\])" + written + "('|\\^\\{?\\\\prime"
                + (parameters.isEmpty() ? "" : "|_(\\{[" + parameters + "]+}|[" + parameters + "])(?![A-Za-z])") + ")");
        Pattern before = Pattern.compile("(?<![A-Za-z\\\\])" + written + "(?![A-Za-z_])");
        return derivative.matcher(first).find() && !before.matcher(mathBefore(text, open)).find();
    }

    /** The one-letter parameters of a call's left side, {@code xy} of {@code f(x, y)}; empty for a name that is no call. */
    private static String parameters(String left) {
        java.util.regex.Matcher call = Pattern.compile("\\(([^()]*)\\)\\s*:?\\s*$").matcher(left);
        if (!call.find()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String p : call.group(1).split(",")) {
            if (!p.strip().matches("[A-Za-z]")) {
                return "";
            }
            out.append(p.strip());
        }
        return out.toString();
    }

    /** Math: inline, display or an environment's. */
    private static final Pattern MATH = Pattern.compile("\\$\\$[\\s\\S]*?\\$\\$|(?<!\\\\)\\$[^$]*\\$|\\\\\\[[\\s\\S]*?\\\\]"
            + "|\\\\\\([\\s\\S]*?\\\\\\)|\\\\begin\\{(equation|align|gather|multline)\\*?}[\\s\\S]*?\\\\end\\{\\1\\*?}");
    /** A number set or words in math, which write no name: {@code \mathbb{R}^{n \times d}}, {@code \text{for } x}. */
    private static final Pattern NO_NAMES = Pattern.compile("\\\\(mathbb|text|textrm|mbox)\\s*\\{[^{}]*}");

    /**
     * The math written before {@code open}, without number sets and words: where a name is written before its formula. The
     * prose's words are none ("a" of "a function" is no name a), nor is the R of {@code X \in \mathbb{R}^{n \times d}}
     * (was: "For the ridge loss $R(w) = …$," below such a declaration was not announced).
     */
    private static String mathBefore(String text, int open) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = MATH.matcher(text).region(0, open);
        while (m.find()) {
            out.append(NO_NAMES.matcher(m.group()).replaceAll(" ")).append(' ');
        }
        return out.toString();
    }
}
