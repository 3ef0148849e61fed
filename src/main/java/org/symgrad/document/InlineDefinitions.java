package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.symgrad.derive.Definition;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.Reading;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.VectorEntries;

/**
 * Definitions written only in inline math ({@code Let $p_i = …$}, {@code for a residual $r = y - f$}),
 * which SPEC §8 does not read: a step that is not proven because such a name is undefined says where
 * the inline definition is and how to write it as a display, instead of reading it silently.
 *
 * @param name  the defined name, as the reader names it ({@code htheta} for {@code h_\theta(x)}); for one
 *              component at concrete indices ({@code x_1 = \sin t}), the name it is defined under when
 *              a display defines it ({@code x1}, {@link ComponentDefinitions})
 * @param shown the name as the hint writes it ({@code x_1} for a component)
 * @param line  the 1-based line of the inline math
 * @param latex the inline formula as written
 * @param reads whether the prose right before it announces a definition ({@code where $z = w x + b$},
 *              {@code let $h_\theta(x) = …$}, {@code with $a = …$}, {@code define $r = …$}): then a step below it
 *              that uses the name reads it as a display definition would be; otherwise it is named in a hint, and
 *              read only where a step holds with it and is undecided without
 * @param cued  whether a word of the prose before it names it a definition ({@link #cued(String, String)}): only then is it
 *              named in a hint or taken to make a name a function; "Scores $s_j = …$, weights $\alpha_j = …$" are not cued,
 *              and are read only where a step holds with them and is undecided without
 * @param at    where {@code latex} starts in the document
 * @param worded whether a word announces it ({@code let}, {@code where}, {@code define}, {@code with}), itself or the list
 *              it ends ({@code Let $a = …$, $b = …$ and $c = …$}), not only a noun phrase or a copula ({@code We consider
 *              the linear model $\mathbf{y} = \boldsymbol{\Phi}\boldsymbol{\theta}$}, a model of data that stays data)
 */
record InlineDefinitions(String name, String shown, int line, String latex, boolean reads, boolean cued, int at, boolean worded) {
    /**
     * The inline formulas {@code $T = R$} (or {@code \(T = R\)}) in the prose {@code [start, end)} whose left side is a
     * definable name, other than an evaluation point ({@code at $x = 0$}).
     */
    static List<InlineDefinitions> in(String text, int start, int end, java.util.function.IntUnaryOperator lineOf) {
        return in(text, start, end, lineOf, Set.of());
    }

    /**
     * {@link #in(String, int, int, java.util.function.IntUnaryOperator)}, where {@code sizes} are the names the document's sums
     * run up to (n of {@code \sum_{k=1}^{n}}): "Written out for $n = 2$" sets that size for what follows, announced as a
     * definition of n (an evaluation point otherwise, and the steps written out for two entries were checked for three).
     */
    static List<InlineDefinitions> in(String text, int start, int end, java.util.function.IntUnaryOperator lineOf, Set<String> sizes) {
        return in(text, start, end, lineOf, sizes, Set.of());
    }

    /**
     * {@link #in(String, int, int, java.util.function.IntUnaryOperator, Set)}, where {@code timeIndices} are the letters the
     * document uses as a time index ({@link org.symgrad.parse.latex.TimeIndices}): "The estimation error is
     * $e(n) = d(n) - y(n)$" defines the signal at the time index, {@code e_{n}}, as a display's {@code e(n) = …} does.
     */
    static List<InlineDefinitions> in(String text, int start, int end, java.util.function.IntUnaryOperator lineOf, Set<String> sizes,
                                      Set<String> timeIndices) {
        return in(text, start, end, lineOf, sizes, timeIndices, LatexContext.NONE);
    }

    /**
     * {@link #in(String, int, int, java.util.function.IntUnaryOperator, Set, Set)}, each left side read with the document's
     * {@code naming} ({@link LatexContext#namingOf}), as a display's is: "$\mathcal{L}_w = -w y \log p - …$" beside the value w
     * ({@code w y}) defines the loss of that w, Lw, which a display's {@code \frac{d\mathcal{L}_w}{dz}} differentiates, not the
     * entry w of an array L.
     */
    static List<InlineDefinitions> in(String text, int start, int end, java.util.function.IntUnaryOperator lineOf, Set<String> sizes,
                                      Set<String> timeIndices, LatexContext naming) {
        List<InlineDefinitions> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int open;
            int close;
            int from;
            if (text.startsWith("\\(", i)) {
                from = i + 2;
                close = text.indexOf("\\)", from);
                open = i;
            } else if (text.charAt(i) == '$' && (i == 0 || text.charAt(i - 1) != '\\')
                    && !(i + 1 < end && text.charAt(i + 1) == '$')) {
                from = i + 1;
                close = closingDollar(text, from, end);
                open = i;
            } else {
                i++;
                continue;
            }
            if (close < 0 || close > end) {
                break;
            }
            String clause = continuedAnnouncement(text, start, clauseBefore(text, start, open));
            String written = text.substring(from, close);
            int at = from + written.length() - written.stripLeading().length();
            // "upstream gradient $\partial L / \partial y_i = g_i$": the name's value, g_i = \partial L / \partial y_i
            String formula = NamedDerivatives.turned(written, text, from);
            boolean size = setsSize(clause, formula, sizes);
            // "$t_j = 1$ if $j = j^*$ and $0$ otherwise": the Kronecker delta δ_{j j^*}
            Optional<String> indicator = KroneckerCases.of(formula,
                    close + 1 <= end ? text.substring(close + 1, Math.min(end, close + 80)) : "");
            // "With $D = 2$" beside \sum_{i=1}^{D}: the sums read D as the range size n, so the size is what it sets
            // "$\log \mu_i = \eta_i$": a one-to-one function of a new name, read as the name's value (\mu_i = \exp(\eta_i))
            String read = atTimeIndex(indicator.orElse(size ? formula.replaceFirst("^\\s*[A-Za-z]\\s*=", "n =")
                    : InvertedLinks.solved(formula, text, from)), timeIndices);
            // "For $g(x) = x^2 e^{-x}$, we have $$g'(x) = …$$": the name the display right after differentiates
            boolean differentiated = DifferentiatedInlineNames.announces(text, open, close, end, formula);
            // "Let the policy be a softmax over actions, $\pi_\theta(a) = …$": a sentence that introduces a new name's value
            // "For a batch $X \in …$, $H = …$ and $\hat Y = …$": a later item of the list such a sentence opens
            boolean introduced = IntroducingSentences.introduces(clause, formula, text.substring(0, open))
                    || IntroducingSentences.introducesInList(clause, formula, text.substring(0, open));
            definition(read, lineOf.applyAsInt(open), size || differentiated || introduced || announced(clause, formula),
                    size || differentiated || introduced || cued(clause, formula), at, size || byWord(clause), naming)
                    .filter(d -> (size || !evaluationPoint(clause, formula)) // a known function's name is none ({@link #definition})
                            && (indicator.isPresent() || !conditional(text, close + 1, end))
                            // "drawn from the model $x_i = \mu + \varepsilon_i$": the data's model, no definition of x
                            && !DataModels.states(clause, written, text, from))
                    .ifPresent(out::add);
            i = close + 1;
        }
        return out;
    }

    /** A left side that applies a name (with a subscript at most) to one letter: {@code e(n) =}, {@code w_0(n) =}, {@code \hat{J}(n) =}. */
    private static final Pattern TIME_TARGET = Pattern.compile(
            "\\s*(?<name>\\\\?[A-Za-z]+|\\\\[a-z]+\\{\\s*\\\\?[A-Za-z]+\\s*})(?:_(?<sub>\\{[^{}]*}|[A-Za-z0-9]))?\\s*\\(\\s*(?<time>[a-z])\\s*\\)\\s*=");

    /** {@code formula} with a left side at a time index ({@code e(n) =}) written as the indexed quantity it is ({@code e_{n} =}). */
    static String atTimeIndex(String formula, Set<String> timeIndices) {
        java.util.regex.Matcher m = TIME_TARGET.matcher(formula);
        if (timeIndices.isEmpty() || !m.lookingAt() || !timeIndices.contains(m.group("time"))) {
            return formula;
        }
        String sub = m.group("sub");
        String index = (sub == null ? "" : sub.replaceAll("^\\{|}$", "") + ",") + m.group("time");
        return m.group("name") + "_{" + index + "} =" + formula.substring(m.end());
    }

    /** The words that open prose continuing the sentence of the display before it: "and $\hat{x}_i = …$". */
    private static final Pattern CONTINUING = Pattern.compile("\\s*(and|,)\\s");

    /**
     * {@code clause}, the clause before an inline formula in prose that starts at {@code start}, as a where-clause
     * when the prose goes on ("and", ",") from a display that a word announced ("let $$\mu = …$$ and $\hat{x}_i = …$"):
     * the announcement covers both.
     */
    static String continuedAnnouncement(String text, int start, String clause) {
        java.util.regex.Matcher opening = CONTINUING.matcher(clause);
        if (!opening.lookingAt() || clause.substring(0, opening.end()).contains("$")) {
            return clause;
        }
        int k = start;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        int displayOpen;
        if (k >= 4 && text.startsWith("$$", k - 2)) {
            displayOpen = text.lastIndexOf("$$", k - 3);
        } else if (k >= 4 && text.startsWith("\\]", k - 2)) {
            displayOpen = text.lastIndexOf("\\[", k - 3);
        } else {
            return clause;
        }
        while (displayOpen > 0 && Character.isWhitespace(text.charAt(displayOpen - 1))) {
            displayOpen--;
        }
        if (displayOpen <= 0 || !ANNOUNCED.matcher(clauseBefore(text, 0, displayOpen)).find()) {
            return clause;
        }
        return "where " + clause.substring(opening.end());
    }

    /**
     * A word that announces a definition right before the formula, an article's noun phrase between them at
     * most ({@code where $z = …$}, {@code let the margin $m = …$}, {@code Let the regularised objective be $\tilde J(w) = …$},
     * {@code Denote by $g(z) = …$ the sigmoid}, {@code We model $\lambda_i = \exp(\theta x_i)$}, {@code with linear predictor $\eta = …$}, {@code parametrise by
     * the variance $v = \sigma^2$}, {@code in terms of the log-variance $s = \log\sigma^2$}); a word that
     * sets up what the text works with, right before the formula ({@code Consider $h = \sigma(Wx + b)$}, {@code Suppose},
     * {@code Recall that $\hat y = \sigma(w x + b)$},
     * {@code Take}, {@code Here $A(\eta) = \log(1 + e^{\eta})$, so the mean is}, a batch that {@code goes through $Z = XW + \mathbf{1}\mathbf{b}^\top$}), announces one only where the formula gives its name's value in terms of other names
     * ({@link #givenByNames}), never a point ({@code consider $x = 0$}); with a noun phrase between ("consider the linear
     * model $y = \Phi\theta$") it is an apposition, read as {@link #APPOSITION} says.
     */
    private static final Pattern ANNOUNCED = Pattern.compile(
            "\\b(?:(let|where|write|writing|define|defines|defining|in\\s+terms\\s+of|denote\\s+by|we\\s+model"
                    + "|(?:re)?paramet(?:e)?ri[sz](?:e|es|ed|ing)\\s+(?:it\\s+|them\\s+)?by)(\\s+(the|a|an|its|our)(\\s+[a-z0-9-]+){1,2}(?:\\s+(?:as|be))?)?"
                    + "|(with|given)(\\s+(the|a|an|its|our))?(\\s+(?!respect\\b)[a-z0-9-]+){0,2}"
                    + "|(consider|suppose|take|taking|here|recall(?:\\s+that)?|(?:goes|go|passes|pass)\\s+through))\\s*:?\\s*$");
    /** The group of {@link #ANNOUNCED} that holds a word that sets up what the text works with ("consider"). */
    private static final int SETTING_UP = 9;
    /**
     * A word of a noun phrase without an article ({@code with learning rate $\eta$ and loss $L = …$}): a lower-case word that
     * is no verb of a result, no connective and no preposition ({@code and hence $g = …$}, {@code and at $x = 0$} are no names).
     */
    static final String NOUN = "(?!(?:get|gets|obtain|obtains|have|has|give|gives|yield|yields|find|finds|compute|computes|becomes"
            + "|equals|so|thus|hence|therefore|then|is|are|be|we|it|this|that|which|where|when|if|at|for|to|of|in|on|by|from|as|with"
            + "|without|set|setting|substitut\\w*|plug\\w*|use|using|note|since|because|also|finally|similarly|likewise)\\b)[a-z][a-z0-9-]*";
    /**
     * What joins a formula to the one before it in a list one word announces: a comma, "and" or ", and", and an article's noun
     * phrase of one or two words naming the next ({@code let $p_i = …$ and the loss $L = …$}), perhaps ended by a colon ({@code with
     * input $x$ and sigmoid activation: $a = \sigma(z)$}); what the formula before it is may come first ({@code Let $z \in
     * \mathbb{R}^K$ be logits and $p_k = …$}, {@code where $y$ is one-hot and $q_k = …$}), or words that qualify it, up to four
     * and no verb of a result ({@code Let …, $\Sigma \in \mathbb{R}^{d \times d}$ symmetric positive definite, and $f(x) = …$},
     * {@code Let $\Sigma$ be a symmetric positive definite matrix and $f(x) = …$}: "be" and up to four words, two more nouns),
     * {@code $Y \in \{0,1\}^{n \times K}$ with one-hot rows, and $P_{ik} = …$}).
     */
    static final Pattern LIST_LINK = Pattern.compile("\\s*(?:(?:be|is|are)(?:\\s+[a-z][a-z0-9-]*){1,4}(?:\\s+" + NOUN + "){0,2}\\s*|(?:with\\s+)?" + NOUN + "(?:\\s+" + NOUN
            + "){0,3}\\s*)?(,|and|,\\s*and)(\\s+(the|a|an|its|our)(\\s+[a-z][a-z0-9-]*){1,2}"
            + "|\\s+" + NOUN + "(\\s+" + NOUN + ")?)?\\s*:?\\s*");
    /** A value that a {@code with} sets as a case, not a definition ({@code with $y = 1$}): a number or one index letter. */
    private static final Pattern CASE_VALUE = Pattern.compile("[-+]?\\s*\\d+(\\.\\d+)?|[a-z]");

    /**
     * Whether the prose right before the formula announces it as a definition to read ({@link #reads}): where,
     * let, with or define, and not a case ({@code with $y = 1$}) nor a relation of two index letters ({@code where $i = j$}).
     */
    static boolean announced(String clause, String formula) {
        java.util.regex.Matcher m = ANNOUNCED.matcher(clause);
        boolean word = m.find();
        if (!word && forAFunction(clause, formula)) {
            return true; // Next, for $g(x) = \log(1 + e^{x})$ we get …: the function the sentence goes on to differentiate
        }
        if (!word && SOLVED.matcher(clause).find() && links(formula).size() == 2 && MARKED.matcher(links(formula).get(0).strip()).matches()) {
            return namesAFreshValue(formula); // giving $x^* = \\frac{m}{a s^2}$, vanishes at $t^* = …$: the solution, named
        }
        String undeclared = DECLARATION.matcher(clause).replaceAll("");
        if (!word && (COPULA.matcher(undeclared).find() || BARE_COPULA.matcher(undeclared).find())) {
            return namesAFreshValue(formula);
        }
        if (!word && ((APPOSITION.matcher(clause).find() || POSSESSIVE.matcher(clause).find()) && !EQUATION_NOUN.matcher(clause).find()
                || LAW.matcher(clause).find()
                || RESTATED.matcher(clause).find()
                || LABEL.matcher(clause).find() && !RESULT.matcher(clause).find())) {
            List<String> links = links(formula);
            return links.size() == 2 && !CASE_VALUE.matcher(links.get(1).strip()).matches()
                    && !NUMBER.matcher(links.get(1).strip()).matches() && namesAFreshValue(formula);
        }
        if (!word) {
            // where $a = …$ and $b = …$, let $p = …$ and the loss $L = …$: the second is announced by the same word; so is
            // one after a symbol the word names ("with learning rate $\eta$ and loss $L = …$"), a case after "with" no more
            int last = clause.lastIndexOf('$');
            int first = last < 0 ? -1 : clause.lastIndexOf('$', last - 1);
            if (first < 0 || !LIST_LINK.matcher(clause.substring(last + 1)).matches()) {
                return false;
            }
            String before = clause.substring(0, first);
            String item = clause.substring(first + 1, last);
            // "with $a_t = …$, $h_0 = 0$, and loss $L = …$": a start value in the list (a case after "with" on its own) does not end it
            boolean list = links(item).size() < 2 || startValue(item) ? byWord(before) : announced(before, item);
            return list && announced(byWith(before) ? "with" : "where", formula);
        }
        List<String> links = links(formula);
        if (links.size() < 2 || links.get(0).isBlank()) {
            return false;
        }
        String right = links.get(1).strip();
        String left = withoutColon(links.get(0));
        if (left.matches("[a-z]") && right.matches("[a-z]([-+]\\s*\\d+)?")) {
            return false; // where $i = j$: two indices, a case
        }
        if (m.group(SETTING_UP) != null) {
            return givenByNames(formula);
        }
        return !(m.group(5) != null && CASE_VALUE.matcher(right).matches());
    }

    /** A name at the number 0 set to a number, {@code h_0 = 0}, {@code a_{0} = 1}: a recurrence's start value. */
    private static final Pattern START_VALUE = Pattern.compile("\\s*\\\\?[A-Za-z]+_\\{?\\s*0\\s*}?\\s*=\\s*" + "[-+]?\\s*\\d+(\\.\\d+)?\\s*");

    /** Whether {@code item} is a start value ({@link #START_VALUE}). */
    private static boolean startValue(String item) {
        return START_VALUE.matcher(item).matches();
    }

    /**
     * "for" right before the formula, in the middle of a sentence: {@code Next, for $g(x) = \log(1 + e^{x})$ we get …}, not
     * {@code For $g(x) = …$ we plot it.}, which opens a sentence of its own (read only where a step holds with it, or where the
     * display right after it differentiates it: {@link DifferentiatedInlineNames}).
     */
    private static final Pattern FOR = Pattern.compile("[a-z0-9$,;:)][^.!?]*\\bfor\\s*$");

    /**
     * Whether "for" introduces the formula as the function the sentence goes on to work with ({@code Next, for $g(x) = \log(1 +
     * e^{x})$ we get $g'(x) = …$}): its left side a call of a function no built-in names, its right side the value in terms of
     * names ({@link #givenByNames}). A point ({@code for $x = 0$}), a case ({@code for $y = 1$}) or an equation to solve
     * ({@code for $f(x) = 0$}) is none.
     */
    static boolean forAFunction(String clause, String formula) {
        if (!FOR.matcher(clause).find() || !givenByNames(formula)) {
            return false;
        }
        try {
            return LatexReader.read(withoutColon(links(formula).get(0))).target().filter(t -> t.isCall() && !t.builtIn()
                    && t.parameters().stream().allMatch(p -> p instanceof Sym)).isPresent();
        } catch (InputException e) {
            return false;
        }
    }

    /** A name as a word of its own, a letter or a Greek letter's command other than π: what a value in terms of names writes. */
    private static final Pattern NAME_WORD = Pattern.compile("(?<![A-Za-z\\\\])[A-Za-z](?![A-Za-z])|\\\\(alpha|beta|gamma|delta"
            + "|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega"
            + "|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega)(?![A-Za-z])");

    /** The argument of a trace or determinant written as capitals together ({@code tr}{@code (AXB)}): a product of matrices by name. */
    private static final Pattern TRACED_CAPITALS = Pattern.compile("(tr|det)\\s*}?\\s*\\(\\s*[A-Z]{2,}\\s*\\)");

    /**
     * Whether the formula is a definition as a word that sets up what the text works with announces one: its left side a
     * name whose value its right side gives in terms of other names ({@code h = \sigma(Wx + b)}), not a point or a case
     * ({@code x = 0}, {@code y = 1}, {@code x = \pi/2}) and not a name's new value from itself ({@code w = w - \eta g}).
     */
    static boolean givenByNames(String formula) {
        List<String> links = links(formula);
        if (links.size() != 2 || !namesAFreshValue(formula)) {
            return false;
        }
        String right = links.get(1).replaceAll("\\\\(?:frac|dfrac|tfrac|sqrt|left|right|cdot|mathrm|operatorname|text)(?![A-Za-z])", " ");
        String left = links.get(0).strip();
        boolean indexPair = left.matches("[a-z]") && right.strip().matches("[a-z]([-+]\\s*\\d+)?");
        // \operatorname{tr}(AXB): the capitals a trace takes, written together, are names too
        return !indexPair && (NAME_WORD.matcher(right).find() || TRACED_CAPITALS.matcher(right).find());
    }

    /** Whether a word that sets up what the text works with ("consider", "here") stands right before the formula. */
    private static boolean settingUp(String clause) {
        java.util.regex.Matcher m = ANNOUNCED.matcher(clause);
        return m.find() && m.group(SETTING_UP) != null;
    }

    /**
     * Whether the word that announces the list {@code clause} ends is "with" or "given", which may set a case ({@code with $y = 1$}),
     * or one that sets up what the text works with ("consider", which may name a point).
     */
    private static boolean byWith(String clause) {
        java.util.regex.Matcher m = ANNOUNCED.matcher(clause);
        if (m.find()) {
            return m.group(5) != null || m.group(SETTING_UP) != null;
        }
        int last = clause.lastIndexOf('$');
        int first = last < 0 ? -1 : clause.lastIndexOf('$', last - 1);
        return first >= 0 && byWith(clause.substring(0, first));
    }

    /** Whether a word announces the formula after {@code clause}, itself or the list it ends ({@link #worded}). */
    static boolean byWord(String clause) {
        // "Label smoothing: targets $q_k = …$, logits $z$, probabilities $p_k = …$": the heading's plural opens the list
        if (ANNOUNCED.matcher(clause).find() || IntroducingSentences.headingPlural(clause)) {
            return true;
        }
        int last = clause.lastIndexOf('$');
        int first = last < 0 ? -1 : clause.lastIndexOf('$', last - 1);
        return first >= 0 && LIST_LINK.matcher(clause.substring(last + 1)).matches() && byWord(clause.substring(0, first));
    }

    /**
     * The words a solution the prose arrives at follows: "giving $x^* = …$", "which vanishes at $t^* = …$", "that is
     * $\theta^* = …$", "hence $x^* = …$".
     */
    private static final Pattern SOLVED = Pattern.compile("(\\b(giving|gives|give|yields?|yielding|at|hence|thus|so|namely|that is"
            + "|obtain|obtains|obtaining|get|gets|find|finds)|\\bi\\.e\\.)\\s*[:,]?\\s*$");
    /**
     * A name marked as a solution or an estimate, not yet a variable of the document: x^*, t^{*}, w^\star, \hat\theta,
     * E_{\text{MSY}}, D_{\text{opt}}.
     */
    private static final Pattern MARKED = Pattern.compile("\\\\?[A-Za-z]+(_\\{?\\\\?[A-Za-z0-9]+}?)?\\s*\\^\\s*\\{?\\s*(\\*|\\\\star|\\\\ast)\\s*}?"
            + "|\\\\(hat|widehat)\\s*\\{?\\s*\\\\?[A-Za-z]+\\s*}?(_\\{?\\\\?[A-Za-z0-9]+}?)?"
            + "|\\\\?[A-Za-z]+_\\{\\\\(text|mathrm|rm)\\{([A-Z][A-Za-z0-9]*|opt|max|min|crit)}}");
    /**
     * A noun phrase and a copula right before the formula, or "is given by", "is defined as": {@code The loss is $\ell = …$},
     * {@code the model for one example is $y_n = \sigma(a_n)$}, {@code The hypothesis is defined as $h(x) = …$}; the noun
     * phrase may be plural and hold a lone symbol of its own (no formula: "a margin $\Delta > 0$ (the default is $\Delta = 1$)" is no
     * definition), {@code the reliabilities at time $t$ are $p_i = e^{-\lambda_i t}$}; a declaration in it is no word of the
     * noun phrase ({@link #DECLARATION}).
     */
    private static final Pattern COPULA = Pattern.compile(
            "(\\b(the|a|an|our|its|this|each)(\\s+([^\\s$]+|\\$[^$\\s]+\\$)){1,5}\\s+(is|are|becomes|become)"
                    + "|\\b(is|are)\\s+(given\\s+by|defined\\s+(as|by)|computed\\s+(as|by)|calculated\\s+as))\\s*:?\\s*$");
    /**
     * A noun phrase without an article that opens the sentence, and its copula, right before the formula: {@code Calibrated
     * probabilities are $\hat p_k = …$}, {@code Logits are $z = Wx + b$}. Its words are nouns and adjectives ({@link #NOUN}: no
     * verb of a result, connective or pronoun, so "Thus is", "It is", "This is" are none).
     */
    private static final Pattern BARE_COPULA = Pattern.compile("^[\\s.!?]*" + NOUN + "(\\s+" + NOUN + "){0,3}\\s+(is|are)\\s*:?\\s*$");
    /**
     * A declaration that qualifies a noun phrase, with the word that brings it in: {@code The log-likelihood for one example
     * with $\theta, x \in \mathbb{R}^n$ is $\ell(\theta) = …$} names the log-likelihood as {@code The log-likelihood for
     * one example is} does ({@link #COPULA}).
     */
    private static final Pattern DECLARATION = Pattern.compile("\\s+(?:(?:with|for|where)\\s+)?\\$[^$=<>]*\\\\in(?![a-z])[^$=<>]*\\$");
    /**
     * A noun of a derivative: "Show that the gradient $g = X^\\top(Xw - y)$" states the claim to prove, no name's value (nor
     * does an apposition after "consider" or "so that" name one by it).
     */
    private static final String DERIVATIVE_NOUN = "(?:gradients?|derivatives?|jacobians?|hessians?|differentials?|partials?)\\s*[:,]?\\s*$";
    /**
     * An article's noun phrase of one to three words right before the formula, after a verb that introduces it or none:
     * {@code Consider the function $f(x) = …$}, {@code Suppose the loss $L(w) = …$}, {@code We use the logistic function
     * $g(z) = …$:}, {@code so that the angle $\phi(\lambda) = …$ changes}. The formula then names a fresh value as after a
     * copula; a case or a point ({@code the case $y = 1$}) is no definition; nor is an equation the phrase names as one
     * ({@link #EQUATION_NOUN}). "For the …" names one without announcing it ({@code for the special case $p = q$}): {@link #NAMING}.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "(^|[.,;:]|\\b(consider|suppose|take|use|recall|introduce|minimi[sz]e|maximi[sz]e|define|on|to|of|towards?|into|from|through"
                    + "|under|over|near|above|below|approaching|reaching|so\\s+that|such\\s+that|so|thus|hence|then"
                    // "Show that the log-sum-exp $\\operatorname{LSE}(z) = …$ has gradient softmax": the thing the claim is about
                    + "|(?:show|prove|verify|check)\\s+that)\\b)"
                    + "\\s*(the|a|an|our|its|this)(?!(?:\\s+[a-z][a-z0-9-]*){0,2}\\s+" + DERIVATIVE_NOUN + ")(\\s+[a-z][a-z0-9-]*){1,3}\\s*[:,]?\\s*$");
    /**
     * A noun phrase that names an equation, not a quantity, right before the formula: {@code so that the equation $a = b$
     * holds}, {@code note the identity $…$}, {@code under the condition $x = 1$}. The formula is a statement, whatever the
     * article or possessive before it ({@link #APPOSITION}, {@link #POSSESSIVE}).
     */
    private static final Pattern EQUATION_NOUN = Pattern.compile("\\b(equations?|identity|identities|relations?|relationships?"
            + "|conditions?|constraints?|equalit(y|ies)|inequalit(y|ies)|assumptions?|approximations?|cases?|requirements?)\\s*[:,]?\\s*$");
    /**
     * A possessive noun phrase, a proper name's (the clause is read in lower case), right before the formula: {@code so that Brewster's angle $\phi(\lambda) =
     * \arctan n(\lambda)$ changes}, {@code Kepler's period $T = …$}. It names the formula's quantity as an article's noun
     * phrase would ({@link #APPOSITION}).
     */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b(?!(?:let|it|that|what|there|here)['’])[a-z][a-z-]*['’]s(\\s+[a-z][a-z0-9-]*){1,2}\\s*[:,]?\\s*$");
    /**
     * A verb of how a quantity changes and "as", the law it follows right after: {@code the reactant decays as
     * $A(t) = A_0 e^{-k_1 t}$}, {@code the population grows as $N(t) = …$}. The formula names that quantity.
     */
    private static final Pattern LAW = Pattern.compile(
            "\\b(decays|grows|evolves|behaves|varies|falls|rises|declines|increases|decreases|changes|scales|develops|relaxes)\\s+as\\s*$");
    /**
     * A noun phrase, its copula and what it is, then a comma right before the formula, which restates it as a name:
     * {@code The product is what is left, $C(t) = A_0 - A(t) - B(t)$}, {@code the error is the difference, $e = d - y$}.
     */
    private static final Pattern RESTATED = Pattern.compile(
            "\\b(the|a|an|our|its|this|each)(\\s+[^\\s$,]+){1,3}\\s+(is|are)\\s[^$]*,\\s*$");
    /**
     * A heading and a colon right before the formula, the heading's own symbol at most between them:
     * {@code Softmax with temperature $T$: $p_i = …$}, {@code Forward pass: $h = …$}, {@code Softmax regression with $K$ classes: $p_k = …$}.
     */
    private static final Pattern LABEL = Pattern.compile("^[^$]*[a-z][^$]*(\\$[^$]*\\$(\\s+[a-z][a-z-]*){0,2})?\\s*:\\s*$");
    /** Words that make what follows a colon a result the prose arrives at, not a name it gives: {@code we get: $g = 2x$}. */
    private static final Pattern RESULT = Pattern.compile(
            "\\b(get|gets|obtain|obtains|have|has|give|gives|yield|yields|find|finds|compute|computes|becomes|equals|so|thus|"
                    + "hence|therefore|then|result|results|simplif\\w*|is|are)\\b");
    /** Notation that makes a left side a derivative or an update, a claim rather than a name ({@code f'(x)}, {@code \nabla_w L}). */
    private static final Pattern CLAIM = Pattern.compile("'|\\\\(partial|nabla|frac|prime|dot)|\\^\\{?\\\\prime");

    /** A call's head, a name unprimed and its subscript at most, and the parenthesis its arguments open: {@code k(}, {@code k_\theta(}. */
    private static final Pattern CALL_HEAD = Pattern.compile("\\\\?[A-Za-z]+\\s*(_\\s*(\\{[^{}']*}|\\\\?[A-Za-z0-9]+))?\\s*\\(");

    /**
     * {@code left} without the primes of its arguments where it is a call ({@code k(x, x')}, a kernel of two points): a prime
     * there names a second point, not a derivative, as the prime of {@code f'(x)} does ({@link #CLAIM}).
     */
    static String withoutPrimedArguments(String left) {
        java.util.regex.Matcher head = CALL_HEAD.matcher(left);
        return head.lookingAt() ? left.substring(0, head.end()) + left.substring(head.end()).replace("'", "") : left;
    }

    /**
     * Whether the formula a copula introduces names a value ({@code The loss is $\ell = -\log p$}) rather than states a
     * result about a name: its left side is no derivative ({@code The derivative is $f'(x) = 2x$}) and its right side does
     * not use the name it defines ({@code the update is $w = w - \eta g$}).
     */
    private static boolean namesAFreshValue(String formula) {
        List<String> links = links(formula);
        if (links.size() < 2) {
            return false;
        }
        String left = links.get(0).strip();
        if (left.isEmpty() || CLAIM.matcher(withoutPrimedArguments(left)).find()) {
            return false;
        }
        return !UpdateRules.writesItsName(formula);
    }

    /** Words that announce a definition in the clause before an inline formula ({@code Let $p = …$}, {@code where $r = …$}). */
    private static final Pattern CUE = Pattern.compile(
            "\\b(let|given|where|whereby|define|defines|defined|defining|denote|denotes|denoted|denoting|with|set|setting|consider|suppose|"
                    + "write|writing|we write|stands? for)(?![a-z])");
    /**
     * A copula or an article's noun phrase (up to three words) right before the formula: {@code The hypothesis is $h = …$},
     * {@code For a residual $r = …$}, {@code For the L2-regularised version $J(w) = …$}.
     */
    private static final Pattern NAMING = Pattern.compile("(\\b(is|are|be)|\\b(for|of) (a|an|the)( [a-z0-9-]+){1,3})\\s*:?\\s*$");
    /** The preposition of an evaluation point, up to three words before the formula: {@code at $x = 0$}, {@code for the point $x = 1$}. */
    private static final Pattern AT = Pattern.compile("\\b(at|for)(\\s+[^\\s$]+){0,3}\\s*$");
    /** A literal number, as an evaluation point's right side is: 0, -1, 1/2, 0.5, \\frac{1}{2}. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\s*(\\d+(\\.\\d+)?(\\s*/\\s*\\d+)?|\\\\frac\\s*\\{\\d+}\\s*\\{\\d+})");

    /**
     * The clause of the prose before {@code open}: back to a paragraph break, or to the end of a
     * sentence (a full stop, ! or ? followed by a capital letter), but not before {@code start}.
     */
    static String clauseBefore(String text, int start, int open) {
        int i = open - 1;
        while (i > start) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i - 1) == '\n') {
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 2 < open && Character.isWhitespace(text.charAt(i + 1))
                    && Character.isUpperCase(text.charAt(i + 2))) {
                break;
            }
            i--;
        }
        return text.substring(Math.max(start, i), open).replace('\n', ' ').toLowerCase(Locale.ROOT);
    }

    /** Whether the prose announces the formula as a definition (SPEC §8 does not read it either way, but only then is it named). */
    static boolean cued(String clause, String formula) {
        return formula.contains(":=") || formula.contains("\\coloneqq") || formula.contains("\\equiv")
                || CUE.matcher(clause).find() || NAMING.matcher(clause).find() || forAFunction(clause, formula)
                || settingUp(clause) && givenByNames(formula)
                || (LAW.matcher(clause).find() || RESTATED.matcher(clause).find()) && namesAFreshValue(formula);
    }

    /**
     * A condition right after an inline formula, "$t_j = 1$ if $j = j^*$ and $0$ otherwise", "$w = 0$ when …": the formula is
     * one case of a value, not a definition (read as one, t_j = 1 everywhere made right steps false).
     */
    private static final Pattern CONDITION_AFTER = Pattern.compile("^\\s*,?\\s*(if|when|whenever|unless|only if)\\b");

    /** Whether the prose {@code [after, end)}, right after an inline formula, opens with a condition on it ({@link #CONDITION_AFTER}). */
    static boolean conditional(String text, int after, int end) {
        return after <= end && CONDITION_AFTER.matcher(text.substring(after, Math.min(end, after + 40)).toLowerCase(Locale.ROOT)).find();
    }

    /** A whole number of two or more, as a range size is set to. */
    private static final Pattern SIZE_VALUE = Pattern.compile("[2-9]|[1-9][0-9]");
    /** The words that set a size for what follows: "for $n = 2$", "with $K = 3$", "take $n = 2$". */
    private static final Pattern SIZE_WORD = Pattern.compile("(?i)\\b(for|with|take|taking|set|setting|let)\\s*$");

    /**
     * Whether {@code formula}, after {@code clause}, sets one of the document's range {@code sizes} to a whole number for what
     * follows: "Written out for $n = 2$," beside {@code \sum_{k=1}^{n}}.
     */
    static boolean setsSize(String clause, String formula, Set<String> sizes) {
        List<String> links = links(formula);
        return links.size() == 2 && sizes.contains(links.get(0).strip()) && SIZE_VALUE.matcher(links.get(1).strip()).matches()
                && SIZE_WORD.matcher(clause).find();
    }

    /** The preposition of a point a statement holds at, up to three words before the formula: {@code vanishes at $T = T_i / 2$}. */
    private static final Pattern HOLDS_AT = Pattern.compile("\\bat(\\s+[^\\s$]+){0,3}\\s*$");

    /**
     * Whether the prose before {@code d} in {@code text} names it a point ({@code vanishes at $T_{cur} = T_i / 2$}) or a
     * statement ({@code so that the equation $y = 3 x$ holds}), not a quantity: a step that holds with its name left free is
     * not doubted because of it.
     */
    static boolean aPointOrAStatement(String text, InlineDefinitions d) {
        int open = text.lastIndexOf('$', Math.max(0, d.at() - 1));
        int paren = text.lastIndexOf("\\(", Math.max(0, d.at() - 1));
        String clause = clauseBefore(text, 0, Math.max(0, Math.max(open, paren)));
        return HOLDS_AT.matcher(clause).find() || EQUATION_NOUN.matcher(clause).find();
    }

    /** {@code at $x = 0$}, {@code For $x = 1/2$}: a value the formula is taken at, not a definition. */
    static boolean evaluationPoint(String clause, String formula) {
        int eq = formula.lastIndexOf('=');
        return AT.matcher(clause).find() && NUMBER.matcher(formula.substring(eq + 1).strip()).matches();
    }

    /**
     * Where the inline math that opens at {@code open} ({@code $} or {@code \(}) and holds the formula starting at {@code at} closes
     * in {@code text}, found from the formula's start: the formula read may be written otherwise than the document writes it
     * ({@link InvertedLinks}, {@link #atTimeIndex}). -1 where it does not close.
     */
    static int closing(String text, int open, int at) {
        return text.charAt(open) == '$' ? closingDollar(text, at, text.length()) : text.indexOf("\\)", at);
    }

    private static int closingDollar(String text, int from, int end) {
        for (int j = from; j < end; j++) {
            if (text.charAt(j) == '$' && text.charAt(j - 1) != '\\') {
                return j;
            }
        }
        return -1;
    }

    /**
     * The formula's sides split at its top-level {@code =} ({@code :=} keeps its colon on the left): a chain
     * {@code h_\theta(x) = \sigma(\theta^T x) = \frac{1}{1 + e^{-\theta^T x}}} defines its first side by the others,
     * each restating the same value. None where a top-level {@code <} or {@code >} makes it a relation ({@code $0 < p = …$}).
     */
    static List<String> links(String formula) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int j = 0; j < formula.length(); j++) {
            char c = formula.charAt(j);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                out.add(formula.substring(from, j));
                from = j + 1;
            } else if (depth == 0 && definedAs(formula, j) > 0) {
                // $\lambda_i \triangleq \exp(\theta x_i)$: a definition's sign is a link's end as '=' is
                out.add(formula.substring(from, j));
                from = j + definedAs(formula, j);
                j = from - 1;
            } else if ((c == '<' || c == '>') && depth == 0) {
                return List.of();
            }
        }
        out.add(formula.substring(from));
        return out;
    }

    private static final Pattern DEFINED_AS = Pattern.compile("\\\\(?:coloneqq|triangleq|equiv|doteq)(?![A-Za-z])|[\u2254\u225C\u2261]");

    /** The length of the definition sign ({@code \coloneqq}, {@code \triangleq}, {@code \equiv}, {@code \doteq}, ≔, ≜, ≡) at {@code j}, else 0. */
    private static int definedAs(String formula, int j) {
        java.util.regex.Matcher m = DEFINED_AS.matcher(formula).region(j, formula.length());
        return m.lookingAt() ? m.end() - j : 0;
    }

    /** A name alone, as a chain of plain names ({@code u = v = w}) writes each link. */
    private static final Pattern BARE_NAME = Pattern.compile("\\\\?[A-Za-z]+(_\\{?\\\\?[A-Za-z0-9]+}?)?:?");

    /**
     * {@code T = R} (or {@code :=}) with a definable T, or a chain {@code T = R_1 = R_2} that defines T by the
     * first of its links that reads ({@link #read}).
     */
    private static Optional<InlineDefinitions> definition(String formula, int line, boolean reads, boolean cued, int at,
                                                          boolean worded, LatexContext naming) {
        List<String> links = links(formula);
        if (links.size() < 2 || links.stream().anyMatch(l -> l.isBlank()) || ProseRanges.isRange(formula)) {
            return Optional.empty(); // $n = 1, \dots, N$: the values an index takes
        }
        if (links.size() > 2 && links.stream().allMatch(l -> BARE_NAME.matcher(l.strip()).matches())) {
            return Optional.empty(); // $u = v = w$: a relation of names, not a definition
        }
        String left = withoutColon(links.get(0));
        if (left.isEmpty() || left.contains("\\sum") || left.contains("\\frac")) {
            return Optional.empty();
        }
        if (UpdateRules.writesItsName(formula) && !CallValueNames.namesItsOwnCall(formula)) {
            return Optional.empty(); // $\theta_j := \theta_j + \alpha g_j$: an update rule, no definition ({@link UpdateRules})
        }
        if (links.size() == 2 && entriesRelated(left, links.get(1))) {
            return Optional.empty(); // "with $W_{ij} = W_{ji}$": a symmetry of W, a condition on a name defined elsewhere
        }
        try {
            Reading r = target(left, naming);
            if (r.target().filter(Target::magnitude).isPresent() && !magnitudeDefined(r.target().get(), links, naming)) {
                return Optional.empty(); // "we have $|w| = w$" for a positive w: a fact about the absolute value, no name of its own
            }
            // σ² = … names a variance: a square is no function's name, the sigmoid's neither
            // σ_n = 1/(1 + e^{-w x_n}): a function's name with an index names a quantity of each example; σ = e^ρ alone, not
            // applied, names a value where the document reads σ as one ({@link #asDefinition})
            return r.target().filter(t -> !t.builtIn() && (!FunctionRegistry.isKnown(t.name()) || !t.isCall()
                            && (t.squared() || t.variable() instanceof Indexed || t.variable() instanceof org.symgrad.expr.Sym)))
                    .map(t -> ComponentDefinitions.isComponent(t.variable()) && t.variable() instanceof Indexed x
                            ? new InlineDefinitions(x.name() + String.join("", x.indices()),
                                    x.name() + "_" + String.join("", x.indices()), line, formula.strip(), reads, cued, at, worded)
                            : new InlineDefinitions(t.name(), written(t, left), line, formula.strip(), reads, cued, at, worded));
        } catch (RuntimeException e) {
            return Optional.empty(); // not a name this reader knows: no hint
        }
    }

    /** An entry of a name: its letter (a Greek one by its command) and its subscript. */
    private static final Pattern ENTRY = Pattern.compile("(?<name>\\\\?[A-Za-z]+)\\s*_\\s*(?<sub>\\{[^{}]*}|[A-Za-z0-9])");
    /** A signed entry: {@link #ENTRY} after a sign at most. */
    private static final Pattern SIGNED_ENTRY = Pattern.compile("[-+]?\\s*" + ENTRY.pattern());

    /**
     * Whether {@code left = right} relates two entries of one name ({@code W_{ij} = W_{ji}}, {@code A_{ij} = -A_{ji}},
     * {@code w_1 = w_2}): a condition on the name (a symmetry, a tie), which a definition of it elsewhere has to meet, no
     * definition; read as one, it was a recursive definition of W that left the name it constrains ("Let $E = \frac12\sum_{i,j}
     * W_{ij} s_i s_j$ with $W_{ij} = W_{ji}$") unread.
     */
    static boolean entriesRelated(String left, String right) {
        java.util.regex.Matcher l = ENTRY.matcher(left.strip());
        java.util.regex.Matcher r = SIGNED_ENTRY.matcher(right.strip());
        return l.matches() && r.matches() && l.group("name").equals(r.group("name"));
    }

    /**
     * Whether a link of {@code |w| = …} defines the magnitude as a quantity of its own, as a display's would
     * ({@link DefiningStatements#definesMagnitude(Target, Expr)}); a link that does not read leaves it so.
     */
    private static boolean magnitudeDefined(Target t, List<String> links, LatexContext naming) {
        for (String link : links.subList(1, links.size())) {
            String right = link.strip();
            try {
                Optional<Expr> value = LatexReader.read(LatexTokens.lex(right, 0, right.length()), right, naming).expr();
                if (value.isPresent() && !DefiningStatements.definesMagnitude(t, value.get())) {
                    return false;
                }
            } catch (InputException e) {
                // a link this reader cannot take: the next may say
            }
        }
        return true;
    }

    /**
     * The defined name as the document writes it: {@code h_\theta} for {@code h_\theta(x)}, {@code w_{hh}}, {@code \eta};
     * a name with free indices ({@code p_i}) by its letter, as the reader names it.
     */
    private static String written(Target t, String left) {
        if (t.magnitude()) {
            return "|" + t.barred() + "|";
        }
        if (t.variable() instanceof Indexed && !t.isCall()) {
            return t.name();
        }
        int call = left.indexOf('(');
        String name = (call > 0 ? left.substring(0, call) : left).replace("\\left", "").strip();
        return name.isEmpty() ? t.name() : name;
    }

    /**
     * The inline formula read as a display definition would be, for a name (not a call): what the
     * step would say if the document wrote it as a display. Empty when it cannot be read so.
     */
    Optional<Definition> asDefinition(LatexContext context) {
        return asDefinition(context, null);
    }

    /**
     * {@link #asDefinition(LatexContext)}, a side that does not read on its own read where the document {@code text} writes it
     * ({@link #inText}), as a display's side is: {@code $q_i = \mathrm{softmax}(z/T)_i$} beside a step's z_i.
     */
    private Optional<Definition> asDefinition(LatexContext context, String text) {
        try {
            // $\sigma^2 = \frac{1}{m}\sum_i (x_i - \mu)^2$: σ is the root, so that σ² wherever a step writes it is the value, as a
            // display defines it
            Optional<Read> squared = read(context, text).filter(r -> r.target().squared() && !r.target().isCall() && !r.target().vector()
                    && r.target().variable() instanceof org.symgrad.expr.Sym);
            if (squared.isPresent()) {
                return squared.map(r -> new Definition(r.target().variable(), org.symgrad.expr.Exprs.fn("sqrt", r.value())));
            }
            // σ = e^ρ alone, a function's letter: a value only where the document reads σ as one (σ² in a display), so that
            // σ(…) in its steps is a product; elsewhere σ( is the sigmoid, and the letter's definition is not read
            return plainOrComponent(context, false, text).filter(r -> !(r.target().variable() instanceof org.symgrad.expr.Sym s
                            && FunctionRegistry.isKnown(s.name()) && !(s.name().equals(FunctionRegistry.SIGMA) && context.sigmaIsQuantity())))
                    .map(r -> new Definition(r.target().variable(), r.value()))
                    .or(() -> atComponent(context, false, text));
        } catch (InputException e) {
            return Optional.empty(); // a target a definition cannot have
        }
    }

    /**
     * The inline formula of a name by a vector-valued function ({@code where $p = \operatorname{softmax}(x)$}, {@code Let
     * $\mathbf{a} = \sigma(\mathbf{z})$}) read as a display's is ({@link VectorComponents}): {@code p_i = softmax(x)_i}; empty
     * for a side that reads as a number, a chain, or a target other than a name, plain or else written as a vector
     * ({@code vector}).
     */
    private Optional<Definition> atComponent(LatexContext context, boolean vector, String text) {
        List<String> links = links(latex);
        if (links.size() != 2) {
            return Optional.empty();
        }
        try {
            Optional<Target> t = target(leftSide(), context).target();
            if (t.isEmpty() || t.get().isCall() || t.get().squared() || t.get().vector() != vector
                    || !(t.get().variable() instanceof Sym s) || FunctionRegistry.isKnown(s.name())) {
                return Optional.empty();
            }
            String right = links.get(1).strip();
            // $p = \operatorname{softmax}(Wx)$: a vector function of a vector expression, read where the document writes it
            return VectorComponents.at(LatexTokens.lex(right, 0, right.length()), right, context)
                    .or(() -> inText(text).flatMap(side -> VectorComponents.at(side, text, context)))
                    .map(v -> new Definition(VectorComponents.entry(s.name()), v));
        } catch (InputException e) {
            return Optional.empty(); // a side this reader cannot take
        }
    }

    /**
     * The inline formula of one component at concrete indices ("Write $S_1 = e^{\\theta_1} + e^{\\theta_2}$ and
     * $S_2 = e^{\\theta_2}$ for the two choice sets") read as a display's is ({@link ComponentDefinitions}): the definition of
     * the component's own name ({@link #name}, S1); empty for any other formula.
     */
    Optional<Definition> asComponentDefinition(LatexContext context) {
        try {
            return plainOrComponent(context, true, null).map(r -> new Definition(new Sym(name), r.value()));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** The component {@link #asComponentDefinition} defines, as the steps write it ({@code S_1}). */
    Optional<Indexed> component(LatexContext context) {
        return plainOrComponent(context, true, null).map(r -> (Indexed) r.target().variable());
    }

    /** The formula read, where its target is a plain name (not a call, a vector or a square) and a component or not. */
    private Optional<Read> plainOrComponent(LatexContext context, boolean component, String text) {
        return read(context, text).filter(r -> !r.target().isCall() && !r.target().vector() && !r.target().squared()
                && ComponentDefinitions.isComponent(r.target().variable()) == component);
    }

    /**
     * The inline formula of a vector read as a display's is ({@code Let $\mathbf{z} = W\mathbf{x} + \mathbf{b}$}): by its
     * component i, {@code z_i = Σ_k W_ik x_k + b_i}, with what the document ({@code text}, {@code context}) says of its
     * names; of a function of vectors ({@code Let $f(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x}$}, {@code Least squares:
     * $L(\mathbf{w}) = \|X\mathbf{w} - \mathbf{y}\|^2$}), the number its bare name stands for, by the entries of its vectors; of a
     * plain capital whose side reads as a matrix ({@code where $S = \mathrm{diag}(\sigma(X\mathbf{w}))$}), by its entry S_ij.
     * Empty for a name that is no vector, a chain, a right side that does not read by components, a vector no word announces
     * ({@link #worded}), or a function the prose does not announce ({@link #reads}).
     */
    Optional<Definition> asVectorDefinition(String text, LatexContext context) {
        return asVectorDefinition(text, context, worded);
    }

    /**
     * The definition of a name the inline formula gives, as a display's would: of a plain capital whose side reads as a
     * matrix by its entry ({@code the scores are $Z = XW$} with X and W matrices: Z_ij = Σ_k X_ik W_kj), where the reader of
     * numbers would take the formula for a definition too (Z = X·W, a product of numbers); else {@link #asDefinition}, else
     * {@link #asVectorDefinition(String, LatexContext)}.
     */
    Optional<Definition> asNameDefinition(LatexContext naming, String text, LatexContext context) {
        if (BOLD_WITH_INDEX.matcher(leftSide()).matches()) {
            // the scores are $\mathbf{z}_n = W\mathbf{x}_n$: one example's vector, by its entries z_nk, as a display defines it
            Optional<Definition> vector = asVectorDefinition(text, context, true);
            if (vector.isPresent()) {
                return vector;
            }
        }
        Optional<Definition> scalar = asDefinition(naming, text);
        if (scalar.isPresent() && scalar.get().target() instanceof Sym && PLAIN_NAME.matcher(leftSide().strip()).matches()) {
            // a plain capital whose side reads as a matrix, or a plain lower-case name the document reads as a vector
            // (Let $z = Wx + b$ with $W \in \mathbb{R}^{K \times d}$: LaterVectors), by its entries, as a display defines it
            Optional<Definition> matrix = asVectorDefinition(text, context, true);
            if (matrix.isPresent()) {
                return matrix;
            }
        }
        // Let $\mathbf{a} = \sigma(\mathbf{z})$: a vector by a vector-valued function, at its component, as a display defines it
        // "with one-hot label $y$: $p = \operatorname{softmax}(Wx)$": a softmax is a vector's value, no model of data, whatever
        // word announces it
        return scalar.or(() -> asVectorDefinition(text, context, worded || softmaxSide()))
                .or(() -> atComponent(naming, true, text));
    }

    /** The head of a softmax call, up to its opening bracket: {@code \operatorname{softmax}(}, {@code \mathrm{softmax}\left(}. */
    private static final Pattern SOFTMAX_HEAD = Pattern.compile(
            "\\s*(?:\\\\(?:operatorname|mathrm|text)\\s*\\{\\s*softmax\\s*}|softmax)\\s*(?:\\\\left\\s*)?\\(");

    /** Whether the formula's right side is a softmax of its argument and nothing else: {@code p = \operatorname{softmax}(Wx)}. */
    private boolean softmaxSide() {
        List<String> links = links(latex);
        if (links.size() != 2) {
            return false;
        }
        String right = links.get(1).strip();
        java.util.regex.Matcher m = SOFTMAX_HEAD.matcher(right);
        if (!m.lookingAt()) {
            return false;
        }
        int depth = 0;
        for (int j = m.end() - 1; j < right.length(); j++) {
            char c = right.charAt(j);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return right.substring(j + 1).isBlank();
            }
        }
        return false;
    }

    private Optional<Definition> asVectorDefinition(String text, LatexContext context, boolean announced) {
        List<String> links = links(latex);
        if (links.size() != 2 || !reads || latex.charAt(links.get(0).length()) != '=' || !asWritten(text)) {
            return Optional.empty(); // read by token positions: '=' alone between the sides
        }
        try {
            Optional<Target> t = LatexReader.read(leftSide()).target();
            boolean example = BOLD_WITH_INDEX.matcher(leftSide()).matches();
            if (t.isEmpty() || t.get().squared() || !(t.get().variable() instanceof Sym || example)) {
                return Optional.empty();
            }
            int from = at + links.get(0).length() + 1;
            List<org.antlr.v4.runtime.Token> left = LatexTokens.lex(text, at, from - 1);
            List<org.antlr.v4.runtime.Token> right = LatexTokens.lex(text, from, from + links.get(1).length());
            if (ofVectors(t.get())) {
                // Let $f(\mathbf{x}) = \mathbf{x}^\top A \mathbf{x}$: the value of f, a number, by the entries of its vectors,
                // as its bare name (\nabla_{\mathbf{x}} f) is read after a display definition
                return functionOfVectors(text, context).map(r -> new Definition(r.target().variable(), r.value()));
            }
            // the formula's own entries, as a display statement's are read: its names as vectors and matrices on its own
            VectorEntries entries = new VectorEntries();
            List<List<org.antlr.v4.runtime.Token>> sides = List.of(left, right);
            // where $S = \mathrm{diag}(…)$: a plain capital defined as a matrix, by its entry S_ij, as a display defines it
            boolean plain = !t.get().vector() && PLAIN_NAME.matcher(leftSide().strip()).matches();
            if (!t.get().vector() && !plain && !example || t.get().isCall() || !announced) {
                return Optional.empty();
            }
            Optional<Target> entry = entries.read(left, sides, text, context, LatexReader.read(left, text, context)).target();
            org.symgrad.parse.latex.Reading side = entries.read(right, sides, text, context, LatexReader.read(right, text, context));
            Optional<Expr> value = side.expr().map(v -> withSizes(v, Set.of(), context));
            if (entry.isPresent() && value.isPresent() && entry.get().variable() instanceof Indexed x && x.name().equals(t.get().name())
                    && !entry.get().isCall()) {
                return Optional.of(new Definition(x, value.get()));
            }
            // Let $L = \|X\mathbf{w} - \mathbf{y}\|^2$, $r = \sqrt{\operatorname{tr}(A)}$: a number its side gives by the entries of
            // vectors and matrices, as a display defines it
            boolean byEntries = side.notes().stream().anyMatch(n -> n.text().startsWith("read entry by entry"));
            if (plain && byEntries && entry.isPresent() && value.isPresent() && entry.get().variable() instanceof Sym s
                    && s.name().equals(t.get().name()) && !entry.get().isCall()
                    && org.symgrad.expr.Indices.free(value.get()).stream().noneMatch(org.symgrad.expr.Index::isSymbolic)) {
                return Optional.of(new Definition(s, value.get()));
            }
        } catch (InputException e) {
            // a side that does not read by entries: no definition
        }
        return Optional.empty();
    }

    /**
     * Whether the formula is read as {@code text} writes it at {@link #at}, as the readers by token positions need: not solved for a
     * name ({@link InvertedLinks}) or written at a time index ({@link #atTimeIndex}).
     */
    private boolean asWritten(String text) {
        return text.startsWith(latex, at);
    }

    /**
     * The tokens of the right side of {@code T = R} where the document {@code text} writes it, for a reader that looks at the
     * document around a formula as it does around a display's ({@link org.symgrad.parse.latex.VectorEvidence}); empty without
     * the text, for a chain, or where the formula is not read as written ({@link #asWritten}).
     */
    private Optional<List<org.antlr.v4.runtime.Token>> inText(String text) {
        List<String> links = links(latex);
        if (text == null || links.size() != 2 || latex.charAt(links.get(0).length()) != '=' || !asWritten(text)) {
            return Optional.empty();
        }
        int from = at + links.get(0).length() + 1;
        return Optional.of(LatexTokens.lex(text, from, from + links.get(1).length()));
    }

    /**
     * Whether the target is a function of vectors whose value the reader of numbers does not read
     * ({@code f(\mathbf{w}) = \|X\mathbf{w} - \mathbf{y}\|^2}): a call, of a parameter written bold, no built-in's.
     */
    private boolean ofVectors(Target t) {
        return t.isCall() && !t.vector() && !t.builtIn() && t.component().isEmpty() && read(LatexContext.NONE).isEmpty()
                && t.parameters().stream().anyMatch(p -> p instanceof Sym s && vectorParameter(s.name()));
    }

    /**
     * The function of vectors the formula defines ({@link #ofVectors}) with its value by the entries of its vectors, read as a
     * display definition's side is, with what the document ({@code text}, {@code context}) says of its names: {@code Let
     * $f(\mathbf{w}) = \|X\mathbf{w} - \mathbf{y}\|^2$} is Σ_k (Σ_l X_kl w_l − y_k)². Empty for any other formula, or where
     * its side does not read by entries.
     */
    private Optional<Read> functionOfVectors(String text, LatexContext context) {
        List<String> links = links(latex);
        if (links.size() != 2 || !reads || latex.charAt(links.get(0).length()) != '=' || !asWritten(text)) {
            return Optional.empty(); // read by token positions: '=' alone between the sides
        }
        try {
            Optional<Target> t = LatexReader.read(leftSide()).target();
            if (t.isEmpty() || t.get().squared() || !(t.get().variable() instanceof Sym) || !ofVectors(t.get())) {
                return Optional.empty();
            }
            int from = at + links.get(0).length() + 1;
            List<org.antlr.v4.runtime.Token> left = LatexTokens.lex(text, at, from - 1);
            List<org.antlr.v4.runtime.Token> right = LatexTokens.lex(text, from, from + links.get(1).length());
            // the formula's own entries, as a display statement's are read: its names as vectors and matrices on its own
            Optional<Expr> value = new VectorEntries().read(right, List.of(left, right), text, context, LatexReader.read(right, text, context))
                    .expr().map(v -> withSizes(v, Set.of(), context));
            return value.filter(v -> org.symgrad.expr.Indices.free(v).stream().noneMatch(org.symgrad.expr.Index::isSymbolic))
                    .map(v -> new Read(t.get(), v));
        } catch (InputException e) {
            return Optional.empty(); // a side that does not read by entries
        }
    }

    /** A letter or a Greek letter's command: {@code z}, {@code \theta}. */
    private static final String LETTER = "(?:[A-Za-z]|\\\\[a-zA-Z]+)";
    /**
     * A plain name alone, a letter or a Greek letter's command, perhaps under an accent ({@code S}, {@code z}, {@code \theta},
     * {@code \hat y}, {@code \bar{x}}, {@code \tilde\mu}): entry by entry where the document reads it as a matrix or a vector
     * ({@link org.symgrad.parse.latex.VectorEntries}), else a number.
     */
    private static final Pattern PLAIN_NAME = Pattern.compile("(?:\\\\(?:hat|widehat|bar|overline|tilde|widetilde|check|breve)"
            + "(?:\\s*\\{\\s*" + LETTER + "\\s*}|\\s+[A-Za-z]|\\s*\\\\[a-zA-Z]+))|" + LETTER);

    /**
     * A bold letter with a subscript, or with a label in brackets above it, one example's vector: {@code \mathbf{z}_n},
     * {@code \boldsymbol{h}_{t}}, {@code \mathbf{z}^{(i)}}, {@code \mathbf{a}^{[l]}}.
     */
    private static final Pattern BOLD_WITH_INDEX = Pattern.compile("\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*[A-Za-z]\\s*}\\s*"
            + "(?:_\\s*(?:\\{\\s*[a-z]\\s*}|[a-z])|\\^\\s*\\{\\s*(?:\\(\\s*[a-z]\\s*\\)|\\[\\s*[a-z]\\s*])\\s*})");

    /**
     * {@code e} with the formula's own named upper limits ({@code own}) and the document's ({@link LatexContext#documentSizes})
     * read as the range size n, as in a display: the m of {@code $R(w) = \frac{c}{2m} w^2$} beside {@code \sum_{i=1}^{m}} is
     * the display's; read apart, it was another number.
     */
    private static Expr withSizes(Expr e, Set<Expr> own, LatexContext context) {
        Set<Expr> sizes = new LinkedHashSet<>(context.documentSizes());
        sizes.addAll(own);
        return LatexReader.withRange(e, sizes);
    }

    /**
     * Whether the formula writes the parameter {@code p} of its function as a vector: bold or with {@code \vec} on its left
     * side ({@code \mathbf{x}}, {@code \boldsymbol{w}}), or plain and transposed before a matrix on its right side
     * ({@code h(x) = x^T A x}, {@code x^\top (A + B) x}), as a number is never written; a capital whose determinant or trace the
     * right side takes ({@code g(X) = \log\det X}) is a matrix.
     */
    private boolean vectorParameter(String p) {
        String name = p.length() > 1 ? "\\\\" + Pattern.quote(p) + "(?![a-zA-Z])" : "(?<![a-zA-Z\\\\_^{])" + Pattern.quote(p);
        String right = latex.substring(links(latex).get(0).length());
        if (p.matches("[A-Z]") && Pattern.compile("\\\\(det|tr|operatorname\\s*\\{\\s*(det|tr)\\s*}|mathrm\\s*\\{\\s*(det|tr)\\s*})(?![a-zA-Z])"
                + ".*(?<![a-z\\\\_^])" + Pattern.quote(p) + "(?![a-z])").matcher(right).find()) {
            // g(X) = \log\det X, f(X) = \operatorname{tr}(AXB): a function of the matrix X, whose determinant or trace it takes (in a
            // trace, capitals written together are a product of matrices)
            return true;
        }
        return Pattern.compile("\\\\(mathbf|boldsymbol|bm|vec)\\s*\\{\\s*\\\\?" + Pattern.quote(p) + "\\s*}").matcher(leftSide()).find()
                // L(w) = \|Xw - y\|^2: a plain lower-case parameter right after a capital, the column it multiplies
                || Character.isLowerCase(p.charAt(0)) && Pattern.compile("(?<![a-zA-Z\\\\_^{])[A-Z]\\s*" + (p.length() > 1 ? "\\\\" : "")
                + Pattern.quote(p) + "(?![a-zA-Z])").matcher(right).find()
                || Pattern.compile(name + "\\s*\\^\\s*(\\{\\s*)?(T|\\\\top|\\\\intercal)(?![a-zA-Z])(\\s*})?\\s*([A-Z(]|\\\\(mathbf|boldsymbol|bm|left)(?![a-z]))")
                .matcher(right).find()
                // f(x) = (x - \mu)^\top \Sigma^{-1} (x - \mu): a difference with the parameter, transposed, is a row of vectors
                || Pattern.compile("\\(\\s*" + name + "\\s*[-+][^()$]*\\)\\s*\\^\\s*(\\{\\s*)?(T|\\\\top|\\\\intercal)(?![a-zA-Z])")
                .matcher(right).find();
    }

    /**
     * The inline formula read as a display definition of a function would be ({@code where $h_\theta(x) = \theta^T x$}),
     * to apply to the calls the document made of it ({@link CallsBeforeDefinition}). Empty for a name, or
     * where it cannot be read so.
     */
    Optional<org.symgrad.parse.latex.DocumentFunction> asFunction(LatexContext naming, String text, LatexContext context) {
        // Let $f(\mathbf{w}) = \|X\mathbf{w} - \mathbf{y}\|^2$: a function of vectors by their entries, as a display defines it
        return read(naming).or(() -> functionOfVectors(text, context)).filter(r -> r.target().isCall() && !r.target().builtIn())
                .map(r -> new org.symgrad.parse.latex.DocumentFunction(r.target().name(), r.target().parameters(),
                        r.target().component(), r.value()));
    }

    /**
     * The value a function's inline definition gives its bare name, as a display's does ({@code Let $S(\beta) = \sum_i
     * (y_i - A e^{-\beta t_i})^2$}: the S of {@code \frac{dS}{d\beta}} is that sum); empty for a name, a component
     * ({@code f_i(x)}), a built-in, a constant's name (a bare π is the number beside a policy π(a)), or where it cannot be
     * read so.
     */
    Optional<Definition> asFunctionValue(LatexContext context) {
        try {
            return read(context).filter(r -> r.target().isCall() && !r.target().builtIn()
                            && r.target().component().isEmpty() && !r.target().vector() && !r.target().squared()
                            && !(r.target().variable() instanceof Sym s && org.symgrad.functions.Constants.named(s.name()).isPresent())
                            // $A(t) = A_0 e^{-k_1 t}$: the bare A would be its own starting value A_0's array
                            && !ownComponent(r.value(), r.target().name()))
                    .map(r -> new Definition(r.target().variable(), r.value()));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code e} writes a component of the array {@code name} ({@code A_0} of A). */
    private static boolean ownComponent(Expr e, String name) {
        return e instanceof Indexed x && x.name().equals(name) || Exprs.children(e).stream().anyMatch(c -> ownComponent(c, name));
    }

    /** The formula's two sides as a display's reader reads them: what it defines and by what. */
    private record Read(Target target, Expr value) {
    }

    /**
     * {@link Read} of the formula, empty where either side cannot be read or the left defines nothing, read with the document's naming ({@code context}); a
     * function the document uses is a call on the right side
     * ({@code \gamma_k = \pi_k \mathcal{N}(x \mid \mu_k, \sigma^2) / …}).
     */
    private Optional<Read> read(LatexContext context) {
        return read(context, null);
    }

    /**
     * {@link #read(LatexContext)}, a right side that does not read on its own read where the document {@code text} writes it
     * ({@link #inText}), as a display's side is, with what the document says of its names around it: the z of
     * {@code $q_i = \mathrm{softmax}(z/T)_i$} a vector by the z_i the steps write.
     */
    private Optional<Read> read(LatexContext context, String text) {
        Optional<Target> t;
        try {
            t = target(leftSide(), context).target();
        } catch (InputException e) {
            return Optional.empty();
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        // of a chain, the first link that calls no function the document leaves undefined (h_θ(x) = g(θ^T x) = 1/(1 + e^{-θ^T x}))
        Optional<Expr> first = Optional.empty();
        List<String> links = links(latex);
        for (String link : links.subList(1, links.size())) {
            String right = link.strip();
            try {
                Reading alone = LatexReader.read(LatexTokens.lex(right, 0, right.length()), right, context);
                Reading reading = alone.expr().isPresent() ? alone
                        : inText(text).map(side -> LatexReader.read(side, text, context)).orElse(alone);
                // \frac{1}{m}\sum_{i=1}^{m}, or the m of \frac{c}{2m} beside a display's \sum_{i=1}^{m}: the named upper
                // limit is the range size n throughout, as in a display
                Optional<Expr> value = reading.expr().map(e -> withSizes(e, reading.rangeSizes(), context));
                if (value.isPresent() && !callsUndefined(value.get(), context)
                        && (links.size() == 2 || namedElsewhere(value.get(), links, link, context))) {
                    return Optional.of(new Read(t.get(), value.get()));
                }
                first = first.or(() -> value);
            } catch (InputException e) {
                // a link that does not read: the next may
            }
        }
        return first.map(v -> new Read(t.get(), v));
    }

    /**
     * Whether every name of {@code value} (other than symgrad's functions) is written in another link of the chain too:
     * {@code g(\theta^T x)} beside {@code \frac{1}{1 + e^{-\theta^T x}}} brings in a g no other link has.
     */
    private static boolean namedElsewhere(Expr value, List<String> links, String link, LatexContext context) {
        Set<String> others = new LinkedHashSet<>();
        for (String other : links.subList(1, links.size())) {
            if (other.equals(link)) {
                continue;
            }
            try {
                String o = other.strip();
                LatexReader.read(LatexTokens.lex(o, 0, o.length()), o, context).expr()
                        .ifPresent(e -> others.addAll(names(e)));
            } catch (InputException e) {
                return true; // nothing to compare with
            }
        }
        return names(value).stream().allMatch(n -> others.contains(n) || FunctionRegistry.isKnown(n));
    }

    /** Whether {@code e} calls a function neither symgrad nor the document ({@code functionNames}) defines. */
    private static boolean callsUndefined(Expr e, LatexContext context) {
        if (e instanceof Fn f && !FunctionRegistry.isKnown(f.name()) && !context.definesFunction(f.name())) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(c -> callsUndefined(c, context));
    }

    /**
     * Whether the formula defines a function, {@code $g(z) = 1/(1 + e^{-z})$}: unread, it still says the
     * document uses g as a function, so {@code g(\theta^T x)} in a display is a call of it, not g times a bracket.
     */
    boolean ofAFunction() {
        return parameters().isPresent();
    }

    /** The parameters of the function the formula defines ({@code $g(x, y) = …$}: x, y), empty where it defines none. */
    Optional<List<Expr>> parameters() {
        try {
            return LatexReader.read(leftSide()).target().filter(Target::isCall).map(Target::parameters);
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** The parameters of each function the inline formulas define, where all their definitions of it agree. */
    static Map<String, List<Expr>> parameters(List<InlineDefinitions> inline) {
        Map<String, Set<List<Expr>>> lists = new java.util.TreeMap<>();
        inline.forEach(d -> d.parameters().ifPresent(p -> lists.computeIfAbsent(d.name(), k -> new LinkedHashSet<>()).add(p)));
        Map<String, List<Expr>> out = new java.util.TreeMap<>();
        lists.forEach((name, p) -> {
            if (p.size() == 1) {
                out.put(name, p.iterator().next());
            }
        });
        return Map.copyOf(out);
    }

    /**
     * The functions announced inline formulas define ({@code Let $f(x) = x_1^2 + 3x_1x_2$}), read as a display definition of a
     * function would be, by name: only those of names the prose defines once.
     */
    static Map<String, org.symgrad.parse.latex.DocumentFunction> announcedFunctions(List<InlineDefinitions> inline, LatexContext naming,
                                                                                   String text, LatexContext context) {
        Map<String, Long> counts = inline.stream().collect(java.util.stream.Collectors.groupingBy(InlineDefinitions::name,
                java.util.stream.Collectors.counting()));
        Map<String, org.symgrad.parse.latex.DocumentFunction> out = new java.util.TreeMap<>();
        for (InlineDefinitions d : inline) {
            if (d.reads() && counts.get(d.name()) == 1 && d.ofAFunction()) {
                try {
                    d.asFunction(naming, text, context).ifPresent(f -> out.put(d.name(), f));
                } catch (InputException e) {
                    // not read as a function: none
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The left side {@code left} of an inline formula read as a display's first side is, with the document's {@code naming}. */
    private static Reading target(String left, LatexContext naming) {
        return LatexReader.read(LatexTokens.lex(left, 0, left.length()), left, naming);
    }

    /** This definition as one the prose announces ({@link ForNounDefinitions}: the sentence goes on to a definition that uses it). */
    InlineDefinitions announced() {
        return new InlineDefinitions(name, shown, line, latex, true, cued, at, worded);
    }

    /** The formula's left side, before its {@code =} or {@code :=}. */
    private String leftSide() {
        return withoutColon(links(latex).get(0));
    }

    /** A formula's left side {@code link} without the colon of a {@code :=} and the spaces around it. */
    static String withoutColon(String link) {
        String left = link.strip();
        return left.endsWith(":") ? left.substring(0, left.length() - 1).strip() : left;
    }

    /**
     * The name a formula's left side {@code link} writes, its spaces left out and a call's bracket with it: {@code 	heta_j}
     * of {@code 	heta_j :=}, {@code f} of {@code f(x) =}.
     */
    static String leftName(String link) {
        return withoutColon(link).replaceAll("\\(.*", "").replaceAll("\\s+", "");
    }

    /** The names {@code e} mentions: symbols, vectors and functions. */
    static Set<String> names(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        switch (e) {
            case Sym s -> {
                out.add(s.name());
                out.addAll(CapitalLayers.generalNames(s.name()));
            }
            case Indexed x -> {
                out.add(x.name());
                out.addAll(CapitalLayers.generalNames(x.name())); // a^{(L)} uses the general a^{(l)}'s definition
                if (ComponentDefinitions.isComponent(x)) {
                    out.add(x.name() + String.join("", x.indices())); // x_1, as a component defined one by one is named
                }
            }
            case Fn f -> {
                out.add(f.name());
                out.add(f.name().replaceAll("'+$", "")); // ζ'(x) uses ζ
            }
            default -> {
            }
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** A command or a letter of LaTeX: {@code \theta}, {@code W}. */
    static final Pattern WORD = Pattern.compile("\\\\[A-Za-z]+|[A-Za-z]");

    /**
     * Whether the formula's right side may mention {@code name} (symgrad's spelling: {@code theta}, {@code yhat}, {@code W}):
     * a command of that name, or a letter the name begins with. Erring towards yes: {@code \frac} mentions f.
     */
    boolean bodyMentions(String name) {
        List<String> links = links(latex);
        java.util.regex.Matcher m = WORD.matcher(String.join("=", links.subList(1, links.size())));
        while (m.find()) {
            String w = m.group();
            if (w.equals("\\" + name) || w.length() == 1 && name.startsWith(w) || w.length() > 1 && name.startsWith(w.substring(1, 2))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a step that holds with it left out, unread ({@link #bodyMentions}). */
    String leftOutWords() {
        return "left out the inline definition of " + shown + " (line " + line + ": $" + latex + "$), which could not be read: the "
                + "step holds whatever " + shown + " is, and takes no derivative by a name it uses";
    }

    /** The words of a step that could not read it. */
    String unreadWords() {
        return "could not read the inline definition of " + shown + " (line " + line + ": $" + latex + "$)";
    }

    /** How to write an inline definition that could not be read so that it reads. */
    static final String WRITE_AS_DISPLAY = "write it as a display (a vector by its components, as in z_i = …)";

    /** The words of a step that reads it: which inline definition, and where. */
    String readWords() {
        return "read with the inline definition of " + shown + " (line " + line + ": $" + latex + "$) as a display definition";
    }

    /**
     * What a step read with inline definitions not announced above it adds: that they only prove it. Where some of
     * {@code of} were announced, those that were not are named ({@code read} counts the announced, first in the list);
     * {@code without} is the step's outcome without them: undecided, or false with functions left undefined.
     */
    static String unannounced(List<InlineDefinitions> of, int read, Outcome without) {
        List<InlineDefinitions> not = of.subList(read, of.size());
        String which = read == 0 ? "" : String.join(", ", not.stream().map(InlineDefinitions::shown).toList()) + ": ";
        boolean one = not.size() == 1;
        String otherwise = without == Outcome.FALSE
                ? "does not hold for " + (one ? "a function" : "functions") + " left undefined"
                : without == Outcome.PROVEN || without == Outcome.NUMERICALLY_EQUAL ? "with " + (one ? "it" : "them") + " left free"
                : "is undecided without";
        return which + (one ? "it is not announced as a definition above the step: the step holds with it and "
                : "they are not announced as definitions above the step: the step holds with them and ") + otherwise;
    }

    /**
     * The words for inline definitions the prose does not announce ({@code of} from {@code read} on), read for a step false
     * with the functions among them left functions of their own, and false with them read as well.
     */
    static String falseWithUnannounced(List<InlineDefinitions> of, int read) {
        List<InlineDefinitions> not = of.subList(read, of.size());
        boolean one = not.size() == 1;
        return String.join(", ", not.stream().map(InlineDefinitions::shown).toList()) + ": "
                + (one ? "it is not announced as a definition above the step, and read as one" : "they are not announced as definitions"
                + " above the step, and read as such") + " as the step is false with a function left undefined as well";
    }

    /**
     * Why a step false with the functions {@code of} left functions of their own, which only inline math no word announces
     * defines ("Denote by $g(z) = …$ the sigmoid"), is undecided: with them read, it is not decided either.
     */
    static String undecidedWithFunctions(List<InlineDefinitions> of) {
        boolean one = of.size() == 1;
        String words = String.join("; ", of.stream().map(d -> "$" + d.latex() + "$ (line " + d.line() + ")").toList());
        return "false only for " + (one ? "a function " : "functions ") + String.join(", ", of.stream().map(InlineDefinitions::shown).toList())
                + " other than the document's " + words + ", which the prose does not announce, and not decided with "
                + (one ? "it" : "them") + " read: announce " + (one ? "it" : "them") + " (\"Let $…$\") or " + WRITE_AS_DISPLAY;
    }

    /**
     * Why a step whose names reach the variable only through inline definitions the prose does not announce ({@code of}:
     * "We compute $p = \sigma(z)$ first.") is undecided, instead of "L does not depend on z as the document defines it":
     * where they are, that they are read only to prove a step, and ({@code falseWith}) that with them the step is false.
     */
    static String unannouncedDependence(List<InlineDefinitions> of, boolean falseWith) {
        if (of.isEmpty()) {
            return "";
        }
        boolean one = of.size() == 1;
        String where = String.join("; ", of.stream().map(d -> d.shown() + " (line " + d.line() + ": $" + d.latex() + "$)").toList());
        return where + (one ? " is" : " are") + " defined only in inline math that no word "
                + "announces as " + (one ? "a definition" : "definitions") + " (read only where a step holds with "
                + (one ? "it" : "them") + (falseWith ? "; with " + (one ? "it" : "them") + " read, this step is false" : "")
                + "): announce " + (one ? "it" : "them") + " (\"Let $" + of.get(0).latex() + "$\") or write "
                + (one ? "it as a display" : "them as displays");
    }

    /**
     * Why a step false with the names {@code of} define left free is undecided: it holds with their formulas, which no word
     * announces, read as definitions.
     */
    static String falseLeftFree(List<InlineDefinitions> of) {
        return leftFree(of, "false as written", "holds");
    }

    /**
     * Why a step that holds with the names {@code of} define left free is undecided: with their formulas, which no word
     * announces, read as definitions, it is false (a derivative by a name those formulas make another depend on).
     */
    static String trueLeftFree(List<InlineDefinitions> of) {
        return leftFree(of, "holds as written", "is false");
    }

    private static String leftFree(List<InlineDefinitions> of, String asWritten, String withThem) {
        boolean one = of.size() == 1;
        String words = String.join("; ", of.stream().map(d -> "$" + d.latex() + "$ (line " + d.line() + ")").toList());
        return asWritten + ", with " + String.join(", ", of.stream().map(InlineDefinitions::shown).toList()) + " left free, but it "
                + withThem + " with " + words + " read as " + (one ? "a definition" : "definitions") + ", which the prose does not"
                + " announce: announce " + (one ? "it" : "them") + " (\"Let $…$\") or " + WRITE_AS_DISPLAY;
    }

    /** The words of the hint: where the inline definition is, and how to write it as a display. */
    String words() {
        return shown + " is defined only in inline math (line " + line + ": $" + latex + "$), which a step reads only where a word"
                + " such as \"Let\" or \"where\" announces it for that step: write it as a display, $$" + latex + "$$";
    }
}
