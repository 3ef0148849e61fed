package org.symgrad.cli;

import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code symgrad simplify EXPR [--format F]}. */
@Command(name = "simplify", mixinStandardHelpOptions = true, description = "Simplify an expression to textbook form.")
final class SimplifyCommand extends FormattedCommand {
    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
    String expression;

    @Override
    public Integer call() {
        Expr e = Symgrad.parse(expression);
        out().print(new Report(format.format(), false).simplification(e, Symgrad.simplify(e)));
        return ExitCodes.OK;
    }
}
