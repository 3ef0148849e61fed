package org.symgrad.error;

/**
 * A resource limit was hit (nesting depth, expression size, exponent, derivative order, time).
 * Exit code 3. {@link #limit()} names which one, e.g. {@code "nesting-depth"}.
 */
public final class LimitException extends SymgradException {
    private final String limit;
    private final transient SourceSpan span;

    public LimitException(String limit, String message) {
        this(limit, message, null);
    }

    /** A limit hit while working on the statement or expression at {@code span}. */
    public LimitException(String limit, String message, SourceSpan span) {
        super(message);
        this.limit = limit;
        this.span = span;
    }

    /** Where the input that hit the limit is, when known. */
    public java.util.Optional<SourceSpan> span() {
        return java.util.Optional.ofNullable(span);
    }

    /** A copy that points at {@code where}, unless this one already has a place. */
    public LimitException at(SourceSpan where) {
        return span != null || where == null ? this : new LimitException(limit, getMessage(), where);
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
        String what = "limit exceeded (" + limit + "): " + getMessage();
        if (span == null) {
            return "error: " + what;
        }
        return "error: line " + span.line() + ", column " + span.column() + ": " + what + "\n" + span.caretDiagram();
    }
}
