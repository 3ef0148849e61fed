package org.symgrad.cli;

import java.io.PrintWriter;
import java.util.List;
import org.symgrad.api.Symgrad;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;
import org.symgrad.print.Report;
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
        requireSameRank(e, v);
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

    /**
     * {@code x_i} and {@code x_{ij}} are different variables, so {@code diff x_i --wrt x_{jk}} would
     * be 0; far more likely the indices are mistyped. When the name occurs in the expression, it
     * must occur with as many indices as the variable has.
     */
    private static void requireSameRank(Expr e, Expr v) {
        String name = v instanceof Indexed x ? x.name() : ((Sym) v).name();
        int rank = v instanceof Indexed x ? x.indices().size() : 0;
        java.util.TreeSet<Integer> ranks = new java.util.TreeSet<>();
        java.util.ArrayDeque<Expr> pending = new java.util.ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            switch (pending.pop()) {
                case Indexed x when x.name().equals(name) -> ranks.add(x.indices().size());
                case Sym s when s.name().equals(name) -> ranks.add(0);
                case Expr other -> pending.addAll(Exprs.children(other));
            }
        }
        if (!ranks.isEmpty() && !ranks.contains(rank)) {
            int used = ranks.first();
            throw new InputException("cannot differentiate with respect to " + Printer.ascii(v) + ": " + name
                    + " is used with " + used + (used == 1 ? " index" : " indices") + " in the expression, not "
                    + rank);
        }
    }
}
