package org.symgrad.oracle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code let} whose body is linear in an atom carrying the name's indices, with a constant
 * coefficient, is written back as its name wherever the atom occurs (SPEC §9, "any let's body is
 * written back as its name"): {@code x̂_bd = (X_bd − μ_d)/√(v_d + ε)} turns the batch-norm gradient
 * in X, μ and v into the textbook's in x̂, inside sums too with the bound index renamed. A body
 * whose atoms all have symbolic coefficients ({@code h = (1 − z)c + z·h'}) is not solved: that
 * would divide by the coefficient. A δ with a fixed label is a body too ({@code y_w = δ_wo}, the
 * one-hot vector of class o: {@code δ_ko} reads {@code y_k}). An exp of a whole multiple
 * ({@code E = exp(−2 sin²(g)/l²)}) is written back where that exp stands, not where another
 * multiple of its argument does. Each result is checked right by {@link DerivedForm}.
 */
class LetWriteBackTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            batch norm | let mu_d = mean(b, X_{bd}); let v_d = mean(b, (X_{bd} - mu_d)^2); let xhat_{bd} = (X_{bd} - mu_d)/sqrt(v_d + eps); let Y_{bd} = gamma_d*xhat_{bd} + beta_d; derive sum_b sum_d G_{bd}*Y_{bd} wrt X_{ae} | gamma_e*(n*G_{ae} - xhat_{ae}*sum(b, G_{be}*xhat_{be}) - sum(b, G_{be}))/(n*(v_e + eps)^(1/2))
            layer norm | let mu = mean(k, x_k); let v = mean(k, (x_k - mu)^2); let xhat_i = (x_i - mu)/sqrt(v + eps); let y_i = w_i*xhat_i + b_i; derive sum_i G_i*y_i wrt x_j | (n*G_j*w_j - xhat_j*sum(i, G_i*w_i*xhat_i) - sum(i, G_i*w_i))/(n*(v + eps)^(1/2))
            a shifted variable | let u_i = x_i - c; derive sum_i (x_i - c)^3 wrt x_j | 3*u_j^2
            a scaled difference | let e = (y - t)/2; derive (y - t)^4 wrt y | 32*e^3
            symbolic coefficients | let h = (1 - z)*cc + z*hp; derive h^2 wrt z | 2*h*(hp - cc)
            one-hot of a fixed class | let p_w = exp(z_w)/sum_m exp(z_m); let y_w = delta(w, o); derive -log(p_o) wrt z_k | p_k - y_k
            exp of a whole multiple | let E = exp(-2*(sin(g)/l)^2); derive E wrt l | 4*E*sin(g)^2/l^3
            indexed exp of a multiple | let K_ij = exp(2*x_i*y_j/l); derive K_ij wrt l | -2*K_{ij}*x_i*y_j/l^2
            another multiple stays | let E = exp(2*x); derive exp(4*x) + E wrt x | 4*exp(4*x) + 2*E
            another multiple stays, written after | let E = exp(2*x); derive E + exp(4*x) wrt x | 2*E + 4*exp(4*x)
            a gate beside its complement | let og = sigma(ob); let y = tanh(c)*og; derive dy*y wrt ob | dy*og*tanh(c)*(1 - og)
            a pair named whole | let a = sigma(z); derive a wrt z | a*(1 - a)
            """)
    void writtenBackAsTheName(String what, String script, String expected) {
        DerivedForm.assertDerivedAs(what, script, expected, java.util.Set.of("eps"));
    }

    /**
     * A body whose rest, beside the atom, is a function or a sum of the input is not solved for the atom:
     * the Gaussian negative log-likelihood {@code L = (n/2)·log(2πs) + Σ_i (x_i − μ)²/(2s)} wrote its own
     * derivative through L, {@code ∂L/∂s = (n·log(2πs) − 2L + n)/(2s)}, which no textbook prints.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gaussian variance | let L = n/2*log(2*pi*s2) + sum_i (x_i - mu)^2/(2*s2); derive L wrt s2 | (n*s2 - sum(i, (x_i - mu)^2))/(2*s2^2)
            gaussian scale | let L = n*log(s) + sum_i (x_i - mu)^2/(2*s^2); derive L wrt s | n/s - sum(i, (x_i - mu)^2)/s^3
            poisson rate | let L = n*lam - log(lam)*sum_i k_i; derive L wrt lam | n - sum(i, k_i)/lam
            a sum beside the atom | let J = sum_k w_k^2 + (y - b)^2; derive J wrt b | 2*(b - y)
            """)
    void notWrittenBackThroughTheRestOfItsBody(String what, String script, String expected) {
        DerivedForm.assertDerivedAs(what, script, expected, java.util.Set.of("s2", "s", "lam"));
    }
}
