package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;

/**
 * A name the prose holds fixed or calls a constant: "with $K$ fixed", "for fixed $K$", "$K$ is constant", "the rate
 * constant $k$", "its dissociation constant is $$K = \frac{\alpha^2 c}{1 - \alpha}$$". Where a display also writes the
 * name equal to an expression in variables (Ostwald's K = α²c/(1 − α)), that equation relates a law's constant to the
 * variables; it is not how the constant varies when the document later holds it fixed and lets α follow c
 * ({@code d/dc √(K/c)}). A step false with the name read through the equation and right with the name held fixed is
 * undecided, and the report says why ({@link StepJudge}): which reading is meant, the notation does not say.
 *
 * @param name the name in symgrad's spelling ({@code K}, {@code Lambda_0})
 * @param line the line of the words that hold it fixed
 */
record HeldConstants(String name, int line) {
    /** Inline math, or a display written between {@code $$} (skipped: its dollars are no inline math's). */
    private static final Pattern MATH = Pattern.compile("\\$\\$(?<display>[\\s\\S]*?)\\$\\$|(?<!\\\\)\\$(?<inline>[^$]{1,60})\\$");
    /** The words after a name that hold it fixed: "$K$ fixed", "$K$ held constant", "$K$ is a constant". */
    private static final Pattern FIXED_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:is|are|remains|stays|being)\\s+)?"
            + "(?:(?:held|kept|taken|treated)\\s+(?:as\\s+)?)?(?:a\\s+)?(?:fixed|constant)\\b(?!\\s+(?:of|times|multiple|factor)\\b)");
    /** The words before a name that hold it fixed: "for fixed $K$", "at constant $K$". */
    private static final Pattern FIXED_BEFORE = Pattern.compile("(?i)\\b(?:for|at|with|under|holding|keeping)\\s+(?:a\\s+)?"
            + "(?:fixed|constant)\\s*$");
    /**
     * A constant named as such just before the name: "the rate constant $k$", "its dissociation constant is $$K = …$$". A
     * normalising constant or a partition function's constant is a sum over the variables, not held fixed.
     */
    private static final Pattern CONSTANT_BEFORE = Pattern.compile("(?i)\\b(?!normali[sz]\\w*\\s|partition\\s)[a-z]+\\s+constant\\s*"
            + "(?:,|:|is|of)?\\s*$");
    /** What a display's name is written before: the first relation. */
    private static final Pattern RELATION = Pattern.compile("=|\\\\approx|\\\\equiv|\\\\coloneqq");

    /** The names {@code text} holds fixed or calls constants, read with the document's naming, in the order written. */
    static List<HeldConstants> in(String text, LatexContext naming, IntUnaryOperator lineOf) {
        List<HeldConstants> out = new ArrayList<>();
        Matcher m = MATH.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 60), m.start());
            if (m.group("inline") != null) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
                if (FIXED_AFTER.matcher(after).find() || FIXED_BEFORE.matcher(before).find() || CONSTANT_BEFORE.matcher(before).find()) {
                    name(m.group("inline"), naming).ifPresent(n -> out.add(new HeldConstants(n, lineOf.applyAsInt(m.start()))));
                }
            } else if (CONSTANT_BEFORE.matcher(before).find()) {
                String display = m.group("display");
                Matcher relation = RELATION.matcher(display);
                if (relation.find()) {
                    name(display.substring(0, relation.start()), naming)
                            .ifPresent(n -> out.add(new HeldConstants(n, lineOf.applyAsInt(m.start()))));
                }
            }
        }
        return out;
    }

    /** The one name {@code latex} writes ({@code K}, {@code K(\Lambda)} a function's name), or empty. */
    private static Optional<String> name(String latex, LatexContext naming) {
        String s = latex.strip();
        try {
            Optional<Expr> e = LatexReader.read(LatexTokens.lex(s, 0, s.length()), s, naming).expr();
            return e.filter(x -> x instanceof Sym).map(x -> ((Sym) x).name());
        } catch (RuntimeException unreadable) { // InputException, or a formula no reader takes
            return Optional.empty();
        }
    }
}
