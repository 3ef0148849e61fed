package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * No result of a derivative, first or second, with steps or without, holds a product with the same factor twice
 * ({@code b·b·x σ(bx)…}, or {@code x·x²}): a textbook collects it into a power. Over seeded random expressions and
 * the shape where the product rule meets the chain rule inside a product, {@code u·f(v·w)}, whose second
 * derivative's product-rule sum was written term by term without collecting the powers ({@link ProductRuleSums}).
 */
class RepeatedFactorsPropertyTest {
    private static final int EXPRESSIONS = 600;
    private static final List<String> FUNCTIONS = List.of("sigma", "tanh", "exp", "softplus", "sin", "log");

    @Test
    void noDerivativeHoldsAProductWithTheSameFactorTwice() {
        RandomExprs gen = new RandomExprs(4_404L);
        List<String> found = new ArrayList<>();
        int derived = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = i % 3 == 0 ? gen.next(1 + i % 4) : scaledActivation(gen, new Random(i));
            Expr x = Exprs.sym(RandomExprs.VARIABLES.get(i % 3));
            List<Expr> results = new ArrayList<>();
            try {
                results.add(Deriver.plain().derivative(e, x, 1 + i % 2));
                if (i % 10 == 1) {
                    List<Derivation> steps = Deriver.plain().orders(e, x, 2, true);
                    results.add(steps.get(steps.size() - 1).result());
                }
            } catch (SymgradException ex) {
                continue; // a limit: nothing printed
            }
            derived++;
            for (Expr d : results) {
                Exprs.any(d, t -> {
                    if (t instanceof Mul m && repeats(m)) {
                        found.add(Printer.ascii(e) + " -> " + Printer.ascii(d) + " holds " + Printer.ascii(m));
                        return true;
                    }
                    return false;
                });
            }
        }
        assertTrue(derived > EXPRESSIONS * 9 / 10, "only " + derived + " derived");
        assertTrue(found.isEmpty(), () -> String.join("\n", found));
    }

    @Test
    void theSecondDerivativeOfAScaledSigmoidSquaresTheScale() {
        Expr e = Parser.parseExpression("x*sigma(b*x)");
        Expr x = Exprs.sym("x");
        String expected = "2*b*sigma(b*x)*(1 - sigma(b*x)) + x*b^2*sigma(b*x)*(1 - 2*sigma(b*x))*(1 - sigma(b*x))";
        assertEquals(expected, Printer.ascii(Deriver.plain().derivative(e, x, 2)));
        List<Derivation> steps = Deriver.plain().orders(e, x, 2, true);
        assertEquals(expected, Printer.ascii(steps.get(1).result()));
        String latex = Printer.latex(steps.get(1).result());
        assertTrue(latex.contains("b^2") && !latex.contains("b b"), latex);
    }

    /** {@code u·f(v·w)}, alone or beside another random term, with {@code u, v, w} leaves. */
    private static Expr scaledActivation(RandomExprs gen, Random r) {
        String f = FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
        Expr inner = Exprs.mul(gen.leaf(), gen.leaf());
        Expr arg = f.equals("log") ? Exprs.add(Exprs.ONE, Exprs.pow(inner, 2)) : inner;
        Expr e = Exprs.mul(gen.leaf(), Exprs.fn(f, arg));
        return r.nextBoolean() ? e : Exprs.add(e, gen.next(1));
    }

    /** Whether two factors of {@code m} other than numbers have one base ({@code b, b} or {@code x, x²}). */
    private static boolean repeats(Mul m) {
        List<Expr> f = m.factors();
        for (int a = 0; a < f.size(); a++) {
            for (int b = a + 1; b < f.size(); b++) {
                if (!(f.get(a) instanceof Num) && base(f.get(a)).equals(base(f.get(b)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Expr base(Expr f) {
        return f instanceof Pow p && p.exponent() instanceof Num ? p.base() : f;
    }
}
