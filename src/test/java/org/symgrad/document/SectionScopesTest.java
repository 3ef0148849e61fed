package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Inline definitions hold within the section they are written in ({@link SectionScopes}): {@code $x = \cos t$} in part (a)
 * made part (b)'s equation in a free x false ("read with the inline definition of x"), a wrong ✗.
 */
class SectionScopesTest {
    private static final String PARTS = "## Part (a)\n\nLet $x = \\cos t$. Then\n\n$$\\frac{d}{dt} x^2 = -2 \\cos t \\sin t.$$\n\n"
            + "## Part (b)\n\nNow $x$ is a free variable and\n\n$$x^2 - 1 = 0$$\n\nhas the roots $\\pm 1$. Also\n\n"
            + "$$\\frac{d}{dx}\\left(x^3\\right) = 3x^2.$$\n";

    @Test
    void anInlineDefinitionEndsWithItsSection() {
        CheckedDocument d = PublicInputsTest.check(PARTS, "✓?✓");
        assertTrue(d.verdicts().get(0).detail().contains("inline definition of x"), () -> d.verdicts().get(0).detail());
        for (int k = 1; k < 3; k++) {
            String detail = d.verdicts().get(k).detail();
            assertFalse(detail.contains("inline definition of x"), detail);
        }
    }

    @Test
    void aDefinitionAboveTheSubsectionsHoldsInEach() {
        // written under "# Problem" (or before any heading): its parts "## (a)", "## (b)" and their questions are inside it
        for (String head : new String[] {"# Problem\n\n", ""}) {
            CheckedDocument d = PublicInputsTest.check(head + "Let $x = \\cos t$.\n\n## (a)\n\n$$\\frac{d}{dt} x^2 = -2 \\cos t \\sin t$$\n\n"
                    + "## (b)\n\n1. Show that\n\n$$\\frac{d}{dt} x^3 = -3 \\cos^2 t \\sin t$$\n", "✓✓");
            assertTrue(d.verdicts().get(1).detail().contains("inline definition of x"), () -> d.verdicts().get(1).detail());
        }
    }

    private static final String SQRT = "(b) For $y = \\sqrt{u}$ we get\n$$\\frac{dy}{dx} = \\frac{3x}{\\sqrt{3x^2 + 1}}.$$\n\n"
            + "(c) A student instead writes\n$$\\frac{dy}{dx} = \\frac{6x}{\\sqrt{3x^2 + 1}}.$$\n";

    @Test
    void theLetteredPartsOfOneProblemBuildOnEachOther() {
        // was ??: u of (a) was not seen in (b), a section of its own
        PublicInputsTest.check("**Solution.**\n\n(a) Let $u = 3x^2 + 1$.\n\n" + SQRT, "✓✗");
        // the stem of a numbered question holds in its parts
        PublicInputsTest.check("1. Let $u = 3x^2 + 1$.\n\n(a) Show that $u > 0$.\n\n" + SQRT, "✓✗");
    }

    @Test
    void aLetteredPartsDefinitionEndsWithItsProblem() {
        PublicInputsTest.check("1. (a) Let $u = 3x^2 + 1$.\n\n2. For $y = \\sqrt{u}$ we get\n"
                + "$$\\frac{dy}{dx} = \\frac{3x}{\\sqrt{3x^2 + 1}}.$$\n", "?");
    }

    @Test
    void aLaterPartThatDeclaresTheNameAfreshEndsIt() {
        String parts = PARTS.replace("## Part (a)", "(a)").replace("## Part (b)", "(b)");
        CheckedDocument d = PublicInputsTest.check(parts, "✓?✓");
        for (int k = 1; k < 3; k++) {
            String detail = d.verdicts().get(k).detail();
            assertFalse(detail.contains("inline definition of x"), detail);
        }
    }

    @Test
    void aBoldProblemTitleStartsAProblem() {
        // "**Problem 3.**" set in bold ends Problem 2's parts: J of Problem 2's (a) holds in its (b) (was ?: Problem 3's (a) was taken
        // for a third part of Problem 2, which defines J again, so J held in neither part)
        for (String title : new String[] {"**Problem 3.**", "__Exercise 3__", "*Question 3:*"}) {
            PublicInputsTest.check(title.replace('3', '2') + " Mean squared error.\n\n(a) Let $J(w) = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - w x_i)^2$.\n\n"
                    + "(b) Show that $$J'(w) = -\\frac{2}{n}\\sum_{i=1}^{n} (y_i - w x_i) x_i .$$\n\n"
                    + title + " (a) Let $J(w) = e^{w}$. Then $$J'(w) = e^{w}$$\n", "✓✓");
        }
        // bold lettered parts are parts: (a)'s u holds in (b)
        PublicInputsTest.check(("**Solution.**\n\n(a) Let $u = 3x^2 + 1$.\n\n" + SQRT).replace("(a)", "**(a)**").replace("(b)", "**(b)**")
                .replace("(c)", "**(c)**"), "✓✗");
    }

    @Test
    void aNameEachPartDefinesIsEachPartsOwn() {
        // "(c) Using (a)" does not take (b)'s f: a name two parts define holds in its own part only
        PublicInputsTest.check("(a) Let $f(x) = x^3$. Then $$f'(x) = 3x^2$$\n\n(b) Let $f(x) = \\sin x$. Then $$f'(x) = \\cos x$$\n\n"
                + "(c) Using (a), $$f'(2) = 12$$\n", "✓✓?");
    }
}
