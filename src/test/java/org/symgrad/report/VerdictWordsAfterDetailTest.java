package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.document.CheckedDocument;
import org.symgrad.document.DocumentChecker;
import org.symgrad.document.DocumentKind;
import org.symgrad.document.DocumentOptions;

/**
 * A step's detail and the verdict's own words are two clauses: a step read with an inline definition and proven only
 * under conditions says "…as a display definition; proven only where …" (the two ran together: "definitionproven").
 */
class VerdictWordsAfterDetailTest {
    @Test
    void theConditionsFollowTheReadingAfterASeparator() {
        String doc = "With $k = a b$,\n\n$$\\frac{d}{dx} \\log(k x) = \\frac{1}{x}$$\n\nand\n\n"
                + "$$\\log(k x) = \\log a + \\log b + \\log x$$\n";
        CheckedDocument d = DocumentChecker.check(doc, DocumentKind.MARKDOWN, DocumentOptions.NONE);
        String detail = DocumentReport.detail(d.verdicts().get(d.verdicts().size() - 1), false);
        assertTrue(detail.contains("as a display definition; proven only where"), detail);
    }
}
