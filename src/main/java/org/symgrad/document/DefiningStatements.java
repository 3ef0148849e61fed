package org.symgrad.document;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * What a statement does with the name on its first side (SPEC §8): defines it (a name not yet defined, {@code :=}, the
 * logarithm of a density), restates its definition (a claim to check), or gives it a new meaning (a new section, prose
 * that says so, or a right side in names of its own).
 */
final class DefiningStatements {
    private final DocumentDefinitions defs;
    private final StatementReader statements;

    /** The line of the last heading so far (0 before the first): a new section may give a name a new meaning. */
    int lastHeading;
    /** The prose just before the display being read, empty after a display. */
    String proseBefore = "";
    /** Words in the prose before a display that say it gives a name a new meaning ("now let", "instead"). */
    private static final java.util.regex.Pattern REDEFINING = java.util.regex.Pattern.compile(
            "(?i)\\b(now let|let now|redefine[sd]?|instead|a new|another|alternatively|this time|suppose|consider|"
                    + "more generally|in general)\\b");

    DefiningStatements(DocumentDefinitions defs, StatementReader statements) {
        this.defs = defs;
        this.statements = statements;
    }

    /**
     * Whether a restatement {@code T = body} whose right side differs from T's definition gives T a
     * new meaning rather than making a mistake: a new section since the definition, prose that says
     * so ("now let", "instead", "consider"), or a right side in names the definition does not use
     * ({@code S(x_1) = 1/(1 + e^z)} with a z of its own). Otherwise the restatement is a claim, checked
     * against the definition and reported false with its counterexample (issue 9 item 3).
     */
    boolean redefines(Target t, Side body, int line) {
        int defined = defs.definedAt.getOrDefault(t.name(), 0);
        if (lastHeading > defined && lastHeading < line || REDEFINING.matcher(proseBefore).find()) {
            return true;
        }
        Optional<Definition> old = defs.definitions.of(t.name());
        if (old.isEmpty() || body.expr().isEmpty()) {
            return true;
        }
        Set<String> before = new HashSet<>(mentioned(defs.definitions.expand(old.get().body())));
        before.addAll(mentioned(old.get().target()));
        for (String name : mentioned(defs.definitions.expand(body.expr().get()))) {
            if (!before.contains(name) && !FunctionRegistry.isKnown(name) && !defs.isDefined(name)) {
                return true;
            }
        }
        return false;
    }

    /** The names {@code e} mentions: symbols, vectors (α for α_1) and functions. */
    static Set<String> mentioned(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        switch (e) {
            case Sym x -> out.add(x.name());
            case Indexed x -> out.add(x.name());
            case Fn f -> out.add(f.name());
            default -> {
            }
        }
        Exprs.children(e).forEach(c -> out.addAll(mentioned(c)));
        return out;
    }

    /**
     * Whether {@code e} holds the squared target {@code t} itself: its name, or an entry of it, except that
     * entries at whole numbers are other values beside a target at a letter (σ_p² = w²σ_1² + … defines the
     * portfolio's σ_p from the assets' σ_1, σ_2, Markowitz 1952).
     */
    private static boolean mentionsItself(Expr e, Target t) {
        boolean atLetter = t.variable() instanceof Indexed v && v.indices().stream().noneMatch(i -> i.matches("[0-9]+"));
        return switch (e) {
            case Sym x -> x.name().equals(t.name());
            case Indexed x when x.name().equals(t.name()) ->
                    !(atLetter && x.indices().stream().allMatch(i -> i.matches("[0-9]+")));
            case Fn f when f.name().equals(t.name()) -> true;
            default -> Exprs.children(e).stream().anyMatch(c -> mentionsItself(c, t));
        };
    }

    /**
     * Whether {@code |Z(\omega)| = body} defines the magnitude of Z as a quantity of its own: the body is a value in other
     * names. {@code |a| = |b|}, {@code |x| = x} for a positive x and {@code |z| = 1} state facts about the barred name, which
     * keep their reading (as {@code y^2 = y} is no definition of y's root).
     */
    private static boolean definesMagnitude(Target t, Side body) {
        return body != null && body.expr().filter(b -> definesMagnitude(t, b)).isPresent();
    }

    /** {@link #definesMagnitude(Target, Side)} of a body read: inline math ({@code $|w| = w$}) by the same rule as a display. */
    static boolean definesMagnitude(Target t, Expr b) {
        Set<String> names = new HashSet<>(mentioned(b));
        names.removeIf(FunctionRegistry::isKnown);
        return !names.isEmpty() && !names.contains(t.barred()) && !names.contains(t.name()) && !(b instanceof Fn f && f.name().equals("abs"));
    }

    /** The first side names something already defined, in the same shape: a restatement to check. */
    boolean restatesDefinition(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (sides.size() < 2 || first == null || !first.readable() || sides.get(1) == null || !sides.get(1).readable()
                || first.reading().target().isEmpty()
                || s.relations().get(0) != LatexLexer.EQ) {
            return false;
        }
        Target t = defs.resolved(first.reading().target().get());
        return !t.builtIn() && defs.definitions.of(t.name()).isPresent();
    }

    /** Whether the statement defines its first side (K2): a target not yet defined, then '=' or ':='. */
    boolean definesTarget(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || sides.size() < 2 || first.reading().target().isEmpty()) {
            return false;
        }
        Target t = defs.resolved(first.reading().target().get());
        if (t.squared() && sides.get(1) != null && sides.get(1).expr().filter(b -> mentionsItself(b, t)
                || !t.name().equals(FunctionRegistry.SIGMA) && mentioned(b).isEmpty()).isPresent()) {
            // y^2 = y for a label in {0, 1}, x^2 = 4: a fact about the name, not the definition of its root (σ² of a
            // number is a variance given, as before)
            return false;
        }
        if (t.magnitude() && !definesMagnitude(t, sides.get(1))) {
            return false;
        }
        if (s.relations().get(0) == LatexLexer.DEF_EQ) {
            return true;
        }
        if (s.relations().get(0) != LatexLexer.EQ) {
            return false;
        }
        if (t.builtIn()) {
            return !t.component().isEmpty();
        }
        if (restatesAnnouncedFamily(s, t)) {
            return false; // "Let $p_k = …$", then $$p_1 = …$$: the family at k = 1, a claim to check
        }
        if (restatesAnnouncedDerivative(s, t)) {
            return false; // "define the gradient $g = \partial L / \partial w$", then $$g = 2(wx - y)x$$: a claim to check
        }
        if (sides.get(1) != null && sides.get(1).expr().filter(b -> NoiseModels.addsNoise(t.variable(), b, defs::isDefined)).isPresent()) {
            return false; // y_i = a + b x_i + ε_i: the model, y observed and ε what it leaves over
        }
        if (defs.unreadable.containsKey(t.name())) {
            return true;
        }
        if (t.isCall()) {
            DocumentFunction f = defs.functions.get(t.name());
            if (f != null && (Rearrangements.evaluatesAt(f, t.parameters()) || Rearrangements.atLabelledPoint(f, t.parameters()))) {
                return false; // P(r) = V^2/(4r) after P(R) = V^2 R/(R + r)^2: P at R = r, a claim to check; Y(E_{MSY}) after Y(E)
            }
            return f == null ? !defs.isDefined(t.name()) || defs.sameNameOtherShape(t) : !f.parameters().equals(t.parameters());
        }
        if (!defs.isDefined(t.name()) && t.variable() instanceof Sym && sides.get(1) != null
                && sides.get(1).expr().filter(b -> Rearrangements.solvesFor(b, t.name(), defs.definitions)).isPresent()) {
            return false; // I = I_0 10^{\beta/10} after \beta = 10 \log_{10}(I/I_0): β's definition solved for I, a claim
        }
        if (sides.get(1) != null && defs.upstream.values().stream().anyMatch(g -> LabelLayers.sameFamily(g.name(), t.name()))
                && sides.get(1).expr().filter(b -> LabelLayers.relatesLayers(t.variable(), b)).isPresent()) {
            return false; // δ^l = Σ_k w^{l+1}_{kj} δ^{l+1}_k σ'(z^l_j) after δ^l ≡ ∂C/∂z^l: one δ at two layers, a claim (LabelLayers)
        }
        if (!defs.isDefined(t.name()) || defs.upstream.containsKey(t.name())) {
            return true; // a loss known through its gradient is defined where the document writes it out
        }
        return defs.sameNameOtherShape(t);
    }

    /**
     * Whether the first side is an entry at whole numbers ({@code p_1}) of a family the prose above defined in inline math
     * a word announces ("Let $p_k = \frac{e^{z_k}}{e^{z_1} + e^{z_2}}$"): the display restates the family at those numbers,
     * as it would after a displayed {@code p_k = …} ({@link ComponentDefinitions}), and is checked; read as a definition it
     * silently replaced the family's entry, and a wrong restatement put the mistake on the steps after it.
     */
    private boolean restatesAnnouncedFamily(Statement s, Target t) {
        if (t.isCall() || !(t.variable() instanceof Indexed x) || x.indices().isEmpty()
                || !x.indices().stream().allMatch(i -> i.matches("[0-9]+")) || s.sides().get(0).isEmpty()
                || defs.definitions.of(x.name()).isPresent()) {
            return false;
        }
        int at = s.sides().get(0).get(0).getStartIndex();
        // a family the reader cannot take in (T_i = \\prod_{j < i} (1 - \\alpha_j)) leaves the display its own definition
        return defs.inline.stream().anyMatch(d -> d.reads() && d.at() < at && d.name().equals(x.name())
                && d.asDefinition(defs.context).isPresent());
    }

    /**
     * Whether the first side is a name the prose above defined, in inline math a word announces, as the derivative of a name
     * the document defines ("define the gradient $g = \partial L / \partial w$", "define the error $\delta_j = \partial C /
     * \partial z_j$"): the display says what that derivative is, a claim to check; read as a definition it replaced the
     * derivative, and a wrong first attempt made the right step after it false.
     */
    private boolean restatesAnnouncedDerivative(Statement s, Target t) {
        if (t.isCall() || s.sides().get(0).isEmpty() || defs.definitions.of(t.name()).isPresent()) {
            return false;
        }
        int at = s.sides().get(0).get(0).getStartIndex();
        return defs.inline.stream().anyMatch(d -> d.reads() && d.at() < at && d.name().equals(t.name())
                && d.asDefinition(defs.context).filter(def -> def.body() instanceof org.symgrad.expr.Derivative derivative
                        && dependsOn(derivative)).isPresent());
    }

    /**
     * Whether what {@code d} differentiates depends, through the document's display definitions, on the name it differentiates
     * by: C of {@code \partial C / \partial z^{(L)}_j} is written in a^{(L)} only, whose link to z^{(L)} a generic layer's
     * inline formula gives ($a^{(l)} = \sigma(z^{(l)})$); taken as 0 there, right steps about it were false.
     */
    private boolean dependsOn(org.symgrad.expr.Derivative d) {
        if (Exprs.symbolNames(d.of()).stream().noneMatch(defs::isDefined)) {
            return false;
        }
        if (InlineDefinitions.names(defs.definitions.expand(d.of())).contains(d.wrt().name())) {
            return true;
        }
        // C in a^{(L)}, the last layer of the general a^{(l)} = σ(z^{(l)}) that inline math gives: C depends on z^{(L)}
        Definitions withInline = defs.definitions;
        for (InlineDefinitions i : defs.inline) {
            Optional<Definition> inline = i.reads() ? i.asDefinition(defs.context) : Optional.empty();
            if (inline.isPresent() && withInline.of(inline.get().name()).isEmpty()) {
                try {
                    withInline = withInline.with(inline.get());
                } catch (org.symgrad.error.InputException cycle) {
                    // a^{(l)} in terms of itself: left out, as a step leaves it out
                }
            }
        }
        Definitions read = withInline;
        Definitions layered = CapitalLayers.of(List.of(d.of(), d.wrt()), read).map(LabelLayers.Anchored::definitions).orElse(read);
        return InlineDefinitions.names(layered.expand(d.of())).contains(d.wrt().name());
    }

    /**
     * The name {@code T} a first side {@code \log T} (or {@code \ln T}, or {@code \log_{10} T} in a base that is a
     * whole number) defines, as a density's logarithm is defined ({@code \log p(x) = -\frac{(x-\mu)^2}{2\sigma^2} + c},
     * an activity coefficient's {@code \log_{10} \gamma = -\frac{A z^2 \sqrt{I}}{1 + B a \sqrt{I}}}): T is a definable
     * target not yet defined, the whole side reads as its logarithm, and the equation is T = exp(…), or T = 10^{…}
     * (SPEC §8's definition rule, applied to the name under the logarithm).
     */
    Optional<Logarithm> logarithmDefinition(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || sides.size() < 2 || sides.get(1) == null || s.relations().get(0) != LatexLexer.EQ
                || first.tokens().size() < 2 || first.tokens().get(0).getType() != LatexLexer.FUNC
                || !Set.of("\\log", "\\ln").contains(first.tokens().get(0).getText())) {
            return Optional.empty();
        }
        int from = 1;
        Optional<Expr> base = Optional.empty();
        if (first.tokens().get(1).getType() == LatexLexer.UNDERSCORE && first.tokens().get(0).getText().equals("\\log")) {
            // \log_{10} T, \log_2 T: the base, a whole number, its digits in braces or a single digit
            List<? extends org.antlr.v4.runtime.Token> tokens = first.tokens();
            StringBuilder written = new StringBuilder();
            from = 3;
            if (tokens.size() > 2 && tokens.get(2).getType() == LatexLexer.LBRACE) {
                int k = 3;
                while (k < tokens.size() && tokens.get(k).getType() == LatexLexer.DIGIT) {
                    written.append(tokens.get(k++).getText());
                }
                from = k < tokens.size() && tokens.get(k).getType() == LatexLexer.RBRACE ? k + 1 : -1;
            } else if (tokens.size() > 2 && tokens.get(2).getType() == LatexLexer.DIGIT) {
                written.append(tokens.get(2).getText());
            }
            if (from < 0 || !written.toString().matches("[1-9][0-9]{0,3}") || written.toString().equals("1")) {
                return Optional.empty();
            }
            base = Optional.of(Exprs.num(Integer.parseInt(written.toString())));
            if (from >= tokens.size()) {
                return Optional.empty();
            }
        }
        Side inner = statements.side(first.tokens().subList(from, first.tokens().size()), s, Set.of());
        Optional<Target> t = inner.reading().target();
        if (t.isEmpty() || t.get().builtIn() || t.get().vector() || t.get().squared()) {
            // \ln \sigma^2 = 2 \ln \sigma is a step about σ, not a definition of it by its square's logarithm
            return Optional.empty();
        }
        if (otherDensity(t.get())) {
            // \ln p(\mathbf{w} \mid \mathbf{t}) after \ln p(\mathbf{t} \mid \mathbf{w}, \beta): another density
            // that the same letter names, as probability writes them; it cannot be read as the first
            return base.isPresent() ? Optional.empty() : t.map(d -> new Logarithm(d, Optional.empty()));
        }
        // \ln k = … after k(T) = …: the bare name of a function the document defined is its value, and the equation takes
        // the logarithm of both sides, a step to check, not a new k
        boolean valueOfAFunction = defs.functions.containsKey(t.get().name()) && !t.get().isCall()
                && defs.definitions.of(t.get().name()).isPresent();
        if (first.expr().isEmpty() || inner.expr().isEmpty()
                || defs.isDefined(t.get().name()) && (!defs.sameNameOtherShape(t.get()) || valueOfAFunction)
                || !first.expr().get().equals(base.map(b -> Exprs.div(Exprs.log(inner.expr().get()), Exprs.log(b)))
                        .orElseGet(() -> Exprs.fn("log", inner.expr().get())))) {
            return Optional.empty();
        }
        Optional<Expr> b = base;
        return t.map(d -> new Logarithm(d, b));
    }

    /** The name a logarithm's first side defines, and the logarithm's base where it is not e ({@code \log_{10}}). */
    record Logarithm(Target target, Optional<Expr> base) {
    }

    /**
     * A call shape whose name the document defined as a function of another number of arguments
     * ({@code p(\mathbf{w} \mid \mathbf{t})} after {@code p(\mathbf{t} \mid \mathbf{w}, \beta)}): a new
     * definition of the name, as a density is named by its arguments, not a call of the old one.
     */
    private boolean otherDensity(Target t) {
        DocumentFunction f = defs.functions.get(t.name());
        return t.isCall() && f != null && f.parameters().size() != t.parameters().size();
    }

    /**
     * {@code body} read as the exponential of what it says: the value of T where {@code \log T = body}; in a base b,
     * b to its power ({@code \log_{10} T = body}).
     */
    static Side exponential(Side body, Optional<Expr> base) {
        return new Side(body.tokens(), body.reading(), body.expr().map(e -> base.map(b -> Exprs.pow(b, e)).orElseGet(() -> Exprs.fn("exp", e))),
                body.problem(), body.text(), body.line(), body.start(), body.rowEnd());
    }

    static boolean restates(Side first, Side head) {
        if (head == null || first == null) {
            return false;
        }
        if (first.text().replaceAll("\\s+", "").equals(head.text().replaceAll("\\s+", ""))) {
            return true;
        }
        return first.expr().isPresent() && first.expr().equals(head.expr());
    }
}
