package org.symgrad.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.testing.Python;

/**
 * The emitted module's gradient check draws its arguments where the script's {@code assume} facts hold (SPEC §8,
 * §10), as {@link SymmetricArgumentsCodeTest} does for a symmetric matrix, and its docstring says what each argument
 * is assumed to be. Every script here has a result that is right only under its assumption: softmax cross-entropy's
 * {@code softmax(z)_j − t_j} needs {@code Σ_k t_k = 1} (a one-hot target, stated as {@code t one-hot} or as a sum to
 * one with entries in {0, 1}; a label matrix one-hot by rows), {@code y²·a²/2 → a·y} needs {@code y ∈ {0, 1}},
 * {@code y_i² = 1} needs {@code y_i ∈ {−1, 1}}, {@code √(x²) → 1} needs {@code x > 0}, {@code x_j} for
 * {@code ∂(x_i x_j δ_ij + x_i x_j)/∂x_i} needs {@code i ≠ j}. Before, the check drew every argument freely and
 * failed on these right results (the largest relative errors 2.1, 2.5, 1.7, 0.46, 2.0, 0.75); now each passes, and
 * the same check with the assumed draws taken out still fails — so the scripts do depend on them.
 */
class AssumedArgumentsCodeTest {
    private static final Map<String, String> SCRIPTS = scripts();

    private static Map<String, String> scripts() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("onehot", """
                assume t one-hot
                derive -sum_k t_k*log(softmax(z)_k) wrt z_j
                """);
        out.put("sumbinary", """
                assume sum_c q_c = 1
                assume q in {0, 1}
                derive -sum_c q_c*log(exp(v_c)/sum_m exp(v_m)) wrt v_d
                """);
        out.put("rows", """
                assume T one-hot
                derive -sum_r sum_k T_rk*log(exp(Z_rk)/sum_m exp(Z_rm)) wrt Z_ab
                """);
        out.put("labels", """
                assume y in {0, 1}
                derive y^2*a^2/2 wrt a
                assume s in {-1, 1}
                derive sum_i log(1 + exp(-s_i*w*x_i))*s_i^2 wrt w
                """);
        out.put("positive", """
                assume x > 0
                derive sqrt(x^2)*lambda wrt x
                """);
        out.put("distinct", """
                assume i != j
                derive x_i*x_j*delta(i,j) + x_i*x_j wrt x_i
                """);
        return out;
    }

    @Test
    void theDocstringSaysWhatEachArgumentIsAssumedToBe() {
        assertTrue(code("onehot").contains("t: array, axes (k,), one-hot: one entry 1, the others 0 (assumed)"),
                code("onehot"));
        assertTrue(code("sumbinary").contains("q: array, axes (c,), one-hot: one entry 1, the others 0 (assumed)"),
                code("sumbinary"));
        assertTrue(code("rows").contains("T: array, axes (r, k), each row one-hot: one entry 1, the others 0 (assumed)"),
                code("rows"));
        assertTrue(code("labels").contains("y: float, in {0, 1} (assumed)"), code("labels"));
        assertTrue(code("labels").contains("s: array, axes (i,), entries in {-1, 1} (assumed)"), code("labels"));
        assertTrue(code("positive").contains("x: float, positive (assumed) — the variable"), code("positive"));
        assertTrue(code("positive").contains("lambda_: float\n"), code("positive"));
        assertTrue(code("distinct").contains("Assumed: i ≠ j (the entries where the two are equal are not the derivative)"),
                code("distinct"));
    }

    @Test
    void withoutAnAssumptionNothingIsDrawnOtherwise() {
        String module = Symgrad.code("derive -sum_k t_k*log(softmax(z)_k) wrt z_j\n", Language.NUMPY);
        assertTrue(!module.contains("assumed=") && !module.contains("(assumed)") && !module.contains("distinct="), module);
    }

    @Test
    void eachModulePassesItsOwnGradientCheckAndFailsItWithoutTheAssumedDraws(@TempDir Path dir) throws Exception {
        Python.requireNumpy();
        for (String name : SCRIPTS.keySet()) {
            Files.writeString(dir.resolve(name + ".py"), code(name));
        }
        Files.writeString(dir.resolve("checks.py"), """
                import importlib

                for name in %s:
                    module = importlib.import_module(name)
                    for seed in (1, 2, 3):
                        for gradient, error in module.gradcheck(n=3, points=4, seed=seed, verbose=False).items():
                            print("with", name, gradient, repr(error))
                    for gradient in list(module.CHECKS):
                        check = module.CHECKS[gradient]
                        module.CHECKS[gradient] = {k: v for k, v in check.items() if k not in ("assumed", "distinct")}
                    worst = {}
                    for seed in (1, 2, 3):
                        for gradient, error in module.gradcheck(n=3, points=4, seed=seed, verbose=False).items():
                            worst[gradient] = error if error is None else max(error, worst.get(gradient) or 0.0)
                    for gradient, error in worst.items():
                        print("without", name, gradient, repr(error))
                """.formatted("[" + String.join(", ", SCRIPTS.keySet().stream().map(s -> "\"" + s + "\"").toList()) + "]"));
        Python.Run run = Python.run(dir, "checks.py");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        // 7 gradients: three seeds each with the assumed draws, the largest error of three without
        assertEquals(7 * 4, lines.size(), run.out());
        for (String line : lines) {
            String[] f = line.split(" ");
            String error = f[3];
            assertTrue(!error.equals("None"), line);
            if (f[0].equals("with")) {
                assertTrue(Double.parseDouble(error) <= 1e-6, line);
            } else {
                assertTrue(Double.parseDouble(error) > 1e-3, "passes without its assumption: " + line);
            }
        }
    }

    @Test
    void symgradsOwnGradcheckDrawsASumToOneOfZerosAndOnesOneHot() {
        // a normalised vector whose entries are then each set to 0 or 1 no longer sums to 1 (it was all ones)
        assertTrue(Symgrad.gradcheck(SCRIPTS.get("sumbinary")).passes(), Symgrad.gradcheck(SCRIPTS.get("sumbinary")).text());
        for (String name : SCRIPTS.keySet()) {
            assertTrue(Symgrad.gradcheck(SCRIPTS.get(name)).passes(), name + ": " + Symgrad.gradcheck(SCRIPTS.get(name)).text());
        }
    }

    private static String code(String name) {
        return Symgrad.code(SCRIPTS.get(name), Language.NUMPY);
    }
}
