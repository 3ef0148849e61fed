package org.symgrad.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Target;

/**
 * An inline link written as an equation of a function of a new name, as GLMs are: "$\log \mu_i = \eta_i$",
 * "$\operatorname{logit}(p) = z$". Where the function is one-to-one on its domain, the equation gives the name one value, the
 * inverse of the other side ({@code \mu_i = \exp(\eta_i)}, {@code p = \sigma(z)}), and it is read as that definition
 * ({@link InlineDefinitions}). A function that is not one-to-one ({@code x^2}, {@code \sin}, {@code \cosh}) leaves the equation
 * unread, as does a number on the other side ({@code \log \mu = 0}, a point), a side that writes the name, or a name the
 * document gives a value anywhere else ({@code \mu_i = …}).
 */
final class InvertedLinks {
    /** Each one-to-one function as written on a left side (by its name), and how its inverse is written. */
    private static final Map<String, String> INVERSE = Map.of(
            "log", "\\exp", "ln", "\\exp", "exp", "\\log",
            "logit", "\\sigma", "sigma", "\\operatorname{logit}", "sigmoid", "\\operatorname{logit}",
            "tanh", "\\operatorname{artanh}", "artanh", "\\tanh", "arctanh", "\\tanh");

    /** The function's head on the left side: {@code \log}, {@code \ln}, {@code \exp}, {@code \operatorname{logit}}, {@code \mathrm{logit}}. */
    private static final Pattern HEAD = Pattern.compile("^\\s*(?:\\\\(?<command>log|ln|exp|sigma|tanh)"
            + "|\\\\(?:operatorname|mathrm|text)\\s*\\{\\s*(?<word>logit|sigmoid|artanh|arctanh)\\s*})(?![A-Za-z])\\s*");
    /** The argument in brackets: {@code (p)}, {@code \left(p\right)}, {@code {p}}. */
    private static final Pattern BRACKETED = Pattern.compile("^(?:\\\\left\\s*\\(|\\(|\\{)(?<name>.*?)(?:\\\\right\\s*\\)|\\)|})\\s*$");
    /** A literal number, as a point's side is. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\s*\\d+(\\.\\d+)?");

    private InvertedLinks() {
    }

    /**
     * {@code formula} solved for the name its one-to-one function is applied to ({@code \mu_i = \exp(\eta_i)} of
     * {@code \log \mu_i = \eta_i}), where {@code document} gives that name no value outside the formula, which starts at {@code at};
     * else {@code formula} as it is.
     */
    static String solved(String formula, String document, int at) {
        List<String> links = InlineDefinitions.links(formula);
        if (links.size() != 2) {
            return formula;
        }
        Matcher head = HEAD.matcher(links.get(0));
        if (!head.find()) {
            return formula;
        }
        String function = head.group("command") != null ? head.group("command") : head.group("word");
        String argument = links.get(0).substring(head.end()).strip();
        Matcher bracketed = BRACKETED.matcher(argument);
        String name = (bracketed.matches() ? bracketed.group("name") : argument).strip();
        String right = links.get(1).strip();
        if (name.isEmpty() || NUMBER.matcher(right).matches() || !plainName(name) || own(name).matcher(right).find()
                || valuedElsewhere(name, document, at, at + formula.length())) {
            return formula;
        }
        return name + " = " + INVERSE.get(function) + "(" + right + ")";
    }

    /** Whether {@code name} reads as a plain name or one entry of one ({@code \mu}, {@code \mu_i}, {@code p}), no call. */
    private static boolean plainName(String name) {
        try {
            Optional<Target> t = LatexReader.read(name).target();
            return t.isPresent() && !t.get().isCall() && !t.get().squared() && !t.get().builtIn()
                    && (t.get().variable() instanceof Sym || t.get().variable() instanceof Indexed);
        } catch (RuntimeException e) {
            return false; // not a name the reader takes
        }
    }

    /** {@code name} written as a name of its own, not inside a longer one. */
    private static Pattern own(String name) {
        return Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(name) + "(?![A-Za-z])");
    }

    /** Whether the document writes {@code name} right before an equals sign outside {@code [from, to)}: a value given to it elsewhere. */
    private static boolean valuedElsewhere(String name, String document, int from, int to) {
        return Occurrences.outside(Pattern.compile(own(name).pattern() + "\\s*(=|:=|\\\\coloneqq)(?!=)"), document, from, to);
    }
}
