package org.symgrad.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.symgrad.error.FileErrors;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.code.PythonModule;
import org.symgrad.render.Renderer;
import org.symgrad.report.Documents;
import org.symgrad.report.Report;
import org.symgrad.run.Outcome;
import org.symgrad.script.Statement;

/**
 * What one command computed — the derivation of {@code diff}, the simplification of
 * {@code simplify}, or the outcomes of a script — ready to print in any {@link OutputFormat} or to
 * write as a document or an image. Immutable.
 */
public final class Results {
    /** The file name endings {@link #write} understands, in the order error messages list them. */
    public static final List<String> FILE_EXTENSIONS = List.of(".tex", ".pdf", ".md", ".json", ".txt", ".py", ".png",
            ".svg");

    /** How the outcomes print: {@code diff} and {@code simplify} print bare results, a script one line each. */
    enum Kind { DERIVATION, SIMPLIFICATION, SCRIPT }

    private final Kind kind;
    private final List<Outcome> outcomes;
    private final List<LimitException> limits;
    private final String source;
    /** The script's statements, for the definitions a document shows; empty for a command line. */
    private final List<Statement> statements;

    Results(Kind kind, List<Outcome> outcomes, List<LimitException> limits) {
        this(kind, outcomes, limits, List.of());
    }

    Results(Kind kind, List<Outcome> outcomes, List<LimitException> limits, List<Statement> statements) {
        this(kind, outcomes, limits, kind == Kind.SCRIPT ? "a script" : "the command line", statements);
    }

    private Results(Kind kind, List<Outcome> outcomes, List<LimitException> limits, String source,
                    List<Statement> statements) {
        this.kind = kind;
        this.outcomes = List.copyOf(outcomes);
        this.limits = List.copyOf(limits);
        this.source = source;
        this.statements = List.copyOf(statements);
    }

    /** The outcomes, one per statement that produced output, in order. */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * The resource limits that statements of a script hit, in order, each pointing at its
     * statement; the other statements' results are in {@link #outcomes()}. Empty when none did.
     */
    public List<LimitException> limits() {
        return limits;
    }

    /** True unless a {@code check} found a false step. */
    public boolean holds() {
        return outcomes.stream().allMatch(o -> !(o instanceof Outcome.Checked c) || c.holds());
    }

    /** Only the outcomes of {@code check} statements (what {@code symgrad check} reports). */
    public Results checks() {
        return new Results(kind, outcomes.stream().filter(o -> o instanceof Outcome.Checked).toList(), limits, source,
                statements);
    }

    /**
     * The results as the command line prints them: with {@code steps}, every step of each
     * derivation and the rule it applied; without, the results ({@code diff}: the bare derivative;
     * a script: {@code lhs = result} per statement; JSON: SPEC §6).
     */
    public String text(OutputFormat format, boolean steps) {
        return text(format, steps, ResultForm.INDEX);
    }

    /**
     * The results as {@link #text(OutputFormat, boolean)} prints them, each derivation's result in
     * {@code form}: with {@code matrix} or {@code both}, ending with its matrix form (SPEC §10).
     */
    public String text(OutputFormat format, boolean steps, ResultForm form) {
        if (format.language().isPresent()) {
            return code(format.language().get());
        }
        Report report = new Report(format.report(), steps, form.report());
        return switch (kind) {
            case DERIVATION -> {
                StringBuilder out = new StringBuilder();
                for (Outcome o : outcomes) {
                    out.append(report.derivation(((Outcome.Derived) o).derivation()));
                }
                yield out.toString();
            }
            case SIMPLIFICATION -> {
                Outcome.Simplified s = (Outcome.Simplified) outcomes.get(0);
                yield report.simplification(s.statement().expr(), s.result());
            }
            case SCRIPT -> report.outcomes(outcomes);
        };
    }

    /**
     * The derivations as a Python module (SPEC §10): one function per derivation, in order, also
     * listed in {@code GRADIENTS}, and a {@code gradcheck()} that compares each with finite
     * differences; see {@link Symgrad#code(String, Language)}.
     */
    public String code(Language language) {
        if (kind == Kind.SIMPLIFICATION || outcomes.stream().noneMatch(o -> o instanceof Outcome.Derived)) {
            throw new InputException("code (numpy, torch) is written for derivations: `diff`, or a script with"
                    + " `derive` statements");
        }
        return PythonModule.of(outcomes, language.backend(), source, "symgrad " + Version.NUMBER);
    }

    /**
     * These results in {@code detail}: {@link Detail#FULL} as they are; {@link Detail#BRIEF} with
     * each derivation as a textbook prints it ({@link org.symgrad.derive.Derivation#brief()}).
     */
    public Results in(Detail detail) {
        if (detail == Detail.FULL) {
            return this;
        }
        List<Outcome> brief = outcomes.stream()
                .map(o -> o instanceof Outcome.Derived d
                        ? (Outcome) new Outcome.Derived(d.statement(), d.derivation().brief(), d.scope())
                        : o)
                .toList();
        return new Results(kind, brief, limits, source, statements);
    }

    /** These results with {@code source} named as their origin in generated code ({@code examples/softmax.sg}). */
    public Results from(String source) {
        return new Results(kind, outcomes, limits, source, statements);
    }

    /**
     * A standalone LaTeX document of every result (pdflatex compiles it): a heading per statement,
     * the script's definitions and assumptions before the statements that follow them, derivations
     * with their steps and sub-derivations, checks marked ✓ / ≈ / ✗ / –.
     */
    public String latexDocument() {
        return latexDocument(ResultForm.INDEX);
    }

    /** The standalone document, each derivation ending with its matrix form when {@code form} shows it. */
    public String latexDocument(ResultForm form) {
        return Documents.latex(statements, outcomes, form.report());
    }

    /**
     * One LaTeX {@code aligned} block of every derivation and simplification, as an image shows
     * them; an {@link InputException} when there is none.
     */
    public String alignedLatex() {
        return alignedLatex(ResultForm.INDEX);
    }

    /** The {@code aligned} block, each derivation ending with its matrix form when {@code form} shows it. */
    public String alignedLatex(ResultForm form) {
        return Documents.aligned(outcomes, form.report());
    }

    /**
     * Writes the results to {@code out} in the form its extension names: {@code .tex} a standalone
     * document, {@code .pdf} that document compiled by pdflatex (an {@link InputException} when
     * pdflatex is not installed), {@code .md} Markdown with steps, {@code .json} JSON, {@code .txt} text in
     * {@code format}, {@code .png} or {@code .svg} an image. Another extension, or a file that cannot
     * be written, is an {@link InputException} saying so.
     */
    public void write(Path out, OutputFormat format, boolean steps) {
        write(out, format, steps, ResultForm.INDEX);
    }

    /** Writes the results as {@link #write(Path, OutputFormat, boolean)} does, results in {@code form}. */
    public void write(Path out, OutputFormat format, boolean steps, ResultForm form) {
        String extension = extension(out);
        switch (extension) {
            case ".png", ".svg" -> {
                requireImage(out);
                writeImage(alignedLatex(form), out);
            }
            case ".tex" -> writeText(out, latexDocument(form));
            case ".md" -> writeText(out, text(OutputFormat.MARKDOWN, true, form));
            case ".json" -> writeText(out, text(OutputFormat.JSON, steps, form));
            case ".txt" -> writeText(out, text(format, steps, form));
            case ".py" -> writeText(out, code(format.language().orElse(Language.NUMPY)));
            case ".pdf" -> PdfWriter.write(latexDocument(form), out);
            default -> throw new InputException("cannot tell what to write to " + out + ": the file name must end in "
                    + String.join(", ", FILE_EXTENSIONS.subList(0, FILE_EXTENSIONS.size() - 1)) + " or "
                    + FILE_EXTENSIONS.get(FILE_EXTENSIONS.size() - 1));
        }
    }

    /** Writes the image of {@link #alignedLatex()} to {@code out}, a {@code .png} or {@code .svg} file. */
    public void image(Path out) {
        requireImage(out);
        writeImage(alignedLatex(), out);
    }

    /** {@code out} itself when it names a {@code .png} or {@code .svg} file; an {@link InputException} otherwise. */
    public static Path requireImage(Path out) {
        String extension = extension(out);
        if (!extension.equals(".png") && !extension.equals(".svg")) {
            throw new InputException("render writes .png or .svg files, not " + out.getFileName());
        }
        return out;
    }

    static void writeImage(String latex, Path out) {
        try {
            Renderer.write(latex, out);
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + FileErrors.reason(e));
        }
    }

    /** The lower-case extension of {@code out}'s file name, with its dot; empty when it has none. */
    static String extension(Path out) {
        Path name = out.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot);
    }

    static void writeText(Path out, String text) {
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + FileErrors.reason(e));
        }
    }
}
