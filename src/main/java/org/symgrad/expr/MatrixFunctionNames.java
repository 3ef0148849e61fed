package org.symgrad.expr;

import java.util.Optional;

/**
 * The names by which the inverse and the determinant of a square matrix stand in index notation, where matrix notation
 * writes them ({@code X^{-1}}, {@code |\Sigma|}, {@code \det A}): the entry {@code (X⁻¹)_ij} is the indexed symbol
 * {@code zzinvX_ij}, {@code det X} the symbol {@code zzdetX}. They are no free symbols: the evaluator computes them from
 * the matrix's entries (exactly, by elimination), and the differentiator knows their derivatives by the matrix's entries
 * ({@code ∂(X⁻¹)_ij/∂X_ab = −(X⁻¹)_ia (X⁻¹)_bj}, {@code ∂ det X/∂X_ab = det X · (X⁻¹)_ba}). The prefixes are reserved: a
 * name a document writes never begins with them (a document's names come from its LaTeX, where {@code zz} starts none).
 */
public final class MatrixFunctionNames {
    private static final String INVERSE = "zzinv";
    private static final String DETERMINANT = "zzdet";

    private MatrixFunctionNames() {
    }

    /** The name of the entries of the matrix's inverse ({@code Sigma}: {@code zzinvSigma}). */
    public static String inverse(String matrix) {
        return INVERSE + matrix;
    }

    /** The name of the matrix's determinant ({@code Sigma}: {@code zzdetSigma}). */
    public static String determinant(String matrix) {
        return DETERMINANT + matrix;
    }

    /** The matrix whose inverse's entries the name stands for; empty for any other name. */
    public static Optional<String> inverseOf(String name) {
        return name.startsWith(INVERSE) && name.length() > INVERSE.length() ? Optional.of(name.substring(INVERSE.length()))
                : Optional.empty();
    }

    /** The matrix whose determinant the name stands for; empty for any other name. */
    public static Optional<String> determinantOf(String name) {
        return name.startsWith(DETERMINANT) && name.length() > DETERMINANT.length()
                ? Optional.of(name.substring(DETERMINANT.length())) : Optional.empty();
    }

    /** Whether the name stands for an inverse's entries or a determinant: a value computed from a matrix, not drawn. */
    public static boolean isComputed(String name) {
        return inverseOf(name).isPresent() || determinantOf(name).isPresent();
    }

    /** A matrix's name as the reader spells it: letters and digits, perhaps a layer's label above ({@code Sigma^{(2)}}). */
    private static final String MATRIX = "([A-Za-z][A-Za-z0-9]*(?:\\^\\{\\([^)]*\\)\\})?)";

    /**
     * {@code words} (an assumption's text, {@code zzinvLambda symmetric}, or an expression's ASCII) with each of these names
     * written as a function of the matrix: {@code inv(Lambda) symmetric}, {@code inv(Lambda)_{ij}}, {@code det(Sigma)}.
     */
    public static String inWords(String words) {
        return words.replaceAll("\\b" + INVERSE + MATRIX, "inv($1)").replaceAll("\\b" + DETERMINANT + MATRIX, "det($1)");
    }

    /** The matrix a computed name is computed from; empty for any other name. */
    public static Optional<String> matrixOf(String name) {
        return inverseOf(name).or(() -> determinantOf(name));
    }
}
