package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.expr.Exprs.add;
import static org.symgrad.expr.Exprs.delta;
import static org.symgrad.expr.Exprs.div;
import static org.symgrad.expr.Exprs.exp;
import static org.symgrad.expr.Exprs.fn;
import static org.symgrad.expr.Exprs.indexed;
import static org.symgrad.expr.Exprs.log;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.neg;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.pow;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.expr.Exprs.sum;
import static org.symgrad.expr.Exprs.sym;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;

/** Golden strings, expression → exact text, in each notation. */
class PrinterGoldenTest {
    private static final Expr X = sym("x");
    private static final Expr A = sym("a");
    private static final Expr B = sym("b");
    private static final Expr C = sym("c");

    private static void golden(Expr e, String ascii, String unicode, String latex) {
        assertAll(e.toString(),
                () -> assertEquals(ascii, Printer.ascii(e), "ascii"),
                () -> assertEquals(unicode, Printer.unicode(e), "unicode"),
                () -> assertEquals(latex, Printer.latex(e), "latex"));
    }

    private static Expr y(String i) {
        return indexed("y", i);
    }

    @Test
    void sigmoidDerivativeReadsAsTextbook() {
        golden(mul(sigma(X), sub(num(1), sigma(X))),
                "sigma(x)*(1 - sigma(x))", "σ(x)(1 − σ(x))", "\\sigma(x) (1 - \\sigma(x))");
    }

    @Test
    void softmaxJacobianFactorsOutYi() {
        golden(mul(y("i"), sub(delta("i", "j"), y("j"))),
                "y_i*(delta(i,j) - y_j)", "y_i(δ_ij − y_j)", "y_i (\\delta_{ij} - y_j)");
    }

    @Test
    void scalarSymbolComesBeforeIndexedAndSums() {
        String ascii = "beta*y_i*(delta(i,j) - y_j)";
        String unicode = "β y_i(δ_ij − y_j)";
        String latex = "\\beta y_i (\\delta_{ij} - y_j)";
        golden(new Mul(List.of(sym("beta"), y("i"), sub(delta("i", "j"), y("j")))), ascii, unicode, latex);
        golden(new Mul(List.of(sub(delta("i", "j"), y("j")), y("i"), sym("beta"))), ascii, unicode, latex);
    }

    @Test
    void linearLayerJacobian() {
        golden(mul(delta("i", "k"), indexed("x", "l")), "delta(i,k)*x_l", "δ_ik x_l", "\\delta_{ik} x_l");
    }

    @Test
    void abstractDerivativeReadsAsQuotientOfNames() {
        Expr dl = new Derivative(fn("L", sym("y")), indexed("y", "k"));
        golden(mul(dl, indexed("x", "l")),
                "diff(L(y), y_k)*x_l", "∂L/∂y_k · x_l", "\\frac{\\partial L}{\\partial y_k} x_l");
        golden(new Derivative(y("i"), indexed("z", "j")),
                "diff(y_i, z_j)", "∂y_i/∂z_j", "\\frac{\\partial y_i}{\\partial z_j}");
    }

    @Test
    void operatorDerivativeBracketsItsOperand() {
        golden(new Derivative(mul(X, sigma(X)), X),
                "diff(x*sigma(x), x)", "∂/∂x (x σ(x))", "\\frac{\\partial}{\\partial x}(x \\sigma(x))");
        golden(new Derivative(div(X, add(num(1), X)), X),
                "diff(x/(1 + x), x)", "∂/∂x (x/(1 + x))",
                "\\frac{\\partial}{\\partial x}\\left(\\frac{x}{1 + x}\\right)");
    }

    @Test
    void twoLayerBackprop() {
        Expr body = mul(sub(indexed("y", "k"), indexed("t", "k")), indexed("V", "k", "a"));
        Expr h = indexed("h", "a");
        golden(mul(sum("k", body), h, sub(num(1), h), indexed("x", "b")),
                "h_a*x_b*(1 - h_a)*sum(k, V_{ka}*(y_k - t_k))",
                "h_a x_b(1 − h_a)(Σ_k V_ka(y_k − t_k))",
                "h_a x_b (1 - h_a) \\sum_{k} V_{ka} (y_k - t_k)");
    }

    @Test
    void subtractionAndLeadingPositiveTerm() {
        golden(sub(sigma(sym("o")), sym("y")), "sigma(o) - y", "σ(o) − y", "\\sigma(o) - y");
        golden(add(neg(indexed("t", "j")), indexed("y", "j")), "y_j - t_j", "y_j − t_j", "y_j - t_j");
        golden(add(neg(A), neg(B)), "-a - b", "−a − b", "-a - b");
        golden(add(A, num(-2)), "a - 2", "a − 2", "a - 2");
        golden(add(num(-2), neg(A)), "-2 - a", "−2 − a", "-2 - a");
        golden(add(A, mul(num(2), B)), "a + 2*b", "a + 2b", "a + 2 b");
        golden(add(A, mul(num(-2), B)), "a - 2*b", "a − 2b", "a - 2 b");
        golden(sub(num(1), pow(fn("tanh", X), 2)), "1 - tanh(x)^2", "1 − tanh(x)²", "1 - \\tanh(x)^2");
    }

    @Test
    void squaredErrorDerivative() {
        Expr s = sigma(sym("o"));
        golden(mul(num(2), sub(s, sym("y")), s, sub(num(1), s)),
                "2*sigma(o)*(sigma(o) - y)*(1 - sigma(o))",
                "2σ(o)(σ(o) − y)(1 − σ(o))",
                "2 \\sigma(o) (\\sigma(o) - y) (1 - \\sigma(o))");
    }

    @Test
    void parenthesesOnlyWhereNeeded() {
        golden(pow(add(A, B), 2), "(a + b)^2", "(a + b)²", "(a + b)^2");
        golden(neg(add(A, B)), "-(a + b)", "−(a + b)", "-(a + b)");
        golden(sub(A, sub(B, C)), "a - (b - c)", "a − (b − c)", "a - (b - c)");
        golden(add(A, new Add(List.of(B, C))), "a + b + c", "a + b + c", "a + b + c");
        golden(new Add(List.of(A, new Add(List.of(B, C)))), "a + (b + c)", "a + (b + c)", "a + (b + c)");
        golden(div(A, mul(B, C)), "a/(b*c)", "a/(b c)", "\\frac{a}{b c}");
        golden(mul(A, pow(B, -1), pow(C, -1)), "a/(b*c)", "a/(b c)", "\\frac{a}{b c}");
        golden(pow(X, -1), "1/x", "1/x", "\\frac{1}{x}");
        golden(pow(add(X, org.symgrad.expr.Exprs.ONE), -2), "1/(x + 1)^2", "1/(x + 1)²", "\\frac{1}{(x + 1)^2}");
        golden(neg(pow(X, 2)), "-x^2", "−x²", "-x^2");
        golden(pow(neg(X), 2), "(-x)^2", "(−x)²", "(-x)^2");
        golden(pow(num(-2), 2), "(-2)^2", "(−2)²", "(-2)^2");
        golden(pow(num(2), pow(num(3), 2)), "2^(3^2)", "2^(3²)", "2^{3^2}");
        golden(pow(pow(num(2), 3), 2), "(2^3)^2", "(2³)²", "(2^3)^2");
        golden(pow(X, sym("n")), "x^n", "x^n", "x^n");
        golden(pow(X, sym("T")), "x^(T)", "x^(T)", "x^T");
        golden(pow(X, add(sym("n"), num(1))), "x^(n + 1)", "x^(n + 1)", "x^{n + 1}");
        golden(mul(A, new Mul(List.of(B, C))), "a*b*c", "a b c", "a b c");
        golden(new Mul(List.of(A, new Mul(List.of(B, C)))), "a*(b*c)", "a (b c)", "a (b c)");
        golden(mul(A, num(-3)), "-3*a", "−3a", "-3 a");
        golden(new Mul(List.of(num(2), num(3))), "6", "6", "6");
        golden(new Mul(List.of(num(-1), num(-1), A)), "a", "a", "a");
        golden(new Mul(List.of(num(2), pow(num(3), sym("x")))), "2*3^x", "2·3^x", "2 \\cdot 3^x");
        golden(mul(A, add(div(B, C), sym("d"))), "a*(b/c + d)", "a (b/c + d)", "a \\left(\\frac{b}{c} + d\\right)");
    }

    @Test
    void negativePowersFormADenominator() {
        golden(mul(A, pow(B, -2)), "a/b^2", "a/b²", "\\frac{a}{b^2}");
        golden(mul(num(2), pow(X, -1)), "2/x", "2/x", "\\frac{2}{x}");
        golden(mul(num(-1), pow(X, -1)), "-1/x", "−1/x", "-\\frac{1}{x}");
        golden(div(add(A, B), C), "(a + b)/c", "(a + b)/c", "\\frac{a + b}{c}");
        golden(div(A, add(B, C)), "a/(b + c)", "a/(b + c)", "\\frac{a}{b + c}");
        golden(div(A, sigma(X)), "a/sigma(x)", "a/σ(x)", "\\frac{a}{\\sigma(x)}");
        Expr u = exp(neg(X));
        golden(mul(u, pow(add(num(1), u), -2)),
                "exp(-x)/(1 + exp(-x))^2", "exp(−x)/(1 + exp(−x))²", "\\frac{e^{-x}}{(1 + e^{-x})^2}");
        golden(div(exp(indexed("z", "i")), sum("k", exp(indexed("z", "k")))),
                "exp(z_i)/sum(k, exp(z_k))", "exp(z_i)/(Σ_k exp(z_k))", "\\frac{e^{z_i}}{\\sum_{k} e^{z_k}}");
    }

    @Test
    void rationalNumbersAndCoefficients() {
        Expr half = num(Rational.of(1, 2));
        golden(half, "1/2", "1/2", "\\frac{1}{2}");
        golden(num(-3), "-3", "−3", "-3");
        golden(num(Rational.of(-1, 2)), "-1/2", "−1/2", "-\\frac{1}{2}");
        golden(mul(half, X), "x/2", "x/2", "\\frac{1}{2} x");
        golden(mul(num(Rational.of(-3, 2)), X, pow(sym("y"), -1)), "-3*x/(2*y)", "−3x/(2y)", "-\\frac{3 x}{2 y}");
        golden(pow(X, half), "x^(1/2)", "√x", "\\sqrt{x}");
        golden(pow(add(X, num(1)), half), "(x + 1)^(1/2)", "√(x + 1)", "\\sqrt{x + 1}");
        golden(new Pow(X, num(Rational.of(-1, 2))), "x^(-1/2)", "x^(−1/2)", "x^{-1/2}");
        golden(mul(A, new Pow(X, num(Rational.of(-1, 2)))), "a/x^(1/2)", "a/√x", "\\frac{a}{\\sqrt{x}}");
        golden(add(X, half), "x + 1/2", "x + 1/2", "x + \\frac{1}{2}");
        golden(add(X, num(Rational.of(-1, 2))), "x - 1/2", "x − 1/2", "x - \\frac{1}{2}");
    }

    @Test
    void indexSums() {
        Expr xk = indexed("x", "k");
        golden(sum("k", xk), "sum(k, x_k)", "Σ_k x_k", "\\sum_{k} x_k");
        golden(sum("k", add(xk, indexed("y", "k"))), "sum(k, x_k + y_k)", "Σ_k (x_k + y_k)", "\\sum_{k} (x_k + y_k)");
        Expr ranged = new IndexSum("k", num(1), sym("m"), xk);
        golden(ranged, "sum_{k=1}^{m} x_k", "Σ_{k=1}^{m} x_k", "\\sum_{k=1}^{m} x_k");
        golden(add(sum("k", xk), C), "sum(k, x_k) + c", "Σ_k x_k + c", "\\sum_{k} x_k + c");
        golden(mul(A, ranged), "a*(sum_{k=1}^{m} x_k)", "a (Σ_{k=1}^{m} x_k)", "a \\sum_{k=1}^{m} x_k");
        golden(add(new IndexSum("k", num(1), sym("m"), mul(xk, indexed("y", "k"))), C),
                "sum_{k=1}^{m} x_k*y_k + c", "Σ_{k=1}^{m} x_k y_k + c", "\\sum_{k=1}^{m} x_k y_k + c");
        golden(new IndexSum("k", num(1), sym("m"), neg(xk)),
                "sum_{k=1}^{m} (-x_k)", "Σ_{k=1}^{m} (−x_k)", "\\sum_{k=1}^{m} (-x_k)");
        golden(sub(A, sum("k", xk)), "a - sum(k, x_k)", "a − Σ_k x_k", "a - \\sum_{k} x_k");
    }

    @Test
    void namesGreekHatsLabelsAndSubscripts() {
        golden(sym("theta"), "theta", "θ", "\\theta");
        golden(sym("Sigma"), "Sigma", "Σ", "\\Sigma");
        golden(indexed("yhat", "i"), "yhat_i", "\u0177_i", "\\hat{y}_i");
        golden(sym("thetahat"), "thetahat", "\u03b8\u0302", "\\hat{\\theta}");
        golden(indexed("W^(1)", "i", "j"), "W^{(1)}_{ij}", "W⁽¹⁾_ij", "W^{(1)}_{ij}");
        golden(sym("W^(12)"), "W^{(12)}", "W⁽¹²⁾", "W^{(12)}");
        golden(sym("W^(l)"), "W^{(l)}", "W^{(l)}", "W^{(l)}");
        golden(sym("z2"), "z2", "z2", "\\mathrm{z2}");
        golden(indexed("z2", "k"), "z2_k", "z2_k", "\\mathrm{z2}_k");
        golden(sym("loss"), "loss", "loss", "\\mathrm{loss}");
        golden(indexed("W", "k", "l"), "W_{kl}", "W_kl", "W_{kl}");
        golden(indexed("W", "k2", "l"), "W_{k2,l}", "W_{k2,l}", "W_{k2,l}");
        golden(indexed("W", "i", "1"), "W_{i1}", "W_i1", "W_{i1}");
        golden(indexed("W", "1", "2"), "W_{1,2}", "W_{1,2}", "W_{1,2}");
        golden(indexed("x", "12"), "x_{12}", "x_{12}", "x_{12}");
        golden(delta("i", "k2"), "delta(i,k2)", "δ_{i,k2}", "\\delta_{i,k2}");
        golden(pow(indexed("W^(1)", "i", "j"), 2), "W^{(1)}_{ij}^2", "W⁽¹⁾_ij²", "{W^{(1)}_{ij}}^2");
        golden(mul(sym("alpha"), indexed("theta", "i")), "alpha*theta_i", "α θ_i", "\\alpha \\theta_i");
    }

    @Test
    void functions() {
        golden(exp(X), "exp(x)", "exp(x)", "e^{x}");
        golden(exp(div(X, num(2))), "exp(x/2)", "exp(x/2)", "\\exp\\left(\\frac{x}{2}\\right)");
        golden(pow(exp(X), 2), "exp(x)^2", "exp(x)²", "(e^{x})^2");
        golden(log(X), "log(x)", "log(x)", "\\log x");
        golden(log(add(num(1), exp(X))), "log(1 + exp(x))", "log(1 + exp(x))", "\\log(1 + e^{x})");
        golden(sigma(div(X, num(2))), "sigma(x/2)", "σ(x/2)", "\\sigma\\left(\\frac{x}{2}\\right)");
        golden(fn("softplus", X), "softplus(x)", "softplus(x)", "\\operatorname{softplus}(x)");
        golden(fn("relu", X), "relu(x)", "relu(x)", "\\operatorname{relu}(x)");
        golden(fn("heaviside", X), "heaviside(x)", "heaviside(x)", "\\operatorname{heaviside}(x)");
        golden(fn("tanh", X), "tanh(x)", "tanh(x)", "\\tanh(x)");
        golden(fn("cosh", X), "cosh(x)", "cosh(x)", "\\cosh(x)");
        golden(fn("abs", sub(X, A)), "abs(x - a)", "|x − a|", "\\left|x - a\\right|");
        golden(fn("sqrt", X), "sqrt(x)", "√x", "\\sqrt{x}");
        golden(fn("L", sym("y")), "L(y)", "L(y)", "L(y)");
        golden(fn("f'", X), "f'(x)", "f'(x)", "f'(x)");
        golden(fn("phi", X, sym("y")), "phi(x, y)", "φ(x, y)", "\\phi(x, y)");
        golden(fn("loss", X), "loss(x)", "loss(x)", "\\operatorname{loss}(x)");
        golden(mul(pow(sigma(X), 2), X), "x*sigma(x)^2", "x σ(x)²", "x \\sigma(x)^2");
    }

    @Test
    void pureFunctionOfExprDoesNotDependOnConstructionHistory() {
        Expr a = mul(sym("beta"), y("i"), sub(delta("i", "j"), y("j")));
        Expr b = mul(sym("beta"), y("i"), sub(delta("i", "j"), y("j")));
        assertEquals(Printer.latex(a), Printer.latex(b));
        assertEquals(Printer.latex(a), Printer.latex(a));
    }
}
