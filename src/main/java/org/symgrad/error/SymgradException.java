package org.symgrad.error;

/**
 * The typed failures symgrad reports. Every failure a user or library caller can cause is one
 * of these; each carries the process exit code the CLI uses for it (SPEC §6).
 */
public abstract sealed class SymgradException extends RuntimeException permits InputException, LimitException {
    protected SymgradException(String message) {
        super(message);
    }

    /** 2 for bad input or usage, 3 for a resource limit. */
    public abstract int exitCode();

    /** The message as the CLI prints it (may span several lines). */
    public String describe() {
        return "error: " + getMessage();
    }
}
