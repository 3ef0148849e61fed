package org.symgrad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;
import org.symgrad.print.Printer;
import org.symgrad.render.Renderer;
import org.symgrad.report.DerivationLatex;
import org.symgrad.report.Format;
import org.symgrad.report.Report;
import org.symgrad.run.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code symgrad run FILE.sg [--steps] [--format F] [-o OUT]}: runs a script. With {@code -o} the
 * output file's extension chooses the form: {@code .tex} a standalone document, {@code .md}
 * Markdown, {@code .json} JSON, {@code .png}/{@code .svg} an image; anything else the format.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a derivation script (.sg).")
final class RunCommand extends FormattedCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the script")
    String file;

    @Option(names = "--steps", description = "show every step of each derivation")
    boolean steps;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to OUT (.tex, .md, .json, .png, .svg, …)")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<Outcome> outcomes = Symgrad.run(Inputs.read(file));
        if (output == null) {
            out().print(new Report(format.format(), steps).outcomes(outcomes));
        } else {
            write(outcomes, output, steps, format);
        }
        return outcomes.stream().allMatch(RunCommand::holds) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    static boolean holds(Outcome o) {
        return !(o instanceof Outcome.Checked c) || c.holds();
    }

    static void write(List<Outcome> outcomes, Path out, boolean steps, FormatOption format) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            Renderer.write(aligned(outcomes), out);
            return;
        }
        String text;
        if (name.endsWith(".tex")) {
            text = document(outcomes);
        } else {
            Format f = name.endsWith(".md") ? Format.MARKDOWN : name.endsWith(".json") ? Format.JSON : format.format();
            text = new Report(f, steps || f == Format.MARKDOWN).outcomes(outcomes);
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + Failures.reason(e));
        }
    }

    /** Every derivation with its steps, for pdflatex. */
    static String document(List<Outcome> outcomes) {
        List<String> bodies = new ArrayList<>();
        for (Outcome o : outcomes) {
            switch (o) {
                case Outcome.Derived d -> bodies.add(DerivationLatex.alignStar(d.derivation()));
                case Outcome.Simplified s -> bodies.add("\\begin{equation*}\n" + Printer.latex(s.statement().expr())
                        + " = " + Printer.latex(s.result()) + "\n\\end{equation*}");
                case Outcome.Checked c -> bodies.add("\\begin{verbatim}\n"
                        + new Report(Format.ASCII, false).outcomes(List.of(c)) + "\\end{verbatim}");
            }
        }
        return DerivationLatex.document(bodies);
    }

    /** One {@code aligned} block of every derivation and simplification, for an image. */
    static String aligned(List<Outcome> outcomes) {
        List<String> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            switch (o) {
                case Outcome.Derived d -> rows.add(DerivationLatex.rows(d.derivation()));
                case Outcome.Simplified s -> rows.add(Printer.latex(s.statement().expr()) + " &= "
                        + Printer.latex(s.result()));
                case Outcome.Checked c -> { }
            }
        }
        if (rows.isEmpty()) {
            throw new InputException("the script produces nothing to render");
        }
        return "\\begin{aligned}\n" + String.join(" \\\\[6pt]\n", rows) + "\n\\end{aligned}";
    }
}
