package org.symgrad.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Sym;
import org.symgrad.functions.CodeSpelling;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * Index notation as array code, for any number of indices: a name indexed {@code W_ij} is the
 * array {@code W} with axes i, j; a product with its sums is one {@code einsum} call
 * ({@code Σ_k V_ka g_k} is {@code einsum('ka,k->a', V, g)}), a product of arrays on the same
 * axes is {@code *}; a sum lines its terms' axes up and lets them broadcast ({@code x[:, None]});
 * functions and powers apply entry by entry; {@code δ_ij} is an identity matrix. The result of
 * {@link #code} is an array whose axes are named in {@link Py#axes()}.
 */
final class EinsumCode {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Backend backend;
    private final Sizes sizes;
    private final PythonNames names;
    private final Usage usage;
    /** Names that are arrays (with their number of axes); everything else named is a scalar. */
    private final Map<String, Integer> ranks;
    /** Whether a name has a value in the generated function (an argument, or computed before). */
    private final java.util.function.Predicate<String> valued;
    /** Fixed labels ({@code o} of {@code δ_wo}): one integer argument each, indexing like a number. */
    private final Set<String> labels;
    /**
     * Integer sizes ({@code K} of {@code Σ_{m=1}^{K}}, the stride {@code s} of {@code x_{s*i+p}}): one
     * integer argument each, a length or a factor in index arithmetic, never an axis.
     */
    private final Set<String> integers;

    EinsumCode(Backend backend, Sizes sizes, PythonNames names, Usage usage, Map<String, Integer> ranks,
               java.util.function.Predicate<String> valued, Set<String> labels, Set<String> integers) {
        this.backend = backend;
        this.sizes = sizes;
        this.names = names;
        this.usage = usage;
        this.ranks = ranks;
        this.valued = valued;
        this.labels = Set.copyOf(labels);
        this.integers = Set.copyOf(integers);
    }

    /** Whether {@code index} is an axis: a symbolic index that is neither a fixed label nor an integer size. */
    private boolean isAxis(String index) {
        return Index.isSymbolic(index) && !labels.contains(index) && !integers.contains(index);
    }

    /** A fixed index as a 0-based Python subscript: {@code 2} for x_3, {@code o} for the label o. */
    private String subscript(String index) {
        return Index.isConcrete(index) ? Integer.toString(Integer.parseInt(index) - 1) : names.label(index);
    }

    /**
     * {@code e} as code whose axes come, where {@code e} is a product, in the order {@code axes}
     * gives (so that no transpose follows the {@code einsum}).
     */
    Py code(Expr e, List<String> axes) {
        List<String> saved = preferred;
        preferred = axes;
        try {
            return code(e);
        } finally {
            preferred = saved;
        }
    }

    /** The order a product's free axes should come in, where it can choose (the target of the expression). */
    private List<String> preferred = List.of();

    Py code(Expr e) {
        return switch (e) {
            case Num n -> Py.number(n.value());
            case Sym s -> symbol(s);
            case Indexed x -> indexed(x);
            case Delta d -> delta(d);
            case Add a -> sum(a.terms());
            case Mul m -> product(m.factors());
            case IndexSum s when RangeIndicator.of(s).isPresent() -> rangeCondition(RangeIndicator.of(s).orElseThrow());
            case IndexSum s -> product(List.of(s));
            case IndexProduct p -> indexProduct(p);
            case Pow p -> power(p);
            case Fn f -> function(f);
            case Derivative d -> derivative(d);
        };
    }

    private Py symbol(Sym s) {
        if (ranks.getOrDefault(s.name(), 0) > 0) {
            throw new Unsupported("the vector " + s.name() + " is used without its index outside a function argument");
        }
        if (s.name().equals(Exprs.N.name()) && !valued.test(s.name())) {
            usage.dimension = true; // n is the dimension unless the script gives it a value
            return Py.atom("n", List.of());
        }
        if (Constants.isConstant(s) && !valued.test(s.name())) {
            return Py.atom("math." + s.name(), List.of()); // π is math.pi, not an argument
        }
        return Py.atom(names.of(s.name()), List.of());
    }

    private Py indexed(Indexed x) {
        String id = names.of(x.name());
        List<String> idx = x.indices();
        if (idx.stream().anyMatch(Index::isAffine)) {
            return entries(id, idx);
        }
        boolean plain = idx.stream().allMatch(this::isAxis) && new HashSet<>(idx).size() == idx.size();
        if (plain) {
            return Py.atom(id, idx);
        }
        List<String> kept = new ArrayList<>();
        String text = id;
        if (!idx.stream().allMatch(this::isAxis)) {
            List<String> subscripts = new ArrayList<>();
            for (String i : idx) {
                if (!isAxis(i)) {
                    subscripts.add(subscript(i));
                } else {
                    subscripts.add(":");
                    kept.add(i);
                }
            }
            text = id + "[" + String.join(", ", subscripts) + "]";
        } else {
            kept.addAll(idx);
        }
        Set<String> distinct = new LinkedHashSet<>(kept);
        if (distinct.size() == kept.size()) {
            return Py.atom(text, kept);
        }
        // W_ii: the diagonal
        Map<String, Character> letters = letters(kept);
        StringBuilder in = new StringBuilder();
        kept.forEach(i -> in.append(letters.get(i)));
        StringBuilder out = new StringBuilder();
        distinct.forEach(i -> out.append(letters.get(i)));
        return Py.atom(backend.einsum(in + "->" + out, List.of(text)), List.copyOf(distinct));
    }

    /**
     * {@code a_{i+m}} (an affine index: a convolution's shifted or strided read): the entries of the
     * array at the positions its indices compute, as an array with one axis per index name that is an
     * axis ({@code _entries(a, _index(n_i, 0, 2) + _index(K, 1, 2))}, axes i, m). A position outside the
     * array reads 0: the zero padding a convolution's range conditions state.
     */
    private Py entries(String array, List<String> indices) {
        Positions p = positions(indices);
        usage.affine = true;
        return Py.atom("_entries(" + array + ", " + String.join(", ", p.codes()) + ")", p.axes());
    }

    /** Positions as the script counts them (from 1), as integer arrays broadcasting over {@code axes}. */
    private record Positions(List<String> codes, List<String> axes) {
    }

    private Positions positions(List<String> indices) {
        List<String> axes = new ArrayList<>();
        for (String i : indices) {
            for (String name : Index.names(i)) {
                if (isAxis(name) && !axes.contains(name)) {
                    axes.add(name);
                }
            }
        }
        List<String> codes = new ArrayList<>();
        for (String i : indices) {
            codes.add(position(i, axes));
        }
        return new Positions(codes, axes);
    }

    /** One index as a position: {@code i + m} of the grids of i and m, {@code s * i + p} with the stride s. */
    private String position(String index, List<String> axes) {
        if (Index.isConcrete(index)) {
            return index;
        }
        if (Index.isSymbolic(index)) {
            return positionOf(index, axes);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> term : Index.coefficients(index).entrySet()) {
            long c = term.getValue();
            List<String> factors = new ArrayList<>();
            if (Math.abs(c) != 1) {
                factors.add(Long.toString(Math.abs(c)));
            }
            for (String name : term.getKey().split("\\*")) {
                factors.add(positionOf(name, axes));
            }
            String product = String.join(" * ", factors);
            out.append(out.isEmpty() ? (c < 0 ? "-" : "") : c < 0 ? " - " : " + ").append(product);
        }
        long offset = Index.offset(index);
        if (offset != 0) {
            out.append(offset < 0 ? " - " : " + ").append(Math.abs(offset));
        }
        return out.toString();
    }

    /** A name in an index: the grid 1..length of an axis, an integer size, or a fixed label (1-based). */
    private String positionOf(String name, List<String> axes) {
        if (axes.contains(name)) {
            return "_index(" + sizes.size(name) + ", " + axes.indexOf(name) + ", " + axes.size() + ")";
        }
        if (integers.contains(name)) {
            return names.of(name);
        }
        if (labels.contains(name)) {
            return "(" + names.label(name) + " + 1)";
        }
        throw new Unsupported("the index " + name + ", neither an axis nor a size");
    }

    /** {@code [lo ≤ t-i ≤ K]}: 1 where the position lies in the range, else 0, over the axes the index names. */
    private Py rangeCondition(RangeIndicator r) {
        Positions p = positions(List.of(r.index()));
        Py lower = code(r.lower());
        Py upper = code(r.upper());
        if (!lower.axes().isEmpty() || !upper.axes().isEmpty()) {
            throw new Unsupported("a range condition whose limits have indices");
        }
        usage.affine = true;
        return Py.atom("_between(" + lower.text() + ", " + p.codes().get(0) + ", " + upper.text() + ")", p.axes());
    }

    private Py delta(Delta d) {
        if (Index.isAffine(d.i()) || Index.isAffine(d.j())) {
            // δ(t, m+k): 1 where the two positions are equal
            Positions p = positions(List.of(d.i(), d.j()));
            usage.affine = true;
            return Py.atom("_equal(" + p.codes().get(0) + ", " + p.codes().get(1) + ")", p.axes());
        }
        boolean i = isAxis(d.i());
        boolean j = isAxis(d.j());
        if (i && j) {
            return d.i().equals(d.j()) ? Py.number(Rational.ONE)
                    : Py.atom(backend.eye(sizes.size(d.i())), List.of(d.i(), d.j()));
        }
        if (!i && !j) {
            if (d.i().equals(d.j()) || Index.isConcrete(d.i()) && Index.isConcrete(d.j())) {
                return Py.number(d.i().equals(d.j()) ? Rational.ONE : Rational.ZERO);
            }
            return Py.atom("float(" + subscript(d.i()) + " == " + subscript(d.j()) + ")", List.of()); // δ_oy
        }
        String symbolic = i ? d.i() : d.j();
        String fixed = i ? d.j() : d.i();
        return Py.atom(backend.eye(sizes.size(symbolic)) + "[:, " + subscript(fixed) + "]", List.of(symbolic));
    }

    /** Terms lined up on the union of their axes; scalars and missing axes broadcast. */
    Py sum(List<Expr> given) {
        List<Expr> terms = new ArrayList<>(given);
        if (isNegative(terms.get(0))) {
            // y - t, not -t + y
            terms.stream().filter(t -> !isNegative(t)).findFirst().ifPresent(t -> {
                terms.remove(t);
                terms.add(0, t);
            });
        }
        List<Py> codes = new ArrayList<>();
        List<Boolean> negative = new ArrayList<>();
        for (Expr t : terms) {
            boolean minus = isNegative(t);
            codes.add(code(minus ? Exprs.neg(t) : t));
            negative.add(minus);
        }
        List<String> axes = union(codes);
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < codes.size(); p++) {
            Py aligned = align(codes.get(p), axes);
            if (p == 0) {
                out.append(negative.get(p) ? "-" + aligned.at(Py.Level.UNARY) : aligned.at(Py.Level.SUM));
            } else {
                out.append(negative.get(p) ? " - " + aligned.at(Py.Level.PRODUCT) : " + " + aligned.at(Py.Level.PRODUCT));
            }
        }
        return new Py(out.toString(), Py.Level.SUM, axes);
    }

    /** Whether {@code e} has a negative numeric coefficient, so that it reads as subtracted. */
    private static boolean isNegative(Expr e) {
        return switch (e) {
            case Num n -> n.value().signum() < 0;
            case Mul m -> m.factors().stream().filter(f -> f instanceof Num).map(f -> ((Num) f).value())
                    .reduce(Rational.ONE, Rational::multiply).signum() < 0;
            default -> false;
        };
    }

    static List<String> union(List<Py> codes) {
        Set<String> axes = new LinkedHashSet<>();
        codes.forEach(c -> axes.addAll(c.axes()));
        return List.copyOf(axes);
    }

    /**
     * {@code code} with its axes put in the order they have in {@code target} and a new axis of
     * length 1 for each axis of {@code target} it lacks, so that it broadcasts against arrays with
     * axes {@code target}; a scalar as it is.
     */
    Py align(Py code, List<String> target) {
        if (code.axes().equals(target) || code.axes().isEmpty()) {
            return code;
        }
        List<String> order = target.stream().filter(code.axes()::contains).toList();
        Py c = code;
        if (!order.equals(code.axes())) {
            c = transpose(code, order);
        }
        if (order.size() == target.size()) {
            return c;
        }
        List<String> subscripts = new ArrayList<>();
        for (String a : target) {
            subscripts.add(order.contains(a) ? ":" : "None");
        }
        return Py.atom(c.at(Py.Level.ATOM) + "[" + String.join(", ", subscripts) + "]", target);
    }

    /** {@code code} with its axes in the order {@code order} (a permutation of them). */
    Py transpose(Py code, List<String> order) {
        if (code.axes().size() == 2) {
            return Py.atom(code.at(Py.Level.ATOM) + ".T", order);
        }
        Map<String, Character> letters = letters(code.axes());
        StringBuilder in = new StringBuilder();
        code.axes().forEach(a -> in.append(letters.get(a)));
        StringBuilder out = new StringBuilder();
        order.forEach(a -> out.append(letters.get(a)));
        return Py.atom(backend.einsum(in + "->" + out, List.of(code.text())), order);
    }

    /** A product with every Σ among its factors taken out in front: one {@code einsum}, or {@code *}. */
    Py product(List<Expr> factors) {
        List<Expr> flat = new ArrayList<>();
        List<String> summed = new ArrayList<>();
        for (Expr f : factors) {
            pull(f, flat, summed);
        }
        Rational coefficient = Rational.ONE;
        List<Py> scalars = new ArrayList<>();
        List<Py> arrays = new ArrayList<>();
        List<Py> denominators = new ArrayList<>();
        for (Expr f : flat) {
            if (f instanceof Num n) {
                coefficient = coefficient.multiply(n.value());
                continue;
            }
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0
                    && Indices.free(p.base()).stream().noneMatch(summed::contains)) {
                Expr up = k.value().isMinusOne() ? p.base() : Exprs.pow(p.base(), new Num(k.value().negate()));
                denominators.add(code(up));
                continue;
            }
            Py c = code(f);
            if (c.axes().isEmpty()) {
                scalars.add(c);
            } else {
                arrays.add(c);
            }
        }
        for (String k : summed) {
            if (arrays.stream().noneMatch(a -> a.axes().contains(k))) {
                scalars.add(Py.atom(sizes.size(k), List.of())); // Σ_k c = n c
            }
        }
        List<String> free = new ArrayList<>(union(arrays));
        free.removeAll(summed);
        List<String> order = preferred;
        free.sort(java.util.Comparator.comparingInt(i -> order.contains(i) ? order.indexOf(i) : order.size()));
        Py core = arrays.isEmpty() ? null : contract(arrays, summed, free);
        List<Py> parts = new ArrayList<>();
        boolean negative = coefficient.signum() < 0;
        Rational magnitude = coefficient.abs();
        if (!magnitude.isOne() || scalars.isEmpty() && core == null) {
            parts.add(Py.number(magnitude));
        }
        parts.addAll(scalars);
        if (core != null) {
            parts.add(core);
        }
        List<String> axes = core == null ? List.of() : core.axes();
        if (!union(denominators).stream().allMatch(axes::contains)) {
            throw new Unsupported("a quotient whose denominator has an index its numerator lacks");
        }
        Py out = parts.size() == 1 ? parts.get(0).withAxes(axes)
                : new Py(String.join(" * ", parts.stream().map(x -> x.at(Py.Level.POWER)).toList()), Py.Level.PRODUCT, axes);
        for (Py d : denominators) {
            out = new Py(out.at(Py.Level.PRODUCT) + " / " + align(d, axes).at(Py.Level.POWER), Py.Level.PRODUCT, axes);
        }
        if (negative) {
            return new Py("-" + out.at(Py.Level.UNARY), Py.Level.UNARY, axes);
        }
        return out;
    }

    /** The product of {@code arrays} summed over {@code summed}, with axes {@code free}. */
    private Py contract(List<Py> arrays, List<String> summed, List<String> free) {
        if (summed.isEmpty() && arrays.stream().allMatch(a -> a.axes().equals(arrays.get(0).axes()))) {
            if (arrays.size() == 1) {
                return arrays.get(0);
            }
            return new Py(String.join(" * ", arrays.stream().map(a -> a.at(Py.Level.POWER)).toList()),
                    Py.Level.PRODUCT, arrays.get(0).axes());
        }
        if (arrays.size() == 1 && free.isEmpty()) {
            return Py.atom(backend.sum(arrays.get(0).text()), List.of());
        }
        Map<String, Character> letters = letters(all(arrays));
        List<String> operands = new ArrayList<>();
        List<String> specs = new ArrayList<>();
        for (Py a : arrays) {
            StringBuilder s = new StringBuilder();
            a.axes().forEach(i -> s.append(letters.get(i)));
            specs.add(s.toString());
            operands.add(a.text());
        }
        StringBuilder out = new StringBuilder();
        free.forEach(i -> out.append(letters.get(i)));
        return Py.atom(backend.einsum(String.join(",", specs) + "->" + out, operands), free);
    }

    private static List<String> all(List<Py> arrays) {
        Set<String> out = new LinkedHashSet<>();
        arrays.forEach(a -> out.addAll(a.axes()));
        return List.copyOf(out);
    }

    /** One letter per index for an {@code einsum} subscript: the index itself when it is one letter. */
    private static Map<String, Character> letters(List<String> indices) {
        Map<String, Character> out = new LinkedHashMap<>();
        Set<Character> taken = new HashSet<>();
        for (String i : indices) {
            if (i.length() == 1 && LETTERS.indexOf(i.charAt(0)) >= 0 && taken.add(i.charAt(0))) {
                out.put(i, i.charAt(0));
            }
        }
        for (String i : indices) {
            if (!out.containsKey(i)) {
                for (char c : LETTERS.toCharArray()) {
                    if (taken.add(c)) {
                        out.put(i, c);
                        break;
                    }
                }
                if (!out.containsKey(i)) {
                    throw new Unsupported("more than 52 indices in one product");
                }
            }
        }
        return out;
    }

    private void pull(Expr e, List<Expr> flat, List<String> summed) {
        switch (e) {
            case Mul m -> m.factors().forEach(f -> pull(f, flat, summed));
            case IndexSum s when RangeIndicator.of(s).isPresent() -> flat.add(e);
            case IndexSum s -> {
                if (!wholeRange(s.lower(), s.upper())) {
                    throw new Unsupported("a sum over a range other than 1..n or 1..K (K an integer size)");
                }
                if (summed.contains(s.index())) {
                    throw new Unsupported("two sums over one index name"); // MatrixForm.apart prevents this
                }
                summed.add(s.index());
                pull(s.body(), flat, summed);
            }
            default -> flat.add(e);
        }
    }

    /** Whether a sum or product runs over a whole axis: from 1 to n, or to an integer size K (the axis's length). */
    private boolean wholeRange(Expr lower, Expr upper) {
        return lower.equals(Exprs.ONE) && (upper.equals(Exprs.N) || upper instanceof Sym s && integers.contains(s.name()));
    }

    /** {@code Π_k f_k}: the product along f's axis k ({@code np.prod(f, axis=…)}); {@code f^n} where f lacks k. */
    private Py indexProduct(IndexProduct p) {
        if (!wholeRange(p.lower(), p.upper())) {
            throw new Unsupported("a product over a range other than 1..n or 1..K (K an integer size)");
        }
        Py body = code(p.body());
        String k = p.index();
        if (!body.axes().contains(k)) {
            return new Py(body.at(Py.Level.ATOM) + " ** " + sizes.size(k), Py.Level.POWER, body.axes());
        }
        List<String> rest = new ArrayList<>(body.axes());
        rest.remove(k);
        return Py.atom(backend.prod(body.text(), body.axes().indexOf(k)), rest);
    }

    private Py power(Pow p) {
        Py base = code(p.base());
        Py exponent = code(p.exponent());
        List<String> axes = union(List.of(base, exponent));
        Py b = align(base, axes);
        Py e = align(exponent, axes);
        return new Py(b.at(Py.Level.ATOM) + " ** " + e.at(Py.Level.UNARY), Py.Level.POWER, axes);
    }

    private Py function(Fn f) {
        KnownFunction known = FunctionRegistry.lookup(f.name()).orElse(null);
        if (known != null) {
            CodeSpelling spelling = known.code().orElseThrow(
                    () -> new Unsupported("the function " + f.name() + " has no NumPy/PyTorch spelling"));
            List<Py> args = f.args().stream().map(this::code).toList();
            List<String> axes = union(args);
            List<String> texts = args.stream().map(a -> align(a, axes).at(Py.Level.SUM)).toList();
            return call(CodeSpelling.fill(backend.function(spelling), texts), axes);
        }
        String name = f.name();
        int primes = name.length() - name.replace("'", "").length();
        String base = name.replace("'", "");
        if (primes > 1) {
            throw new Unsupported("a second derivative of the abstract function " + base);
        }
        if (primes == 1) {
            if (f.args().size() != 1) {
                throw new Unsupported("a primed abstract function of several arguments");
            }
            Py arg = code(f.arg());
            Usage.Function use = usage.function(base, arg.axes().isEmpty() ? Usage.Application.WHOLE
                    : Usage.Application.ELEMENTWISE, 1);
            use.gradient = true;
            return Py.atom(names.gradient(base) + "(" + arg.text() + ")[0]", arg.axes());
        }
        Application app = arguments(f);
        Usage.Function use = usage.function(base, app.application(), f.args().size());
        use.value = true;
        return call(names.function(base) + "(" + String.join(", ", app.texts()) + ")", app.axes());
    }

    private record Application(Usage.Application application, List<String> texts, List<String> axes) {
    }

    /** An abstract function's arguments: bare vector names whole; otherwise entry by entry, lined up. */
    private Application arguments(Fn f) {
        List<Py> args = new ArrayList<>();
        for (Expr a : f.args()) {
            if (a instanceof Sym s && ranks.getOrDefault(s.name(), 0) > 0) {
                args.add(Py.atom(names.of(s.name()), List.of()));
            } else {
                args.add(code(a));
            }
        }
        List<String> axes = union(args);
        boolean whole = axes.isEmpty();
        return new Application(whole ? Usage.Application.WHOLE : Usage.Application.ELEMENTWISE,
                args.stream().map(a -> align(a, axes).at(Py.Level.SUM)).toList(), axes);
    }

    /** {@code ∂L(y)/∂y_k}: the partial derivative callable's result for that argument, with the argument's axes. */
    private Py derivative(Derivative d) {
        if (!(d.of() instanceof Fn f) || FunctionRegistry.isKnown(f.name()) || f.name().contains("'")) {
            throw new Unsupported("the derivative " + org.symgrad.print.Printer.ascii(d)
                    + " of something other than an abstract function");
        }
        String wrtName = switch (d.wrt()) {
            case Sym s -> s.name();
            case Indexed x -> x.name();
        };
        int position = -1;
        for (int p = 0; p < f.args().size(); p++) {
            Expr a = f.args().get(p);
            if (a instanceof Sym s && s.name().equals(wrtName)) {
                position = p;
            }
        }
        if (position < 0) {
            throw new Unsupported("the derivative of " + f.name() + " with respect to something other than an argument");
        }
        Application app = arguments(f);
        if (app.application() != Usage.Application.WHOLE) {
            throw new Unsupported("the derivative of " + f.name() + " applied entry by entry");
        }
        Usage.Function use = usage.function(f.name(), Usage.Application.WHOLE, f.args().size());
        use.gradient = true;
        String call = names.gradient(f.name()) + "(" + String.join(", ", app.texts()) + ")[" + position + "]";
        return switch (d.wrt()) {
            case Sym s -> Py.atom(call, List.of());
            case Indexed x -> indexed(call, x.indices());
        };
    }

    /** {@code array} (an expression) indexed as {@code indices} say, like {@link #indexed(Indexed)}. */
    private Py indexed(String array, List<String> indices) {
        boolean plain = indices.stream().allMatch(Index::isSymbolic) && new HashSet<>(indices).size() == indices.size();
        if (plain) {
            return Py.atom(array, indices);
        }
        throw new Unsupported("a derivative with a fixed or repeated index");
    }

    /** A filled function template: an atom when it is one call, bracketed otherwise. */
    static Py call(String text, List<String> axes) {
        return isCall(text) ? Py.atom(text, axes) : Py.atom("(" + text + ")", axes);
    }

    private static boolean isCall(String text) {
        int open = text.indexOf('(');
        if (open <= 0 || !text.endsWith(")") || !text.substring(0, open).matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return text.startsWith("(") && text.endsWith(")") && closesAtEnd(text, 0);
        }
        return closesAtEnd(text, open);
    }

    /** Whether the bracket opened at {@code open} closes at the last character. */
    private static boolean closesAtEnd(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }
}
