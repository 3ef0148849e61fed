package org.symgrad.oracle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scalar {@code let} whose body is a product is written back as its name in the terms of a
 * result that hold the whole product ({@code ProductNames}): {@code f = x·σ(βx)} turns
 * {@code σ(βx) + βxσ(βx)(1 − σ(βx))} into Ramachandran et al.'s {@code βf + σ(βx)(1 − βf)}, the
 * terms grouped by the atom that reads shortest. Not where a factor of the product still stands
 * beside the name (mish's {@code x σ(x)} stays), nor where it takes a gate out of its pair
 * {@code o(1 − o)}. Each result is checked right by {@link DerivedForm}.
 */
class ProductNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            swish with beta | let f = x*sigma(beta*x); derive f wrt x | beta*f + sigma(beta*x)*(1 - beta*f)
            silu | let f = x*sigma(x); derive f wrt x | f + sigma(x)*(1 - f)
            a factor still beside the name | let f = x*tanh(softplus(x)); derive f wrt x | x*sigma(x)*(1 - tanh(softplus(x))^2) + tanh(softplus(x))
            a body that divides, x/exp(x) | let h = x*exp(-x); derive h wrt x | exp(-x)*(1 - x)
            a gate beside its complement | let og = sigma(ob); let y = tanh(c)*og; derive dy*y wrt ob | dy*og*tanh(c)*(1 - og)
            """)
    void writtenBackInTheTermsThatHoldTheProduct(String what, String script, String expected) {
        DerivedForm.assertDerivedAs(what, script, expected, java.util.Set.of("beta"));
    }
}
