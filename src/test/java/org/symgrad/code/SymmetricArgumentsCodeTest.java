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
 * An {@code assume C symmetric} reaches the emitted module (SPEC §10): a result that holds only for
 * a symmetric matrix ({@code Σ_j Q_kj a_j} for the gradient of a quadratic form) says so in its
 * docstring, and the module's own gradient check draws that matrix symmetric, as symgrad's
 * {@code gradcheck} does. Before, the emitted gradcheck drew Q freely and failed on a right result
 * (the SVM dual of {@code textbook-reach/svm-dual.sg}); a user calling the function with a
 * non-symmetric Q was not told. Without the assumption nothing changes.
 */
class SymmetricArgumentsCodeTest {
    private static final String DUAL = """
            assume Q symmetric
            derive 1/2*sum_i sum_j a_i*Q_ij*a_j + sum_i p_i*a_i wrt a_k
            """;
    /** Other names, no linear term, a weight outside, and the Hessian-vector form in a second derive. */
    private static final String QUADRATIC = """
            assume C symmetric
            derive lambda*sum_m sum_n x_m*C_mn*x_n wrt x_r
            derive diff(sum_m sum_n x_m*C_mn*x_n, x_r) wrt x_s
            """;
    /** No assumption: the check entry is as before, without a symmetric draw. */
    private static final String FREE = """
            derive 1/2*sum_i sum_j a_i*Q_ij*a_j wrt a_k
            """;

    @Test
    void theDocstringStatesTheAssumptionAndTheCheckDrawsTheMatrixSymmetric() {
        String module = Symgrad.code(DUAL, Language.NUMPY);
        assertTrue(module.contains("Q: array, axes (i, j), symmetric (assumed)"), module);
        assertTrue(module.contains("symmetric=(\"Q\",)"), module);
        String quadratic = Symgrad.code(QUADRATIC, Language.NUMPY);
        assertTrue(quadratic.contains("C: array, axes (m, n), symmetric (assumed)"), quadratic);
    }

    @Test
    void withoutTheAssumptionNothingIsDrawnSymmetric() {
        String module = Symgrad.code(FREE, Language.NUMPY);
        assertTrue(!module.contains("symmetric=(") && !module.contains("symmetric (assumed)"), module);
    }

    @Test
    void eachModulePassesItsOwnGradientCheck(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        Files.writeString(dir.resolve("dual.py"), Symgrad.code(DUAL, Language.NUMPY));
        Files.writeString(dir.resolve("quadratic.py"), Symgrad.code(QUADRATIC, Language.NUMPY));
        Files.writeString(dir.resolve("checks.py"), """
                import dual
                import quadratic

                for module in (dual, quadratic):
                    for seed in (1, 2, 3):
                        for name, error in module.gradcheck(n=4, points=4, seed=seed, verbose=False).items():
                            print(module.__name__, name, repr(error))
                """);
        Python.Run run = Python.run(dir, "checks.py");
        assertEquals(0, run.exit(), run.err());
        assertEquals(9, run.out().lines().count(), run.out());
        for (String line : run.out().lines().toList()) {
            String error = line.split(" ")[2];
            assertTrue(!error.equals("None") && Double.parseDouble(error) <= 1e-6, line);
        }
    }
}
