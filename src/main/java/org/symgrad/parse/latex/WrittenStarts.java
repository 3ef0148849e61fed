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
 */
public final class WrittenStarts {
    /** A written range of a letter: its start, and whether its end is the size less one ({@code K-1}). */
    public record Range(long lower, boolean lessOne) {
    }

    private WrittenStarts() {
    }

    /** The letters whose sums the tokens write from one start other than 1 up to a named limit, with that range. */
    public static Map<String, Range> in(List<Token> tokens) {
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
            if (lower == null || lessOne.isEmpty() || lower == 1) {
                mixed.add(letter); // written another way: from 1, to a number, from a name
                continue;
            }
            Range r = new Range(lower, lessOne.get());
            Range before = out.putIfAbsent(letter, r);
            if (before != null && !before.equals(r)) {
                mixed.add(letter);
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
