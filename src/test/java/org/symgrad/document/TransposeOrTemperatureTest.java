package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;

/**
 * A T in an exponent is a transpose only where it stands alone (x^T, x^{T}, x^{\mathsf{T}}, x^{(i)T}); as an
 * operand of the exponent it is a number such as a temperature or a horizon: softmax with temperature is
 * e^{z_i/T}/Σ_k e^{z_k/T} in every distillation paper.
 */
class TransposeOrTemperatureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "e^{z_i/T}                       | exp(z_i/T)",
            "e^{-E/(kT)}                     | exp(-E/(k*T))",
            "\\exp(s_j/T)                    | exp(s_j/T)",
            "\\gamma^{T-1}                   | gamma^(T - 1)",
            "\\frac{e^{z_i/T}}{\\sum_k e^{z_k/T}} | exp(z_i/T)/sum(k, exp(z_k/T))"})
    void aTemperatureInAnExponentIsANumber(String latex, String expected) {
        Reading r = LatexReader.read(latex);
        assertTrue(r.readable(), () -> r.problem().orElseThrow().getMessage());
        assertEquals(expected, r.expr().orElseThrow().toString());
    }

    /** A transpose on an operand inside the exponent is that operand's: the logistic loss's e^{-y_i w^⊤ x_i}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "e^{-y_i w^\\top x_i}          | exp(-y_i*sum(k, w_k*x_{ik}))",
            "e^{\\theta^{\\top} x}          | exp(sum(k, theta_k*x_k))",
            "e^{-u^\\intercal v / 2}        | exp(-sum(k, u_k*v_k)/2)"})
    void aTransposeInsideAnExponentIsAnInnerProduct(String latex, String expected) {
        Reading r = LatexReader.read(latex);
        assertTrue(r.readable(), () -> r.problem().orElseThrow().getMessage());
        assertEquals(expected, r.expr().orElseThrow().toString());
    }

    @Test
    void aLogisticLossWithItsExponentWrittenAsAPowerOfE() {
        String loss = "$$\\ell(w) = \\sum_{i=1}^N \\log(1 + e^{-y_i w^\\top x_i})$$\n\n";
        assertMarks("✓", loss + "$$\\frac{\\partial \\ell}{\\partial w_j} = -\\sum_{i=1}^N y_i x_{ij} \\sigma(-y_i w^\\top x_i)$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial \\ell}{\\partial w_j} = \\sum_{i=1}^N y_i x_{ij} \\sigma(-y_i w^\\top x_i)$$\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A^{T} B", "A^{\\mathsf{T}} B", "A^{\\mathrm{T}} B", "x^{(i)T} y", "A^\\top B", "A^\\intercal B", "A^{\\top} B"})
    void aTransposeIsStillRefusedWithTheMessage(String latex) {
        Reading r = LatexReader.read(latex);
        assertFalse(r.readable(), latex);
        assertTrue(r.problem().orElseThrow().getMessage().contains("matrix notation"),
                () -> r.problem().orElseThrow().getMessage());
    }

    @Test
    void aSoftmaxWithTemperatureIsCheckedAsWritten() {
        String softmax = "$$p_i = \\frac{e^{z_i/T}}{\\sum_{k=1}^{K} e^{z_k/T}}$$\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial p_i}{\\partial z_j} = \\frac{1}{T} p_i(\\delta_{ij} - p_j)$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$$\n");
    }
}
