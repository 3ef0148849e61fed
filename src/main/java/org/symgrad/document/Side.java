package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
 * @param bracketsMultiplied the side read with a defined function's name before a bracket that holds an expression
 *                ({@code k \left( \frac{1}{T} + … \right)}) as the function's value times the bracket, where this
 *                reading took it as a call; else empty
 */
record Side(List<Token> tokens, Reading reading, Optional<Expr> expr, Optional<InputException> problem, String text,
            int line, int start, int rowEnd, Optional<Side> bracketsMultiplied) {
    Side {
        tokens = List.copyOf(tokens);
    }

    /** A side with one reading. */
    Side(List<Token> tokens, Reading reading, Optional<Expr> expr, Optional<InputException> problem, String text,
         int line, int start, int rowEnd) {
        this(tokens, reading, expr, problem, text, line, start, rowEnd, Optional.empty());
    }

    /** This side with {@code f} applied to what it reads as, in both readings. */
    Side mapped(UnaryOperator<Expr> f) {
        return new Side(tokens, reading, expr.map(f), problem, text, line, start, rowEnd, bracketsMultiplied.map(b -> b.mapped(f)));
    }

    boolean readable() {
        return expr.isPresent();
    }

    /** Whether the side is only {@code \dots}: elided steps (LATEX-INPUT S7). */
    boolean elided() {
        return tokens.size() == 1 && tokens.get(0).getType() == org.symgrad.parse.latex.gen.LatexLexer.DOTS;
    }
}
