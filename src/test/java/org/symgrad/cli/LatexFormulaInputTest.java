package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.testing.CliRun;

/**
 * A formula pasted in LaTeX — a backslash tells it from symgrad's ASCII — is read by the rules a
 * document's formulas follow (SPEC §8), on the command line and through the library: the result is
 * the one its ASCII spelling gives, a formula that cannot be read is a clear error with line,
 * column and caret, and the LaTeX symgrad prints reads back to the same value.
 */
class LatexFormulaInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            \\frac{1}{1+e^{-x}}                            | 1/(1 + exp(-x))                 | x
            \\log\\left(1+e^{x}\\right)                     | log(1 + exp(x))                 | x
            x^2 \\sin x                                    | x^2*sin(x)                      | x
            \\sqrt{x^2+1}                                  | sqrt(x^2 + 1)                   | x
            \\tanh(x)^2                                    | tanh(x)^2                       | x
            \\sigma(w x + b)                               | sigma(w*x + b)                  | w
            \\frac{1}{2}\\sum_i (\\theta_i x_i - y)^2       | sum(i, (theta_i*x_i - y)^2)/2   | \\theta_j
            -\\sum_{k} t_k \\log \\frac{e^{z_k}}{\\sum_j e^{z_j}} | -sum(k, t_k*log(exp(z_k)/sum(j, exp(z_j)))) | z_{j}
            \\ln(1 + e^{-y w x})                           | log(1 + exp(-y*w*x))            | w
            """)
    void aLatexFormulaDifferentiatesAsItsAsciiSpelling(String latex, String ascii, String wrt) {
        CliRun fromLatex = CliRun.symgrad("diff", latex, "--wrt", wrt);
        CliRun fromAscii = CliRun.symgrad("diff", ascii, "--wrt", wrt.replace("\\", ""));
        assertEquals(0, fromLatex.exit(), fromLatex.err());
        assertEquals(0, fromAscii.exit(), fromAscii.err());
        assertEquals(fromAscii.out(), fromLatex.out(), latex);
        assertEquals("", fromLatex.err(), latex);
    }

    @Test
    void theSigmoidWrittenWithEIsRecognised() {
        CliRun r = CliRun.symgrad("diff", "\\frac{1}{1+e^{-x}}", "--wrt", "x");
        assertEquals("sigma(x)*(1 - sigma(x))\n", r.out());
        assertEquals(0, r.exit());
    }

    @Test
    void aSumUpToASizeNameRunsOverTheWholeRange() {
        assertEquals(Symgrad.parse("sum(i, (y_i - w*x_i)^2)"), Symgrad.parse("\\sum_{i=1}^{N} (y_i - w x_i)^2"));
    }

    @Test
    void aFormulaThatCannotBeReadIsAClearErrorAtItsPlace() {
        CliRun r = CliRun.symgrad("diff", "\\frac{1}{1+e^{-x}", "--wrt", "x");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals("error: line 1, column 9: '{' is not closed", lines.get(0));
        assertEquals("  \\frac{1}{1+e^{-x}", lines.get(1));
        assertEquals("          ^", lines.get(2));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aDefaultTheReaderChoseIsNotedOnStandardError() {
        CliRun r = CliRun.symgrad("diff", "\\max(0, 1 - y w x)", "--wrt", "w");
        assertEquals(0, r.exit());
        assertEquals("-x*y*heaviside(1 - y*w*x)\n", r.out());
        assertTrue(r.err().startsWith("note: \\max(0, 1 - y w x) read as relu("), r.err());
    }

    @Test
    void aLatexExponentialIsNotTheAsciiSymbolE() {
        CliRun r = CliRun.symgrad("simplify", "\\exp(x) e^{x}");
        assertEquals("exp(2*x)\n", r.out());
        assertEquals("", r.err(), "no note about the ASCII symbol e for a LaTeX formula");
    }

    @Test
    void theLatexSymgradPrintsReadsBackToTheSameValue() {
        Random random = new Random(29);
        List<String> inputs = List.of("sigma(x)*(1 - sigma(x))", "log(1 + exp(-y*w*x))", "tanh(w*x + b)^2/2",
                "sqrt(1 + x^2)/(1 + exp(x))", "x^(3/2)*log(x)", "exp(-x^2/2)/sqrt(2*pi)", "softplus(x) - x*sigma(x)",
                "erf(x/sqrt(2))", "atan(x)/(1 + x^2)", "relu(x - 1)*abs(x)");
        for (String ascii : inputs) {
            for (String variable : new String[] {"x", "w"}) {
                Expr derivative = Symgrad.differentiate(Symgrad.parse(ascii), Symgrad.variable(variable));
                for (Expr e : List.of(Symgrad.parse(ascii), derivative)) {
                    String latex = Printer.latex(e);
                    Expr back = Symgrad.parse(latex);
                    for (int point = 0; point < 5; point++) {
                        Environment env = Environment.random(random.nextLong(), 3)
                                .withScalar("x", 0.2 + 1.5 * random.nextDouble());
                        double want = Evaluator.evaluate(e, env);
                        double got = Evaluator.evaluate(back, env);
                        assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), latex + " read back as "
                                + Printer.ascii(back));
                    }
                }
            }
        }
    }
}
