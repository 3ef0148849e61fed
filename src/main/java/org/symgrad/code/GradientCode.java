package org.symgrad.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Derivation;
import org.symgrad.diff.Differentiator;
import org.symgrad.eval.IntegerSizes;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.Constants;
import org.symgrad.gradcheck.SampledAssumptions;
import org.symgrad.matrix.Matrix;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.matrix.MatrixReading;
import org.symgrad.matrix.Shape;
import org.symgrad.print.Printer;
import org.symgrad.run.Scope;

/**
 * The Python code of one {@code derive} statement: a function computing the result (the forward
 * pass through the definitions it needs, then the result in matrix form where it has one, else
 * with {@code einsum}) and a function computing the differentiated expression (what the gradient
 * check differentiates numerically), both taking the leaves as keyword arguments, and the entry
 * that tells the module's gradient check how to sample those arguments.
 */
final class GradientCode {
    /** The generated text: the two functions, and the check entry (a Python dict literal). */
    record Emitted(String name, String functions, boolean affine, String checkEntry) {
    }

    /** Whether the code reads computed positions (the module then needs its index helpers). */
    private boolean affine;

    private final Derivation derivation;
    private final Scope scope;
    private final Backend backend;
    private final String name;
    private final String label;

    private final PythonNames names = new PythonNames();
    private final IndexClasses classes = new IndexClasses();
    private final Map<String, Integer> ranks = new LinkedHashMap<>();
    private final Map<String, List<String>> writtenAxes = new LinkedHashMap<>();
    private final List<String> leaves = new ArrayList<>();
    private final Set<String> computed = new HashSet<>();
    private final Map<String, String> classIds = new LinkedHashMap<>();
    /** The fixed labels the code meets ({@code o} of {@code let y_w = delta(w, o)}): integer arguments, not axes. */
    private final Set<String> labels = new LinkedHashSet<>();
    /** The integer sizes ({@code K} of {@code Σ_{m=1}^{K}}, a stride {@code s}): {@code int} arguments. */
    private final Set<String> integers = new LinkedHashSet<>();
    /** Each integer size that is the upper limit of a sum from 1, by the index it bounds: (scope, index) → name. */
    private final Map<List<String>, String> limits = new LinkedHashMap<>();
    /** The affine indices ({@code i+m}) at each axis of an argument, with the scope they occur in. */
    private final Map<IndexClasses.Slot, List<List<String>>> affineUses = new LinkedHashMap<>();
    /** As {@link #affineUses}, the result's own reads included: each can tell the length of its plain index. */
    private final Map<IndexClasses.Slot, List<List<String>>> affineReads = new LinkedHashMap<>();
    /** The ranges an argument's extent names ({@code sizes["r2"]}): the gradient check draws each. */
    private final Set<String> drawn = new java.util.TreeSet<>();
    private Usage usage = new Usage();

    private GradientCode(Derivation derivation, Scope scope, Backend backend, String name, String label) {
        this.derivation = derivation;
        this.scope = scope;
        this.backend = backend;
        this.name = name;
        this.label = label;
    }

    /**
     * The code of {@code derivation} (with the definitions and assumptions of {@code scope}) as the
     * function {@code name}; {@code label} says where it comes from ({@code derive E wrt W_ab}).
     */
    static Emitted of(Derivation derivation, Scope scope, Backend backend, String name, String label) {
        return new GradientCode(derivation, scope, backend, name, label).emit();
    }

    private Expr of() {
        return derivation.of();
    }

    private Expr wrt() {
        return derivation.wrt();
    }

    private String held() {
        return ((Variable) wrt()).name();
    }

    private Emitted emit() {
        Definitions definitions = scope.definitions();
        Expr differentiated = computable(of(), definitions);
        List<Definition> valueDefinitions = needed(definitions, List.of(differentiated));
        List<Definition> gradientDefinitions = needed(definitions, List.of(derivation.result()));
        List<Definition> all = needed(definitions, List.of(differentiated, derivation.result()));
        labels.addAll(definitions.labels());
        labels.removeAll(Indices.free(wrt()));
        Set<String> occurring = new HashSet<>(Indices.free(differentiated));
        occurring.addAll(Indices.free(derivation.result()));
        all.forEach(d -> occurring.addAll(d.labels()));
        labels.retainAll(occurring);
        for (Definition d : all) {
            integers.addAll(IntegerSizes.of(d.body(), d.indices()));
        }
        integers.addAll(IntegerSizes.of(differentiated, Indices.free(of())));
        integers.addAll(IntegerSizes.of(derivation.result(), MatrixForm.axes(of(), wrt())));
        integers.remove(held());
        labels.removeAll(integers); // a stride s of x_{s*i+p} is free in a body, but a size, not a fixed label
        List<String> axes = new ArrayList<>(MatrixForm.axes(of(), wrt()));
        axes.removeAll(integers);
        axes.removeAll(labels);
        List<String> valueAxes = new ArrayList<>(Indices.free(of()));
        valueAxes.removeAll(labels);
        Expr result = MatrixForm.apart(derivation.result(), new HashSet<>(axes));
        Expr value = MatrixForm.apart(differentiated, new HashSet<>(valueAxes));
        Map<String, Expr> bodies = new LinkedHashMap<>();
        for (Definition d : all) {
            bodies.put(d.name(), MatrixForm.apart(d.body(), new HashSet<>(d.indices())));
        }
        survey(all, bodies, value, result);

        SampledAssumptions assumed = SampledAssumptions.of(scope.assumptions());
        AssumedDraws draws = new AssumedDraws(assumed, scope.facts());
        String gradientBody;
        String valueBody;
        Usage gradientUsage;
        String unsupported = null;
        try {
            usage = new Usage();
            gradientBody = body(gradientDefinitions, bodies, result, axes, "result");
            gradientUsage = usage;
            usage = new Usage();
            valueBody = body(valueDefinitions, bodies, value, valueAxes, "of");
            merge(gradientUsage, usage);
            affine = gradientUsage.affine;
        } catch (Unsupported e) {
            unsupported = e.getMessage();
            gradientUsage = new Usage();
            String raise = "    raise NotImplementedError(" + quote("symgrad cannot write code for " + label + ": " + unsupported)
                    + ")\n";
            gradientBody = raise;
            valueBody = raise;
        }
        List<String> callables = callables(gradientUsage);
        String signature = "(*, " + String.join(", ", parameters(callables)) + ")";
        StringBuilder out = new StringBuilder();
        out.append("def ").append(name).append(signature).append(":\n")
                .append(docstring(axes, callables, assumed, draws))
                .append(gradientBody).append("\n\n")
                .append("def value_").append(name).append(signature).append(":\n")
                .append("    \"\"\"").append(Printer.unicode(of())).append(", the expression ").append(name)
                .append(" differentiates, at the same arguments")
                .append(valueAxes.isEmpty() ? " (a float)" : " (axes " + String.join(", ", valueAxes) + ")")
                .append(".\"\"\"\n")
                .append(valueBody);
        return new Emitted(name, out.toString(), affine, checkEntry(axes, valueAxes, callables, gradientUsage, assumed, draws,
                unsupported));
    }

    /**
     * {@code e} with every derivative of a known expression carried out (through the definitions),
     * so that it can be computed: {@code diff(σ(x), x)} is {@code σ(x)(1 − σ(x))}. Derivatives of
     * abstract functions stay: the code calls their gradients.
     */
    private static Expr computable(Expr e, Definitions definitions) {
        if (!hasKnownDerivative(e)) {
            return e;
        }
        return new Differentiator().evaluateDerivatives(definitions.expand(e));
    }

    private static boolean hasKnownDerivative(Expr e) {
        if (e instanceof org.symgrad.expr.Derivative d
                && !(d.of() instanceof Fn f && !org.symgrad.functions.FunctionRegistry.isKnown(f.name()))) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(GradientCode::hasKnownDerivative);
    }

    /** {@code into} with what {@code from} uses too. */
    private static void merge(Usage into, Usage from) {
        from.functions.forEach((f, u) -> {
            Usage.Function mine = into.function(f, u.application, u.arity);
            mine.value |= u.value;
            mine.gradient |= u.gradient;
        });
        into.dimension |= from.dimension;
        into.affine |= from.affine;
    }

    /** The definitions {@code roots} reach (except the variable's own), in the order of the script. */
    private List<Definition> needed(Definitions definitions, List<Expr> roots) {
        Set<String> wanted = new HashSet<>();
        List<Expr> frontier = new ArrayList<>(roots);
        while (!frontier.isEmpty()) {
            Expr e = frontier.remove(frontier.size() - 1);
            for (String n : definitions.namesIn(e)) {
                if (!n.equals(held()) && wanted.add(n)) {
                    frontier.add(definitions.of(n).orElseThrow().body());
                }
            }
            collectFunctionArguments(e, definitions, wanted, frontier);
        }
        List<Definition> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Definition d : definitions.all()) {
            if (wanted.contains(d.name())) {
                place(d, definitions, wanted, placed, ordered);
            }
        }
        return ordered;
    }

    /**
     * {@code d} after the definitions its body uses: a {@code let} may name one the script defines
     * later ({@code let P_ij = exp(S_ij)/…} before {@code let S_ij = …}), and the code must compute
     * that one first.
     */
    private void place(Definition d, Definitions definitions, Set<String> wanted, Set<String> placed,
                       List<Definition> ordered) {
        if (!placed.add(d.name())) {
            return;
        }
        for (String n : definitions.namesIn(d.body())) {
            if (wanted.contains(n) && !n.equals(d.name())) {
                place(definitions.of(n).orElseThrow(), definitions, wanted, placed, ordered);
            }
        }
        ordered.add(d);
    }

    /** A defined vector passed whole to an abstract function ({@code L(y)}) is needed too. */
    private void collectFunctionArguments(Expr e, Definitions definitions, Set<String> wanted, List<Expr> frontier) {
        if (e instanceof Fn f) {
            for (Expr a : f.args()) {
                if (a instanceof Sym s && !s.name().equals(held()) && definitions.of(s.name()).isPresent()
                        && wanted.add(s.name())) {
                    frontier.add(definitions.of(s.name()).orElseThrow().body());
                }
            }
        }
        Exprs.children(e).forEach(c -> collectFunctionArguments(c, definitions, wanted, frontier));
    }

    /** Ranks and written axes of every name, the leaves in order of first appearance, and the index classes. */
    private void survey(List<Definition> definitions, Map<String, Expr> bodies, Expr value, Expr result) {
        Set<String> defined = new HashSet<>();
        definitions.forEach(d -> defined.add(d.name()));
        for (Definition d : definitions) {
            note(d.target());
            note(bodies.get(d.name()));
        }
        note(value);
        note(result);
        note(wrt());
        for (Definition d : definitions) {
            collectLeaves(bodies.get(d.name()), defined);
        }
        collectLeaves(value, defined);
        collectLeaves(result, defined);
        collectLeaves(wrt(), defined);
        for (String i : integers) {
            if (!leaves.contains(i)) {
                leaves.add(i); // a stride only an index's arithmetic names
            }
            ranks.put(i, 0);
        }
        for (Definition d : definitions) {
            noteRanges("def:" + d.name(), bodies.get(d.name()));
        }
        noteRanges("of", value);
        noteRanges("result", result);
        for (Definition d : definitions) {
            String s = "def:" + d.name();
            classes.add(s, bodies.get(d.name()));
            for (int p = 0; p < d.indices().size(); p++) {
                classes.join(s, d.indices().get(p), d.name(), p);
            }
        }
        classes.add("of", value);
        classes.add("result", result);
        classes.add("wrt", wrt());
        for (String i : Indices.free(value)) {
            classes.join("of", i, "result", i);
        }
        for (String i : Indices.free(wrt())) {
            classes.join("wrt", i, "result", i);
        }
        Map<String, List<String>> firstLimited = new LinkedHashMap<>();
        limits.forEach((at, size) -> {
            // the ranges one size K bounds (p and q of Σ_{p=1}^{K} Σ_{q=1}^{K}) are one length
            List<String> first = firstLimited.putIfAbsent(size, at);
            if (first != null) {
                classes.join(first.get(0), first.get(1), at.get(0), at.get(1));
            }
        });
        for (String label : labels) {
            // a label is one value wherever it occurs: its range is one class across the statements
            classes.join("of", label, "result", label);
            for (Definition d : definitions) {
                classes.join("of", label, "def:" + d.name(), label);
            }
        }
    }

    /** The sums from 1 to an integer size in {@code e} (their index's range is that long), and its affine reads of arguments. */
    private void noteRanges(String scope, Expr e) {
        switch (e) {
            case org.symgrad.expr.IndexSum s when s.lower().equals(Exprs.ONE) && s.upper() instanceof Sym k
                    && integers.contains(k.name()) -> limits.putIfAbsent(List.of(scope, s.index()), k.name());
            case org.symgrad.expr.IndexProduct s when s.lower().equals(Exprs.ONE) && s.upper() instanceof Sym k
                    && integers.contains(k.name()) -> limits.putIfAbsent(List.of(scope, s.index()), k.name());
            case Indexed x -> {
                for (int p = 0; p < x.indices().size(); p++) {
                    if (Index.isAffine(x.indices().get(p))) {
                        affineReads.computeIfAbsent(new IndexClasses.Slot(x.name(), p), k -> new ArrayList<>())
                                .add(List.of(scope, x.indices().get(p)));
                        if (!scope.equals("result")) {
                            affineUses.computeIfAbsent(new IndexClasses.Slot(x.name(), p), k -> new ArrayList<>())
                                    .add(List.of(scope, x.indices().get(p)));
                        }
                    }
                }
            }
            default -> { }
        }
        Exprs.children(e).forEach(c -> noteRanges(scope, c));
    }

    /** The integer size that is the length of the range {@code representative}, if a sum bounds it. */
    private Optional<String> limit(String representative) {
        for (Map.Entry<List<String>, String> l : limits.entrySet()) {
            if (classes.classOf(l.getKey().get(0), l.getKey().get(1)).equals(representative)) {
                return Optional.of(l.getValue());
            }
        }
        return Optional.empty();
    }

    private void note(Expr e) {
        if (e instanceof Indexed x) {
            ranks.merge(x.name(), x.indices().size(), Math::max);
            writtenAxes.putIfAbsent(x.name(), x.indices());
        } else if (e instanceof Sym s) {
            ranks.putIfAbsent(s.name(), 0);
        }
        Exprs.children(e).forEach(this::note);
    }

    private void collectLeaves(Expr e, Set<String> defined) {
        String n = e instanceof Variable v ? v.name() : null;
        if (n != null && !defined.contains(n) && !leaves.contains(n) && !Constants.isConstant(e)
                && !(e instanceof Sym && n.equals(Exprs.N.name()) && ranks.getOrDefault(n, 0) == 0 && !n.equals(held()))) {
            leaves.add(n);
        }
        Exprs.children(e).forEach(c -> collectLeaves(c, defined));
    }

    /** The body of a function: arguments as arrays, the definitions in order, then {@code return} the expression. */
    private String body(List<Definition> definitions, Map<String, Expr> bodies, Expr e, List<String> axes, String exprScope) {
        computed.clear();
        List<String> lines = new ArrayList<>();
        for (String leaf : leaves) {
            String id = names.of(leaf);
            int rank = ranks.getOrDefault(leaf, 0);
            if (integers.contains(leaf)) {
                lines.add(id + " = int(" + id + ")");
                continue;
            }
            // a NumPy scalar, not a Python float: (-1.0) ** 0.5 is complex in Python, nan in NumPy (a point to redraw)
            lines.add(id + " = " + (backend == Backend.NUMPY && rank == 0 ? "np.float64(" + id + ")" : backend.asArray(id)));
        }
        for (String label : labels) {
            lines.add(names.label(label) + " = int(" + names.label(label) + ")");
        }
        for (Definition d : definitions) {
            lines.add(names.of(d.name()) + " = " + unbracketed(expression(bodies.get(d.name()), d.indices(), "def:" + d.name())));
            computed.add(d.name());
        }
        lines.add("return " + unbracketed(expression(e, axes, exprScope)));
        if (usage.dimension) {
            lines.add(leaves.size() + labels.size(), "n = " + dimension());
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append("    ").append(l).append('\n'));
        return out.toString();
    }

    /** {@code (a + b)} as {@code a + b}: a whole statement needs no outer brackets. */
    private static String unbracketed(String code) {
        if (!code.startsWith("(") || !code.endsWith(")")) {
            return code;
        }
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
            if (depth == 0 && i < code.length() - 1) {
                return code; // (a) * (b): the first bracket closes early
            }
        }
        return code.substring(1, code.length() - 1);
    }

    /** The length of the default range 1..n: that of the first array's first axis. */
    private String dimension() {
        for (String leaf : leaves) {
            if (ranks.getOrDefault(leaf, 0) > 0) {
                return names.of(leaf) + ".shape[0]";
            }
        }
        throw new Unsupported("the dimension n, with no array to take it from");
    }

    /** {@code e} as code for an array with axes {@code axes}: the matrix form where there is one, else einsum. */
    private String expression(Expr e, List<String> axes, String exprScope) {
        Sizes sizes = index -> size(exprScope, index);
        EinsumCode einsum = new EinsumCode(backend, sizes, names, usage, ranks,
                n -> leaves.contains(n) || computed.contains(n), labels, integers);
        MatrixReading reading = MatrixForm.of(e, axes);
        if (reading.exists()) {
            Matrix m = reading.matrix().orElseThrow();
            Py code = new MatrixCode(backend, sizes, einsum, usage, names).code(m);
            int dims = m.shape() == Shape.SCALAR ? 0 : m.shape() == Shape.MATRIX ? 2 : 1;
            return dims == axes.size() ? code.text()
                    : code.at(Py.Level.POWER) + " * " + backend.ones(sizes.shape(axes));
        }
        Py code = einsum.code(e, axes);
        if (!axes.containsAll(code.axes())) {
            Set<String> extra = new LinkedHashSet<>(code.axes());
            extra.removeAll(axes);
            throw new Unsupported("the indices " + extra + " are free but not axes of the result");
        }
        Py aligned = einsum.align(code, axes);
        return code.axes().size() == axes.size() ? aligned.text()
                : aligned.at(Py.Level.POWER) + " * " + backend.ones(sizes.shape(axes));
    }

    /** The length of {@code index} of {@code exprScope}: an axis of an argument, or of a name computed before. */
    private String size(String exprScope, String index) {
        String representative = classes.classOf(exprScope, index);
        Optional<String> limit = limit(representative);
        if (limit.isPresent()) {
            return names.of(limit.get()); // Σ_{m=1}^{K}: m runs over 1..K
        }
        return axis(representative).or(() -> readThrough(representative)).orElseThrow(() -> new Unsupported("cannot tell the length of the range of"
                + " index " + index + ": no array has it as an axis, nor reads it at a position i + m whose other"
                + " terms have known ranges (pass an array indexed by " + index + ", or bound it with sum_{" + index
                + "=1}^{K})"));
    }

    /** The length of the range {@code representative} as an axis of an argument or of a name computed before. */
    private Optional<String> axis(String representative) {
        return classes.slot(representative, leaves,
                n -> leaves.contains(n) && ranks.getOrDefault(n, 0) > 0 || computed.contains(n))
                .map(x -> names.of(x.name()) + ".shape[" + x.axis() + "]");
    }

    /**
     * The length of the range {@code representative} where no array has it as an axis but an argument's
     * axis is read at an affine position {@code i + m − 1} in which this range's index {@code i} is one term
     * (coefficient 1) and every other name has a known length: the positions fill the argument's axis
     * exactly, so {@code i} runs up to its length minus the other terms at their largest — a moving sum
     * {@code s_i = Σ_{m=1}^{M} x_{i+m−1}} has {@code x.shape[0] − M + 1} entries (the "valid" output of a
     * convolution). Each other index's length is its sum's limit or an array's axis, never read this way again.
     */
    private Optional<String> readThrough(String representative) {
        for (Map.Entry<IndexClasses.Slot, List<List<String>>> uses : affineReads.entrySet()) {
            IndexClasses.Slot slot = uses.getKey();
            if (!leaves.contains(slot.name()) || ranks.getOrDefault(slot.name(), 0) <= slot.axis()) {
                continue;
            }
            for (List<String> use : uses.getValue()) {
                Optional<String> length = readThrough(representative, slot, use.get(0), use.get(1));
                if (length.isPresent()) {
                    return length;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> readThrough(String representative, IndexClasses.Slot slot, String scope, String index) {
        Map<String, Long> terms = Index.coefficients(index);
        String own = null;
        for (Map.Entry<String, Long> t : terms.entrySet()) {
            if (!t.getKey().contains("*") && !integers.contains(t.getKey()) && !labels.contains(t.getKey())
                    && classes.classOf(scope, t.getKey()).equals(representative)) {
                if (own != null || t.getValue() != 1) {
                    return Optional.empty(); // i + i, 2i: the positions do not fill the axis one by one
                }
                own = t.getKey();
            }
        }
        if (own == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(names.of(slot.name()) + ".shape[" + slot.axis() + "]");
        for (Map.Entry<String, Long> t : terms.entrySet()) {
            if (t.getKey().equals(own)) {
                continue;
            }
            long c = t.getValue();
            List<String> factors = new ArrayList<>();
            if (Math.abs(c) != 1) {
                factors.add(Long.toString(Math.abs(c)));
            }
            for (String name : t.getKey().split("\\*")) {
                if (integers.contains(name)) {
                    factors.add(names.of(name));
                } else if (labels.contains(name)) {
                    return Optional.empty();
                } else if (c > 0) {
                    String other = classes.classOf(scope, name);
                    Optional<String> known = limit(other).map(names::of).or(() -> axis(other));
                    if (known.isEmpty() || other.equals(representative)) {
                        return Optional.empty();
                    }
                    factors.add(known.get()); // the other index at its largest
                }
            }
            // the position's largest value less this term's: subtract a positive term, add a negative one
            out.append(c > 0 ? " - " : " + ").append(factors.isEmpty() ? "1" : String.join(" * ", factors));
        }
        long offset = Index.offset(index);
        if (offset != 0) {
            out.append(offset > 0 ? " - " : " + ").append(Math.abs(offset));
        }
        return Optional.of("(" + out + ")");
    }

    private List<String> callables(Usage u) {
        List<String> out = new ArrayList<>();
        u.functions.forEach((f, use) -> {
            if (use.value) {
                out.add(names.function(f));
            }
            if (use.gradient) {
                out.add(names.gradient(f));
            }
        });
        return out;
    }

    private List<String> parameters(List<String> callables) {
        List<String> out = new ArrayList<>();
        leaves.forEach(l -> out.add(names.of(l)));
        labels.forEach(l -> out.add(names.label(l)));
        out.addAll(callables);
        return out;
    }

    private String docstring(List<String> axes, List<String> callables, SampledAssumptions assumed, AssumedDraws draws) {
        StringBuilder d = new StringBuilder();
        d.append("    \"\"\"").append(Printer.unicode(derivation.start())).append(", from `").append(label).append("`.\n\n");
        d.append("    Index form:  ").append(Printer.unicode(derivation.result())).append('\n');
        MatrixReading r = MatrixForm.of(derivation.result(), axes);
        d.append("    Matrix form: ").append(r.unicode().orElse("none (" + r.reason() + ")")).append('\n');
        List<Definition> defs = needed(scope.definitions(), List.of(of(), derivation.result()));
        if (!defs.isEmpty()) {
            d.append("    Through the definitions:\n");
            for (Definition def : defs) {
                d.append("        ").append(Printer.unicode(def.target())).append(" = ").append(Printer.unicode(def.body()))
                        .append('\n');
            }
        }
        d.append("\n    Arguments (an indexed name is an array with one axis per index, first index first;\n")
                .append("    a scalar is a float):\n");
        for (String leaf : leaves) {
            int rank = ranks.getOrDefault(leaf, 0);
            d.append("        ").append(names.of(leaf)).append(": ");
            if (integers.contains(leaf)) {
                d.append("int ≥ 1, ").append(limitOf(leaf));
            } else if (rank == 0) {
                d.append("float");
            } else {
                List<String> written = writtenAxes.getOrDefault(leaf, List.of());
                d.append("array, axes (").append(String.join(", ", written)).append(rank == 1 ? ",)" : ")");
                if (written.stream().anyMatch(Index::isAffine)) {
                    d.append("; position 1 is entry 0, a position past the end reads 0");
                }
            }
            if (!integers.contains(leaf)) {
                d.append(draws.described(leaf, rank));
            }
            if (leaf.equals(held())) {
                d.append(" — the variable");
            }
            d.append('\n');
        }
        for (String label : labels) {
            d.append("        ").append(names.label(label)).append(": int, the fixed index ").append(label)
                    .append(" (0-based: 0 up to the length of its range, minus 1)\n");
        }
        for (String c : callables) {
            d.append("        ").append(c).append(c.endsWith("_grad")
                    ? ": callable returning the tuple of its function's partial derivatives, one per argument,"
                    + " each shaped as its argument\n"
                    : ": callable, the abstract function itself\n");
        }
        if (!assumed.unsampled().isEmpty()) {
            d.append("    Assumed: ").append(String.join("; ", assumed.unsampled())).append('\n');
        }
        List<String> pairs = distinctAxes(axes, draws);
        if (!pairs.isEmpty()) {
            d.append("    Assumed: ").append(String.join("; ", pairs))
                    .append(" (the entries where the two are equal are not the derivative)\n");
        }
        d.append("\n    Returns ");
        if (axes.isEmpty()) {
            d.append("a float.\n");
        } else {
            d.append("an array with axes (").append(String.join(", ", axes)).append(axes.size() == 1 ? ",)" : ")")
                    .append(": the axes of ").append(Printer.unicode(of())).append(", then those of ")
                    .append(Printer.unicode(wrt())).append(".\n");
        }
        d.append("    \"\"\"\n");
        return d.toString();
    }

    /** What an integer size is: the length of the range it bounds ({@code Σ_{m=1}^{K}}), or a stride. */
    private String limitOf(String size) {
        for (Map.Entry<List<String>, String> l : limits.entrySet()) {
            if (l.getValue().equals(size)) {
                return "the length of the range 1.." + size + " of " + l.getKey().get(1);
            }
        }
        return "a factor in the index arithmetic (a stride)";
    }

    /**
     * The length of an argument's axis that the script reads only at computed positions
     * ({@code a_{i+m}}): the largest position, as a Python expression of the drawn range lengths
     * {@code sizes} and integer sizes {@code args}; null where some axis is read plainly too.
     */
    private String extent(IndexClasses.Slot slot) {
        List<String> maxima = new ArrayList<>();
        for (List<String> use : affineUses.getOrDefault(slot, List.of())) {
            String scope = use.get(0);
            String index = use.get(1);
            StringBuilder e = new StringBuilder();
            for (Map.Entry<String, Long> term : Index.coefficients(index).entrySet()) {
                long c = term.getValue();
                List<String> factors = new ArrayList<>();
                if (Math.abs(c) != 1) {
                    factors.add(Long.toString(Math.abs(c)));
                }
                for (String name : term.getKey().split("\\*")) {
                    if (integers.contains(name)) {
                        factors.add("args[" + quote(names.of(name)) + "]");
                    } else if (labels.contains(name)) {
                        return null;
                    } else if (c > 0) {
                        String id = classId(classes.classOf(scope, name));
                        drawn.add(id);
                        factors.add("sizes[" + quote(id) + "]"); // an index at its largest
                    }
                }
                e.append(c < 0 ? " - " : " + ").append(factors.isEmpty() ? "1" : String.join(" * ", factors));
            }
            long offset = Index.offset(index);
            if (offset != 0) {
                e.append(offset < 0 ? " - " : " + ").append(Math.abs(offset));
            }
            maxima.add(e.toString().replaceFirst("^ \\+ ", ""));
        }
        if (maxima.isEmpty()) {
            return null;
        }
        return maxima.size() == 1 ? maxima.get(0) : "max(" + String.join(", ", maxima) + ")";
    }

    /** The index pairs assumed distinct ({@code i ≠ j}) that are both axes of the result. */
    private static List<String> distinctAxes(List<String> axes, AssumedDraws draws) {
        return draws.distinct().stream().filter(p -> axes.contains(p.i()) && axes.contains(p.j()))
                .map(Sampling::describe).toList();
    }

    /** The gradient check's entry: how to draw arguments and read the result. */
    private String checkEntry(List<String> axes, List<String> valueAxes, List<String> callables, Usage u,
                              SampledAssumptions assumed, AssumedDraws draws, String unsupported) {
        StringBuilder arrays = new StringBuilder();
        List<String> scalars = new ArrayList<>();
        List<String> symmetric = new ArrayList<>();
        List<String> unsymmetric = new ArrayList<>();
        Set<String> assumedSymmetric = draws.symmetric();
        List<String> normalised = new ArrayList<>();
        StringBuilder assumedDraws = new StringBuilder();
        for (String leaf : leaves) {
            int rank = ranks.getOrDefault(leaf, 0);
            if (integers.contains(leaf)) {
                continue;
            }
            AssumedDraws.Draw kind = draws.of(leaf);
            if (kind == AssumedDraws.Draw.NORMALISED && rank > 0) {
                normalised.add(quote(names.of(leaf)));
            } else if (kind != null && (rank > 0 || kind != AssumedDraws.Draw.ONE_HOT)) {
                List<String> draw = new ArrayList<>(List.of(quote(kind.name().toLowerCase(java.util.Locale.ROOT))));
                if (kind == AssumedDraws.Draw.TWO_VALUED) {
                    draw.add(Double.toString(draws.values(leaf)[0]));
                    draw.add(Double.toString(draws.values(leaf)[1]));
                }
                assumedDraws.append(quote(names.of(leaf))).append(": ").append(tuple(draw)).append(", ");
            }
            if (rank == 0) {
                scalars.add(quote(names.of(leaf)));
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (int p = 0; p < rank; p++) {
                ids.add(quote(classId(classes.classOf(leaf, p))));
            }
            arrays.append(quote(names.of(leaf))).append(": ").append(tuple(ids)).append(", ");
            if (assumedSymmetric.contains(leaf)) {
                // a symmetric matrix is drawn as (A + A^T)/2: both axes must have one length
                if (rank == 2 && ids.get(0).equals(ids.get(1))) {
                    symmetric.add(quote(names.of(leaf)));
                } else {
                    unsymmetric.add(leaf + " symmetric");
                }
            }
        }
        StringBuilder indexClasses = new StringBuilder();
        Set<String> indices = new LinkedHashSet<>(axes);
        indices.addAll(valueAxes);
        for (String i : indices) {
            String s = Indices.free(wrt()).contains(i) && !Indices.free(of()).contains(i) ? "wrt" : "of";
            indexClasses.append(quote(i)).append(": ").append(quote(classId(classes.classOf(s, i)))).append(", ");
        }
        StringBuilder labelClasses = new StringBuilder();
        for (String label : labels) {
            labelClasses.append(quote(names.label(label))).append(": ").append(quote(classId(classes.classOf("of", label))))
                    .append(", ");
        }
        List<String> pattern = new ArrayList<>();
        if (wrt() instanceof Indexed x) {
            for (String i : x.indices()) {
                pattern.add(Index.isConcrete(i) ? Integer.toString(Integer.parseInt(i) - 1) : quote(i));
            }
        }
        StringBuilder functions = new StringBuilder();
        u.functions.forEach((f, use) -> functions.append(quote(names.function(f))).append(": (")
                .append(quote(use.application == Usage.Application.WHOLE ? "whole" : "elementwise")).append(", ")
                .append(use.arity).append(", ").append(quote(names.gradient(f))).append("), "));
        StringBuilder integerEntries = new StringBuilder();
        for (String i : integers) {
            Optional<String> range = limits.entrySet().stream().filter(l -> l.getValue().equals(i)).findFirst()
                    .map(l -> quote(classId(classes.classOf(l.getKey().get(0), l.getKey().get(1)))));
            integerEntries.append(quote(names.of(i))).append(": ").append(range.orElse("None")).append(", ");
        }
        StringBuilder extents = new StringBuilder();
        Set<String> extended = new HashSet<>();
        for (IndexClasses.Slot slot : affineUses.keySet()) {
            String e = leaves.contains(slot.name()) ? extent(slot) : null;
            String id = classId(classes.classOf(slot.name(), slot.axis()));
            if (e != null && extended.add(id)) {
                extents.append(quote(id)).append(": lambda sizes, args: max(1, ").append(e).append("), ");
            }
        }
        // a range only an extent names is drawn too (the other ranges already are: their draws stay as they were)
        Set<String> alreadyDrawn = new HashSet<>();
        for (String leaf : leaves) {
            for (int p = 0; p < (integers.contains(leaf) ? 0 : ranks.getOrDefault(leaf, 0)); p++) {
                alreadyDrawn.add(classId(classes.classOf(leaf, p)));
            }
        }
        for (String i : indices) {
            alreadyDrawn.add(classId(classes.classOf(Indices.free(wrt()).contains(i) && !Indices.free(of()).contains(i)
                    ? "wrt" : "of", i)));
        }
        labels.forEach(l -> alreadyDrawn.add(classId(classes.classOf("of", l))));
        limits.forEach((at, size) -> alreadyDrawn.add(classId(classes.classOf(at.get(0), at.get(1)))));
        drawn.removeAll(alreadyDrawn);
        StringBuilder distinct = new StringBuilder();
        for (Sampling.Distinct p : draws.distinct()) {
            if (indices.contains(p.i()) && indices.contains(p.j())) {
                distinct.append("(").append(quote(p.i())).append(", ").append(quote(p.j())).append("), ");
            }
        }
        List<String> unhonoured = new ArrayList<>(assumed.unsampled());
        unhonoured.addAll(unsymmetric);
        String note = unsupported != null ? "cannot write code: " + unsupported
                : !unhonoured.isEmpty() ? "the sampler cannot honour: " + String.join("; ", unhonoured)
                : null;
        return "    " + quote(name) + ": dict(\n"
                + "        gradient=" + name + ", value=value_" + name + ",\n"
                + "        variable=" + quote(names.of(held())) + ", pattern=" + tuple(pattern) + ",\n"
                + "        axes=" + tuple(axes.stream().map(GradientCode::quote).toList())
                + ", value_axes=" + tuple(valueAxes.stream().map(GradientCode::quote).toList()) + ",\n"
                + "        arrays={" + trim(arrays) + "}, scalars=" + tuple(scalars)
                + ", normalised=" + tuple(normalised) + (symmetric.isEmpty() ? "" : ", symmetric=" + tuple(symmetric)) + ",\n"
                + (assumedDraws.isEmpty() && distinct.isEmpty() ? "" : "        assumed={" + trim(assumedDraws) + "}"
                + (distinct.isEmpty() ? "" : ", distinct=(" + distinct + ")") + ",\n")
                + "        index_classes={" + trim(indexClasses) + "}, labels={" + trim(labelClasses) + "},\n"
                + "        functions={" + trim(functions) + "},\n"
                + (integers.isEmpty() && extents.isEmpty() ? ""
                : "        integers={" + trim(integerEntries) + "}, extents={" + trim(extents) + "}"
                + (drawn.isEmpty() ? "" : ", drawn=" + tuple(drawn.stream().map(GradientCode::quote).toList())) + ",\n")
                + "        square=" + (u.dimension ? "True" : "False") + ", skip=" + (note == null ? "None" : quote(note))
                + "),\n";
    }

    private String classId(String representative) {
        return classIds.computeIfAbsent(representative, r -> "r" + classIds.size());
    }

    private static String trim(StringBuilder b) {
        return b.length() >= 2 ? b.substring(0, b.length() - 2) : b.toString();
    }

    private static String tuple(List<String> items) {
        return items.size() == 1 ? "(" + items.get(0) + ",)" : "(" + String.join(", ", items) + ")";
    }

    /** A Python string literal. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
