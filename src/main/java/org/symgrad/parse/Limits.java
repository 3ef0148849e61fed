package org.symgrad.parse;

/** The resource limits the parser enforces (exceeding one is a {@code LimitException}, exit 3). */
final class Limits {
    /** Deepest bracket nesting, and deepest expression tree, accepted. */
    static final int MAX_NESTING = 1000;
    /**
     * Deepest chain of grammar rules: one bracket level costs up to seven rules (expr, term, signed,
     * power, exponent, power, primary in {@code x^(x^(…))}, the printed form of a tower), so
     * {@link #MAX_NESTING} brackets fit; a long chain of signs, powers or prefix sums hits this
     * instead of overflowing the stack.
     */
    static final int MAX_RULE_DEPTH = 8 * MAX_NESTING + 50;
    /**
     * Most tokens of one input (an expression or a whole script). An expression has at least about
     * a third as many nodes as tokens, so far beyond this it could not be simplified anyway
     * ({@code Budget.MAX_NODES}); checked while lexing, before any tree is built.
     */
    static final int MAX_TOKENS = 1_000_000;
    /** Longest number literal, in characters, and largest decimal exponent. */
    static final int MAX_NUMBER_LENGTH = 10_000;
    /** Highest derivative order {@code diff(f, x, n)} accepted. */
    static final int MAX_DERIVATIVE_ORDER = org.symgrad.expr.Derivative.MAX_ORDER;

    private Limits() {
    }
}
