package org.symgrad.parse;

import java.util.Map;
import java.util.Optional;

/**
 * Matrix-only notation — {@code x^T}, {@code xᵀ}, {@code A @ B}, {@code a .* b}, {@code a ⊙ b},
 * {@code diag(v)}, {@code ‖x‖} — has no meaning in symgrad's language of components (SPEC §9): it
 * is an error that says how to write the same thing with indices, never a silent misreading
 * ({@code x^T} as the power of a symbol T). The messages live here, one per notation.
 */
final class MatrixNotation {
    private static final String COMPONENTS = "symgrad works with components";

    /** What each matrix-only character means, and how to write it in components. */
    private static final Map<Character, String> CHARACTERS = Map.of(
            '\u1D40', transpose("xᵀ"),
            '\u22A4', transpose("x^⊤"),
            '@', "'@' is a matrix product: " + COMPONENTS + ", so write (A @ B)_ij as sum_k A_ik*B_kj",
            '\u2299', "'⊙' is an elementwise product: " + COMPONENTS + ", so write (a ⊙ b)_i as a_i*b_i",
            '\u2016', "'‖x‖' is a norm: " + COMPONENTS + ", so write ‖x‖ as sqrt(sum_k x_k^2)");

    /** Calls that only the matrix printer writes. */
    private static final Map<String, String> CALLS = Map.of(
            "diag", "diag(v) is a matrix: " + COMPONENTS + ", so write diag(v)_ij as v_i*delta(i,j)",
            "ones", "ones(n) is a vector: " + COMPONENTS + ", so write its entries as 1");

    private MatrixNotation() {
    }

    private static String transpose(String spelled) {
        return spelled + " is a transpose: " + COMPONENTS + ", so write (Wᵀx)_j as sum_k W_kj*x_k";
    }

    /** The message for the character at {@code at}, if it is matrix notation. */
    static Optional<String> explain(String source, int at) {
        char c = source.charAt(at);
        if (c == '.' && at + 1 < source.length() && "*/^".indexOf(source.charAt(at + 1)) >= 0) {
            return Optional.of("'." + source.charAt(at + 1) + "' is an elementwise matrix operator: " + COMPONENTS
                    + ", so write (a .* b)_i as a_i*b_i");
        }
        return Optional.ofNullable(CHARACTERS.get(c));
    }

    /** The message for a call of {@code name}, if only matrix notation calls it. */
    static Optional<String> call(String name) {
        return Optional.ofNullable(CALLS.get(name));
    }

    /** The message for {@code base^T}, where the exponent is the bare symbol T. */
    static String transposeExponent() {
        return "x^T is a transpose: " + COMPONENTS + ", so write (W^T x)_j as sum_k W_kj*x_k; "
                + "for a power of a symbol T write x^(T)";
    }
}
