package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.check.Checker;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;

/**
 * A proof under conditions says so, with the conditions and a point beyond them; one whose
 * conditions the assumptions discharge names the assumptions it used; one that needs none says
 * "proven".
 */
class ConditionalProofTextTest {
    @Test
    void theVerdictNamesTheConditionsAndAPointBeyondThem() {
        String text = Report.describe(new Checker(Definitions.none(), List.of())
                .check(Parser.parseExpression("log(x*y)"), Parser.parseExpression("log(x) + log(y)")));
        assertTrue(text.startsWith("proven only where x > 0, y > 0: at x = -"), text);
        assertTrue(text.endsWith("and the right side is undefined"), text);
        assertEquals("proven under x > 0, y > 0 (assumed)", Report.describe(new Checker(Definitions.none(), List.of(),
                Sampling.NONE.with(new Sampling.Positive("x")).with(new Sampling.Positive("y")))
                .check(Parser.parseExpression("log(x*y)"), Parser.parseExpression("log(x) + log(y)"))));
        assertEquals("proven", Report.describe(new Checker(Definitions.none(), List.of(),
                Sampling.NONE.with(new Sampling.Positive("x")))
                .check(Parser.parseExpression("log(exp(x)*exp(x))"), Parser.parseExpression("2*x"))));
    }
}
