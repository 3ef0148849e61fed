package org.symgrad.parse;

import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Index;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;

/** The affine index an expression read as a value spells: what both readers take as {@code t-m} in {@code [1 <= t-m <= n]}. */
public final class AffineIndices {
    private AffineIndices() {
    }

    /** The affine index {@code e} spells ({@code t-m}, {@code 2*i+p}, {@code 3}); empty if it spells none. */
    public static Optional<String> of(Expr e) {
        return switch (e) {
            case Num n when n.value().isInteger() && n.value().toBigInteger().bitLength() < 63 ->
                    Optional.of(n.value().toBigInteger().toString());
            case Sym s when Index.isSymbolic(s.name()) && !Constants.isConstant(s) -> Optional.of(s.name());
            case Add a -> fold(a.terms(), "0", Index::plus);
            case Mul m -> fold(m.factors(), "1", Index::times);
            default -> Optional.empty();
        };
    }

    /** The affine index of a sum or product of parts, each an affine index; empty if one is not. */
    private static Optional<String> fold(List<Expr> parts, String unit, BinaryOperator<String> combine) {
        Optional<String> out = Optional.of(unit);
        for (Expr part : parts) {
            Optional<String> next = of(part);
            out = out.flatMap(x -> next.map(y -> combine.apply(x, y)));
        }
        return out;
    }
}
