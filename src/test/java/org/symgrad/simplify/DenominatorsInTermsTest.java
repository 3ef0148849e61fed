package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.run.Outcome;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * A fraction whose terms all divide by one part of its denominator and only some by the rest is
 * written over that part, the rest in the terms ({@link DenominatorsInTerms}, {@code denominator-into-terms}).
 */
class DenominatorsInTermsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    @Test
    void theRmsNormBackwardPassIsWrittenOverTheRoot() {
        // rms-norm.sg:8, veitner.bearblog.dev: (1/r)(dL/dy_i w_i − x̂_i (1/N) Σ_j dL/dy_j w_j x̂_j)
        List<Outcome> out = Symgrad.run("let r = sqrt(mean(k, x_k^2) + eps)\nlet xhat_i = x_i/r\nlet y_i = g_i*xhat_i\n"
                + "derive sum_i G_i*y_i wrt x_j\n");
        Outcome.Derived d = (Outcome.Derived) out.get(out.size() - 1);
        assertEquals("(G_j*g_j - xhat_j*sum(i, G_i*g_i*xhat_i)/n)/r", Printer.ascii(d.derivation().result()));
    }

    @Test
    void theSharedPartStaysBelowTheBarAndTheRestGoesIntoTheTermsThatKeepIt() {
        assertEquals("(a*b - c*d/n)/r", simplified("(n*a*b - c*d)/(n*r)"));
        TraceRecorder trace = new TraceRecorder();
        Simplifier.plain().simplify(Parser.parseExpression("(n*a*b - c*d)/(n*r)"), trace);
        assertTrue(trace.fired().contains(DenominatorsInTerms.DENOMINATOR_INTO_TERMS), trace.fired().toString());
    }

    @Test
    void aPartKeptInSomeTermsOnlyOrANumeratorThatIsStillASumStays() {
        // the quotient rule's (2gD − 4pS)/D²: the terms divide by D and by D², nothing whole is shared
        assertEquals("2*(D*g - 2*S*p)/D^2", simplified("(2*g*D - 4*p*S)/D^2"));
        // CS231n's batch-norm form: two terms keep n, as a sum
        assertEquals("(a*n - b - c*d)/(n*r)", simplified("(n*a - b - c*d)/(n*r)"));
    }

    /** Generated fractions (n·A − B)/(n·R): the value is kept and the result is a fixed point. */
    @Test
    void writtenOverTheSharedPartKeepsTheValueAndIsAFixedPoint() {
        RandomExprs gen = new RandomExprs(6_161L);
        Random random = new Random(9L);
        int compared = 0;
        for (int t = 0; t < 120; t++) {
            Expr a = Exprs.mul(gen.leaf(), gen.leaf());
            Expr b = Exprs.mul(gen.leaf(), gen.next(1));
            Expr n = Exprs.add(Exprs.num(2 + random.nextInt(3)), Exprs.pow(gen.leaf(), 2));
            Expr r = Exprs.add(Exprs.num(1), Exprs.pow(gen.leaf(), 2));
            Expr e = Exprs.div(Exprs.sub(Exprs.mul(n, a), b), Exprs.mul(n, random.nextBoolean() ? r : Exprs.pow(r, 2)));
            compared += SimplifiedValues.compared(e, 17, t);
        }
        assertTrue(compared > 150, "only " + compared + " usable points");
    }
}
