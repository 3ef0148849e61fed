package org.symgrad.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.symgrad.error.FileErrors;
import org.symgrad.error.InputException;
import org.symgrad.document.CheckedDocument;
import org.symgrad.render.PdfLatex;
import org.symgrad.report.AnnotatedLatex;
import org.symgrad.report.AnnotatedMarkdown;
import org.symgrad.report.DocumentReport;
import org.symgrad.report.Format;

/**
 * A Markdown or LaTeX derivation checked line by line (SPEC §8), as the facade gives it: the
 * verdicts, reports in every format, and the annotated document as Markdown, LaTeX or PDF.
 */
public final class DocumentCheck {
    private final CheckedDocument result;

    DocumentCheck(CheckedDocument result) {
        this.result = Objects.requireNonNull(result);
    }

    /** The equations, their verdicts and the row marks. */
    public CheckedDocument result() {
        return result;
    }

    /** Whether a step is false ({@code symgrad check} exits 1). */
    public boolean hasFalse() {
        return result.hasFalse();
    }

    /**
     * The report in {@code format}: {@code unicode} or {@code ascii} text (each equation with its
     * line and a mark per pair), {@code json} (SPEC §8), or the annotated document as
     * {@code markdown} or {@code latex}.
     */
    public String report(OutputFormat format) {
        return switch (format.report()) {
            case MARKDOWN -> AnnotatedMarkdown.of(result);
            case LATEX -> AnnotatedLatex.of(result);
            case JSON -> DocumentReport.render(result, Format.JSON);
            case ASCII -> DocumentReport.render(result, Format.ASCII);
            case UNICODE -> DocumentReport.render(result, Format.UNICODE);
        };
    }

    /**
     * Writes the annotated document, in the form its extension names: {@code .md}, {@code .tex},
     * {@code .pdf} (through pdflatex), {@code .json}, or {@code .txt} (the report in {@code format}).
     */
    public void write(Path out, OutputFormat format) {
        String extension = Results.extension(out);
        switch (extension) {
            case ".md" -> Results.writeText(out, AnnotatedMarkdown.of(result));
            case ".tex" -> Results.writeText(out, AnnotatedLatex.of(result));
            case ".json" -> Results.writeText(out, DocumentReport.render(result, Format.JSON));
            case ".txt" -> Results.writeText(out, report(format));
            case ".pdf" -> {
                try {
                    PdfLatex.compile(AnnotatedLatex.of(result), out);
                } catch (IOException e) {
                    throw new InputException("cannot write " + out + ": " + FileErrors.reason(e));
                }
            }
            default -> throw new InputException("cannot tell what to write to " + out + ": the file name must end in "
                    + ".md, .tex, .pdf, .json or .txt");
        }
    }
}
