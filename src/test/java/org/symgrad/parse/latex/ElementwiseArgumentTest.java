package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;

/** A vector written as an expression of vectors and scalars reads component by component, one vector per product. */
class ElementwiseArgumentTest {
    private static final Expr X = Exprs.sym("x");
    private static final Expr Y = Exprs.sym("y");
    private static final Expr C = Exprs.sym("c");
    private static final Set<String> VECTORS = Set.of("x", "y");

    private static Optional<Expr> at(Expr argument) {
        return ElementwiseArgument.component(argument, "k", VECTORS::contains);
    }

    private static Expr xk() {
        return new Indexed("x", List.of("k"));
    }

    @Test
    void sumsScalarMultiplesPowersAndFunctionsOfOneVectorReadComponentWise() {
        assertEquals(Optional.of(Exprs.add(xk(), C)), at(Exprs.add(X, C)));
        assertEquals(Optional.of(Exprs.mul(Exprs.num(2), xk())), at(Exprs.mul(Exprs.num(2), X)));
        assertEquals(Optional.of(Exprs.pow(xk(), 2)), at(Exprs.pow(X, 2)));
        assertEquals(Optional.of(Exprs.exp(Exprs.add(xk(), new Indexed("y", List.of("k"))))), at(Exprs.exp(Exprs.add(X, Y))));
    }

    @Test
    void productsOfVectorsExponentsAndScalarsAloneDoNot() {
        assertEquals(Optional.empty(), at(Exprs.mul(X, Y))); // W x, x y: no component-wise product
        assertEquals(Optional.empty(), at(Exprs.pow(C, X))); // a vector in an exponent
        assertEquals(Optional.empty(), at(Exprs.add(C, Exprs.num(1)))); // no vector at all
        assertEquals(Optional.empty(), at(Exprs.sum("j", new Indexed("x", List.of("j"))))); // already a scalar of x
    }

    private static final Expr W = Exprs.sym("W");
    private static final Expr V = Exprs.sym("V");
    private static final ArgumentNames WITH_MATRICES = new ArgumentNames(Set.of("x", "y", "b", "W")::contains,
            Set.of("W", "V")::contains);

    private static Optional<Expr> withMatrices(Expr argument) {
        return ElementwiseArgument.component(argument, "k", WITH_MATRICES, Set.of("m"));
    }

    private static Expr at(String name, String... indices) {
        return new Indexed(name, List.of(indices));
    }

    @Test
    void aMatrixTimesAVectorIsItsRowAgainstTheVector() {
        // (W x + b)_k = Σ_p W_kp x_p + b_k, the sum over an index outside those to avoid (m) and the component's (k)
        assertEquals(Optional.of(Exprs.add(Exprs.sum("p", Exprs.mul(at("W", "k", "p"), at("x", "p"))), at("b", "k"))),
                withMatrices(Exprs.add(Exprs.mul(W, X), Exprs.sym("b"))));
        // 2 W (x + y): the scalar stays, the vector expression is taken at the summed index
        assertEquals(Optional.of(Exprs.sum("p", Exprs.mul(Exprs.num(2), at("W", "k", "p"),
                        Exprs.add(at("x", "p"), at("y", "p"))))),
                withMatrices(Exprs.mul(Exprs.num(2), W, Exprs.add(X, Y))));
        // W x inside a known function of the component: tanh((Wx)_k)
        assertEquals(Optional.of(Exprs.fn("tanh", Exprs.sum("p", Exprs.mul(at("W", "k", "p"), at("x", "p"))))),
                withMatrices(Exprs.fn("tanh", Exprs.mul(W, X))));
    }

    @Test
    void twoMatricesAMatrixAloneAScalarBesideAProductOrAnUnknownFactorStayUnread() {
        assertEquals(Optional.empty(), withMatrices(Exprs.mul(W, V, X))); // W V x: the order of two matrices is lost
        assertEquals(Optional.empty(), withMatrices(Exprs.add(W, X))); // a matrix plus a vector
        assertEquals(Optional.empty(), withMatrices(Exprs.add(Exprs.mul(W, X), C))); // W x + c: c a scalar or a vector?
        assertEquals(Optional.empty(), withMatrices(Exprs.mul(W, C))); // no vector for W to act on
        assertEquals(Optional.empty(), withMatrices(Exprs.mul(W, X, Y))); // W x y: two vectors
        assertEquals(Optional.empty(), withMatrices(Exprs.pow(X, W))); // a matrix in an exponent
    }
}
