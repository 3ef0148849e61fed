package org.symgrad.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * The components of what a norm encloses ({@code \|\mathbf{x} - \boldsymbol{\mu}_c\|}): every name
 * is a vector and takes the component index after its own subscripts ({@code x_k − μ_{ck}}, the
 * example rows {@code x_i − x_j} have the components {@code x_{ik} − x_{jk}}), as the inner product
 * {@code \mathbf{w}^T \mathbf{x}_i} reads; numbers and functions apply to each component. A capital
 * is a matrix, whose two indices the Frobenius norm sums over. Empty where what the norm encloses
 * is no element-wise expression of vectors: a sum or a product over an index (a matrix times a
 * vector, {@code \|X w - y\|}), a derivative, or a matrix in a vector norm.
 */
public final class NormComponents {
    private final List<String> component;

    /** Components at {@code component}: one index for a vector norm, two for the Frobenius norm. */
    private NormComponents(List<String> component) {
        this.component = component;
    }

    /** The components of the vectors of {@code e} at index {@code k}; empty if a matrix or a contraction is in it. */
    public static Optional<Expr> ofVectors(Expr e, String k) {
        return new NormComponents(List.of(k)).of(e);
    }

    /** The entries of the matrices of {@code e} at the indices {@code a, b}; empty unless every name is a capital. */
    public static Optional<Expr> ofMatrices(Expr e, String a, String b) {
        return new NormComponents(List.of(a, b)).of(e);
    }

    private Optional<Expr> of(Expr e) {
        return switch (e) {
            case Num n -> Optional.of(n);
            case Sym s -> isMatrix(s.name()) == (component.size() == 2)
                    ? Optional.of(new Indexed(s.name(), component)) : Optional.empty();
            case Indexed x -> component.size() == 1 && !isMatrix(x.name())
                    ? Optional.of(new Indexed(x.name(), appended(x.indices()))) : Optional.empty();
            // \|RA - B\|_F, \|A^2\|_F: a product or power of matrices is no entry-by-entry product
            case Mul m when component.size() == 2 && m.factors().stream().filter(NormComponents::matrixFactor).count() > 1 -> Optional.empty();
            case Pow p when component.size() == 2 && matrixFactor(p.base()) -> Optional.empty();
            case Pow p -> of(p.base()).map(b -> Exprs.pow(b, p.exponent()));
            case IndexSum s -> Optional.empty();
            case IndexProduct p -> Optional.empty();
            case Derivative d -> Optional.empty();
            case Fn f -> children(f.args()).map(args -> (Expr) new Fn(f.name(), args));
            default -> children(Exprs.children(e)).map(kids -> Exprs.withChildren(e, kids));
        };
    }

    private Optional<List<Expr>> children(List<Expr> kids) {
        List<Expr> out = new ArrayList<>();
        for (Expr c : kids) {
            Optional<Expr> r = of(c);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            out.add(r.get());
        }
        return Optional.of(out);
    }

    private List<String> appended(List<String> indices) {
        List<String> out = new ArrayList<>(indices);
        out.addAll(component);
        return out;
    }

    /** A matrix symbol, perhaps to a power, as a factor of a product. */
    private static boolean matrixFactor(Expr e) {
        return e instanceof Sym s && isMatrix(s.name()) || e instanceof Pow p && matrixFactor(p.base());
    }

    private static boolean isMatrix(String name) {
        return Character.isUpperCase(name.charAt(0));
    }
}
