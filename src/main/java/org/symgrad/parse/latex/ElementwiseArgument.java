package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * A vector written as an expression of vectors and scalars, as the argument of a function of a vector: {@code s(x + c)_i},
 * {@code \mathrm{softmax}(\mathbf{z} - m)_j}, {@code S(2\mathbf{x})_i}. Its component k is the expression with each vector
 * at its component k ({@code x_k + c}), a scalar broadcast unchanged. Only sums, scalar multiples, powers and known functions
 * of one vector at a time read so: a product of two vectors ({@code W x}, {@code x y}) or a vector in an exponent is no
 * component-wise expression, and such an argument stays unread.
 */
final class ElementwiseArgument {
    private ElementwiseArgument() {
    }

    /**
     * {@code argument} at the component {@code index}, where {@code vector} tells which names are vectors; empty unless
     * the argument holds a vector and reads component-wise.
     */
    static Optional<Expr> component(Expr argument, String index, Predicate<String> vector) {
        if (!holdsVector(argument, vector) || !elementwise(argument, vector)) {
            return Optional.empty();
        }
        return Optional.of(at(argument, index, vector));
    }

    private static boolean holdsVector(Expr e, Predicate<String> vector) {
        if (e instanceof Sym s) {
            return vector.test(s.name());
        }
        return Exprs.children(e).stream().anyMatch(c -> holdsVector(c, vector));
    }

    private static boolean elementwise(Expr e, Predicate<String> vector) {
        return switch (e) {
            case Sym s -> true;
            case Num n -> true;
            case Add a -> a.terms().stream().allMatch(t -> elementwise(t, vector));
            case Mul m -> m.factors().stream().filter(f -> holdsVector(f, vector)).count() <= 1
                    && m.factors().stream().allMatch(f -> elementwise(f, vector));
            case Pow p -> !holdsVector(p.exponent(), vector) && elementwise(p.base(), vector);
            case Fn f -> f.args().size() == 1 && elementwise(f.arg(), vector);
            default -> false;
        };
    }

    private static Expr at(Expr e, String index, Predicate<String> vector) {
        if (e instanceof Sym s && vector.test(s.name())) {
            return new Indexed(s.name(), List.of(index));
        }
        return Exprs.mapChildren(e, c -> at(c, index, vector));
    }
}
