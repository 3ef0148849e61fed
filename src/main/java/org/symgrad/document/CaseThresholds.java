package org.symgrad.document;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that bounds an absolute value in a row of a {@code cases} environment is positive: the Huber loss's threshold δ
 * of {@code \tfrac12 r^2 & |r| \le \delta}, the ε of an ε-insensitive loss ({@code |r| < \epsilon}), the clip c of {@code |x|
 * \le c}, a soft threshold λ of {@code -\lambda \le x \le \lambda}. With the name negative that row holds nowhere and the
 * definition means nothing, so the author takes it positive without saying so; drawn of any sign, the right {@code H'(r) =
 * \delta} "for $r > \delta$" was false at δ = −1.37, r = −0.12, a point of the other branch's sign. The document assumes
 * the name positive from that display on, and says so. A number, an entry ({@code c_i}) or any other expression bounds
 * nothing here.
 */
final class CaseThresholds {
    private CaseThresholds() {
    }

    /** A name as a threshold: a letter or a Greek letter's command, no index. */
    private static final String NAME = "(\\\\[A-Za-z]+|[A-Za-z])(?![A-Za-z_^{])";
    /** A comparison of either direction, as LaTeX writes it. */
    private static final String LESS = "(?:<|\\\\lt|\\\\leq?|\\\\leqslant)(?![A-Za-z])";
    private static final String MORE = "(?:>|\\\\gt|\\\\geq?|\\\\geqslant)(?![A-Za-z])";
    /** An absolute value: {@code |r|}, {@code \lvert r \rvert}, {@code \left| r \right|}, {@code \vert r \vert}. */
    private static final String ABS = "(?:\\\\left\\s*)?(?:\\||\\\\lvert|\\\\vert)[^|&\\\\]*(?:\\\\(?!rvert|vert|right)[A-Za-z]+[^|&\\\\]*)*"
            + "(?:\\\\right\\s*)?(?:\\||\\\\rvert|\\\\vert)";
    /** {@code |r| \le \delta}, {@code |r| > \delta}, {@code \delta < |r|}, {@code -\delta \le r \le \delta}, in a row's condition. */
    private static final Pattern BOUND = Pattern.compile(ABS + "\\s*(?:" + LESS + "|" + MORE + ")\\s*" + NAME
            + "|(?<![A-Za-z\\\\])" + NAME + "\\s*(?:" + LESS + "|" + MORE + ")\\s*" + ABS
            + "|-\\s*" + NAME + "\\s*" + LESS + "[^&\\\\]*?" + LESS + "\\s*" + NAME);
    /** A {@code cases} environment's body. */
    private static final Pattern CASES = Pattern.compile("\\\\begin\\s*\\{\\s*(?:d|r)?cases\\*?\\s*}(.*?)\\\\end\\s*\\{\\s*(?:d|r)?cases\\*?\\s*}",
            Pattern.DOTALL);

    /** The names, in symgrad's spelling ({@code delta}), that bound an absolute value in a row of a cases environment of {@code display}. */
    static Set<String> of(String display) {
        Set<String> out = new LinkedHashSet<>();
        Matcher cases = CASES.matcher(display);
        while (cases.find()) {
            for (String row : cases.group(1).split("\\\\\\\\")) {
                int amp = row.indexOf('&');
                if (amp < 0) {
                    continue;
                }
                Matcher m = BOUND.matcher(row.substring(amp + 1));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            spelled(m.group(g)).ifPresent(out::add);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A threshold's name in symgrad's spelling, {@code delta} for {@code \delta}; none for a command that is no Greek letter. */
    private static java.util.Optional<String> spelled(String name) {
        if (!name.startsWith("\\")) {
            return java.util.Optional.of(name);
        }
        String command = name.substring(1);
        return command.matches(org.symgrad.parse.GreekLetters.ALTERNATION) && !command.equals("pi")
                ? java.util.Optional.of(command) : java.util.Optional.empty();
    }
}
