package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Whole numbers above a name that label it, not powers: Graves's CTC outputs {@code y^1_a}, {@code y^2_a}, {@code y^1_b},
 * the output for symbol a at frame 1 and 2. Read as powers, {@code \partial y^1_a} was no derivative's variable and every
 * step by one was refused, and {@code y^2_a} beside {@code y^1_a} was the square of one output. A name written with a
 * subscript and, above it, several different whole numbers one of which is 1 (a power no one writes) carries frame labels
 * wherever the document writes a whole number above it: a polynomial's {@code x_i^2}, {@code x_i^3} has no {@code x_i^1}.
 */
public final class NumberedFrames {
    private NumberedFrames() {
    }

    /** The names (as written: {@code y}, {@code \alpha}) whose whole-number superscripts label them in these tokens. */
    public static Set<String> in(List<Token> tokens) {
        return in(tokens, Set.of());
    }

    /**
     * {@link #in(List)}, and the names written with a subscript and, above it, both a whole number and one of the document's
     * layer letters ({@code labelLetters}): Nielsen's {@code b^2_j} beside {@code b^l_j}, layer 2 of the layers l.
     */
    public static Set<String> in(List<Token> tokens, Set<String> labelLetters) {
        Map<String, Set<String>> numbers = new LinkedHashMap<>();
        Set<String> layered = new LinkedHashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token base = tokens.get(i);
            if (base.getType() != LatexLexer.LETTER && base.getType() != LatexLexer.GREEK) {
                continue;
            }
            // y^1_a or y_a^1: the number above and a subscript, in either order
            int k = i + 1;
            boolean subscript = false;
            String number = null;
            for (int script = 0; script < 2 && k + 1 < tokens.size(); script++) {
                int type = tokens.get(k).getType();
                int end = LatexTokens.argumentEnd(tokens, k + 1);
                if (end < 0 || type != LatexLexer.UNDERSCORE && type != LatexLexer.CARET) {
                    break;
                }
                if (type == LatexLexer.UNDERSCORE) {
                    subscript = true;
                } else {
                    number = wholeNumber(tokens.subList(k + 1, end));
                    if (layerLetter(tokens.subList(k + 1, end), labelLetters)) {
                        number = "l";
                    }
                }
                k = end;
            }
            if (subscript && number != null) {
                numbers.computeIfAbsent(base.getText(), b -> new LinkedHashSet<>()).add(number);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        numbers.forEach((base, written) -> {
            if (written.contains("l") && written.size() >= 2) {
                out.add(base); // b^l_j and b^2_j
            }
        });
        numbers.values().forEach(written -> written.remove("l"));
        numbers.forEach((base, written) -> {
            if (written.size() >= 2 && written.contains("1")) {
                out.add(base);
            }
        });
        return out;
    }

    /** Whether a script is one of the layer letters, alone or one layer on ({@code l}, {@code {l-1}}). */
    private static boolean layerLetter(List<Token> script, Set<String> labelLetters) {
        List<Token> inner = script.size() >= 3 && script.get(0).getType() == LatexLexer.LBRACE
                ? script.subList(1, script.size() - 1) : script;
        return !inner.isEmpty() && inner.get(0).getType() == LatexLexer.LETTER && labelLetters.contains(inner.get(0).getText())
                && (inner.size() == 1 || inner.size() == 3 && (inner.get(1).getType() == LatexLexer.PLUS
                || inner.get(1).getType() == LatexLexer.MINUS) && inner.get(2).getText().equals("1"));
    }

    /** The whole number a script is ({@code 1}, {@code {2}}), or null. */
    private static String wholeNumber(List<Token> script) {
        List<Token> inner = script.size() >= 3 && script.get(0).getType() == LatexLexer.LBRACE
                ? script.subList(1, script.size() - 1) : script;
        if (inner.isEmpty() || !inner.stream().allMatch(t -> t.getType() == LatexLexer.DIGIT)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        inner.forEach(t -> out.append(t.getText()));
        return out.toString();
    }
}
