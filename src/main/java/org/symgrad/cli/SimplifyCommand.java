package org.symgrad.cli;

import java.util.concurrent.Callable;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;
import org.symgrad.print.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symgrad simplify EXPR [--format F]}. */
@Command(name = "simplify", mixinStandardHelpOptions = true, description = "Simplify an expression to textbook form.")
final class SimplifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
    String expression;

    @Mixin
    FormatOption format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Expr e = Symgrad.parse(expression);
        spec.commandLine().getOut().print(new Report(format.format(), false).simplification(e, Symgrad.simplify(e)));
        return ExitCodes.OK;
    }
}
