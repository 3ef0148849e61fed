package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A magnitude the document names by its bars: {@code |Z(\omega)| = \sqrt{R^2 + X^2}}, {@code \|v\| = \sqrt{x^2 + y^2}}
 * define the magnitude of a name the document leaves undefined (the complex impedance Z, the velocity v) as a quantity of
 * its own, spelled {@code absZ}, {@code absv}; the bars written around that name later ({@code \frac{d|Z|}{d\omega}},
 * {@code \|v\|^2}) read as it. Nothing is said of the barred name itself, which stays undefined; bars around anything
 * else, or around a name whose magnitude no statement defines, keep their reading (the absolute value, the norm).
 */
final class Magnitudes {
    private static final String PREFIX = "abs";

    private final LatexBuilder builder;

    Magnitudes(LatexBuilder builder) {
        this.builder = builder;
    }

    /** The name the magnitude of {@code barred} is defined under ({@code absZ} for Z), if that spells a name. */
    static Optional<String> name(String barred) {
        return barred.matches("[A-Za-z][A-Za-z0-9]*") ? Optional.of(PREFIX + barred) : Optional.empty();
    }

    /**
     * The definable shape of a side that is one name or call between bars, {@code |Z(\omega)|}, {@code \|v\|}, with no
     * script after them, whose name the document has not defined: the target of the magnitude's own name, with the call's
     * parameters.
     */
    Optional<Target> target(LatexParser.ExprContext e) {
        Optional<LatexParser.ExprContext> inner = barred(e);
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> t = builder.target(inner.get()).filter(Magnitudes::plain);
        if (t.isEmpty() || builder.context.definesValue(t.get().name()) || builder.context.function(t.get().name()).isPresent()) {
            return Optional.empty();
        }
        return name(t.get().name()).map(n -> new Target(n, new Sym(n), t.get().parameters(), List.of(), false, false, false,
                t.get().name()));
    }

    /** {@code inner}, the expression between bars, as the magnitude the document defined for it, if it did. */
    Optional<Expr> read(LatexParser.ExprContext inner) {
        Optional<Target> t = builder.target(inner).filter(Magnitudes::plain);
        Optional<String> n = t.flatMap(x -> name(x.name())).filter(builder.context::namesMagnitude);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (!t.get().isCall()) {
            return Optional.of(new Sym(n.get()));
        }
        Optional<DocumentFunction> f = builder.context.function(n.get());
        if (f.isPresent() && f.get().parameters().size() == t.get().parameters().size()) {
            return Optional.of(BetaReduction.apply(f.get(), t.get().parameters(), List.of(), LatexSpans.of(builder.document, inner)));
        }
        // a magnitude defined inline, or later: a call of its name, which the document's definition applies
        return Optional.of(new org.symgrad.expr.Fn(n.get(), t.get().parameters()));
    }

    /** The expression between the bars of a side that is only {@code |…|} or {@code \|…\|}, no script after it. */
    private static Optional<LatexParser.ExprContext> barred(LatexParser.ExprContext e) {
        if (e.term().size() != 1 || e.term(0).getChildCount() != 1
                || !(e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p)
                || !(p.factor() instanceof LatexParser.PostfixFactorContext pf) || !pf.postfix().postOp().isEmpty()) {
            return Optional.empty();
        }
        return switch (pf.postfix().primary()) {
            case LatexParser.AbsoluteContext a -> Optional.of(a.expr());
            case LatexParser.NormContext n -> Optional.of(n.expr());
            default -> Optional.empty();
        };
    }

    /** A plain name or a call of one: not a built-in, a vector written bold, a square or a component. */
    private static boolean plain(Target t) {
        return !t.builtIn() && !t.vector() && !t.squared() && t.component().isEmpty() && t.variable() instanceof Sym;
    }
}
