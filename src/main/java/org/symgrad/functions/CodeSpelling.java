package org.symgrad.functions;

import java.util.Objects;

/**
 * How generated Python code computes a function elementwise, as a template whose {@code {0}},
 * {@code {1}}, … stand for the (already computed) arguments: NumPy ({@code np.exp({0})},
 * {@code np.logaddexp(0, {0})}) and PyTorch ({@code torch.sigmoid({0})}). An argument may be an
 * array or a scalar; the template must work for both.
 */
public record CodeSpelling(String numpy, String torch) {
    public CodeSpelling {
        Objects.requireNonNull(numpy);
        Objects.requireNonNull(torch);
    }

    /**
     * {@code template} with {@code {p}} replaced by {@code arguments[p]}; a template's own brackets
     * around a slot are dropped when the argument is a name or a call ({@code 0.5 * (z)} is
     * {@code 0.5 * z}). Brackets after a name, an attribute or a closing bracket are a call's and
     * stay: {@code np.vectorize(math.erf, otypes=[float])({0})} calls what np.vectorize returns.
     */
    public static String fill(String template, java.util.List<String> arguments) {
        String out = template;
        for (int p = 0; p < arguments.size(); p++) {
            String a = arguments.get(p);
            if (ATOM.matcher(a).matches()) {
                // brackets of the template's own, not a call's: "0.5 * ({0})", not "np.exp({0})" or "f(…)({0})"
                out = out.replaceAll("(?<![A-Za-z0-9_.)\\]])\\(\\{" + p + "\\}\\)",
                        java.util.regex.Matcher.quoteReplacement(a));
            }
            out = out.replace("{" + p + "}", a);
        }
        return out;
    }

    /** A name, an attribute, or a call whose brackets hold no other top-level bracket. */
    private static final java.util.regex.Pattern ATOM =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*(\\([^()]*\\))?");
}
