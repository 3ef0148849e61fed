package org.symgrad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that prints in a chosen {@code --format} to the command line's output. */
abstract class FormattedCommand implements Callable<Integer> {
    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
