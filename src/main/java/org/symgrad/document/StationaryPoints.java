package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.symgrad.derive.Definitions;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.print.Printer;

/**
 * A closed form the text solves a derivative for: "Setting the derivative to zero gives $$\hat\mu = \frac{1}{N}\sum_n x_n$$"
 * says that the derivative the document took in μ vanishes at μ = μ̂, as the evaluation bar
 * {@code \left.\frac{\partial \ell}{\partial \mu}\right|_{\mu = \hat\mu} = 0} would. The display still defines μ̂; this
 * adds the claim's verdict to it.
 *
 * <p>A display is such a solution when the prose right before it, or the equation just before it ending in {@code = 0},
 * says so ({@link #CUE}: zero, stationary, solving, optimum, maximum likelihood …), and its name is a variable the
 * document differentiated in, plain or marked as an estimate ({@code \hat\mu}, {@code \mu^*}, {@code \mu_{MLE}},
 * {@code \hat\sigma^2} for σ). The derivative is the document's last one in that variable, of its own definition
 * (not the student's result, which is checked where it stands). A variance solved with the mean's estimate in it
 * ({@code \hat\sigma^2 = \frac1N \sum_n (x_n - \hat\mu)^2}) is the stationary point of both together: when the claim
 * does not hold with the other variables free, it is checked with the earlier solutions put in for them.
 * "Proven" says the derivative is 0 there, wherever both are defined: a stationary point, not that it is a maximum.
 */
final class StationaryPoints {
    /**
     * Inline math that sets a derivative to zero, "Setting $\ell'(\lambda) = 0$ gives", "from $\frac{dJ}{dw} = 0$ we get":
     * a formula of the sentence whose last side is 0 and whose first holds a derivative (a prime, d or ∂, ∇).
     */
    private static final String ZERO_SET_INLINE = "\\$[^$]*('|\\\\prime|\\\\partial|\\bd\\s*[a-z\\\\]|\\\\nabla)[^$]*=\\s*0\\s*(\\\\[,;!]\\s*)?\\$";
    /** Words in the prose right before a display that make it the solution of a derivative set to zero. */
    private static final Pattern CUE = Pattern.compile("\\b(zero|stationary|critical point|first[- ]order condition"
            + "|solv(e|es|ed|ing)|optimum|optimal|minimi[sz]er|maximi[sz]er|maximum[- ]likelihood|mle|argmax|argmin"
            + "|normal equations?)\\b|" + ZERO_SET_INLINE);
    /**
     * An estimate defined in inline math, {@code $u^* = -k^* x$}, {@code $\hat{u} = …$} (group: its letter): the solution a
     * cue sentence names, where the display after it is a coefficient of that solution, not one of its own.
     */
    private static final Pattern INLINE_SOLUTION = Pattern.compile("\\$\\s*(?:\\\\hat\\s*\\{?\\s*\\\\?([A-Za-z]+)\\s*\\}?"
            + "|\\\\?([A-Za-z]+)\\s*\\^\\s*\\{?\\s*(?:\\*|\\\\star)\\s*\\}?)\\s*=");
    /** Words that make the next display another estimate than the one solved for: the unbiased variance. */
    private static final Pattern OTHER = Pattern.compile("\\b(unbiased|bias[- ]corrected|corrected|bessel|instead)\\b");
    /** What the reader appends to a variable's name for an estimate of it: \hat, ^*, ^\star, \tilde, _{MLE} … */
    private static final List<String> MARKS = List.of("", "hat", "star", "tilde", "opt", "ML", "MLE", "MAP", "hatML",
            "hatMLE", "hatMAP");

    /** A derivative the document wrote, by the name of the variable it is taken in. */
    private record Claim(Derivative derivative, String text, int line) {
    }

    /** A variable solved for earlier, and the name its solution defines. */
    private record Solved(Variable variable, Expr estimate) {
    }

    /** A claim to check: the derivative at the solution, alone and with the earlier solutions put in. */
    record Claimed(Expr alone, Optional<Expr> jointly, String left, String right) {
    }

    private final Map<String, Claim> claims = new LinkedHashMap<>();
    /** Gradients by vectors the document wrote ({@code \nabla_{\mathbf{w}} J}, read at an entry w_i), by the vector's name. */
    private final Map<String, Claim> gradients = new LinkedHashMap<>();
    private final List<Solved> solved = new ArrayList<>();
    private boolean cued;
    /** The variables whose estimates the cue sentence defines in inline math ({@link #INLINE_SOLUTION}). */
    private final Set<String> solvedInline = new java.util.LinkedHashSet<>();
    /** The variables each function is differentiated in anywhere in the document (∂L/∂x, ∂L/∂y, ∂L/∂λ), in order. */
    private final Map<Variable, Set<Variable>> differentiatedIn = new LinkedHashMap<>();
    /** Closing {@code = 0}s found false that may be conditions of a system, decided once the document is read. */
    private final List<Condition> conditions = new ArrayList<>();

    /**
     * An equation's closing {@code = 0} found false ({@code verdict}), with what it becomes as a condition
     * ({@code skipped}): the function whose derivative the equation states, if any, and the value set to zero.
     */
    private record Condition(PairVerdict verdict, PairVerdict skipped, Optional<Variable> of, Expr value) {
    }

    /** Prose between displays: the last sentence before a display says whether it solves for zero. */
    void prose(String prose) {
        String[] sentences = prose.strip().toLowerCase(Locale.ROOT).split("(?<=[.!?])\\s+(?=[a-z$\\\\])|\\n\\s*\\n");
        String last = sentences.length == 0 ? "" : sentences[sentences.length - 1];
        cued = CUE.matcher(last).find() && !OTHER.matcher(last).find();
        solvedInline.clear();
        String sentence = prose.strip();
        int cut = Math.max(sentence.lastIndexOf(". "), sentence.lastIndexOf("\n\n"));
        java.util.regex.Matcher m = INLINE_SOLUTION.matcher(cut < 0 ? sentence : sentence.substring(cut));
        while (m.find()) {
            solvedInline.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }

    /** An equation read to its end: a derivative it states is remembered, and an equation ending in 0 cues the next. */
    void equationEnded(Side head, Side last) {
        if (head == null || head.expr().isEmpty()) {
            return;
        }
        if (!(head.expr().get() instanceof Derivative d)) {
            // P'(D) = …, read as its value at once: the derivative in D the text solves for zero from here on, not an
            // older one in D (dS̄/dD)
            primedDerivative(head).ifPresent(p -> {
                claims.put(Printer.ascii(p.wrt()), new Claim(p, head.text(), head.line()));
                if (last != null && last != head && last.expr().filter(e -> e.equals(Exprs.ZERO)).isPresent()) {
                    cued = true;
                }
            });
            return;
        }
        if (d.of() instanceof Variable f) {
            differentiatedIn.computeIfAbsent(f, k -> new java.util.LinkedHashSet<>()).add(d.wrt());
        }
        if (d.of() instanceof Variable && isScalar(d.wrt())) {
            claims.put(Printer.ascii(d.wrt()), new Claim(d, head.text(), head.line()));
        } else if (d.of() instanceof Variable && d.wrt() instanceof Indexed x && x.indices().size() == 1
                && Index.isSymbolic(x.indices().get(0))) {
            gradients.put(x.name(), new Claim(d, head.text(), head.line()));
        }
        if (last != null && last != head && last.expr().filter(e -> e.equals(Exprs.ZERO)).isPresent()) {
            cued = true;
        }
    }

    /** A block read: a cue holds for the display right after it only. */
    void blockEnded() {
        cued = false;
    }

    /**
     * Whether {@code value} uses only names the {@code derivative} it would be the zero of uses, or estimates solved before
     * ({@code \hat\mu} in a variance): Spearman–Brown's k^* = ρ^*(1 − ρ)/(ρ(1 − ρ^*)), "solving for the factor that
     * reaches a target reliability", holds a target ρ^* that ∂ρ_{kk'}/∂k does not, so it solves another equation.
     */
    private boolean onlyItsNames(Expr derivative, Expr value, Definitions definitions) {
        java.util.Set<String> allowed = new java.util.HashSet<>(quantities(definitions.expand(derivative)));
        allowed.addAll(quantities(derivative));
        solved.forEach(s -> {
            allowed.addAll(quantities(s.estimate()));
            allowed.addAll(quantities(s.variable()));
        });
        return allowed.containsAll(quantities(value)) || allowed.containsAll(quantities(definitions.expand(value)));
    }

    /** The names of the quantities {@code e} uses, plain or with indices (no function's name). */
    private static java.util.Set<String> quantities(Expr e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (e instanceof Sym s) {
            out.add(s.name());
        } else if (e instanceof Indexed x && org.symgrad.expr.IndexValue.offset(x.name()).isEmpty()) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> out.addAll(quantities(c)));
        return out;
    }

    /**
     * The claim the display {@code t = value} makes (written {@code written = valueText}) when it solves a derivative for zero: the derivative in its
     * variable, with the document's definitions put in, taken and evaluated at the value.
     */
    Optional<Claimed> solution(Target t, Expr value, String written, String valueText, Definitions definitions,
                               java.util.function.UnaryOperator<Expr> components) {
        if (!cued || !t.parameters().isEmpty() || !t.component().isEmpty() || t.vector()) {
            return Optional.empty();
        }
        // "Setting it to zero gives $u^* = -k^* x$ with $$k^* = …$$": the derivative in u is solved, and k^* is its coefficient
        if (solvedInline.stream().anyMatch(u -> claims.containsKey(u) && !estimates(t.variable(), new Sym(u)))) {
            return Optional.empty();
        }
        for (Map.Entry<String, Claim> e : claims.entrySet()) {
            Derivative d = e.getValue().derivative();
            Variable v = d.wrt();
            if (!estimates(t.variable(), v)) {
                continue;
            }
            Expr at = t.squared() ? Exprs.pow(value, Exprs.num(Rational.of(1, 2))) : value;
            // q_1 = \frac{a - c - b q_2}{2b} after ∂π_1/∂q_1: components defined one by one have names of their own
            Derivative taken = components.apply(d) instanceof Derivative own ? own : d;
            Variable in = taken.wrt();
            Expr derivative = taken(taken, in, definitions);
            if (derivative == null) {
                return Optional.empty();
            }
            if (!onlyItsNames(derivative, at, definitions)) {
                return Optional.empty(); // "Solving for the factor that reaches a target reliability $\rho^*$": another equation
            }
            Expr alone = Exprs.replace(derivative, in, at);
            Expr joint = alone;
            for (Solved s : solved) {
                if (!s.variable().equals(in)) {
                    joint = Exprs.replace(joint, s.variable(), s.estimate());
                }
            }
            solved.add(new Solved(in, components.apply(t.variable()) instanceof Variable own ? own : t.variable()));
            String variable = Printer.latex(v);
            String shown = t.variable().equals(v) ? valueText : written;
            String point = t.squared() ? variable + "^2 = " + shown : variable + " = " + shown;
            return Optional.of(new Claimed(alone, joint.equals(alone) ? Optional.empty() : Optional.of(joint),
                    "\\left. " + e.getValue().text() + " \\right|_{" + point + "}", "0"));
        }
        return Optional.empty();
    }

    /**
     * The gradient a display defining the whole vector {@code t} solves for zero ({@code \mathbf{w}^* = …} after
     * {@code \nabla_{\mathbf{w}} J = …} and a cue): the document's last gradient by the vector {@code t} names or estimates,
     * its text, and its definition put in and differentiated at its entry; empty without a cue or such a gradient.
     */
    Optional<Gradient> vectorSolution(Target t, Definitions definitions) {
        // the whole vector (\mathbf{w}^*), or its entry where the display was read entry by entry (\hat{\mathbf{w}} as ŵ_i)
        // or a plain name that estimates a vector the gradient is by (\hat\beta = (X^\top W X)^{-1} X^\top W y after ∇_β L)
        boolean whole = t.variable() instanceof Sym
                || t.variable() instanceof Indexed x && x.indices().size() == 1 && Index.isSymbolic(x.indices().get(0));
        if (!cued || !whole || t.isCall()) {
            return Optional.empty();
        }
        Sym s = new Sym(t.name());
        for (Map.Entry<String, Claim> e : gradients.entrySet()) {
            Derivative d = e.getValue().derivative();
            Indexed v = (Indexed) d.wrt();
            if (!estimates(s, new Sym(v.name()))) {
                continue;
            }
            Expr derivative = taken(d, v, definitions);
            return derivative == null ? Optional.empty()
                    : Optional.of(new Gradient(derivative, v, e.getValue().text()));
        }
        return Optional.empty();
    }

    /** A gradient by a vector at its entry ({@code entry} = w_i), taken with the document's definitions put in, and its text. */
    record Gradient(Expr derivative, Indexed entry, String text) {
    }

    /** Why an equation's closing {@code = 0} is not checked: {@link #setsToZero}. */
    static final String SET_TO_ZERO = "sets the derivative to zero: an equation for the point where it vanishes, not an identity";

    /**
     * Whether {@code = 0} closing an equation that states a derivative sets it to zero ({@code \frac{d\ell}{dp} = \sum_i
     * (\frac{x_i}{p} - \frac{1 - x_i}{1 - p}) = 0}, {@code \stackrel{!}{=} 0}) rather than claims it is 0 everywhere:
     * the side before it, a value the equation worked out (not the derivative itself: {@code \frac{\partial S}{\partial x_0}
     * = 0} claims it is 0), still depends on the variable. Only asked of a pair found false; a 0 that holds stays proven.
     * The derivative itself set to zero is such an equation where an arrow follows it ({@code implies}): the text goes on
     * to solve it ({@code \frac{\partial \ell}{\partial \mu} = 0 \implies \hat\mu = …}).
     */
    static boolean setsToZero(Side head, Side left, Side right, boolean implies) {
        if (!closesWithZero(head, left, right)) {
            return false;
        }
        Optional<Variable> wrt = head.expr().get() instanceof Derivative d ? Optional.of(d.wrt())
                : primedDerivative(head).map(Derivative::wrt);
        if (wrt.isEmpty()) {
            return false;
        }
        return left == head ? implies : !(left.expr().get() instanceof Derivative) && Exprs.contains(left.expr().get(), wrt.get());
    }

    /** Why a condition of a system is not checked as an identity: {@link #conditionsOfSystems}. */
    static final String CONDITION = "one of the conditions that set the derivatives of a function of several variables to zero: "
            + "an equation for the point where they all vanish, not an identity";
    /** Why an equation the prose announces as a condition is not checked as an identity. */
    static final String ANNOUNCED = "an equation the text sets up to solve (after \"zero\", \"conditions\", \"solving\" …), "
            + "not an identity";

    /**
     * Remembers a pair found false that closes its equation with {@code = 0} and that {@link #setsToZero} did not take:
     * it may still be a condition, once the document shows which variables it solves for. The equation states a
     * derivative of a function ({@code \frac{\partial \mathcal{L}}{\partial x} = y - \lambda = 0}, or the derivative
     * itself {@code = 0}, whose value the verdict holds), or the prose right before the display announces a condition
     * ({@code The first-order conditions are $$y - \lambda = 0$$}) and the side set to zero holds no derivative.
     */
    void condition(Side head, Side left, Side right, PairVerdict verdict, java.util.function.Function<String, PairVerdict> skip) {
        if (!closesWithZero(head, left, right)) {
            return;
        }
        if (head.expr().get() instanceof Derivative d && d.of() instanceof Variable f) {
            Optional<Expr> value = left == head ? verdict.expected() : left.expr();
            if (value.isPresent() && !Exprs.any(value.get(), e -> e instanceof Derivative)) {
                conditions.add(new Condition(verdict, skip.apply(CONDITION), Optional.of(f), value.get()));
            }
        } else if (cued && !Exprs.any(left.expr().get(), e -> e instanceof Derivative)) {
            conditions.add(new Condition(verdict, skip.apply(ANNOUNCED), Optional.empty(), left.expr().get()));
        }
    }

    /** Whether the pair {@code left = right} of the equation that {@code head} starts closes it with a readable {@code = 0}. */
    private static boolean closesWithZero(Side head, Side left, Side right) {
        return head != null && left != null && head.expr().isPresent() && left.expr().isPresent()
                && right.expr().filter(e -> e.equals(Exprs.ZERO)).isPresent();
    }

    /**
     * The remembered pairs ({@link #condition}) that are conditions, each with its verdict as one: a derivative of a
     * function set to zero whose value uses a variable of the function other than its own — one the document
     * differentiates the function in, or a parameter it writes ({@code parameters}), as the Lagrangian's
     * {@code \frac{\partial \mathcal{L}}{\partial x} = y - \lambda = 0} beside ∂L/∂y and ∂L/∂λ — or the derivative itself
     * set to zero among such derivatives; and an announced condition in variables the document differentiates in.
     * {@code f = ax + b, \frac{df}{dx} = a = 0}, a in no derivative, stays false.
     */
    Map<PairVerdict, PairVerdict> conditionsOfSystems(java.util.function.Function<Variable, Set<Variable>> parameters) {
        Map<PairVerdict, PairVerdict> out = new java.util.IdentityHashMap<>();
        Set<Variable> all = new java.util.HashSet<>();
        differentiatedIn.values().forEach(all::addAll);
        for (Condition c : conditions) {
            Set<Variable> system = all;
            if (c.of().isPresent()) {
                system = new java.util.HashSet<>(differentiatedIn.getOrDefault(c.of().get(), Set.of()));
                system.addAll(parameters.apply(c.of().get()));
                if (system.size() < 2) {
                    continue;
                }
            }
            if (system.stream().anyMatch(v -> Exprs.contains(c.value(), v))) {
                out.put(c.verdict(), c.skipped());
            }
        }
        return out;
    }

    /**
     * The derivative a side written with primes on a function's name states, {@code J'(x)}, {@code u''(c)},
     * {@code f^\prime(\theta)}: dJ/dx, d²u/dc². The reader takes such a derivative of a defined function at once, so its
     * value shows no derivative, but the side as written is one ("whose first-order condition is $$J'(x) = m - a x s^2 = 0$$").
     */
    static Optional<Derivative> primedDerivative(Side side) {
        List<org.antlr.v4.runtime.Token> t = side.tokens().stream().filter(k -> k.getChannel() == 0).toList();
        int j = 1;
        if (t.size() < 5 || !isName(t.get(0))) {
            return Optional.empty();
        }
        while (j < t.size() && t.get(j).getType() == LatexLexer.PRIME) {
            j++;
        }
        int primes = j - 1;
        if (j == 1 && j + 1 < t.size() && t.get(j).getType() == LatexLexer.CARET && t.get(j + 1).getType() == LatexLexer.PRIME_CMD) {
            j += 2;
            primes = 1;
        }
        if (j == 1 || j + 3 != t.size() || t.get(j).getType() != LatexLexer.LPAREN || !isName(t.get(j + 1))
                || t.get(j + 2).getType() != LatexLexer.RPAREN) {
            return Optional.empty();
        }
        Sym v = new Sym(unslashed(t.get(j + 1).getText()));
        Expr d = new Sym(unslashed(t.get(0).getText()));
        for (int k = 0; k < primes; k++) {
            d = new Derivative(d, v);
        }
        return Optional.of((Derivative) d);
    }

    private static String unslashed(String name) {
        return name.startsWith("\\") ? name.substring(1) : name;
    }

    private static boolean isName(org.antlr.v4.runtime.Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK && t.getText().startsWith("\\");
    }

    private static boolean isScalar(Variable v) {
        return v instanceof Sym || v instanceof Indexed x && x.indices().stream().noneMatch(Index::isSymbolic);
    }

    /** Whether {@code estimate} names {@code v} itself or an estimate of it: μ, μ̂, μ*, μ_MLE; w_1 and ŵ_1. */
    private static boolean estimates(Variable estimate, Variable v) {
        String name;
        String base;
        if (estimate instanceof Sym s && v instanceof Sym x) {
            name = s.name();
            base = x.name();
        } else if (estimate instanceof Indexed s && v instanceof Indexed x && s.indices().equals(x.indices())) {
            name = s.name();
            base = x.name();
        } else {
            return false;
        }
        return name.startsWith(base) && MARKS.contains(name.substring(base.length()));
    }

    /**
     * The derivative {@code d} in {@code v} with the document's definitions put in, or null when a name it needs stays
     * undefined (a derivative of an undefined name is not 0).
     */
    private static Expr taken(Derivative d, Variable v, Definitions definitions) {
        String name = v instanceof Sym s ? s.name() : ((Indexed) v).name();
        Expr of = definitions.expandKeeping(d.of(), Set.of(name));
        // an entry at a letter (w_i of \nabla_{\mathbf{w}} J): the operand uses the vector at its own letters (w_l)
        boolean uses = v instanceof Indexed x && Index.isSymbolic(x.indices().get(0))
                ? Exprs.any(of, e -> e instanceof Indexed y && y.name().equals(name)) : Exprs.contains(of, v);
        if (!uses || Exprs.any(of, x -> x instanceof Derivative)) {
            return null;
        }
        Expr derivative = Differentiator.diff(of, v);
        // a function the document leaves undefined (p(x_n, μ) defined only in inline math) keeps its derivative
        // unevaluated, in v itself: no value to take at the estimate
        return Exprs.any(derivative, x -> x instanceof Derivative) ? null : derivative;
    }
}
