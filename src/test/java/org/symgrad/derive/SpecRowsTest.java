package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.expr.Exprs.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.rewrite.Rule;
import org.symgrad.simplify.Rules;
import org.symgrad.simplify.Simplifier;

/** The indexed rows of SPEC §4, built without the parser. */
class SpecRowsTest {
    private static Expr softmax(String z, String i) {
        return div(exp(indexed(z, i)), sum("k", exp(indexed(z, "k"))));
    }

    private static Expr canonical(Expr e) {
        return Simplifier.simplifyPlain(e);
    }

    @Test
    void softmaxJacobian() {
        Definitions defs = Definitions.none().with(new Definition(indexed("y", "i"), softmax("x", "i")));
        Expr out = new Deriver(defs, List.of()).derivative(indexed("y", "i"), indexed("x", "j"));
        assertEquals(canonical(mul(indexed("y", "i"), sub(delta("i", "j"), indexed("y", "j")))), out);
    }

    @Test
    void softmaxJacobianWithTemperature() {
        Expr body = div(exp(mul(sym("beta"), indexed("x", "i"))), sum("k", exp(mul(sym("beta"), indexed("x", "k")))));
        Definitions defs = Definitions.none().with(new Definition(indexed("y", "i"), body));
        Expr out = new Deriver(defs, List.of()).derivative(indexed("y", "i"), indexed("x", "j"));
        assertEquals(canonical(mul(sym("beta"), indexed("y", "i"), sub(delta("i", "j"), indexed("y", "j")))), out);
    }

    @Test
    void crossEntropyThroughSoftmax() {
        Definitions defs = Definitions.none().with(new Definition(indexed("y", "i"), softmax("z", "i")));
        Rule normalised = Rules.assumption(sum("i", indexed("t", "i")), ONE);
        Expr e = neg(sum("i", mul(indexed("t", "i"), log(indexed("y", "i")))));
        Expr out = new Deriver(defs, List.of(normalised)).derivative(e, indexed("z", "j"));
        assertEquals(canonical(sub(indexed("y", "j"), indexed("t", "j"))), out);
    }

    @Test
    void logSoftmax() {
        Definitions defs = Definitions.none().with(new Definition(indexed("y", "i"), softmax("x", "i")));
        Expr out = new Deriver(defs, List.of()).derivative(log(indexed("y", "i")), indexed("x", "j"));
        assertEquals(canonical(sub(delta("i", "j"), indexed("y", "j"))), out);
    }

    @Test
    void linearLayer() {
        Expr body = add(sum("j", mul(indexed("W", "i", "j"), indexed("x", "j"))), indexed("b", "i"));
        Definitions defs = Definitions.none().with(new Definition(indexed("y", "i"), body));
        Deriver d = new Deriver(defs, List.of());
        assertEquals(canonical(mul(delta("i", "k"), indexed("x", "l"))),
                d.derivative(indexed("y", "i"), indexed("W", "k", "l")));
        Expr loss = fn("L", sym("y"));
        assertEquals(canonical(mul(new Derivative(loss, indexed("y", "k")), indexed("x", "l"))),
                d.derivative(loss, indexed("W", "k", "l")));
    }

    @Test
    void twoLayerNetwork() {
        Definitions defs = Definitions.none()
                .with(new Definition(indexed("z1", "u"), sum("v", mul(indexed("W", "u", "v"), indexed("x", "v")))))
                .with(new Definition(indexed("h", "u"), sigma(indexed("z1", "u"))))
                .with(new Definition(indexed("z2", "k"), sum("u", mul(indexed("V", "k", "u"), indexed("h", "u")))))
                .with(new Definition(indexed("y", "k"), softmax("z2", "k")));
        Rule normalised = Rules.assumption(sum("k", indexed("t", "k")), ONE);
        Expr e = neg(sum("k", mul(indexed("t", "k"), log(indexed("y", "k")))));
        Expr out = new Deriver(defs, List.of(normalised)).derivative(e, indexed("W", "a", "b"));
        Expr expected = mul(sum("k", mul(sub(indexed("y", "k"), indexed("t", "k")), indexed("V", "k", "a"))),
                indexed("h", "a"), sub(ONE, indexed("h", "a")), indexed("x", "b"));
        assertEquals(canonical(expected), out);
    }
}
