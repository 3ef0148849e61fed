package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/**
 * An index used as a number ({@link IndexValue}) where its value is known: the entry at a whole-number
 * label is that number ({@code ι_3 = 3}), and a Σ or Π between whole numbers whose index is used as a
 * number is written out term by term ({@code Σ_{k=0}^{3} k² = 0 + 1 + 4 + 9}), so that
 * {@code \sum_{k=0}^{3} k^2 = 14} is proven, not only equal at every sampled point. At most
 * {@value #MOST_TERMS} terms are written out; a longer Σ stays as it is.
 */
final class WrittenOutValues {
    static final int MOST_TERMS = 64;

    private WrittenOutValues() {
    }

    static Expr of(Expr e) {
        if (e instanceof Indexed x && IndexValue.is(x) && Index.isConcrete(x.indices().get(0))) {
            long label = Long.parseLong(x.indices().get(0));
            return Exprs.num(Rational.of(IndexValue.valueAt(x.name(), (int) label).orElseThrow()));
        }
        Expr inner = Exprs.mapChangedChildren(e, WrittenOutValues::of);
        Optional<List<Expr>> terms = switch (inner) {
            case IndexSum s -> terms(s.index(), s.lower(), s.upper(), s.body());
            case IndexProduct p -> terms(p.index(), p.lower(), p.upper(), p.body());
            default -> Optional.empty();
        };
        if (terms.isEmpty()) {
            return inner;
        }
        return inner instanceof IndexSum ? Exprs.add(terms.get()) : Exprs.mul(terms.get());
    }

    /** The terms of a reduction between whole numbers whose body uses its index as a number, each with its values known. */
    private static Optional<List<Expr>> terms(String k, Expr lower, Expr upper, Expr body) {
        if (!(lower instanceof Num a && upper instanceof Num b && a.value().isInteger() && b.value().isInteger())
                || !usesValue(body, k)) {
            return Optional.empty();
        }
        long from = a.value().toBigInteger().longValue();
        long to = b.value().toBigInteger().longValue();
        if (from < 0 || to - from + 1 > MOST_TERMS || a.value().toBigInteger().bitLength() > 31
                || b.value().toBigInteger().bitLength() > 31) {
            return Optional.empty();
        }
        List<Expr> out = new ArrayList<>();
        for (long c = from; c <= to; c++) {
            out.add(of(Indices.rename(body, k, String.valueOf(c))));
        }
        return Optional.of(out);
    }

    private static boolean usesValue(Expr e, String k) {
        if (e instanceof Indexed x && IndexValue.is(x) && Index.names(x.indices().get(0)).contains(k)) {
            return true;
        }
        if (e instanceof IndexSum s && s.index().equals(k) || e instanceof IndexProduct p && p.index().equals(k)) {
            return false;
        }
        return Exprs.children(e).stream().anyMatch(c -> usesValue(c, k));
    }
}
