package org.symgrad.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;

/**
 * Every switch of a side written with unit steps of one orientation, so that two spellings of one
 * piecewise function meet in the normal form: {@code sign(u) = 2H(u) − 1}, {@code |u| = u(2H(u) − 1)},
 * {@code relu(u) = u H(u)}, {@code max(a, b) = b + (a − b)H(a − b)}, {@code min(a, b) = a − (a − b)H(a − b)},
 * {@code leaky_relu(x, α) = αx + (1 − α)x H(x)}, a case split {@code where(a > b, A, B) = H(a − b)A + (1 − H(a − b))B}
 * (a {@code cases} row {@code x > 0} and {@code 𝟙[x > 0]} read so), and {@code H(−u) = 1 − H(u)}, each step
 * over the one of u and −u whose normal form comes first. With the registry's {@code H(0) = 1/2} the
 * forms of sign, |u|, relu, max, min and leaky ReLU hold everywhere; a case split and a power of a step
 * ({@code H(u)² = H(u)}) hold wherever the step's argument is not 0. So a pair whose step forms have
 * the same normal form is proven wherever no step's argument is 0: {@code \max(a,b) = \frac{a+b+|a-b|}{2}}
 * where {@code a − b ≠ 0}, {@code \frac{d}{dw}|w|} against the cases {@code 1} for {@code w > 0} and
 * {@code −1} for {@code w < 0} where {@code w ≠ 0}.
 */
final class StepForms {
    private static final String H = "heaviside";

    private final Function<Expr, Optional<Expr>> normalForm;
    /** The symbol of each step, by its argument in the chosen orientation. */
    private final Map<Expr, Sym> steps = new LinkedHashMap<>();
    /** The names the sides use, which no step's symbol may take. */
    private final Set<String> taken = new HashSet<>();
    private boolean failed;

    private StepForms(Function<Expr, Optional<Expr>> normalForm) {
        this.normalForm = normalForm;
    }

    /** The sides' step forms, if either side has a switch and both could be written so. */
    static Optional<StepForms> of(Expr l, Expr r, Function<Expr, Optional<Expr>> normalForm) {
        if (!Exprs.any(l, StepForms::isSwitch) && !Exprs.any(r, StepForms::isSwitch)) {
            return Optional.empty();
        }
        StepForms forms = new StepForms(normalForm);
        Exprs.any(Exprs.add(l, r), e -> e instanceof Sym s && forms.taken.add(s.name()) && false);
        forms.left = forms.written(l);
        forms.right = forms.written(r);
        return forms.failed || forms.steps.isEmpty() ? Optional.empty() : Optional.of(forms);
    }

    private Expr left;
    private Expr right;

    Expr left() {
        return left;
    }

    Expr right() {
        return right;
    }

    /** The arguments of the steps, in their chosen orientation: the proof holds where none is 0. */
    Set<Expr> arguments() {
        return steps.keySet();
    }

    private static boolean isSwitch(Expr e) {
        return e instanceof Fn f && switch (f.name()) {
            case H, "sign", "abs", "relu" -> f.args().size() == 1;
            case "max", "min", "leaky_relu" -> f.args().size() == 2;
            case FunctionRegistry.WHERE -> f.args().size() == 3 && f.args().get(0) instanceof Fn c
                    && Relation.ofFunction(c.name()).isPresent() && c.args().size() == 2;
            default -> Relation.ofFunction(f.name()).isPresent() && f.args().size() == 2;
        };
    }

    private Expr written(Expr e) {
        Expr inner = Exprs.mapChangedChildren(e, this::written);
        if (!(inner instanceof Fn f) || !isSwitch(f)) {
            return inner;
        }
        java.util.List<Expr> a = f.args();
        return switch (f.name()) {
            case H -> step(a.get(0));
            case "sign" -> Exprs.sub(Exprs.mul(Exprs.TWO, step(a.get(0))), Exprs.ONE);
            case "abs" -> Exprs.mul(a.get(0), Exprs.sub(Exprs.mul(Exprs.TWO, step(a.get(0))), Exprs.ONE));
            case "relu" -> Exprs.mul(a.get(0), step(a.get(0)));
            case "max" -> Exprs.add(a.get(1), Exprs.mul(Exprs.sub(a.get(0), a.get(1)), step(Exprs.sub(a.get(0), a.get(1)))));
            case "min" -> Exprs.sub(a.get(0), Exprs.mul(Exprs.sub(a.get(0), a.get(1)), step(Exprs.sub(a.get(0), a.get(1)))));
            case "leaky_relu" -> Exprs.add(Exprs.mul(a.get(1), a.get(0)),
                    Exprs.mul(Exprs.sub(Exprs.ONE, a.get(1)), a.get(0), step(a.get(0))));
            case FunctionRegistry.WHERE -> {
                Expr s = comparison((Fn) a.get(0));
                yield Exprs.add(Exprs.mul(s, a.get(1)), Exprs.mul(Exprs.sub(Exprs.ONE, s), a.get(2)));
            }
            default -> comparison(f);
        };
    }

    /** {@code gt(a, b)} (a &gt; b) as {@code H(a − b)}, {@code lt(a, b)} as {@code H(b − a)}: equal wherever a ≠ b. */
    private Expr comparison(Fn c) {
        Relation rel = Relation.ofFunction(c.name()).orElseThrow();
        Expr a = c.args().get(0);
        Expr b = c.args().get(1);
        return rel == Relation.GT || rel == Relation.GE ? step(Exprs.sub(a, b)) : step(Exprs.sub(b, a));
    }

    /**
     * {@code H(u)}, or {@code 1 − H(−u)} where −u reads better (no leading minus; else the shorter, else
     * the first in order), the step a symbol of its own for the normal form: sound, as an identity of
     * polynomials in a symbol holds at its values 0 and 1. An argument with a free index (a step
     * inside a Σ over it) is not written so.
     */
    private Expr step(Expr u) {
        Optional<Expr> plus = normalForm.apply(u);
        Optional<Expr> minus = normalForm.apply(Exprs.neg(u));
        if (plus.isEmpty() || minus.isEmpty() || !Indices.free(u).isEmpty()) {
            failed = true;
            return Exprs.fn(H, u);
        }
        boolean turned = turned(plus.get(), minus.get());
        Expr argument = turned ? minus.get() : plus.get();
        Sym symbol = steps.computeIfAbsent(argument, a -> fresh());
        return turned ? Exprs.sub(Exprs.ONE, symbol) : symbol;
    }

    /** Whether the normal form of −u reads better than u's: no leading minus; else the shorter; else the first in order. */
    private static boolean turned(Expr plus, Expr minus) {
        String p = Printer.ascii(plus);
        String m = Printer.ascii(minus);
        return p.startsWith("-") != m.startsWith("-") ? p.startsWith("-")
                : p.length() != m.length() ? m.length() < p.length() : m.compareTo(p) < 0;
    }

    /** The normal form of u or of −u, whichever reads better ({@link #step}), as a condition u ≠ 0 is written; empty without one. */
    static Optional<Expr> oriented(Expr u, Function<Expr, Optional<Expr>> normalForm) {
        Optional<Expr> plus = normalForm.apply(u);
        Optional<Expr> minus = normalForm.apply(Exprs.neg(u));
        if (plus.isEmpty() || minus.isEmpty()) {
            return plus;
        }
        return Optional.of(turned(plus.get(), minus.get()) ? minus.get() : plus.get());
    }

    private Sym fresh() {
        for (int i = steps.size(); ; i++) {
            Sym s = new Sym("Hstep" + i);
            if (!taken.contains(s.name())) {
                return s;
            }
        }
    }

    /** {@code e} with each power of a step's symbol the symbol itself ({@code H(u)² = H(u)} where u ≠ 0). */
    Expr idempotent(Expr e) {
        if (e instanceof Pow p && p.base() instanceof Sym s && steps.containsValue(s)) {
            return s;
        }
        return Exprs.mapChangedChildren(e, this::idempotent);
    }
}
