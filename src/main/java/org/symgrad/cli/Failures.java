package org.symgrad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.symgrad.error.FileErrors;
import org.symgrad.error.SymgradException;

/**
 * Turns an exception from a command into its message and exit code; never a stack trace. (No
 * picocli type here: the fast path reports its failures without loading picocli.)
 */
final class Failures {
    private Failures() {
    }

    /** Prints what went wrong and returns the exit code: 2 input, 3 limit, 70 a defect of symgrad. */
    static int report(PrintWriter err, Throwable ex) {
        return switch (ex) {
            case SymgradException s -> {
                err.println(s.describe());
                yield s.exitCode();
            }
            case IOException io -> {
                err.println("error: " + FileErrors.describe(io));
                yield ExitCodes.INPUT;
            }
            case UncheckedIOException io -> {
                err.println("error: " + FileErrors.describe(io.getCause()));
                yield ExitCodes.INPUT;
            }
            case StackOverflowError so -> {
                err.println("error: limit exceeded (nesting-depth): the expression is nested too deeply");
                yield ExitCodes.LIMIT;
            }
            case OutOfMemoryError oom -> {
                err.println("error: limit exceeded (memory): the computation needs more memory than is available");
                yield ExitCodes.LIMIT;
            }
            default -> {
                // no exception class names or stack traces on the terminal (SPEC §6); a defect, not a limit
                err.println("error: internal error: " + (ex.getMessage() == null ? "unexpected failure" : ex.getMessage())
                        + "\n  (this is a defect of symgrad; please report it with the command line)");
                yield ExitCodes.INTERNAL;
            }
        };
    }
}
