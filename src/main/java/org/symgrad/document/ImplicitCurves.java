package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Implicit differentiation: the curves a document writes as an equation in names it leaves undefined
 * ({@code x^2 + y^2 = 25}, in a display or inline), and a later step that differentiates one
 * ({@code 2x + 2y\frac{dy}{dx} = 0}, {@code 3x^2 + 3y^2 y' = 6y + 6xy'}, {@code \frac{dy}{dx} = -\frac{x}{y}}), with y a
 * function of x that nothing defines. Read on its own such a step was undecided ("y is not defined"), or false where
 * {@code y'} read as a name of its own.
 *
 * <p>The step, affine in p = dy/dx, says {@code a + b p = 0}; the curve H = F − G = 0 says {@code H_x + H_y p = 0}. Where
 * b ≠ 0 and H_y ≠ 0 they give one slope exactly when {@code a H_y − b H_x = 0}: proven where that is an identity; else
 * checked at points of the curve, which Newton's method finds in y: numerically equal where it holds at every point found,
 * false where it holds at none, undecided where it holds on part of the curve only (a branch the author chose,
 * {@code \frac{dy}{dx} = -\frac{x}{\sqrt{25 - x^2}}}).
 */
final class ImplicitCurves {
    /** A curve: the difference of its equation's sides, where it is written and how, and its display's verdict if any. */
    record Curve(Expr difference, int offset, int line, String text, Optional<PairVerdict> given) {
    }

    /** The slope the step claims and the check it comes to. */
    record Claim(Curve curve, Sym x, Sym y, Expr a, Expr b, Expr condition) {
        /** The words that say how the step was read. */
        String reading() {
            return "read as the derivative of the curve " + curve.text() + " (line " + curve.line() + ") with " + y.name()
                    + " a function of " + x.name() + " (implicit differentiation)";
        }
    }

    private final List<Curve> curves = new ArrayList<>();
    /** The curves a step differentiates, with the lines of the first such step. */
    private final java.util.Map<Curve, Integer> used = new java.util.LinkedHashMap<>();

    /**
     * The equation {@code left = right} written at {@code offset}, a curve if it is one: no derivative, two names or more;
     * {@code given} is the verdict a display's equation got as a step.
     */
    void add(Expr left, Expr right, int offset, int line, String text, Optional<PairVerdict> given) {
        Expr h = Exprs.sub(left, right);
        if (!Exprs.any(h, e -> e instanceof Derivative || e instanceof Indexed || e instanceof Fn f && !f.args().isEmpty()
                && !knownFunction(f)) && names(h).size() >= 2 && names(h).stream().noneMatch(n -> n.endsWith("prime"))) {
            curves.add(new Curve(h, offset, line, text, given));
        }
    }

    private static boolean knownFunction(Fn f) {
        return FunctionRegistry.isKnown(f.name());
    }

    /** The inline formulas {@code $F = G$} of the prose between {@code start} and {@code end}, read as curves where they are. */
    void prose(String text, int start, int end, LatexContext naming) {
        for (List<Token> formula : DocumentReading.inlineMath(text, start, end)) {
            List<Integer> equals = new ArrayList<>();
            int depth = 0;
            for (int k = 0; k < formula.size(); k++) {
                int type = formula.get(k).getType();
                if (type == LatexLexer.LBRACE) {
                    depth++;
                } else if (type == LatexLexer.RBRACE) {
                    depth--;
                } else if (depth == 0 && type == LatexLexer.EQ) {
                    equals.add(k);
                }
            }
            if (equals.size() != 1 || equals.get(0) == 0 || equals.get(0) == formula.size() - 1) {
                continue;
            }
            try {
                Reading l = LatexReader.read(formula.subList(0, equals.get(0)), text, naming);
                Reading r = LatexReader.read(formula.subList(equals.get(0) + 1, formula.size()), text, naming);
                if (l.readable() && r.readable()) {
                    int at = formula.get(0).getStartIndex();
                    int stop = formula.get(formula.size() - 1).getStopIndex() + 1;
                    add(l.expr().get(), r.expr().get(), at, org.symgrad.error.SourceSpan.of(text, at, 1).line(),
                            "$" + text.substring(at, stop) + "$", Optional.empty());
                }
            } catch (InputException | IllegalArgumentException unreadable) {
                // not a formula symgrad reads: no curve
            }
        }
    }

    /**
     * The claim of the step {@code left = right} at {@code offset} about the slope of the last curve before it: the step
     * writes one derivative, dy/dx or y′, of a name {@code undefined} says nothing defines, and is affine in it.
     */
    Optional<Claim> claim(Expr left, Expr right, int offset, String source, Predicate<String> undefined) {
        Expr d = Exprs.sub(left, right);
        Set<Expr> derivatives = new java.util.LinkedHashSet<>();
        if (!collect(d, derivatives) || derivatives.size() != 1) {
            return Optional.empty();
        }
        Expr written = derivatives.iterator().next();
        Sym y;
        Optional<Sym> by;
        if (written instanceof Derivative w) {
            y = (Sym) w.of();
            by = Optional.of((Sym) w.wrt());
        } else {
            String name = ((Sym) written).name();
            y = new Sym(name.substring(0, name.length() - "prime".length()));
            by = Optional.empty();
        }
        if (!undefined.test(y.name())) {
            return Optional.empty();
        }
        for (int k = curves.size() - 1; k >= 0; k--) {
            Curve c = curves.get(k);
            if (c.offset() >= offset) {
                continue;
            }
            Set<String> names = names(c.difference());
            if (!names.contains(y.name())) {
                continue;
            }
            // y′ is by the curve's one other name; dy/dx by the name it says
            Optional<Sym> x = by.isPresent() ? by.filter(s -> names.contains(s.name()))
                    : names.size() == 2 ? names.stream().filter(n -> !n.equals(y.name())).findFirst().map(Sym::new) : Optional.empty();
            if (x.isEmpty() || !undefined.test(x.get().name())) {
                return Optional.empty();
            }
            Sym p = new Sym(y.name() + "prime");
            Expr affine = Exprs.replace(d, written, p);
            Expr b = Differentiator.diff(affine, p);
            if (!vanishes(Differentiator.diff(b, p))) {
                return Optional.empty();
            }
            Expr a = Exprs.replace(affine, p, Exprs.ZERO);
            Expr hx = Differentiator.diff(c.difference(), x.get());
            Expr hy = Differentiator.diff(c.difference(), y);
            used.putIfAbsent(c, org.symgrad.error.SourceSpan.of(source, offset, 1).line());
            return Optional.of(new Claim(c, x.get(), y, a, b, Exprs.sub(Exprs.mul(a, hy), Exprs.mul(b, hx))));
        }
        return Optional.empty();
    }

    /**
     * The verdicts the displays of the curves later steps differentiate got as steps ({@code x^3 + y^3 = 6xy}: false as an
     * identity), each replaced by a skip that says what the equation is.
     */
    java.util.Map<PairVerdict, PairVerdict> givenCurves() {
        java.util.Map<PairVerdict, PairVerdict> out = new java.util.IdentityHashMap<>();
        used.forEach((c, line) -> c.given().filter(v -> v.outcome() == Outcome.FALSE || v.outcome() == Outcome.UNDECIDED)
                .ifPresent(v -> out.put(v, new PairVerdict(v.line(), v.left(), v.right(), Outcome.SKIPPED, "the curve that the step at line "
                        + line + " differentiates: an equation in its names, not an identity", Optional.empty(), Optional.empty(),
                        v.rightStart(), v.rowEnd(), v.notes()))));
        return out;
    }

    /** The check of {@code claim} at points of its curve, where the identity {@code a H_y − b H_x = 0} was not proven. */
    static Outcome onTheCurve(Claim claim, StringBuilder detail) {
        Expr h = claim.curve().difference();
        Expr hy = Differentiator.diff(h, claim.y());
        Expr hx = Differentiator.diff(h, claim.x());
        int holds = 0;
        int fails = 0;
        String counterexample = "";
        java.util.Random random = new java.util.Random(17);
        for (int attempt = 0; attempt < 400 && holds + fails < 8; attempt++) {
            double x0 = -3 + 6 * random.nextDouble();
            double y0 = -3 + 6 * random.nextDouble();
            Environment env = Environment.random(1000 + attempt % 4, 3).withScalar(claim.x().name(), x0);
            boolean found = false;
            for (int step = 0; step < 60; step++) {
                Environment at = env.withScalar(claim.y().name(), y0);
                double value = Evaluator.evaluate(h, at);
                double slope = Evaluator.evaluate(hy, at);
                if (!Double.isFinite(value) || !Double.isFinite(slope) || slope == 0) {
                    break;
                }
                if (Math.abs(value) < 1e-12 * (1 + Math.abs(y0))) {
                    found = true;
                    break;
                }
                y0 -= value / slope;
            }
            if (!found) {
                continue;
            }
            Environment at = env.withScalar(claim.y().name(), y0);
            double a = Evaluator.evaluate(claim.a(), at);
            double b = Evaluator.evaluate(claim.b(), at);
            double ydx = Evaluator.evaluate(hx, at);
            double ydy = Evaluator.evaluate(hy, at);
            if (!Double.isFinite(a) || !Double.isFinite(b) || Math.abs(b) < 1e-6 || Math.abs(ydy) < 1e-6 || !Double.isFinite(ydx)) {
                continue;
            }
            double stated = -a / b;
            double curve = -ydx / ydy;
            if (Math.abs(stated - curve) <= 1e-6 * (1 + Math.abs(curve))) {
                holds++;
            } else {
                fails++;
                if (counterexample.isEmpty()) {
                    counterexample = String.format(java.util.Locale.ROOT, "at the curve's point %s = %.6g, %s = %.6g the step gives d%s/d%s = %.6g,"
                            + " the curve's slope is %.6g", claim.x().name(), x0, claim.y().name(), y0, claim.y().name(),
                            claim.x().name(), stated, curve);
                }
            }
        }
        if (holds > 0 && fails == 0) {
            detail.append("holds at ").append(holds).append(" points of the curve");
            return Outcome.NUMERICALLY_EQUAL;
        }
        if (fails > 0 && holds == 0) {
            detail.append("false: ").append(counterexample);
            return Outcome.FALSE;
        }
        detail.append(holds + fails == 0 ? "no point of the curve was found to check it at"
                : "holds on part of the curve only (" + holds + " of " + (holds + fails) + " points found): " + counterexample);
        return Outcome.UNDECIDED;
    }

    /** Whether {@code e} is 0 at a few random points: the step is affine in the slope. */
    private static boolean vanishes(Expr e) {
        for (long seed = 1; seed <= 3; seed++) {
            double v = Evaluator.evaluate(e, Environment.random(seed, 3));
            if (!(Math.abs(v) < 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The derivatives dy/dx of a plain name by a plain name, and the names y′ ({@code yprime}), in {@code e}; false where
     * it writes another derivative (of an expression, or of a higher order), which is no slope this reads.
     */
    private static boolean collect(Expr e, Set<Expr> out) {
        if (e instanceof Derivative d) {
            out.add(d);
            return d.of() instanceof Sym && d.wrt() instanceof Sym;
        }
        if (e instanceof Sym s && s.name().matches("[A-Za-z]prime")) {
            out.add(s);
        }
        for (Expr c : Exprs.children(e)) {
            if (!collect(c, out)) {
                return false;
            }
        }
        return true;
    }

    /** The names of {@code e} other than constants. */
    private static Set<String> names(Expr e) {
        Set<String> out = new TreeSet<>();
        if (e instanceof Sym s && Constants.named(s.name()).isEmpty()) {
            out.add(s.name());
        }
        Exprs.children(e).forEach(c -> out.addAll(names(c)));
        return out;
    }

}
