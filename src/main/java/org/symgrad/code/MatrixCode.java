package org.symgrad.code;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.CodeSpelling;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.matrix.Matrix;
import org.symgrad.matrix.Shape;

/**
 * A {@link Matrix} form as plain array code, vectors one-dimensional as NumPy and PyTorch keep
 * them: {@code Aᵀ} is {@code A.T}, a matrix product is {@code @} (an outer product {@code a bᵀ}
 * is {@code outer(a, b)}, since {@code @} of two vectors is their inner product), {@code ⊙} and
 * scalar multiples are {@code *}, {@code diag(v)}, {@code I} and {@code 𝟏} are {@code diag},
 * {@code eye} and {@code ones}, and a product with {@code 𝟏} is a sum along an axis
 * ({@code 𝟏ᵀ v} is {@code sum(v)}). Leaves — names, derivatives of abstract functions, index-free
 * scalars — are written by {@link EinsumCode}.
 */
final class MatrixCode {
    private final Backend backend;
    private final Sizes sizes;
    private final EinsumCode leaves;
    private final Usage usage;
    private final PythonNames names;

    MatrixCode(Backend backend, Sizes sizes, EinsumCode leaves, Usage usage, PythonNames names) {
        this.backend = backend;
        this.sizes = sizes;
        this.leaves = leaves;
        this.usage = usage;
        this.names = names;
    }

    Py code(Matrix m) {
        return switch (m) {
            case Matrix.Leaf l -> {
                Py c = leaves.code(l.entry());
                if (!c.axes().equals(l.axes())) {
                    c = leaves.transpose(c, l.axes());
                }
                yield c.withAxes(List.of());
            }
            case Matrix.Constant c -> Py.number(c.value());
            case Matrix.Identity i -> Py.atom(backend.eye(sizes.size(i.index())), List.of());
            case Matrix.Ones o -> Py.atom(backend.ones(sizes.size(o.index())), List.of());
            case Matrix.Diag d -> Py.atom(backend.diag(code(d.vector()).text()), List.of());
            case Matrix.Transpose t -> t.operand().shape() == Shape.MATRIX
                    ? Py.atom(code(t.operand()).at(Py.Level.ATOM) + ".T", List.of())
                    : code(t.operand()); // a vector is one-dimensional: its transpose is itself
            case Matrix.Product p -> product(p.factors());
            case Matrix.Hadamard h -> elementwise(h.factors());
            case Matrix.Scaled s -> elementwise(s.factors());
            case Matrix.Sum s -> sum(s.terms());
            case Matrix.Apply a -> apply(a);
            case Matrix.Power p -> new Py(code(p.base()).at(Py.Level.ATOM) + " ** " + code(p.exponent()).at(Py.Level.UNARY),
                    Py.Level.POWER, List.of());
        };
    }

    /** A chain of matrix products, left to right; {@code 𝟏} factors become sums, column-times-row an outer product. */
    private Py product(List<Matrix> factors) {
        Py acc = null;
        Shape shape = null;
        boolean onesRow = false;
        for (Matrix f : factors) {
            if (acc == null && !onesRow && isOnesRow(f)) {
                onesRow = true; // 𝟏ᵀ A sums A along its rows
                continue;
            }
            if (acc == null) {
                Py first = code(f);
                if (onesRow) {
                    acc = f.shape() == Shape.MATRIX ? Py.atom(backend.sum(first.at(Py.Level.ATOM), 0), List.of())
                            : Py.atom(backend.sum(first.text()), List.of());
                    shape = f.shape() == Shape.MATRIX ? Shape.ROW : Shape.SCALAR;
                } else {
                    acc = first;
                    shape = f.shape();
                }
                continue;
            }
            if (f instanceof Matrix.Ones) {
                acc = shape == Shape.MATRIX ? Py.atom(backend.sum(acc.at(Py.Level.ATOM), 1), List.of())
                        : Py.atom(backend.sum(acc.text()), List.of());
                shape = shape == Shape.MATRIX ? Shape.COLUMN : Shape.SCALAR;
                continue;
            }
            Py next = code(f);
            if (shape == Shape.COLUMN && f.shape() == Shape.ROW) {
                acc = Py.atom(backend.outer(acc.text(), next.text()), List.of());
                shape = Shape.MATRIX;
            } else if (shape == Shape.SCALAR || f.shape() == Shape.SCALAR) {
                acc = new Py(acc.at(Py.Level.POWER) + " * " + next.at(Py.Level.POWER), Py.Level.PRODUCT, List.of());
                shape = shape == Shape.SCALAR ? f.shape() : shape;
            } else {
                acc = new Py(acc.at(Py.Level.PRODUCT) + " @ " + next.at(Py.Level.POWER), Py.Level.PRODUCT, List.of());
                shape = after(shape, f.shape());
            }
        }
        if (acc == null) {
            throw new Unsupported("a product of all-ones vectors only");
        }
        return acc;
    }

    private static boolean isOnesRow(Matrix m) {
        return m instanceof Matrix.Transpose t && t.operand() instanceof Matrix.Ones;
    }

    private static Shape after(Shape left, Shape right) {
        boolean rows = left.hasRows();
        boolean columns = right.hasColumns();
        return rows ? (columns ? Shape.MATRIX : Shape.COLUMN) : (columns ? Shape.ROW : Shape.SCALAR);
    }

    /** Elementwise and scalar products: {@code a * b}, with factors {@code x^(-k)} as divisions. */
    private Py elementwise(List<Matrix> factors) {
        Rational coefficient = Rational.ONE;
        List<Py> numerator = new ArrayList<>();
        List<Py> denominator = new ArrayList<>();
        for (Matrix f : factors) {
            if (f instanceof Matrix.Constant c) {
                coefficient = coefficient.multiply(c.value());
            } else if (f instanceof Matrix.Power p && p.exponent() instanceof Matrix.Constant k && k.value().signum() < 0) {
                Rational up = k.value().negate();
                denominator.add(up.isOne() ? code(p.base()) : code(new Matrix.Power(p.base(), new Matrix.Constant(up))));
            } else if (f instanceof Matrix.Leaf l && l.shape() == Shape.SCALAR) {
                // an index-free scalar: its reciprocal powers divide ((K @ q) / np.sqrt(d))
                List<Expr> up = new ArrayList<>();
                for (Expr e : l.entry() instanceof Mul m ? m.factors() : List.of(l.entry())) {
                    if (e instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                        Rational positive = k.value().negate();
                        denominator.add(leaves.code(positive.isOne() ? p.base() : Exprs.pow(p.base(), new Num(positive))));
                    } else {
                        up.add(e);
                    }
                }
                if (!up.isEmpty()) {
                    numerator.add(leaves.code(Exprs.mul(up)));
                }
            } else {
                numerator.add(code(f));
            }
        }
        boolean negative = coefficient.signum() < 0;
        if (!coefficient.abs().isOne() || numerator.isEmpty()) {
            numerator.add(0, Py.number(coefficient.abs()));
        }
        Py out = numerator.size() == 1 ? numerator.get(0)
                : new Py(String.join(" * ", numerator.stream().map(x -> x.at(Py.Level.POWER)).toList()), Py.Level.PRODUCT,
                        List.of());
        for (Py d : denominator) {
            out = new Py(out.at(Py.Level.PRODUCT) + " / " + d.at(Py.Level.POWER), Py.Level.PRODUCT, List.of());
        }
        return negative ? new Py("-" + out.at(Py.Level.UNARY), Py.Level.UNARY, List.of()) : out;
    }

    private Py sum(List<Matrix> given) {
        List<Matrix> terms = new ArrayList<>(given);
        if (isNegative(terms.get(0))) {
            // y - t, not -t + y
            terms.stream().filter(t -> !isNegative(t)).findFirst().ifPresent(t -> {
                terms.remove(t);
                terms.add(0, t);
            });
        }
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < terms.size(); p++) {
            Matrix t = terms.get(p);
            boolean negative = isNegative(t);
            Py c = code(negative ? negated(t) : t);
            if (p == 0) {
                out.append(negative ? "-" + c.at(Py.Level.UNARY) : c.at(Py.Level.SUM));
            } else {
                out.append(negative ? " - " : " + ").append(c.at(Py.Level.PRODUCT));
            }
        }
        return new Py(out.toString(), Py.Level.SUM, List.of());
    }

    private static boolean isNegative(Matrix m) {
        return switch (m) {
            case Matrix.Constant c -> c.value().signum() < 0;
            case Matrix.Scaled s -> s.factors().get(0) instanceof Matrix.Constant k && k.value().signum() < 0;
            case Matrix.Leaf l -> l.shape() == Shape.SCALAR && coefficient(l.entry()).signum() < 0;
            default -> false;
        };
    }

    private static Rational coefficient(Expr e) {
        return switch (e) {
            case Num n -> n.value();
            case Mul m -> m.factors().stream().filter(f -> f instanceof Num).map(f -> ((Num) f).value())
                    .reduce(Rational.ONE, Rational::multiply);
            default -> Rational.ONE;
        };
    }

    private static Matrix negated(Matrix m) {
        return switch (m) {
            case Matrix.Constant c -> new Matrix.Constant(c.value().negate());
            case Matrix.Leaf l -> new Matrix.Leaf(Exprs.neg(l.entry()), List.of());
            default -> {
                Matrix.Scaled s = (Matrix.Scaled) m;
                List<Matrix> factors = new ArrayList<>(s.factors());
                Rational c = ((Matrix.Constant) factors.get(0)).value().negate();
                if (c.isOne()) {
                    factors.remove(0);
                } else {
                    factors.set(0, new Matrix.Constant(c));
                }
                yield factors.size() == 1 ? factors.get(0) : new Matrix.Scaled(factors);
            }
        };
    }

    private Py apply(Matrix.Apply a) {
        Py arg = code(a.argument());
        if (a.function().equals(SoftmaxComponent.NAME)) {
            return EinsumCode.call(CodeSpelling.fill(backend.function(SoftmaxComponent.VECTOR_CODE), List.of(arg.at(Py.Level.SUM))), List.of());
        }
        if (FunctionRegistry.isKnown(a.function())) {
            CodeSpelling spelling = FunctionRegistry.get(a.function()).code().orElseThrow(
                    () -> new Unsupported("the function " + a.function() + " has no NumPy/PyTorch spelling"));
            return EinsumCode.call(CodeSpelling.fill(backend.function(spelling), List.of(arg.at(Py.Level.SUM))), List.of());
        }
        String name = a.function();
        int primes = name.length() - name.replace("'", "").length();
        String base = name.replace("'", "");
        Usage.Application application = a.argument().shape() == Shape.SCALAR ? Usage.Application.WHOLE
                : Usage.Application.ELEMENTWISE;
        Usage.Function use = usage.function(base, application, 1);
        if (primes == 0) {
            use.value = true;
            return Py.atom(names.function(base) + "(" + arg.text() + ")", List.of());
        }
        if (primes > 1) {
            throw new Unsupported("a second derivative of the abstract function " + base);
        }
        use.gradient = true;
        return Py.atom(names.gradient(base) + "(" + arg.text() + ")[0]", List.of());
    }
}
