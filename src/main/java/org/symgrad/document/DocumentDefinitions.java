package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.parse.latex.ConditionalCalls;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.Target;
import org.symgrad.print.Printer;

/**
 * What a document has defined so far, as it is read (SPEC §8): its values and functions, where each was defined,
 * the names whose definition could not be read (and why), its components and layers, and the losses known only
 * through their gradients; and how a statement's target is defined by the side that gives its value.
 */
final class DocumentDefinitions {
    private final String text;
    /** How the document's math reads ({@link DocumentReading#context}); set once that exists. */
    LatexContext context;

    /** The names the document writes with a sample index, {@code x^{(i)}}, as it is read (see {@link Definitions#withSamplesAndStarts}). */
    final Set<String> sampled = new java.util.HashSet<>();
    /**
     * The numbers the prose gives recurrences' initial terms ("with $h_0 = 0$", {@link RecurrenceStarts}), as it is read:
     * each holds until the end of its section ({@link #startsAt}).
     */
    final Map<Indexed, Expr> starts = new HashMap<>();
    Definitions definitions = Definitions.withSamplesAndStarts(sampled, starts);
    /** The line where each start stops holding ({@link SectionScopes#endLine}). */
    private final Map<Indexed, Integer> startsUntil = new HashMap<>();
    final Map<String, DocumentFunction> functions = new HashMap<>();
    /** Where each section of the document ends, for the inline definitions written in it ({@link SectionScopes}). */
    SectionScopes sections;

    /** The where-clauses that close the displays ({@link WhereClauses}): their inline definitions hold for the display's steps. */
    WhereClauses whereClauses = WhereClauses.NONE;

    /** The "For the NOUN $X = …$" formulas announced for the steps of their sentence ({@link ForNounDefinitions}). */
    ForNounDefinitions forNouns = ForNounDefinitions.NONE;

    /** The densities the displays define with a conditioning bar, and the calls that condition the other way ({@link ConditionalCalls}). */
    ConditionalCalls conditionals = ConditionalCalls.NONE;

    /** The starts {@code stated} at {@code offset}, from there to the end of its section; a later one of the same term replaces it. */
    void started(List<RecurrenceStarts.Start> stated, int offset) {
        for (RecurrenceStarts.Start s : stated) {
            starts.put(s.term(), s.value());
            startsUntil.put(s.term(), sections == null ? Integer.MAX_VALUE : sections.endLine(offset));
        }
    }

    /**
     * Whether each of {@code stated}, which a display states at {@code offset}, is a recurrence's initial term ({@link
     * Definitions#startOf}): then they are started as {@link #started} starts them; otherwise nothing is.
     */
    boolean startsRecurrence(List<RecurrenceStarts.Start> stated, int offset) {
        Map<Indexed, Expr> before = new HashMap<>(starts);
        stated.forEach(s -> starts.put(s.term(), s.value()));
        boolean initial = !stated.isEmpty() && stated.stream().allMatch(s -> definitions.startOf(s.term()).isPresent());
        starts.clear();
        starts.putAll(before);
        if (initial) {
            started(stated, offset);
        }
        return initial;
    }

    /** Only the starts that hold at {@code line}: those of an earlier section no longer do. */
    void startsAt(int line) {
        startsUntil.entrySet().removeIf(e -> {
            boolean ended = e.getValue() <= line;
            if (ended) {
                starts.remove(e.getKey());
            }
            return ended;
        });
    }

    /** Whether the inline definition {@code d} holds at {@code line}: before the end of the section it is written in. */
    boolean inScope(InlineDefinitions d, int line) {
        if (sections == null) {
            return true;
        }
        // a name the parts of one problem define more than once ("(a) Let $f(x) = x^3$ … (b) Let $f(x) = \\sin x$"): each part's
        // own, as before parts carried definitions, so "(c) Using (a), $$f'(2) = 12$$" is read with neither
        boolean again = inline.stream().anyMatch(o -> o != d && o.name().equals(d.name())
                && (o.line() > d.line() && o.line() < sections.inlineEndLine(d.at(), d.shown())
                || o.line() < d.line() && d.line() < sections.inlineEndLine(o.at(), o.shown())));
        return line < (again ? sections.endLine(d.at()) : sections.inlineEndLine(d.at(), d.shown()));
    }
    final Map<String, Integer> definedAt = new HashMap<>();
    /**
     * Whether a definition repeats an index in two factors of a product that neither its target writes nor a sum around
     * it binds ({@code y_i = W_{ij} x_j}): the Einstein convention would sum it, and a false step may then hold as the author
     * meant it ({@link EinsteinHints}).
     */
    boolean einsteinWouldSum;
    /**
     * Whether a formula read writes the sum the convention would imply ({@code \sum_j W_{ij} x_j}): the author sums
     * explicitly, so a product that repeats an index without a sum is a sum left out, not the convention.
     */
    boolean sumsWritten;
    /** Definitions written only in inline math, which are not read: named in the hint of a step they leave undecided. */
    final List<InlineDefinitions> inline = new ArrayList<>();
    final Map<String, String> unreadable = new HashMap<>();
    final ComponentDefinitions components = new ComponentDefinitions();
    final WrittenNames writtenNames = new WrittenNames();
    final LayerDefinitions layers = new LayerDefinitions();
    final Set<String> plainNames = new LinkedHashSet<>();
    final Set<String> knownNames = new LinkedHashSet<>();
    /** A loss known only through its gradient ({@link UpstreamGradients}) → the gradient's definition as written. */
    final Map<String, Definition> upstream = new LinkedHashMap<>();
    /** What the last definition read as an upstream gradient says in its row's notes, or null. */
    String upstreamNote;
    /** The losses known through their gradient by a matrix of a shape the document gives, summed over its entries ({@link UpstreamSums#limits}). */
    final Set<String> sizedLosses = new java.util.LinkedHashSet<>();

    /**
     * The positions of arguments written as one example of a vector ({@code x^{(i)}}) in the calls of each
     * function read before the document defined it ({@link CallsBeforeDefinition}).
     */
    final Map<String, Set<Integer>> sampleArguments = new java.util.HashMap<>();

    DocumentDefinitions(String text) {
        this.text = text;
    }

    Optional<String> usesUnreadable(Expr e) {
        String name = switch (e) {
            case Sym s -> s.name();
            case Indexed x -> x.name();
            case Fn f -> f.name();
            default -> null;
        };
        if (name != null && unreadable.containsKey(name)) {
            return Optional.of("uses " + name + ", whose definition could not be read (" + unreadable.get(name) + ")");
        }
        for (Expr c : Exprs.children(e)) {
            Optional<String> inner = usesUnreadable(c);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    // ---- chains and definitions ----

    /** {@code side} with the calls of the functions {@code names} that the document has defined since applied. */
    Side withCalls(Side side, List<String> names) {
        if (side == null || side.expr().isEmpty()) {
            return side;
        }
        Expr e = side.expr().get();
        for (String n : names) {
            if (functions.containsKey(n)) {
                e = CallsBeforeDefinition.applied(e, functions.get(n), Set.of(), SourceSpan.of(text, side.start(), 1));
            }
        }
        return new Side(side.tokens(), side.reading(), Optional.of(e), side.problem(), side.text(), side.line(), side.start(),
                side.rowEnd());
    }

    boolean isDefined(String name) {
        return definitions.of(name).isPresent() || functions.containsKey(name);
    }

    /**
     * {@code t} as the name it is defined under: a component defined already ({@code v_1 = …} twice) is the name of its own
     * ({@link ComponentDefinitions}), so that writing it again restates its definition rather than giving a new one.
     */
    Target resolved(Target t) {
        if (t.isCall() || t.squared() || !(t.variable() instanceof Indexed x)) {
            return t;
        }
        return components.defined(x).map(own -> new Target(own.name(), own, t.parameters(), t.component(), t.builtIn(), t.vector()))
                .orElse(t);
    }

    /** A name defined before with another number of indices ({@code \hat y} then {@code \hat y_i}): a new definition. */
    boolean sameNameOtherShape(Target t) {
        Optional<Definition> old = definitions.of(t.name());
        if (old.isEmpty()) {
            return functions.containsKey(t.name()) != t.isCall();
        }
        int before = old.get().indices().size();
        int now = t.variable() instanceof Indexed x ? x.indices().size() : 0;
        return before != now || functions.containsKey(t.name()) != t.isCall();
    }

    /** Defines {@code t} by {@code body}; false, and the name marked unreadable, when that fails. */
    boolean defineFromSides(Target t, Side body, int line) {
        if (body == null) {
            return false;
        }
        Optional<String> reversed = conditionals.reversed(body.tokens());
        if (reversed.isPresent()) {
            // J(\lambda) = \log p(\lambda \mid x) beside p(x_i \mid \lambda) = …: the posterior, which the document does not define
            unreadable.put(t.name(), "line " + body.line() + ": " + reversed.get());
            functions.remove(t.name());
            return false;
        }
        if (t.vector() || !body.readable() && !t.isCall() && t.variable() instanceof Sym && !t.squared()) {
            // \hat{\mathbf{y}} = \mathrm{softmax}(\mathbf{o}), \hat{y} = \sigma(Wx + b) with σ a vector function: the vector's
            // component i is softmax(o)_i; a plain name only where its value, a vector, cannot be read without one
            Optional<Expr> entry = VectorComponents.at(body.tokens(), text, context);
            if (entry.isPresent()) {
                return define(t.name(), VectorComponents.entry(t.name()), entry.get(), line);
            }
        }
        if (!body.readable()) {
            unreadable.put(t.name(), "line " + body.line() + ": " + StepJudge.reason(body));
            functions.remove(t.name());
            return false;
        }
        Expr value = body.expr().get();
        if (t.squared()) {
            // \sigma^2 = V: σ is √V, so that σ² wherever the document writes it is V again
            value = Exprs.fn("sqrt", value);
        }
        if (t.isCall() && calls(value, t.name())) {
            // P(Y | X) = \prod_i P(y^(i) | x^(i)): a label for one value, not a function to apply elsewhere
            unreadable.put(t.name(), "line " + body.line() + ": " + t.name() + " is defined in terms of itself (" + t.name()
                    + " at other arguments on the right), so it names one value, not a function symgrad can apply");
            functions.remove(t.name());
            return false;
        }
        if (t.isCall()) {
            // \pi_j(x) = …: a family, one member per value of j, which a call \pi_h(x) renames ({@link DocumentFunction#at})
            List<String> own = t.variable() instanceof Indexed x && x.indices().stream().allMatch(Index::isSymbolic)
                    && !DocumentFunction.namesMember(x.indices()) ? x.indices() : List.of();
            // the body as a function of its parameters; the name's value keeps the names, which steps differentiate by
            Expr ofParameters = ParameterDependents.inlined(value, ParameterDependents.parameterNames(t.parameters()), definitions);
            DocumentFunction f = new DocumentFunction(t.name(), t.parameters(), t.component(), ofParameters, own);
            if (!functions.containsKey(t.name())) {
                // J = Σ_i (h_θ(x^{(i)}) − y^{(i)})² above h_θ(x) = θ_0 + θ_1 x: the earlier calls of h_θ apply it now
                SourceSpan where = SourceSpan.of(text, body.start(), 1);
                Set<Integer> samples = sampleArguments.getOrDefault(t.name(), Set.of());
                definitions = CallsBeforeDefinition.applied(definitions, f, samples, where);
                functions.replaceAll((n, g) -> g.withBody(CallsBeforeDefinition.applied(g.body(), f, samples, where)));
            }
            functions.put(t.name(), f);
            definedAt.put(t.name(), line);
            unreadable.remove(t.name());
            knownNames.add(t.name());
            addKnown(value);
            readVectorsAgain(f);
            // a policy π(a): its bare name stays the number π, which its body may use (\sqrt{2\pi}\,\sigma)
            if (t.component().isEmpty() && !t.builtIn() && !(t.variable() instanceof Sym s && Constants.named(s.name()).isPresent())) {
                return define(t.name(), t.variable(), value, line);
            }
            return true;
        }
        lateVectors.remember(t, body, line, value, functions.keySet());
        return define(t.name(), t.variable(), value, line);
    }

    /** Plain names defined by calls of functions not defined yet ({@link LateVectorFunctions}). */
    private final LateVectorFunctions lateVectors = new LateVectorFunctions();

    /**
     * Now that {@code f} is defined, the plain names defined before by a call of it, as vectors where it has a component
     * ({@link LateVectorFunctions}): {@code \hat{y} = \sigma(Wx + b)} above {@code \sigma(a)_i = …} defines ŷ_i.
     */
    void readVectorsAgain(DocumentFunction f) {
        for (LateVectorFunctions.Pending p : lateVectors.definedNow(f)) {
            String name = p.target().name();
            if (!Integer.valueOf(p.line()).equals(definedAt.get(name))) {
                continue; // defined again since: that definition stands
            }
            VectorComponents.at(p.body().tokens(), text, context)
                    .ifPresent(entry -> define(name, VectorComponents.entry(name), entry, p.line()));
        }
    }

    /** Whether {@code e} applies the function {@code name}. */
    private static boolean calls(Expr e, String name) {
        return e instanceof Fn f && f.name().equals(name) || Exprs.children(e).stream().anyMatch(c -> calls(c, name));
    }

    boolean define(String name, Expr target, Expr value, int line) {
        if (ComponentDefinitions.isComponent(target) || ComponentDefinitions.besideItsBareName(target, value)) {
            // x_1 = \sin t: one component, a name of its own from here on
            Sym own = components.define((Indexed) target);
            writtenNames.add(own.name(), ((Indexed) target).name(), String.join("", ((Indexed) target).indices()));
            target = own;
            name = own.name();
            // values defined before it (f = x_1^2 + 2 x_2) now mean this name wherever they write x_1; a
            // function's parameters are its own (f(x_1, x_2) = … is a function of any two arguments)
            definitions = ComponentDefinitions.renamed(definitions, components::apply, functions.keySet());
        }
        if (target instanceof Indexed x) {
            // h_{t+1} = tanh(w h_t + …) states the same recurrence as h_t = tanh(w h_{t-1} + …)
            for (String index : x.indices()) {
                Map<String, Long> terms = Index.isAffine(index) ? Index.coefficients(index) : Map.of();
                if (terms.size() == 1 && terms.values().iterator().next() == 1 && !terms.keySet().iterator().next().contains("*")) {
                    String t = terms.keySet().iterator().next();
                    String back = Index.of(Map.of(t, 1L), -Index.offset(index));
                    target = Indices.rename(target, t, back);
                    value = Indices.rename(value, t, back);
                }
            }
        }
        // "Let … and $L = \tfrac12(\hat y - y)^2$" above δ_2 = ∂L/∂ŷ: δ_2 names the derivative of the loss the prose defines,
        // which a step reads with its inline definition; L read as Σ δ_2 ŷ made the right backward pass false
        Definitions known = definitions;
        Optional<Definition> loss = UpstreamGradients.loss(target, value, definitions, functions.keySet(),
                        wrt -> UpstreamSums.limits(wrt, context, text, known))
                .filter(l -> inline.stream().noneMatch(d -> d.cued() && !d.ofAFunction() && d.name().equals(l.name())));
        if (loss.isPresent()) {
            // g_i = ∂L/∂y_i with L nowhere defined: L is read as Σ_i g_i y_i, g a given array (first derivatives only)
            String lossName = loss.get().name();
            if (!UpstreamSums.limits(((Derivative) value).wrt(), context, text, known).isEmpty()) {
                sizedLosses.add(lossName);
            }
            definitions = definitions.with(loss.get());
            upstream.put(lossName, new Definition(target, value));
            upstreamNote = lossName + " is read as known through its gradient " + name + " by " + Printer.ascii(
                    ((Derivative) value).wrt()) + " (" + Printer.ascii(loss.get().body()) + " has the same first derivatives)";
            definedAt.put(name, line);
            definedAt.put(lossName, line);
            knownNames.add(name);
            knownNames.add(lossName);
            addKnown(value);
            return true;
        }
        try {
            definitions = definitions.with(new Definition(target, value));
            Einstein.noteDefinition(this, target, value);
            // g(x) = ½x(1 + tanh u) above "where u = √(2/π)(x + 0.044715x³)": u is a function of g's parameter
            functions.replaceAll((n, f) -> ParameterDependents.inlined(f, definitions));
            Definition gradient = upstream.remove(name);
            if (gradient != null) {
                definitions = definitions.with(gradient); // the loss written out: its gradient is its derivative again
            }
            definedAt.put(name, line);
            unreadable.remove(name);
            knownNames.add(name);
            addKnown(value);
            if (name.equals("e") || name.equals("delta") || name.equals("sigma")) {
                plainNames.add(name);
            }
            return true;
        } catch (InputException e) {
            if (target instanceof Indexed x && e.getMessage().startsWith("recursive definition")
                    && defineLayer(x, value, line)) {
                return true;
            }
            unreadable.put(name, "line " + line + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Defines {@code x}, whose definition by {@code value} is recursive as one name, as its layer's own name
     * ({@link LayerDefinitions}: PRML's {@code z_j = h(a_j)} beside {@code a_j = \sum_i w_{ji} z_i}); false
     * where that is recursive too.
     */
    private boolean defineLayer(Indexed x, Expr value, int line) {
        Optional<Indexed> layer = LayerDefinitions.layerOf(x, value);
        if (layer.isEmpty()) {
            return false;
        }
        LayerDefinitions tried = layers.with(x, layer.get());
        Definitions renamed = definitions.cleared();
        try {
            // values defined before it (y_k = \sum_j w_{kj} z_j) now mean this layer's z wherever they write z_j
            for (Definition d : definitions.all()) {
                renamed = renamed.with(functions.containsKey(d.name()) ? d : new Definition(d.target(), tried.apply(d.body())));
            }
            renamed = renamed.with(new Definition(layer.get(), value));
        } catch (InputException again) {
            return false;
        }
        definitions = renamed;
        layers.define(x, layer.get());
        String name = layer.get().name();
        writtenNames.add(name, x.name(), "#".repeat(x.indices().size()));
        definedAt.put(name, line);
        knownNames.add(name);
        addKnown(value);
        return true;
    }

    private void addKnown(Expr e) {
        switch (e) {
            case Sym s -> knownNames.add(s.name());
            case Indexed x -> knownNames.add(x.name());
            case Derivative d -> knownNames.add(d.wrt().name());
            default -> {
            }
        }
        Exprs.children(e).forEach(this::addKnown);
    }
}
