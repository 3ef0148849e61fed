package org.symgrad.functions;

import java.util.Set;

/**
 * The names the parser expands itself rather than looking up in the {@link FunctionRegistry}:
 * {@code sum}, {@code prod}, {@code mean}, {@code delta}, {@code diff}, {@code softmax(z)_i}, {@code logsumexp(z)}. With the
 * registry's spellings they are the names that read as a call even with a space before the
 * parenthesis ({@code exp (x)}), which printers must keep in mind when they write a product.
 */
public final class BuiltInCalls {
    /** The built-in call names, in ASCII. */
    public static final Set<String> NAMES = Set.of("sum", "prod", "mean", "delta", "diff", "softmax", "logsumexp");

    private BuiltInCalls() {
    }

    /** Whether {@code asciiName} followed by a parenthesis, spaced or not, reads as a call. */
    public static boolean readsAsCall(String asciiName) {
        return NAMES.contains(asciiName) || FunctionRegistry.spelled(asciiName).isPresent();
    }
}
