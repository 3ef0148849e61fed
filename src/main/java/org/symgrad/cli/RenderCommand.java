package org.symgrad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code symgrad render (FILE|EXPR) -o OUT.png|OUT.svg}: an expression or a script's derivations as an image. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Render an expression, or every derivation of a script with its steps, to PNG or SVG.")
final class RenderCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "FILE|EXPR", description = "a script file or an expression")
    String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "OUT.png or OUT.svg")
    Path output;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        Invocation invocation = new Invocation.Render(DashArguments.unmark(input), output,
                timeout.timeout);
        return Execution.run(invocation, parent.io);
    }
}
