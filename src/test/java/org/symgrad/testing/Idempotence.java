package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.symgrad.expr.Expr;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/** The property tests' idempotence oracle: simplifying a simplified expression changes nothing. */
public final class Idempotence {
    private Idempotence() {
    }

    /**
     * {@code e} simplified, after asserting that simplifying the result again gives the same
     * expression (not only the same print: a decimal's spelling counts). A resource limit of the
     * simplifier propagates, for the caller to skip the case.
     */
    public static Expr simplifiedOnce(Expr e) {
        Expr once = Simplifier.simplifyPlain(e);
        Expr twice = Simplifier.simplifyPlain(once);
        assertEquals(once, twice, () -> "simplify is not idempotent on " + Printer.ascii(e) + "\n once:  "
                + Printer.ascii(once) + "\n twice: " + Printer.ascii(twice));
        return once;
    }
}
