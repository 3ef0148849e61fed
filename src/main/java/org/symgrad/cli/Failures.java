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
            err.println("error: " + describe(io));
            return ExitCodes.INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException io) {
            err.println("error: " + describe(io.getCause()));
            return ExitCodes.INPUT;
        }
        // no exception class names or stack traces on the terminal (SPEC §6)
        err.println("error: internal error: " + (ex.getMessage() == null ? "unexpected failure" : ex.getMessage()));
        return ExitCodes.LIMIT;
    }

    /**
     * Why a file operation failed, in words: Java's own messages for these are just the path
     * ({@code NoSuchFileException: /a/b}), which reads as if the path were the error.
     */
    static String reason(java.io.IOException io) {
        return switch (io) {
            case java.nio.file.NoSuchFileException n -> "no such file or directory";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.FileAlreadyExistsException a -> "it already exists";
            case java.nio.file.NotDirectoryException n -> "a part of the path is not a directory";
            case java.nio.file.FileSystemException fs when fs.getReason() != null -> fs.getReason();
            default -> io.getMessage() == null || io.getMessage().isBlank() ? "input/output failure" : io.getMessage();
        };
    }

    /** The message of a file failure: the file, when known, and the reason. */
    static String describe(java.io.IOException io) {
        return io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                ? "cannot access " + fs.getFile() + ": " + reason(io)
                : reason(io);
    }

    static int resource(PrintWriter err, Throwable e) {
        err.println(e instanceof StackOverflowError
                ? "error: limit exceeded (nesting-depth): the expression is nested too deeply"
                : "error: limit exceeded (memory): the computation needs more memory than is available");
        return ExitCodes.LIMIT;
    }
}
