package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A function the prose defines inline twice, CS229's hypothesis h_θ(x) = θᵀx for linear regression and then h_θ(x) = g(θᵀx)
 * for logistic regression: below the second, the first no longer holds. Was: the logistic gradient Σ_i (y_i − h_θ(x_i))x_ij
 * was read with the linear h_θ and was ✗ (wrong). "For logistic regression $…$" or "In logistic regression $…$", a model
 * named without an article, announces the second as "For the NOUN $…$" does (ForNounDefinitions), and the right step is ✓;
 * a second definition no word announces still ends the first, and the steps below it are ? (StepJudge.redefines).
 */
class RedefinedInlineFunctionsTest {
    private static final String LINEAR = """
            The hypothesis is $h_\\theta(x) = \\theta^T x = \\sum_{j=0}^d \\theta_j x_j$, and the cost function is
            $$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m \\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)^2.$$
            Then
            $$\\frac{\\partial}{\\partial \\theta_j} J(\\theta) = \\frac{1}{m}\\sum_{i=1}^m \\left(h_\\theta(x^{(i)}) - y^{(i)}\\right) x_j^{(i)}.$$
            Wrong: $$\\frac{\\partial}{\\partial \\theta_j} J(\\theta) = \\frac{1}{m}\\sum_{i=1}^m \\left(h_\\theta(x^{(i)}) - y^{(i)}\\right).$$

            """;
    private static final String LOGISTIC = """
            %s $h_\\theta(x) = g(\\theta^T x)$ with $g(z) = \\frac{1}{1 + e^{-z}}$, and
            $$\\ell(\\theta) = \\sum_{i=1}^m y^{(i)}\\log h_\\theta(x^{(i)}) + (1 - y^{(i)})\\log(1 - h_\\theta(x^{(i)})).$$
            Using $g'(z) = g(z)(1 - g(z))$:
            $$\\frac{\\partial}{\\partial \\theta_j}\\ell(\\theta) = \\sum_{i=1}^m \\left(y^{(i)} - h_\\theta(x^{(i)})\\right)x_j^{(i)}.$$
            Wrong: $$\\frac{\\partial}{\\partial \\theta_j}\\ell(\\theta) = \\sum_{i=1}^m \\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)x_j^{(i)}.$$
            """;

    @Test
    void aModelNamedAfterForAnnouncesItsHypothesis() {
        check(LINEAR + LOGISTIC.formatted("For logistic regression"), "✓✗✓✗");
        check(LINEAR + LOGISTIC.formatted("For binary classification,"), "✓✗✓✗");
        check(LINEAR + LOGISTIC.formatted("In logistic regression"), "✓✗✓✗");
    }

    @Test
    void anUnannouncedRedefinitionEndsTheFirstDefinition() {
        check(LINEAR + LOGISTIC.formatted("Logistic regression uses"), "✓✗??");
    }
}
