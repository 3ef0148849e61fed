package org.symgrad.error;

/**
 * A resource limit was hit (nesting depth, expression size, exponent, derivative order, time).
 * Exit code 3. {@link #limit()} names which one, e.g. {@code "nesting-depth"}.
 */
public final class LimitException extends SymgradException {
    private final String limit;

    public LimitException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }

    @Override
    public int exitCode() {
        return 3;
    }

    @Override
    public String describe() {
        return "error: limit exceeded (" + limit + "): " + getMessage();
    }
}
