package org.symgrad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code symgrad check FILE}: the {@code check} statements of a script, or every equation of a
 * Markdown or LaTeX derivation (SPEC §8); exit 1 if a step is false.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Verify a derivation: the 'check' statements of a script, or every equation of a Markdown or "
                + "LaTeX document (-o checked.md|.tex|.pdf annotates it); exit 1 names a false step.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "a script, a Markdown or LaTeX document, or - for standard input")
    String file;

    @Option(names = "--input", paramLabel = "KIND",
            description = "md, tex, ipynb or sg: how to read FILE (default: its extension .md .tex .ipynb .sg, else what the text looks like)")
    String input;

    @Option(names = "--assume", paramLabel = "TEXT",
            description = "an assumption, as in a directive: 'sum_k t_k = 1', 'y one-hot', 'x > 0', 'i != j'")
    List<String> assume = new ArrayList<>();

    @Option(names = "--let", paramLabel = "TEXT", description = "a definition, as in a directive: 'y_i = exp(z_i)/sum_k exp(z_k)'")
    List<String> let = new ArrayList<>();

    @Option(names = "--einstein", description = "an index repeated in a product is summed")
    boolean einstein;

    @Mixin
    FormatOption format;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        Invocation invocation = new Invocation.Check(DashArguments.unmark(file), format.format, format.output,
                timeout.timeout, input, List.copyOf(assume), List.copyOf(let), einstein);
        return Execution.run(invocation, parent.io);
    }
}
