package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Inverses and powers of matrices ({@code A^{-1}}, {@code (X^\top X + \lambda I)^{-1}}, {@code \mathbf{A}^{-\top}},
 * {@code \Sigma^{1/2}}, {@code A^2}) where the letter is a matrix: the document read it as one before, or the side writes
 * it as one (bold, transposed, next to a vector). Such a power is no power of a number, so a side that writes one is never
 * read as the number's reciprocal or power: {@code A^{-1}\mathbf{b}} is not b/A, {@code (AB)^{-1} = A^{-1}B^{-1}} is not an
 * identity of numbers. A superscript that labels ({@code A^{(1)}}, {@code A^k}, {@code A^*}) or transposes is no power.
 */
final class MatrixPowers {
    private MatrixPowers() {
    }

    /** A power of a matrix: where its base starts and where its exponent ends in the side's tokens. */
    record Power(int start, int end) {
    }

    /** Whether the inverse of a capital (bold or not) is read as a matrix of its own ({@link InvertedMatrices}). */
    @FunctionalInterface
    interface OpaqueInverse {
        boolean test(String capital, boolean bold);
    }

    /**
     * The first power of a matrix the side writes, where {@code matrix} says which plain capitals are matrices; empty if none.
     * An inverse {@code opaque} reads as a matrix of its own is no such power.
     */
    static Optional<Power> first(List<Token> side, Predicate<String> matrix, OpaqueInverse opaque) {
        return first(side, matrix, opaque, exponent -> false);
    }

    /**
     * As {@link #first(List, Predicate, OpaqueInverse)}, passing over a power whose exponent starts where {@code read} says the
     * entry-by-entry reading read it as a power of a matrix ({@code K^{-2}}, {@code (\sigma^2 I)^{-1}}).
     */
    static Optional<Power> first(List<Token> side, Predicate<String> matrix, OpaqueInverse opaque, java.util.function.IntPredicate read) {
        for (int k = 1; k + 1 < side.size(); k++) {
            if (side.get(k).getType() != LatexLexer.CARET || read.test(side.get(k + 1).getStartIndex())) {
                continue;
            }
            int end = LatexTokens.argumentEnd(side, k + 1);
            if (end < 0 || !powerExponent(side.subList(k + 1, end))) {
                continue;
            }
            int start = baseStart(side, k - 1, matrix);
            if (start >= 0 && opaqueInverse(side, start, k, end, opaque)) {
                continue;
            }
            if (start > 0 && side.get(start).getType() == LatexLexer.LPAREN && side.get(start - 1).getType() == LatexLexer.FUNC
                    && side.get(start - 1).getText().equals("\\det")) {
                continue; // \det(\Sigma)^{-1/2}: the determinant's power, a number's
            }
            if (start >= 0) {
                return Optional.of(new Power(start, end));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a power's exponent starts at {@code k} (the caret) and is one, the index after it; else -1. Used to see a
     * capital with a power right before a vector ({@code A^{-1}\mathbf{b}}).
     */
    static int afterPower(List<Token> side, int k) {
        if (k + 1 >= side.size() || side.get(k).getType() != LatexLexer.CARET) {
            return -1;
        }
        int end = LatexTokens.argumentEnd(side, k + 1);
        return end > 0 && powerExponent(side.subList(k + 1, end)) ? end : -1;
    }

    /** Whether a caret at {@code k} raises to {@code -\top} or {@code -T}: the inverse of a transpose, a matrix's only. */
    static boolean inverseTranspose(List<Token> side, int k) {
        if (k + 1 >= side.size() || side.get(k).getType() != LatexLexer.CARET) {
            return false;
        }
        int end = LatexTokens.argumentEnd(side, k + 1);
        if (end < 0) {
            return false;
        }
        StringBuilder s = new StringBuilder();
        side.subList(k + 1, end).forEach(t -> s.append(t.getText()));
        return s.toString().replaceAll("[{}\\s]", "").replace("\u2212", "-").matches("-(\\\\top|T|\\\\intercal|\u22A4)");
    }

    /** Whether the capital at {@code k} is what a {@code \det} right before it takes ({@code \det X}, {@code \det(X)}). */
    static boolean determinantOf(List<Token> side, int k) {
        int j = k - 1;
        if (j >= 0 && side.get(j).getType() == LatexLexer.LPAREN && k + 1 < side.size() && side.get(k + 1).getType() == LatexLexer.RPAREN) {
            j--;
        }
        return j >= 0 && side.get(j).getType() == LatexLexer.FUNC && side.get(j).getText().equals("\\det");
    }

    /**
     * Whether the side writes a determinant of a matrix: {@code \det}, or bars around one capital that {@code matrix} accepts
     * or that is bold ({@code |\Sigma|}, {@code |\mathbf{A}|}), which the reader of numbers would take for an absolute value.
     */
    static boolean determinant(List<Token> side, Predicate<String> matrix) {
        for (int k = 0; k < side.size(); k++) {
            Token t = side.get(k);
            if (t.getType() == LatexLexer.FUNC && t.getText().equals("\\det")) {
                return true;
            }
            if (t.getType() != LatexLexer.BAR) {
                continue;
            }
            int j = k + 1;
            boolean bold = j + 1 < side.size() && side.get(j).getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(side.get(j).getText());
            if (bold) {
                j++;
                boolean braced = side.get(j).getType() == LatexLexer.LBRACE;
                j += braced ? 1 : 0;
                if (j + 1 < side.size() && capital(side.get(j)) && (!braced || side.get(j + 1).getType() == LatexLexer.RBRACE)) {
                    j += braced ? 2 : 1;
                    if (j < side.size() && side.get(j).getType() == LatexLexer.BAR) {
                        return true;
                    }
                }
            } else if (j + 1 < side.size() && capital(side.get(j)) && matrix.test(side.get(j).getText())
                    && side.get(j + 1).getType() == LatexLexer.BAR) {
                return true;
            }
        }
        boolean[] barred = betweenBars(side);
        for (int k = 0; k < side.size(); k++) {
            // |2\pi\Sigma|: bars around a product with a capital read as a matrix, not subscripted
            if (barred[k] && capital(side.get(k)) && matrix.test(side.get(k).getText()) && !VectorNotation.subscripted(side, k + 1)
                    && (k == 0 || side.get(k - 1).getType() != LatexLexer.UNDERSCORE && side.get(k - 1).getType() != LatexLexer.CARET)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which tokens stand between a pair of bars ({@code |2\pi\Sigma|}): a bar opens, the next bar closes; bars in a bracket
     * pair apart from those outside it. A run of two bars ({@code \|}) is a norm's, not counted.
     */
    static boolean[] betweenBars(List<Token> side) {
        boolean[] out = new boolean[side.size()];
        java.util.Map<Integer, Integer> openAt = new java.util.HashMap<>();
        int level = 0;
        for (int k = 0; k < side.size(); k++) {
            int type = side.get(k).getType();
            if (type == LatexLexer.LPAREN || type == LatexLexer.LBRACK || type == LatexLexer.LBRACE) {
                level++;
            } else if (type == LatexLexer.RPAREN || type == LatexLexer.RBRACK || type == LatexLexer.RBRACE) {
                openAt.remove(level);
                level--;
            } else if (type == LatexLexer.BAR) {
                Integer from = openAt.remove(level);
                if (from == null) {
                    openAt.put(level, k);
                } else {
                    for (int j = from + 1; j < k; j++) {
                        out[j] = true;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the power from {@code start} (its caret at {@code caret}, its exponent ending before {@code end}) is an inverse {@code opaque} reads. */
    private static boolean opaqueInverse(List<Token> side, int start, int caret, int end, OpaqueInverse opaque) {
        if (!inverse(side.subList(caret + 1, end))) {
            return false;
        }
        List<Token> base = side.subList(start, caret).stream().filter(t -> t.getType() != LatexLexer.LBRACE
                && t.getType() != LatexLexer.RBRACE).toList();
        boolean bold = base.size() == 2 && base.get(0).getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(base.get(0).getText());
        Token name = base.get(base.size() - 1);
        return (base.size() == 1 || bold) && capital(name) && opaque.test(name.getText(), bold);
    }

    /** An inverse's exponent: {@code -1}, {@code -\top}, {@code -T}. */
    static boolean inverse(List<Token> script) {
        StringBuilder s = new StringBuilder();
        for (Token t : script) {
            s.append(t.getText());
        }
        return s.toString().replaceAll("[{}\\s]", "").replace("\u2212", "-").matches("-(1|\\\\top|T|\\\\intercal)");
    }

    /** A negative exponent ({@code -1}, {@code -\top}, {@code -1/2}) or a number ({@code 2}, {@code 1/2}, {@code \frac{1}{2}}). */
    static boolean powerExponent(List<Token> script) {
        StringBuilder s = new StringBuilder();
        for (Token t : script) {
            s.append(t.getText());
        }
        String e = s.toString().replaceAll("[{}\\s]", "");
        return e.startsWith("-") || e.startsWith("\u2212") || e.matches("[0-9]+(\\.[0-9]+)?(/[0-9]+)?")
                || e.matches("\\\\[dt]?frac[0-9]+[0-9]+");
    }

    /**
     * The start of the base that ends at {@code k} if it is a matrix: a plain capital {@code matrix} accepts, not in a script;
     * a bold capital; a bracket holding a matrix. -1 otherwise.
     */
    private static int baseStart(List<Token> side, int k, Predicate<String> matrix) {
        Token t = side.get(k);
        if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && k > 0 && side.get(k - 1).getType() == LatexLexer.FONT
                && VectorEntries.BOLD.contains(side.get(k - 1).getText())) {
            return capital(t) ? k - 1 : -1; // \boldsymbol\Sigma^{-1}
        }
        if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) {
            boolean inScript = k > 0 && (side.get(k - 1).getType() == LatexLexer.UNDERSCORE || side.get(k - 1).getType() == LatexLexer.CARET);
            return !inScript && capital(t) && matrix.test(t.getText()) ? k : -1;
        }
        if (t.getType() == LatexLexer.RBRACE && k >= 3 && side.get(k - 2).getType() == LatexLexer.LBRACE
                && side.get(k - 3).getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(side.get(k - 3).getText())
                && capital(side.get(k - 1))) {
            return k - 3;
        }
        if (t.getType() == LatexLexer.RPAREN || t.getType() == LatexLexer.RBRACK) {
            int open = t.getType() == LatexLexer.RPAREN ? LatexLexer.LPAREN : LatexLexer.LBRACK;
            int depth = 0;
            for (int j = k; j >= 0; j--) {
                int type = side.get(j).getType();
                depth += type == t.getType() ? 1 : type == open ? -1 : 0;
                if (depth == 0) {
                    return holdsMatrix(side.subList(j + 1, k), matrix) ? j : -1;
                }
            }
        }
        return -1;
    }

    /**
     * Whether a bracket's content writes a matrix: a plain capital {@code matrix} accepts, a bold or a transposed capital; not
     * one with a subscript, an entry ({@code (y_i - X_{ij} w_j)^2}).
     */
    private static boolean holdsMatrix(List<Token> inside, Predicate<String> matrix) {
        for (int j = 0; j < inside.size(); j++) {
            Token t = inside.get(j);
            if (!capital(t) || VectorNotation.subscripted(inside, j + 1)) {
                continue; // X_{ij}: an entry, a number
            }
            boolean inScript = j > 0 && (inside.get(j - 1).getType() == LatexLexer.UNDERSCORE || inside.get(j - 1).getType() == LatexLexer.CARET);
            boolean bold = j >= 2 && inside.get(j - 1).getType() == LatexLexer.LBRACE && inside.get(j - 2).getType() == LatexLexer.FONT
                    && VectorEntries.BOLD.contains(inside.get(j - 2).getText());
            boolean transposed = j + 2 < inside.size() && inside.get(j + 1).getType() == LatexLexer.CARET
                    && (inside.get(j + 2).getType() == LatexLexer.TRANSPOSE || inside.get(j + 2).getText().equals("T")
                    || inside.get(j + 2).getType() == LatexLexer.LBRACE && j + 3 < inside.size()
                    && (inside.get(j + 3).getType() == LatexLexer.TRANSPOSE || inside.get(j + 3).getText().equals("T")));
            if (bold || !inScript && (transposed || matrix.test(t.getText()))) {
                return true;
            }
        }
        return false;
    }

    /** A capital letter, Latin or Greek ({@code A}, {@code \\Sigma}). */
    private static boolean capital(Token t) {
        String s = t.getText();
        return t.getType() == LatexLexer.LETTER && Character.isUpperCase(s.charAt(0))
                || t.getType() == LatexLexer.GREEK && s.length() > 1 && Character.isUpperCase(s.charAt(1));
    }
}
