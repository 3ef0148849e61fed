package org.symgrad.functions;

/**
 * How a function treats a negated argument: the identity that moves the minus sign out of
 * {@code f(−u)}, as a rule of the rule book ({@code tanh-of-negative}, {@code sigma-of-negative}).
 */
public enum Parity {
    /** {@code f(−u) = −f(u)}: tanh, sinh, sin, tan, sign, erf. */
    ODD,
    /** {@code f(−u) = f(u)}: cosh, cos, abs. */
    EVEN,
    /** {@code f(−u) = 1 − f(u)}: σ, whose graph is symmetric about (0, 1/2). */
    COMPLEMENTARY,
    /** No such identity. */
    NONE
}
