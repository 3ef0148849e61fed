package org.symgrad.parse.latex;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A matrix product whose two factors have shapes the document declares and whose inner dimensions differ
 * ({@code (P - Y)W} with P − Y n × K and W d × K): not a notation read another way, but a product that is undefined, the
 * mistake of the step that writes it ({@link VectorEntries#undefinedProduct}). It carries both shapes as the document
 * writes them.
 */
final class UndefinedProduct extends VectorReader.Unread {
    final String left;
    final String right;

    UndefinedProduct(String left, String right, ParserRuleContext where, String what) {
        super("the inner dimensions of the product do not agree (a " + left + " times a " + right + ", as the document declares their shapes)",
                where, what, true);
        this.left = left;
        this.right = right;
    }

    /** Why the step is false, in words. */
    String reason() {
        String inner = left.substring(left.lastIndexOf(' ') + 1);
        String outer = right.substring(0, right.indexOf(' '));
        return what + " multiplies a matrix of shape " + left + " by one of shape " + right + ", as the document declares them: the inner "
                + "dimensions " + inner + " and " + outer + " differ, so the product is undefined";
    }
}
