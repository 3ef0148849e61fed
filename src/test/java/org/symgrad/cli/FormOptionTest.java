package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.testing.CliRun.symgrad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.testing.CliRun;
import org.symgrad.testing.Pdflatex;

/** {@code --form index|matrix|both} on {@code diff} and {@code run} (SPEC §10), in every format. */
class FormOptionTest {

    @Test
    void indexIsTheDefaultAndPrintsNoMatrixForm() {
        CliRun r = symgrad("run", "examples/softmax.sg", "--format", "ascii");
        assertEquals("diff(y_i, x_j) = y_i*(delta(i,j) - y_j)\n", r.out());
        assertFalse(symgrad("run", "examples/softmax.sg", "--format", "json").out().contains("\"matrix\""));
    }

    @Test
    void bothEndsWithTheMatrixForm() {
        CliRun r = symgrad("run", "examples/two-layer-network.sg", "--format", "unicode", "--form", "both");
        assertEquals(0, r.exit(), r.err());
        assertEquals("∂E/∂W_ab = h_a x_b(1 − h_a)(Σ_k V_ka(y_k − t_k))\n"
                + "  = ((Vᵀ(y − t)) ⊙ h ⊙ (1 − h)) xᵀ   (in matrix form)\n", r.out());
    }

    @Test
    void matrixReplacesTheResultAndKeepsTheIndexFormWhereThereIsNone() {
        CliRun r = symgrad("run", "examples/linear-layer.sg", "--format", "ascii", "--form", "matrix");
        assertEquals("diff(y_i, W_{kl}) = x_l*delta(i,k)\n"
                + "  (no matrix form: the result has 3 free indices [i, k, l]; a matrix has at most two)\n"
                + "diff(L(y), W_{kl}) = diff(L(y), y) @ x^T\n", r.out());
        CliRun d = symgrad("diff", "sum(k, x_k*W_{ki})", "--wrt", "x_j", "--form", "matrix", "--format", "ascii");
        assertEquals("W^T\n", d.out(), "∂(Σ_k x_k W_ki)/∂x_j = W_ji, rows over i: the transpose");
    }

    @Test
    void stepsEndWithAMatrixFormStep() {
        CliRun r = symgrad("run", "examples/softmax.sg", "--steps", "--format", "unicode", "--form", "both");
        assertTrue(r.out().endsWith("  = y_i(δ_ij − y_j)   (substitute definition)\n"
                + "  = diag(y) − y yᵀ   (in matrix form)\n"), r.out());
    }

    @Test
    void jsonAddsTheMatrixFieldWhereOneExists() {
        CliRun r = symgrad("run", "examples/linear-layer.sg", "--format", "json", "--form", "both");
        assertTrue(r.out().contains("\"result\":{\"ascii\":\"diff(L(y), y_k)*x_l\""), r.out());
        assertTrue(r.out().contains("\"matrix\":{\"ascii\":\"diff(L(y), y) @ x^T\",\"unicode\":\"(∂L/∂y) xᵀ\","
                + "\"latex\":\"\\\\frac{\\\\partial L}{\\\\partial y} x^\\\\top\"}"), r.out());
        assertEquals(1, r.out().split("\"matrix\"", -1).length - 1, "only the derivation with a matrix form has one");
    }

    @Test
    void latexShowsBothFormsAsAnEquation() {
        CliRun r = symgrad("diff", "sum(k, x_k*W_{ki})", "--wrt", "x_j", "--format", "latex", "--form", "both");
        assertEquals("\\frac{\\partial}{\\partial x_j} \\sum_{k} x_k W_{ki} = W_{ji} = W^\\top\n", r.out());
        CliRun none = symgrad("diff", "x_i*x_k*x_l", "--wrt", "x_j", "--format", "latex", "--form", "matrix");
        assertTrue(none.out().contains("% no matrix form: the result has 4 free indices"), none.out());
    }

    @Test
    void unknownFormIsBadUsage() {
        CliRun r = symgrad("run", "examples/softmax.sg", "--form", "tensor");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown form 'tensor': expected one of index, matrix, both"), r.err());
    }

    @Test
    void documentWithMatrixStepsCompiles(@TempDir Path dir) throws IOException, InterruptedException {
        Pdflatex.requireInstalled();
        for (String script : new String[] {"two-layer-network", "linear-layer", "softmax-temperature"}) {
            CliRun r = symgrad("run", "examples/" + script + ".sg", "--form", "both", "-o", dir.resolve(script + ".tex").toString());
            assertEquals(0, r.exit(), r.err());
            String tex = Files.readString(dir.resolve(script + ".tex"));
            // the document labels rows with \tag*, which amsmath moves below a row too wide to hold it
            assertTrue(tex.contains("\\tag*{(in matrix form)}") || tex.contains("\\tag*{(no matrix form"), tex);
            Pdflatex.assertCompiles(dir, script + ".tex");
        }
    }
}
