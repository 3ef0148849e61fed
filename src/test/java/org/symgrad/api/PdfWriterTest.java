package org.symgrad.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.error.InputException;
import org.symgrad.testing.Pdflatex;

/** {@code -o out.pdf}: the document compiled by pdflatex, or a clear error when there is no pdflatex. */
class PdfWriterTest {
    @TempDir
    Path dir;

    @Test
    void withoutPdflatexTheErrorSaysWhatToInstall() {
        Path out = dir.resolve("d.pdf");
        InputException e = assertThrows(InputException.class,
                () -> PdfWriter.write("\\documentclass{article}", out, Optional.empty()));
        assertEquals("cannot write " + out + ": PDF output needs pdflatex, which is not installed (not on PATH);"
                + " install TeX Live (Debian: texlive-latex-base texlive-latex-recommended), or write a .tex file"
                + " instead", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void pdflatexIsFoundOnThePathOnly() throws IOException {
        assertEquals(Optional.empty(), PdfWriter.find(null));
        assertEquals(Optional.empty(), PdfWriter.find(dir.toString()));
        Path fake = Files.createFile(dir.resolve("pdflatex"));
        assertTrue(fake.toFile().setExecutable(true));
        assertEquals(Optional.of(fake), PdfWriter.find("/nonexistent:" + dir));
    }

    @Test
    void aScriptsResultsBecomeAPdf() throws IOException {
        Pdflatex.requireInstalled();
        Path out = dir.resolve("softmax.pdf");
        Symgrad.script(Files.readString(Path.of("examples/softmax.sg"))).write(out, OutputFormat.ASCII, true);
        byte[] pdf = Files.readAllBytes(out);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void aDocumentPdflatexRejectsIsADefectQuotingItsError() {
        Pdflatex.requireInstalled();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PdfWriter.write(
                "\\documentclass{article}\\begin{document}\\undefinedmacro\\end{document}", dir.resolve("x.pdf")));
        assertTrue(e.getMessage().startsWith("pdflatex could not compile the document: ! Undefined control sequence."),
                e.getMessage());
    }
}
