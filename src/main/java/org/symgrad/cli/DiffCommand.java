package org.symgrad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code symgrad diff EXPR --wrt VAR [--order N] [--steps] [--detail D] [--format F] [--form FORM] [-o OUT]}. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Differentiate an expression.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression, e.g. 'log(sigma(x))'")
    String expression;

    @Option(names = "--wrt", required = true, paramLabel = "VAR", description = "the variable, e.g. x or W_{kl}")
    String wrt;

    @Option(names = "--order", defaultValue = "1", paramLabel = "N", description = "order of the derivative (default 1)")
    int order;

    @Option(names = "--steps", description = "show every step with the rule that produced it")
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
        Invocation invocation = new Invocation.Diff(DashArguments.unmark(expression), wrt, order, steps, detail.detail,
                format.format,
                form.form, format.output, timeout.timeout);
        return Execution.run(invocation, parent.io);
    }
}
