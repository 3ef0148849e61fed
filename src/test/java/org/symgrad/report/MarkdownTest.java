package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.expr.Exprs.mul;
import static org.symgrad.expr.Exprs.num;
import static org.symgrad.expr.Exprs.sigma;
import static org.symgrad.expr.Exprs.sub;
import static org.symgrad.expr.Exprs.sym;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;

class MarkdownTest {
    private static final Expr DSIGMA = mul(sigma(sym("x")), sub(num(1), sigma(sym("x"))));

    @Test
    void displayMathIsADollarBlockOnItsOwnLines() {
        assertEquals("$$\n\\sigma(x) (1 - \\sigma(x))\n$$\n", Markdown.display(DSIGMA));
    }

    @Test
    void inlineMath() {
        assertEquals("$\\sigma(x) (1 - \\sigma(x))$", Markdown.inline(DSIGMA));
    }
}
