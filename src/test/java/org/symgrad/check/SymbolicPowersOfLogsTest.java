package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Definitions;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/**
 * {@code exp(c·log u) = u^c} and {@code log(u^c) = c·log u} for a symbolic exponent c, where u > 0 (the domain of
 * log u): rules {@code exp-of-symbolic-multiple-of-log} and {@code log-of-power}. A proof reads
 * {@code e^{τ log π_k}} as {@code π_k^τ} (Menon et al., logit adjustment) and {@code log(π^τ e^f)} as
 * {@code τ log π + f}; a wrong line stays false.
 */
class SymbolicPowersOfLogsTest {
    private static Verdict verdict(String left, String right) {
        return new Checker(Definitions.none(), List.of()).check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    @Test
    void anExpOfASymbolicMultipleOfALogIsThePower() {
        assertEquals("p^t", Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(t*log(p))"))));
        assertEquals("q^(a*b)", Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(a*b*log(q))"))));
        // a number keeps the rule it had
        assertEquals("p^3", Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("exp(3*log(p))"))));
    }

    @Test
    void theAdjustedSoftmaxIsProvenEitherWay() {
        assertEquals(Verdict.Kind.PROVEN, verdict("exp(f_k + tau*log(p_k))/sum_j exp(f_j + tau*log(p_j))",
                "p_k^tau*exp(f_k)/sum_j p_j^tau*exp(f_j)").kind());
        assertEquals(Verdict.Kind.PROVEN, verdict("exp(s*log(w))*exp(g)", "w^s*exp(g)").kind());
    }

    @Test
    void aLogOfASymbolicPowerIsTheExponentTimesTheLog() {
        assertEquals(Verdict.Kind.PROVEN, verdict("-log(exp(f + tau*log(p))/z)", "-f - tau*log(p) + log(z)").kind());
        assertEquals(Verdict.Kind.PROVEN, verdict("log(q^a)", "a*log(q)").kind());
    }

    @Test
    void aWrongLineStaysFalse() {
        assertEquals(Verdict.Kind.FALSE, verdict("log(q^a)", "a*log(q) + 1").kind());
        assertEquals(Verdict.Kind.FALSE, verdict("exp(t*log(p))", "t*p").kind());
        Verdict.Kind k = verdict("log(q^a)", "log(q)*a^2").kind();
        assertTrue(k == Verdict.Kind.FALSE, k.toString());
    }
}
