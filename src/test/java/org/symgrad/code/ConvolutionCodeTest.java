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

    /** Moving sums with no array over their output positions: the range follows from the array read. */
    private static final String MOVING = """
            let s_i = sum_{j=1}^{M} x_{i+j-1}
            derive sum_i s_i^2/2 wrt x_k
            derive sum_t log(1 + (sum_{r=1}^{W} z_{t+r})^2) wrt z_p
            """;

    @Test
    void aMovingSumHasAsManyEntriesAsFitInItsArray(@TempDir Path dir) throws Exception {
        String module = Symgrad.code(MOVING, Language.NUMPY);
        assertTrue(!module.contains("NotImplementedError"), module);
        assertTrue(module.contains("(x.shape[0] - M + 1)") && module.contains("(z.shape[0] - W)"), module);
        Python.requireNumpy();
        Files.writeString(dir.resolve("moving.py"), module);
        Files.writeString(dir.resolve("loops.py"), """
                import numpy as np
                import moving

                rng = np.random.default_rng(11)
                worst = 0.0
                # s_i = sum_{j=1}^{M} x_{i+j-1}: the 'valid' positions i = 1..n-M+1 of an x of length n
                n, M = 7, 3
                x = rng.normal(size=n)
                s = [sum(x[i + j - 2] for j in range(1, M + 1)) for i in range(1, n - M + 2)]
                worst = max(worst, abs(moving.value_grad_x(M=M, x=x) - sum(v * v for v in s) / 2))
                gx = np.zeros(n)
                for i in range(1, n - M + 2):
                    for j in range(1, M + 1):
                        gx[i + j - 2] += s[i - 1]
                worst = max(worst, np.max(np.abs(moving.grad_x(M=M, x=x) - gx)))
                # sum_t log(1 + c_t^2), c_t = sum_{r=1}^{W} z_{t+r}: t = 1..n-W (z_1 is never read)
                W = 2
                z = rng.normal(size=n)
                c = [sum(z[t + r - 1] for r in range(1, W + 1)) for t in range(1, n - W + 1)]
                worst = max(worst, abs(moving.value_grad_z(W=W, z=z) - sum(np.log(1 + v * v) for v in c)))
                gz = np.zeros(n)
                for t in range(1, n - W + 1):
                    for r in range(1, W + 1):
                        gz[t + r - 1] += 2 * c[t - 1] / (1 + c[t - 1] ** 2)
                worst = max(worst, np.max(np.abs(moving.grad_z(W=W, z=z) - gz)))
                for name, error in moving.gradcheck(n=4, points=4, seed=5, verbose=False).items():
                    worst = max(worst, error if error is not None else 1.0)
                print(repr(float(worst)))
                """);
        Python.Run run = Python.run(dir, "loops.py");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Double.parseDouble(run.out().strip()) < 1e-6, run.out());
        String torch = Symgrad.code(MOVING, Language.TORCH);
        Files.writeString(dir.resolve("t_moving.py"), torch);
        assertEquals(0, Python.run(dir, "-m", "py_compile", "t_moving.py").exit());
    }

    @Test
    void aMovingSumWhosePositionsSkipIsRefusedSayingWhatToAdd() {
        // x_{2i+j}: the positions do not fill x one by one, so its length does not tell i's
        String module = Symgrad.code("derive sum_i log(1 + (sum_{j=1}^{M} x_{2*i+j})^2) wrt x_k\n", Language.NUMPY);
        assertTrue(module.contains("cannot tell the length of the range of index i")
                && module.contains("pass an array indexed by i, or bound it with sum_{i=1}^{K}"), module);
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
