package org.symgrad.parse.latex;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/**
 * A side that writes zero alone, plain or as the zero vector or matrix ({@code 0}, {@code \mathbf{0}}, {@code \boldsymbol 0},
 * {@code \vec{0}}, {@code \mathbf{O}}): where it closes a chain of vector or matrix sides
 * ({@code \nabla_{\mathbf{w}} L = -2X^\top(\mathbf{y} - X\mathbf{w}) = \mathbf{0}}) it sets the chain's gradient to zero, the
 * equation the normal equations solve, and it is no scalar side that keeps the others from being read entry by entry.
 */
public final class ZeroSides {
    /** Zero as written: a digit 0, perhaps bold or as a vector, or a bold capital O. */
    private static final Pattern ZERO = Pattern.compile("0|\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vb|vec)(?:\\{0\\}|0|\\{O\\})");

    private ZeroSides() {
    }

    /** Whether the side's tokens write zero alone ({@link #ZERO}). */
    public static boolean is(List<Token> side) {
        if (side == null || side.isEmpty()) {
            return false;
        }
        String written = side.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).map(Token::getText)
                .collect(Collectors.joining()).replaceAll("\\s+", "");
        return ZERO.matcher(written).matches();
    }
}
