package org.symgrad.eval;

/**
 * The fixed smooth function the evaluator uses for an abstract function name such as {@code L}
 * or {@code f}: with the arguments flattened to {@code v_1 … v_m} (a vector argument contributes
 * its {@code n} entries),
 * <pre>  f(v) = Σ_j c_j·sin(a_j·v_j + b_j) + d·sin(Σ_j e_j·v_j + g)</pre>
 * with coefficients derived deterministically from the name alone (not from the environment's
 * seed), so every evaluation of {@code f} in every environment is the same function. The second
 * term couples the arguments, so mixed partial derivatives are non-zero. For one argument the
 * {@code p}-th derivative is exact: {@code Σ c·a^p·sin(a·v + b + pπ/2) + d·e^p·sin(e·v + g + pπ/2)}.
 */
public final class AbstractFunction {
    private AbstractFunction() {
    }

    /** The {@code order}-th derivative (order 0 = the function) of {@code name}; {@code order > 0} needs one value. */
    public static double value(String name, int order, double[] v) {
        if (order > 0 && v.length != 1) {
            throw new IllegalArgumentException("a primed abstract function takes one scalar argument: "
                    + name + "'".repeat(order));
        }
        double shift = order * Math.PI / 2;
        double total = 0;
        double coupled = coefficient(name, -1, 3, -1, 1);
        for (int j = 0; j < v.length; j++) {
            double c = coefficient(name, j, 0, 0.5, 1.5);
            double a = coefficient(name, j, 1, 0.5, 1.5);
            double b = coefficient(name, j, 2, -1, 1);
            double e = coefficient(name, j, 4, 0.3, 1.0);
            total += c * Math.pow(a, order) * Math.sin(a * v[j] + b + shift);
            coupled += e * v[j];
        }
        double d = coefficient(name, -1, 5, 0.3, 0.8);
        double e0 = v.length == 1 ? coefficient(name, 0, 4, 0.3, 1.0) : 1;
        return total + d * Math.pow(e0, order) * Math.sin(coupled + shift);
    }

    private static double coefficient(String name, int slot, int kind, double lo, double hi) {
        long h = Environment.mix(name.hashCode() * 1_000_003L + slot * 7919L + kind);
        h = Environment.mix(h);
        double unit = (h >>> 11) * 0x1.0p-53;
        return lo + (hi - lo) * unit;
    }
}
