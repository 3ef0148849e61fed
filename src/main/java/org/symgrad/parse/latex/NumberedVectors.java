package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * How a document names a bold vector with a number below it, {@code \mathbf{w}_2} of a two-layer network: one naming
 * for the whole document, so that the inner product {@code \hat y = \mathbf{w}_2^\top \mathbf{h} + b_2} ({@link InnerProducts})
 * and the step {@code \frac{\partial L}{\partial \mathbf{b}_1} = (\hat y - y)\,\mathbf{w}_2 \odot \mathbf{h} \odot (1 - \mathbf{h})}
 * ({@link VectorNames}) write the same entries. Where the document writes the vector's components after its number,
 * {@code w_{2k}} or {@code w_{2,k}}, the vector is member 2 of a family w, its entries w_{2k}; where it writes the bold
 * name with a letter below ({@code \mathbf{k}_j}), the statements that do decide as before; otherwise the number labels a
 * vector of its own, w^{(2)}, its entries w^{(2)}_k, as a layer's \mathbf{W}_1 is the matrix W^{(1)}.
 */
public final class NumberedVectors {
    private NumberedVectors() {
    }

    /**
     * The document's evidence, by the name as written without its font ({@code w}, {@code \mu}): the names whose
     * components it writes after a number ({@code w_{2k}}), and the names it writes bold with a letter below.
     * {@link #UNKNOWN} for a formula read without a document: the family reading, as before.
     */
    public record Found(boolean surveyed, Set<String> components, Set<String> lettered) {
        public static final Found UNKNOWN = new Found(false, Set.of(), Set.of());

        /** Whether {@code \mathbf{name}_2} is member 2 of a family whose components the document writes, w_{2k}. */
        public boolean family(String name) {
            return components.contains(name);
        }

        /** Whether {@code \mathbf{name}_2} is a vector of its own, name^{(2)}: the document writes neither w_{2k} nor a bold name_j. */
        public boolean labelled(String name) {
            return surveyed && !components.contains(name) && !lettered.contains(name);
        }
    }

    /** The evidence of a document's formulas (its displays and its inline math, each apart). */
    public static Found in(List<List<Token>> formulas) {
        Set<String> components = new LinkedHashSet<>();
        Set<String> lettered = new LinkedHashSet<>();
        for (List<Token> tokens : formulas) {
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText())) {
                    boldWithLetter(tokens, k).ifPresent(lettered::add);
                } else if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && plain(tokens, k)
                        && componentAfterNumber(tokens, k + 1)) {
                    components.add(t.getText());
                }
            }
        }
        return new Found(true, Set.copyOf(components), Set.copyOf(lettered));
    }

    /** Whether the name at {@code k} is written plain: no font or decoration on it. */
    private static boolean plain(List<Token> tokens, int k) {
        int before = k > 0 ? tokens.get(k - 1).getType() : -1;
        return before != LatexLexer.FONT && before != LatexLexer.DECOR && !(before == LatexLexer.LBRACE && k > 1
                && (tokens.get(k - 2).getType() == LatexLexer.FONT || tokens.get(k - 2).getType() == LatexLexer.DECOR));
    }

    /** {@code _{2k}}, {@code _{2,k}}, {@code _{12 ij}} at {@code k}: a number, then one or two letters, the whole subscript. */
    private static boolean componentAfterNumber(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || tokens.get(k).getType() != LatexLexer.UNDERSCORE || tokens.get(k + 1).getType() != LatexLexer.LBRACE) {
            return false;
        }
        int m = k + 2;
        int digits = 0;
        for (; m < tokens.size() && tokens.get(m).getType() == LatexLexer.DIGIT; m++) {
            digits++;
        }
        m += m < tokens.size() && tokens.get(m).getType() == LatexLexer.COMMA ? 1 : 0;
        int letters = 0;
        for (; m < tokens.size() && tokens.get(m).getType() == LatexLexer.LETTER; m++) {
            letters++;
        }
        return digits > 0 && letters >= 1 && letters <= 2 && m < tokens.size() && tokens.get(m).getType() == LatexLexer.RBRACE;
    }

    /** The name of {@code \mathbf{x}_i} or {@code \mathbf{x_i}} at the font {@code k}: bold with one letter below. */
    private static Optional<String> boldWithLetter(List<Token> tokens, int k) {
        int[] end = new int[1];
        Optional<String> name = VectorNameScan.nameAt(tokens, k + 1, end);
        int script;
        if (name.isPresent()) {
            script = end[0];
        } else if (k + 5 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.LBRACE
                && (tokens.get(k + 2).getType() == LatexLexer.LETTER || tokens.get(k + 2).getType() == LatexLexer.GREEK)) {
            // \mathbf{x_i}: the subscript inside the braces
            name = Optional.of(tokens.get(k + 2).getText());
            script = k + 3;
        } else {
            return Optional.empty();
        }
        if (script + 1 >= tokens.size() || tokens.get(script).getType() != LatexLexer.UNDERSCORE) {
            return Optional.empty();
        }
        Token letter = tokens.get(script + 1).getType() == LatexLexer.LBRACE && script + 3 < tokens.size()
                && tokens.get(script + 3).getType() == LatexLexer.RBRACE ? tokens.get(script + 2) : tokens.get(script + 1);
        return letter.getType() == LatexLexer.LETTER ? name : Optional.empty();
    }
}
