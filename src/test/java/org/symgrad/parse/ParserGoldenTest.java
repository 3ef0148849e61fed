package org.symgrad.parse;

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

import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/** Golden table: each spelling of SPEC §2 parses to exactly this expression tree. */
class ParserGoldenTest {
    private static final Expr X = sym("x");
    private static final Expr A = sym("a");
    private static final Expr B = sym("b");
    private static final Expr C = sym("c");

    static Stream<Arguments> numbersAndSymbols() {
        return Stream.of(
                Arguments.of("3", num(3)),
                Arguments.of("0.25", new Num(Rational.of(1, 4), true)),
                Arguments.of("1e-3", new Num(Rational.of(1, 1000), true)),
                Arguments.of("2.5e2", num(250)),
                Arguments.of("123456789012345678901234567890",
                        new Num(Rational.of(new java.math.BigInteger("123456789012345678901234567890")))),
                Arguments.of("-3", num(-3)),
                Arguments.of("- 0.5", new Num(Rational.of(-1, 2), true)),
                Arguments.of("-x", mul(num(-1), X)),
                Arguments.of("+x", X),
                Arguments.of("x", X),
                Arguments.of("W1", sym("W1")),
                Arguments.of("theta", sym("theta")),
                Arguments.of("yhat", sym("yhat")),
                Arguments.of("alpha", sym("alpha")),
                Arguments.of("β", sym("beta")),
                Arguments.of("Ω", sym("Omega")),
                Arguments.of("θ", sym("theta")),
                Arguments.of("σ", sym("sigma")),
                Arguments.of("sigma", sym("sigma")),
                Arguments.of("delta", sym("delta")),
                Arguments.of("δ", sym("delta")),
                Arguments.of("e", sym("e")),
                Arguments.of("e^x", pow(sym("e"), X)),
                Arguments.of("βx", mul(sym("beta"), X)));
    }

    static Stream<Arguments> indices() {
        return Stream.of(
                Arguments.of("x_i", indexed("x", "i")),
                Arguments.of("W_{ij}", indexed("W", "i", "j")),
                Arguments.of("W_{i,j}", indexed("W", "i", "j")),
                Arguments.of("W_ij", indexed("W", "i", "j")),
                Arguments.of("W_{i j}", indexed("W", "i", "j")),
                Arguments.of("x_1", indexed("x", "1")),
                Arguments.of("W_{i1}", indexed("W", "i", "1")),
                Arguments.of("W_i1", indexed("W", "i", "1")),
                Arguments.of("x_12", indexed("x", "12")),
                Arguments.of("W_{k2,l}", indexed("W", "k2", "l")),
                Arguments.of("z2_k", indexed("z2", "k")),
                Arguments.of("x_α", indexed("x", "alpha")),
                Arguments.of("W^{(1)}_{ij}", indexed("W^(1)", "i", "j")),
                Arguments.of("W^{(1)}", sym("W^(1)")),
                Arguments.of("h^{(2)}_u", indexed("h^(2)", "u")),
                Arguments.of("x_i^2", pow(indexed("x", "i"), num(2))));
    }

    static Stream<Arguments> operators() {
        return Stream.of(
                Arguments.of("a + b - c", add(A, B, mul(num(-1), C))),
                Arguments.of("a − b", sub(A, B)),
                Arguments.of("a / b", div(A, B)),
                Arguments.of("a/b/c", mul(A, pow(B, -1), pow(C, -1))),
                Arguments.of("a * b", mul(A, B)),
                Arguments.of("a·b", mul(A, B)),
                Arguments.of("a×b", mul(A, B)),
                Arguments.of("(a + b) + c", add(A, B, C)),
                Arguments.of("{a + b}^2", pow(add(A, B), num(2))),
                Arguments.of("-x^2", mul(num(-1), pow(X, num(2)))),
                Arguments.of("2^3^2", pow(num(2), pow(num(3), num(2)))),
                Arguments.of("x^-1", pow(X, num(-1))),
                Arguments.of("e^-x", pow(sym("e"), mul(num(-1), X))),
                Arguments.of("a*-b", mul(A, num(-1), B)),
                Arguments.of("a -b", sub(A, B)),
                Arguments.of("(sigma(o) - y)^2", pow(sub(sigma(sym("o")), sym("y")), num(2))));
    }

    static Stream<Arguments> implicitMultiplication() {
        Expr xi = indexed("x", "i");
        return Stream.of(
                Arguments.of("2x", mul(num(2), X)),
                Arguments.of("a (b+c)", mul(A, add(B, C))),
                Arguments.of("2(b+c)", mul(num(2), add(B, C))),
                Arguments.of("x_i y_i", mul(xi, indexed("y", "i"))),
                Arguments.of("2 sigma(x)", mul(num(2), sigma(X))),
                Arguments.of("x_i(1 - x_i)", mul(xi, sub(num(1), xi))),
                Arguments.of("sigma(x)(1 - sigma(x))", mul(sigma(X), sub(num(1), sigma(X)))),
                Arguments.of("(a+b)(a-b)", mul(add(A, B), sub(A, B))),
                Arguments.of("a/b c", mul(A, pow(B, -1), C)),
                Arguments.of("a(b+c)", fn("a", add(B, C))),
                Arguments.of("exp (x)", exp(X)),
                Arguments.of("sigma (x)(1 - sigma (x))", mul(sigma(X), sub(num(1), sigma(X)))),
                Arguments.of("σ (x)", sigma(X)),
                Arguments.of("sum (k, x_k)", sum("k", indexed("x", "k"))),
                Arguments.of("delta (i, j)", delta("i", "j")));
    }

    static Stream<Arguments> sums() {
        Expr body = indexed("x", "k");
        Expr s = sum("k", body);
        return Stream.of(
                Arguments.of("sum(k, x_k)", s),
                Arguments.of("sum_k x_k", s),
                Arguments.of("sum_{k=1}^{n} x_k", s),
                Arguments.of("sum_{k=1}^n x_k", s),
                Arguments.of("Σ_k x_k", s),
                Arguments.of("Σ_{k=1}^{n} x_k", s),
                Arguments.of("sum_{k} x_k", s),
                Arguments.of("Σ(k, x_k)", s),
                Arguments.of("sum_{k=0}^{m} x_k", new IndexSum("k", num(0), sym("m"), body)),
                Arguments.of("sum(k, 0, m, x_k)", new IndexSum("k", num(0), sym("m"), body)),
                Arguments.of("sum_k a_k b_k + c",
                        add(sum("k", mul(indexed("a", "k"), indexed("b", "k"))), C)),
                Arguments.of("-sum_i t_i*log(y_i)",
                        neg(sum("i", mul(indexed("t", "i"), log(indexed("y", "i")))))),
                Arguments.of("-sum_k t_k log(y_k)",
                        neg(sum("k", mul(indexed("t", "k"), log(indexed("y", "k")))))),
                Arguments.of("exp(z_i)/sum_k exp(z_k)",
                        div(exp(indexed("z", "i")), sum("k", exp(indexed("z", "k"))))),
                Arguments.of("sum_j W_ij*x_j + b_i",
                        add(sum("j", mul(indexed("W", "i", "j"), indexed("x", "j"))), indexed("b", "i"))),
                Arguments.of("sum_k a_k sum_j b_j c", sum("k", mul(indexed("a", "k"),
                        sum("j", mul(indexed("b", "j"), C))))),
                Arguments.of("2 sum_k x_k / 3 + 1", add(mul(num(2), sum("k", mul(indexed("x", "k"),
                        pow(num(3), -1)))), num(1))),
                Arguments.of("x_i + sum_k x_k x_i", add(indexed("x", "i"),
                        sum("k", mul(indexed("x", "k"), indexed("x", "i"))))));
    }

    static Stream<Arguments> deltas() {
        return Stream.of(
                Arguments.of("delta(i,j)", delta("i", "j")),
                Arguments.of("delta_ij", delta("i", "j")),
                Arguments.of("δ_ij", delta("i", "j")),
                Arguments.of("δ_{ij}", delta("i", "j")),
                Arguments.of("delta_{i,j}", delta("i", "j")),
                Arguments.of("δ(i, 1)", delta("i", "1")),
                Arguments.of("y_i(delta_ij - y_j)",
                        mul(indexed("y", "i"), sub(delta("i", "j"), indexed("y", "j")))));
    }

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("exp(x)", exp(X)),
                Arguments.of("ln(x)", log(X)),
                Arguments.of("log(x)", log(X)),
                Arguments.of("sqrt(x)", fn("sqrt", X)),
                Arguments.of("tanh(x)", fn("tanh", X)),
                Arguments.of("sigmoid(x)", sigma(X)),
                Arguments.of("σ(x)", sigma(X)),
                Arguments.of("softplus(x)", fn("softplus", X)),
                Arguments.of("relu(x) + heaviside(x) + sign(x) + abs(x)",
                        add(fn("relu", X), fn("heaviside", X), fn("sign", X), fn("abs", X))),
                Arguments.of("sin(x)cos(x)", mul(fn("sin", X), fn("cos", X))),
                Arguments.of("L(y)", fn("L", sym("y"))),
                Arguments.of("f(x, z)", fn("f", X, sym("z"))),
                Arguments.of("f'(x)", fn("f'", X)),
                Arguments.of("g''(x)", fn("g''", X)),
                Arguments.of("α(x)", fn("alpha", X)),
                Arguments.of("softmax(z)_i", div(exp(indexed("z", "i")), sum("k", exp(indexed("z", "k"))))),
                Arguments.of("softmax(z)_k", div(exp(indexed("z", "k")), sum("m", exp(indexed("z", "m"))))),
                Arguments.of("logsumexp(z)", log(sum("k", exp(indexed("z", "k"))))),
                Arguments.of("diff(x^2, x)", new Derivative(pow(X, num(2)), X)),
                Arguments.of("diff(L(y), y_k)", new Derivative(fn("L", sym("y")), indexed("y", "k"))),
                Arguments.of("diff(sigma(x), x, 2)", new Derivative(new Derivative(sigma(X), X), X)),
                Arguments.of("exp(\n  x)", exp(X)));
    }

    /** SPEC §9: a known function applies without parentheses to the following factor, as books write it. */
    static Stream<Arguments> functionsWithoutParentheses() {
        Expr y = sym("y");
        return Stream.of(
                Arguments.of("ln x", log(X)),
                Arguments.of("log y_i", log(indexed("y", "i"))),
                Arguments.of("exp x", exp(X)),
                Arguments.of("tanh z", fn("tanh", sym("z"))),
                Arguments.of("ln x y", mul(log(X), y)),
                Arguments.of("2 ln x - y", sub(mul(num(2), log(X)), y)),
                Arguments.of("ln x^2", log(pow(X, num(2)))),
                Arguments.of("exp -x", exp(neg(X))),
                Arguments.of("log sigmoid x", log(sigma(X))),
                Arguments.of("log exp x", log(exp(X))),
                Arguments.of("sin^2 x", pow(fn("sin", X), num(2))),
                Arguments.of("log sum_k exp z_k + c",
                        add(log(sum("k", exp(indexed("z", "k")))), C)),
                Arguments.of("sqrt x + 1", add(fn("sqrt", X), num(1))),
                Arguments.of("sigma (x - y)", sigma(sub(X, y))),
                Arguments.of("sigma x", mul(sym("sigma"), X)),
                Arguments.of("x_ln", indexed("x", "l", "n")));
    }

    /** Unicode output reads back (SPEC §9). */
    static Stream<Arguments> unicode() {
        Expr y = sym("y");
        return Stream.of(
                Arguments.of("x²", pow(X, num(2))),
                Arguments.of("x⁻¹", pow(X, num(-1))),
                Arguments.of("x¹⁰", pow(X, num(10))),
                Arguments.of("W⁽¹⁾_ij", indexed("W^(1)", "i", "j")),
                Arguments.of("√x y", mul(fn("sqrt", X), y)),
                Arguments.of("√(x + 1)", fn("sqrt", add(X, num(1)))),
                Arguments.of("|x − y|", fn("abs", sub(X, y))),
                Arguments.of("|a| |b|", mul(fn("abs", A), fn("abs", B))),
                Arguments.of("ŷ", sym("yhat")),
                Arguments.of("θ̂", sym("thetahat")),
                Arguments.of("θ1", sym("theta1")),
                Arguments.of("ŷ_i", indexed("yhat", "i")),
                Arguments.of("∑_k x_k", sum("k", indexed("x", "k"))),
                Arguments.of("δ_1j", delta("1", "j")),
                Arguments.of("2·3", mul(num(2), num(3))),
                Arguments.of("∂y_i/∂x_j", new Derivative(indexed("y", "i"), indexed("x", "j"))),
                Arguments.of("∂L/∂y_k", new Derivative(fn("L", y), indexed("y", "k"))),
                Arguments.of("∂f'/∂x", new Derivative(fn("f'", X), X)),
                Arguments.of("∂/∂x (x y)", new Derivative(mul(X, y), X)),
                Arguments.of("∂/∂x σ(x)", new Derivative(sigma(X), X)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"numbersAndSymbols", "indices", "operators", "implicitMultiplication", "sums", "deltas",
        "functions", "functionsWithoutParentheses", "unicode"})
    void parsesSpellingToExpectedTree(String input, Expr expected) {
        assertEquals(expected, Parser.parseExpression(input));
        assertEquals(expected, Parser.parseExpression(input, PredictionMode.LL), "full LL agrees");
    }
}
