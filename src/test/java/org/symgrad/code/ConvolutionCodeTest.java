package org.symgrad.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.testing.Python;

/**
 * SPEC §10 for convolutions (issue 9): an affine index ({@code v_{t+d*(r-1)}}, {@code I_{a+u-1,b+v-1}},
 * a strided {@code x_{(m-1)*s+k}}) reads the array at the positions it computes, zero outside
 * (the zero padding the range conditions state); a sum's upper limit {@code L} and a stride
 * {@code d} are {@code int} arguments, documented; an array read only at computed positions is
 * drawn as long as its largest position. Checked against plain Python loops over the script's
 * 1-based indices (not against the module's own value function alone), and by the module's
 * gradcheck — on scripts other than the reach corpus's convolutions (other names, a dilation, an
 * offset of −1, a first difference).
 */
class ConvolutionCodeTest {
    private static final String DILATED = """
            let y_t = sum_{r=1}^{L} u_r*v_{t+d*(r-1)} + b
            derive sum_t H_t*y_t wrt u_r
            derive sum_t H_t*y_t wrt v_q
            derive sum_t H_t*y_t wrt b
            """;

    private static final String OFFSET_2D = """
            let O_ab = sum_{u=1}^{P} sum_{v=1}^{P} I_{a+u-1,b+v-1}*C_uv
            derive sum_a sum_b E_ab*O_ab wrt C_uv
            derive sum_a sum_b E_ab*O_ab wrt I_xy
            """;

    private static final String DIFFERENCE = """
            derive sum_i (z_{i+1} - z_i)^2 wrt z_k
            """;

    @Test
    void sizesAreIntArgumentsTheDocstringExplains() {
        String module = Symgrad.code(DILATED, Language.NUMPY);
        assertTrue(module.contains("def grad_u(*, L, u, v, b, H, d):"), module);
        assertTrue(module.contains("        L: int ≥ 1, the length of the range 1..L of r\n"), module);
        assertTrue(module.contains("        d: int ≥ 1, a factor in the index arithmetic (a stride)\n"), module);
        assertTrue(module.contains("        v: array, axes (d*r+t-d,); position 1 is entry 0, a position past the end reads 0\n"),
                module);
        assertTrue(module.contains("    L = int(L)\n"), module);
        assertTrue(module.contains("_entries(v, "), module);
        assertTrue(!module.contains("NotImplementedError"), module);
    }

    @Test
    void aConvolutionsValueAndGradientsEqualPlainLoops(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        Files.writeString(dir.resolve("dilated.py"), Symgrad.code(DILATED, Language.NUMPY));
        Files.writeString(dir.resolve("offset2d.py"), Symgrad.code(OFFSET_2D, Language.NUMPY));
        Files.writeString(dir.resolve("loops.py"), """
                import numpy as np
                import dilated
                import offset2d

                rng = np.random.default_rng(7)
                worst = 0.0
                # y_t = sum_{r=1}^{L} u_r v_{t+d(r-1)} + b, t = 1..T; v long enough for the largest position
                T, L, d = 4, 3, 2
                H, u, b = rng.normal(size=T), rng.normal(size=L), 0.7
                v = rng.normal(size=T + d * (L - 1))
                def value(u, v):
                    return sum(H[t - 1] * (sum(u[r - 1] * v[t + d * (r - 1) - 1] for r in range(1, L + 1)) + b)
                               for t in range(1, T + 1))
                args = dict(L=L, v=v, u=u, d=d, b=b, H=H)
                worst = max(worst, abs(dilated.value_grad_u(**args) - value(u, v)))
                gu = [sum(H[t - 1] * v[t + d * (r - 1) - 1] for t in range(1, T + 1)) for r in range(1, L + 1)]
                worst = max(worst, np.max(np.abs(dilated.grad_u(**args) - gu)))
                gv = np.zeros(len(v))
                for t in range(1, T + 1):
                    for r in range(1, L + 1):
                        gv[t + d * (r - 1) - 1] += H[t - 1] * u[r - 1]
                worst = max(worst, np.max(np.abs(dilated.grad_v(**args) - gv)))
                worst = max(worst, abs(dilated.grad_b(**args) - np.sum(H)))
                # O_ab = sum_{u,v=1}^{P} I_{a+u-1,b+v-1} C_uv: a 'valid' cross-correlation
                A, B, P = 3, 2, 2
                E, C = rng.normal(size=(A, B)), rng.normal(size=(P, P))
                I = rng.normal(size=(A + P - 1, B + P - 1))
                args = dict(P=P, I=I, C=C, E=E)
                O = np.array([[np.sum(I[a:a + P, b:b + P] * C) for b in range(B)] for a in range(A)])
                worst = max(worst, abs(offset2d.value_grad_C(**args) - np.sum(E * O)))
                gC = np.array([[np.sum(E * I[p:p + A, q:q + B]) for q in range(P)] for p in range(P)])
                worst = max(worst, np.max(np.abs(offset2d.grad_C(**args) - gC)))
                gI = np.zeros(I.shape)
                for a in range(A):
                    for b in range(B):
                        gI[a:a + P, b:b + P] += E[a, b] * C
                worst = max(worst, np.max(np.abs(offset2d.grad_I(**args) - gI)))
                print(repr(float(worst)))
                """);
        Python.Run run = Python.run(dir, "loops.py");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Double.parseDouble(run.out().strip()) < 1e-12, run.out());
    }

    @Test
    void eachModulePassesItsGradcheck(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        Files.writeString(dir.resolve("dilated.py"), Symgrad.code(DILATED, Language.NUMPY));
        Files.writeString(dir.resolve("offset2d.py"), Symgrad.code(OFFSET_2D, Language.NUMPY));
        Files.writeString(dir.resolve("difference.py"), Symgrad.code(DIFFERENCE, Language.NUMPY));
        Files.writeString(dir.resolve("checks.py"), """
                import dilated
                import difference
                import offset2d

                for module in (dilated, offset2d, difference):
                    for name, error in module.gradcheck(n=4, points=4, seed=3, verbose=False).items():
                        print(module.__name__, name, repr(error))
                """);
        Python.Run run = Python.run(dir, "checks.py");
        assertEquals(0, run.exit(), run.err());
        assertEquals(6, run.out().lines().count(), run.out());
        for (String line : run.out().lines().toList()) {
            String error = line.split(" ")[2];
            assertTrue(!error.equals("None") && Double.parseDouble(error) <= 1e-6, line);
        }
    }

    @Test
    void theTorchModuleHasTheSameHelpersInTorch(@TempDir Path dir) throws Exception {
        String module = Symgrad.code(DILATED, Language.TORCH);
        assertTrue(module.contains("torch.broadcast_tensors(") && module.contains("torch.clamp("), module);
        assertTrue(!module.contains("np."), "a PyTorch module does not use NumPy");
        Python.requireNumpy();
        Files.writeString(dir.resolve("t_dilated.py"), module);
        Python.Run run = Python.run(dir, "-m", "py_compile", "t_dilated.py");
        assertEquals(0, run.exit(), run.err());
    }
}
