package org.symgrad.cli;

import java.io.PrintWriter;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Variables;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symgrad diff EXPR --wrt VAR [--order N] [--steps] [--format F]}. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Differentiate an expression.")
final class DiffCommand extends FormattedCommand {
    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression, e.g. 'log(sigma(x))'")
    String expression;

    @Option(names = "--wrt", required = true, paramLabel = "VAR", description = "the variable, e.g. x or W_{kl}")
    String wrt;

    @Option(names = "--order", defaultValue = "1", paramLabel = "N", description = "order of the derivative (default 1)")
    int order;

    @Option(names = "--steps", description = "show every step with the rule that produced it")
    boolean steps;

    @Override
    public Integer call() {
        if (order < 1) {
            throw new InputException("--order must be a positive integer, not " + order);
        }
        if (order > Differentiator.MAX_ORDER) {
            throw new LimitException("derivative-order", "--order " + order + " exceeds the limit "
                    + Differentiator.MAX_ORDER);
        }
        Expr e = Symgrad.parse(expression);
        Expr v = Symgrad.variable(wrt);
        Variables.requireRank(e, v, false);
        Report report = new Report(format.format(), steps);
        PrintWriter out = out();
        Expr current = e;
        for (int i = 0; i < order; i++) {
            Derivation d = Deriver.plain().derive(current, v);
            if (steps || i == order - 1) {
                out.print(report.derivation(d));
            }
            current = d.result();
        }
        return ExitCodes.OK;
    }
}
