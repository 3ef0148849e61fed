package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * The exponentials the input wrote are kept ({@link WrittenExponentials}): XGBoost's Tweedie
 * gradient {@code −y·exp((1 − ρ)p) + exp((2 − ρ)p)}, not {@code exp(p(1 − ρ))(exp(p) − y)},
 * whose {@code exp(p)} the input never wrote; a result whose exps the input all wrote is left as
 * it is.
 */
class WrittenExponentialsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void theTweedieGradientAndHessianKeepTheirExponentials() {
        // tweedie.sg:7 and :10, dmlc/xgboost tweedie_obj.h
        String loss = "-y*exp((1 - rho)*p)/(1 - rho) + exp((2 - rho)*p)/(2 - rho)";
        // (2 - rho)*p as the input and the source write it (the display order printed p*(2 - rho))
        assertEquals("exp((2 - rho)*p) - y*exp((1 - rho)*p)", derived(loss, "p"));
        assertEquals("exp((2 - rho)*p)*(2 - rho) - y*exp((1 - rho)*p)*(1 - rho)", derived("diff(" + loss + ", p)", "p"));
        assertEquals("exp(p*(2 - r)) - y*exp(p*(1 - r))", simplified("exp((2 - r)*p) - y*exp((1 - r)*p)"));
    }

    @Test
    void exponentialsTheInputWroteStayFactored() {
        assertEquals("exp(x)*(y + exp(x))", simplified("exp(2*x) + y*exp(x)"));
        assertEquals("exp(x*(a + b))", simplified("exp(a*x)*exp(b*x)"));
        // the Gaussian's slope as the books print it, −(x − μ)/σ²·N(x), the square's minus in front (WrittenSquares)
        assertEquals("-exp(-(x - mu)^2/(2*s^2))*(x - mu)/s^2", derived("exp(-(x - mu)^2/(2*s^2))", "x"));
    }

    /** Exps in a sum, a denominator, anywhere: each product of them is the one exp the input wrote. */
    @Test
    void exponentialsInsideASumAreTheOnesTheInputWrote() {
        // seed 000, eq. (7): ŷ_i = e^{W_ij X_j + b_i}/(C + e^{W_ij X_j + b_i})
        org.symgrad.testing.CheckedDerivatives.assertDerivative("exp(W_ij*X_j + b_i)/(C + exp(W_ij*X_j + b_i))", "W_ij",
                "C*X_j*exp(W_{ij}*X_j + b_i)/(C + exp(W_{ij}*X_j + b_i))^2");
        // the exp's argument in the order the input wrote its terms (WrittenTermOrder)
        org.symgrad.testing.CheckedDerivatives.assertDerivative("1/(C + exp(w*x + b))", "w", "-x*exp(w*x + b)/(C + exp(w*x + b))^2");
        assertEquals("exp(w*x + b)/(C + exp(w*x + b))", simplified("exp(w*x + b)/(C + exp(w*x + b))"));
        // exps the input did not write as one stay apart
        assertEquals("exp(a)*exp(b)/(C + exp(a)*exp(b))", simplified("exp(a)*exp(b)/(C + exp(a)*exp(b))"));
    }

    /** One term's exps multiplied back into the one the input wrote, spelled as it spelled a square of a difference. */
    @Test
    void aTermsExponentialsBecomeTheOneTheInputWrote() {
        assertEquals("exp(x - mu)", derived("exp(x - mu)", "x"));
        // the argument's terms in the order the input wrote them (WrittenTermOrder)
        assertEquals("X_j*exp(b_i + W_{ij}*X_j)", derived("exp(b_i + W_ij*X_j)", "W_ij"));
        // the square's minus stays in front with the difference as written (WrittenSquares): −(x − μ)φ(x)
        assertEquals("-exp(-(x - mu)^2/2)*(x - mu)", derived("exp(-(x - mu)^2/2)", "x"));
        // exps the input wrote apart stay apart
        assertEquals("exp(x_i)*exp(x_j)", simplified("exp(x_i)*exp(x_j)"));
        for (String input : new String[] {"exp(x - mu)", "exp(-(x - mu)^2/2)", "x*exp(2 - x)", "exp(-(a*x - b)^2)*y"}) {
            Expr e = Parser.parseExpression(input);
            Expr d = Symgrad.derive(e, Parser.parseExpression("x")).result();
            org.symgrad.testing.EveryIndexAssignment.assertSameEverywhere(input,
                    new org.symgrad.expr.Derivative(e, Parser.parseExpression("x")), d, org.symgrad.eval.Environment::random);
        }
    }

    /**
     * Sums of exps of two multiples of a generated argument: the result keeps its value, simplifies
     * to itself, and where it is written term by term each term's exp is one the input wrote.
     */
    @Test
    void sumsOfExponentialsKeepTheirValueAndTheirWrittenExps() {
        RandomExprs random = new RandomExprs(977);
        int compared = 0;
        int split = 0;
        for (int trial = 0; trial < 120; trial++) {
            Expr u = random.next(1);
            Expr a = Exprs.mul(Exprs.add(Exprs.num(1 + trial % 3), Exprs.neg(Exprs.sym("r"))), u);
            Expr b = Exprs.mul(Exprs.add(Exprs.num(trial % 2), Exprs.neg(Exprs.sym("r"))), u);
            Expr e = Exprs.add(Exprs.mul(random.next(1), Exprs.exp(a)), Exprs.mul(random.next(1), Exprs.exp(b)));
            compared += SimplifiedValues.compared(e, 7, trial);
            Expr out;
            try {
                out = Simplifier.simplifyPlain(e);
            } catch (org.symgrad.error.SymgradException limit) {
                continue;
            }
            if (out instanceof org.symgrad.expr.Add) {
                split++;
            }
        }
        assertTrue(compared > 150, compared + " points compared");
        assertTrue(split > 40, split + " results written term by term");
    }
}
