package org.symgrad.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Language;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;

/**
 * The shape of the emitted module (SPEC §10): one function per derive statement, in order, in
 * {@code GRADIENTS}; keyword arguments named after the leaves; the forward pass, then the result
 * in matrix operations where it has a matrix form and with {@code einsum} where it has none;
 * shapes and axis order in the docstring. Whether the code is right is {@link EmittedCodeRunsTest}'s
 * question.
 */
class PythonModuleTest {
    private static final String TWO_LAYER = """
            let z1_u = sum_v W_uv*x_v
            let h_u = sigma(z1_u)
            let z2_k = sum_u V_ku*h_u
            let y_k = softmax(z2)_k
            assume sum_k t_k = 1
            let E = -sum_k t_k*log(y_k)
            derive E wrt W_ab
            derive E wrt V_ab
            """;

    @Test
    void oneFunctionPerDeriveStatementInOrderWithLeavesAsKeywordArguments() {
        String module = Symgrad.code(TWO_LAYER, Language.NUMPY);
        assertTrue(module.contains("\ndef dE_dW(*, W, x, V, t):\n"), module);
        assertTrue(module.contains("\ndef dE_dV(*, W, x, V, t):\n"), module);
        assertTrue(module.indexOf("def dE_dW(") < module.indexOf("def dE_dV("));
        assertTrue(module.contains("\nGRADIENTS = [dE_dW, dE_dV]\n"), module);
        assertTrue(module.contains("\ndef value_dE_dW(*, W, x, V, t):\n"), module);
        assertTrue(module.contains("\ndef gradcheck(n=3, points=5, seed=0, tolerance=1e-6, verbose=True):\n"));
        assertTrue(module.contains("\nif __name__ == \"__main__\":\n"));
    }

    @Test
    void theForwardPassThenTheMatrixForm() {
        String module = Symgrad.code(TWO_LAYER, Language.NUMPY);
        String body = function(module, "dE_dW");
        int z1 = body.indexOf("    z1 = W @ x\n");
        int h = body.indexOf("    h = ");
        int z2 = body.indexOf("    z2 = V @ h\n");
        int y = body.indexOf("    y = np.exp(z2) / np.sum(np.exp(z2))\n");
        int result = body.indexOf("    return np.outer((V.T @ (y - t)) * h * (1 - h), x)");
        assertTrue(z1 > 0 && z1 < h && h < z2 && z2 < y && y < result, body);
        assertFalse(body.contains("\n    E = "), "E is not needed for the gradient");
        assertTrue(function(module, "value_dE_dW").contains("    return E"));
    }

    @Test
    void docstringGivesShapesAndAxisOrder() {
        String body = function(Symgrad.code(TWO_LAYER, Language.NUMPY), "dE_dW");
        assertTrue(body.contains("Matrix form: ((Vᵀ(y − t)) ⊙ h ⊙ (1 − h)) xᵀ"), body);
        assertTrue(body.contains("W: array, axes (u, v) — the variable"), body);
        assertTrue(body.contains("t: array, axes (k,), entries positive and summing to 1 (assumed)"), body);
        assertTrue(body.contains("Returns an array with axes (a, b): the axes of E, then those of W_ab."), body);
    }

    @Test
    void einsumWhereThereIsNoMatrixForm() {
        String module = Symgrad.code("""
                let y_i = sum_j W_ij*x_j + b_i
                derive y_i wrt W_kl
                """, Language.NUMPY);
        assertTrue(module.contains("Matrix form: none (the result has 3 free indices [i, k, l]"), module);
        assertTrue(module.contains("    return np.einsum('l,ik->ikl', x, np.eye(W.shape[0]))\n"), module);
    }

    @Test
    void abstractFunctionsAreCallables() {
        String module = Symgrad.code("""
                let y_i = sum_j W_ij*x_j + b_i
                derive L(y) wrt W_kl
                """, Language.NUMPY);
        assertTrue(module.contains("\ndef dL_dW(*, W, x, b, L, L_grad):\n"), module);
        assertTrue(module.contains("    return np.outer(L_grad(y)[0], x)\n"), module);
        assertTrue(module.contains("    return L(y)\n"), module);
    }

    @Test
    void torchSpellings() {
        String module = Symgrad.code(TWO_LAYER, Language.TORCH);
        assertTrue(module.contains("\nimport torch\n"), module);
        assertTrue(module.contains("    W = torch.as_tensor(W, dtype=torch.float64)\n"), module);
        assertTrue(module.contains("    h = torch.sigmoid(z1)\n"), module);
        assertTrue(Symgrad.code(TWO_LAYER, Language.NUMPY).contains("    h = 0.5 + 0.5 * np.tanh(0.5 * z1)\n"));
        assertTrue(module.contains("    return torch.outer((V.T @ (y - t)) * h * (1 - h), x)\n"), module);
        assertFalse(module.contains("np."), "a PyTorch module does not use NumPy");
    }

    @Test
    void unsupportedStatementsRaiseWithTheReasonAndTheRestStillWorks() {
        String module = Symgrad.code("""
                derive sum_{k=1}^{3} x_k^2 wrt x_j
                derive sum_k x_k^2 wrt x_j
                """, Language.NUMPY);
        assertTrue(module.contains("raise NotImplementedError(\"symgrad cannot write code for derive sum_{k=1}^{3}"), module);
        assertTrue(module.contains("a sum over a range other than 1..n"), module);
        assertTrue(function(module, "grad_x_2").contains("return 2 * x"), module);
    }

    @Test
    void codeNeedsDerivations() {
        InputException e = assertThrows(InputException.class, () -> Symgrad.code("check 1 = 1", Language.NUMPY));
        assertTrue(e.getMessage().contains("code (numpy, torch) is written for derivations"), e.getMessage());
    }

    @Test
    void namesAreIdentifiers() {
        PythonNames names = new PythonNames();
        assertEquals("W_1", names.of("W^(1)"));
        assertEquals("lambda_", names.of("lambda"));
        assertEquals("np_", names.of("np"));
        assertEquals("beta", names.of("beta"));
        assertEquals("L_grad", names.gradient("L"));
    }

    @Test
    void everyKnownFunctionHasNumpyAndTorchSpellings() {
        for (KnownFunction f : FunctionRegistry.ALL) {
            assertTrue(f.code().isPresent(), f.name() + " has no .code(numpy, torch) spelling in the registry");
            assertTrue(f.code().get().numpy().contains("{0}") && f.code().get().torch().contains("{0}"), f.name());
        }
    }

    @Test
    void theGalleryScriptsAllHaveCode() throws Exception {
        for (Path script : EmittedCodeRunsTest.deriving(Path.of("examples"))) {
            String module = EmittedCodeRunsTest.module(script, Language.NUMPY);
            assertFalse(module.contains("NotImplementedError"), script + "\n" + module);
        }
    }

    /** The text of {@code def NAME(…)} up to the next top-level definition. */
    @Test
    void piIsMathPiNotAnArgument() {
        // a sampled π of −1 made (2π)^(1/2) complex: gelu's gradients failed their check (issue 9)
        String module = Symgrad.code("derive t*exp(-t^2/2)/sqrt(2*pi) wrt t", Language.NUMPY);
        String body = function(module, "grad_t");
        assertTrue(body.contains("\ndef grad_t(*, t):\n"), body);
        assertTrue(body.contains("math.pi"), body);
        assertFalse(body.contains("pi: float"), body);
        assertTrue(function(Symgrad.code("derive sin(pi*u) wrt u", Language.TORCH), "grad_u").contains("math.pi"));
    }

    @Test
    void scalarArgumentsAreNumpyScalarsSoAFractionalPowerOfANegativeIsNan() {
        // glm-half-losses: m^(1 - rho) of a drawn m < 0 was a Python complex, and gradcheck raised TypeError
        String body = function(Symgrad.code("derive q*q^(1 - s)/(2 - s) wrt q", Language.NUMPY), "grad_q");
        assertTrue(body.contains("    q = np.float64(q)\n") && body.contains("    s = np.float64(s)\n"), body);
    }

    @Test
    void aDefinitionIsComputedAfterTheOnesItUsesWhateverTheScriptOrder() {
        // attention-backward: let P = softmax(S) comes before let S = tau*Q K^T (UnboundLocalError, issue 9)
        String module = Symgrad.code("""
                let A_i = exp(B_i)/sum_k exp(B_k)
                let C = sum_i g_i*A_i
                let B_i = c*z_i
                derive C wrt z_j
                """, Language.NUMPY);
        for (String f : new String[] {"dC_dz", "value_dC_dz"}) {
            String body = function(module, f);
            int b = body.indexOf("\n    B = ");
            int a = body.indexOf("\n    A = ");
            assertTrue(b > 0 && a > b, body);
        }
    }

    private static String function(String module, String name) {
        Matcher m = Pattern.compile("\ndef " + name + "\\(.*?(?=\n\n\n)", Pattern.DOTALL).matcher(module);
        assertTrue(m.find(), name + " in\n" + module);
        return m.group();
    }
}
