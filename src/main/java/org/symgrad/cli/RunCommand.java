package org.symgrad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code symgrad run FILE.sg [--steps] [--detail D] [--format F] [--form FORM] [-o OUT]}: runs a script. With {@code -o} the
 * output file's extension chooses the form (see {@link org.symgrad.api.Results#write}).
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run a derivation script (.sg).")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script")
    String file;

    @Option(names = "--steps", description = "show every step of each derivation")
    boolean steps;

    @Mixin
    DetailOption detail;

    @Mixin
    FormatOption format;

    @Mixin
    FormOption form;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        Invocation invocation = new Invocation.Run(DashArguments.unmark(file), steps, detail.detail, format.format,
                form.form,
                format.output, timeout.timeout);
        return Execution.run(invocation, parent.io);
    }
}
