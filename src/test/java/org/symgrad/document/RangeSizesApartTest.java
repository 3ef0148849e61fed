package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A document whose sums run to two names (N examples, K classes; n points, d features) means two numbers. Each name past
 * the first is a range size of its own: kept as written, drawn as n where the step is checked, and checked again with
 * each size a number of its own, so that a step holding only where they are one number is false. Before, every limit was
 * read as the one range size n: {@code \sum_{k=1}^{K} \sum_{i=1}^{n} 1 = n^2} and a gradient divided by K for N were
 * proven. A sum written without a limit runs to the size the document's sums over its letter run to.
 */
class RangeSizesApartTest {
    private static final String SOFTMAX = "The network outputs $y_{nk} = \\frac{e^{a_{nk}}}{\\sum_{j=1}^{K} e^{a_{nj}}}$ for each "
            + "of the $N$ examples, and the targets $t_{nk}$ are one-hot.\n\n"
            + "$$E = -\\frac{1}{N} \\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} \\ln y_{nk}$$\n\n";

    @Test
    void aStepThatHoldsOnlyWhereTwoSizesAreOneNumberIsFalse() {
        PublicInputsTest.check("$$\\sum_{k=1}^{K} \\sum_{i=1}^{n} 1 = nK$$\n\n$$\\sum_{k=1}^{K} \\sum_{i=1}^{n} 1 = n^2$$\n\n"
                + "$$\\sum_{k=1}^{K} x_k + \\sum_{i=1}^{n} y_i = \\sum_{i=1}^{n} (x_i + y_i)$$\n\n"
                + "$$\\frac{\\partial}{\\partial x_j} \\sum_{k=1}^{K} x_k^2 = 2 x_j$$\n", "✓✗✗✓");
    }

    @Test
    void aGradientDividedByTheWrongCountIsFalseBesideOneHotTargets() {
        // the one-hot targets are drawn along the classes' size K, each example's row summing to one
        CheckedDocument d = PublicInputsTest.check(SOFTMAX
                + "$$\\frac{\\partial E}{\\partial a_{nj}} = \\frac{1}{N} (y_{nj} - t_{nj})$$\n\n"
                + "$$\\frac{\\partial E}{\\partial a_{nj}} = \\frac{1}{K} (y_{nj} - t_{nj})$$\n\n"
                + "$$\\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} = N$$\n\n"
                + "$$\\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} = K$$\n", "✓✗✓✗");
        assertTrue(PublicInputsTest.describe(d).contains("holds only where K, which the document writes as a range size of its own"),
                PublicInputsTest.describe(d));
    }

    @Test
    void rowsStatedToSumToOneAreSoAlongTheirOwnSize() {
        // Σ_c Y_ic = 1 read over n applies to the rows' sums to K as well: the step stays proven
        PublicInputsTest.check("$$P_{ik} = \\frac{e^{Z_{ik}}}{\\sum_{c} e^{Z_{ic}}}$$\n\n"
                + "$$L = -\\frac{1}{n}\\sum_{i=1}^{n}\\sum_{c=1}^{K} Y_{ic}\\log P_{ic}$$\n\n"
                + "The rows of $Y$ sum to one.\n\n"
                + "$$\\frac{\\partial L}{\\partial Z_{ik}} = \\frac{1}{n}(P_{ik} - Y_{ik})$$\n\n"
                + "$$\\frac{\\partial L}{\\partial Z_{ik}} = \\frac{1}{K}(P_{ik} - Y_{ik})$$\n", "✓✗");
    }

    @Test
    void aSumWithoutALimitRunsToTheSizeItsLetterRunsToElsewhere() {
        // the coordinate-descent partial residual: k runs over the p features, as in J, not over the N examples
        PublicInputsTest.check("$$J = \\frac{1}{2N} \\sum_{i=1}^{N} \\Big( y_i - \\sum_{k=1}^{p} x_{ik} \\beta_k \\Big)^2$$\n\n"
                + "$$\\frac{\\partial J}{\\partial \\beta_j} = -\\frac{1}{N} \\sum_{i=1}^{N} x_{ij} \\Big( y_i - \\sum_{k \\neq j} x_{ik} \\beta_k"
                + " \\Big) + \\frac{\\beta_j}{N} \\sum_{i=1}^{N} x_{ij}^2$$\n\n"
                + "$$\\frac{\\partial J}{\\partial \\beta_j} = -\\frac{1}{p} \\sum_{i=1}^{N} x_{ij} \\Big( y_i - \\sum_{k=1}^{p} x_{ik} \\beta_k"
                + " \\Big)$$\n", "✓✗");
    }

    @Test
    void aSizeTheProsesInlineMathSumsToIsOneOfItsOwn() {
        // d bounds only the inline definition's sum (was: read as n there, so 1/√n was proven and 1/√d undecided)
        PublicInputsTest.check("For $n$ tokens with keys and queries of dimension $d$, the scores are $s_{ij} = \\frac{1}{\\sqrt{d}}"
                + " \\sum_{k=1}^{d} q_{ik} c_{jk}$ and the weights are\n\n$$a_{ij} = \\frac{e^{s_{ij}}}{\\sum_{m=1}^{n} e^{s_{im}}}$$\n\n"
                + "$$\\frac{\\partial s_{ij}}{\\partial q_{il}} = \\frac{c_{jl}}{\\sqrt{d}}$$\n\n"
                + "$$\\frac{\\partial s_{ij}}{\\partial q_{il}} = \\frac{c_{jl}}{\\sqrt{n}}$$\n\n"
                + "$$\\frac{\\partial a_{ij}}{\\partial s_{ik}} = a_{ij} (\\delta_{jk} - a_{ik})$$\n", "✓✗✓");
    }

    @Test
    void aSumOverALetterOfNoWrittenRangeKeepsTheSizesOne() {
        // \sum_k runs over no written range: which size is not known, so the sizes are not kept apart (read apart, k would
        // run to N and the right step below would be false)
        PublicInputsTest.check("$$J = \\sum_{i=1}^{N} \\Big( y_i - \\sum_{k} x_{ik} \\beta_k \\Big)^2 + \\lambda \\sum_{m=1}^{p} \\beta_m^2$$\n\n"
                + "$$\\lambda \\sum_{m=1}^{p} \\beta_m^2 = \\lambda \\sum_{k} \\beta_k^2$$\n", "✓");
    }
}
