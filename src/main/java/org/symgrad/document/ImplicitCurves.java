package org.symgrad.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.latex.Dimensions;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.Reading;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Implicit differentiation: the curves a document writes as an equation in names it leaves undefined
 * ({@code x^2 + y^2 = 25}, in a display or inline), and the later steps that differentiate one, with its names
 * functions of a variable that nothing defines: {@code 2x + 2y\frac{dy}{dx} = 0}, {@code 3x^2 + 3y^2 y' = 6y + 6xy'},
 * {@code \frac{dy}{dx} = -\frac{x}{y}}, or related rates {@code 2x\frac{dx}{dt} + 2y\frac{dy}{dt} = 0}. Read on its own
 * such a step was undecided ("y is not defined"), or false where {@code y'} read as a name of its own.
 *
 * <p>The step, affine in the rates r_v = dv/dt it writes, says {@code a + Σ_v b_v r_v = 0}; the curve H = F − G = 0 says
 * {@code H_t + Σ_v H_v r_v = 0} (H_t = 0 where t is not one of its names). Where they are one equation the vectors
 * (a, b) and (H_t, H) are proportional: every 2×2 minor vanishes — proven where each is an identity; else checked at
 * points of the curve, which Newton's method finds: numerically equal where they vanish at every point found, false
 * where at none, undecided where on part of the curve only (a branch the author chose,
 * {@code \frac{dy}{dx} = -\frac{x}{\sqrt{25 - x^2}}}). A step without derivatives, false as an identity, may hold on the
 * curve ({@code -\frac{y + x^2/y}{y^2} = -\frac{1}{y^3}} on x² + y² = 1): numerically equal where it does at every point.
 * A step with the second derivative y″ ({@code y''}, {@code \frac{d^2y}{dx^2}}) on a curve of two names has y′ and y″
 * put in as the curve gives them and is checked the same way ({@link #secondDerivative}). An equation in a name the
 * document declares a vector or matrix is no curve: its names are no numbers.
 */
final class ImplicitCurves {
    /** A curve: the difference of its equation's sides and its names, where it is written and how, and its display's verdict if any. */
    record Curve(Expr difference, Set<String> names, int offset, int line, String text, Optional<PairVerdict> given) {
        String words() {
            return "the curve " + text + " (line " + line + ")";
        }
    }

    /**
     * What a step says of a curve: its linear form in the rates ({@code step}: a, then b_v) beside the curve's
     * ({@code curve}: H_t, then H_v), the names whose rates it writes, and the variable they are rates by; for a step
     * without rates, {@code step} is its difference alone.
     */
    record Claim(Curve curve, Sym by, List<Sym> rates, List<Expr> step, List<Expr> curveForm, boolean second) {
        /** The words that say how the step was read. */
        String reading() {
            if (rates.isEmpty()) {
                return "read on " + curve.words();
            }
            if (second) {
                return "read as the second derivative of " + curve.words() + " with " + rates.get(0).name() + " a function of "
                        + by.name() + " (implicit differentiation, y′ and y″ put in)";
            }
            return "read as the derivative of " + curve.words() + " with " + String.join(", ", rates.stream().map(Sym::name).toList())
                    + (rates.size() == 1 ? " a function of " : " functions of ") + by.name() + " (implicit differentiation)";
        }

        /** Whether the step's difference itself must vanish: a step without rates, or one with y′ and y″ put in. */
        boolean direct() {
            return rates.isEmpty() || second;
        }

        /** What must be 0 for the step to hold: its difference where {@link #direct}, else the minors. */
        List<Expr> checks() {
            return direct() ? step : minors();
        }

        /** The 2×2 minors of the two forms, each 0 where they are one equation. */
        private List<Expr> minors() {
            List<Expr> out = new ArrayList<>();
            for (int i = 0; i < step.size(); i++) {
                for (int j = i + 1; j < step.size(); j++) {
                    out.add(Exprs.sub(Exprs.mul(step.get(i), curveForm.get(j)), Exprs.mul(step.get(j), curveForm.get(i))));
                }
            }
            return out;
        }
    }

    private final List<Curve> curves = new ArrayList<>();
    /**
     * The names the document declares vectors or matrices ({@link Dimensions#shaped}): an equation in one of them
     * ({@code u = Ax + b} with {@code A \in \mathbb{R}^{n \times n}}) is no curve of numbers.
     */
    private final Set<String> shaped;

    ImplicitCurves(String document) {
        this.shaped = Dimensions.shaped(document);
    }
    /** The curves a step uses, with the line of the first such step. */
    private final Map<Curve, Integer> used = new LinkedHashMap<>();
    /** The curves a step differentiates: the only ones a step without derivatives is read on. */
    private final Set<Curve> differentiated = new java.util.HashSet<>();

    /**
     * The equation {@code left = right} written at {@code offset}, a curve if it is one: two names or more, no derivative,
     * entry or function of the document's own; {@code given} is the verdict a display's equation got as a step.
     */
    void add(Expr left, Expr right, int offset, int line, String text, Optional<PairVerdict> given) {
        Expr h = Exprs.sub(left, right);
        Set<String> names = names(h);
        if (plain(h) && names.size() >= 2 && names.stream().noneMatch(n -> n.endsWith("prime") || shaped.contains(n))) {
            // in the order they are written: a display's come as it is read, the prose's when first asked for
            int at = 0;
            while (at < curves.size() && curves.get(at).offset() < offset) {
                at++;
            }
            curves.add(at, new Curve(h, names, offset, line, text, given));
        }
    }

    /** Whether {@code e} holds no derivative, no entry and no call of a function symgrad does not know. */
    private static boolean plain(Expr e) {
        return !Exprs.any(e, x -> x instanceof Derivative || x instanceof Indexed
                || x instanceof Fn f && !f.args().isEmpty() && !FunctionRegistry.isKnown(f.name()));
    }

    /** Prose whose inline formulas are not read yet: they are read only once a step writes a rate. */
    private record Prose(String text, int start, int end, LatexContext naming) {
    }

    private final List<Prose> unread = new ArrayList<>();

    /** The inline formulas {@code $F = G$} of the prose between {@code start} and {@code end}, curves where they are. */
    void prose(String text, int start, int end, LatexContext naming) {
        unread.add(new Prose(text, start, end, naming));
    }

    /** The prose's inline formulas read as curves. */
    private void readProse() {
        unread.forEach(p -> read(p.text(), p.start(), p.end(), p.naming()));
        unread.clear();
    }

    private void read(String text, int start, int end, LatexContext naming) {
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
                    add(l.expr().get(), r.expr().get(), at, SourceSpan.of(text, at, 1).line(), "$" + text.substring(at, stop) + "$",
                            Optional.empty());
                }
            } catch (InputException | IllegalArgumentException unreadable) {
                // not a formula symgrad reads: no curve
            }
        }
    }

    /**
     * What the step {@code left = right} at {@code offset} says of the last curve before it that holds the names it
     * differentiates: it writes rates dv/dt (or v′) of names {@code undefined} says nothing defines, all by one variable,
     * and is affine in them.
     */
    Optional<Claim> claim(Expr left, Expr right, int offset, String source, Predicate<String> undefined) {
        Expr d = Exprs.sub(left, right);
        Optional<SecondOrder> second = SecondOrder.of(d);
        if (second.isPresent()) {
            return secondDerivative(d, second.get(), offset, source, undefined);
        }
        Set<Expr> written = new LinkedHashSet<>();
        if (!collect(d, written) || written.isEmpty()) {
            return Optional.empty();
        }
        Set<String> bys = new TreeSet<>();
        List<Sym> rates = new ArrayList<>();
        for (Expr w : written) {
            if (w instanceof Derivative r) {
                rates.add((Sym) r.of());
                bys.add(((Sym) r.wrt()).name());
            } else {
                String name = ((Sym) w).name();
                rates.add(new Sym(name.substring(0, name.length() - "prime".length())));
            }
        }
        if (bys.size() > 1 || written.stream().anyMatch(w -> w instanceof Sym) && (written.size() > 1 || !bys.isEmpty())
                || new LinkedHashSet<>(rates).size() != rates.size() || !rates.stream().allMatch(v -> undefined.test(v.name()))) {
            return Optional.empty();
        }
        readProse();
        List<Expr> rated = List.copyOf(written);
        for (int k = curves.size() - 1; k >= 0; k--) {
            Curve c = curves.get(k);
            Set<String> names = c.names();
            if (c.offset() >= offset || !rates.stream().allMatch(v -> names.contains(v.name()))) {
                continue;
            }
            // y′ is by the curve's one other name; dy/dx by the name it says
            Optional<Sym> by = !bys.isEmpty() ? Optional.of(new Sym(bys.iterator().next()))
                    : names.size() == 2 ? names.stream().filter(n -> !n.equals(rates.get(0).name())).findFirst().map(Sym::new)
                    : Optional.empty();
            // rates by a variable the curve does not hold (related rates): every name of the curve moves, and says how
            if (by.isEmpty() || !undefined.test(by.get().name())
                    || !names.contains(by.get().name()) && !rates.stream().map(Sym::name).toList().containsAll(names)) {
                return Optional.empty();
            }
            List<Sym> slots = rates.stream().map(v -> new Sym(v.name() + "prime")).toList();
            Expr affine = d;
            for (int i = 0; i < rates.size(); i++) {
                affine = Exprs.replace(affine, rated.get(i), slots.get(i));
            }
            if (!plain(affine)) {
                return Optional.empty();
            }
            List<Expr> step = new ArrayList<>();
            Expr a = affine;
            for (Sym s : slots) {
                a = Exprs.replace(a, s, Exprs.ZERO);
            }
            step.add(a);
            for (Sym s : slots) {
                Expr b = Differentiator.diff(affine, s);
                for (Sym t : slots) {
                    if (!vanishes(Differentiator.diff(b, t))) {
                        return Optional.empty();
                    }
                }
                step.add(b);
            }
            List<Expr> form = new ArrayList<>();
            form.add(names.contains(by.get().name()) ? Differentiator.diff(c.difference(), by.get()) : Exprs.ZERO);
            rates.forEach(v -> form.add(Differentiator.diff(c.difference(), v)));
            used.putIfAbsent(c, SourceSpan.of(source, offset, 1).line());
            differentiated.add(c);
            return Optional.of(new Claim(c, by.get(), List.copyOf(rates), List.copyOf(step), List.copyOf(form), false));
        }
        return Optional.empty();
    }

    /**
     * The names and derivatives of a step that writes the second derivative of one name by another: {@code y''}
     * ({@code yprimeprime}) or {@code \frac{d^2y}{dx^2}}, beside first derivatives of the same name ({@code y'},
     * {@code \frac{dy}{dx}}); {@code by} is empty where only primes say it.
     */
    private record SecondOrder(Sym of, Optional<Sym> by, Set<Expr> seconds, Set<Expr> firsts) {
        static Optional<SecondOrder> of(Expr step) {
            Set<Expr> seconds = new LinkedHashSet<>();
            Set<Expr> firsts = new LinkedHashSet<>();
            Set<String> ofs = new TreeSet<>();
            Set<String> bys = new TreeSet<>();
            if (!written(step, seconds, firsts, ofs, bys) || seconds.isEmpty() || ofs.size() != 1 || bys.size() > 1) {
                return Optional.empty();
            }
            return Optional.of(new SecondOrder(new Sym(ofs.iterator().next()), bys.stream().findFirst().map(Sym::new), seconds, firsts));
        }

        /** Collects the derivatives {@code e} writes; false where one is no plain first or second derivative of a name. */
        private static boolean written(Expr e, Set<Expr> seconds, Set<Expr> firsts, Set<String> ofs, Set<String> bys) {
            if (e instanceof Derivative d) {
                if (!(d.wrt() instanceof Sym by)) {
                    return false;
                }
                bys.add(by.name());
                if (d.of() instanceof Sym y) {
                    firsts.add(d);
                    ofs.add(y.name());
                    return true;
                }
                if (d.of() instanceof Derivative inner && inner.of() instanceof Sym y && inner.wrt().equals(by)) {
                    seconds.add(d);
                    ofs.add(y.name());
                    return true;
                }
                return false;
            }
            if (e instanceof Sym s && s.name().matches("[A-Za-z]prime(prime)?")) {
                (s.name().endsWith("primeprime") ? seconds : firsts).add(s);
                ofs.add(s.name().substring(0, 1));
            }
            for (Expr c : Exprs.children(e)) {
                if (!written(c, seconds, firsts, ofs, bys)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What a step that writes y″ says of the last curve H(x, y) = 0 of two names before it that holds y, nothing
     * defining either: y′ = s = −H_x/H_y and y″ = s_x + s_y s put in, the step's difference must vanish — proven where
     * that is an identity ({@code y'' = -\frac{y - x y'}{y^2}}, the quotient rule on −x/y), else checked at points of the
     * curve ({@code y'' = -\frac{25}{y^3}} on x² + y² = 25).
     */
    private Optional<Claim> secondDerivative(Expr d, SecondOrder written, int offset, String source, Predicate<String> undefined) {
        Sym y = written.of();
        if (!undefined.test(y.name())) {
            return Optional.empty();
        }
        readProse();
        for (int k = curves.size() - 1; k >= 0; k--) {
            Curve c = curves.get(k);
            if (c.offset() >= offset || !c.names().contains(y.name())) {
                continue;
            }
            if (c.names().size() != 2) {
                return Optional.empty();
            }
            Sym x = new Sym(c.names().stream().filter(n -> !n.equals(y.name())).findFirst().orElseThrow());
            if (written.by().filter(b -> !b.equals(x)).isPresent() || !undefined.test(x.name())) {
                return Optional.empty();
            }
            Expr slope = Exprs.neg(Exprs.div(Differentiator.diff(c.difference(), x), Differentiator.diff(c.difference(), y)));
            Expr curvature = Exprs.add(Differentiator.diff(slope, x), Exprs.mul(Differentiator.diff(slope, y), slope));
            Expr put = d;
            for (Expr e : written.seconds()) {
                put = Exprs.replace(put, e, curvature);
            }
            for (Expr e : written.firsts()) {
                put = Exprs.replace(put, e, slope);
            }
            if (!plain(put)) {
                return Optional.empty();
            }
            used.putIfAbsent(c, SourceSpan.of(source, offset, 1).line());
            differentiated.add(c);
            return Optional.of(new Claim(c, x, List.of(y), List.of(put), List.of(), true));
        }
        return Optional.empty();
    }

    /**
     * What the step {@code left = right} at {@code offset}, without derivatives, says on the last curve before it that
     * holds all its names, each of which {@code undefined} says nothing defines, where a step before it differentiates that
     * curve: only then is it the curve the text works on, not a point it names ("at $q = p$", where both sides may vanish).
     */
    Optional<Claim> onCurve(Expr left, Expr right, int offset, String source, Predicate<String> undefined) {
        Expr d = Exprs.sub(left, right);
        Set<String> own = names(d);
        if (own.isEmpty() || !plain(d) || !own.stream().allMatch(undefined)) {
            return Optional.empty();
        }
        for (int k = curves.size() - 1; k >= 0; k--) {
            Curve c = curves.get(k);
            if (c.offset() < offset && differentiated.contains(c) && c.names().containsAll(own)) {
                used.putIfAbsent(c, SourceSpan.of(source, offset, 1).line());
                Sym solved = new Sym(c.names().stream().filter(own::contains).findFirst().orElseThrow());
                return Optional.of(new Claim(c, solved, List.of(), List.of(d), List.of(), false));
            }
        }
        return Optional.empty();
    }

    /**
     * The verdicts the displays of the curves later steps use got as steps ({@code x^3 + y^3 = 6xy}: false as an
     * identity), each replaced by a skip that says what the equation is.
     */
    Map<PairVerdict, PairVerdict> givenCurves() {
        Map<PairVerdict, PairVerdict> out = new IdentityHashMap<>();
        used.forEach((c, line) -> c.given().filter(v -> v.outcome() == Outcome.FALSE || v.outcome() == Outcome.UNDECIDED)
                .ifPresent(v -> out.put(v, new PairVerdict(v.line(), v.left(), v.right(), Outcome.SKIPPED, "the curve that the step at line "
                        + line + " uses: an equation in its names, not an identity", Optional.empty(), Optional.empty(),
                        v.rightStart(), v.rowEnd(), v.notes()))));
        return out;
    }

    /** The check of {@code claim} at points of its curve, where its minors (or its difference) were not proven 0. */
    static Outcome onTheCurve(Claim claim, StringBuilder detail) {
        Expr h = claim.curve().difference();
        // Newton's method in the first name the step differentiates, or in the first of its names on the curve
        Sym solved = claim.rates().isEmpty() ? claim.by() : claim.rates().get(0);
        Expr hs = Differentiator.diff(h, solved);
        List<Expr> checks = claim.checks();
        List<Expr[]> scales = new ArrayList<>();
        for (int i = 0; i < (claim.direct() ? 0 : claim.step().size()); i++) {
            for (int j = i + 1; j < claim.step().size(); j++) {
                scales.add(new Expr[] {Exprs.mul(claim.step().get(i), claim.curveForm().get(j)),
                        Exprs.mul(claim.step().get(j), claim.curveForm().get(i))});
            }
        }
        int holds = 0;
        int fails = 0;
        String counterexample = "";
        Random random = new Random(17);
        for (int attempt = 0; attempt < 400 && holds + fails < 8; attempt++) {
            Environment env = Environment.random(1000 + attempt % 4, 3);
            if (!claim.rates().isEmpty() && claim.curve().names().contains(claim.by().name())) {
                env = env.withScalar(claim.by().name(), -3 + 6 * random.nextDouble());
            }
            double s0 = -3 + 6 * random.nextDouble();
            boolean found = false;
            for (int step = 0; step < 60; step++) {
                Environment at = env.withScalar(solved.name(), s0);
                double value = value(h, at);
                double slope = value(hs, at);
                if (!Double.isFinite(value) || !Double.isFinite(slope) || slope == 0) {
                    break;
                }
                if (Math.abs(value) < 1e-12 * (1 + Math.abs(s0))) {
                    found = true;
                    break;
                }
                s0 -= value / slope;
            }
            if (!found) {
                continue;
            }
            Environment at = env.withScalar(solved.name(), s0);
            Optional<Boolean> agree = agree(claim, checks, scales, at);
            if (agree.isEmpty()) {
                continue;
            }
            if (agree.get()) {
                holds++;
            } else {
                fails++;
                if (counterexample.isEmpty()) {
                    counterexample = "at the curve's point " + String.join(", ", claim.curve().names().stream().map(n -> String.format(Locale.ROOT,
                            "%s = %.6g", n, value(new Sym(n), at))).toList()) + " " + disagreement(claim, at);
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

    /** Whether the claim holds at the point {@code at} of the curve; empty where it is not defined there or says nothing. */
    private static Optional<Boolean> agree(Claim claim, List<Expr> checks, List<Expr[]> scales, Environment at) {
        if (claim.direct()) {
            double left = value(claim.step().get(0), at);
            return Double.isFinite(left) ? Optional.of(Math.abs(left) <= 1e-7 * (1 + scale(claim.step().get(0), at)))
                    : Optional.empty();
        }
        // the step must say something of the rates, and the curve must fix them
        boolean rated = false;
        boolean fixed = false;
        for (int i = 1; i < claim.step().size(); i++) {
            rated |= Math.abs(value(claim.step().get(i), at)) > 1e-6;
            fixed |= Math.abs(value(claim.curveForm().get(i), at)) > 1e-6;
        }
        if (!rated || !fixed) {
            return Optional.empty();
        }
        for (int k = 0; k < checks.size(); k++) {
            double minor = value(checks.get(k), at);
            double size = Math.abs(value(scales.get(k)[0], at)) + Math.abs(value(scales.get(k)[1], at));
            if (!Double.isFinite(minor) || !Double.isFinite(size)) {
                return Optional.empty();
            }
            if (Math.abs(minor) > 1e-6 * (size + 1e-9)) {
                return Optional.of(false);
            }
        }
        return Optional.of(true);
    }

    /** The size of the terms of {@code e} at {@code at}, to weigh a difference against. */
    private static double scale(Expr e, Environment at) {
        double sum = 0;
        for (Expr t : e instanceof org.symgrad.expr.Add add ? add.terms() : List.of(e)) {
            sum += Math.abs(value(t, at));
        }
        return sum;
    }

    /** How the step and the curve differ at {@code at}, where they do: the slopes, for one rate by a name of the curve. */
    private static String disagreement(Claim claim, Environment at) {
        if (claim.direct()) {
            return String.format(Locale.ROOT, "the step's sides differ by %.6g", value(claim.step().get(0), at));
        }
        if (claim.rates().size() == 1 && !Exprs.isNum(claim.curveForm().get(0), 0)) {
            double stated = -value(claim.step().get(0), at) / value(claim.step().get(1), at);
            double curve = -value(claim.curveForm().get(0), at) / value(claim.curveForm().get(1), at);
            return String.format(Locale.ROOT, "the step gives d%s/d%s = %.6g, the curve's slope is %.6g", claim.rates().get(0).name(),
                    claim.by().name(), stated, curve);
        }
        return "the step's equation in the rates is not the curve's derivative";
    }

    /** Whether {@code e} is 0 at a few random points: the step is affine in the rates. */
    private static boolean vanishes(Expr e) {
        for (long seed = 1; seed <= 3; seed++) {
            if (!(Math.abs(value(e, Environment.random(seed, 3))) < 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code e} at {@code at}; NaN where it has none (outside a domain, or an index left unbound). */
    private static double value(Expr e, Environment at) {
        try {
            return Evaluator.evaluate(e, at);
        } catch (IllegalArgumentException | ArithmeticException unbound) {
            return Double.NaN;
        }
    }

    /**
     * The derivatives dv/dt of a plain name by a plain name, and the names v′ ({@code yprime}), in {@code e}; false where
     * it writes another derivative (of an expression, or of a higher order), which is no rate this reads.
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
