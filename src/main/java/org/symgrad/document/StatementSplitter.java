package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Cuts a row into its statements, side conditions and step annotations (LATEX-INPUT S1, S4, S8–S10).
 * At the top level of the row (outside braces, brackets and environments) these separate:
 * {@code \quad}, {@code \qquad}, {@code \hspace}, arrows ({@code \Rightarrow}, {@code \implies}),
 * {@code ;}, {@code ,} and prose words ({@code \text{where}}, {@code then}, {@code if}). Then:
 * <ul>
 *   <li>a part after {@code if}, {@code for}, {@code when}, {@code with} … that compares two index
 *       letters or sets something to a number, or any part whose relation is {@code \neq}, {@code <},
 *       {@code >}, {@code \le}, {@code \ge}, {@code \in} or that starts with {@code \forall}, is a
 *       condition; so is {@code i = j} between two index letters after a separator;</li>
 *   <li>a part of only text ({@code \text{(chain rule)}}, {@code [\text{apply sum rule}]}) is an
 *       annotation;</li>
 *   <li>an equation number {@code (3)} and trailing punctuation are dropped;</li>
 *   <li>everything else is a statement.</li>
 * </ul>
 */
final class StatementSplitter {
    static final Set<String> CONDITION_WORDS = Set.of("if", "for", "when", "whenever", "given", "with",
            "assuming", "provided", "si");

    private StatementSplitter() {
    }

    /** The arrows that lead from a statement to what follows from it (not {@code \to}, {@code \because}, {@code \mapsto}). */
    private static final Set<String> IMPLICATIONS = Set.of("\\Rightarrow", "\\implies", "\\Longrightarrow", "\\iff",
            "\\Leftrightarrow", "\\Longleftrightarrow", "\u21D2", "\u27F9");

    /**
     * Whether an arrow ({@code \implies}, {@code \Rightarrow}) stands in {@code row} after piece {@code k} of its
     * {@code pieces} and before the next statement: "the condition, so the solution".
     */
    static boolean arrowAfter(List<Token> row, List<Piece> pieces, int k) {
        List<Token> own = pieces.get(k).tokens();
        if (own.isEmpty()) {
            return false;
        }
        int from = own.get(own.size() - 1).getStopIndex();
        int to = Integer.MAX_VALUE;
        for (int j = k + 1; j < pieces.size(); j++) {
            if (pieces.get(j).kind() == Piece.Kind.STATEMENT && !pieces.get(j).tokens().isEmpty()) {
                to = pieces.get(j).tokens().get(0).getStartIndex();
                break;
            }
        }
        for (Token t : row) {
            if (t.getType() == LatexLexer.ARROW && IMPLICATIONS.contains(t.getText()) && t.getStartIndex() > from
                    && t.getStartIndex() < to) {
                return true;
            }
        }
        return false;
    }

    static List<Piece> split(List<Token> row, String document) {
        List<Piece> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        String introducer = "";
        boolean afterSeparator = false;
        int depth = 0;
        List<Token> tokens = dropEquationNumber(row, document);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (isOpen(type)) {
                depth++;
            } else if (isClose(type)) {
                depth = Math.max(0, depth - 1);
            }
            String word = depth == 0 ? proseWord(t) : null;
            if (depth == 0 && word == null && isAnnotationText(t)) {
                // "&& \text{(chain rule)}": a step annotation ends the statement
                classify(current, introducer, afterSeparator, out);
                int end = remarkEnd(tokens, i);
                out.add(new Piece(Piece.Kind.ANNOTATION, tokens.subList(i, end + 1), introducer));
                i = end;
                current = new ArrayList<>();
                afterSeparator = true;
                continue;
            }
            boolean separator = depth == 0 && (type == LatexLexer.QUAD || type == LatexLexer.ARROW
                    || type == LatexLexer.SEMI || type == LatexLexer.COMMA || word != null);
            if (!separator) {
                current.add(t);
                continue;
            }
            boolean empty = trimPunctuation(current).isEmpty();
            int last = type == LatexLexer.COMMA ? rangeEnd(current, tokens, i) : -1;
            if (last >= 0) {
                // "\qquad i = 1, \dots, n - K + 1": the index's range, no definition of i as 1
                List<Token> range = new ArrayList<>(current);
                range.addAll(tokens.subList(i, last + 1));
                out.add(new Piece(Piece.Kind.RANGE, range, introducer));
                current = new ArrayList<>();
                i = last;
                afterSeparator = true;
                continue;
            }
            classify(current, introducer, afterSeparator, out);
            current = new ArrayList<>();
            if (word != null) {
                introducer = word;
            } else if (!empty && !(type == LatexLexer.COMMA && CONDITION_WORDS.contains(introducer))) {
                // "\quad 	ext{where} \quad C = …": spacing around the word keeps it
                introducer = "";
            }
            afterSeparator = true;
        }
        classify(current, introducer, afterSeparator, out);
        return out;
    }

    /**
     * Where {@code part} sets an index letter to a whole number and the comma at {@code comma} goes on with a list of
     * its values, {@code i = 1, \dots, n} or {@code t = 0, 1, \ldots, T - 1}: the last token of the list (its last
     * value ends at the next separator or the row's end); else −1. The list must write dots after at most one more
     * number.
     */
    private static int rangeEnd(List<Token> part, List<Token> tokens, int comma) {
        List<Token> p = trimPunctuation(part);
        if (p.size() != 3 || !isIndexLetter(p.get(0)) || p.get(1).getType() != LatexLexer.EQ
                || p.get(2).getType() != LatexLexer.DIGIT) {
            return -1;
        }
        int k = comma + 1;
        if (k + 1 < tokens.size() && tokens.get(k).getType() == LatexLexer.DIGIT && tokens.get(k + 1).getType() == LatexLexer.COMMA) {
            k += 2; // 0, 1, \dots
        }
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.DOTS || tokens.get(k + 1).getType() != LatexLexer.COMMA) {
            return -1;
        }
        int depth = 0;
        int end = k + 1;
        for (int j = k + 2; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            if (isOpen(type)) {
                depth++;
            } else if (isClose(type)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (type == LatexLexer.QUAD || type == LatexLexer.ARROW || type == LatexLexer.SEMI
                    || type == LatexLexer.COMMA || proseWord(tokens.get(j)) != null || isRelation(type))) {
                break;
            }
            end = j;
        }
        return end > k + 1 ? end : -1;
    }

    private static boolean isOpen(int type) {
        return type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.LBRACK
                || type == LatexLexer.LBRACE_LIT || type == LatexLexer.LANGLE || type == LatexLexer.BEGIN;
    }

    private static boolean isClose(int type) {
        return type == LatexLexer.RBRACE || type == LatexLexer.RPAREN || type == LatexLexer.RBRACK
                || type == LatexLexer.RBRACE_LIT || type == LatexLexer.RANGLE || type == LatexLexer.END;
    }

    /** The prose word a token is, lower case ({@code \text{ where }}, {@code then}), or null. */
    static String proseWord(Token t) {
        String w;
        if (t.getType() == LatexLexer.WORD) {
            w = t.getText();
        } else if (t.getType() == LatexLexer.TEXT) {
            w = LatexTokens.textWord(t);
        } else {
            return null;
        }
        String[] words = w.strip().toLowerCase(Locale.ROOT).split("[\\s,.:]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        String first = words[0];
        if (first.equals("or") && words.length > 1) {
            return "or";
        }
        return LatexTokens.PROSE_WORDS.contains(first) ? first : null;
    }

    private static void classify(List<Token> tokens, String introducer, boolean afterSeparator, List<Piece> out) {
        List<Token> part = trimPunctuation(tokens);
        if (part.isEmpty()) {
            return;
        }
        if (isAnnotation(part)) {
            out.add(new Piece(Piece.Kind.ANNOTATION, part, introducer));
            return;
        }
        if (isEquationNumber(part)) {
            return;
        }
        if (!CONDITION_WORDS.contains(introducer)) {
            part = beforeBound(part);
        }
        List<Token> unwrapped = unwrap(part);
        if (isCondition(unwrapped, introducer, afterSeparator || unwrapped != part)) {
            out.add(new Piece(Piece.Kind.CONDITION, unwrapped, introducer));
            return;
        }
        out.add(new Piece(Piece.Kind.STATEMENT, part, introducer));
    }

    /**
     * {@code ℓ'' = -n/λ^2 < 0}: an equation chain that ends in a bound; the chain, checked as any other, without the
     * bound, which is not (else the whole row reads as a condition and no step of it is checked).
     */
    private static List<Token> beforeBound(List<Token> part) {
        int depth = 0;
        boolean equation = false;
        for (int i = 0; i < part.size(); i++) {
            int type = part.get(i).getType();
            if (isOpen(type)) {
                depth++;
            } else if (isClose(type)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && type == LatexLexer.EQ) {
                equation = true;
            } else if (depth == 0 && isBound(type)) {
                return equation && part.subList(i, part.size()).stream().noneMatch(t -> t.getType() == LatexLexer.EQ)
                        ? part.subList(0, i) : part;
            }
        }
        return part;
    }

    /** {@code < > \le \ge}: a relation that bounds a value. */
    private static boolean isBound(int type) {
        return type == LatexLexer.LT || type == LatexLexer.GT || type == LatexLexer.LEQ || type == LatexLexer.GEQ;
    }

    /** {@code (i \neq j)}: the tokens inside a bracket pair that encloses the whole part. */
    private static List<Token> unwrap(List<Token> part) {
        int last = part.size() - 1;
        if (last < 2 || !(part.get(0).getType() == LatexLexer.LPAREN && part.get(last).getType() == LatexLexer.RPAREN
                || part.get(0).getType() == LatexLexer.LBRACK && part.get(last).getType() == LatexLexer.RBRACK)) {
            return part;
        }
        int depth = 0;
        for (int i = 0; i < last; i++) {
            int type = part.get(i).getType();
            if (isOpen(type)) {
                depth++;
            } else if (isClose(type) && --depth == 0) {
                return part; // the first bracket closes before the end: (a)(b)
            }
        }
        return part.subList(1, last);
    }

    private static List<Token> trimPunctuation(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && (tokens.get(end - 1).getType() == LatexLexer.DOT || tokens.get(end - 1).getType() == LatexLexer.COMMA
                || tokens.get(end - 1).getType() == LatexLexer.SEMI || tokens.get(end - 1).getType() == LatexLexer.COLON)) {
            end--;
        }
        return tokens.subList(0, end);
    }

    /**
     * The last token of the remark that starts with the annotation text at {@code start}: the text itself, or, where
     * math inside the sentence is followed by more of its text, {@code \text{(the } 1/x_i \text{ term is constant)}},
     * that text (and any further math and text of the sentence). The math between is part of the prose, not a side of
     * the row's chain, so long as it holds no relation and no separator (a {@code \text{for } x > 0} stays a condition).
     */
    private static int remarkEnd(List<Token> tokens, int start) {
        int end = start;
        int depth = 0;
        for (int j = start + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            int type = t.getType();
            if (isOpen(type)) {
                depth++;
            } else if (isClose(type)) {
                if (--depth < 0) {
                    return end;
                }
            } else if (depth == 0 && isAnnotationText(t) && proseWord(t) == null) {
                if (j > end + 1) {
                    end = j;
                } else {
                    return end;
                }
            } else if (depth == 0 && (isRelation(type) || type == LatexLexer.TEXT || type == LatexLexer.QUAD
                    || type == LatexLexer.ARROW || type == LatexLexer.SEMI || type == LatexLexer.COMMA
                    || type == LatexLexer.AMP || type == LatexLexer.LINEBREAK)) {
                return end;
            }
        }
        return end;
    }

    static boolean isRelation(int type) {
        return type == LatexLexer.EQ || type == LatexLexer.DEF_EQ || type == LatexLexer.APPROX || type == LatexLexer.NEQ
                || isBound(type) || type == LatexLexer.IN || type == LatexLexer.NOT_IN;
    }

    /** Text that is no name: words with spaces or brackets, {@code \text{(chain rule)}}. */
    private static boolean isAnnotationText(Token t) {
        return t.getType() == LatexLexer.TEXT && !LatexTokens.textWord(t).matches("[A-Za-z][A-Za-z0-9]*|")
                && !LatexTokens.textWord(t).contains("_");
    }

    private static boolean isAnnotation(List<Token> part) {
        boolean text = false;
        for (Token t : part) {
            int type = t.getType();
            if (type == LatexLexer.TEXT) {
                String w = LatexTokens.textWord(t);
                if (w.matches("[A-Za-z][A-Za-z0-9]*")) {
                    return false; // a name such as \text{CE}
                }
                text = true;
            } else if (type != LatexLexer.LPAREN && type != LatexLexer.RPAREN && type != LatexLexer.LBRACK
                    && type != LatexLexer.RBRACK) {
                return false;
            }
        }
        return text;
    }

    private static boolean isEquationNumber(List<Token> part) {
        if (part.size() < 3 || part.get(0).getType() != LatexLexer.LPAREN
                || part.get(part.size() - 1).getType() != LatexLexer.RPAREN) {
            return false;
        }
        for (int i = 1; i < part.size() - 1; i++) {
            if (part.get(i).getType() != LatexLexer.DIGIT && !(i == part.size() - 2 && part.get(i).getType() == LatexLexer.LETTER)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCondition(List<Token> part, String introducer, boolean afterSeparator) {
        if (part.get(0).getType() == LatexLexer.FORALL) {
            return true;
        }
        int depth = 0;
        boolean comparison = false;
        int equals = 0;
        for (Token t : part) {
            int type = t.getType();
            if (isOpen(type)) {
                depth++;
            } else if (isClose(type)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                if (type == LatexLexer.NEQ || isBound(type) || type == LatexLexer.IN || type == LatexLexer.NOT_IN) {
                    comparison = true;
                } else if (type == LatexLexer.EQ) {
                    equals++;
                }
            }
        }
        if (comparison) {
            return true;
        }
        boolean indexEquality = part.size() == 3 && part.get(1).getType() == LatexLexer.EQ
                && isIndexLetter(part.get(0)) && isIndexLetter(part.get(2));
        if (indexEquality && (afterSeparator || CONDITION_WORDS.contains(introducer))) {
            return true;
        }
        boolean setsNumber = equals == 1 && part.size() >= 3 && part.get(part.size() - 1).getType() == LatexLexer.DIGIT
                && part.get(part.size() - 2).getType() == LatexLexer.EQ;
        return CONDITION_WORDS.contains(introducer) && setsNumber;
    }

    private static boolean isIndexLetter(Token t) {
        return t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0));
    }

    /** A trailing {@code (n)} after a space, an equation number (S9). */
    private static List<Token> dropEquationNumber(List<Token> row, String document) {
        int n = row.size();
        if (n < 4 || row.get(n - 1).getType() != LatexLexer.RPAREN) {
            return row;
        }
        int open = n - 2;
        while (open >= 0 && row.get(open).getType() == LatexLexer.DIGIT) {
            open--;
        }
        if (open == n - 2 || open < 1 || row.get(open).getType() != LatexLexer.LPAREN) {
            return row;
        }
        Token before = row.get(open - 1);
        boolean spaced = row.get(open).getStartIndex() > before.getStopIndex() + 1
                && Character.isWhitespace(document.charAt(before.getStopIndex() + 1));
        boolean afterQuad = before.getType() == LatexLexer.QUAD;
        return spaced || afterQuad ? row.subList(0, open) : row;
    }
}
