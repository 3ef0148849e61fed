package org.symgrad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code symgrad simplify EXPR [--format F] [-o OUT]}. */
@Command(name = "simplify", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simplify an expression to textbook form.")
final class SimplifyCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
    String expression;

    @Mixin
    FormatOption format;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        Invocation invocation = new Invocation.Simplify(DashArguments.unmark(expression), format.format, format.output,
                timeout.timeout);
        return Execution.run(invocation, parent.io);
    }
}
