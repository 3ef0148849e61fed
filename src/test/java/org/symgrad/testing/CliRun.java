package org.symgrad.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.symgrad.cli.Main;

/** One in-process run of the command line: its exit code and what it printed on each stream. */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code symgrad args…} in this JVM, as the launcher would. */
    public static CliRun symgrad(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
