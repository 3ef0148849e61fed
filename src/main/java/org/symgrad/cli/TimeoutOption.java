package org.symgrad.cli;

import org.symgrad.error.TimeLimit;
import picocli.CommandLine.Option;

/** {@code --timeout SECONDS}: the CPU time a command, or each statement of a script, may take. */
final class TimeoutOption {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "CPU time limit of the command, or of each statement of a script (default 60)")
    double timeout = TimeLimit.DEFAULT_SECONDS;
}
