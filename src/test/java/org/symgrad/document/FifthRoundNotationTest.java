package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * The reading rules added for the fifth round of {@link FreshHomeworkTest}'s documents, each shown on
 * at least two inputs other than the document it came from, with a right step (proven) and a wrong
 * one (false) where a step is checked: the checker samples every step numerically, which is the
 * oracle.
 */
class FifthRoundNotationTest {
    @Test
    void anAbstractFunctionOfAVectorIsDifferentiatedThroughTheVectorsDefinition() {
        // d2l.ai §5.3: J = L(o) + s, o defined by its components; ∂L/∂o_a names the call L(o)
        String mlp = "$$o_i = \\sum_{j} V_{ij} h_j$$\n\n$$J = L(\\mathbf{o}) + s$$\n\n";
        assertMarks("✓", mlp + "$$\\frac{\\partial J}{\\partial V_{ab}} = \\frac{\\partial L}{\\partial o_a} h_b$$\n");
        assertMarks("✓", mlp + "$$\\frac{\\partial J}{\\partial V_{ab}} = \\frac{\\partial L(\\mathbf{o})}{\\partial o_a} h_b$$\n");
        assertMarks("✗", mlp + "$$\\frac{\\partial J}{\\partial V_{ab}} = \\frac{\\partial L}{\\partial o_a}$$\n");
        assertMarks("✓", mlp + "$$\\frac{\\partial J}{\\partial h_b} = \\sum_{a} V_{ab} \\frac{\\partial L}{\\partial o_a}$$\n");
        // another loss of another vector, through a σ layer
        String sigma = "$$y_k = \\sigma(z_k)$$\n\n$$E = F(\\mathbf{y})$$\n\n";
        assertMarks("✓", sigma + "$$\\frac{\\partial E}{\\partial z_j} = \\frac{\\partial F}{\\partial y_j} y_j (1 - y_j)$$\n");
        assertMarks("✗", sigma + "$$\\frac{\\partial E}{\\partial z_j} = \\frac{\\partial F}{\\partial y_j} y_j$$\n");
        // the scalar case: the bare f of f(u) with u defined
        String scalar = "$$u = a x^2$$\n\n$$g = f(u) + x$$\n\n";
        assertMarks("✓", scalar + "$$\\frac{\\partial g}{\\partial x} = \\frac{\\partial f}{\\partial u} 2 a x + 1$$\n");
    }

    @Test
    void aGateLetterAloneAsASubscriptNamesTheGatesWeight() {
        // Olah's LSTM: W_f, b_f beside the gate f_t are the forget gate's own, not components f of W, b
        String lstm = "$$f_t = \\sigma(W_f x_t + b_f)$$\n\n$$i_t = \\sigma(W_i x_t + b_i)$$\n\n"
                + "$$c_t = f_t c_{t-1} + i_t x_t$$\n\n";
        assertMarks("✓", lstm + "$$\\frac{\\partial c_t}{\\partial b_f} = c_{t-1} f_t (1 - f_t)$$\n");
        assertMarks("✗", lstm + "$$\\frac{\\partial c_t}{\\partial b_f} = c_{t-1} f_t$$\n");
        assertMarks("✓", lstm + "$$\\frac{\\partial c_t}{\\partial W_i} = x_t^2 i_t (1 - i_t)$$\n");
        // a GRU's update and reset gates, z_t and r_t, with U_z, U_r
        String gru = "$$z_t = \\sigma(U_z h_{t-1} + c_z)$$\n\n$$r_t = \\sigma(U_r h_{t-1} + c_r)$$\n\n"
                + "$$g_t = z_t r_t$$\n\n";
        assertMarks("✓", gru + "$$\\frac{\\partial g_t}{\\partial c_r} = z_t r_t (1 - r_t)$$\n");
        assertMarks("✗", gru + "$$\\frac{\\partial g_t}{\\partial c_r} = z_t z_t (1 - r_t)$$\n");
        // a lone o_y beside y_i stays a class index
        String ce = "$$L = -o_y + \\log \\sum_{k} e^{o_k}$$\n\n";
        assertMarks("✓", ce + "$$\\frac{\\partial L}{\\partial o_j} = -\\delta_{jy} + \\frac{e^{o_j}}{\\sum_{k} e^{o_k}}$$\n");
    }

    @Test
    void wordsJoinedByHyphensOrSpacesInAScriptAreOneLabel() {
        String neg = "$$J_{\\text{neg-sample}} = -\\log \\sigma(u v)$$\n\n";
        assertMarks("✓", neg + "$$\\frac{\\partial J_{\\text{neg-sample}}}{\\partial v} = -(1 - \\sigma(u v)) u$$\n");
        assertMarks("✗", neg + "$$\\frac{\\partial J_{\\text{neg-sample}}}{\\partial v} = (1 - \\sigma(u v)) u$$\n");
        String sat = "$$L_G^{\\text{non saturating}} = -\\log \\sigma(s)$$\n\n";
        assertMarks("✓", sat + "$$\\frac{\\partial L_G^{\\text{non saturating}}}{\\partial s} = \\sigma(s) - 1$$\n");
        // the same label however the words are joined
        assertMarks("✓", neg + "$$\\frac{\\partial J_{\\text{neg sample}}}{\\partial u} = -(1 - \\sigma(u v)) v$$\n");
        // prose in a formula is still refused
        String prose = marks("$$y = x \\text{ for all } x$$\n\n$$\\frac{dy}{dx} = 1$$\n");
        assertTrue(!prose.startsWith("✓✓"), prose);
    }

    @Test
    void aBoldVectorsSampleIndexIsTheIndexOfTheWholeEquation() {
        // CMU 10-601: y^{(i)} and x_k^{(i)} beside \mathbf{x}^{(i)} are the i-th example's
        String sgd = "$$J^{(i)}(\\boldsymbol{\\theta}) = -y^{(i)} \\boldsymbol{\\theta}^T \\mathbf{x}^{(i)} "
                + "+ \\log(1 + \\exp(\\boldsymbol{\\theta}^T \\mathbf{x}^{(i)}))$$\n\n";
        assertMarks("✓", sgd + "$$\\frac{\\partial J^{(i)}(\\boldsymbol{\\theta})}{\\partial \\theta_k} = "
                + "-(y^{(i)} - \\sigma(\\boldsymbol{\\theta}^T \\mathbf{x}^{(i)})) x_k^{(i)}$$\n");
        assertMarks("✗", sgd + "$$\\frac{\\partial J^{(i)}(\\boldsymbol{\\theta})}{\\partial \\theta_k} = "
                + "(y^{(i)} - \\sigma(\\boldsymbol{\\theta}^T \\mathbf{x}^{(i)})) x_k^{(i)}$$\n");
        // a squared error with another sample letter and another weight name
        String lms = "$$E^{(n)} = \\frac{1}{2} (t^{(n)} - \\mathbf{w}^T \\mathbf{x}^{(n)})^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial E^{(n)}}{\\partial w_j} = -(t^{(n)} - \\mathbf{w}^T \\mathbf{x}^{(n)}) x_j^{(n)}$$\n");
        assertMarks("✗", lms + "$$\\frac{\\partial E^{(n)}}{\\partial w_j} = -(t^{(n)} - \\mathbf{w}^T \\mathbf{x}^{(n)}) x_n^{(j)}$$\n");
    }

    @Test
    void aBracketedGradientWithAnIndexIsThatComponent() {
        String ridge = "$$J = \\sum_{i} (y_i - \\sum_{j} X_{ij} w_j)^2 + \\lambda \\sum_{j} w_j^2$$\n\n";
        assertMarks("✓", ridge + "$$\\left[ \\nabla_{\\mathbf{w}} J \\right]_k = -2 \\sum_{i} (y_i - \\sum_{j} X_{ij} w_j) X_{ik} + 2 \\lambda w_k$$\n");
        assertMarks("✗", ridge + "$$\\left[ \\nabla_{\\mathbf{w}} J \\right]_k = -2 \\sum_{i} (y_i - \\sum_{j} X_{ij} w_j) X_{ik} + \\lambda w_k$$\n");
        // parentheses, another vector and another index
        String logistic = "$$\\ell = \\sum_{n} \\log(1 + \\exp(-t_n \\sum_{d} \\beta_d x_{nd}))$$\n\n";
        assertMarks("✓", logistic + "$$(\\nabla_{\\boldsymbol{\\beta}} \\ell)_m = -\\sum_{n} t_n x_{nm} \\sigma(-t_n \\sum_{d} \\beta_d x_{nd})$$\n");
        assertMarks("✗", logistic + "$$(\\nabla_{\\boldsymbol{\\beta}} \\ell)_m = \\sum_{n} t_n x_{nm} \\sigma(-t_n \\sum_{d} \\beta_d x_{nd})$$\n");
        // the whole vector gradient is still refused, and the message says how to write a component
        String whole = marks(ridge + "$$\\nabla_{\\mathbf{w}} J = 0$$\n");
        assertTrue(whole.contains("\\left[") && whole.contains("column"), whole);
    }

    @Test
    void plainDoubleBarsAreTheNormInADocument() {
        String ridge = "$$L = \\frac{1}{2} \\sum_i (y_i - \\mathbf{w}^T \\mathbf{x}_i)^2 + \\frac{\\lambda}{2} ||\\mathbf{w}||^2$$\n\n";
        assertMarks("✓", ridge + "$$\\frac{\\partial L}{\\partial w_j} = -\\sum_i (y_i - \\mathbf{w}^T \\mathbf{x}_i) x_{ij} + \\lambda w_j$$\n");
        assertMarks("✗", ridge + "$$\\frac{\\partial L}{\\partial w_j} = -\\sum_i (y_i - \\mathbf{w}^T \\mathbf{x}_i) x_{ij} + \\lambda |w_j|$$\n");
        String centre = "$$D = \\frac{1}{2} ||\\mathbf{x} - \\boldsymbol{\\mu}||^2$$\n\n";
        assertMarks("✓", centre + "$$\\frac{\\partial D}{\\partial \\mu_j} = \\mu_j - x_j$$\n");
        assertMarks("✗", centre + "$$\\frac{\\partial D}{\\partial \\mu_j} = x_j - \\mu_j$$\n");
    }

    @Test
    void plainDoubleBarsReadAsTheBackslashNorm() {
        String[][] same = {
            {"||x - y||^2 \\cdot 1", "\\|x - y\\|^2"},
            {"\\frac{1}{2}||\\mathbf{w}||_2^2", "\\frac{1}{2}\\|\\mathbf{w}\\|_2^2"},
            {"\\left|\\left| x_i - \\mu_c \\right|\\right|", "\\|x_i - \\mu_c\\|"},
            {"||x||_1 \\cdot 1", "\\|x\\|_1"},
        };
        for (String[] pair : same) {
            EveryIndexAssignment.assertSameEverywhere(pair[0], Symgrad.parse(pair[1]), Symgrad.parse(pair[0]), Environment::random);
        }
        // |a||b| is still a product of two absolute values, and KL(p || q) two arguments
        EveryIndexAssignment.assertSameEverywhere("|a||b|", Symgrad.parse("abs(a)*abs(b)"), Symgrad.parse("\\frac{|a||b|}{1}"),
                Environment::random);
        assertEquals(Symgrad.parse("\\mathrm{KL}(p \\| q)"), Symgrad.parse("\\mathrm{KL}(p || q)"));
    }
}
