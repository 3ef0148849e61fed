package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.symgrad.assume.Sampling;
import org.symgrad.error.InputException;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.InvertedMatrices;
import org.symgrad.rewrite.Rule;

/**
 * What a document assumes as it is read: its directives ({@code assume …}, {@code let …}, {@code einstein}) and those
 * the options and the text state, the case the prose before a display names ({@code when i = j}), and the bounds a row
 * states on one variable.
 */
final class DocumentAssumptions {
    private final DocumentDefinitions defs;
    private final List<String> messages;

    final List<Rule> assumptions = new ArrayList<>();
    Sampling sampling = Sampling.NONE;
    final List<Assumption.Branch> directiveBranches = new ArrayList<>();
    boolean einstein;
    /** The assumptions stated so far, as written after {@code assume}. */
    final Set<String> stated = new HashSet<>();
    Assumption.Branch proseBranch;
    int proseBranchLine;
    /** The labels of maxima that leave a value out ({@code jstar ≠ y} of {@code \max_{j \neq y}}): a branch of every step. */
    final List<Assumption.Branch> labelBranches = new ArrayList<>();
    /** The case of an expression the prose before the display states ({@link StatedCases}), or null. */
    StatedCases.Case proseCase;
    /** A case the prose before the display states in words only ({@link WordCases}: "on the active side of the hinge"), or null. */
    String wordCase;
    /** The special cases the prose before the display states ({@link SpecialCases}: "If $\\mu = 0$, …"), or none. */
    List<SpecialCases.Special> proseSpecial = List.of();

    DocumentAssumptions(DocumentDefinitions defs, List<String> messages) {
        this.defs = defs;
        this.messages = messages;
    }

    /** What an assumption the prose states added, and the line it was stated on. */
    private record Stated(Assumption added, int line) {
    }

    /** Each assumption the prose states, by its text ({@code A symmetric}). */
    private final Map<String, Stated> fromProse = new LinkedHashMap<>();
    /**
     * Assumptions the prose stated for steps before, which it no longer says here ({@link SymmetryScopes}): a step false without
     * them is checked with them too, and then undecided where it holds with them.
     */
    private final Map<String, Stated> lapsed = new LinkedHashMap<>();

    /** The assumption {@code a} the prose states at {@code line}, from there on until the text stops saying it. */
    void stated(String a, int line) {
        stateOne(a, line);
        // the inverse of a symmetric matrix, read as a matrix of its own, is symmetric (InvertedMatrices)
        InvertedMatrices.symmetricInverse(a).forEach(b -> stateOne(b, line));
    }

    private void stateOne(String a, int line) {
        if (fromProse.containsKey(a)) {
            return;
        }
        lapsed.remove(a);
        int before = assumptions.size();
        directive("assume " + a, line);
        try {
            Assumption parsed = Assumption.parse(a);
            fromProse.put(a, new Stated(new Assumption(List.copyOf(assumptions.subList(before, assumptions.size())),
                    parsed.constraint(), parsed.branch()), line));
        } catch (SymgradException e) {
            // not an assumption: the directive said so
        }
    }

    /** Whether the prose's assumption {@code a} holds here. */
    boolean holds(String a) {
        return fromProse.containsKey(a);
    }

    /**
     * The prose's assumption {@code a} no longer holds: it is left out of the checks, and, if {@code lapses} (the text only stopped
     * saying it, without saying otherwise), a step false without it is checked with it too.
     */
    void withdraw(String a, boolean lapses) {
        withdrawOne(a, lapses);
        InvertedMatrices.symmetricInverse(a).forEach(b -> withdrawOne(b, lapses));
    }

    private void withdrawOne(String a, boolean lapses) {
        Stated was = fromProse.remove(a);
        if (was == null) {
            if (!lapses) {
                lapsed.remove(a); // lapsed before, and now the text says otherwise
            }
            return;
        }
        Assumption added = was.added();
        assumptions.removeIf(r -> added.rules().stream().anyMatch(x -> x == r));
        if (added.constraint().isPresent()) {
            Sampling kept = Sampling.NONE;
            boolean dropped = false;
            for (Sampling.Constraint c : sampling.constraints()) {
                if (!dropped && c.equals(added.constraint().get())) {
                    dropped = true;
                } else {
                    kept = kept.with(c);
                }
            }
            sampling = kept;
        }
        stated.remove(a);
        if (lapses) {
            lapsed.put(a, was);
        }
    }

    /**
     * An assumption the notation makes without the text stating it ({@code Sigmainv symmetric}: a covariance's inverse), with
     * why: a step false without it but right with it is undecided, as under a lapsed one, until the text states it.
     */
    void conventional(String a, String why) {
        if (fromProse.containsKey(a) || lapsed.containsKey(a)) {
            return;
        }
        stateOne(a, 0);
        withdrawOne(a, true);
        if (lapsed.containsKey(a)) {
            conventions.put(a, why);
        }
    }

    /** Why each conventional assumption is made ({@link #conventional}). */
    private final Map<String, String> conventions = new LinkedHashMap<>();

    /**
     * The assumptions that lapsed, as the text states them, with where and why they are not made here: {@code A symmetric
     * (line 3), which the text states for the steps there and no longer says here}; empty if none.
     */
    String lapsedText() {
        // the inverse of a matrix said symmetric beside it is symmetric too: named once, by the matrix the text writes
        return String.join("; ", lapsed.keySet().stream().filter(a -> !inverseBeside(a))
                .map(a -> MatrixFunctionNames.inWords(a) + (conventions.containsKey(a) && lapsed.get(a).line() == 0
                        ? " (" + conventions.get(a) + "), which the text does not state"
                        : " (line " + lapsed.get(a).line() + "), which the text states for the steps there and no longer says here"))
                .toList());
    }

    /** Whether {@code a} says of a matrix's inverse ({@code zzinvLambda symmetric}) what a lapsed assumption says of the matrix. */
    private boolean inverseBeside(String a) {
        int space = a.indexOf(' ');
        return space > 0 && MatrixFunctionNames.inverseOf(a.substring(0, space))
                .filter(m -> lapsed.containsKey(m + a.substring(space))).isPresent();
    }

    /** The prose's assumptions that hold here and those that lapsed, in the order stated. */
    List<String> fromProse() {
        List<String> out = new ArrayList<>(fromProse.keySet());
        out.addAll(lapsed.keySet());
        return out;
    }

    boolean anyLapsed() {
        return !lapsed.isEmpty();
    }

    /** {@code check} run with the lapsed assumptions assumed again. */
    <T> T withLapsed(Supplier<T> check) {
        List<Rule> savedRules = List.copyOf(assumptions);
        Sampling savedSampling = sampling;
        for (Stated s : lapsed.values()) {
            Assumption a = s.added();
            assumptions.addAll(a.rules());
            a.constraint().ifPresent(c -> sampling = sampling.with(c));
        }
        try {
            return check.get();
        } finally {
            assumptions.clear();
            assumptions.addAll(savedRules);
            sampling = savedSampling;
        }
    }

    void directive(String d, int line) {
        String where = line > 0 ? "line " + line + ": " : "";
        try {
            if (d.equals("einstein")) {
                messages.add(where + "einstein: an index repeated in a product is summed");
                einstein = true;
            } else if (d.startsWith("assume ")) {
                Assumption a = Assumption.parse(d.substring("assume ".length()));
                stated.add(d.substring("assume ".length()));
                assumptions.addAll(a.rules());
                a.constraint().ifPresent(c -> sampling = sampling.with(c));
                a.branch().ifPresent(directiveBranches::add);
                a.constraint().ifPresent(c -> defs.knownNames.addAll(constraintNames(c)));
            } else if (d.startsWith("let ")) {
                String body = d.substring("let ".length());
                int eq = body.indexOf('=');
                if (eq <= 0) {
                    throw new InputException("let: write let NAME = EXPRESSION");
                }
                Expr target = Parser.parseExpression(body.substring(0, eq));
                Expr value = Parser.parseExpression(body.substring(eq + 1));
                if (!(target instanceof Variable v)) {
                    throw new InputException("let defines a name, not " + body.substring(0, eq).strip());
                }
                defs.define(v.name(), target, value, line);
            } else {
                messages.add(where + "directive not understood: '" + d + "' (expected assume …, let … or einstein)");
            }
        } catch (SymgradException e) {
            messages.add(where + "directive '" + d + "' not used: " + e.getMessage());
        }
    }

    private static Set<String> constraintNames(Sampling.Constraint c) {
        return switch (c) {
            case Sampling.Distinct d -> Set.of();
            case Sampling.Positive p -> Set.of(p.name());
            case Sampling.NonNegative p -> Set.of(p.name());
            case Sampling.UnitInterval u -> Set.of(u.name());
            case Sampling.TwoValued t -> Set.of(t.name());
            case Sampling.Simplex s -> Set.of(s.name());
            case Sampling.SumsTo s -> Set.of(s.name());
            case Sampling.OneHot h -> Set.of(h.name());
            case Sampling.Symmetric s -> Set.of(s.name());
            case Sampling.Antisymmetric s -> Set.of(s.name());
            case Sampling.Hollow h -> Set.of(h.name());
            case Sampling.Diagonal d -> Set.of(d.name());
            case Sampling.PositiveDefinite p -> Set.of(p.name());
            case Sampling.Holds h -> Set.of();
            case Sampling.Equal e -> Set.of();
            case Sampling.Size z -> Set.of(z.name());
        };
    }

    List<Assumption.Branch> branches() {
        List<Assumption.Branch> out = new ArrayList<>(directiveBranches);
        out.addAll(labelBranches);
        if (proseBranch != null) {
            out.add(proseBranch);
        }
        return out;
    }

    String conditionText(List<Condition> rowConditions) {
        List<String> parts = new ArrayList<>();
        for (Assumption.Branch b : directiveBranches) {
            parts.add(b.describe() + " (assumed)");
        }
        if (proseBranch != null) {
            parts.add(proseBranch.describe() + " (from the text at line " + proseBranchLine + ")");
        }
        if (proseCase != null) {
            parts.add(proseCase.describe());
        }
        proseSpecial.forEach(c -> parts.add(c.describe()));
        for (Condition c : rowConditions) {
            parts.add(c.text());
        }
        return String.join(", ", parts);
    }

    /** The condition as the assumption {@code x > 0}, {@code x >= 0} or {@code 0 < x < 1} on a variable, if it is one. */
    static Optional<Assumption> bound(Condition c) {
        List<Expr> o = c.operands();
        boolean positive = o.size() == 2 && o.get(0) instanceof Sym && Exprs.isNum(o.get(1), 0)
                && (c.relations().get(0).equals(">") || c.relations().get(0).equals(">="));
        boolean unit = o.size() == 3 && o.get(1) instanceof Sym && Exprs.isNum(o.get(0), 0) && Exprs.isNum(o.get(2), 1)
                && c.relations().equals(List.of("<", "<"));
        if (!positive && !unit) {
            return Optional.empty();
        }
        String name = ((Sym) o.get(positive ? 0 : 1)).name();
        try {
            return Optional.of(Assumption.parse(positive ? name + " " + c.relations().get(0) + " 0" : "0 < " + name + " < 1"));
        } catch (SymgradException notAnAssumption) {
            return Optional.empty();
        }
    }
}
