package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A condition relating two entries of one name after an inline definition, "Let $E = \frac12\sum_{i,j} W_{ij} s_i s_j$ with
 * $W_{ij} = W_{ji}$ and $W_{ii} = 0$", is an assumption on W, not a definition of W ({@link InlineDefinitions#entriesRelated}):
 * read as one, it was a recursive definition that left E unread (? "E is not defined in the document"); now the right step
 * is ✓ under W symmetric and the slip ✗.
 */
class EntryConditionsTest {
    private static final String ENERGY = "Let $E = \\frac{1}{2}\\sum_{i,j} W_{ij} s_i s_j$ %s.\n\n";

    @Test
    void aSymmetryAfterWithIsAnAssumption() {
        String doc = ENERGY.formatted("with $W_{ij} = W_{ji}$ and $W_{ii} = 0$");
        assertMarks("✓", doc + "$$\\frac{\\partial E}{\\partial s_k} = \\sum_{j} W_{kj} s_j$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial E}{\\partial s_k} = \\frac{1}{2}\\sum_{j} W_{kj} s_j$$\n");
    }

    @Test
    void aSymmetryAfterWhereIsAnAssumption() {
        String doc = ENERGY.formatted(", where $W_{ij} = W_{ji}$");
        assertMarks("✓", doc + "$$\\frac{\\partial E}{\\partial s_k} = \\sum_{j} W_{kj} s_j$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial E}{\\partial s_k} = \\sum_{j} W_{jk} s_k$$\n");
    }

    @Test
    void entriesRelatedAreOneNamesEntries() {
        org.junit.jupiter.api.Assertions.assertTrue(InlineDefinitions.entriesRelated("W_{ij}", "W_{ji}"));
        org.junit.jupiter.api.Assertions.assertTrue(InlineDefinitions.entriesRelated("A_{ij} ", " -A_{ji}"));
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.entriesRelated("h_t", "\\tanh(h_{t-1})"));
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.entriesRelated("p_i", "q_i"));
    }
}
