package org.symgrad.document;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
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

    /** The first side names something already defined, in the same shape: a restatement to check. */
    boolean restatesDefinition(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (sides.size() < 2 || first == null || !first.readable() || sides.get(1) == null || !sides.get(1).readable()
                || first.reading().target().isEmpty()
                || s.relations().get(0) != LatexLexer.EQ) {
            return false;
        }
        Target t = first.reading().target().get();
        return !t.builtIn() && defs.definitions.of(t.name()).isPresent();
    }

    /** Whether the statement defines its first side (K2): a target not yet defined, then '=' or ':='. */
    boolean definesTarget(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || sides.size() < 2 || first.reading().target().isEmpty()) {
            return false;
        }
        Target t = first.reading().target().get();
        if (t.squared() && sides.get(1) != null && sides.get(1).expr().filter(b -> mentionsItself(b, t)
                || !t.name().equals(FunctionRegistry.SIGMA) && mentioned(b).isEmpty()).isPresent()) {
            // y^2 = y for a label in {0, 1}, x^2 = 4: a fact about the name, not the definition of its root (σ² of a
            // number is a variance given, as before)
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
        if (defs.unreadable.containsKey(t.name())) {
            return true;
        }
        if (t.isCall()) {
            DocumentFunction f = defs.functions.get(t.name());
            if (f != null && Rearrangements.evaluatesAt(f, t.parameters())) {
                return false; // P(r) = V^2/(4r) after P(R) = V^2 R/(R + r)^2: P at R = r, a claim to check
            }
            return f == null ? !defs.isDefined(t.name()) || defs.sameNameOtherShape(t) : !f.parameters().equals(t.parameters());
        }
        if (!defs.isDefined(t.name()) && t.variable() instanceof Sym && sides.get(1) != null
                && sides.get(1).expr().filter(b -> Rearrangements.solvesFor(b, t.name(), defs.definitions)).isPresent()) {
            return false; // I = I_0 10^{\beta/10} after \beta = 10 \log_{10}(I/I_0): β's definition solved for I, a claim
        }
        if (!defs.isDefined(t.name()) || defs.upstream.containsKey(t.name())) {
            return true; // a loss known through its gradient is defined where the document writes it out
        }
        return defs.sameNameOtherShape(t);
    }

    /**
     * The name {@code T} a first side {@code \log T} (or {@code \ln T}) defines, as a density's
     * logarithm is defined ({@code \log p(x) = -\frac{(x-\mu)^2}{2\sigma^2} + c}): T is a definable
     * target not yet defined, the whole side reads as its logarithm, and the equation is T = exp(…)
     * (SPEC §8's definition rule, applied to the name under the logarithm).
     */
    Optional<Target> logarithmDefinition(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || sides.size() < 2 || sides.get(1) == null || s.relations().get(0) != LatexLexer.EQ
                || first.tokens().size() < 2 || first.tokens().get(0).getType() != LatexLexer.FUNC
                || !Set.of("\\log", "\\ln").contains(first.tokens().get(0).getText())) {
            return Optional.empty();
        }
        Side inner = statements.side(first.tokens().subList(1, first.tokens().size()), s, Set.of());
        Optional<Target> t = inner.reading().target();
        if (t.isEmpty() || t.get().builtIn() || t.get().vector() || t.get().squared()) {
            // \ln \sigma^2 = 2 \ln \sigma is a step about σ, not a definition of it by its square's logarithm
            return Optional.empty();
        }
        if (otherDensity(t.get())) {
            // \ln p(\mathbf{w} \mid \mathbf{t}) after \ln p(\mathbf{t} \mid \mathbf{w}, \beta): another density
            // that the same letter names, as probability writes them; it cannot be read as the first
            return t;
        }
        if (first.expr().isEmpty() || inner.expr().isEmpty() || defs.isDefined(t.get().name()) && !defs.sameNameOtherShape(t.get())
                || !first.expr().get().equals(Exprs.fn("log", inner.expr().get()))) {
            return Optional.empty();
        }
        return t;
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

    /** {@code body} read as the exponential of what it says: the value of T where {@code \log T = body}. */
    static Side exponential(Side body) {
        return new Side(body.tokens(), body.reading(), body.expr().map(e -> Exprs.fn("exp", e)), body.problem(),
                body.text(), body.line(), body.start(), body.rowEnd());
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
