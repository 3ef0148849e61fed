package org.symgrad.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.check.Checker;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.oracle.Oracle;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.report.Report;

/**
 * Runs one {@link FuzzCase} through the library as a user would — {@link Deriver#derivative} for
 * the answer and {@link Deriver#derive} for the steps — and judges the answer, the derivation's
 * result and every step of it and of its sub-derivations against the {@link NumericJudge} at every
 * point and index binding. Anything thrown is classified: a {@link LimitException} is accepted on
 * a large input and unexpected on a small one (a time limit that used little CPU time is tried
 * again: the machine's load may have spent the budget); an {@link InputException} means the
 * library refused the input;
 * anything else escaped. Every {@value #CROSS_CHECK_EVERY}th passed case also goes through
 * {@code check} and a print–parse round trip ({@link #crossChecked}).
 */
final class DifferentialFuzzer {
    private DifferentialFuzzer() {
    }

    /** Tries a case that hit the time limit again, up to this many times, while load may be the cause. */
    private static final int TIME_LIMIT_ATTEMPTS = 3;
    /** CPU time below which a time-limit hit is taken to be the machine's load, not the case's cost. */
    private static final long LOAD_CPU_NANOS = 5_000_000_000L;

    static Finding run(FuzzCase c) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Finding f = null;
        for (int attempt = 0; attempt < TIME_LIMIT_ATTEMPTS; attempt++) {
            long start = cpu.getCurrentThreadCpuTime();
            f = attempt(c);
            long used = cpu.getCurrentThreadCpuTime() - start;
            if (!f.detail().contains("limit exceeded (time)") || used >= LOAD_CPU_NANOS) {
                return f;
            }
        }
        return new Finding(c, f.outcome(), f.detail() + " (each of " + TIME_LIMIT_ATTEMPTS
                + " attempts used less than " + LOAD_CPU_NANOS / 1_000_000_000 + " s of CPU time)");
    }

    private static Finding attempt(FuzzCase c) {
        Expr answer;
        Derivation derivation;
        try {
            Deriver deriver = new Deriver(c.definitions(), List.of());
            answer = deriver.derivative(c.of(), c.wrt());
            derivation = deriver.derive(c.of(), c.wrt());
        } catch (LimitException e) {
            return new Finding(c, c.nodes() < Finding.SMALL_INPUT ? Finding.Outcome.UNEXPECTED_LIMIT
                    : Finding.Outcome.ACCEPTED_LIMIT, e.describe());
        } catch (InputException e) {
            return new Finding(c, Finding.Outcome.INPUT_ERROR, e.describe());
        } catch (RuntimeException | StackOverflowError e) {
            return new Finding(c, Finding.Outcome.UNCAUGHT_EXCEPTION, e.toString());
        }
        Finding judged;
        try {
            judged = judged(c, answer, derivation);
        } catch (RuntimeException | StackOverflowError e) {
            return new Finding(c, Finding.Outcome.UNCAUGHT_EXCEPTION, "while evaluating: " + e);
        }
        if (judged.outcome() != Finding.Outcome.PASSED || c.id() % CROSS_CHECK_EVERY != 0) {
            return judged;
        }
        try {
            return crossChecked(c, answer).map(f -> f.counted(judged.compared(), judged.undecided(), judged.firstUndecided())).orElse(judged);
        } catch (LimitException e) {
            return new Finding(c, Finding.Outcome.ACCEPTED_LIMIT, "check or re-parse: " + e.describe());
        } catch (RuntimeException | StackOverflowError e) {
            return new Finding(c, Finding.Outcome.UNCAUGHT_EXCEPTION, "check or re-parse: " + e);
        }
    }

    /** The share of passed cases whose answer also goes through {@code check} and a print–parse round trip. */
    static final int CROSS_CHECK_EVERY = 20;

    /**
     * The answer through the other paths a user takes: printed as ASCII it re-parses to the same
     * value; {@code check diff(of, wrt) = answer} holds; {@code check answer = answer·(1 + 10⁻⁹)}
     * is false (unless the answer is proven 0).
     */
    private static Optional<Finding> crossChecked(FuzzCase c, Expr answer) {
        Expr reparsed = Parser.parseExpression(Printer.ascii(answer));
        Checker checker = new Checker(c.definitions(), List.of());
        Verdict same = checker.check(reparsed, answer);
        if (!same.holds() && same.kind() != Verdict.Kind.UNDECIDED) {
            return Optional.of(new Finding(c, Finding.Outcome.WRONG_ANSWER, "the ASCII answer " + Printer.ascii(answer)
                    + " re-parses to a different value: " + Report.describe(same)));
        }
        Verdict derivative = checker.check(new org.symgrad.expr.Derivative(c.of(), c.wrt()), answer);
        if (derivative.kind() == Verdict.Kind.FALSE) {
            return Optional.of(new Finding(c, Finding.Outcome.WRONG_ANSWER, "check calls the right answer false: "
                    + Report.describe(derivative)));
        }
        Expr perturbed = Exprs.mul(answer, Exprs.add(Exprs.ONE, Exprs.num(Rational.of(1, 1_000_000_000))));
        Verdict off = checker.check(answer, perturbed);
        if (off.kind() == Verdict.Kind.NUMERICALLY_EQUAL && nonzeroWhereCheckSamples(c, answer)) {
            return Optional.of(new Finding(c, Finding.Outcome.CHECK_MISSES_DIFFERENCE,
                    "check misses a relative difference of 1e-9: answer = answer*(1 + 1/10^9) is " + off.kind()));
        }
        return Optional.empty();
    }

    /**
     * The answer at every point, and every step of the derivation and its sub-derivations at the
     * first random and the first boundary point; the first disagreement, or passed.
     */
    private static Finding judged(FuzzCase c, Expr answer, Derivation derivation) {
        NumericJudge judge = new NumericJudge(c);
        List<Judged> derivations = new ArrayList<>();
        for (Derivation d : all(derivation)) {
            boolean outer = d == derivation;
            NumericJudge.Differentiation prepared = judge.prepare(d.of(), d.wrt());
            List<Candidate> steps = new ArrayList<>();
            for (int s = 0; s < d.steps().size(); s++) {
                Step step = d.steps().get(s);
                steps.add(new Candidate((outer ? "" : "sub-derivation d(" + Printer.ascii(d.of()) + ")/d("
                        + Printer.ascii(d.wrt()) + ") ") + "step " + s + " (" + step.rule() + ")", step.expr(),
                        judge.expanded(prepared, step.expr())));
            }
            Candidate result = new Candidate("the answer", answer, judge.expanded(prepared, answer));
            derivations.add(new Judged(prepared, outer ? List.of(result) : List.of(), steps));
        }
        int compared = 0;
        Map<Undecidable, Integer> undecided = new java.util.EnumMap<>(Undecidable.class);
        Map<Undecidable, String> firstUndecided = new java.util.EnumMap<>(Undecidable.class);
        List<Environment> points = judge.points(c);
        for (int p = 0; p < points.size(); p++) {
            boolean withSteps = p == 0 || p == NumericJudge.FIRST_BOUNDARY_POINT;
            for (Judged d : derivations) {
                List<Candidate> candidates = new ArrayList<>(d.answers());
                if (withSteps) {
                    candidates.addAll(d.steps());
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                NumericJudge.Differentiation prepared = d.derivative();
                for (Map<String, Integer> b : judge.bindings(prepared.of(), prepared.wrt(), points.get(p).seed())) {
                    Environment env = Oracle.bind(points.get(p), b);
                    Optional<NumericJudge.Truth> truth = judge.truth(prepared, env);
                    if (truth.isEmpty()) {
                        continue;
                    }
                    for (Candidate k : candidates) {
                        NumericJudge.Judgement j = judge.judge(prepared, k.expanded(), env, truth.get());
                        switch (j.kind()) {
                            case UNDECIDED -> {
                                undecided.merge(j.why(), 1, Integer::sum);
                                firstUndecided.putIfAbsent(j.why(), k.what() + " " + Printer.ascii(k.expr()) + " at "
                                        + describe(env, b) + ": " + j.detail());
                            }
                            case WRONG -> {
                                return new Finding(c, Finding.Outcome.WRONG_ANSWER, k.what() + " "
                                        + Printer.ascii(k.expr()) + "\nat " + describe(env, b) + ": " + j.detail())
                                        .counted(compared, undecided, firstUndecided);
                            }
                            case AGREES -> compared++;
                        }
                    }
                }
            }
        }
        if (compared == 0) {
            return new Finding(c, Finding.Outcome.NOT_EVALUABLE, "no point where the derivative is defined")
                    .counted(compared, undecided, firstUndecided);
        }
        return Finding.passed(c).counted(compared, undecided, firstUndecided);
    }

    /** A derivation ready to judge: its answers (the outer one only) and its steps. */
    private record Judged(NumericJudge.Differentiation derivative, List<Candidate> answers, List<Candidate> steps) {
    }

    private record Candidate(String what, Expr expr, Expr expanded) {
    }

    /**
     * Whether {@code answer} (definitions expanded) is certainly not 0 at one of the points
     * {@code check} samples — random values in [−1.5, 1.5], n = 3, free indices through 1…3 — so
     * that {@code answer·(1 + 10⁻⁹)} differs from it there ({@code heaviside(y − 3)} is 0 at all of them).
     */
    private static boolean nonzeroWhereCheckSamples(FuzzCase c, Expr answer) {
        Expr expanded = c.definitions().expand(answer);
        List<String> free = new ArrayList<>(new java.util.TreeSet<>(org.symgrad.expr.Indices.free(expanded)));
        for (long seed = 1; seed <= Checker.POINTS; seed++) {
            Environment env = Environment.random(seed, 3);
            long digits = seed - 1;
            for (String index : free) {
                env = env.withBinding(index, 1 + (int) (digits % 3));
                digits /= 3;
            }
            org.symgrad.eval.Ball v;
            try {
                v = org.symgrad.eval.BallEvaluator.evaluate(expanded, env);
            } catch (IllegalArgumentException notEvaluable) {
                continue;
            }
            if (v.isDefined() && v.mid().abs().doubleValue() > 2 * v.radius()) {
                return true;
            }
        }
        return false;
    }

    /** The derivation and its sub-derivations, depth first. */
    private static List<Derivation> all(Derivation d) {
        List<Derivation> out = new ArrayList<>();
        out.add(d);
        for (Derivation inner : d.inner()) {
            out.addAll(all(inner));
        }
        return out;
    }

    private static String describe(Environment env, Map<String, Integer> bindings) {
        StringBuilder s = new StringBuilder();
        for (String v : List.of("x", "y", "z")) {
            s.append(v).append(" = ").append(env.scalar(v)).append(", ");
        }
        for (int k = 1; k <= env.n(); k++) {
            s.append("x_").append(k).append(" = ").append(env.indexed("x", k)).append(", ");
        }
        return s.append(bindings.isEmpty() ? "" : bindings.toString()).toString().replaceAll(", $", "");
    }
}
