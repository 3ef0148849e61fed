package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.parse.latex.Reading;

/**
 * One side of an equation in a document: the tokens as written, what they read as (or why they
 * cannot be read), and where they are.
 *
 * @param tokens  the side's tokens
 * @param reading what the reader made of them
 * @param expr    the expression used for checking (range sizes renamed to n), if readable
 * @param problem why it cannot be checked, if not readable
 * @param text    the side as written
 * @param line    the 1-based line where it starts
 * @param start   its document offset
 * @param rowEnd  the document offset just after its row
 */
record Side(List<Token> tokens, Reading reading, Optional<Expr> expr, Optional<InputException> problem, String text,
            int line, int start, int rowEnd) {
    Side {
        tokens = List.copyOf(tokens);
    }

    boolean readable() {
        return expr.isPresent();
    }

    /** Whether the side is only {@code \dots}: elided steps (LATEX-INPUT S7). */
    boolean elided() {
        return tokens.size() == 1 && tokens.get(0).getType() == org.symgrad.parse.latex.gen.LatexLexer.DOTS;
    }
}
