package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Names;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;

/**
 * A plain name defined as a layer's affine map of plain names, "$z = W x + b$", or an entrywise function of one,
 * "$h = \sigma(W_1 x + b_1)$", where the document writes it entry by entry: the loss {@code \frac{1}{2}\|z - y\|^2}
 * (Σ_k (z_k − y_k)²), the step {@code \frac{\partial L}{\partial W} = (z - y) x^\top} read at W's entry (i, j), the
 * backward step {@code \frac{\partial L}{\partial b_1} = (\hat y - y)\, w_2 \odot h \odot (1 - h)} read at h's entry. The
 * capital is a matrix by its entries W_ij, the letter it multiplies a vector x_j, the letters added vectors b_i, so
 * z_i = Σ_j W_ij x_j + b_i and h_i = σ(Σ_j W_{1,ij} x_j + b_{1,i}) (was: undecided, "z_k is written with 1 index, but z is
 * defined with none"). A numbered name (W_1, b_1) has the entries the step writes, W^{(1)}_ij where it reads the matrix
 * W^{(1)}, else those of member 1, W_{1ij}, as the step's b_{1k} of {@code \partial L/\partial b_1} read by components.
 * Only a sum of one capital times one letter and letters, all undefined, under at most one function of one argument, with
 * the name written elsewhere only with one index, and the capital, the letter and the added names, where the step writes
 * them, only as entries. An added letter the document says is one number ({@code OneNumberNames}: "a scalar $b_1$",
 * "$b$ is a scalar") is that number in every entry, z_i = Σ_j W_ij x_j + b (was: read as a vector b_i, so
 * ∂L/∂b = Σ_i (z_i − y_i) was a wrong ✗ and ∂L/∂b = z − y a wrong ✓), where the step writes it only whole.
 */
final class AffineNames {
    private static final String ROW = "i";
    private static final String SUMMED = "j";
    /** Stands for a name of the map written whole beside a gradient by one of them, while its entries are looked at. */
    private static final Sym WHOLE = new Sym("zzwhole");

    private AffineNames() {
    }

    /** The definitions with each such name defined entry by entry, where the sides (null for none) write one; else empty. */
    static Optional<Definitions> of(Definitions definitions, List<Expr> sides, java.util.Set<String> oneNumbers) {
        List<Expr> written = ElementwiseNames.written(definitions, sides);
        Definitions out = definitions;
        boolean any = false;
        for (Definition d : definitions.all()) {
            Optional<String> function = d.body() instanceof Fn f && f.args().size() == 1 && entrywise(f.name())
                    ? Optional.of(f.name()) : Optional.empty();
            Expr map = function.isPresent() ? ((Fn) d.body()).arg() : d.body();
            if (!(d.target() instanceof Sym z) || !(map instanceof Add sum)) {
                continue;
            }
            Expr matrix = null;
            Expr column = null;
            List<Expr> added = new ArrayList<>();
            List<Expr> numbers = new ArrayList<>();
            boolean affine = true;
            for (Expr term : sum.terms()) {
                Optional<Expr[]> product = term instanceof Mul m && m.factors().size() == 2 ? matrixTimesColumn(m) : Optional.empty();
                if (product.isPresent() && matrix == null) {
                    matrix = product.get()[0];
                    column = product.get()[1];
                } else if (name(term).filter(n -> Character.isLowerCase(n.charAt(0))).isPresent()) {
                    (oneNumber(term, oneNumbers) ? numbers : added).add(term);
                } else {
                    affine = false;
                }
            }
            List<Expr> names = new ArrayList<>(added);
            names.add(matrix);
            names.add(column);
            List<Expr> all = new ArrayList<>(names);
            all.addAll(numbers);
            if (!affine || matrix == null || undefinedIn(definitions, all)
                    || !ElementwiseNames.onlyWithOneIndex(z.name(), written, definitions)
                    && !(byNameOfTheMap(sides, names) && ElementwiseNames.onlyWithOneIndex(z.name(), entries(written, z), definitions))) {
                continue;
            }
            // the map's names as the sides and the other definitions write them (the sides expanded write the map itself); a
            // name written whole beside a gradient by one of them is read by components, at the gradient's place
            boolean gradient = byNameOfTheMap(sides, names);
            List<Expr> uses = new ArrayList<>();
            sides.stream().filter(java.util.Objects::nonNull).forEach(uses::add);
            definitions.all().stream().filter(o -> !o.name().equals(z.name())).forEach(o -> uses.add(o.body()));
            List<Expr> whole = gradient ? names : List.of();
            Optional<Entry> w = Entry.of(matrix, 2, uses, whole);
            Optional<Entry> x = Entry.of(column, 1, uses, whole);
            List<Entry> b = new ArrayList<>();
            added.forEach(a -> Entry.of(a, 1, uses, whole).ifPresent(b::add));
            if (w.isEmpty() || x.isEmpty() || b.size() != added.size() || numbers.stream().anyMatch(n -> byEntries(n, uses))) {
                continue;
            }
            List<Expr> terms = new ArrayList<>();
            terms.add(Exprs.sum(SUMMED, Exprs.mul(w.get().at(ROW, SUMMED), x.get().at(SUMMED))));
            b.forEach(e -> terms.add(e.at(ROW)));
            terms.addAll(numbers);
            Expr value = Exprs.add(terms);
            try {
                out = out.with(new Definition(new Indexed(z.name(), List.of(ROW)),
                        function.isPresent() ? new Fn(function.get(), List.of(value)) : value));
                any = true;
            } catch (org.symgrad.error.InputException e) {
                return Optional.empty();
            }
        }
        return any ? Optional.of(out) : Optional.empty();
    }

    /** Whether the document says the added letter is one number: {@code b} or {@code \\beta} alone, {@code b_1} numbered. */
    private static boolean oneNumber(Expr term, java.util.Set<String> oneNumbers) {
        String written = term instanceof Indexed i ? i.name() + "_" + i.indices().get(0) : ((Sym) term).name();
        return oneNumbers.stream().anyMatch(n -> n.replace("\\", "").equals(written));
    }

    /** Whether the uses write the one number {@code b} (or {@code b_1}) with an index of an entry: then it is no number. */
    private static boolean byEntries(Expr number, List<Expr> uses) {
        return uses.stream().anyMatch(u -> Exprs.any(u, x -> x instanceof Indexed i && (number instanceof Sym s
                ? i.name().equals(s.name())
                : i.name().equals(((Indexed) number).name()) && i.indices().size() > 1
                && i.indices().get(0).equals(((Indexed) number).indices().get(0)))));
    }

    /** A function of one argument the registry knows ({@code sigma}, {@code tanh}, {@code relu}): applied entry by entry. */
    private static boolean entrywise(String name) {
        return FunctionRegistry.lookup(name).filter(f -> f.arity() == 1).isPresent();
    }

    /** W x or x W_1 (the reader's order): the capital and the lower-case letter, plain or numbered; else empty. */
    private static Optional<Expr[]> matrixTimesColumn(Mul m) {
        for (int k = 0; k < 2; k++) {
            Expr w = m.factors().get(k);
            Expr x = m.factors().get(1 - k);
            Optional<String> capital = name(w);
            Optional<String> letter = name(x);
            if (capital.isPresent() && Character.isUpperCase(capital.get().charAt(0)) && letter.isPresent()
                    && Character.isLowerCase(letter.get().charAt(0))) {
                return Optional.of(new Expr[] {w, x});
            }
        }
        return Optional.empty();
    }

    /** The name of a plain letter ({@code W}) or of one numbered ({@code W_1}, member 1 of W); else empty. */
    private static Optional<String> name(Expr e) {
        if (e instanceof Sym s && !org.symgrad.functions.Constants.named(s.name()).isPresent()) {
            return Optional.of(s.name());
        }
        return e instanceof Indexed i && i.indices().size() == 1 && i.indices().get(0).matches("[0-9]+") ? Optional.of(i.name()) : Optional.empty();
    }

    /**
     * The entries of a name of the map at {@code count} indices: W_ij of W; of W_1, W^{(1)}_ij where the step writes W^{(1)}
     * so, else W_{1ij}. Empty where the step writes the name otherwise: bare, or with another number of indices.
     */
    private record Entry(String name, List<String> before) {
        /** {@code whole}: the names whose uses written whole the sides may make (beside a gradient by one of them). */
        static Optional<Entry> of(Expr e, int count, List<Expr> uses, List<Expr> whole) {
            List<Expr> written = uses.stream().map(u -> {
                Expr out = u;
                for (Expr w : whole) {
                    out = Exprs.replace(out, w, WHOLE);
                }
                return out;
            }).toList();
            if (e instanceof Sym s) {
                return only(s.name(), List.of(), count, written) ? Optional.of(new Entry(s.name(), List.of())) : Optional.empty();
            }
            Indexed member = (Indexed) e;
            String number = member.indices().get(0);
            String labelled = Names.withLabel(member.name(), number);
            if (writes(written, x -> x instanceof Indexed i && i.name().equals(labelled))) {
                return only(labelled, List.of(), count, written) && !writes(written, x -> member(x, member.name(), number))
                        ? Optional.of(new Entry(labelled, List.of())) : Optional.empty();
            }
            return only(member.name(), List.of(number), count, written) ? Optional.of(new Entry(member.name(), List.of(number))) : Optional.empty();
        }

        Expr at(String... letters) {
            List<String> indices = new ArrayList<>(before);
            indices.addAll(List.of(letters));
            return new Indexed(name, indices);
        }

        /** Whether the sides write {@code name} (with the indices {@code before} first) only at {@code count} more indices, if at all. */
        private static boolean only(String name, List<String> before, int count, List<Expr> written) {
            return !writes(written, x -> x instanceof Sym s && s.name().equals(name) && before.isEmpty()
                    || x instanceof Indexed i && i.name().equals(name) && i.indices().size() >= before.size()
                    && i.indices().subList(0, before.size()).equals(before) && i.indices().size() != before.size() + count);
        }

        private static boolean member(Expr x, String name, String number) {
            return x instanceof Indexed i && i.name().equals(name) && !i.indices().isEmpty() && i.indices().get(0).equals(number);
        }

        private static boolean writes(List<Expr> written, java.util.function.Predicate<Expr> p) {
            return written.stream().anyMatch(e -> Exprs.any(e, x -> p.test(x) || x instanceof Derivative d && p.test(d.wrt())));
        }
    }

    /** Whether one of the names is defined by the document (then the map is not of undefined names). */
    private static boolean undefinedIn(Definitions definitions, List<Expr> names) {
        return names.stream().anyMatch(s -> definitions.of(s instanceof Sym y ? y.name() : ((Indexed) s).name()).isPresent());
    }

    /**
     * Whether a side differentiates by a name of the map as written, {@code \frac{\partial L}{\partial b_1}}: a gradient by a
     * vector or matrix, which the pair is then read as by components ({@link VectorVariables}), the defined name written bare
     * beside it ({@code w_2 \odot h \odot (1 - h)}) at the gradient's place.
     */
    private static boolean byNameOfTheMap(List<Expr> sides, List<Expr> names) {
        return sides.stream().filter(java.util.Objects::nonNull).anyMatch(s -> Exprs.any(s, x -> x instanceof Derivative d && names.contains(d.wrt())));
    }

    /** What the sides write, with the defined name's bare uses left out. */
    private static List<Expr> entries(List<Expr> written, Sym z) {
        Indexed placeholder = new Indexed(z.name(), List.of(ROW));
        return written.stream().map(e -> Exprs.replace(e, z, placeholder)).toList();
    }
}
