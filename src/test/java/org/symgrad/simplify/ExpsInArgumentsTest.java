package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedSimplifications.assertSimplifies;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * The exps a function's argument writes stay together ({@link WrittenExponentials}): the exp law splits
 * {@code exp(x − y)} into {@code exp(x)/exp(y)}, and the argument's normal form, one fraction, read
 * {@code log(exp(−y)(4exp(x) + 5exp(y))/4)} for the input's {@code log(exp(x − y) + 5/4)} — two exps no one
 * wrote inside a log. The argument is written term by term with the exps the input wrote, as a result is.
 */
class ExpsInArgumentsTest {
    @Test
    void aLogOfAnExpPlusANumberKeepsItsExp() {
        // was log(exp(-y)*(4*exp(x) + 5*exp(y))/4)
        assertSimplifies("log(exp(x - y) + 5/4)", "log(exp(x - y) + 5/4)");
        // other names, a coefficient, a symbol for the constant: was log(exp(-2*b)*(c*exp(2*b) + 3*exp(a)))
        assertSimplifies("log(3*exp(a - 2*b) + c)", "log(3*exp(a - 2*b) + c)");
        // an indexed name: was log(exp(-m)*(exp(m) + 2*exp(x_i))/2)
        assertSimplifies("log(exp(x_i - m) + 1/2)", "log(exp(x_i - m) + 1/2)");
    }

    @Test
    void anyFunctionsArgumentAndAnArgumentInsideATerm() {
        // was tanh(exp(-y)*(4*exp(x) + 5*exp(y))/4)
        assertSimplifies("tanh(exp(x - y) + 5/4)", "tanh(exp(x - y) + 5/4)");
        // was w*log(exp(-v)*(exp(u) + 2*exp(v))) + exp(u)
        assertSimplifies("w*log(exp(u - v) + 2) + exp(u)", "w*log(exp(u - v) + 2) + exp(u)");
    }

    @Test
    void whatStays() {
        // exps the input wrote apart stay apart
        assertSimplifies("log(exp(a) + exp(b))", "log(exp(a) + exp(b))");
        // σ and softplus of a composite argument are still recognised
        assertSimplifies("log(1 + exp(x - y))", "softplus(x - y)");
        // a root is a power, not a function application: its base is the normal form's (exp(x − y) + 2)
        assertSimplifies("sqrt(exp(x - y) + 2)", "(exp(x - y) + 2)^(1/2)");
    }

    @Test
    void theFormIsAFixedPoint() {
        for (String input : new String[] {"log(exp(x - y) + 5/4)", "log(3*exp(a - 2*b) + c)", "tanh(exp(x - y) + 5/4)",
                "w*log(exp(u - v) + 2) + exp(u)"}) {
            Expr once = Simplifier.simplifyPlain(Parser.parseExpression(input));
            assertEquals(Printer.ascii(once), Printer.ascii(Simplifier.simplifyPlain(once)), input);
        }
    }
}
