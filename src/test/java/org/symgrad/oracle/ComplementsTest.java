package org.symgrad.oracle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Complements of issue 9 item 5 beyond the reach corpus's own rows, each checked right by
 * {@link DerivedForm}:
 * <ul>
 * <li>a complement {@code 1 − u} beside other terms stays one bracket with its sign in front
 * (CS224n's {@code −(1 − σ(u_o·v_c))u_o + …}), not multiplied out to {@code uσ(·) − u};</li>
 * <li>the complement of a lone name takes a product's minus ({@code y(p − 1)}, Lin et al.'s
 * ∂CE/∂x with p = σ(yx)), while the complement of a function's value keeps it in front
 * ({@code −v(1 − σ(u))}) and so does a complement beside its own name ({@code −p(1 − p)}).</li>
 * </ul>
 */
class ComplementsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            complement beside a term | derive w^2 - log(sigma(w*t)) wrt w | 2*w - t*(1 - sigma(w*t))
            two complements | derive log(sigma(-c*b)) - log(sigma(a*b)) wrt b | -(c*(1 - sigma(-c*b)) + a*(1 - sigma(a*b)))
            a function's complement keeps the minus | derive -log(sigma(w*t)) wrt w | -t*(1 - sigma(w*t))
            a named complement takes it | let q = sigma(a*t - c); derive -log(q) wrt t | a*(q - 1)
            a named complement under a sum | let h_i = sigma(z_i); derive -sum_i log(h_i) wrt z_j | h_j - 1
            a complement beside its name | let q = sigma(a*t); derive -q wrt t | -a*q*(1 - q)
            """)
    void derivedAs(String what, String script, String expected) {
        DerivedForm.assertDerivedAs(what, script.replace("; ", "\n"), expected, java.util.Set.of());
    }
}
