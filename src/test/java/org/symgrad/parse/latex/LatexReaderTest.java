package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.check.Checker;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Definitions;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Each LaTeX construct of SPEC §8 reads as the ASCII meaning a reader of the formula intends:
 * the two expressions are checked equal (symbolically, else at sampled points with every index
 * assignment), so a misreading such as {@code log(x y)} for {@code \log x y} fails.
 */
class LatexReaderTest {
    private static Expr read(String latex) {
        Reading r = LatexReader.read(latex);
        if (!r.readable()) {
            throw r.problem().orElseThrow();
        }
        return r.expr().orElseThrow();
    }

    static Stream<Arguments> meanings() {
        return Stream.of(
                // fractions and products
                Arguments.of("\\frac{a}{b}", "a/b"),
                Arguments.of("\\dfrac{1}{1+e^{-x}}", "1/(1+exp(-x))"),
                Arguments.of("\\tfrac12 x", "x/2"),
                Arguments.of("a \\cdot b \\times c * d", "a*b*c*d"),
                Arguments.of("xy", "x*y"),
                Arguments.of("2(x+1)", "2*(x+1)"),
                Arguments.of("-x^2", "-(x^2)"),
                // indicators: a sign condition is a step function, an index relation a δ (SPEC §9)
                Arguments.of("\\mathbb{1}[x > 0]", "heaviside(x)"),
                Arguments.of("\\mathbb{1}\\{x > 0\\}", "heaviside(x)"),
                Arguments.of("\\mathbf{1}_{x>0}", "heaviside(x)"),
                Arguments.of("\\mathbb{I}(a \\geq b)", "heaviside(a - b)"),
                Arguments.of("\\mathbb{1}\\left(x < 1\\right) x", "heaviside(1 - x)*x"),
                Arguments.of("\\mathbb{1}[i = j] x_i", "delta(i,j)*x_i"),
                Arguments.of("\\mathbb 1\\{i \\neq j\\} x_j", "(1 - delta(i,j))*x_j"),
                Arguments.of("\\frac{\\partial}{\\partial x} \\mathbb{1}[x > 0] x^2 + x", "2*x*heaviside(x) + x"),
                // derivatives in every spelling
                Arguments.of("\\frac{\\partial}{\\partial x} x^3", "3*x^2"),
                Arguments.of("\\frac{\\partial x^3}{\\partial x}", "3*x^2"),
                Arguments.of("\\partial (x^3)/\\partial x", "3*x^2"),
                Arguments.of("\\frac{d}{dx} x^3", "3*x^2"),
                Arguments.of("\\frac{dy}{dy}", "1"),
                Arguments.of("\\frac{\\mathrm{d}}{\\mathrm{d}x} \\sin x", "cos(x)"),
                Arguments.of("\\frac{d^2}{dx^2} x^3", "6*x"),
                Arguments.of("\\frac{\\partial^2 (x^2 y^2)}{\\partial x\\,\\partial y}", "4*x*y"),
                Arguments.of("\\partial_{x} x^2 y", "2*x*y"),
                Arguments.of("\\nabla_{w} w^2", "2*w"),
                Arguments.of("\\sigma'(x)", "sigma(x)*(1 - sigma(x))"),
                Arguments.of("\\tanh'(x)", "1 - tanh(x)^2"),
                Arguments.of("(x^2 + 1)'", "2*x"),
                Arguments.of("\\left(x^3\\right)''", "6*x"),
                Arguments.of("\\frac{d}{dx}1 + \\frac{d}{dx}e^{-x}", "-exp(-x)"),
                Arguments.of("e^{-x}\\frac{d}{dx} (-x)", "-exp(-x)"),
                Arguments.of("\\frac{\\partial x_i}{\\partial x_j}", "delta(i,j)"),
                // sums, products, δ
                Arguments.of("\\sum_k x_k", "sum(k, x_k)"),
                Arguments.of("\\sum_{k} x_k y_k + c", "sum(k, x_k*y_k) + c"),
                Arguments.of("\\sum_{k=1}^{n} x_k", "sum(k, x_k)"),
                Arguments.of("\\sum_{k=1}^{K} x_k", "sum(k, x_k)"),
                Arguments.of("\\sum\\limits_{k=1}^{3} x_k", "x_1 + x_2 + x_3"),
                Arguments.of("\\sum_{k \\neq i} x_k", "sum(k, x_k) - x_i"),
                Arguments.of("\\sum_{k\\ne i} x_k", "sum(k, x_k) - x_i"),
                Arguments.of("\\sum_ky_k", "sum(k, y_k)"),
                Arguments.of("\\sum_k \\sum_l W_{kl}", "sum(k, sum(l, W_kl))"),
                Arguments.of("\\prod_k x_k", "prod(k, x_k)"),
                Arguments.of("\\prod_{i=1}^{n} x_i^{t_i}", "prod(i, x_i^t_i)"),
                Arguments.of("\\prod_{k=1}^{2} x_k", "x_1*x_2"),
                Arguments.of("\\sum_{k}^{ } x_k", "sum(k, x_k)"),
                Arguments.of("\\sum_{k}^{} x_k y_k", "sum(k, x_k*y_k)"),
                Arguments.of("\\delta_{ij} x_j", "delta(i,j)*x_j"),
                Arguments.of("\\delta_{i,j}", "delta(i,j)"),
                // exp, log, functions with and without parentheses
                Arguments.of("e^{x}", "exp(x)"),
                Arguments.of("e^x", "exp(x)"),
                Arguments.of("\\exp(x) + \\exp x + \\exp{(x)}", "3*exp(x)"),
                Arguments.of("\\mathrm{e}^{x}", "exp(x)"),
                Arguments.of("\\log x y", "log(x)*y"),
                Arguments.of("\\ln x", "log(x)"),
                Arguments.of("\\log_2 x", "log(x)/log(2)"),
                Arguments.of("\\log \\sum_k \\exp(o_k) - \\sum_j y_j o_j", "log(sum(k, exp(o_k))) - sum(j, y_j*o_j)"),
                Arguments.of("\\log\\sum_j e^{f_j}", "log(sum(j, exp(f_j)))"),
                Arguments.of("\\sqrt{x}", "sqrt(x)"),
                Arguments.of("\\sqrt[3]{x}", "x^(1/3)"),
                Arguments.of("\\tanh^2 x", "tanh(x)^2"),
                Arguments.of("\\operatorname{tanh}^2(x)", "tanh(x)^2"),
                Arguments.of("\\sigma(x)", "sigma(x)"),
                Arguments.of("\\sigma (x)", "sigma(x)"),
                Arguments.of("\\sigma\\left(x\\right)", "sigma(x)"),
                Arguments.of("\\operatorname{sigmoid}(x)", "sigma(x)"),
                Arguments.of("\\text{sigmoid}(x)", "sigma(x)"),
                Arguments.of("sigmoid(x)", "sigma(x)"),
                Arguments.of("softplus(x)", "softplus(x)"),
                Arguments.of("\\max(0, x)", "relu(x)"),
                Arguments.of("\\max(x, y) + \\min(x, y)", "max(x, y) + min(x, y)"),
                Arguments.of("\\max(0, x) + \\alpha \\min(0, x)", "relu(x) + alpha*min(0, x)"),
                Arguments.of("\\rm{max}(0, x)", "relu(x)"),
                Arguments.of("\\rm {max}(x, y)", "max(x, y)"),
                Arguments.of("{\\rm max}(x, y)", "max(x, y)"),
                Arguments.of("\\mathrm{max}(x, y)", "max(x, y)"),
                Arguments.of("\\frac{{\\rm d}y}{{\\rm d}x}", "diff(y, x)"),
                Arguments.of("|x|", "abs(x)"),
                Arguments.of("\\mathrm{softmax}(\\mathbf{z})_i", "exp(z_i)/sum(k, exp(z_k))"),
                Arguments.of("softmax(z_j)", "exp(z_j)/sum(k, exp(z_k))"),
                Arguments.of("\\sigma(x)_i", "sigma(x_i)"),
                // call or product (M8)
                Arguments.of("y(1-y)", "y*(1-y)"),
                Arguments.of("y_i(1-y_i)", "y_i*(1-y_i)"),
                Arguments.of("p_i (1-p_i)", "p_i*(1-p_i)"),
                Arguments.of("y_ilog(p_i)", "y_i*log(p_i)"),
                Arguments.of("x^nexp(x)", "x^n*exp(x)"),
                Arguments.of("\\sigma(x)(1-\\sigma(x))", "sigma(x)*(1-sigma(x))"),
                Arguments.of("(a+b)(a-b)", "a^2 - b^2"),
                Arguments.of("g(t)", "g(t)"),
                // names: decorations, words, labels
                Arguments.of("\\hat{y}_i", "yhat_i"),
                Arguments.of("\\hat{y_i}", "yhat_i"),
                Arguments.of("\\hat y_i", "yhat_i"),
                Arguments.of("\\tilde{x} + \\bar{x}", "xtilde + xbar"),
                Arguments.of("\\text{CE} + \\mathrm{MSE}", "CE + MSE"),
                Arguments.of("\\Sigma_C", "SigmaC"),
                Arguments.of("L_{\\text{reg}}", "Lreg"),
                Arguments.of("W^{(1)}_{ij}", "W^{(1)}_{ij}"),
                Arguments.of("W_{ij}^{(1)}", "W^{(1)}_{ij}"),
                Arguments.of("W_{i,j}", "W_ij"),
                Arguments.of("x_{12}", "x_12"),
                Arguments.of("x_12", "x_1*2"),
                Arguments.of("\\mathbf{x}_i", "x_i"),
                Arguments.of("\\mathbf{o}^a_y", "o^{(a)}_y"),
                Arguments.of("\\mathbf{o}_k^{a}", "o^{(a)}_k"),
                Arguments.of("\\mathbf{o}^{a(i)}", "o^{(a)}_i"),
                Arguments.of("\\mathbf{h}_{\\mathbf{j}}^{\\mathbf{s}}", "h^{(s)}_j"),
                Arguments.of("\\mathcal{L}", "L"),
                Arguments.of("\\theta_j + \\varepsilon", "theta_j + epsilon"),
                // brackets, sizes, spacing, colour, boxes
                Arguments.of("\\left( x + 1 \\right)^2", "(x+1)^2"),
                Arguments.of("\\big( x \\big) \\Big[ y \\Big] \\bigg\\{ z \\bigg\\}", "x*y*z"),
                Arguments.of("x \\, y \\; z \\! w", "x*y*z*w"),
                Arguments.of("{\\color{red} x} + \\textcolor{blue}{y}", "x + y"),
                Arguments.of("\\boxed{x} + \\underbrace{y}_{\\text{the rest}}", "x + y"),
                Arguments.of("\\displaystyle \\frac{1}{2}", "1/2"),
                // cases
                Arguments.of("\\begin{cases} 1 & i = j \\\\ 0 & i \\neq j \\end{cases}", "delta(i,j)"),
                Arguments.of("\\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}", "relu(x)"));
    }

    @ParameterizedTest(name = "{0}  reads as  {1}")
    @MethodSource("meanings")
    void readsAsIntended(String latex, String ascii) {
        Expr read = read(latex);
        Expr meant = Parser.parseExpression(ascii);
        Verdict v = new Checker(Definitions.none(), List.of()).check(read, meant);
        assertTrue(v.holds(), () -> latex + " read as " + Printer.ascii(read) + ", meant " + ascii + ": " + v);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("\\frac{d}{dx}", 1, 1, "has nothing to differentiate"),
                Arguments.of("x + \\sum e^z", 1, 5, "\\sum has no index"),
                Arguments.of("\\foo x", 1, 1, "unknown command \\foo"),
                Arguments.of("\\sigmoid(x)", 1, 1, "unknown command \\sigmoid"),
                Arguments.of("\\mathbf{X}^\\top y", 1, 12, "matrix notation"),
                Arguments.of("x^T", 1, 3, "transpose"),
                Arguments.of("\\begin{bmatrix} 1 & 0 \\end{bmatrix}", 1, 1, "write one component"),
                Arguments.of("\\prod_{k \\neq k} x_k", 1, 7, "leaves out every value"),
                Arguments.of("x + \\prod e^z", 1, 5, "\\prod has no index"),
                Arguments.of("\\sum_i e^i", 1, 1, "the index i is used here as a value"),
                Arguments.of("\\sum_j P(j) \\log P(j)", 1, 1, "the index j is used here as a value"),
                Arguments.of("\\prod_{k} k", 1, 1, "the index k is used here as a value"),
                Arguments.of("\\sum_{k=0}^{100} k", 1, 12, "at most 64 values"),
                Arguments.of("\\max_j x_j", 1, 1, "a max over an index"),
                Arguments.of("\\operatorname*{argmax}_j o_j", 1, 1, "argmax is not supported"),
                Arguments.of("\\map {\\dfrac \\d {\\d x}} {\\tanh x}", 1, 1, "unknown command \\map"),
                Arguments.of("y_1 + \\dots + y_n", 1, 7, "write a \\sum"),
                Arguments.of("\\frac{\\partial f}{\\partial \\mathbf{w}}", 1, 1, "write one component"),
                Arguments.of("\\frac{1}{2", 1, 9, "not closed"),
                Arguments.of("\\left( x", 1, 6, "not closed"),
                Arguments.of("\\int x dx", 1, 1, "integrals"),
                Arguments.of("\\mathbf{x} + 1", 1, 1, "is a vector here"),
                Arguments.of("softmax(z)", 1, 1, "write its component"),
                // x_{i+1} is an affine index now (IndexArithmeticNotationTest); arithmetic on two juxtaposed letters is ambiguous
                Arguments.of("x_{ij+1}", 1, 4, "index arithmetic on juxtaposed letters"),
                Arguments.of("x_{i+\\alpha}", 1, 6, "index letters and whole numbers"),
                Arguments.of("\\partial_j f", 1, 1, "with respect to which variable"),
                Arguments.of("\\begin{cases} 1 & x = 1 \\\\ 2 & x = 2 \\end{cases}", 1, 1, "piecewise"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("errors")
    void unreadableConstructsAreReportedWhereTheyAre(String latex, int line, int column, String message) {
        Reading r = LatexReader.read(latex);
        assertFalse(r.readable(), () -> latex + " should not read, but read as " + r.expr().map(Printer::ascii));
        InputException e = r.problem().orElseThrow();
        assertTrue(e.getMessage().contains(message), e::getMessage);
        SourceSpan span = e.span().orElseThrow();
        assertEquals(line, span.line(), e::describe);
        assertEquals(column, span.column(), e::describe);
    }

    @Test
    void anIndicatorWithoutItsConditionIsAClearError() {
        Reading alone = LatexReader.read("\\mathbb{1} + x");
        assertFalse(alone.readable());
        assertTrue(alone.problem().orElseThrow().getMessage().contains("needs its condition"),
                alone.problem().orElseThrow()::getMessage);
        Reading ones = LatexReader.read("\\mathbf{1}^\\top y");
        assertFalse(ones.readable());
        assertTrue(ones.problem().orElseThrow().getMessage().contains("matrix notation"),
                ones.problem().orElseThrow()::getMessage);
        Reading values = LatexReader.read("\\mathbb{1}[x = 2]");
        assertFalse(values.readable());
    }

    @Test
    void anUnknownCommandIsNeverASymbol() {
        Reading r = LatexReader.read("\\sigma(x) \\foo y");
        assertFalse(r.readable());
    }

    @Test
    void errorsPointIntoTheDocumentNotIntoTheFormula() {
        String doc = "Some prose.\n\n$$ a = \\frac{1}{\\foo} $$\n";
        int start = doc.indexOf("\\frac");
        Reading r = LatexReader.read(LatexTokens.lex(doc, start, doc.indexOf(" $$", start)), doc, LatexContext.NONE);
        SourceSpan span = r.problem().orElseThrow().span().orElseThrow();
        assertEquals(3, span.line());
        assertEquals(17, span.column());
        assertEquals("\\foo".length(), span.length());
    }

    @Test
    void theWholeConstructIsUnderlined() {
        InputException e = LatexReader.read("x + \\sum e^z").problem().orElseThrow();
        assertEquals("\\sum e^z".length(), e.span().orElseThrow().length());
    }

    @Test
    void defaultsWithAnotherReadingAreNoted() {
        Reading r = LatexReader.read("y(1-y)");
        assertTrue(r.notes().stream().anyMatch(n -> n.text().contains("read as a product")), r.notes()::toString);
    }

    @Test
    void definableShapesAreRecognised() {
        assertEquals("yhat", LatexReader.read("\\hat{y}_i").target().orElseThrow().name());
        Target call = LatexReader.read("l(\\mathbf{y}, \\hat{\\mathbf{y}})").target().orElseThrow();
        assertEquals(2, call.parameters().size());
        Target vector = LatexReader.read("\\sigma(a)_i").target().orElseThrow();
        assertEquals(List.of("i"), vector.component());
        assertTrue(vector.builtIn());
        assertTrue(LatexReader.read("\\hat{\\mathbf{y}}").target().orElseThrow().vector());
        assertTrue(LatexReader.read("y(1-y)").target().isEmpty());
        assertTrue(LatexReader.read("e^{x}").target().isEmpty());
    }

    @Test
    void aSymbolicUpperLimitIsTheRangeSize() {
        Reading r = LatexReader.read("\\frac{1}{N}\\sum_{i=1}^{N} x_i");
        assertEquals(1, r.rangeSizes().size());
        Expr renamed = LatexReader.withRange(r.expr().orElseThrow(), r.rangeSizes());
        assertTrue(new Checker(Definitions.none(), List.of()).check(renamed, Parser.parseExpression("sum(i, x_i)/n")).holds());
    }
}
