package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;

/** Which documents keep their range sizes apart, and the size each summed letter runs to. */
class OwnSizesTest {
    private static Optional<Map<String, Expr>> letters(String latex) {
        return OwnSizes.letters(LatexTokens.lex(latex, 0, latex.length()));
    }

    @Test
    void eachLetterRunsToTheSizeItsSumsAreWrittenTo() {
        assertEquals(Optional.of(Map.of("n", new Sym("N"), "k", new Sym("K"))),
                letters("E = -\\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} \\ln y_{nk} + \\sum_{k} w_k^2"));
        // from 0 to K − 1: the size K
        assertEquals(Optional.of(Map.of("i", new Sym("n"), "k", new Sym("K"))),
                letters("\\sum_{i=1}^{n} \\sum_{k=0}^{K-1} x_{i+k}"));
        // the limit T of a sum over time steps is no transpose
        assertEquals(Optional.of(Map.of("t", new Sym("T"), "i", new Sym("H"))),
                letters("\\sum_{t=1}^{T} \\sum_{i=1}^{H} (h_{t,i} - y_{t,i})^2 + \\sum_{t=1}^T a_t"));
    }

    @Test
    void oneSizeOnlyIsNothingToKeepApart() {
        assertEquals(Optional.empty(), letters("\\sum_{i=1}^{N} \\sum_{j=1}^{N} a_{ij}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a sum over a letter no sum gives a range, or over two letters at once
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} \\sum_{j} a_{ij}",
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} \\sum_{i,j} a_{ij}",
            // a letter summed to two sizes, and once without a limit
            "\\sum_{i=1}^{N} \\sum_{i=1}^{K} a_i + \\sum_{i} b_i",
            // vectors and matrices are read into sums over n
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} \\mathbf{w}_k",
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} \\|x_k\\|^2",
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} x^{(i)\\top} w_k",
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} x^T w_k",
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} \\mathrm{tr}(A_k)",
            "\\sum_{i=1}^{N} \\sum_{k=1}^{K} \\nabla f_k"})
    void sizesAreKeptApartOnlyWhereEverySumHasAKnownRange(String latex) {
        assertEquals(Optional.empty(), letters(latex));
    }
}
