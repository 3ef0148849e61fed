package org.symgrad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "symgrad", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Symbolic gradients in index notation, simplified to textbook form, with step-by-step derivations.",
        subcommands = {DiffCommand.class, SimplifyCommand.class, RunCommand.class, CheckCommand.class,
                GradcheckCommand.class, RenderCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "A FILE or EXPR of '-' is read from standard input; '--' ends the options.",
                "Exit codes: 0 done, 1 a check found a wrong step (gradcheck: a wrong result),",
                "2 bad usage or input, 3 a resource limit, 70 an internal error, 74 the output",
                "could not be written."})
final class SymgradCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The streams of this run, for the subcommands. */
    Io io;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: one of diff, simplify, run, check, gradcheck, render, help");
    }
}
