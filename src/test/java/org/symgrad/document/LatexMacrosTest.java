package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * {@link LatexMacros}: a document's own macros (LATEX-INPUT D4) are written out before it is read; every step written with
 * one was skipped ("unknown command \dd: probably a macro of the source document; paste its definition"), the definition
 * being in the document already.
 */
class LatexMacrosTest {
    @Test
    void eachKindOfDefinitionIsExpanded() {
        assertEquals(" \n$$\\mathbf{x}^T \\mathbf{x}$$", LatexMacros.expanded("\\newcommand{\\vx}{\\mathbf{x}}\n$$\\vx^T \\vx$$")
                .replaceAll("^ +", " "));
        assertEquals("$\\frac{\\partial L}{\\partial w}$", LatexMacros.expanded("\\newcommand\\dd[2]{\\frac{\\partial #1}{\\partial #2}}"
                + "$\\dd{L}{w}$").strip());
        assertEquals("$\\frac{\\partial L}{\\partial w}$", LatexMacros.expanded("\\def\\dd#1#2{\\frac{\\partial #1}{\\partial #2}}"
                + "$\\dd L w$").strip());
        assertEquals("$\\operatorname{softplus}(z)$", LatexMacros.expanded("\\DeclareMathOperator{\\softplus}{softplus}"
                + "$\\softplus(z)$").strip());
        // an optional first argument and its default
        String norm = "\\newcommand{\\norm}[2][2]{\\|#2\\|_{#1}}";
        assertEquals("$\\|w\\|_{2} + \\|w\\|_{1}$", LatexMacros.expanded(norm + "$\\norm{w} + \\norm[1]{w}$").strip());
        // a macro that uses another, defined later in the text
        assertEquals("$\\boldsymbol{\\theta}$", LatexMacros.expanded("\\newcommand{\\vt}{\\bt}\\newcommand{\\bt}{\\boldsymbol{\\theta}}$\\vt$").strip());
        // a word after a macro without arguments stays apart; a longer command is no use of it
        assertEquals("$\\mathbf{x} y \\vxy$", LatexMacros.expanded("\\newcommand{\\vx}{\\mathbf{x}}$\\vx y \\vxy$").strip());
    }

    @Test
    void aDocumentWithoutMacrosIsUnchangedAndAMacroUsingItselfStops() {
        String plain = "Let $f(x) = x^2$.\n\n$$f'(x) = 2x$$\n";
        assertEquals(plain, LatexMacros.expanded(plain));
        String loop = LatexMacros.expanded("\\def\\a{\\a x}$\\a$");
        assertEquals(true, loop.length() < 200, loop);
    }

    @Test
    void stepsWrittenWithMacrosAreChecked() {
        String tex = "\\newcommand{\\sig}{\\sigma}\n\\newcommand{\\dd}[2]{\\frac{\\partial #1}{\\partial #2}}\n"
                + "Let $z = wx + b$ and $a = \\sig(z)$, with loss $\\ell = -y\\log a - (1-y)\\log(1-a)$.\n\n";
        assertMarks("✓", tex + "$$\\dd{a}{z} = a(1-a)$$\n");
        assertMarks("✓", tex + "$$\\dd{\\ell}{w} = (a - y)\\,x$$\n");
        assertMarks("✗", tex + "$$\\dd{\\ell}{w} = (y - a)\\,x$$\n");
        // MathJax's way: the definitions in a display of their own, which then is empty
        String md = "$$\\newcommand{\\vx}{\\mathbf{x}} \\newcommand{\\vw}{\\mathbf{w}}$$\n\n$$L = \\frac{1}{2}(\\vw^\\top \\vx - y)^2$$\n\n";
        assertMarks("✓", md + "$$\\frac{\\partial L}{\\partial w_j} = (\\vw^\\top \\vx - y) x_j$$\n");
        assertMarks("✗", md + "$$\\frac{\\partial L}{\\partial w_j} = (\\vw^\\top \\vx - y)$$\n");
    }
}
