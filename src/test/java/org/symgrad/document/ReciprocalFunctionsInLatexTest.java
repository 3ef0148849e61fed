package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reciprocal functions as books write them ({@code \operatorname{sech}^2 x}, {@code \coth x}, {@code \sec}), and
 * a power on a function word before its bracket ({@code \operatorname{erf}^2(x)}, as {@code \tanh^2(x)}), checked.
 */
class ReciprocalFunctionsInLatexTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "✓ | \\frac{d}{dx}\\tanh x = \\operatorname{sech}^2 x",
            "✓ | 1 - \\tanh^2(x) = \\operatorname{sech}(x)^2",
            "✓ | \\frac{d}{dx}\\operatorname{sech}(x) = -\\operatorname{sech}(x)\\tanh(x)",
            "✗ | \\frac{d}{dx}\\operatorname{sech}(x) = \\operatorname{sech}(x)\\tanh(x)",
            "✓ | \\frac{d}{dx}\\coth x = -\\operatorname{csch}^2 x",
            "✓ | \\frac{d}{dx}\\sec x = \\frac{\\sin x}{\\cos^2 x}",
            "✗ | \\frac{d}{dx}\\sec x = -\\frac{\\sin x}{\\cos^2 x}",
            "✓ | \\frac{d}{dx}\\cot x = -\\csc^2 x",
            "✓ | \\operatorname{erf}^2(x) = \\operatorname{erf}(x)^2",
            "✗ | \\operatorname{erf}^2(x) = \\operatorname{erf}(x^2)"})
    void checkedAsWritten(String mark, String latex) {
        assertMarks(mark, "$$" + latex + "$$\n");
    }
}
