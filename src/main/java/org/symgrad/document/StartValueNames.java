package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Names a document defines whole in one formula and writes at the subscript 0 in another: the RNN step "$h = \tanh(a)$ with
 * $a = w h_0 + u x$", where h_0 is the state before, not an entry of h (read as one, h → a → h was a recursive definition
 * and every step using h was unread: "ell is not defined"). Such a name is a base of reference values as
 * {@link org.symgrad.parse.latex.ReferenceValues} finds within one formula (P(T) = P_0 …): h_0 is the name h0 wherever it
 * is written. Only where the document writes the base with no other subscript at all (no h_t, h_1, h_{ij}: then h is a
 * family or a vector whose entries these are) and defines it plainly ({@code h = …}, {@code h(x) = …}) at the start of a row.
 */
final class StartValueNames {
    private StartValueNames() {
    }

    /** The bases (symgrad's spelling: h, theta) whose 0-subscripted name is a start value in these rows of math. */
    static Set<String> in(List<List<Token>> rows) {
        Set<String> whole = new LinkedHashSet<>();
        Set<String> zero = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        for (List<Token> row : rows) {
            definedWhole(row).ifPresent(whole::add);
            for (int i = 0; i + 2 < row.size(); i++) {
                Token base = row.get(i);
                if (!name(base) || row.get(i + 1).getType() != LatexLexer.UNDERSCORE
                        || i > 0 && row.get(i - 1).getType() == LatexLexer.UNDERSCORE) {
                    continue;
                }
                (zeroAt(row, i + 2) ? zero : other).add(LatexTokens.spelled(base));
            }
        }
        whole.retainAll(zero);
        whole.removeAll(other);
        return whole;
    }

    /** The name a row defines plainly at its start: {@code h = …}, {@code h := …}, {@code P(T) = …}. */
    private static java.util.Optional<String> definedWhole(List<Token> row) {
        if (row.size() < 3 || !name(row.get(0))) {
            return java.util.Optional.empty();
        }
        // P(T) = …: the relation after the call's closing bracket
        int at = row.get(1).getType() != LatexLexer.LPAREN ? 1
                : org.symgrad.parse.latex.LatexTokens.closing(row, 1, Set.of(LatexLexer.LPAREN), Set.of(LatexLexer.RPAREN)) + 1;
        return at > 0 && at < row.size() && (row.get(at).getType() == LatexLexer.EQ || row.get(at).getType() == LatexLexer.DEF_EQ)
                ? java.util.Optional.of(LatexTokens.spelled(row.get(0))) : java.util.Optional.empty();
    }

    /** Whether the subscript at {@code at} is the number 0 alone: {@code 0} or {@code {0}}. */
    private static boolean zeroAt(List<Token> row, int at) {
        Token t = row.get(at);
        if (t.getType() == LatexLexer.DIGIT) {
            return t.getText().equals("0");
        }
        return t.getType() == LatexLexer.LBRACE && at + 2 < row.size() && row.get(at + 1).getText().equals("0")
                && row.get(at + 2).getType() == LatexLexer.RBRACE;
    }

    private static boolean name(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK;
    }
}
