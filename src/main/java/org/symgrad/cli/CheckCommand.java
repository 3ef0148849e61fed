package org.symgrad.cli;

import java.util.List;
import org.symgrad.api.Symgrad;
import org.symgrad.report.Report;
import org.symgrad.run.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symgrad check FILE}: runs a script and reports its checks; exit 1 if one fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify the 'check a = b = …' statements of a script; exit 1 names a false step.")
final class CheckCommand extends FormattedCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the script")
    String file;

    @Override
    public Integer call() {
        List<Outcome> checks = Symgrad.run(Inputs.read(file)).stream()
                .filter(o -> o instanceof Outcome.Checked).toList();
        out().print(new Report(format.format(), false).outcomes(checks));
        return checks.stream().allMatch(RunCommand::holds) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
