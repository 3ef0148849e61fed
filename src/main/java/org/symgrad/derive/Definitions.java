package org.symgrad.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * The definitions in force at a point of a script, in order. A later {@code let} of a name
 * replaces the earlier one from there on; a definition that refers to itself, directly or through
 * others, is rejected. Immutable: {@link #with} returns a new set.
 */
public final class Definitions {
    private final Map<String, Definition> byName;
    /** The names written with a sample index ({@code x^{(i)}}), which a document adds to as it is read ({@link ExampleInstances}). */
    private final Set<String> sampled;
    /**
     * The values a document gives the initial terms of its recurrences ({@code h_0 = 0} beside {@code h_t = \tanh(w h_{t-1}
     * + x_t)}), a map its owner adds to as it reads ({@link #withSamplesAndStarts(Set, Map)}): such a term is an input
     * ({@link #isInitialTerm}) that has this value wherever a recurrence is expanded down to it.
     */
    private final Map<Indexed, Expr> starts;
    /**
     * The step offsets at which recurrences have their current term where it is not the plain one ({@link #withCurrentSteps}):
     * {@code v} at −1 where a statement about {@code \theta_{t+1} = \theta_t - \eta g_t / \sqrt{v_t}} is read a step back.
     */
    private final Map<String, Long> currentSteps;

    private Definitions(Map<String, Definition> byName, Set<String> sampled, Map<Indexed, Expr> starts) {
        this(byName, sampled, starts, Map.of());
    }

    private Definitions(Map<String, Definition> byName, Set<String> sampled, Map<Indexed, Expr> starts, Map<String, Long> currentSteps) {
        this.byName = byName;
        this.sampled = sampled;
        this.starts = starts;
        this.currentSteps = currentSteps;
    }

    /**
     * These definitions, where the recurrences {@code steps} names have their current term at the offset it gives
     * (below 0): a term at that offset or later is computed by the recurrence, not an input. A statement read a step back
     * ({@code \theta_{t+1}} as {@code \theta_t}) moves the other recurrences' terms back too, {@code v_t} to
     * {@code v_{t-1}}, which is still the term computed from the step's own input {@code g_{t-1}}.
     */
    public Definitions withCurrentSteps(Map<String, Long> steps) {
        return new Definitions(byName, sampled, starts, Map.copyOf(steps));
    }

    /** Whether a recurrence has its current term moved back ({@link #withCurrentSteps}): its earlier steps are computed. */
    public boolean movesCurrentSteps() {
        return !currentSteps.isEmpty();
    }

    public static Definitions none() {
        return new Definitions(new LinkedHashMap<>(), Set.of(), Map.of());
    }

    /**
     * No definitions, whose names written with a sample index are {@code sampled} (a set its owner adds to as it reads):
     * a name defined for one example and written with one more index, a sample index, is that example
     * ({@link ExampleInstances}).
     */
    public static Definitions withSamples(Set<String> sampled) {
        return new Definitions(new LinkedHashMap<>(), sampled, Map.of());
    }

    /**
     * No definitions, with these names written with a sample index ({@link #withSamples(Set)}) and these values of
     * recurrences' initial terms ({@code starts}, a map its owner adds to as it reads: "with $h_0 = 0$").
     */
    public static Definitions withSamplesAndStarts(Set<String> sampled, Map<Indexed, Expr> starts) {
        return new Definitions(new LinkedHashMap<>(), sampled, starts);
    }

    /** No definitions, with these definitions' names written with a sample index. */
    public Definitions cleared() {
        return new Definitions(new LinkedHashMap<>(), sampled, starts);
    }

    /** The names written with a sample index. */
    public Set<String> sampled() {
        return sampled;
    }

    /** These definitions plus {@code d}, which replaces any earlier definition of its name. */
    public Definitions with(Definition d) {
        Map<String, Definition> next = new LinkedHashMap<>(byName);
        next.remove(d.name());
        next.put(d.name(), d);
        Set<String> labels = new java.util.TreeSet<>();
        next.values().forEach(v -> labels.addAll(v.labels()));
        // a Σ in a body over a letter that is a fixed label would capture the label where the name it sums is expanded
        next.replaceAll((name, v) -> new Definition(v.target(), Indices.boundAvoiding(v.body(), labels)));
        Definitions out = new Definitions(next, sampled, starts, currentSteps);
        out.requireAcyclic(d.name(), new ArrayList<>());
        return out;
    }

    /** These definitions without {@code name}'s: the name a value of its own again, as if never defined. */
    public Definitions without(String name) {
        if (!byName.containsKey(name)) {
            return this;
        }
        Map<String, Definition> next = new LinkedHashMap<>(byName);
        next.remove(name);
        return new Definitions(next, sampled, starts, currentSteps);
    }

    /**
     * The fixed labels of all the definitions ({@code o} of {@code let y_w = delta(w, o)}): free
     * indices that mean the same fixed value wherever they occur, never a summation index.
     */
    public Set<String> labels() {
        Set<String> out = new java.util.TreeSet<>();
        byName.values().forEach(d -> out.addAll(d.labels()));
        return out;
    }

    /** {@code e} with every Σ over a fixed label renamed, so that expanding a definition captures nothing. */
    public Expr avoidingLabels(Expr e) {
        return Indices.boundAvoiding(e, labels());
    }

    public List<Definition> all() {
        return List.copyOf(byName.values());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    public Optional<Definition> of(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The definition whose target {@code leaf} is an instance of, if any. */
    public Optional<Definition> defining(Expr leaf) {
        if (!(leaf instanceof Variable v) || isEarlierTerm(leaf)) {
            return Optional.empty();
        }
        Optional<Definition> d = of(v.name());
        if (d.isPresent() && !d.get().defines(leaf) && leaf instanceof Indexed x) {
            return ExampleInstances.of(d.get(), x, this);
        }
        return d.filter(def -> def.defines(leaf));
    }

    /**
     * Whether {@code x}, an entry of a recurrence at a written index, is its initial term, an input as an earlier term is: {@code h_0}
     * of {@code h_t = \tanh(w h_{t-1} + u x_t)}, whose expansion would write a term before any index the recurrence
     * starts from ({@code h_{-1}}). The initial state is an input, given as the document says ("with h_0 given");
     * read by the recurrence, it made h_0 depend on u through an h_{-1} and x_0 the document never has, and the right
     * {@code ∂L/∂u} of {@code L = ½(h_1 − y)²} false.
     */
    private boolean isInitialTerm(Indexed x) {
        Definition d = byName.get(x.name());
        return d != null && d.defines(x) && x.indices().stream().anyMatch(Index::isConcrete) && isRecurrence(x.name())
                && writesBeforeStart(d.instantiate(x), new HashSet<>(Set.of(x.name())));
    }

    /**
     * Whether {@code e}, or a definition it reaches other than those {@code seen} (the recurrence's own, whose earlier
     * terms are the next step's business), writes a recurrence's term at a negative index.
     */
    private boolean writesBeforeStart(Expr e, Set<String> seen) {
        if (e instanceof Indexed x) {
            if (x.indices().stream().anyMatch(Definitions::negative) && isRecurrence(x.name())) {
                return true;
            }
            Definition d = byName.get(x.name());
            return d != null && d.defines(x) && seen.add(x.name()) && writesBeforeStart(d.instantiate(x), seen);
        }
        if (e instanceof Sym s) {
            Definition d = byName.get(s.name());
            return d != null && d.defines(s) && seen.add(s.name()) && writesBeforeStart(d.body(), seen);
        }
        return Exprs.children(e).stream().anyMatch(c -> writesBeforeStart(c, seen));
    }

    /** Whether {@code index} is a number below zero ({@code -1}), an index written with no name. */
    private static boolean negative(String index) {
        return Index.isAffine(index) && Index.names(index).isEmpty() && Index.offset(index) < 0;
    }

    /**
     * Whether {@code leaf} is a term of a recurrence at a shifted index, {@code H_{t-1}} where the
     * definition of {@code H_t} reaches H itself: an input of the step the definition states (the
     * previous state, as backpropagation through time reads it), not something to expand again; or its
     * initial term ({@code h_0}, {@link #isInitialTerm}), an input as well.
     */
    public boolean isEarlierTerm(Expr leaf) {
        return leaf instanceof Indexed x && (x.indices().stream().anyMatch(Index::isAffine) && !isCurrentStep(x)
                && refersBack(x.name(), x.name(), new HashSet<>()) || isInitialTerm(x));
    }

    /** Whether {@code x} is at or after its recurrence's current step where {@link #withCurrentSteps} moved that back. */
    private boolean isCurrentStep(Indexed x) {
        Long step = currentSteps.get(x.name());
        return step != null && x.indices().stream().anyMatch(i -> Index.isAffine(i) && Index.offset(i) >= step);
    }

    /** Whether {@code leaf} is a recurrence's term at whole numbers after its initial one ({@code h_1} of h_t = … h_{t-1} …). */
    public boolean isLaterEntry(Expr leaf) {
        return leaf instanceof Indexed x && !x.indices().isEmpty() && x.indices().stream().allMatch(Index::isConcrete)
                && !isInitialTerm(x) && isRecurrence(x.name());
    }

    /** Whether the definition of {@code name} refers, directly or through others, to {@code name} itself: a recurrence. */
    public boolean isRecurrence(String name) {
        return refersBack(name, name, new HashSet<>());
    }

    /** Whether the definition of {@code name} mentions {@code target}, directly or through others, at any index. */
    private boolean refersBack(String name, String target, Set<String> seen) {
        Definition d = byName.get(name);
        if (d == null || !seen.add(name)) {
            return false;
        }
        Set<String> mentioned = new java.util.LinkedHashSet<>();
        collect(d.body(), mentioned, x -> false);
        if (mentioned.contains(target)) {
            return true;
        }
        return mentioned.stream().anyMatch(m -> refersBack(m, target, seen));
    }

    /**
     * Names of defined symbols that occur in {@code e} (as leaves or as vector arguments), other
     * than as a recurrence's earlier term, which is an input ({@link #isEarlierTerm}).
     */
    public Set<String> namesIn(Expr e) {
        Set<String> out = new java.util.LinkedHashSet<>();
        collect(e, out, this::isEarlierTerm);
        return out;
    }

    /**
     * The defined names {@code e} mentions, leaving out the indexed leaves {@code skipped} picks:
     * a recurrence's earlier terms, which are inputs ({@link #namesIn}), or every leaf at a shifted
     * index ({@code H_t = Z_t H_{t-1} + …} refers to its earlier term, which is no cycle).
     */
    private void collect(Expr e, Set<String> out, Predicate<Indexed> skipped) {
        switch (e) {
            case Indexed x -> {
                if (byName.containsKey(x.name()) && !skipped.test(x)) {
                    out.add(x.name());
                }
                // an inverse's entry is computed from its matrix: it mentions the matrix (MatrixFunctionNames)
                MatrixFunctionNames.inverseOf(x.name()).filter(byName::containsKey).ifPresent(out::add);
            }
            case Sym s -> {
                if (byName.containsKey(s.name())) {
                    out.add(s.name());
                }
                MatrixFunctionNames.determinantOf(s.name()).filter(byName::containsKey).ifPresent(out::add);
            }
            default -> Exprs.children(e).forEach(c -> collect(c, out, skipped));
        }
    }

    /** Whether the definition of {@code name} reaches {@code variable} through the definition DAG. */
    public boolean reaches(String name, String variable) {
        return reaches(name, variable, new HashSet<>());
    }

    private boolean reaches(String name, String variable, Set<String> seen) {
        if (!seen.add(name)) {
            return false;
        }
        Definition d = byName.get(name);
        if (d == null) {
            return false;
        }
        if (mentionsName(d.body(), variable)) {
            return true;
        }
        for (String m : namesIn(d.body())) {
            if (reaches(m, variable, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} mentions the name, or an inverse or determinant of it ({@link MatrixFunctionNames}). */
    static boolean mentionsName(Expr e, String name) {
        return switch (e) {
            case Indexed x -> x.name().equals(name) || MatrixFunctionNames.matrixOf(x.name()).filter(name::equals).isPresent();
            case Sym s -> s.name().equals(name) || MatrixFunctionNames.matrixOf(s.name()).filter(name::equals).isPresent();
            default -> Exprs.children(e).stream().anyMatch(c -> mentionsName(c, name));
        };
    }

    private void requireAcyclic(String name, List<String> path) {
        if (path.contains(name)) {
            path.add(name);
            throw new InputException("recursive definition: " + String.join(" → ", path));
        }
        Definition d = byName.get(name);
        if (d == null) {
            return;
        }
        path.add(name);
        Set<String> unshifted = new java.util.LinkedHashSet<>();
        collect(d.body(), unshifted, x -> x.indices().stream().anyMatch(Index::isAffine));
        for (String m : unshifted) {
            requireAcyclic(m, path);
        }
        path.remove(path.size() - 1);
    }

    /**
     * {@code e} with every defined name replaced by its body, recursively (to evaluate a result
     * stated in defined names). A bare vector name inside an abstract function stays.
     */
    public Expr expand(Expr e) {
        return expand(avoidingLabels(e), Set.of(), Set.of());
    }

    /**
     * {@code e} expanded as {@link #expand(Expr)} does, leaving the names in {@code kept} as they are
     * written: the variables a pair of sides differentiates by, whose names both sides then share.
     */
    public Expr expandKeeping(Expr e, Set<String> kept) {
        return expand(avoidingLabels(e), Set.copyOf(kept), Set.of());
    }

    /**
     * The value the document gives {@code x}, a recurrence's initial term ({@link #isInitialTerm}), if it gives one
     * ({@link #withSamplesAndStarts(Set, Map)}).
     */
    public Optional<Expr> startOf(Expr x) {
        return x instanceof Indexed term && starts.containsKey(term) && isInitialTerm(term) ? Optional.of(starts.get(term))
                : Optional.empty();
    }

    /**
     * Expansion that leaves the names in {@code kept} alone, the variables of enclosing derivatives, and the initial terms
     * in {@code byTerms} as written: a derivative by {@code h_0} is taken before h_0 takes its value ({@link #startOf}).
     */
    private Expr expand(Expr e, Set<String> kept, Set<Expr> byTerms) {
        return switch (e) {
            case Indexed x -> kept.contains(x.name()) ? x : byTerms.contains(x) ? x
                    : startOf(x).or(() -> defining(x).map(d -> expand(d.instantiate(x), kept, byTerms))).orElse(x);
            case Sym s -> kept.contains(s.name()) ? s : defining(s).map(d -> expand(d.body(), kept, byTerms)).orElse(s);
            case Fn f when !org.symgrad.functions.FunctionRegistry.isKnown(f.name()) -> f;
            case org.symgrad.expr.Derivative d -> {
                Set<String> inner = new HashSet<>(kept);
                Set<Expr> terms = byTerms;
                if (isLaterEntry(d.wrt())) {
                    // ∂h_2/∂h_1, ∂L/∂h_1 of h_t = tanh(w h_{t-1} + …): the later terms expand down to that entry, the variable
                    // (kept whole, h_2 was a name of its own, and ∂h_2/∂h_1 = 0)
                    terms = new HashSet<>(byTerms);
                    terms.add(d.wrt());
                } else if (!isEarlierTerm(d.wrt())) {
                    // ∂h_t/∂h_{t-1} of a recurrence expands h_t: its earlier term is its input
                    inner.add(ChainRule.nameOf(d.wrt()));
                } else if (startOf(d.wrt()).isPresent()) {
                    terms = new HashSet<>(byTerms);
                    terms.add(d.wrt());
                }
                Expr of = expand(d.of(), inner, terms);
                yield of == d.of() ? d : new org.symgrad.expr.Derivative(of, d.wrt());
            }
            default -> Exprs.mapChildren(e, c -> expand(c, kept, byTerms));
        };
    }
}
