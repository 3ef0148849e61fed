package org.symgrad.functions;

/**
 * How a printer lays out an application of a function beside its spelled name: most are calls
 * {@code name(u)}; {@code exp} may read as a power {@code e^{u}}, {@code abs} as bars {@code |u|},
 * {@code sqrt} as a radical {@code √u}, a comparison infix {@code x > 0} ({@link Relation}), and a
 * case split {@code where(cond, a, b)} as cases where a printer has them.
 */
public enum Layout {
    CALL,
    EXPONENTIAL,
    BARS,
    RADICAL,
    RELATION,
    CASES
}
