package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.GreekLetters;

/**
 * A letter the prose names as a known function (SPEC §8): "where $g$ is the sigmoid function", "Let $\phi$ denote
 * the ReLU", "the softmax function $S(\cdot)$", "$h$ is the hyperbolic tangent", "$N$ is the standard normal cdf" (Φ).
 * The document then applies the letter as that function: {@code \frac{d}{dz} g(z) = g(z)(1 - g(z))} is checked, where
 * without the sentence it says what the derivative of an undefined function is. A letter the display math defines keeps
 * its definition, and a letter the math never applies to a bracket is a value, not a function ("$p$ is the softmax of
 * $z$" names no function at all: "of" follows the word).
 *
 * <p>A vector function may also be written by its initial where the text names it, without a sentence that says so:
 * "the softmax is translation-invariant: $$s(x + c)_i = …$$", {@code S(x)_i} beside "the softmax function". Only a
 * component {@code S(x)_i} of an undefined letter reads so, and only after the text has named the function.
 *
 * @param name     the letter in symgrad's spelling ({@code g}, {@code phi}, {@code S})
 * @param function the registry function it is ({@code sigma}, {@code relu}), or {@link SoftmaxComponent#NAME}
 * @param word     the words the text names it with ({@code sigmoid function}), for the note
 * @param offset   where in the document the text names it
 */
record ProseFunctionNames(String name, String function, String word, int offset) {
    /** Inline math holding one letter, perhaps upright and with a bracket of arguments: $g$, $\phi(\cdot)$, $S(\mathbf{x})$. */
    private static final String LETTER = "\\$\\s*(?:\\\\(?:mathrm|operatorname|text|mathit)\\s*\\{\\s*)?(\\\\(?:" + GreekLetters.ALTERNATION + ")(?![A-Za-z])|[A-Za-z])"
            + "\\s*\\}?\\s*(?:\\((?:[^$()]|\\([^$()]*\\)){0,30}\\))?\\s*\\$";
    /** Words that may stand before the function's name: "the usual logistic sigmoid", "an element-wise ReLU". */
    private static final String QUALIFIERS = "(?:(?:usual|standard|familiar|element-?wise|component-?wise|point-?wise|entry-?wise"
            + "|logistic(?=\\s+sigmoid)|vector-valued|scalar)\\s+)*";
    /** The function's name in words: a registry name or alias, or an English name of one. */
    private static final String FUNCTION = "(hyperbolic\\s+tangent|rectified\\s+linear(?:\\s+unit)?"
            + "|normal\\s+(?:cdf|cumulative\\s+distribution(?:\\s+function)?|distribution\\s+function|pdf"
            + "|(?:probability\\s+)?density(?:\\s+function)?)|[A-Za-z][A-Za-z-]{2,})";
    /** What a function's name must not be followed by: then the letter is a value of it, "the softmax of $z$". */
    private static final String NOT_A_VALUE = "(?!\\s+(?:of|over|at|applied|evaluated|output|outputs|value|values|derivative"
            + "|gradient|probabilities|probability|score|scores)\\b)";
    private static final String NOUN = "(?:\\s+(?:function|activation(?:\\s+function)?|non-?linearity|map|transfer\\s+function))?";
    /**
     * What stands between a letter and the words naming it: a verb ("is", "denotes", …) and perhaps an article, or the article
     * "the" alone, the name in apposition ("With $\Phi$ the standard normal cdf").
     */
    private static final String NAMING = "(?:(?:is|be|denotes?|represents?|stands\\s+for|refers\\s+to|is\\s+taken\\s+to\\s+be)\\s+"
            + "(?:the\\s+|a\\s+|an\\s+)?|the\\s+)";
    /** "$g$ is the sigmoid function", "Let $\phi$ denote the ReLU", "$S(\cdot)$ stands for the softmax", "$\Phi$ the normal cdf". */
    private static final Pattern LETTER_IS = Pattern.compile("(?i)" + LETTER + "\\s*,?\\s+" + NAMING + QUALIFIERS + FUNCTION
            + NOT_A_VALUE + NOUN + "\\b");
    /** "With $\Phi$ the standard normal cdf and $\phi$ its density": the density of the normal cdf named before. */
    private static final Pattern ITS_DENSITY = Pattern.compile("(?i)" + LETTER + "\\s*,?\\s+(?:(?:is|be|denotes?)\\s+)?its\\s+"
            + "(?:probability\\s+)?(?:density|pdf)(?:\\s+function)?\\b");
    /** "the sigmoid function $g$", "a ReLU activation $\phi$", "the softmax function, denoted $S$". */
    private static final Pattern NAMED_LETTER = Pattern.compile("(?i)\\b(?:the|a|an)\\s+" + QUALIFIERS + FUNCTION + NOT_A_VALUE + NOUN
            + "\\s*,?\\s*(?:(?:denoted|written)\\s+(?:by\\s+|as\\s+)?)?" + LETTER);
    /** The second of two functions named together, the word "normal" left out: "the standard normal density and cdf". */
    private static final String SECOND = "((?:normal\\s+)?(?:cdf|cumulative\\s+distribution(?:\\s+function)?|distribution\\s+function"
            + "|pdf|(?:probability\\s+)?density(?:\\s+function)?)|hyperbolic\\s+tangent|rectified\\s+linear(?:\\s+unit)?"
            + "|[A-Za-z][A-Za-z-]{2,})";
    /**
     * Two letters named together, in order: "$\phi$ and $\Phi$ denote the standard normal density and cdf", "where
     * $\phi$ and $\Phi$ are the standard normal pdf and cdf, respectively".
     */
    private static final Pattern PAIR_IS = Pattern.compile("(?i)" + LETTER + "\\s+and\\s+" + LETTER + "\\s*,?\\s+(?:(?:are|be|denote|represent"
            + "|stand\\s+for)\\s+(?:the\\s+)?|the\\s+)" + QUALIFIERS + FUNCTION + "\\s+and\\s+(?:the\\s+|its\\s+)?" + QUALIFIERS + SECOND
            + "(?:\\s+functions?)?\\b");
    /**
     * Function names that name a value as often: "where $a$ is the logit" is the score before the sigmoid, not logit(x) =
     * log(x/(1 − x)); such a word names the function only with a noun that says so ("the logit function").
     */
    private static final Set<String> VALUE_WORDS = Set.of("logit");
    /** The noun that makes such a word a function's name, in the match ({@link #NOUN}) or right after it ("the logit link"). */
    private static final Pattern FUNCTION_NOUN = Pattern.compile("(?i)\\s+(?:function|map|link)\\b");
    /** A negation just before: "is not the sigmoid", "unlike the softmax $S$" names nothing. */
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bunlike|\\binstead\\s+of|\\brather\\s+than)\\s*$");

    /** The letters {@code prose}, the document's text between {@code start} and {@code end}, names as known functions. */
    static List<ProseFunctionNames> in(String text, int start, int end) {
        String prose = text.substring(start, end);
        List<ProseFunctionNames> out = new ArrayList<>();
        // a pair first: in "$\phi$ and $\psi$ are the sigmoid and tanh", ψ is not the sigmoid
        Matcher pair = PAIR_IS.matcher(prose);
        while (pair.find()) {
            String first = pair.group(3);
            String second = pair.group(4).toLowerCase(Locale.ROOT).startsWith("normal") || !first.toLowerCase(Locale.ROOT)
                    .startsWith("normal") ? pair.group(4) : "normal " + pair.group(4);
            for (String[] named : List.of(new String[] {pair.group(1), first}, new String[] {pair.group(2), second})) {
                String name = named[0].startsWith("\\") ? named[0].substring(1) : named[0];
                String words = named[1].replaceAll("\\s+", " ");
                int at = start + pair.start();
                function(words).filter(f -> namable(name, f))
                        .map(f -> new ProseFunctionNames(name, f, words, at))
                        .filter(n -> out.stream().noneMatch(o -> o.name.equals(n.name)))
                        .ifPresent(out::add);
            }
        }
        for (Pattern p : List.of(LETTER_IS, NAMED_LETTER)) {
            Matcher m = p.matcher(prose);
            boolean letterFirst = p == LETTER_IS;
            while (m.find()) {
                String letter = m.group(letterFirst ? 1 : 2);
                String words = m.group(letterFirst ? 2 : 1);
                String before = prose.substring(Math.max(0, m.start() - 16), m.start());
                if (NEGATED.matcher(before).find()) {
                    continue;
                }
                String name = letter.startsWith("\\") ? letter.substring(1) : letter;
                if (VALUE_WORDS.contains(words.toLowerCase(Locale.ROOT)) && !FUNCTION_NOUN.matcher(m.group()).find()
                        && !FUNCTION_NOUN.matcher(prose).region(m.end(), prose.length()).lookingAt()) {
                    continue;
                }
                function(words).filter(f -> namable(name, f))
                        .map(f -> new ProseFunctionNames(name, f, words.replaceAll("\\s+", " "), start + m.start()))
                        .filter(n -> out.stream().noneMatch(o -> o.name.equals(n.name)))
                        .ifPresent(out::add);
            }
        }
        Matcher its = ITS_DENSITY.matcher(prose);
        while (its.find()) {
            String name = its.group(1).startsWith("\\") ? its.group(1).substring(1) : its.group(1);
            int at = start + its.start();
            boolean ofTheNormalCdf = out.stream().anyMatch(o -> o.function.equals(FunctionRegistry.PHI) && o.offset < at);
            if (ofTheNormalCdf && namable(name, NORMAL_DENSITY) && out.stream().noneMatch(o -> o.name.equals(name))) {
                out.add(new ProseFunctionNames(name, NORMAL_DENSITY, "normal density", at));
            }
        }
        return out;
    }

    /**
     * Whether the prose may bind the letter {@code name} to {@code function}: a letter no registry function has, or the
     * registry's own letter named as itself ("$\Phi$ is the standard normal cdf"), which the math then applies to any
     * argument, {@code \Phi(\beta x_i / \sigma)}, not only to plain variables (without the sentence a letter before a
     * bracket of a quotient is a product, LATEX-INPUT M8). σ keeps its own reading (a quantity where written squared).
     */
    private static boolean namable(String name, String function) {
        return !FunctionRegistry.isKnown(name) || name.equals(function) && !name.equals(FunctionRegistry.SIGMA);
    }

    /** The standard normal density, φ(u) = e^{−u²/2}/√(2π), as the prose names it: the function the letter is bound to. */
    static final String NORMAL_DENSITY = "normal density";

    /** The registry function (or the softmax) {@code words} name: "sigmoid", "logistic", "ReLU", "hyperbolic tangent". */
    static Optional<String> function(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        switch (w) {
            case "softmax", "soft-max" -> {
                return Optional.of(SoftmaxComponent.NAME);
            }
            case "logistic" -> {
                return Optional.of(FunctionRegistry.SIGMA);
            }
            case "hyperbolic tangent" -> {
                return Optional.of("tanh");
            }
            case "rectified linear", "rectified linear unit", "rectifier" -> {
                return Optional.of("relu");
            }
            // Hull's N(d_1): "where $N$ is the standard normal cdf"
            case "normal cdf", "normal cumulative distribution", "normal cumulative distribution function",
                 "normal distribution function" -> {
                return Optional.of(FunctionRegistry.PHI);
            }
            // the Tobit and probit models' φ: "$\phi$ is the standard normal density"
            case "normal density", "normal pdf", "normal probability density", "normal density function",
                 "normal probability density function" -> {
                return Optional.of(NORMAL_DENSITY);
            }
            default -> {
            }
        }
        return FunctionRegistry.spelled(w).filter(f -> f.arity() == 1).map(KnownFunction::name);
    }

    /** The mentions of a vector-valued function's name in {@code prose} ("the softmax"), for {@link #byInitial}. */
    private static final Pattern VECTOR_FUNCTION = Pattern.compile("(?i)\\bsoft-?max\\b");

    /**
     * The letter {@code name}, applied to a bracket and taken a component of ({@code S(x)_i}) where the document
     * never defines it, as the vector function whose name it is the initial of, if the prose between {@code start}
     * and {@code end} (before its first use) names that function.
     */
    static Optional<ProseFunctionNames> byInitial(String name, String text, int start, int end) {
        if (name.length() != 1 || FunctionRegistry.isKnown(name) || !SoftmaxComponent.NAME.substring(0, 1).equalsIgnoreCase(name)) {
            return Optional.empty();
        }
        Matcher m = VECTOR_FUNCTION.matcher(text).region(start, end);
        return m.find() ? Optional.of(new ProseFunctionNames(name, SoftmaxComponent.NAME, "", m.start())) : Optional.empty();
    }

    /** What the check says it read: "reads g as the sigmoid, the known function sigma (from the text)". */
    String note() {
        String softmax = "the softmax, " + name + "(a)_i = e^{a_i} / Σ_k e^{a_k}";
        return word.isEmpty()
                ? "reads " + name + "(…)_i as " + softmax + ", which the text names (" + name + " is its initial); define " + name
                        + " to read it otherwise"
                : function.equals(NORMAL_DENSITY) ? "reads " + name + " as the " + word + ", " + name + "(u) = e^{-u^2/2}/√(2π) (from the text)"
                : "reads " + name + " as the " + word + ", the known function " + function + " (from the text)";
    }

    /** Whether the function is the softmax, a vector function: the letter is applied with a component, {@code S(x)_i}. */
    boolean vector() {
        return function.equals(SoftmaxComponent.NAME);
    }

    /** The letter as the function: {@code g(u) = σ(u)}, or {@code S(a)_i = softmax(a)_i} for the softmax. */
    DocumentFunction asFunction() {
        if (vector()) {
            String k = "k";
            IndexSum normaliser = Exprs.sum(k, Exprs.exp(new Indexed("a", List.of(k))));
            return new DocumentFunction(name, List.of(Exprs.sym("a")), List.of("i"), SoftmaxComponent.applied("i", normaliser));
        }
        if (function.equals(NORMAL_DENSITY)) {
            return new DocumentFunction(name, List.of(Exprs.sym("u")), List.of(), FunctionRegistry.standardNormalDensity(Exprs.sym("u")));
        }
        return new DocumentFunction(name, List.of(Exprs.sym("u")), List.of(), Exprs.fn(function, Exprs.sym("u")));
    }
}
