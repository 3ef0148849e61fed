package org.symgrad.functions;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;

/**
 * A component {@code softmax(z)_j = exp(z_j)/Σ_k exp(z_k)} of the softmax of a vector name z, as
 * the registry's two-argument function {@code softmax(a, S) = exp(a)/S} applied to the component's
 * exponent {@code z_j} and its normaliser {@code S = Σ_k exp(z_k)} (over the default range): that
 * application is what reads as {@code softmax(z)_j} in every notation, and what the parser's
 * {@code softmax(z)_j} means. Other arguments are no component of a vector (printers write them
 * as the quotient they are).
 *
 * @param vector the vector's name {@code z}
 * @param index  the component's index {@code j}
 */
public record SoftmaxComponent(String vector, String index) {
    /** The registry's name of {@code softmax(a, S) = exp(a)/S}. */
    public static final String NAME = "softmax";

    /** The whole vector {@code softmax(z)} in generated code, {@code {0}} a one-axis array: a matrix form's softmax. */
    public static final CodeSpelling VECTOR_CODE = new CodeSpelling(
            "np.exp({0} - np.max({0})) / np.sum(np.exp({0} - np.max({0})))", "torch.softmax({0}, 0)");

    /** The component {@code application} reads as, if it is {@code softmax(z_j, Σ_k exp(z_k))}. */
    public static Optional<SoftmaxComponent> of(Expr application) {
        if (!(application instanceof Fn f) || !f.name().equals(NAME) || f.args().size() != 2
                || !(f.args().get(0) instanceof Indexed component) || component.indices().size() != 1) {
            return Optional.empty();
        }
        return normaliserOf(f.args().get(1)).filter(component.name()::equals)
                .map(v -> new SoftmaxComponent(v, component.indices().get(0)));
    }

    /** The vector name z of a normaliser {@code Σ_k exp(z_k)} over the default range. */
    public static Optional<String> normaliserOf(Expr sum) {
        if (sum instanceof IndexSum s && s.lower().equals(Exprs.ONE) && s.upper().equals(Exprs.N)
                && s.body() instanceof Fn exp && exp.name().equals(FunctionRegistry.EXP)
                && exp.arg() instanceof Indexed z && z.indices().equals(List.of(s.index()))) {
            return Optional.of(z.name());
        }
        return Optional.empty();
    }

    /** {@code softmax(z)_j} for the normaliser {@code sum} of z: the application {@code softmax(z_j, sum)}. */
    public static Fn applied(String index, IndexSum sum) {
        String vector = normaliserOf(sum).orElseThrow(() -> new IllegalArgumentException("no softmax normaliser: " + sum));
        return new Fn(NAME, List.of(new Indexed(vector, List.of(index)), sum));
    }
}
