package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * No step of a derivation shows a first power ({@code -x^1*y^1*exp(…)}): the rewriting that
 * builds a factor's power writes the first power as the factor itself. Over the gallery, the
 * textbook corpus and the reach corpus, and the logistic loss that showed it.
 */
class FirstPowersTest {
    static List<String> firstPowers(String script, Derivation d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            Expr e = d.steps().get(i).expr();
            if (holdsFirstPower(e)) {
                out.add(script + " d" + Printer.ascii(d.of()) + "/d" + Printer.ascii(d.wrt()) + " step " + i + " ("
                        + d.steps().get(i).rule() + "): " + Printer.ascii(e));
            }
        }
        return out;
    }

    static boolean holdsFirstPower(Expr e) {
        return e instanceof Pow p && p.exponent() instanceof Num k && k.value().isOne()
                || Exprs.children(e).stream().anyMatch(FirstPowersTest::holdsFirstPower);
    }

    @Test
    void noStepOfTheCorporaShowsAFirstPower() throws IOException {
        assertEquals(List.of(), CorpusDerivations.findOverCorpora("first powers", FirstPowersTest::firstPowers).lines());
    }

    @Test
    void theLogisticLossCancelsWithoutFirstPowers() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression("log(1 + exp(-y*w*x))"), new Sym("w"));
        assertEquals(List.of(), firstPowers("logistic", d));
        assertEquals("-x*y*(1 - sigma(y*w*x))", Printer.ascii(d.result()));
    }
}
