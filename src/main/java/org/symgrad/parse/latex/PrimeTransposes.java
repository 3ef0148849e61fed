package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A prime as econometrics writes a transpose: {@code \hat\beta = (X'X)^{-1}X'y}, {@code S(b) = (y - Xb)'(y - Xb)},
 * {@code \partial S/\partial b = -2X'(y - Xb)}. The prime on a capital the document writes as a matrix (declared one, or
 * written before a vector, {@code Xb}, {@code X'y}) and primed before a factor is its transpose, for every reader of the
 * tokens, as {@code X^\top} is; and, in such a document, the prime on a bracket that holds such a capital
 * ({@code (y - Xb)'}) or on a lower-case name ({@code b'X'Xb}, {@code e'e}) before a factor. Never the prime of a name
 * the document calls as a function ({@code F'(x)}, {@code y(t)}) or defines as a name of its own ({@code X' = X - \bar X}).
 */
final class PrimeTransposes {
    /** The capitals whose prime is a transpose, and the lower-case names (letters, Greek names as written) whose prime is. */
    record Found(Set<String> capitals, Set<String> vectors) {
        boolean none() {
            return capitals.isEmpty();
        }
    }

    private static final RecentTexts<Found> READ = new RecentTexts<>(PrimeTransposes::search);

    private static final Pattern MATH = Pattern.compile("\\$\\$(.*?)\\$\\$|\\$(.*?)\\$|\\\\\\[(.*?)\\\\\\]|\\\\\\((.*?)\\\\\\)"
            + "|\\\\begin\\{([a-zA-Z*]+)\\}(.*?)\\\\end\\{\\5\\}", Pattern.DOTALL);
    /** A capital, plain or bold: {@code X}, {@code \mathbf{X}} (group 1 or 2). */
    private static final String CAPITAL = "(?<![A-Za-z\\\\])(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*([A-Z])\\s*\\}|([A-Z]))";
    /** A lower-case name, plain or Greek (group 1): {@code b}, {@code \beta}. */
    private static final String LOWER = "(?<![A-Za-z\\\\])([a-z]|\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota"
            + "|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega))(?![A-Za-z])";
    /** What a vector factor starts with: a lower-case letter alone, a Greek letter, a bold or decorated name. */
    private static final String VECTOR_FACTOR = "(?:[a-z](?![A-Za-z])|\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|theta|mu|nu|xi"
            + "|pi|rho|sigma|tau|phi|psi|omega|lambda|eta|zeta|kappa|mathbf|boldsymbol|bm|hat|tilde|bar|vec)(?![A-Za-z]))";
    /** What any factor starts with: a vector's, a capital, a bracket. */
    private static final String FACTOR = "(?:" + VECTOR_FACTOR + "|[A-Z](?![A-Za-z])|\\()";
    /** {@code X'y}, {@code X'\beta}, {@code Xb}: a capital right before a vector factor, primed or not. */
    private static final Pattern BEFORE_VECTOR = Pattern.compile(CAPITAL + "\\s*'?\\s*(?=" + VECTOR_FACTOR + ")");
    /** {@code X'y}, {@code X'X}, {@code X'(y - Xb)}: a primed capital before a factor. */
    private static final Pattern PRIMED_CAPITAL = Pattern.compile(CAPITAL + "\\s*'\\s*(?=" + FACTOR + ")");
    /** {@code WX'(y - Xb)}: the last of capitals written together, primed before a factor (group 1). */
    private static final Pattern PRIMED_LAST_CAPITAL = Pattern.compile("(?<![A-Za-z\\\\])[A-Z]+([A-Z])\\s*'\\s*(?=" + FACTOR + ")");
    /** {@code b'X}, {@code e'e}: a primed lower-case name before a factor. */
    private static final Pattern PRIMED_LOWER = Pattern.compile(LOWER + "\\s*'\\s*(?=" + FACTOR + ")");
    /** A call of a name, or of its prime, at letters ({@code F'(x)}, {@code y(t)}): a function of the document. */
    private static final String CALL = "\\s*'?\\s*\\(\\s*[a-z](?:\\s*,\\s*[a-z])*\\s*\\)";
    /** The prime of a name defined as a name of its own: {@code X' = …}. */
    private static final String OWN_NAME = "\\s*'\\s*=";

    private PrimeTransposes() {
    }

    /** What {@code document}'s math writes with a prime as a transpose; none where it writes no primed matrix. */
    static Found in(String document) {
        return READ.in(document);
    }

    private static Found search(String document) {
        if (document.indexOf('\'') < 0) {
            return new Found(Set.of(), Set.of());
        }
        StringBuilder all = new StringBuilder();
        Matcher m = MATH.matcher(document);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && g != 5) {
                    all.append(m.group(g)).append(" ; ");
                }
            }
        }
        String math = all.toString();
        Set<String> matrices = new LinkedHashSet<>();
        Dimensions.in(document).values().stream().filter(Dimensions.Declared::matrix).map(Dimensions.Declared::key)
                .filter(k -> k.matches("[A-Z]")).forEach(matrices::add);
        names(BEFORE_VECTOR, math).forEach(matrices::add);
        Set<String> capitals = new LinkedHashSet<>();
        List<String> primed = names(PRIMED_CAPITAL, math);
        primed.addAll(names(PRIMED_LAST_CAPITAL, math));
        for (String c : primed) {
            if (matrices.contains(c) && !functionOrOwn(c, math)) {
                capitals.add(c);
            }
        }
        Set<String> vectors = new LinkedHashSet<>();
        if (!capitals.isEmpty()) {
            for (String v : names(PRIMED_LOWER, math)) {
                if (!functionOrOwn(v, math)) {
                    vectors.add(v);
                }
            }
        }
        return new Found(Set.copyOf(capitals), Set.copyOf(vectors));
    }

    private static List<String> names(Pattern p, String math) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(math);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    /** Whether the math calls {@code name} (or its prime) at letters, or defines its prime as a name of its own. */
    private static boolean functionOrOwn(String name, String math) {
        String n = "(?<![A-Za-z\\\\])(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?" + Pattern.quote(name) + "(?![A-Za-z])\\s*\\}?";
        return Pattern.compile(n + "(?:" + CALL + "|" + OWN_NAME + ")").matcher(math).find();
    }

    /** {@code tokens} with each prime {@code found} reads as a transpose written {@code ^\top}, at the prime's place. */
    static List<Token> rewritten(List<Token> tokens, Found found) {
        if (found.none()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == LatexLexer.PRIME && i > 0 && transposes(tokens, i, found)) {
                out.add(LatexTokens.written(t, LatexLexer.CARET, "^"));
                out.add(LatexTokens.written(t, LatexLexer.TRANSPOSE, "\\top"));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean transposes(List<Token> tokens, int prime, Found found) {
        Token before = tokens.get(prime - 1);
        boolean factorAfter = prime + 1 < tokens.size() && factor(tokens.get(prime + 1));
        boolean call = prime + 3 < tokens.size() && tokens.get(prime + 1).getType() == LatexLexer.LPAREN
                && LatexTokens.lowerCaseLetter(tokens.get(prime + 2)) && tokens.get(prime + 3).getType() == LatexLexer.RPAREN;
        if (call) {
            return false;
        }
        // WX'(y - Xb): the lexer's word of capitals is their product, and the prime the last one's transpose, as on WX^\top
        String capital = before.getType() == LatexLexer.LETTER ? before.getText()
                : before.getType() == LatexLexer.WORD && before.getText().matches("[A-Z]{2,}")
                ? before.getText().substring(before.getText().length() - 1)
                : before.getType() == LatexLexer.RBRACE && prime >= 4 && tokens.get(prime - 3).getType() == LatexLexer.LBRACE
                && tokens.get(prime - 4).getType() == LatexLexer.FONT ? tokens.get(prime - 2).getText() : "";
        if (found.capitals().contains(capital)) {
            return true; // H = X(X'X)^{-1}X': at the end too
        }
        if (!factorAfter) {
            return false;
        }
        if ((before.getType() == LatexLexer.LETTER || before.getType() == LatexLexer.GREEK) && found.vectors().contains(before.getText())) {
            return true;
        }
        if (before.getType() != LatexLexer.RPAREN) {
            return false;
        }
        for (int k = prime - 2, level = 1; k >= 0 && level > 0; k--) {
            Token x = tokens.get(k);
            level += x.getType() == LatexLexer.RPAREN ? 1 : x.getType() == LatexLexer.LPAREN ? -1 : 0;
            if (x.getType() == LatexLexer.LETTER && found.capitals().contains(x.getText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean factor(Token t) {
        return switch (t.getType()) {
            case LatexLexer.LETTER, LatexLexer.GREEK, LatexLexer.LPAREN, LatexLexer.FONT, LatexLexer.DECOR -> true;
            default -> false;
        };
    }
}
