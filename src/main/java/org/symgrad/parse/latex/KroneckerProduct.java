package org.symgrad.parse.latex;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A Kronecker product of matrices ({@code B^\top \otimes A} of {@code \operatorname{vec}(AXB) = (B^\top \otimes A)\operatorname{vec}(X)}),
 * which the entry-by-entry reading does not read: the side is then not read, saying so, rather than by the reader of numbers,
 * whose words would name another notation of the side (its transpose) as the reason.
 */
final class KroneckerProduct extends VectorReader.Unread {
    KroneckerProduct(ParserRuleContext where, String what) {
        super("a Kronecker product (\\otimes) of matrices, which is not read: write the step by entries", where, what, true);
    }
}
