package org.symgrad.error;

import java.util.Optional;

/** Bad input or usage: a parse error, a semantic error in an expression or script. Exit code 2. */
public final class InputException extends SymgradException {
    private final transient SourceSpan span;

    public InputException(String message) {
        this(message, null);
    }

    public InputException(String message, SourceSpan span) {
        super(message);
        this.span = span;
    }

    public Optional<SourceSpan> span() {
        return Optional.ofNullable(span);
    }

    /** A copy that points at {@code where}, unless this one already has a place. */
    public InputException at(SourceSpan where) {
        return span != null || where == null ? this : new InputException(getMessage(), where);
    }

    @Override
    public int exitCode() {
        return 2;
    }

    @Override
    public String describe() {
        if (span == null) {
            return "error: " + getMessage();
        }
        return "error: line " + span.line() + ", column " + span.column() + ": " + getMessage() + "\n"
                + span.caretDiagram();
    }
}
