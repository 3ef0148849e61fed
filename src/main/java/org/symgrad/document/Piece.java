package org.symgrad.document;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A part of a row after statement splitting (LATEX-INPUT S4–S10): a statement (an equation or a
 * chain, or a lone expression), a side condition ({@code i \neq j}), a step annotation
 * ({@code \text{(chain rule)}}), or the range of an index ({@code i = 1, \dots, n - K + 1}). {@code introducer} is the prose word before it, lower case
 * ({@code where}, {@code if}), or empty.
 */
record Piece(Kind kind, List<Token> tokens, String introducer) {
    enum Kind { STATEMENT, CONDITION, ANNOTATION, RANGE }

    Piece {
        tokens = List.copyOf(tokens);
    }
}
