package org.symgrad.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.symgrad.error.FileErrors;
import org.symgrad.error.TimeLimit;
import picocli.CommandLine;

/**
 * The {@code symgrad} command: runs the command line on a thread with a large stack and a time
 * limit, and turns every failure into a message and an exit code (SPEC §6): 0 done, 1 a check
 * failed, 2 bad usage or input, 3 a resource limit, 70 a defect of symgrad, 74 the output could
 * not be written. Never a stack trace.
 *
 * <p>The common command lines are parsed by {@link FastPath}, which does not build picocli's
 * reflective command model; picocli parses every other (help, completion, errors) — the two agree
 * on every command line the fast path accepts.
 */
public final class Main {
    private static final long STACK_BYTES = 512L << 20;
    /**
     * How much longer than its limit the working thread may run before the watchdog ends the
     * command: the thread's own checks, which keep the other statements' results, come first.
     */
    private static final long GRACE_NANOS = 2_000_000_000L;
    private static final long POLL_MILLIS = 100;

    private Main() {
    }

    public static void main(String[] args) {
        // The command never opens a window: rendering must not look for a display. Set here, in
        // the program's entry point, never in library code (a library must not change its host JVM).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        FailureRecordingStream stdout = new FailureRecordingStream(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(args, System.in, out, err);
        out.flush();
        if (out.checkError()) {
            err.println("error: cannot write the output: "
                    + stdout.failure().map(FileErrors::reason).orElse("input/output failure"));
            code = code == ExitCodes.OK || code == ExitCodes.CHECK_FAILED ? ExitCodes.OUTPUT : code;
        }
        err.flush();
        if ("halt".equals(System.getProperty("symgrad.exit"))) {
            // The launcher's choice when no JVM option of the user's could have installed a shutdown
            // hook: System.exit would first start the platform logging to log the exit (about 0.02 s
            // of CPU, a tenth of a short call). Everything the command wrote is flushed above.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /** {@link #run(String[], PrintWriter, PrintWriter)} reading {@code in} for an argument {@code -}. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, new Io(in, out, err), true);
    }

    /** Runs a command line, through the fast path where it applies when {@code fast}. */
    static int run(String[] args, Io io, boolean fast) {
        int[] code = {0};
        AtomicReference<TimeLimit> limit = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            limit.set(TimeLimit.install(TimeLimit.DEFAULT_SECONDS, true));
            code[0] = execute(args, io, fast);
        }, "symgrad", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        // The watchdog for work that does not check its time itself: the working thread's CPU time.
        try {
            while (worker.isAlive()) {
                worker.join(POLL_MILLIS);
                TimeLimit l = limit.get();
                if (worker.isAlive() && l != null && l.exceeded(GRACE_NANOS)) {
                    io.out().flush();
                    io.err().println(l.exception().describe());
                    io.err().flush();
                    return ExitCodes.LIMIT;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.LIMIT;
        }
        io.out().flush();
        io.err().flush();
        return code[0];
    }

    private static int execute(String[] args, Io io, boolean fast) {
        try {
            Optional<Invocation> common = fast ? FastPath.parse(args) : Optional.empty();
            if (common.isPresent()) {
                return Execution.run(common.get(), io);
            }
            return picocli(io).execute(DashArguments.mark(args));
        } catch (Throwable e) {
            return Failures.report(io.err(), e);
        }
    }

    /** The full command line: help, version, completion and every error message. */
    static CommandLine picocli(Io io) {
        SymgradCommand root = new SymgradCommand();
        root.io = io;
        return new CommandLine(root)
                .setOut(io.out())
                .setErr(io.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUnmatchedOptionsArePositionalParams(true)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> Failures.report(io.err(), ex))
                .setParameterExceptionHandler((ex, a) -> usageError(io.err(), ex));
    }

    private static int usageError(PrintWriter err, CommandLine.ParameterException ex) {
        err.println("error: " + DashArguments.unmark(ex.getMessage()));
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList())
                        + "?");
            }
        }
        err.println("Try 'symgrad --help'.");
        return ExitCodes.INPUT;
    }

    /** Standard output that remembers why a write failed (a full disk), for the message. */
    private static final class FailureRecordingStream extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        FailureRecordingStream(OutputStream out) {
            this.out = out;
        }

        Optional<IOException> failure() {
            return Optional.ofNullable(failure);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
