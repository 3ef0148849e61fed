package org.symgrad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code symgrad} command: runs the command line on a thread with a large stack and a time
 * limit, and turns every failure into a message and an exit code (SPEC §6): 0 done, 1 a check
 * failed, 2 bad usage or input, 3 a resource limit. Never a stack trace.
 */
public final class Main {
    /** Wall-clock limit of one command. */
    static final long TIME_LIMIT_MILLIS = 60_000;
    private static final long STACK_BYTES = 512L << 20;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs one command line and returns its exit code; output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int[] code = {0};
        Thread worker = new Thread(null, () -> code[0] = execute(args, out, err), "symgrad", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            err.println("error: limit exceeded (time): the command ran longer than "
                    + TIME_LIMIT_MILLIS / 1000 + " s");
            err.flush();
            return ExitCodes.LIMIT;
        }
        out.flush();
        err.flush();
        return code[0];
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SymgradCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedOptionsArePositionalParams(true) // an expression may start with '-'
                .setExecutionExceptionHandler(new Failures(err))
                .setParameterExceptionHandler((ex, a) -> {
                    err.println("error: " + ex.getMessage());
                    err.println("Try 'symgrad --help'.");
                    return ExitCodes.INPUT;
                });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return Failures.resource(err, e);
        } catch (RuntimeException e) {
            err.println("error: internal error: " + e.getMessage());
            return ExitCodes.LIMIT;
        }
    }
}
