package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.LatexTokens;

/**
 * The ranges the prose gives an index (SPEC §8), as a sum's limits would: "for $t = 1, \dots, T$", "$i = 1, 2, \ldots, n$",
 * "for t = 1, …, T", "where $k \in \{1,\dots,K\}$", "$k \in [K]$", "$1 \le i \le n$", "$t = 0, \dots, T-1$". Each is
 * read as the limits {@code \sum_{t=1}^{T}} (or {@code \sum_{t=0}^{T-1}}), so that the size is the document's T
 * wherever it writes a sum over t without limits, the entry x_T is the last one, and a report prints the size as T.
 * The index is a small letter, the size a letter other than it; a range between two numbers ({@code i = 1, \dots, 5})
 * or between two sizes says nothing here.
 */
final class ProseRanges {
    private static final String DOTS = "(?:\\\\(?:l|c)?dots(?:c|b)?|\\\\ldotp|…|\\.\\s*\\.\\s*\\.)";
    /** The first values: {@code 1,} or {@code 1, 2,} (or from 0: {@code 0,} or {@code 0, 1,}), group 1 the start. */
    private static final String START = "([01])\\s*,\\s*(?:[12]\\s*,\\s*)?" + DOTS + "\\s*,?\\s*";
    /** The last value: a letter, or a letter less one (groups: the letter, the "- 1"). */
    private static final String END = "([A-Za-z])(?![A-Za-z0-9_^{(])(\\s*-\\s*1(?![0-9]))?";
    /** "t = 1, \dots, T", "i = 0, 1, …, n-1". */
    private static final Pattern LIST = Pattern.compile("(?<![A-Za-z\\\\_^{])([a-z])\\s*=\\s*" + START + END);
    /** "k \in \{1, \dots, K\}". */
    private static final Pattern SET = Pattern.compile("(?<![A-Za-z\\\\_^{])([a-z])\\s*(?:\\\\in|∈)\\s*\\\\\\{\\s*" + START + END
            + "\\s*\\\\\\}");
    /** "k \in [K]": the numbers 1 to K. */
    private static final Pattern BRACKETS = Pattern.compile("(?<![A-Za-z\\\\_^{])([a-z])\\s*(?:\\\\in|∈)\\s*\\[\\s*([A-Za-z])\\s*\\]");
    /** "1 \le i \le n", "0 \leq t \leq T". */
    private static final Pattern BETWEEN = Pattern.compile("(?<![0-9.])([01])\\s*(?:\\\\leq?|\\\\leqslant|<=|≤)\\s*([a-z])\\s*"
            + "(?:\\\\leq?|\\\\leqslant|<=|≤)\\s*([A-Za-z])(?![A-Za-z0-9_^{(])");

    private ProseRanges() {
    }

    /** The ranges {@code prose} gives indices, each as the tokens of the sum limits that say the same. */
    static List<Token> asSumLimits(String prose) {
        List<String> sums = new ArrayList<>();
        for (Pattern p : List.of(LIST, SET)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                add(sums, m.group(1), m.group(2), m.group(3), m.group(4) != null);
            }
        }
        Matcher m = BRACKETS.matcher(prose);
        while (m.find()) {
            add(sums, m.group(1), "1", m.group(2), false);
        }
        m = BETWEEN.matcher(prose);
        while (m.find()) {
            add(sums, m.group(2), m.group(1), m.group(3), false);
        }
        List<Token> out = new ArrayList<>();
        for (String s : sums) {
            out.addAll(LatexTokens.lex(s, 0, s.length()));
        }
        return out;
    }

    /** Whether the inline formula is a range and nothing else, {@code n = 1, \dots, N}: the index's values, no definition of it. */
    static boolean isRange(String formula) {
        return LIST.matcher(formula.strip()).matches();
    }

    /** {@code \sum_{index=start}^{size}} (or {@code ^{size-1}}), where the size is a letter other than the index. */
    private static void add(List<String> sums, String index, String start, String size, boolean lessOne) {
        if (size.equals(index)) {
            return;
        }
        String sum = "\\sum_{" + index + "=" + start + "}^{" + size + (lessOne ? "-1" : "") + "} " + index;
        if (!sums.contains(sum)) {
            sums.add(sum);
        }
    }
}
