package org.symgrad.parse.latex;

import java.util.List;
import java.util.Objects;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Variable;

/**
 * The shape of a side that could be defined (LATEX-INPUT K2): a name, possibly decorated, indexed
 * or labelled ({@code y_i}, {@code \hat{y}_i}, {@code z^{(2)}}, {@code E}), possibly applied to
 * distinct plain variables ({@code f(x)}, {@code l(\mathbf{y}, \hat{\mathbf{y}})}) and then
 * indexed ({@code \sigma(a)_i}).
 *
 * @param name       the name as symgrad spells it ({@code yhat}, {@code o^(s)}, {@code sigma})
 * @param variable   the name with its own indices: a {@code Sym} or an {@code Indexed}
 * @param parameters the arguments of a call shape, empty when the side is not a call
 * @param component  the indices after a call ({@code \sigma(a)_i} gives {@code [i]})
 * @param builtIn    whether the head is a function symgrad knows ({@code \sigma}, {@code softmax})
 * @param vector     whether the name is a whole vector ({@code \hat{\mathbf{y}}}): bold and unindexed
 * @param squared    whether the side is the name squared, {@code \sigma^2} or {@code \sigma_k^2}: a
 *                   variance defines its standard deviation, the square root of its value
 * @param barred     the name between bars where the side is a magnitude, {@code |Z(\omega)|}, {@code \|v\|}, whose own
 *                   name this target is ({@link Magnitudes}); empty otherwise
 */
public record Target(String name, Variable variable, List<Expr> parameters, List<String> component,
                     boolean builtIn, boolean vector, boolean squared, String barred) {
    public Target {
        Objects.requireNonNull(name);
        Objects.requireNonNull(variable);
        Objects.requireNonNull(barred);
        parameters = List.copyOf(parameters);
        component = List.copyOf(component);
    }

    /** A target that is a name, perhaps squared, not a magnitude. */
    public Target(String name, Variable variable, List<Expr> parameters, List<String> component,
                  boolean builtIn, boolean vector, boolean squared) {
        this(name, variable, parameters, component, builtIn, vector, squared, "");
    }

    /** A target that is the name itself, not its square. */
    public Target(String name, Variable variable, List<Expr> parameters, List<String> component,
                  boolean builtIn, boolean vector) {
        this(name, variable, parameters, component, builtIn, vector, false);
    }

    /** Whether the side is the magnitude of a name, {@code |Z(\omega)|}, defined as a quantity of its own. */
    public boolean magnitude() {
        return !barred.isEmpty();
    }

    /** Whether the side is a call shape {@code f(x, …)}. */
    public boolean isCall() {
        return !parameters.isEmpty();
    }
}
