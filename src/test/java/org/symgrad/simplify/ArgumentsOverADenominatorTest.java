package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A sum the input wrote term by term that the normal form puts over one denominator is printed as written where it
 * reads shorter: a function's argument over a name ({@link WrittenTermOrder}), {@code log(1 + y²/ν)} as Student t's log
 * density writes it (was: {@code log((ν + y²)/ν)}), and a name times a fraction beside a number, {@code x/2 − 1}, as
 * {@code p − 1/2} was ({@link WrittenFractionSums}; was: {@code −a(2 − x)/2} for {@code a(x/2 − 1)}). Each result reads
 * back from its ASCII and its Unicode print to itself.
 */
class ArgumentsOverADenominatorTest {
    @Test
    void anArgumentWrittenTermByTermOverANameStaysSo() {
        assertSimplifies("log(1 + y^2/nu)", "log(1 + y^2/nu)");
        assertSimplifies("exp(1 + x/a)", "exp(1 + x/a)");
        assertSimplifies("log(1 + y/(2*nu))", "log(1 + y/(2*nu))");
        // the argument as written, the log apart from the fraction as the product rule gives it (NumeratorsDivided;
        // was ((nu + y^2)*log(1 + y^2/nu) - y^2)/(nu + y^2))
        assertDerivativeBothPaths("nu*log(1 + y^2/nu)", "nu", "log(1 + y^2/nu) - y^2/(nu + y^2)");
        // the grouping the normal form prints where it reads shorter stays: tanh((x + y)/2)
        assertSimplifies("tanh(x/2 + y/2)", "tanh((x + y)/2)");
    }

    @Test
    void aNameTimesAFractionBesideANumberIsWrittenAsTheInputWroteIt() {
        assertSimplifies("a*(x/2 - 1)", "a*(x/2 - 1)");
        assertDerivativeBothPaths("a*(x/2 - 1)^2", "x", "a*(x/2 - 1)");
        // the sum a simplify is asked about is put over its number, as before
        assertSimplifies("x/2 - 1", "(x - 2)/2");
    }

    @Test
    void eachReadsBackToItself() {
        for (String input : List.of("log(1 + y^2/nu)", "a*(x/2 - 1)", "exp(1 + x/a)*x", "log(1 + y/(2*nu))")) {
            Expr once = Simplifier.simplifyPlain(Parser.parseExpression(input));
            assertEquals(once, Simplifier.simplifyPlain(Parser.parseExpression(Printer.ascii(once))), input);
            assertEquals(once, Simplifier.simplifyPlain(Parser.parseExpression(Printer.unicode(once))), input + " in Unicode");
        }
    }
}
