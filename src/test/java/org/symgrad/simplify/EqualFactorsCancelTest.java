package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * A quotient of two equal factors cancels: {@code u/u} is 1, and no product of a result holds a sum and a
 * negative power of that sum. The product rule's sum written as the input wrote it ({@link ProductRuleSums}) cancels
 * the bar in the term the rest of the bracket makes: {@code 1 + b(uL − x)/u}, not {@code u/u + b(uL − x)/u} (fuzz
 * seed 39 case 3965: {@code (1 + tanh(a)^2)/(1 + tanh(a)^2) + …}).
 */
class EqualFactorsCancelTest {
    private static Expr simplified(Expr e) {
        return Simplifier.simplifyPlain(e);
    }

    @Test
    void theFuzzCase() {
        assertEquals("1 + b*(L*t + L - x)/(1 + t)",
                Printer.ascii(simplified(Parser.parseExpression("1 + b*((1 + t)*L - x)/(1 + t)"))));
        assertEquals("1 + b*c*((1 + tanh(a)^2)*log(1 + tanh(a)^2) - x*tanh(a)*(1 - tanh(a)^2))/(1 + tanh(a)^2)",
                Printer.ascii(simplified(Parser.parseExpression(
                        "1 + b*c*((1 + tanh(a)^2)*log(1 + tanh(a)^2) - x*tanh(a)*(1 - tanh(a)^2))/(1 + tanh(a)^2)"))));
    }

    @Test
    void aRandomSumOverItselfIsOneAndNoProductKeepsBoth() {
        RandomExprs random = new RandomExprs(3965);
        Expr b = Exprs.sym("y");
        Expr l = Exprs.sym("z");
        Expr x = Exprs.sym("x");
        int sums = 0;
        int compared = 0;
        for (int trial = 0; trial < 120; trial++) {
            // a sum that is not zero: 1 + v² for a random v, or a random sum with 2 added
            Expr v = random.next(1 + trial % 3);
            Expr u = trial % 2 == 0 ? Exprs.add(Exprs.ONE, Exprs.pow(v, 2)) : Exprs.add(Exprs.num(2), Exprs.pow(v, 2), v);
            List<Expr> inputs = new ArrayList<>();
            inputs.add(Exprs.div(u, u));
            inputs.add(Exprs.add(Exprs.ONE, Exprs.div(Exprs.mul(b, Exprs.sub(Exprs.mul(u, l), x)), u)));
            inputs.add(Exprs.add(x, Exprs.div(Exprs.mul(b, Exprs.sub(Exprs.mul(u, Exprs.fn("log", u)), x)), u)));
            for (int k = 0; k < inputs.size(); k++) {
                Expr in = inputs.get(k);
                Expr out;
                try {
                    out = simplified(in);
                } catch (SymgradException limit) {
                    continue;
                }
                if (k == 0) {
                    assertEquals("1", Printer.ascii(out), Printer.ascii(in));
                }
                Expr kept = bothKept(out);
                if (kept != null) {
                    fail(Printer.ascii(in) + " gave " + Printer.ascii(out) + ", which keeps " + Printer.ascii(kept) + " over itself");
                }
                sums++;
                if (k > 0 && trial % 4 == 0) {
                    compared += SimplifiedValues.compared(in, 40, trial);
                }
            }
        }
        assertTrue(sums > 300, sums + " inputs");
        assertTrue(compared > 20, compared + " points compared");
    }

    /** A sum that some product of {@code e} holds both as a factor and as a negative power, or null. */
    private static Expr bothKept(Expr e) {
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                if (f instanceof Pow p && p.base() instanceof Add && p.exponent() instanceof Num k && k.value().signum() < 0
                        && m.factors().stream().anyMatch(g -> g.equals(p.base())
                                || g instanceof Pow q && q.base().equals(p.base()) && q.exponent() instanceof Num j
                                        && j.value().signum() > 0)) {
                    return p.base();
                }
            }
        }
        for (Expr c : Exprs.children(e)) {
            Expr kept = bothKept(c);
            if (kept != null) {
                return kept;
            }
        }
        return null;
    }
}
