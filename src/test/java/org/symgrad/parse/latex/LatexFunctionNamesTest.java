package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Function names as papers and homework write them read as the registry's functions: every
 * function's own LaTeX spelling reads back (what symgrad prints pastes back), capitalised
 * activation names ({@code \operatorname{GELU}}, {@code \mathrm{LeakyReLU}}) are the registry's,
 * the inverse trigonometric commands are known, an operator name applies without parentheses to the factor after
 * it ({@code \operatorname{erf} x}), and a Greek letter never changes case.
 */
class LatexFunctionNamesTest {
    private static final Sym X = new Sym("x");
    private static final double[] POINTS = {-1.7, -0.6, -0.2, 0.35, 0.8, 1.4, 2.2};

    private static Expr read(String latex) {
        Reading r = LatexReader.read(latex);
        if (!r.readable()) {
            throw r.problem().orElseThrow();
        }
        return r.expr().orElseThrow();
    }

    private static double at(Expr e, double x) {
        return Evaluator.evaluate(e, Environment.random(7, 3).withScalar("x", x).withScalar("a", 0.3));
    }

    /** Equal at every sample point where the function is defined, and defined at some. */
    private static void assertSameFunction(Expr expected, Expr actual, String what) {
        int compared = 0;
        for (double x : POINTS) {
            double e = at(expected, x);
            if (!Double.isFinite(e)) {
                continue;
            }
            double a = at(actual, x);
            assertTrue(Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e)),
                    what + " read as " + Printer.ascii(actual) + ", at x = " + x + ": " + a + " vs " + e);
            compared++;
        }
        assertTrue(compared >= 2, what + ": compared at only " + compared + " points");
    }

    @Test
    void everyFunctionOfOneArgumentReadsBackFromItsOwnLatex() {
        List<String> failed = new ArrayList<>();
        for (KnownFunction f : FunctionRegistry.ALL) {
            if (f.arity() != 1) {
                continue;
            }
            Expr e = new Fn(f.name(), List.of(X));
            String latex = Printer.latex(e);
            try {
                assertSameFunction(e, read(latex), f.name() + " printed as " + latex);
            } catch (RuntimeException | AssertionError problem) {
                failed.add(f.name() + " printed as " + latex + ": " + problem.getMessage());
            }
        }
        assertEquals(List.of(), failed);
    }

    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("\\operatorname{GELU}(x)", "gelu(x)"),
                Arguments.of("\\mathrm{GELU}(x)", "gelu(x)"),
                Arguments.of("\\text{ELU}(x)", "elu(x)"),
                Arguments.of("\\operatorname{SiLU}(x)", "silu(x)"),
                Arguments.of("\\operatorname{Swish}(x)", "silu(x)"),
                Arguments.of("\\mathrm{swish}(x)", "x*sigma(x)"),
                Arguments.of("\\mathrm{ReLU}(x)", "relu(x)"),
                Arguments.of("\\operatorname{LeakyReLU}(x, a)", "leaky_relu(x, a)"),
                Arguments.of("\\operatorname{erf}(x)", "erf(x)"),
                Arguments.of("\\Phi(x)", "Phi(x)"),
                Arguments.of("\\arctan x", "atan(x)"),
                Arguments.of("\\arctan(x^2)", "atan(x^2)"),
                Arguments.of("\\arcsin x", "asin(x)"),
                Arguments.of("\\arccos\\left(\\frac{x}{2}\\right)", "acos(x/2)"),
                Arguments.of("\\operatorname{arsinh}(x)", "asinh(x)"),
                Arguments.of("\\operatorname{artanh}(x/3)", "atanh(x/3)"),
                Arguments.of("\\frac{d}{dx}\\arctan x", "1/(1 + x^2)"),
                Arguments.of("\\frac{d}{dx}\\operatorname{GELU}(x)", "Phi(x) + x*exp(-x^2/2)/sqrt(2*pi)"),
                // an operator name applies to the factor after it, as \\ln x does
                Arguments.of("\\operatorname{erf} x", "erf(x)"),
                Arguments.of("\\mathrm{erfc}\\, 2x", "erfc(2*x)"),
                Arguments.of("\\operatorname{arcosh} x", "acosh(x)"),
                Arguments.of("\\mathrm{arcsinh}\\, x + 1", "asinh(x) + 1"),
                Arguments.of("\\operatorname{artanh}^2 x", "atanh(x)^2"),
                Arguments.of("\\operatorname{logit} x", "log(x/(1 - x))"),
                Arguments.of("\\frac{d}{dx}\\operatorname{arsinh} x", "1/sqrt(1 + x^2)"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("spellings")
    void writtenNamesReadAsTheRegistrysFunctions(String latex, String ascii) {
        assertSameFunction(Parser.parseExpression(ascii), read(latex), latex);
    }

    @Test
    void aGreekLetterKeepsItsCase() {
        Expr phi = read("\\phi(x)");
        assertTrue(phi instanceof Fn f && f.name().equals("phi"), () -> "\\phi(x) read as " + Printer.ascii(phi));
        assertFalse(FunctionRegistry.isKnown("phi"), "phi is a reader's own function, the density is not in the registry");
    }

    @Test
    void aKnownFunctionWithTheWrongNumberOfArgumentsIsAClearError() {
        Reading r = LatexReader.read("\\operatorname{LeakyReLU}(x)");
        assertFalse(r.readable());
        String message = r.problem().orElseThrow().getMessage();
        assertTrue(message.contains("leaky_relu takes 2 arguments, here it has 1"), message);
    }
}
