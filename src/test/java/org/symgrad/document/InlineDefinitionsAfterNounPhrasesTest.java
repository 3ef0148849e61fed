package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An inline definition after a noun phrase is read as the display it stands for: in a list one word announces, after a
 * symbol it names ("with learning rate $\eta$ and loss $L = …$"), and a function of vectors ("Let $f(\mathbf{x}) =
 * \mathbf{x}^\top A \mathbf{x}$", "Least squares: $L(\mathbf{w}) = \|X\mathbf{w} - \mathbf{y}\|^2$") by the entries of
 * its vectors. A correct step is proven and a wrong one false; a result or a case after "and" defines nothing.
 */
class InlineDefinitionsAfterNounPhrasesTest {
    private static List<Outcome> outcomes(CheckedDocument d) {
        return d.verdicts().stream().map(PairVerdict::outcome).toList();
    }

    @Test
    void aDefinitionInAListAfterANamedSymbolIsRead() {
        String doc = "With learning rate $\\eta$ and loss $L = \\frac12 (y - \\hat y)^2$, we get\n\n"
                + "$$\\frac{\\partial L}{\\partial \\hat y} = \\hat y - y$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\hat y} = y - \\hat y$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        assertEquals(List.of(Outcome.PROVEN, Outcome.FALSE), outcomes(d), PublicInputsTest.describe(d));
    }

    @Test
    void aResultOrACaseAfterAndIsNoDefinition() {
        assertFalse(InlineDefinitions.announced("with inputs $x$ and hence ", "E = x^2"));
        assertFalse(InlineDefinitions.announced("with weights $w$ and ", "y = 1"));
        assertFalse(InlineDefinitions.announced("with weights $w$ and at ", "x = 2"));
        assertTrue(InlineDefinitions.announced("with weights $w$ and loss ", "L = (y - w x)^2"));
        assertTrue(InlineDefinitions.announced("where $a = b + 1$ and weight decay ", "R = a^2"));
    }

    @Test
    void aFunctionOfVectorsDefinedInlineIsReadByItsEntries() {
        String doc = "Let $f(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$ with $A$ a square matrix. Then\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = (A + A^\\top)\\mathbf{x}$$\n\n"
                + "A wrong one:\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = A\\mathbf{x}$$\n\n"
                + "Least squares: $L(\\mathbf{w}) = \\|X\\mathbf{w} - \\mathbf{y}\\|^2$, so\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = 2X^\\top(X\\mathbf{w} - \\mathbf{y})$$\n\n"
                + "and wrongly\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = 2X(X\\mathbf{w} - \\mathbf{y})$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        assertEquals(List.of(Outcome.PROVEN, Outcome.FALSE, Outcome.PROVEN, Outcome.FALSE), outcomes(d), PublicInputsTest.describe(d));
    }
}
