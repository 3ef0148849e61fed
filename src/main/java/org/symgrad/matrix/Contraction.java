package org.symgrad.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symgrad.expr.Exprs;

/**
 * A product of tensors (each of rank at most two) summed over some of their indices, written as
 * matrix operations. Each summed index is contracted in turn; what shares it decides the form:
 * <ul>
 *   <li>two vectors: {@code Σ_k a_k b_k = aᵀ b}; more: {@code aᵀ (b ⊙ c)}; one: {@code 𝟏ᵀ a};</li>
 *   <li>a matrix and vectors: {@code Σ_k W_ki g_k = Wᵀ g} (the matrix turned so that k runs along
 *       its columns); a matrix alone: {@code W 𝟏};</li>
 *   <li>two matrices: {@code Σ_k A_ik B_kj = A B}, with {@code Aᵀ}, {@code Bᵀ} as the positions
 *       of k require; vectors on k between them: {@code A diag(c) B}.</li>
 * </ul>
 * Then the factors left, over free indices only, combine: equal index sets elementwise
 * ({@code f_i g_i = f ⊙ g}), a vector beside a matrix as a diagonal scaling
 * ({@code u_i M_ij = diag(u) M}), two vectors as an outer product ({@code a_k b_l = a bᵀ}).
 * The summed indices are contracted in the order the Σs were written, but an index that joins three or more
 * matrices waits for one that joins fewer ({@code Σ_j Σ_i c_i R_ij X_je X_jf = Xᵀ diag(Rᵀ c) X}). Three or more
 * matrices on one index, or three free indices, have no matrix reading.
 */
final class Contraction {
    private Contraction() {
    }

    static Tensor of(List<Tensor> factors, List<String> summed) {
        List<Tensor> live = new ArrayList<>(factors);
        List<Matrix> scalars = new ArrayList<>();
        List<String> pending = new ArrayList<>(summed);
        while (!pending.isEmpty()) {
            String k = next(pending, live);
            pending.remove(k);
            List<Tensor> holders = live.stream().filter(t -> t.axes().contains(k)).toList();
            if (holders.isEmpty()) {
                scalars.add(new Matrix.Leaf(Exprs.N, List.of())); // Σ_k 1 = n
                continue;
            }
            live.removeAll(holders);
            live.add(contract(k, holders));
        }
        List<Tensor> tensors = new ArrayList<>();
        for (Tensor t : live) {
            if (t.rank() == 0) {
                scalars.add(t.value());
            } else {
                tensors.add(t);
            }
        }
        Tensor combined = combineFree(tensors);
        if (scalars.isEmpty()) {
            return combined;
        }
        scalars.add(combined.value());
        return new Tensor(Matrices.scaled(scalars), combined.axes());
    }

    /**
     * The summed index to contract next: the first of {@code pending}, unless it joins three or more matrices and
     * a later one does not — contracted first, that one may leave fewer ({@code Σ_i Σ_j c_i R_ij X_je X_jf}: over
     * i first, {@code Rᵀc} is a vector on j, and j joins two matrices, {@code Xᵀ diag(Rᵀc) X}).
     */
    private static String next(List<String> pending, List<Tensor> live) {
        for (String k : pending) {
            if (matricesOn(k, live) <= 2) {
                return k;
            }
        }
        return pending.get(0);
    }

    /** How many matrices {@code k} joins, those over the same other index counted once (they multiply elementwise). */
    private static long matricesOn(String k, List<Tensor> live) {
        return live.stream().filter(t -> t.rank() == 2 && t.axes().contains(k)).map(t -> t.other(k)).distinct().count();
    }

    /** The contraction over {@code k} of the factors that carry it. */
    private static Tensor contract(String k, List<Tensor> holders) {
        List<Tensor> vectors = new ArrayList<>();
        Map<String, Tensor> matrices = new LinkedHashMap<>();
        for (Tensor t : holders) {
            if (t.rank() == 1) {
                vectors.add(t);
            } else {
                String other = t.other(k);
                if (other.equals(k)) {
                    throw new NoReading("an index repeated within one factor has no matrix reading");
                }
                Tensor oriented = t.withColumns(k);
                matrices.merge(other, oriented, (a, b) -> new Tensor(
                        Matrices.hadamard(List.of(a.value(), b.value())), a.axes()));
            }
        }
        Matrix v = vectors.isEmpty() ? null : Matrices.hadamard(vectors.stream().map(Tensor::value).toList());
        List<Tensor> ms = new ArrayList<>(matrices.values());
        return switch (ms.size()) {
            case 0 -> {
                Matrix first = vectors.get(0).value();
                Matrix rest = vectors.size() == 1 ? new Matrix.Ones(k)
                        : Matrices.hadamard(vectors.subList(1, vectors.size()).stream().map(Tensor::value).toList());
                // Σ_k a_k b_k = aᵀ b; a lone vector sums its entries, 𝟏ᵀ a
                yield vectors.size() == 1
                        ? new Tensor(Matrices.product(List.of(Matrices.transpose(rest), first)), List.of())
                        : new Tensor(Matrices.product(List.of(Matrices.transpose(first), rest)), List.of());
            }
            case 1 -> {
                Tensor m = ms.get(0);
                Matrix right = v == null ? new Matrix.Ones(k) : v;
                yield new Tensor(Matrices.product(List.of(m.value(), right)), List.of(m.other(k)));
            }
            case 2 -> {
                Tensor a = ms.get(0);
                Tensor b = ms.get(1).withRows(k);
                List<Matrix> chain = new ArrayList<>();
                chain.add(a.value());
                if (v != null) {
                    chain.add(new Matrix.Diag(v));
                }
                chain.add(b.value());
                yield new Tensor(Matrices.product(chain), List.of(a.other(k), b.other(k)));
            }
            default -> throw new NoReading("index " + k + " joins " + ms.size() + " matrices");
        };
    }

    /** Factors over free indices only, combined into one tensor. */
    private static Tensor combineFree(List<Tensor> tensors) {
        if (tensors.isEmpty()) {
            return new Tensor(Matrices.constant(1), List.of());
        }
        Map<Set<String>, Tensor> bySet = new LinkedHashMap<>();
        for (Tensor t : tensors) {
            bySet.merge(t.axisSet(), t, (a, b) -> new Tensor(
                    Matrices.hadamard(List.of(a.value(), b.withRows(a.axes().get(0)).value())), a.axes()));
        }
        Set<String> free = new LinkedHashSet<>();
        bySet.values().forEach(t -> free.addAll(t.axes()));
        if (free.size() > 2) {
            throw new NoReading("three or more free indices " + free);
        }
        List<Tensor> groups = new ArrayList<>(bySet.values());
        if (groups.size() == 1) {
            return groups.get(0);
        }
        Tensor matrix = groups.stream().filter(t -> t.rank() == 2).findFirst().orElse(null);
        if (matrix == null) {
            // a_k b_l = a bᵀ
            Tensor a = groups.get(0);
            Tensor b = groups.get(1);
            return new Tensor(Matrices.product(List.of(a.value(), Matrices.transpose(b.value()))),
                    List.of(a.axes().get(0), b.axes().get(0)));
        }
        String row = matrix.axes().get(0);
        String column = matrix.axes().get(1);
        List<Matrix> chain = new ArrayList<>();
        vector(groups, row).ifPresent(u -> chain.add(new Matrix.Diag(u)));
        chain.add(matrix.value());
        vector(groups, column).ifPresent(u -> chain.add(new Matrix.Diag(u)));
        return new Tensor(Matrices.product(chain), matrix.axes());
    }

    private static java.util.Optional<Matrix> vector(List<Tensor> groups, String index) {
        return groups.stream().filter(t -> t.axes().equals(List.of(index))).map(Tensor::value).findFirst();
    }
}
