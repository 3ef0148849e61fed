package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.parse.Parser;
import org.symgrad.print.AsciiTextForm;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/** Issue 12: {@code Expr.toString()} is the ASCII form, not a debug dump. */
class ExprToStringTest {
    @Test
    void toStringIsTheAsciiFormOfEveryNode() {
        RandomExprs gen = new RandomExprs(23);
        for (int n = 0; n < 300; n++) {
            Expr e = gen.next(4);
            assertEquals(Printer.ascii(e), e.toString());
            Expr indexed = gen.nextIndexed(Set.of("i", "j"), 3);
            assertEquals(Printer.ascii(indexed), indexed.toString());
        }
    }

    @Test
    void toStringParsesBackToTheSameExpression() {
        for (String text : List.of("-(y*log(sigma(o)) + (1-y)*log(1-sigma(o)))", "beta*y_i*(delta(i,j) - y_j)",
                "sum(k, W_{kl}*x_k) / 4", "diff(L(y), y_k)*x_l", "exp(x)^(1/2) - 3/4", "x_12 + W_{1,2}",
                "sum_{k=1}^{n} exp(z_k)")) {
            Expr e = Parser.parseExpression(text);
            assertEquals(e, Parser.parseExpression(e.toString()), text + " printed as " + e);
        }
    }

    @Test
    void eachNodeTypePrintsAsItIsWritten() {
        Sym x = new Sym("x");
        assertEquals("x", x.toString());
        assertEquals("-3/4", new Num(Rational.of(-3, 4)).toString());
        assertEquals("W_{kl}", new Indexed("W", List.of("k", "l")).toString());
        assertEquals("delta(i,j)", new Delta("i", "j").toString());
        assertEquals("x^2 + x", new Add(List.of(new Pow(x, new Num(Rational.of(2))), x)).toString());
        assertEquals("diff(f(x), x)", new Derivative(new Fn("f", List.of(x)), x).toString());
        assertEquals("the ASCII form in a message: x", "the ASCII form in a message: " + x);
    }

    @Test
    void thePrinterIsTheOneDeclaredTextFormService() {
        List<Class<?>> providers = ServiceLoader.load(TextForm.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();
        assertEquals(List.of(AsciiTextForm.class), providers);
    }
}
