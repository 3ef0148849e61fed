package org.symgrad.cli;

import java.util.concurrent.Callable;
import org.symgrad.api.Symgrad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code symgrad gradcheck FILE [--n N] [--points P] [--seed S]}: each {@code derive} result of a
 * script against central finite differences; exit 1 when one is above the tolerance.
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compare each derive result of a script with central finite differences at random points;"
                + " exit 1 when the largest relative error of one is above 1e-6.")
final class GradcheckCommand implements Callable<Integer> {
    @ParentCommand
    SymgradCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script")
    String file;

    @Option(names = "--n", paramLabel = "N", description = "length of every index range (default 3)")
    int n = Symgrad.GRADCHECK_N;

    @Option(names = "--points", paramLabel = "P", description = "random points per statement (default 5)")
    int points = Symgrad.GRADCHECK_POINTS;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the random points (default 0)")
    long seed = Symgrad.GRADCHECK_SEED;

    @Mixin
    TimeoutOption timeout;

    @Override
    public Integer call() {
        Invocation invocation = new Invocation.Gradcheck(DashArguments.unmark(file), n, points, seed,
                timeout.timeout);
        return Execution.run(invocation, parent.io);
    }
}
