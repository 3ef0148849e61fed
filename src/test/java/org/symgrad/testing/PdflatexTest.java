package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing pdflatex skips a LaTeX test on a developer machine and fails it under CI. */
class PdflatexTest {
    @Test
    void installedPdflatexNeitherSkipsNorFails() {
        assertDoesNotThrow(() -> Pdflatex.requireInstalled(true, "true"));
        assertDoesNotThrow(() -> Pdflatex.requireInstalled(true, null));
    }

    @Test
    void missingPdflatexSkipsVisiblyOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> Pdflatex.requireInstalled(false, null));
        assertTrue(e.getMessage().contains("NOT compiled"), e.getMessage());
        assertThrows(TestAbortedException.class, () -> Pdflatex.requireInstalled(false, ""));
        assertThrows(TestAbortedException.class, () -> Pdflatex.requireInstalled(false, "false"));
    }

    @Test
    void missingPdflatexFailsUnderCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Pdflatex.requireInstalled(false, "true"));
        assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
        assertThrows(AssertionFailedError.class, () -> Pdflatex.requireInstalled(false, "1"));
    }
}
