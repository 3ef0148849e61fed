package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/**
 * The arithmetic a textbook does silently between steps: the numbers of a product multiplied
 * into one leading coefficient ({@code 3·2·x = 6x}, {@code −(−1)·e^{−x} = e^{−x}}). Nothing else
 * changes, so a derivation step keeps its shape.
 */
public final class NumberFolding {
    private NumberFolding() {
    }

    public static Expr apply(Expr e) {
        if (Exprs.numbersFolded(e)) {
            // every product already has its one number in front (known per node): nothing to fold
            return e;
        }
        Expr inner = Exprs.mapChildren(e, NumberFolding::apply);
        if (!(inner instanceof Mul m)) {
            return inner;
        }
        Rational c = Rational.ONE;
        int numbers = 0;
        boolean decimal = false;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : m.factors()) {
            if (f instanceof Num n) {
                c = c.multiply(n.value());
                decimal |= n.decimal();
                numbers++;
            } else {
                rest.add(f);
            }
        }
        boolean folded = numbers == 0 || numbers == 1 && m.factors().get(0) instanceof Num;
        return folded ? inner : moveFirst(m, new Num(c, decimal), rest);
    }

    private static Expr moveFirst(Mul m, Num c, List<Expr> rest) {
        if (c.value().isZero()) {
            return Exprs.ZERO;
        }
        List<Expr> factors = new ArrayList<>();
        factors.add(c);
        factors.addAll(rest);
        Expr out = Exprs.mul(factors);
        return out.equals(m) ? m : out;
    }
}
