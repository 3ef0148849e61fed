package org.symgrad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code symgrad check FILE}: runs a script and reports its checks; exit 1 if one fails. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Verify the 'check a = b = …' statements of a script; exit 1 names a false step.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script")
    String file;

    @Mixin
    FormatOption format;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        Invocation invocation = new Invocation.Check(DashArguments.unmark(file), format.format, format.output,
                timeout.timeout);
        return Execution.run(invocation, parent.io);
    }
}
