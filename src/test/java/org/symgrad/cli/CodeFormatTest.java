package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format numpy|torch} and {@code -o grad.py} (SPEC §10). */
class CodeFormatTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run symgrad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void runPrintsANumpyModule() {
        Run r = symgrad("run", "examples/softmax.sg", "--format", "numpy");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("\"\"\"Gradients derived by symgrad "), r.out());
        assertTrue(r.out().contains(" from examples/softmax.sg, for NumPy."), r.out());
        assertTrue(r.out().contains("\ndef dy_dx(*, x):\n"), r.out());
        assertTrue(r.out().contains("    return np.diag(y) - np.outer(y, y)\n"), r.out());
        assertTrue(r.out().contains("\nGRADIENTS = [dy_dx]\n"), r.out());
    }

    @Test
    void diffPrintsATorchModule() {
        Run r = symgrad("diff", "sum_k x_k*W_{ki}", "--wrt", "x_j", "--format", "torch");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nimport torch\n"), r.out());
        assertTrue(r.out().contains("\ndef grad_x(*, x, W):\n"), r.out());
        assertTrue(r.out().contains("    return W.T\n"), r.out());
    }

    @Test
    void outputFileEndingInPyIsCode(@TempDir Path dir) throws IOException {
        Path numpy = dir.resolve("grad.py");
        assertEquals(0, symgrad("run", "examples/two-layer-network.sg", "-o", numpy.toString()).exit());
        assertTrue(Files.readString(numpy).contains("    return np.outer((V.T @ (y - t)) * h * (1 - h), x)\n"));
        Path torch = dir.resolve("grad_torch.py");
        assertEquals(0, symgrad("run", "examples/two-layer-network.sg", "-f", "torch", "-o", torch.toString()).exit());
        assertTrue(Files.readString(torch).contains("    return torch.outer((V.T @ (y - t)) * h * (1 - h), x)\n"));
    }

    @Test
    void codeIsForDerivations() {
        Run r = symgrad("simplify", "x + x", "--format", "numpy");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("code (numpy, torch) is written for derivations"), r.err());
    }
}
