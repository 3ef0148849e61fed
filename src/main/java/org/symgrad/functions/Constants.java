package org.symgrad.functions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;

/** The constants table: a {@link Sym} named {@code pi} is π. */
public final class Constants {
    public static final Constant PI = new Constant("pi", Math.PI, "\\pi", "π");

    /** Every constant, in a fixed order. */
    public static final List<Constant> ALL = List.of(PI);

    private static final Map<String, Constant> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Constant::name, Function.identity()));

    private Constants() {
    }

    /** The constant named {@code name}, if it is one. */
    public static Optional<Constant> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Whether {@code e} is the symbol of a constant. */
    public static boolean isConstant(Expr e) {
        return e instanceof Sym s && BY_NAME.containsKey(s.name());
    }
}
