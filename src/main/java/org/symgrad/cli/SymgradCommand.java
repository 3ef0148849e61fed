package org.symgrad.cli;

import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "symgrad", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Symbolic gradients in index notation, simplified to textbook form, with step-by-step derivations.",
        subcommands = {DiffCommand.class, SimplifyCommand.class, RunCommand.class, CheckCommand.class,
                RenderCommand.class},
        footer = {"", "Exit codes: 0 done, 1 a check found a wrong step, 2 bad usage or input, 3 a resource limit."})
final class SymgradCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing command: one of diff, simplify, run, check, render");
    }
}
