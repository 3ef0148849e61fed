package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.diff.Differentiator;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.simplify.Simplifier;

/**
 * Unicode output pastes back as input (SPEC §9): random expressions printed with the Unicode
 * printer parse back to the same normal form and the same value — raw expressions of every node
 * kind ({@code √}, {@code |u|}, superscript powers, {@code Σ}, {@code δ}, {@code ∂}, Greek and
 * hatted names, layer labels), their simplified forms, and their simplified derivatives, which
 * hold the derivative notation {@code ∂L/∂y_k} that results print.
 */
class UnicodeRoundTripTest {
    private static final int EXPRESSIONS = 400;

    @Test
    void scalarExpressionsReadBackToTheSameNormalForm() {
        org.symgrad.testing.RandomExprs gen = new org.symgrad.testing.RandomExprs(61L);
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(4);
            assertReadsBack(e);
            Expr simplified = Simplifier.simplifyPlain(e);
            assertReadsBack(simplified);
            assertReadsBack(Simplifier.simplifyPlain(Differentiator.diff(e, new Sym("x"))));
            Environment env = Environment.random(i, 3);
            double a = Evaluator.evaluate(e, env);
            double b = Evaluator.evaluate(Parser.parseExpression(Printer.unicode(e)), env);
            if (Double.isFinite(a) && Double.isFinite(b) && Math.abs(a) < 1e6) {
                assertTrue(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)),
                        () -> Printer.unicode(e) + " reads back to another value: " + a + " vs " + b);
            }
        }
    }

    @Test
    void indexedExpressionsReadBackToTheSameNormalForm() {
        org.symgrad.testing.RandomExprs gen = new org.symgrad.testing.RandomExprs(67L);
        List<Set<String>> shapes = List.of(Set.of(), Set.of("i"), new LinkedHashSet<>(List.of("i", "j")));
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.nextIndexed(shapes.get(i % shapes.size()), 3);
            assertReadsBack(e);
            assertReadsBack(Simplifier.simplifyPlain(e));
        }
    }

    /** Wherever the ASCII form reads back (the reference notation), the Unicode form does too. */
    @Test
    void expressionsOfEveryNodeKindReadBackToTheSameNormalForm() {
        RandomExprs gen = new RandomExprs(71L);
        int compared = 0;
        for (int i = 0; i < 3 * EXPRESSIONS; i++) {
            Expr e = gen.next(3);
            if (derivativeOfAnotherSymbol(e)) {
                // ∂β/∂ŷ of an undefined β reads as the abstract β(ŷ) (the derivative of a constant
                // is never what is meant), and ∂L/∂W_kl of an abstract L(y, z) as L(W): a textbook
                // writes the derivative without the arguments, and so does symgrad
                continue;
            }
            try {
                if (!Simplifier.simplifyPlain(Parser.parseExpression(Printer.ascii(e))).equals(Simplifier.simplifyPlain(e))) {
                    continue; // a lone index k2 reads as k, 2 in any notation (SPEC §2)
                }
            } catch (RuntimeException notInTheLanguage) {
                // terms with different free indices, a division by a literal zero: the generator
                // builds trees the language cannot write, and their ASCII does not read either
                continue;
            }
            assertReadsBack(e);
            compared++;
        }
        assertTrue(compared >= EXPRESSIONS, compared + " compared");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            x²                      => x^2
            x⁻¹                     => 1/x
            W⁽¹⁾_ij                 => W^{(1)}_{ij}
            √(x + 1) y              => y*sqrt(x + 1)
            |x − y|                 => abs(x - y)
            ŷ θ̂ θ1                  => yhat*thetahat*theta1
            ∑_k x_k                 => sum(k, x_k)
            Σ_{k=1}^{m} x_k         => sum_{k=1}^{m} x_k
            δ_ij y_j                => delta(i,j)*y_j
            ∂L/∂y_k · x_l           => x_l*diff(L(y), y_k)
            ∂/∂x (x y)              => diff(x*y, x)
            y (1 − y)               => y*(1 - y)
            σ·(x + 1)               => sigma*(x + 1)
            σ(x)(1 − σ(x))          => sigma(x)*(1 - sigma(x))
            2·3x                    => 6*x
            """)
    void unicodeSpellingsRead(String unicode, String ascii) {
        assertEquals(Simplifier.simplifyPlain(Parser.parseExpression(ascii)),
                Simplifier.simplifyPlain(Parser.parseExpression(unicode)), unicode);
    }

    private static boolean derivativeOfAnotherSymbol(Expr e) {
        if (e instanceof Derivative d && d.of() instanceof Sym s && !s.equals(d.wrt())) {
            return true;
        }
        if (e instanceof Derivative d && d.of() instanceof Fn f && !FunctionRegistry.isKnown(f.name())
                && !(f.args().size() == 1 && (f.arg().equals(d.wrt())
                        || d.wrt() instanceof Indexed w && f.arg().equals(new Sym(w.name()))))) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(UnicodeRoundTripTest::derivativeOfAnotherSymbol);
    }

    private static void assertReadsBack(Expr e) {
        String text = Printer.unicode(e);
        Expr back;
        try {
            back = Parser.parseExpression(text);
        } catch (RuntimeException ex) {
            throw new AssertionError("Unicode output does not parse: " + text + " (" + ex.getMessage() + ")", ex);
        }
        assertEquals(Simplifier.simplifyPlain(e), Simplifier.simplifyPlain(back),
                () -> "reads back to another normal form: " + text + " -> " + Printer.unicode(back));
    }
}
