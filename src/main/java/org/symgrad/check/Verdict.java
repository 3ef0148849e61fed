package org.symgrad.check;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.symgrad.eval.Ball;
import org.symgrad.expr.Expr;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Rational;

/**
 * The outcome of checking one equality {@code left = right}: proven symbolically, holding at every
 * sampled point (not proven), or false, with a point where the two sides differ, the two values
 * there, and — when it is known exactly — their difference.
 *
 * @param point           for a false equality, the values of the variables and indices at the witness point
 * @param leftValue       the left side's value at the point ({@link Ball#UNDEFINED} unless false)
 * @param rightValue      the right side's value at the point ({@link Ball#UNDEFINED} unless false)
 * @param exactDifference {@code left − right} at the point when it is known exactly, else {@code null}
 * @param conditions      for a proof that holds only where these expressions are positive (it split
 *                        {@code log(x·y)} into {@code log(x) + log(y)}), the expressions; else empty.
 *                        The point, if any, is then one outside them where only one side is defined.
 * @param assumed         for a proof, the assumptions it used, as stated ({@code x > 0},
 *                        {@code y in {0, 1}}): it holds wherever they do, and says so; else empty
 * @param awayFrom        for a proof of piecewise sides, where it holds: away from the jumps of their
 *                        steps, as stated ({@code a - b ≠ 0}); else empty
 */
public record Verdict(Expr left, Expr right, Kind kind, Map<String, Double> point, Ball leftValue,
                      Ball rightValue, Rational exactDifference, List<Expr> conditions, List<String> assumed,
                      List<String> awayFrom) {
    /** Proven symbolically, equal at every sampled point, false at some point, or not evaluable at any. */
    public enum Kind { PROVEN, NUMERICALLY_EQUAL, FALSE, UNDECIDED }

    /** A point's name for the range size n where an index of the same name takes the name n. */
    public static final String RANGE_SIZE = "range size n";

    public Verdict {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(leftValue);
        Objects.requireNonNull(rightValue);
        // Sorted by name, and kept sorted: Map.copyOf's iteration order changes from run to run, and
        // reports print the point, so they would not be deterministic.
        point = point == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(point));
        conditions = List.copyOf(conditions);
        assumed = List.copyOf(assumed);
        awayFrom = List.copyOf(awayFrom);
    }

    public Verdict(Expr left, Expr right, Kind kind, Map<String, Double> point, Ball leftValue,
                   Ball rightValue, Rational exactDifference, List<Expr> conditions, List<String> assumed) {
        this(left, right, kind, point, leftValue, rightValue, exactDifference, conditions, assumed, List.of());
    }

    /** Why an undecided verdict decides nothing: its reasons, where it gives any ({@code assumed}); else that no point had a value. */
    public String undecidedWords() {
        return assumed.isEmpty() ? "could not be evaluated at any sampled point" : String.join("; ", assumed);
    }

    /** Proven wherever none of the steps of piecewise sides is at its jump ({@code awayFrom}: {@code a - b ≠ 0}). */
    public static Verdict provenAwayFrom(Expr left, Expr right, List<String> awayFrom) {
        return new Verdict(left, right, Kind.PROVEN, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED, null, List.of(), List.of(),
                awayFrom);
    }

    /** A verdict without a witness point: proven, numerically equal or undecided. */
    public static Verdict of(Expr left, Expr right, Kind kind) {
        if (kind == Kind.FALSE) {
            throw new IllegalArgumentException("a false verdict needs its witness point");
        }
        return new Verdict(left, right, kind, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED, null, List.of(), List.of());
    }

    /** Proven wherever the assumptions {@code assumed} hold (as stated: {@code x > 0}), which it needed. */
    public static Verdict provenGiven(Expr left, Expr right, List<String> assumed) {
        return new Verdict(left, right, Kind.PROVEN, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED, null, List.of(), assumed);
    }

    /** The equality fails at {@code point}, where the sides have the given values. */
    public static Verdict falseAt(Expr left, Expr right, Map<String, Double> point, Ball leftValue,
                                  Ball rightValue, Rational exactDifference) {
        return new Verdict(left, right, Kind.FALSE, point, leftValue, rightValue, exactDifference, List.of(), List.of());
    }

    /**
     * Proven where every one of {@code conditions} is positive, and not beyond: at {@code point}
     * (possibly empty), outside them, only one side has a value ({@code leftValue} or
     * {@code rightValue}, the other {@link Ball#UNDEFINED}).
     */
    public static Verdict provenUnder(Expr left, Expr right, List<Expr> conditions, Map<String, Double> point,
                                      Ball leftValue, Ball rightValue) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("a conditional proof needs its conditions");
        }
        return new Verdict(left, right, Kind.PROVEN, point, leftValue, rightValue, null, conditions, List.of());
    }

    /**
     * Proven for every value at which both sides are defined and the assumptions hold, not only under
     * conditions the proof found ({@link #assumed} names the assumptions it used).
     */
    public boolean unconditional() {
        return kind == Kind.PROVEN && conditions.isEmpty();
    }

    /**
     * {@code proven}, {@code proven under x > 0 (assumed)} for a proof that used assumptions, or
     * {@code proven where x ≠ 0} for piecewise sides, away from their jumps.
     */
    public String provenWords() {
        String words = assumed.isEmpty() ? "proven" : "proven under " + MatrixFunctionNames.inWords(String.join(", ", assumed)) + " (assumed)";
        return awayFrom.isEmpty() ? words : words + " where " + String.join(", ", awayFrom);
    }

    public boolean holds() {
        return kind == Kind.PROVEN || kind == Kind.NUMERICALLY_EQUAL;
    }
}
