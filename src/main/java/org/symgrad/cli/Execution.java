package org.symgrad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.symgrad.api.Detail;
import org.symgrad.api.DocumentCheck;
import org.symgrad.api.GradcheckReport;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.ResultForm;
import org.symgrad.api.Results;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.error.TimeLimit;

/** Runs a parsed command line through the library facade and returns its exit code (SPEC §6). */
final class Execution {
    /** Highest {@code --order}; the facade's own limit. */
    static final int MAX_ORDER = Symgrad.MAX_DERIVATIVE_ORDER;

    private Execution() {
    }

    static int run(Invocation invocation, Io io) {
        if (!(invocation.timeout() > 0) || Double.isInfinite(invocation.timeout())) {
            throw new InputException("--timeout must be a positive number of seconds, not "
                    + java.math.BigDecimal.valueOf(invocation.timeout()).stripTrailingZeros().toPlainString());
        }
        TimeLimit.change(invocation.timeout());
        TimeLimit.restart();
        return switch (invocation) {
            case Invocation.Diff d -> {
                OutputFormat format = format(d.format());
                if (d.order() < 1) {
                    throw new InputException("--order must be a positive integer, not " + d.order());
                }
                if (d.order() > MAX_ORDER) {
                    throw new LimitException("derivative-order", "--order " + d.order() + " exceeds the limit "
                            + MAX_ORDER);
                }
                ResultForm form = form(d.form());
                Optional<Detail> detail = detail(d.steps(), d.detail());
                String text = Inputs.expression(d.expression(), io.in());
                yield noted(emit(Symgrad.derivation(text, d.wrt(), d.order(), detail.isPresent()), detail, format, form,
                        d.output(), io), text, io);
            }
            case Invocation.Simplify s -> {
                OutputFormat format = format(s.format());
                String text = Inputs.expression(s.expression(), io.in());
                yield noted(emit(Symgrad.simplification(text), Optional.empty(), format, ResultForm.INDEX, s.output(), io),
                        text, io);
            }
            case Invocation.Run r -> {
                OutputFormat format = format(r.format());
                ResultForm form = form(r.form());
                Optional<Detail> detail = detail(r.steps(), r.detail());
                notOverInput(r.output(), r.file());
                // printed without steps, the derivations need not record them; a file (.md, .tex, an
                // image) may show them whatever was asked
                boolean steps = detail.isPresent() || r.output() != null;
                String text = Inputs.read(r.file(), io.in());
                yield noted(emit(Symgrad.script(text, steps).from(r.file()), detail, format, form, r.output(), io), text, io);
            }
            case Invocation.Check c -> {
                OutputFormat format = format(c.format());
                notOverInput(c.output(), c.file());
                String text = Inputs.read(c.file(), io.in());
                String kind = c.input() != null ? c.input()
                        : c.file().equals(Inputs.STDIN) ? Symgrad.inputKindOfText(text) : Symgrad.inputKind(c.file(), text);
                if (kind.equalsIgnoreCase("sg")) {
                    if (!c.assume().isEmpty() || !c.let().isEmpty() || c.einstein()) {
                        throw new InputException("--assume, --let and --einstein apply to Markdown and LaTeX "
                                + "documents; a script states its assumptions with 'assume'");
                    }
                    yield emit(Symgrad.check(text), Optional.empty(), format, ResultForm.INDEX, c.output(), io);
                }
                DocumentCheck document = Symgrad.checkDocument(text, kind, c.assume(), c.let(), c.einstein());
                if (c.output() == null) {
                    io.out().print(document.report(format));
                } else {
                    document.write(c.output(), format);
                }
                yield document.hasFalse() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
            }
            case Invocation.Gradcheck g -> {
                GradcheckReport report = Symgrad.gradcheck(Inputs.read(g.file(), io.in()), g.n(), g.points(), g.seed());
                io.out().print(report.text());
                for (LimitException limit : report.limits()) {
                    io.err().println(limit.describe());
                }
                yield !report.limits().isEmpty() ? ExitCodes.LIMIT
                        : report.passes() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            }
            case Invocation.Render r -> {
                Results.requireImage(r.output());
                if (r.input().equals(Inputs.STDIN) || Inputs.isFile(r.input())) {
                    notOverInput(r.output(), r.input());
                    Symgrad.script(Inputs.read(r.input(), io.in())).image(r.output());
                } else {
                    Symgrad.renderExpression(r.input(), r.output());
                }
                yield ExitCodes.OK;
            }
        };
    }

    /**
     * {@code code}, after the notes for {@code text} on standard error when the command succeeded:
     * the defaults the LaTeX reader chose for a LaTeX formula, else the {@link EulerHint}.
     */
    private static int noted(int code, String text, Io io) {
        if (code == ExitCodes.OK) {
            if (Symgrad.isLatex(text)) {
                Symgrad.readingNotes(text).forEach(io.err()::println);
            } else {
                EulerHint.of(text).ifPresent(io.err()::println);
            }
        }
        return code;
    }

    /**
     * Prints or writes the results, then names each statement that hit a resource limit (the
     * others' results are all there); exit 3 when one did, else 1 when a check found a false step.
     */
    private static int emit(Results all, Optional<Detail> detail, OutputFormat format, ResultForm form, Path output,
                            Io io) {
        Results results = detail.map(all::in).orElse(all);
        boolean steps = detail.isPresent();
        if (output == null) {
            io.out().print(results.text(format, steps, form));
        } else {
            results.write(output, format, steps, form);
        }
        for (LimitException limit : results.limits()) {
            io.err().println(limit.describe());
        }
        if (!results.limits().isEmpty()) {
            return ExitCodes.LIMIT;
        }
        return results.holds() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /**
     * Refuses an output file that is the input file: {@code run f.sg -o f.sg} would replace the
     * script with its results.
     */
    private static void notOverInput(Path output, String input) {
        if (output == null || input.equals(Inputs.STDIN) || !Inputs.isFile(input) || !Files.exists(output)) {
            return;
        }
        try {
            if (Files.isSameFile(output, Path.of(input))) {
                throw new InputException("will not write the output to " + output + ": it is the input file");
            }
        } catch (IOException e) {
            // the output cannot be compared with the input: writing it will say why it fails
        }
    }

    /**
     * How much of each derivation to show: {@code --detail} as given, else every step with
     * {@code --steps}, else none (the results alone).
     */
    static Optional<Detail> detail(boolean steps, String name) {
        if (name != null) {
            return Optional.of(Detail.parse(name));
        }
        return steps ? Optional.of(Detail.FULL) : Optional.empty();
    }

    /** {@code --form}: index notation unless asked for matrix notation or both. */
    static ResultForm form(String name) {
        return name == null ? ResultForm.INDEX : ResultForm.parse(name);
    }

    /** {@code --format}: unicode by default on a terminal, ascii when the output is piped. */
    static OutputFormat format(String name) {
        if (name != null) {
            return OutputFormat.parse(name);
        }
        return System.console() != null ? OutputFormat.UNICODE : OutputFormat.ASCII;
    }
}
