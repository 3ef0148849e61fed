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
}
