package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A sum's or product's subscript that gives its start and a value it leaves out, {@code \sum_{k=1, k \neq i}^{n}}, in either
 * order, or stacked, {@code \sum_{\substack{j=1 \\ j \neq i}}^{K}} ({@link org.symgrad.parse.latex.Substacks}): each condition
 * read as it is alone. Before, both stopped the reading ('–': "a sum's subscript is its index, k, k = 1 or k \neq i";
 * "unknown command \substack").
 */
class StartAndExclusionTest {
    private static final String DENOMINATOR = "$$S = \\sum_{k=1}^{n} e^{z_k}$$\n";

    @Test
    void aStartAndAnExclusionReadTogether() {
        FreshNotationTest.assertMarks("✓", DENOMINATOR + "$$S = e^{z_i} + \\sum_{k=1, k\\neq i}^{n} e^{z_k}$$\n");
        FreshNotationTest.assertMarks("✓", DENOMINATOR + "$$S = e^{z_i} + \\sum_{k \\ne i, k=1}^{n} e^{z_k}$$\n");
        FreshNotationTest.assertMarks("✗", DENOMINATOR + "$$S = \\sum_{k=1, k\\neq i}^{n} e^{z_k}$$\n");
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial z_i} \\sum_{k=1, k \\ne i}^{n} e^{z_k} = 0$$\n");
        // a product from a running letter, leaving one factor out
        String product = "Define\n$$P = \\prod_{k=t+1}^{T} a_k.$$\nThen for $t < j \\le T$,\n";
        FreshNotationTest.assertMarks("≈≈", product + "$$\\frac{\\partial P}{\\partial a_j} = \\prod_{k=t+1, k\\neq j}^{T} a_k = "
                + "\\frac{P}{a_j}$$\n");
    }

    @Test
    void aStackOfConditionsReadsAsTheirList() {
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial z_j} \\sum_{\\substack{k=1\\\\k\\neq i}}^{n} e^{z_k} = "
                + "e^{z_j} - \\delta_{ij} e^{z_j}$$\n");
        FreshNotationTest.assertMarks("✗", "$$\\frac{\\partial}{\\partial z_i} \\left(\\sum_{\\substack{j=1 \\\\ j \\neq i}}^{K} "
                + "e^{z_j}\\right) = e^{z_i}$$\n");
        // without braces around the stack
        FreshNotationTest.assertMarks("✓", "$$\\frac{\\partial}{\\partial z_i} \\sum_\\substack{j=1 \\\\ j \\neq i}^{K} e^{z_j} = 0$$\n");
    }
}
