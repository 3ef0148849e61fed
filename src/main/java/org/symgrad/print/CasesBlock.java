package org.symgrad.print;

import java.util.Optional;

/**
 * The rows of a printed LaTeX cases block, so that a case split in the otherwise-case of another
 * ({@code where(c₁, a, where(c₂, b, c))}) prints as one block of three rows, as books set a chain of
 * cases, not as a block nested in the last row of another.
 */
final class CasesBlock {
    private static final String BEGIN = "\\begin{cases} ";
    private static final String END = " \\end{cases}";

    private CasesBlock() {
    }

    /** The rows of {@code text} when the whole of it is one cases block; empty otherwise. */
    static Optional<String> rows(String text) {
        if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
            return Optional.empty();
        }
        // the block that opens the text must be the one that closes it: "\begin{cases}…\end{cases} \begin{cases}…\end{cases}" is a product
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\begin{cases}", i)) {
                depth++;
            } else if (text.startsWith("\\end{cases}", i)) {
                depth--;
                if (depth == 0 && i + "\\end{cases}".length() < text.length()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(text.substring(BEGIN.length(), text.length() - END.length()));
    }
}
