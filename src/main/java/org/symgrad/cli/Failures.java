package org.symgrad.cli;

import java.io.PrintWriter;
import org.symgrad.error.SymgradException;
import picocli.CommandLine;

/** Turns an exception from a command into its message and exit code; never a stack trace. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (ex instanceof SymgradException s) {
            err.println(s.describe());
            return s.exitCode();
        }
        if (ex instanceof java.io.IOException io) {
            err.println("error: " + io.getMessage());
            return ExitCodes.INPUT;
        }
        err.println("error: internal error: " + ex);
        return ExitCodes.LIMIT;
    }

    static int resource(PrintWriter err, Throwable e) {
        err.println(e instanceof StackOverflowError
                ? "error: limit exceeded (nesting-depth): the expression is nested too deeply"
                : "error: limit exceeded (memory): the computation needs more memory than is available");
        return ExitCodes.LIMIT;
    }
}
