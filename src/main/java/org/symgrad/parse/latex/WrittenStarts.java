package org.symgrad.parse.latex;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Where a document's sums over an index letter start, when it writes them with limits: raschka's
 * {@code \sum_{k=0}^{m} w_k x_k} beside {@code \sum_{k} w_k x_k} means the same weights w_0..w_m both times. A
 * {@code \sum_k} without limits runs over the range the document writes for k, when every Σ and Π over k with
 * written limits starts at the same whole number other than 1 and ends at a name ({@code m}) or a name less one
 * ({@code K-1}). Where the document writes k's range two ways, or never, {@code \sum_k} keeps symgrad's 1..n.
 * So by the arrays summed, where the letters differ: InfoNCE's {@code \sum_{i=0}^{K} \exp(q \cdot k_i / \tau)} beside
 * {@code \sum_j \exp(q \cdot k_j / \tau)} sums the same keys k_0..k_K.
 */
public final class WrittenStarts {
    /** A written range of a letter: its start, and whether its end is the size less one ({@code K-1}). */
    public record Range(long lower, boolean lessOne) {
    }

    private WrittenStarts() {
    }

    /** The letters whose sums the tokens write from one start other than 1 up to a named limit, with that range. */
    public static Map<String, Range> in(List<Token> tokens) {
        return ranges(tokens, false);
    }

    /**
     * The arrays whose entries the tokens' sums with written limits index by their letter ({@code k} of
     * {@code \sum_{i=0}^{K} e^{k_i}}), when every such sum over the array runs over one range other than 1..n.
     */
    public static Map<String, Range> byArray(List<Token> tokens) {
        return ranges(tokens, true);
    }

    /** The arrays {@code summand} indexes by the letter {@code letter} alone: {@code k} of {@code k_j}, {@code x} of {@code x_{j}}. */
    public static Set<String> indexedBy(List<Token> summand, String letter) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < summand.size(); i++) {
            int type = summand.get(i).getType();
            if ((type != LatexLexer.LETTER && type != LatexLexer.GREEK) || summand.get(i + 1).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            Token at = summand.get(i + 2);
            boolean braced = at.getType() == LatexLexer.LBRACE && i + 4 < summand.size()
                    && summand.get(i + 4).getType() == LatexLexer.RBRACE;
            Token index = braced ? summand.get(i + 3) : at;
            if (index.getType() == LatexLexer.LETTER && index.getText().equals(letter)) {
                out.add(summand.get(i).getText());
            }
        }
        return out;
    }

    /** The summand of a Σ whose scripts end at {@code from}: up to a sign, a comparison or a closing bracket outside brackets. */
    private static List<Token> summand(List<Token> tokens, int from) {
        int depth = 0;
        int k = from;
        for (; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == LatexLexer.LBRACE || type == LatexLexer.LPAREN) {
                depth++;
            } else if (type == LatexLexer.RBRACE || type == LatexLexer.RPAREN) {
                if (--depth < 0) {
                    break;
                }
            } else if (depth == 0 && (type == LatexLexer.PLUS || type == LatexLexer.MINUS || type == LatexLexer.EQ)) {
                break;
            }
        }
        return tokens.subList(from, k);
    }

    private static Map<String, Range> ranges(List<Token> tokens, boolean byArray) {
        Map<String, Range> out = new HashMap<>();
        Set<String> mixed = new HashSet<>();
        for (SumScripts sum : SumScripts.in(tokens)) {
            String letter = null;
            Long lower = null;
            Optional<Boolean> lessOne = Optional.empty();
            boolean upperWritten = false;
            for (SumScripts.Script script : sum.scripts()) {
                List<Token> arg = script.inner();
                if (!script.upper()) {
                    if (arg.size() >= 3 && arg.get(0).getType() == LatexLexer.LETTER && arg.get(1).getType() == LatexLexer.EQ) {
                        letter = arg.get(0).getText();
                        lower = whole(arg.subList(2, arg.size()));
                    }
                } else {
                    upperWritten = true;
                    lessOne = namedEnd(arg);
                }
            }
            if (letter == null || !upperWritten) {
                continue;
            }
            Set<String> keys = byArray ? indexedBy(summand(tokens, sum.end()), letter) : Set.of(letter);
            if (lower == null || lessOne.isEmpty() || lower == 1) {
                mixed.addAll(keys); // written another way: from 1, to a number, from a name
                continue;
            }
            Range r = new Range(lower, lessOne.get());
            for (String key : keys) {
                Range before = out.putIfAbsent(key, r);
                if (before != null && !before.equals(r)) {
                    mixed.add(key);
                }
            }
        }
        out.keySet().removeAll(mixed);
        return out;
    }

    /** A whole number written as digits, possibly negative; null otherwise. */
    private static Long whole(List<Token> t) {
        StringBuilder s = new StringBuilder();
        for (Token x : t) {
            s.append(x.getText());
        }
        String v = s.toString().replaceAll("\\s+", "");
        return v.matches("-?[0-9]{1,6}") ? Long.parseLong(v) : null;
    }

    /** {@code T} or {@code K-1}: whether the end is a name less one; empty for any other end. */
    private static Optional<Boolean> namedEnd(List<Token> t) {
        if (t.isEmpty() || t.get(0).getType() != LatexLexer.LETTER) {
            return Optional.empty();
        }
        if (t.size() == 1) {
            return Optional.of(false);
        }
        if (t.size() == 3 && t.get(1).getType() == LatexLexer.MINUS && t.get(2).getText().equals("1")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
