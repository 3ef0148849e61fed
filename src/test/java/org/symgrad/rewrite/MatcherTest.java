package org.symgrad.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;

/** The matcher reads a bare factor as its first power where a product pattern asks for {@code u^k}. */
class MatcherTest {
    private static final Sym U = sym("u");
    private static final Sym K = sym("k");
    private static final Matcher MATCHER = new Matcher(Set.of(U, K), Set.of(), Negation.PLAIN);

    private static List<Match> matches(Expr pattern, String target) {
        List<Match> out = new ArrayList<>();
        MATCHER.match(pattern, Parser.parseExpression(target), m -> {
            out.add(m);
            return false; // ask for every match
        });
        return out;
    }

    @Test
    void aBareFactorIsItsFirstPowerInAProduct() {
        Expr pattern = mul(fn("sign", U), pow(U, K));
        List<Match> bare = matches(pattern, "x*sign(x)");
        assertEquals(1, bare.size(), "matches: " + bare);
        assertEquals(sym("x"), bare.get(0).expr(U));
        assertEquals(ONE, bare.get(0).expr(K));
        // not keyed to sign: any function of u beside a bare u
        List<Match> tanh = matches(mul(fn("tanh", U), pow(U, K)), "(a + b)*tanh(a + b)");
        assertEquals(1, tanh.size(), "matches: " + tanh);
        assertEquals(ONE, tanh.get(0).expr(K));
        // a written power still binds its exponent, and the base must still be the same u
        List<Match> cube = matches(pattern, "x^3*sign(x)");
        assertEquals(1, cube.size());
        assertEquals(num(3), cube.get(0).expr(K));
        assertTrue(matches(pattern, "y*sign(x)").isEmpty());
        // the exponent slot, once bound elsewhere, must agree with 1
        assertTrue(matches(mul(fn("f", K), fn("sign", U), pow(U, K)), "f(2)*x*sign(x)").isEmpty());
        assertEquals(1, matches(mul(fn("f", K), fn("sign", U), pow(U, K)), "f(1)*x*sign(x)").size());
    }

    @Test
    void onlyAFactorIsReadAsAFirstPower() {
        assertTrue(matches(pow(U, K), "x").isEmpty(), "u^k alone does not match every expression");
        assertTrue(matches(pow(ONE, U), "1").isEmpty());
        assertTrue(matches(add(fn("sign", U), pow(U, K)), "x + sign(x)").isEmpty(), "terms are not factors");
    }

    @Test
    void theSignLawAppliesToABareArgument() {
        // x·sign(x) = |x|·x⁰ is written |x|: the exponent k − 1 is added up (Rule)
        assertEquals(fn("abs", sym("x")), RuleBook.SIGN_TIMES_POWER.apply(Parser.parseExpression("x*sign(x)")).orElseThrow());
        assertFalse(RuleBook.SIGN_TIMES_POWER.matches(Parser.parseExpression("y*sign(x)")));
    }

    /** The sign laws have a rest slot: they apply inside a longer product, the other factors kept. */
    @Test
    void theSignLawsApplyInsideALongerProduct() {
        // as printed: the factors in the printer's order
        assertEquals("3*y^2*z*abs(y)", org.symgrad.print.Printer.ascii(
                RuleBook.SIGN_TIMES_POWER.apply(Parser.parseExpression("3*z*y^3*sign(y)")).orElseThrow()));
        assertEquals("t*w*abs(t)", org.symgrad.print.Printer.ascii(
                RuleBook.SIGN_TIMES_ABS_POWER.apply(Parser.parseExpression("w*abs(t)^2*sign(t)")).orElseThrow()));
        assertFalse(RuleBook.SIGN_TIMES_ABS_POWER.matches(Parser.parseExpression("w*abs(t)^2*sign(s)")));
    }
}
