package org.symgrad.parse.latex;

import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A matrix product whose two factors have shapes the document declares and whose inner dimensions differ
 * ({@code (P - Y)W} with P − Y n × K and W d × K; {@code W\mathbf{y}} with W m × n and y of m entries): not a notation read another way, but a product that is undefined, the
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
        return "the shapes do not match: " + what + " multiplies " + shape(left) + " by " + shape(right) + ", as the document declares "
                + "them: the inner dimensions " + inner + " and " + outer + " differ, so the product is undefined" + transposeFits();
    }

    /**
     * Where a matrix times a vector would fit with the matrix transposed ({@code X(\mathbf{h} - \mathbf{y})} with X m × n and
     * h − y of m entries: Xᵀ(h − y) is defined), the question whether that transpose was meant; empty otherwise.
     */
    private String transposeFits() {
        String[] a = left.split(" × ");
        String[] b = right.split(" × ");
        if (a.length != 2 || b.length != 2) {
            return "";
        }
        boolean matrixColumn = !a[0].equals("1") && !a[1].equals("1") && b[1].equals("1") && a[0].equals(b[0]);
        boolean rowMatrix = a[0].equals("1") && !b[0].equals("1") && !b[1].equals("1") && a[1].equals(b[1]);
        String[] matrix = matrixColumn ? a : rowMatrix ? b : null;
        return matrix == null ? "" : "; with the matrix transposed (" + matrix[1] + " × " + matrix[0] + ") it is defined: was the transpose meant?";
    }

    /** {@code m × n} as "a matrix of shape m × n", {@code m × 1} as "a column of m entries", {@code 1 × m} as "a row of m entries". */
    private static String shape(String written) {
        String[] d = written.split(" × ");
        if (d.length == 2 && d[1].equals("1")) {
            return "a column of " + d[0] + " entries";
        }
        if (d.length == 2 && d[0].equals("1")) {
            return "a row of " + d[1] + " entries";
        }
        return "a matrix of shape " + written;
    }
}
