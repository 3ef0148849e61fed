package org.symgrad.parse.latex;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The letters a document's sums and products run with: the {@code t} of the return
 * {@code G_t = \sum_{k=t+1}^{T} \gamma^{k-t-1} r_k}, the {@code i} of the running total {@code c_i = \sum_{j=1}^{i} x_j}.
 * Such a letter is an index whose value places the range ({@link IndexLimits}), so it is never the range size, and where
 * the document uses it as a number ({@code \gamma^{k-t-1}}) it is that index's value, in every formula alike.
 *
 * <p>A small letter other than n is one when the lower limit of a sum with an upper limit writes it ({@code k=t+1},
 * {@code j=i}), or when an upper limit is that letter alone and another side of the same formula writes it in a subscript
 * ({@code c_i}, {@code h_t}): an upper limit alone, {@code \sum_{i=1}^{m}}, is otherwise the range size.
 */
public final class RunningLimits {
    private RunningLimits() {
    }

    /** The letters the sums and products of {@code formulas} (each formula apart) run with. */
    public static Set<String> in(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> tokens : formulas) {
            List<SumScripts> sums = SumScripts.in(tokens);
            int[] side = sides(tokens);
            for (SumScripts sum : sums) {
                boolean limited = sum.scripts().stream().anyMatch(SumScripts.Script::upper);
                for (SumScripts.Script script : sum.scripts()) {
                    List<Token> inner = script.inner();
                    if (script.upper()) {
                        if (inner.size() == 1 && running(inner.get(0))
                                && subscriptLetters(tokens, sums, side, side[sum.begin()]).contains(inner.get(0).getText())) {
                            out.add(inner.get(0).getText());
                        }
                    } else if (limited) {
                        // \sum_{i=j} with no upper limit is the one term at i = j (SingleTermSum), no range
                        lowerLimit(inner).stream().filter(RunningLimits::running).forEach(t -> out.add(t.getText()));
                    }
                }
            }
        }
        return out;
    }

    /** The side of the formula each token is on: 0 before the first {@code =} outside braces, 1 after it, and so on. */
    private static int[] sides(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int depth = 0;
        int side = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            depth += type == LatexLexer.LBRACE ? 1 : type == LatexLexer.RBRACE ? -1 : 0;
            if (depth == 0 && (type == LatexLexer.EQ || type == LatexLexer.DEF_EQ)) {
                side++;
            }
            out[i] = side;
        }
        return out;
    }

    /** A small letter other than n: n, like a capital, names a range's size. */
    private static boolean running(Token t) {
        return t.getType() == LatexLexer.LETTER && t.getText().matches("[a-mo-z]");
    }

    /** The tokens after {@code =} of a lower script {@code k=t+1}; none where it writes no {@code =}. */
    private static List<Token> lowerLimit(List<Token> inner) {
        for (int i = 0; i < inner.size(); i++) {
            if (inner.get(i).getType() == LatexLexer.EQ) {
                return inner.subList(i + 1, inner.size());
            }
        }
        return List.of();
    }

    /**
     * The letters in subscripts of {@code tokens} ({@code c_i}, {@code x_{t-1}}) on a side other than {@code sumSide}, outside the
     * scripts of their sums: the name the sum defines or is compared with, {@code c_i} of {@code c_i = \sum_{j=1}^{i} x_j}. An
     * entry beside the sum on its own side ({@code \sum_{j=1}^{k} y_j x_j - x_k}) is the last entry, the limit a size.
     */
    private static Set<String> subscriptLetters(List<Token> tokens, List<SumScripts> sums, int[] side, int sumSide) {
        Set<Integer> sumScripts = new HashSet<>();
        sums.forEach(sum -> IntStream.range(sum.begin(), sum.end()).forEach(sumScripts::add));
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.UNDERSCORE || sumScripts.contains(i) || side[i] == sumSide) {
                continue;
            }
            int end = LatexTokens.argumentEnd(tokens, i + 1);
            for (Token t : tokens.subList(i + 1, end < 0 ? i + 2 : end)) {
                if (t.getType() == LatexLexer.LETTER) {
                    out.add(t.getText());
                }
            }
        }
        return out;
    }
}
