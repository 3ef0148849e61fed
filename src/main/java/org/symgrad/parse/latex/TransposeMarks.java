package org.symgrad.parse.latex;

import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.error.InputException;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads the marks of a transpose as authors write them ({@code ^T}, {@code ^\top}, {@code ^\intercal},
 * {@code ^{\mathrm{T}}}, a sample label before it, {@code ^{(i)T}}), and refuses a transpose where it stays
 * matrix notation, with a message that says how to write one component.
 */
final class TransposeMarks {
    private final LatexBuilder builder;

    TransposeMarks(LatexBuilder builder) {
        this.builder = builder;
    }

    static boolean isTranspose(LatexParser.ScriptArgContext arg) {
        String t = arg.getText().replaceAll("\\s+", "");
        return arg instanceof LatexParser.TransposeScriptContext || t.equals("T") || BRACED_TRANSPOSE.matcher(t).matches()
                || LABELLED_TRANSPOSE.matcher(t).matches();
    }

    /**
     * The marks of a transpose as authors write them: T, {@code \top}, {@code \intercal}, and an upright T
     * ({@code \mathrm{T}} in Bishop's PRML, {@code \mathsf{T}}, {@code \text{T}}, {@code \rm T}).
     */
    private static final String TRANSPOSE_MARK = "(?:T|\\\\top|\\\\intercal|\\\\(?:mathsf|mathrm|mathbf|text|rm)\\{T\\}|\\\\rmT)";

    /** A braced transpose mark, {@code ^{T}}, {@code ^{\mathrm{T}}}. */
    private static final Pattern BRACED_TRANSPOSE = Pattern.compile("\\{" + TRANSPOSE_MARK + "\\}");

    /** A sample label and a transpose in one superscript, {@code ^{(i)T}} (and {@code ^{(i)\top}}, {@code ^{(i)\mathrm{T}}}). */
    static final Pattern LABELLED_TRANSPOSE = Pattern.compile("\\{(\\([A-Za-z0-9]+\\))" + TRANSPOSE_MARK + "\\}");
    /**
     * A superscript that marks a transpose: {@code ^T}, {@code ^\top}, {@code ^{T}}, {@code ^{\mathsf{T}}}, a sample
     * label before it ({@code x^{(i)T}}), or a {@code \top} / {@code \intercal} of its own (not one on an operand inside it,
     * {@code e^{-y w^\top x}}). A T that is an operand of the
     * exponent ({@code e^{z_i/T}}, {@code e^{-E/(kT)}}, {@code a^{T-1}}) is a power: a temperature, a horizon.
     */
    private static final Pattern TRANSPOSE_SCRIPT = Pattern.compile("\\{(?:\\(.*\\))?" + TRANSPOSE_MARK + "\\}");

    /** A transpose written inside a script, on one of its operands: {@code ^\top}, {@code ^{\top}}, {@code ^\intercal}. */
    private static final Pattern INNER_TRANSPOSE = Pattern.compile("\\^(?:\\{\\\\(?:top|intercal)\\}|\\\\(?:top|intercal))");

    void rejectTranspose(LatexParser.ScriptArgContext arg) {
        String t = arg.getText().replaceAll("\\s+", "");
        // a transpose inside the exponent belongs to its operand: e^{-y_i w^\top x_i} is e to an inner product
        String own = INNER_TRANSPOSE.matcher(t).replaceAll("");
        if (arg instanceof LatexParser.TransposeScriptContext || t.equals("T") || own.contains("\\top")
                || own.contains("\\intercal") || TRANSPOSE_SCRIPT.matcher(t).matches()) {
            throw transposeError(arg);
        }
    }

    InputException transposeError(ParserRuleContext where) {
        if (where instanceof LatexParser.InverseTransposeScriptContext) {
            return builder.error("an inverse transpose (^" + builder.text(where) + ") is matrix notation, the inverse of a matrix's "
                    + "transpose, not a power of a number", where);
        }
        return builder.error("a transpose (" + builder.text(where) + ") is matrix notation, which is not supported yet; write one "
                + "component, e.g. \\frac{\\partial L}{\\partial w_a} = \\sum_i X_{ia}(\\hat p_i - y_i)", where);
    }
}
