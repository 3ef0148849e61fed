package org.symgrad.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.print.Printer;

/** Derivations beyond SPEC §4, from the usual lecture notes, come out in the form a textbook prints. */
class TextbookFormsTest {
    private static String result(String script) {
        List<Outcome> out = Symgrad.run(script);
        Outcome last = out.get(out.size() - 1);
        return switch (last) {
            case Outcome.Derived d -> Printer.ascii(d.derivation().result());
            case Outcome.Simplified s -> Printer.ascii(s.result());
            case Outcome.Checked c -> String.valueOf(c.holds());
        };
    }

    @Test
    void squaredErrorOfLinearLayer() {
        assertEquals("x_b*(y_a - t_a)", result("let y_k = sum_j W_kj*x_j\nderive 1/2*sum_k (y_k - t_k)^2 wrt W_ab"));
    }

    @Test
    void tanhLayerInItsOwnName() {
        assertEquals("delta(u,v)*(1 - h_u^2)", result("let h_u = tanh(z_u)\nderive h_u wrt z_v"));
    }

    @Test
    void weightDecayAddsToTheDataGradient() {
        String script = """
                let z_k = sum_j W_kj*x_j + b_k
                let y_k = softmax(z)_k
                assume sum_k t_k = 1
                let E = -sum_k t_k*log(y_k) + lambda/2*sum_i sum_j W_ij^2
                derive E wrt W_ab
                """;
        assertEquals("x_b*(y_a - t_a) + lambda*W_{ab}", result(script));
    }

    @Test
    void logisticRegressionGradientSumsOverExamples() {
        String script = """
                let p_n = sigma(sum_k w_k*X_nk)
                derive -sum_n (t_n*log(p_n) + (1-t_n)*log(1-p_n)) wrt w_j
                """;
        assertEquals("sum(n, X_{nj}*(p_n - t_n))", result(script));
    }

    @Test
    void scaledDotProductSoftmax() {
        assertEquals("a_i*(delta(i,j) - a_j)/d^(1/2)",
                result("let a_i = exp(s_i/sqrt(d))/sum_k exp(s_k/sqrt(d))\nderive a_i wrt s_j"));
    }

    @Test
    void inputGradientOfTwoLayerNetwork() {
        String script = """
                let z1_u = sum_v W_uv*x_v
                let h_u = sigma(z1_u)
                let z2_k = sum_u V_ku*h_u
                let y_k = softmax(z2)_k
                assume sum_k t_k = 1
                let E = -sum_k t_k*log(y_k)
                derive E wrt x_c
                """;
        // over the hidden units u, as the script's Σ_u V_ku h_u sums (WrittenBoundNames)
        assertEquals("sum(k, (y_k - t_k)*sum(u, V_{ku}*W_{uc}*h_u*(1 - h_u)))", result(script));
    }

    @Test
    void signsAreAbsorbedWhereATextbookWouldAbsorbThem() {
        assertEquals("sigma(x) - 1", Printer.ascii(Symgrad.differentiate(Symgrad.parse("softplus(-x)"), Symgrad.variable("x"))));
        assertEquals("(x^2 - 2*x - 1)/(x - 1)^2",
                Printer.ascii(Symgrad.differentiate(Symgrad.parse("(x^2+1)/(x-1)"), Symgrad.variable("x"))));
    }

    @Test
    void explicitRangesCarryThroughTheChainRule() {
        String script = """
                let z1_u = sum_{v=1}^{D} W_uv*x_v
                let h_u = sigma(z1_u)
                let z2_k = sum_{u=1}^{H} V_ku*h_u
                let y_k = exp(z2_k)/sum_{m=1}^{K} exp(z2_m)
                assume sum_{k=1}^{K} t_k = 1
                let E = -sum_{k=1}^{K} t_k*log(y_k)
                derive E wrt W_ab
                """;
        assertEquals("h_a*x_b*(1 - h_a)*(sum_{k=1}^{K} V_{ka}*(y_k - t_k))", result(script));
    }

    @Test
    void temperatureGradientIsWrittenInTheSoftmaxInsideSumsToo() {
        assertEquals("y_i*(sum(k, y_k*z_k) - z_i)/T^2",
                result("let y_i = exp(z_i/T)/sum_k exp(z_k/T)\nderive y_i wrt T"));
    }

    @Test
    void varianceGradientKeepsTheDimension() {
        assertEquals("2*(x_j - mu)/n",
                result("let mu = sum_k x_k/n\nlet v = sum_k (x_k - mu)^2/n\nderive v wrt x_j"));
    }

    @Test
    void softmaxDefinedNameSumsToOneWithoutAnAssumption() {
        String script = """
                let p_k = exp(a_k)/sum_m exp(a_m)
                let q_k = exp(z_k)/sum_m exp(z_m)
                derive sum_k p_k*log(p_k/q_k) wrt z_j
                """;
        assertEquals("q_j - p_j", result(script));
        assertEquals("p_j*(sum(k, p_k*log(p_k)) - log(p_j))",
                result("let p_k = exp(z_k)/sum_m exp(z_m)\nderive -sum_k p_k*log(p_k) wrt z_j"));
    }

    @Test
    void onlyATrueNormalisationSumsToOne() {
        // Σ_k p_k ≠ 1 when the denominator sums something else (2z), or over another range
        assertEquals("q_j*sum(k, p_k) - p_j", result("""
                let p_k = exp(a_k)/sum_m exp(2*a_m)
                let q_k = exp(z_k)/sum_m exp(z_m)
                derive sum_k p_k*log(p_k/q_k) wrt z_j
                """));
        assertEquals("q_j*sum(k, p_k) - p_j", result("""
                let p_k = exp(a_k)/sum_{m=1}^{K} exp(a_m)
                let q_k = exp(z_k)/sum_m exp(z_m)
                derive sum_k p_k*log(p_k/q_k) wrt z_j
                """));
    }

    @Test
    void aProductKeepsItsLeadingMinusRatherThanTurnOneMinusSigmaRound() {
        assertEquals("-sigma(x)*(1 - sigma(x))", result("derive diff(log(sigma(x)), x) wrt x"));
        assertEquals("-2*tanh(x)*(1 - tanh(x)^2)", result("derive diff(tanh(x), x) wrt x"));
        assertEquals("-sigma(x)*(1 - sigma(x))", result("derive sigma(-x) wrt x"));
    }

    @Test
    void resultSumsOverTheIndicesTheInputSummedOver() {
        String script = """
                let Z_nk = sum_j X_nj*W_jk
                let Y_nk = exp(Z_nk)/sum_m exp(Z_nm)
                derive -sum_n sum_k T_nk*log(Y_nk) wrt W_ab
                """;
        assertEquals("sum(n, X_{na}*(Y_{nb}*sum(k, T_{nk}) - T_{nb}))", result(script));
        // the Σ_l of the definition of a_i, the first one reached from the input
        assertEquals("a_i*(K_{ij} - sum(l, K_{lj}*a_l))/d^(1/2)",
                result("let s_i = sum_m q_m*K_im/sqrt(d)\nlet a_i = exp(s_i)/sum_l exp(s_l)\nderive a_i wrt q_j"));
        assertEquals("sum(i, x_i*(A_{ki} + A_{ik}))", result("derive sum_i sum_j x_i*A_ij*x_j wrt x_k"));
    }

    @Test
    void quotientOfSinhAndCoshIsWrittenAsTanh() {
        assertEquals("tanh(x)", result("derive log(cosh(x)) wrt x"));
        assertEquals("-tan(x)", result("derive log(cos(x)) wrt x"));
        assertEquals("tanh(x)^2/cosh(x)", result("simplify sinh(x)^2/cosh(x)^3"));
    }

    /**
     * tan′ is sec² u, as calculus texts (Paul's Online Notes, "Derivatives of Trig Functions") and TensorFlow's
     * _TanGrad print it, sec read as 1/cos: 1/cos(x)^2, not 1 + tan(x)^2; through the chain rule and beside
     * the other reciprocal functions' derivatives.
     */
    @Test
    void tangentsDerivativeIsSecantSquared() {
        assertEquals("1/cos(x)^2", result("derive tan(x) wrt x"));
        assertEquals("2*x/cos(x^2)^2", result("derive tan(x^2) wrt x"));
        assertEquals("3/cos(3*x + 1)^2", result("derive tan(3*x + 1) wrt x"));
        assertEquals("tan(x)/cos(x)", result("derive sec(x) wrt x"));
        assertEquals("-1/sin(x)^2", result("derive cot(x) wrt x"));
    }

    @Test
    void gruStateGradientFactorsByGrouping() {
        String script = """
                let z_i = sigma(sum_j A_ij*x_j + sum_j B_ij*hp_j)
                let c_i = tanh(sum_j C_ij*x_j)
                let h_i = z_i*hp_i + (1 - z_i)*c_i
                derive h_i wrt hp_j
                """;
        assertEquals("z_i*(B_{ij}*(1 - z_i)*(hp_i - c_i) + delta(i,j))", result(script));
        assertEquals("(1 + x)*(1 + y)", result("simplify x*y + x + y + 1"));
        assertEquals("(1 - z)*(h - c)", result("simplify c*z - c - h*z + h"));
    }

    @Test
    void diagonalOfSoftmaxJacobian() {
        assertEquals("y_i*(1 - y_i)", result("let y_i = softmax(z)_i\nderive y_i wrt z_i"));
    }

    @Test
    void checkCarriesOutDiffBeforeComparing() {
        assertEquals("true", result("check diff(tanh(x), x) = 1 - tanh(x)^2"));
        assertEquals("false", result("check diff(tanh(x), x) = 1 + tanh(x)^2"));
    }

    @Test
    void recursiveDefinitionIsAnInputErrorAtItsLine() {
        InputException e = assertThrows(InputException.class, () -> Symgrad.run("let a = b + 1\nlet b = a*2\n"));
        assertTrue(e.getMessage().contains("recursive definition"), e.getMessage());
        assertEquals(2, e.span().orElseThrow().line());
    }

    @Test
    void variableThatDoesNotOccurIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> Symgrad.run("let y_i = exp(x_i)\nderive y_i wrt q_j\n"));
        assertTrue(e.getMessage().contains("does not occur"), e.getMessage());
        InputException rank = assertThrows(InputException.class, () -> Symgrad.run("let y_i = exp(x_i)\nderive y_i wrt x_{jk}\n"));
        assertTrue(rank.getMessage().contains("1 index"), rank.getMessage());
    }
}
