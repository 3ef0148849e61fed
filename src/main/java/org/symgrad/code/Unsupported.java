package org.symgrad.code;

/**
 * Why a statement cannot be turned into code (a sum over part of a range, a function without a
 * NumPy spelling, …). Thrown while generating one function and caught there: the function is
 * still emitted, and raises {@code NotImplementedError} with this message when called.
 */
final class Unsupported extends RuntimeException {
    Unsupported(String reason) {
        super(reason, null, false, false);
    }
}
