package org.symgrad.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.parse.gen.SymgradLexer;

/**
 * A misspelt statement word ({@code simplfy x + x}) would otherwise read as an expression — the
 * product of a symbol {@code simplfy} and {@code x} — and be silently simplified. A line that starts
 * with a name within a typing slip of a statement word (one edit, or two for words of six letters
 * or more; swapping two letters is one edit), followed by a space and an operand, is reported as
 * an unknown statement with a suggestion.
 */
final class StatementWords {
    static final List<String> WORDS = List.of("let", "assume", "derive", "simplify", "check");
    /** Tokens after which the name is an operand of an expression, not a statement word. */
    private static final Set<Integer> OPERATORS = Set.of(SymgradLexer.PLUS, SymgradLexer.MINUS, SymgradLexer.STAR,
            SymgradLexer.SLASH, SymgradLexer.CARET, SymgradLexer.EQ, SymgradLexer.RPAREN, SymgradLexer.COMMA,
            SymgradLexer.NEWLINE, SymgradLexer.UNDERSCORE, Token.EOF);

    private StatementWords() {
    }

    /** Throws for the first line of {@code tokens} (a script) that starts with a misspelt statement word. */
    static void requireKnown(List<Token> tokens, Spans spans) {
        boolean lineStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (lineStart && t.getType() == SymgradLexer.ID && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                boolean spaced = next.getStartIndex() > t.getStopIndex() + 1;
                if (spaced && !OPERATORS.contains(next.getType())) {
                    Optional<String> meant = suggestion(t.getText());
                    if (meant.isPresent()) {
                        throw new InputException("unknown statement '" + t.getText() + "'; did you mean '"
                                + meant.get() + "'?", spans.of(t));
                    }
                }
            }
            lineStart = t.getType() == SymgradLexer.NEWLINE;
        }
    }

    /** The statement word {@code word} is a slip for, if any. */
    static Optional<String> suggestion(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String k : WORDS) {
            if (!word.equals(k) && distance(w, k) <= (k.length() >= 6 ? 2 : 1)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
