package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.run.Outcome;

/**
 * Two stages that did more than they cited (StepLeaps), seen in Stan's neg_binomial_2_log and exp_mod_normal
 * partials: an exp of a log inside a longer exponent ({@code exp(η − log φ)}) is set apart by the exp law in a step
 * of its own before the exp-of-log identity; the roots the presentation writes as one ({@code √π·√2 = √(2π)}) are
 * cited as that merge, not as the law that splits them.
 */
class ExpLawAndRootStagesTest {
    private static final StepLeaps LEAPS = StepLeaps.checker();

    @Test
    void theExpLawSetsALogApartBeforeTheExpOfLog() {
        Derivation d = Deriver.plain().derive(Parser.parseExpression(
                "y*eta - phi*log(1 + exp(eta - log(phi))) - y*(log(phi) + log(1 + exp(eta - log(phi))))"), new Sym("eta"));
        assertEquals(List.of(), LEAPS.of(d), "leaps in " + d.steps());
        List<String> rules = d.steps().stream().map(Step::rule).toList();
        int law = rules.indexOf(ExpsOfLogsApart.EXP_LAW);
        assertTrue(law > 0 && rules.get(law + 1).equals("exp-of-multiple-of-log"), "rules: " + rules);
        assertEquals("phi*(y - exp(eta))/(phi + exp(eta))", org.symgrad.print.Printer.ascii(d.result()));
    }

    @Test
    void anExpWithoutALogTermOrOnlyALogIsLeft() {
        assertEquals("exp(x + y)", org.symgrad.print.Printer.ascii(ExpsOfLogsApart.of(Parser.parseExpression("exp(x + y)"))));
        assertEquals("exp(log(x))", org.symgrad.print.Printer.ascii(ExpsOfLogsApart.of(Parser.parseExpression("exp(log(x))"))));
        assertEquals("exp(x)*exp(2*log(y))",
                org.symgrad.print.Printer.ascii(ExpsOfLogsApart.of(Parser.parseExpression("exp(x + 2*log(y))"))));
    }

    @Test
    void rootsWrittenAsOneAreCitedAsTheirMerge() {
        String script = """
                let z = (mu - y + l*s^2)*(1/2^(1/2))*(1/s)
                derive log(l) + l*(mu - y + l*s^2/2) + log(erfc(z)) wrt mu
                """;
        Derivation d = null;
        for (Outcome o : Symgrad.run(script)) {
            if (o instanceof Outcome.Derived derived) {
                d = derived.derivation();
            }
        }
        assertEquals(List.of(), LEAPS.of(d), "leaps in " + d.steps());
        List<String> rules = d.steps().stream().map(Step::rule).toList();
        assertTrue(rules.contains(org.symgrad.rewrite.RuleBook.PRODUCT_OF_POSITIVE_ROOTS), "rules: " + rules);
        assertTrue(!rules.contains("power-of-positive-product"), "rules: " + rules);
    }
}
