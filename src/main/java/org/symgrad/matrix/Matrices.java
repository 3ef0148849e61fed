package org.symgrad.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.symgrad.expr.Rational;

/**
 * The building factories of {@link Matrix}. Unlike the record constructors they apply the
 * identities a textbook applies without comment, and nothing else:
 * <ul>
 *   <li>{@code (Aᵀ)ᵀ = A}, {@code Iᵀ = I}, {@code diag(v)ᵀ = diag(v)}, {@code sᵀ = s} for a scalar,
 *       {@code (A B)ᵀ = Bᵀ Aᵀ}, {@code (s A)ᵀ = s Aᵀ}; a transpose enters a sum, an elementwise
 *       product or function only when that leaves fewer transposes ({@code (A + Aᵀ)ᵀ = Aᵀ + A},
 *       but {@code (y − t)ᵀ} stays);</li>
 *   <li>{@code I A = A I = A}, {@code diag(u) 𝟏 = u}, {@code 𝟏ᵀ diag(u) = uᵀ},
 *       {@code diag(u) diag(v) = diag(u ⊙ v)}; a product or elementwise product lets its scalar
 *       factors out in front ({@code (β a) bᵀ = β a bᵀ});</li>
 *   <li>{@code 𝟏 ⊙ v = v}; nested sums and products are flattened; constants in a scalar product
 *       multiply into one leading coefficient, {@code 1·A = A}, {@code 0·A = 0}.</li>
 * </ul>
 */
public final class Matrices {
    private Matrices() {
    }

    public static Matrix constant(long value) {
        return new Matrix.Constant(Rational.of(value));
    }

    public static Matrix transpose(Matrix m) {
        return switch (m) {
            case Matrix.Transpose t -> t.operand();
            case Matrix.Identity i -> i;
            case Matrix.Diag d -> d;
            case Matrix.Product p -> product(p.factors().reversed().stream().map(Matrices::transpose).toList());
            case Matrix.Scaled s -> scaled(s.factors().stream()
                    .map(f -> f.shape() == Shape.SCALAR ? f : transpose(f)).toList());
            case Matrix.Sum s -> fewerTransposes(m, sum(s.terms().stream().map(Matrices::transpose).toList()));
            case Matrix.Hadamard h -> fewerTransposes(m, hadamard(h.factors().stream().map(Matrices::transpose).toList()));
            case Matrix.Apply a -> fewerTransposes(m, new Matrix.Apply(a.function(), transpose(a.argument())));
            case Matrix.Power p -> fewerTransposes(m, new Matrix.Power(transpose(p.base()), p.exponent()));
            case Matrix.Leaf l -> l.shape() == Shape.SCALAR ? l : new Matrix.Transpose(l);
            case Matrix.Constant c -> c;
            case Matrix.Ones o -> new Matrix.Transpose(o);
        };
    }

    /** {@code pushed} (the transpose taken inside {@code m}) when it has fewer transposes than {@code mᵀ}. */
    private static Matrix fewerTransposes(Matrix m, Matrix pushed) {
        return transposes(pushed) < transposes(m) + 1 ? pushed : new Matrix.Transpose(m);
    }

    private static int transposes(Matrix m) {
        int own = m instanceof Matrix.Transpose ? 1 : 0;
        return own + children(m).stream().mapToInt(Matrices::transposes).sum();
    }

    /** The direct sub-expressions of {@code m}. */
    public static List<Matrix> children(Matrix m) {
        return switch (m) {
            case Matrix.Leaf l -> List.of();
            case Matrix.Constant c -> List.of();
            case Matrix.Identity i -> List.of();
            case Matrix.Ones o -> List.of();
            case Matrix.Diag d -> List.of(d.vector());
            case Matrix.Transpose t -> List.of(t.operand());
            case Matrix.Product p -> p.factors();
            case Matrix.Hadamard h -> h.factors();
            case Matrix.Scaled s -> s.factors();
            case Matrix.Sum s -> s.terms();
            case Matrix.Apply a -> List.of(a.argument());
            case Matrix.Power p -> List.of(p.base(), p.exponent());
        };
    }

    /** The matrix product of {@code factors} (scalars among them move in front). */
    public static Matrix product(List<Matrix> factors) {
        List<Matrix> scalars = new ArrayList<>();
        List<Matrix> flat = new ArrayList<>();
        for (Matrix f : factors) {
            collectProduct(f, scalars, flat, false);
        }
        if (!chains(flat)) {
            // a scalar sub-product (𝟏ᵀy) between vectors of the same orientation, as in
            // (𝟏ᵀy)·y𝟏ᵀ, chains only as a scalar factor, not opened into the chain
            scalars.clear();
            flat.clear();
            for (Matrix f : factors) {
                collectProduct(f, scalars, flat, true);
            }
        }
        if (flat.isEmpty()) {
            return scalars.size() == 1 ? scalars.get(0) : scaled(scalars);
        }
        List<Matrix> out = new ArrayList<>();
        for (Matrix f : flat) {
            Matrix previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous instanceof Matrix.Diag d && f instanceof Matrix.Ones) {
                out.set(out.size() - 1, d.vector());
            } else if (previous instanceof Matrix.Transpose t && t.operand() instanceof Matrix.Ones
                    && f instanceof Matrix.Diag d) {
                out.set(out.size() - 1, transpose(d.vector()));
            } else if (previous instanceof Matrix.Diag a && f instanceof Matrix.Diag b) {
                out.set(out.size() - 1, new Matrix.Diag(hadamard(List.of(a.vector(), b.vector()))));
            } else {
                out.add(f);
            }
        }
        if (out.size() > 1) {
            List<Matrix> withoutIdentity = out.stream().filter(f -> !(f instanceof Matrix.Identity)).toList();
            if (!withoutIdentity.isEmpty()) {
                out = withoutIdentity;
            } else {
                out = List.of(out.get(0));
            }
        }
        Matrix core = out.size() == 1 ? out.get(0) : scalarWithFewerTransposes(new Matrix.Product(out));
        if (scalars.isEmpty()) {
            return core;
        }
        scalars.add(core);
        return scaled(scalars);
    }

    private static boolean chains(List<Matrix> flat) {
        for (int i = 0; i + 1 < flat.size(); i++) {
            if (flat.get(i).shape().hasColumns() != flat.get(i + 1).shape().hasRows()) {
                return false;
            }
        }
        return true;
    }

    /** A scalar product is its own transpose: {@code 𝟏ᵀ Mᵀ 𝟏 = 𝟏ᵀ M 𝟏}, whichever has fewer transposes. */
    private static Matrix scalarWithFewerTransposes(Matrix.Product p) {
        if (p.shape() != Shape.SCALAR) {
            return p;
        }
        Matrix.Product flipped = new Matrix.Product(p.factors().reversed().stream().map(Matrices::transpose).toList());
        return transposes(flipped) < transposes(p) ? flipped : p;
    }

    private static void collectProduct(Matrix f, List<Matrix> scalars, List<Matrix> flat, boolean scalarsWhole) {
        switch (f) {
            case Matrix.Product p when scalarsWhole && p.shape() == Shape.SCALAR -> scalars.add(p);
            case Matrix.Product p -> p.factors().forEach(g -> collectProduct(g, scalars, flat, scalarsWhole));
            case Matrix.Scaled s -> s.factors().forEach(g -> collectProduct(g, scalars, flat, scalarsWhole));
            default -> {
                if (f.shape() == Shape.SCALAR) {
                    scalars.add(f);
                } else {
                    flat.add(f);
                }
            }
        }
    }

    /**
     * The elementwise product of {@code factors}; scalars move in front, all-ones vectors drop out.
     * Matrix products come first, as a textbook writes backpropagation: {@code (Vᵀ δ) ⊙ σ'(z)}.
     */
    public static Matrix hadamard(List<Matrix> factors) {
        List<Matrix> scalars = new ArrayList<>();
        List<Matrix> flat = new ArrayList<>();
        for (Matrix f : factors) {
            collectHadamard(f, scalars, flat);
        }
        List<Matrix> kept = flat.stream().filter(f -> !(f instanceof Matrix.Ones)).toList();
        if (kept.isEmpty() && !flat.isEmpty()) {
            kept = List.of(flat.get(0));
        }
        List<Matrix> ordered = new ArrayList<>(kept);
        ordered.sort(Comparator.comparingInt(f -> f instanceof Matrix.Product ? 0 : 1));
        Matrix core = ordered.isEmpty() ? null : ordered.size() == 1 ? ordered.get(0) : new Matrix.Hadamard(ordered);
        if (core == null) {
            return scaled(scalars);
        }
        if (scalars.isEmpty()) {
            return core;
        }
        scalars.add(core);
        return scaled(scalars);
    }

    private static void collectHadamard(Matrix f, List<Matrix> scalars, List<Matrix> flat) {
        switch (f) {
            case Matrix.Hadamard h -> h.factors().forEach(g -> collectHadamard(g, scalars, flat));
            case Matrix.Scaled s -> s.factors().forEach(g -> collectHadamard(g, scalars, flat));
            default -> {
                if (f.shape() == Shape.SCALAR) {
                    scalars.add(f);
                } else {
                    flat.add(f);
                }
            }
        }
    }

    /** A product of scalars and at most one non-scalar: one leading coefficient, the rest in order. */
    public static Matrix scaled(List<Matrix> factors) {
        Rational coefficient = Rational.ONE;
        List<Matrix> rest = new ArrayList<>();
        Matrix operand = null;
        List<Matrix> queue = new ArrayList<>(factors);
        while (!queue.isEmpty()) {
            Matrix f = queue.remove(0);
            switch (f) {
                case Matrix.Scaled s -> queue.addAll(0, s.factors());
                case Matrix.Constant c -> coefficient = coefficient.multiply(c.value());
                default -> {
                    if (f.shape() == Shape.SCALAR) {
                        rest.add(f);
                    } else if (operand == null) {
                        operand = f;
                    } else {
                        throw new IllegalArgumentException("two non-scalar factors in a scalar product");
                    }
                }
            }
        }
        if (coefficient.isZero()) {
            return new Matrix.Constant(Rational.ZERO);
        }
        List<Matrix> out = new ArrayList<>();
        if (!coefficient.isOne()) {
            out.add(new Matrix.Constant(coefficient));
        }
        out.addAll(rest);
        if (operand != null) {
            out.add(operand);
        }
        return switch (out.size()) {
            case 0 -> new Matrix.Constant(Rational.ONE);
            case 1 -> out.get(0);
            default -> new Matrix.Scaled(out);
        };
    }

    /** A sum; nested sums flatten and zero terms drop out. */
    public static Matrix sum(List<Matrix> terms) {
        List<Matrix> flat = new ArrayList<>();
        for (Matrix t : terms) {
            if (t instanceof Matrix.Sum s) {
                flat.addAll(s.terms());
            } else if (!(t instanceof Matrix.Constant c && c.value().isZero())) {
                flat.add(t);
            }
        }
        return switch (flat.size()) {
            case 0 -> new Matrix.Constant(Rational.ZERO);
            case 1 -> flat.get(0);
            default -> new Matrix.Sum(flat);
        };
    }

    public static Matrix negate(Matrix m) {
        return scaled(List.of(new Matrix.Constant(Rational.MINUS_ONE), m));
    }

    /** A size measure for choosing between equal forms: every node counts, an all-ones vector three times. */
    public static int cost(Matrix m) {
        int own = switch (m) {
            case Matrix.Ones o -> 3;
            case Matrix.Scaled s -> 0;
            default -> 1;
        };
        return own + children(m).stream().mapToInt(Matrices::cost).sum();
    }
}
