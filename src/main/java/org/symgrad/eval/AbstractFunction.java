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
 * A member {@code f_i(w)} of a family of functions is {@code f(ι_i, w)}: its labels, then its one argument;
 * {@code f_i'(w)} is the derivative in that last argument, the labels fixed ({@link #valueOrMember}).
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
        return values(name, order, v);
    }

    /**
     * As {@link #value}, and for a primed name whose arguments before the last are whole numbers, the derivative of
     * the member of the family {@code name} they label, in its last argument ({@code f_i'(w)}, {@code f(ι_i, w)} at
     * i = 2 is f'(2, w)); with any other argument before the last ({@code f'(x, y)}) it is not defined, as before.
     */
    public static double valueOrMember(String name, int order, double[] v) {
        boolean member = order > 0 && v.length > 1;
        for (int j = 0; member && j < v.length - 1; j++) {
            member = v[j] == Math.rint(v[j]) && !Double.isInfinite(v[j]);
        }
        return member ? values(name, order, v) : value(name, order, v);
    }

    /** The {@code order}-th derivative of the member of the family {@code name} its labels {@code v} (all but the last) name. */
    public static double member(String name, int order, double[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException("a member of " + name + " takes an argument");
        }
        return values(name, order, v);
    }

    private static double values(String name, int order, double[] v) {
        double shift = order * Math.PI / 2;
        double total = 0;
        double coupled = coefficient(name, -1, 3, -1, 1);
        int last = v.length - 1;
        for (int j = 0; j < v.length; j++) {
            double c = coefficient(name, j, 0, 0.5, 1.5);
            double a = coefficient(name, j, 1, 0.5, 1.5);
            double b = coefficient(name, j, 2, -1, 1);
            double e = coefficient(name, j, 4, 0.3, 1.0);
            if (order == 0 || j == last) {
                // differentiated in the last argument: the other terms of the sum are constant
                total += c * Math.pow(a, order) * Math.sin(a * v[j] + b + shift);
            }
            coupled += e * v[j];
        }
        double d = coefficient(name, -1, 5, 0.3, 0.8);
        double e0 = v.length == 1 ? coefficient(name, 0, 4, 0.3, 1.0) : order == 0 ? 1 : coefficient(name, last, 4, 0.3, 1.0);
        return total + d * Math.pow(e0, order) * Math.sin(coupled + shift);
    }

    private static double coefficient(String name, int slot, int kind, double lo, double hi) {
        long h = Environment.mix(name.hashCode() * 1_000_003L + slot * 7919L + kind);
        h = Environment.mix(h);
        double unit = (h >>> 11) * 0x1.0p-53;
        return lo + (hi - lo) * unit;
    }
}
