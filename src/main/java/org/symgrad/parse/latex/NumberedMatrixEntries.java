package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A layer's weight matrix numbered below in a plain capital, with its entry written in the same subscript, as lecture notes
 * write it: {@code W_{1,jk}}, {@code W_{1jk}}, {@code W_{1,j,k}} with {@code W_1 \in \mathbb{R}^{H \times D}} declared. It is
 * the entry {@code W^{(1)}_{jk}} of the layer's matrix, as {@code (W_1)_{jk}} is ({@link BracketedEntries}); a capital the
 * document declares no numbered matrix keeps its three indices. The entry is read as a layer's vector's is ({@link NumberedEntries}).
 */
final class NumberedMatrixEntries {
    private static final RecentTexts<Set<String>> DECLARED = new RecentTexts<>(NumberedMatrixEntries::search);

    private NumberedMatrixEntries() {
    }

    /** The keys ({@code W^{(1)}}) of the capitals numbered below that {@code document} declares matrices. */
    static Set<String> in(String document) {
        return DECLARED.in(document);
    }

    private static Set<String> search(String document) {
        return Dimensions.in(document).values().stream().filter(Dimensions.Declared::matrix).map(Dimensions.Declared::key)
                .filter(k -> k.matches("[A-Z]\\^\\{\\([0-9]+\\)\\}")).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code tokens} with each entry of one of the {@code matrices} written in its number's subscript written as the layer's entry. */
    static List<Token> rewritten(List<Token> tokens, Set<String> matrices) {
        if (matrices.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            Optional<NumberedEntries> entry = unstyled(tokens, i) ? NumberedEntries.at(tokens, i, true, 2) : Optional.empty();
            if (entry.isEmpty() || !matrices.contains(entry.get().key(tokens, i))) {
                out.add(tokens.get(i));
                continue;
            }
            // W^{(1)}_{jk} in the place of W_{1,jk}: the label's marks where the number was, the entry's letters as written
            entry.get().rewrite(tokens, i, out);
            changed = true;
            i = entry.get().close();
        }
        return changed ? out : tokens;
    }

    /** Whether the letter at {@code k} is in no font and no script or braces of another name. */
    private static boolean unstyled(List<Token> tokens, int k) {
        return k == 0 || !(tokens.get(k - 1).getType() == LatexLexer.FONT || tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE
                || tokens.get(k - 1).getType() == LatexLexer.CARET || tokens.get(k - 1).getType() == LatexLexer.LBRACE);
    }
}
