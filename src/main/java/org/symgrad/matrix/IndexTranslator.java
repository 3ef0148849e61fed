package org.symgrad.matrix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.print.Printer;

/**
 * Index notation to matrix notation, driven by index structure alone. Each sub-expression
 * becomes a {@link Tensor}: a name indexed {@code W_ij} is the matrix {@code W} with rows over i,
 * {@code x_i} the column vector {@code x}, {@code δ_ij} the identity; a product with its sums is a
 * {@link Contraction}; a sum aligns its terms (transposing, or spreading a vector with
 * {@code 𝟏}); a function or power of a tensor applies to every entry; an index-free part is a
 * scalar. Where a product multiplies a sum whose terms have different free indices
 * ({@code y_i(δ_ij − y_j)}), the product distributed over that sum is tried too and the smaller
 * form kept ({@code diag(y) − y yᵀ} rather than {@code diag(y)(I − 𝟏 yᵀ)}); where a product has no reading as
 * written, so is a product with any sum ({@code Σ_i c_i(A_ie B_if − D_ie E_if) = Aᵀ diag(c) B − Dᵀ diag(c) E}).
 */
final class IndexTranslator {
    /** How many distributions deep the alternatives go: enough for a product of two broadcast sums. */
    private static final int MAX_DISTRIBUTION = 2;

    private int distribution;

    Tensor tensor(Expr e) {
        if (e instanceof Num n) {
            return new Tensor(new Matrix.Constant(n.value()), List.of());
        }
        if (isScalar(e)) {
            return new Tensor(new Matrix.Leaf(e, List.of()), List.of());
        }
        return switch (e) {
            case Num n -> new Tensor(new Matrix.Constant(n.value()), List.of());
            case Sym s -> new Tensor(new Matrix.Leaf(s, List.of()), List.of());
            case Indexed x -> indexed(x);
            case Delta d -> delta(d);
            case Add a -> sum(a.terms());
            case Mul m -> product(m.factors(), List.of());
            case IndexSum s -> product(List.of(s), List.of());
            case IndexProduct p -> throw new NoReading("a product over an index has no matrix reading");
            case Pow p -> power(p);
            case Fn f -> function(f);
            case Derivative d -> derivative(d);
        };
    }

    /** Whether {@code e} has no index anywhere: a scalar printed as it is ({@code σ(o) − y}, {@code β}). */
    static boolean isScalar(Expr e) {
        return switch (e) {
            case Indexed x -> false;
            case Delta d -> false;
            case IndexSum s -> false;
            case IndexProduct p -> false;
            default -> Exprs.children(e).stream().allMatch(IndexTranslator::isScalar);
        };
    }

    private static Tensor indexed(Indexed x) {
        List<String> idx = x.indices();
        if (idx.stream().anyMatch(Index::isAffine)) {
            throw new NoReading("an entry with an offset index (" + Printer.ascii(x) + ") has no matrix reading");
        }
        if (!idx.stream().allMatch(Index::isSymbolic)) {
            throw new NoReading("an entry with a fixed index (" + Printer.ascii(x) + ") has no matrix reading");
        }
        if (new HashSet<>(idx).size() != idx.size()) {
            throw new NoReading("a repeated index within one name (" + Printer.ascii(x) + ") has no matrix reading");
        }
        if (idx.size() > 2) {
            throw new NoReading(x.name() + " has " + idx.size() + " indices: no matrix reading");
        }
        return new Tensor(new Matrix.Leaf(x, idx), idx);
    }

    private static Tensor delta(Delta d) {
        if (Index.isAffine(d.i()) || Index.isAffine(d.j())) {
            throw new NoReading("a delta with an offset index has no matrix reading");
        }
        if (!Index.isSymbolic(d.i()) || !Index.isSymbolic(d.j())) {
            throw new NoReading("a delta with a fixed index has no matrix reading");
        }
        if (d.i().equals(d.j())) {
            return new Tensor(Matrices.constant(1), List.of());
        }
        return new Tensor(new Matrix.Identity(d.i()), List.of(d.i(), d.j()));
    }

    private Tensor sum(List<Expr> terms) {
        List<Tensor> ts = terms.stream().map(this::tensor).toList();
        List<String> axes = new ArrayList<>();
        ts.stream().filter(t -> t.rank() == 2).findFirst().ifPresent(t -> axes.addAll(t.axes()));
        for (Tensor t : ts) {
            for (String a : t.axes()) {
                if (!axes.contains(a)) {
                    axes.add(a);
                }
            }
        }
        if (axes.size() > 2) {
            throw new NoReading("a sum over three or more free indices " + axes);
        }
        return new Tensor(Matrices.sum(ts.stream().map(t -> t.inSum(axes)).toList()), axes);
    }

    /** {@code Π factors}, summed over {@code summed} and over every Σ among the factors. */
    private Tensor product(List<Expr> factors, List<String> summed) {
        List<Expr> flat = new ArrayList<>();
        List<String> bound = new ArrayList<>(summed);
        Set<String> taken = new HashSet<>(summed);
        factors.forEach(f -> taken.addAll(Indices.all(f)));
        for (Expr f : factors) {
            pull(f, flat, bound, taken);
        }
        Rational coefficient = Rational.ONE;
        List<Expr> scalars = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (Expr f : flat) {
            if (f instanceof Num n) {
                coefficient = coefficient.multiply(n.value());
            } else if (isScalar(f)) {
                scalars.add(f);
            } else {
                rest.add(f);
            }
        }
        Tensor best = contraction(rest, bound);
        String failure = lastFailure;
        if (distribution < MAX_DISTRIBUTION) {
            for (int i = 0; i < rest.size(); i++) {
                // a sum whose terms have different free indices; or any sum where the product has no reading
                // as written: its terms, each with the other factors and the sums around them, may read
                // (Σ_i c_i(A_ief − B_ief), whose terms contract over i only beside c_i)
                boolean broadcast = isBroadcastSum(rest.get(i));
                if (rest.size() > 1 && (broadcast || best == null && rest.get(i) instanceof Add)) {
                    Tensor alternative = distributed(rest, i, bound);
                    if (broadcast) {
                        failure = lastFailure;
                    }
                    if (alternative != null && (best == null || Matrices.cost(alternative.value()) < Matrices.cost(best.value()))) {
                        best = alternative;
                    }
                }
            }
        }
        if (best == null) {
            throw new NoReading(failure);
        }
        // the index-free factors stay one scalar, printed as the index form prints it
        List<Matrix> all = new ArrayList<>();
        all.add(new Matrix.Constant(coefficient));
        if (!scalars.isEmpty()) {
            all.add(new Matrix.Leaf(Exprs.mul(scalars), List.of()));
        }
        all.add(best.value());
        return new Tensor(Matrices.scaled(all), best.axes());
    }

    private String lastFailure = "no matrix reading";

    /** The contraction of {@code factors}, or null (with {@link #lastFailure} set) when it has no reading. */
    private Tensor contraction(List<Expr> factors, List<String> bound) {
        try {
            List<Tensor> ts = factors.stream().map(this::tensor).toList();
            return Contraction.of(ts, bound);
        } catch (NoReading e) {
            lastFailure = e.getMessage();
            return null;
        }
    }

    /** {@code Σ_bound Π factors} with the product distributed over the sum {@code factors[i]}. */
    private Tensor distributed(List<Expr> factors, int i, List<String> bound) {
        List<Expr> terms = new ArrayList<>();
        for (Expr term : ((Add) factors.get(i)).terms()) {
            List<Expr> fs = new ArrayList<>(factors);
            fs.set(i, term);
            Expr body = Exprs.mul(fs);
            for (String k : bound.reversed()) {
                if (Indices.mentions(body, k)) {
                    body = Exprs.sum(k, body);
                } else {
                    body = Exprs.mul(Exprs.N, body); // Σ_k c = n c
                }
            }
            terms.add(body);
        }
        distribution++;
        try {
            return sum(terms);
        } catch (NoReading e) {
            lastFailure = e.getMessage();
            return null;
        } finally {
            distribution--;
        }
    }

    /** A sum whose terms do not all have the same free indices: {@code δ_ij − y_j}. */
    private static boolean isBroadcastSum(Expr e) {
        if (!(e instanceof Add a)) {
            return false;
        }
        Set<String> first = new HashSet<>(Indices.free(a.terms().get(0)));
        return a.terms().stream().anyMatch(t -> !new HashSet<>(Indices.free(t)).equals(first));
    }

    /**
     * Adds {@code e} to the factors, taking every Σ (over the default range) out in front: its
     * index joins {@code bound}, renamed when another factor or Σ already uses the name.
     */
    private static void pull(Expr e, List<Expr> flat, List<String> bound, Set<String> taken) {
        switch (e) {
            case Mul m -> m.factors().forEach(f -> pull(f, flat, bound, taken));
            case IndexSum s -> {
                requireDefaultRange(s);
                String k = s.index();
                Expr body = s.body();
                if (bound.contains(k)) {
                    String fresh = Indices.fresh(taken);
                    body = Indices.rename(body, k, fresh);
                    k = fresh;
                }
                taken.add(k);
                bound.add(k);
                pull(body, flat, bound, taken);
            }
            default -> flat.add(e);
        }
    }

    private static void requireDefaultRange(IndexSum s) {
        if (RangeIndicator.of(s).isPresent()) {
            throw new NoReading("a range condition (" + Printer.ascii(s)
                    + ", a convolution's zero padding) has no matrix reading");
        }
        if (!s.lower().equals(Exprs.ONE) || !s.upper().equals(Exprs.N)) {
            throw new NoReading("a sum over a range other than 1..n has no matrix reading");
        }
    }

    private Tensor power(Pow p) {
        if (!isScalar(p.exponent())) {
            throw new NoReading("an exponent with an index has no matrix reading");
        }
        Tensor base = tensor(p.base());
        Matrix exponent = p.exponent() instanceof Num n ? new Matrix.Constant(n.value()) : tensor(p.exponent()).value();
        return new Tensor(new Matrix.Power(base.value(), exponent), base.axes());
    }

    private Tensor function(Fn f) {
        if (SoftmaxComponent.of(f).isPresent()) {
            // softmax(z)_j is the j-th entry of the vector softmax(z)
            Tensor component = tensor(f.args().get(0));
            return new Tensor(new Matrix.Apply(SoftmaxComponent.NAME, component.value()), component.axes());
        }
        if (f.args().size() != 1) {
            throw new NoReading("a function of several indexed arguments has no matrix reading");
        }
        Tensor arg = tensor(f.arg());
        return new Tensor(new Matrix.Apply(f.name(), arg.value()), arg.axes());
    }

    /** {@code ∂y_i/∂x_j} is the Jacobian {@code ∂y/∂x}; {@code ∂L/∂W_kl} the gradient {@code ∂L/∂W}, shaped as W. */
    private static Tensor derivative(Derivative d) {
        boolean namedOperand = switch (d.of()) {
            case Variable v -> true;
            case Fn f -> !FunctionRegistry.isKnown(f.name()) && f.args().stream().allMatch(IndexTranslator::isScalar);
            default -> false;
        };
        if (!namedOperand) {
            throw new NoReading("the derivative of a compound expression has no matrix reading");
        }
        Set<String> axes = new LinkedHashSet<>();
        for (Expr part : List.of(d.of(), d.wrt())) {
            if (part instanceof Indexed x) {
                if (!x.indices().stream().allMatch(Index::isSymbolic)) {
                    throw new NoReading("a derivative with a fixed index has no matrix reading");
                }
                for (String i : x.indices()) {
                    if (!axes.add(i)) {
                        throw new NoReading("a derivative with a repeated index has no matrix reading");
                    }
                }
            }
        }
        if (axes.size() > 2) {
            throw new NoReading("the derivative " + Printer.ascii(d) + " has three or more indices");
        }
        return new Tensor(new Matrix.Leaf(d, List.copyOf(axes)), List.copyOf(axes));
    }
}
