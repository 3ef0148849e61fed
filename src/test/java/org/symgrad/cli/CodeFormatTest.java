package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.testing.CliRun.symgrad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.testing.CliRun;

/** {@code --format numpy|torch} and {@code -o grad.py} (SPEC §10). */
class CodeFormatTest {

    @Test
    void runPrintsANumpyModule() {
        CliRun r = symgrad("run", "examples/softmax.sg", "--format", "numpy");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("\"\"\"Gradients derived by symgrad "), r.out());
        assertTrue(r.out().contains(" from examples/softmax.sg, for NumPy."), r.out());
        assertTrue(r.out().contains("\ndef dy_dx(*, x):\n"), r.out());
        assertTrue(r.out().contains("    return np.diag(y) - np.outer(y, y)\n"), r.out());
        assertTrue(r.out().contains("\nGRADIENTS = [dy_dx]\n"), r.out());
    }

    @Test
    void diffPrintsATorchModule() {
        CliRun r = symgrad("diff", "sum_k x_k*W_{ki}", "--wrt", "x_j", "--format", "torch");
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
        CliRun r = symgrad("simplify", "x + x", "--format", "numpy");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("code (numpy, torch) is written for derivations"), r.err());
    }
}
