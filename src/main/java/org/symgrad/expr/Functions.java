package org.symgrad.expr;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known scalar functions of the language, and their aliases. Every known function takes one
 * argument. Any other name applied to arguments is an abstract function.
 */
public final class Functions {
    public static final String EXP = "exp";
    public static final String LOG = "log";
    public static final String SQRT = "sqrt";
    public static final String ABS = "abs";
    public static final String SIN = "sin";
    public static final String COS = "cos";
    public static final String TAN = "tan";
    public static final String SINH = "sinh";
    public static final String COSH = "cosh";
    public static final String TANH = "tanh";
    public static final String SIGMA = "sigma";
    public static final String SOFTPLUS = "softplus";
    public static final String RELU = "relu";
    public static final String HEAVISIDE = "heaviside";
    public static final String SIGN = "sign";

    /** Known functions in a fixed order (the order the reference lists them). */
    public static final List<String> KNOWN = List.of(EXP, LOG, SQRT, ABS, SIN, COS, TAN, SINH, COSH, TANH,
            SIGMA, SOFTPLUS, RELU, HEAVISIDE, SIGN);

    private static final Set<String> KNOWN_SET = Set.copyOf(KNOWN);

    private static final Map<String, String> ALIASES = Map.of(
            "ln", LOG,
            "sigmoid", SIGMA,
            "σ", SIGMA);

    private Functions() {
    }

    public static boolean isKnown(String name) {
        return KNOWN_SET.contains(name);
    }

    /** The canonical name of a known function spelled {@code name}, if it is one. */
    public static Optional<String> canonical(String name) {
        if (KNOWN_SET.contains(name)) {
            return Optional.of(name);
        }
        return Optional.ofNullable(ALIASES.get(name));
    }

    /** Whether {@code fn} applies the known function {@code name}. */
    public static boolean is(Expr e, String name) {
        return e instanceof Fn f && f.name().equals(name);
    }
}
