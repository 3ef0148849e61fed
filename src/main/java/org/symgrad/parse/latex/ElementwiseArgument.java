package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * A vector written as an expression of vectors and scalars, as the argument of a function of a vector: {@code s(x + c)_i},
 * {@code \mathrm{softmax}(\mathbf{z} - m)_j}, {@code S(2\mathbf{x})_i}, {@code \sigma(Wx + b)}. Its component k is the
 * expression with each vector at its component k ({@code x_k + c}), a scalar broadcast unchanged, and a matrix times a
 * vector at its row k: {@code (Wx)_k = Σ_m W_km x_m}. A name added to such a product ({@code b}) reads only where the
 * document makes it a vector, as a bias is: read as a scalar, it would be a guess. Only sums, scalar multiples, powers and known functions of one vector
 * at a time, and products of one matrix with one vector expression, read so: a product of two vectors ({@code x y}), of two
 * matrices, a matrix alone or a vector in an exponent is no component-wise expression, and such an argument stays unread.
 */
final class ElementwiseArgument {
    private ElementwiseArgument() {
    }

    /**
     * {@code argument} at the component {@code index}, where {@code vector} tells which names are vectors; empty unless
     * the argument holds a vector and reads component-wise.
     */
    static Optional<Expr> component(Expr argument, String index, Predicate<String> vector) {
        return component(argument, index, ArgumentNames.of(vector), Set.of());
    }

    /**
     * As {@link #component(Expr, String, Predicate)}, where {@code names} also tells which names are matrices; a sum a
     * matrix product brings runs over an index outside {@code avoid} (the indices the component will be renamed to).
     */
    static Optional<Expr> component(Expr argument, String index, ArgumentNames names, Set<String> avoid) {
        if (!holdsVector(argument, names) || !elementwise(argument, names)) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>(avoid);
        taken.addAll(Indices.all(argument));
        taken.add(index);
        return Optional.of(at(argument, index, names, taken));
    }

    private static boolean holdsVector(Expr e, ArgumentNames names) {
        if (e instanceof Sym s) {
            return names.vector(s.name());
        }
        return Exprs.children(e).stream().anyMatch(c -> holdsVector(c, names));
    }

    private static boolean holdsMatrix(Expr e, ArgumentNames names) {
        if (e instanceof Sym s) {
            return names.matrix(s.name());
        }
        return Exprs.children(e).stream().anyMatch(c -> holdsMatrix(c, names));
    }

    private static boolean elementwise(Expr e, ArgumentNames names) {
        return switch (e) {
            case Sym s -> !names.matrix(s.name());
            case Num n -> true;
            // W x + b: a name added to a matrix product is a vector the document says is one, never a scalar broadcast
            case Add a -> a.terms().stream().allMatch(t -> elementwise(t, names))
                    && (a.terms().stream().noneMatch(t -> holdsMatrix(t, names))
                    || a.terms().stream().noneMatch(t -> t instanceof Sym s && !names.vector(s.name())));
            case Mul m -> matrixProduct(m, names).isPresent()
                    || m.factors().stream().filter(f -> holdsVector(f, names)).count() <= 1
                    && m.factors().stream().allMatch(f -> elementwise(f, names));
            case Pow p -> !holdsVector(p.exponent(), names) && !holdsMatrix(p.exponent(), names) && elementwise(p.base(), names);
            case Fn f -> f.args().size() == 1 && elementwise(f.arg(), names);
            default -> false;
        };
    }

    /**
     * The matrix of a product of one matrix name, one vector expression read component-wise and scalars ({@code W x},
     * {@code 2 W (x + y)}); empty for any other product.
     */
    private static Optional<Sym> matrixProduct(Mul m, ArgumentNames names) {
        List<Expr> matrices = m.factors().stream().filter(f -> holdsMatrix(f, names)).toList();
        List<Expr> vectors = m.factors().stream().filter(f -> holdsVector(f, names)).toList();
        if (matrices.size() != 1 || !(matrices.get(0) instanceof Sym matrix) || vectors.size() != 1
                || !elementwise(vectors.get(0), names)) {
            return Optional.empty();
        }
        return Optional.of(matrix);
    }

    private static Expr at(Expr e, String index, ArgumentNames names, Set<String> taken) {
        if (e instanceof Sym s && names.vector(s.name())) {
            return new Indexed(s.name(), List.of(index));
        }
        if (e instanceof Mul m && matrixProduct(m, names).isPresent()) {
            // (W x)_k = Σ_m W_km x_m: the row k of the matrix against the vector
            Sym matrix = matrixProduct(m, names).get();
            String inner = Indices.fresh(taken);
            taken.add(inner);
            List<Expr> factors = new ArrayList<>();
            for (Expr f : m.factors()) {
                if (f.equals(matrix)) {
                    factors.add(new Indexed(matrix.name(), List.of(index, inner)));
                } else if (holdsVector(f, names)) {
                    factors.add(at(f, inner, names, taken));
                } else {
                    factors.add(f);
                }
            }
            return Exprs.sum(inner, Exprs.mul(factors));
        }
        return Exprs.mapChildren(e, c -> at(c, index, names, taken));
    }
}
