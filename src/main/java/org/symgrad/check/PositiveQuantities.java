package org.symgrad.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * A step whose sides take a root or a logarithm of a product or quotient of quantities, and differ only where some of
 * them are negative: the speed of sound c = √(γRT/M) has the slope ½√(γR/(MT)) wherever γ, R, T and M are positive, as a
 * temperature, a gas constant and a molar mass are, and the opposite sign where T and M are both negative. Such a step
 * was called false at a point no reader of the document would take; its two sides are compared again with every quantity
 * made positive, and where they then agree at every point the step is numerically equal there, with the quantities
 * named. Only a root or logarithm of a product of quantities each to an odd power splits so; one of an even power,
 * √(x²) = |x|, is the point of the step, and d√(x²)/dx = 1 stays false at a negative x. A quantity the sides hold only
 * to even powers (the volatility in Almgren and Chriss's √(3η/(λσ²))) has no sign in them, and does not stop the others'. A step false where the quantities
 * are positive stays false, and so does one whose sides hold entries (x_i), which are data of any sign. A quantity at
 * whole-number indices (the radii r_1, r_2) is one as a name is, and a sum of quantities with positive coefficients (the
 * Hohmann transfer's (r_1 + r_2)³/(8μ)) is positive where they are, as a product of them is.
 */
final class PositiveQuantities {
    private PositiveQuantities() {
    }

    /**
     * The scalar names of the sides, sorted, when they may differ by a branch of a root or logarithm alone: some root (a
     * power whose exponent is no whole number) or logarithm has a name in its argument, and no side holds an entry.
     * Empty otherwise.
     */
    static Optional<Set<String>> of(Expr l, Expr r) {
        Set<String> names = new TreeSet<>();
        int[] branch = {0};
        Set<String> even = new TreeSet<>();
        Set<String> odd = new TreeSet<>();
        for (Expr side : List.of(l, r)) {
            occurrences(side, even, odd);
        }
        even.removeAll(odd);
        for (Expr side : List.of(l, r)) {
            if (!collect(side, names, branch, even)) {
                return Optional.empty();
            }
        }
        return branch[0] > 0 && !names.isEmpty() ? Optional.of(names) : Optional.empty();
    }

    /** {@code env} with each of {@code names} at the magnitude of its value there. */
    static Environment positive(Environment env, Set<String> names) {
        Environment out = env;
        for (String n : names) {
            int at = n.indexOf(ENTRY);
            if (at < 0) {
                out = out.withScalar(n, Math.abs(env.scalar(n)));
            } else {
                String name = n.substring(0, at);
                int[] indices = java.util.Arrays.stream(n.substring(at + 1).split(",")).mapToInt(Integer::parseInt).toArray();
                out = out.withIndexed(name, Math.abs(env.indexed(name, indices)), indices);
            }
        }
        return out;
    }

    /** The words naming the quantities: {@code M, R, T, gamma, r_1}. */
    static List<String> assumed(Set<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(shown(n) + " > 0"));
        return out;
    }

    /** Between an entry's name and its whole-number indices in {@link #of}'s names: r#1 is r_1. */
    private static final char ENTRY = '#';

    /** The name an entry at whole-number indices goes by ({@code r#1} for r_1); empty for an entry at an index letter. */
    private static Optional<String> entry(Indexed x) {
        return x.indices().stream().allMatch(i -> i.matches("\\d+"))
                ? Optional.of(x.name() + ENTRY + String.join(",", x.indices())) : Optional.empty();
    }

    private static String shown(String n) {
        int at = n.indexOf(ENTRY);
        return at < 0 ? n : n.substring(0, at) + "_" + (n.indexOf(',') < 0 ? n.substring(at + 1) : "{" + n.substring(at + 1) + "}");
    }

    /**
     * Adds the scalar names of {@code e} to {@code names}, and counts in {@code branch} its roots and logarithms of a product
     * of quantities to odd powers; false where it holds an entry, or a root or logarithm of a quantity to an even power.
     */
    private static boolean collect(Expr e, Set<String> names, int[] branch, Set<String> signless) {
        if (e instanceof Indexed x) {
            Optional<String> entry = entry(x);
            entry.ifPresent(names::add);
            return entry.isPresent(); // r_1 and r_2, two radii; x_i, data of any sign, stops it
        }
        if (e instanceof Sym s) {
            names.add(s.name());
            return true;
        }
        Expr argument = e instanceof Pow p && !(p.exponent() instanceof Num n && n.value().isInteger()) ? p.base()
                : e instanceof Fn f && (f.name().equals("log") || f.name().equals("sqrt")) && f.args().size() == 1 ? f.arg() : null;
        if (argument != null) {
            int kind = powers(argument, signless);
            if (kind < 0) {
                return false;
            }
            branch[0] += kind;
        }
        for (Expr c : Exprs.children(e)) {
            if (!collect(c, names, branch, signless)) {
                return false;
            }
        }
        return true;
    }

    /** The names {@code e} holds to an even whole power ({@code even}) and any other way ({@code odd}). */
    private static void occurrences(Expr e, Set<String> even, Set<String> odd) {
        if (e instanceof Pow p && p.base() instanceof Sym s && p.exponent() instanceof Num n && n.value().isInteger()
                && !n.value().num().testBit(0)) {
            even.add(s.name());
            return;
        }
        if (e instanceof Sym s) {
            odd.add(s.name());
        }
        Exprs.children(e).forEach(c -> occurrences(c, even, odd));
    }

    /** Whether each term of {@code sum} is a positive number times quantities to odd powers: r_1 + r_2, 2a + b. */
    private static boolean positiveSum(org.symgrad.expr.Add sum, Set<String> signless) {
        return sum.terms().stream().allMatch(t -> !(t instanceof Num) && powers(t, signless) == 1
                && (t instanceof Mul m ? m.factors().stream().filter(f -> f instanceof Num).allMatch(f -> ((Num) f).value().signum() > 0)
                : true));
    }

    /**
     * 1 where {@code e} is a product or quotient of quantities each to an odd power (γRT/M, 2gh), with numbers beside them;
     * −1 where it holds a quantity to an even power (x², a/b²); 0 for any other argument (a sum, a function).
     */
    private static int powers(Expr e, Set<String> signless) {
        List<Expr> factors = e instanceof Mul m ? m.factors() : List.of(e);
        boolean named = false;
        for (Expr f : factors) {
            if (f instanceof Num) {
                continue;
            }
            // γRT/M with γ = c_P/c_V written in: a product inside the product; iY/(2b): a product to a whole power
            Expr product = f instanceof Mul ? f : f instanceof Pow p && p.base() instanceof Mul
                    && p.exponent() instanceof Num n && n.value().isInteger() ? p.base() : null;
            if (product != null) {
                int inner = powers(product, signless);
                if (inner <= 0) {
                    return inner;
                }
                if (f instanceof Pow p && !((Num) p.exponent()).value().num().testBit(0)) {
                    return -1; // (ab)², an even power of quantities
                }
                named = true;
                continue;
            }
            Expr base = f instanceof Pow p ? p.base() : f;
            if (base instanceof org.symgrad.expr.Add sum && positiveSum(sum, signless)) {
                // (r_1 + r_2)³/(8μ), the cube of a sum of quantities: positive where they are, a quantity as a name is
                if (f instanceof Pow p && !(p.exponent() instanceof Num n && n.value().isInteger() && n.value().num().testBit(0))) {
                    return p.exponent() instanceof Num n && n.value().isInteger() ? -1 : 0;
                }
                named = true;
                continue;
            }
            // a quantity at whole-number indices (r_1) counts as a name does
            String name = base instanceof Sym s ? s.name() : base instanceof Indexed x ? entry(x).orElse(null) : null;
            if (name == null) {
                return 0;
            }
            if (signless.contains(name)) {
                continue; // σ² beside η and λ: its sign changes nothing
            }
            if (f instanceof Pow p) {
                if (!(p.exponent() instanceof Num n && n.value().isInteger())) {
                    return 0;
                }
                if (!n.value().num().testBit(0)) {
                    return -1;
                }
            }
            named = true;
        }
        return named ? 1 : 0;
    }
}
