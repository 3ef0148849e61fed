package org.symgrad.testing;

import static org.symgrad.expr.Exprs.*;

import java.util.List;
import java.util.Random;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Rational;

/**
 * A seeded generator of random scalar expressions over {@code x, y, z}: sums, products,
 * quotients, small integer powers and every smooth known function. Arguments are kept in each
 * function's domain by construction ({@code log} and {@code sqrt} of {@code 1 + u²} or of
 * {@code exp(u)}, {@code tan} of a bounded {@code sin(u)}, denominators {@code 1 + u²} or
 * {@code exp(u)}, negative powers only of positive bases), so values are finite for moderate
 * inputs; callers should still skip non-finite points.
 */
public final class RandomExprs {
    public static final List<String> VARIABLES = List.of("x", "y", "z");

    private final Random random;

    public RandomExprs(long seed) {
        this.random = new Random(seed);
    }

    /** A random expression with at most {@code depth} levels of operators. */
    public Expr next(int depth) {
        if (depth <= 0 || random.nextInt(5) == 0) {
            return leaf();
        }
        int d = depth - 1;
        return switch (random.nextInt(19)) {
            case 0, 1 -> add(next(d), next(d));
            case 2, 3 -> mul(next(d), next(d));
            case 4 -> div(next(d), positive(d));
            case 5 -> pow(next(d), 2 + random.nextInt(2));
            case 6 -> pow(positive(d), -1 - random.nextInt(2));
            case 7 -> exp(bounded(d));
            case 8 -> log(positive(d));
            case 9 -> fn("sqrt", positive(d));
            case 10 -> fn("sin", next(d));
            case 11 -> fn("cos", next(d));
            case 12 -> fn("tan", fn("sin", next(d)));
            case 13 -> fn("sinh", bounded(d));
            case 14 -> fn("cosh", bounded(d));
            case 15 -> fn("tanh", next(d));
            case 16 -> sigma(next(d));
            case 17 -> fn("softplus", next(d));
            default -> sub(next(d), mul(num(Rational.of(random.nextInt(5) + 1, 2)), next(d)));
        };
    }

    /** A variable, or a small rational constant. */
    public Expr leaf() {
        if (random.nextInt(4) == 0) {
            int num = random.nextInt(7) - 3;
            int den = 1 + random.nextInt(3);
            return num(Rational.of(num == 0 ? 1 : num, den));
        }
        return sym(VARIABLES.get(random.nextInt(VARIABLES.size())));
    }

    /** A point: random values in [-1.5, 1.5] for x, y, z. */
    public double[] point() {
        double[] p = new double[VARIABLES.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 3 * random.nextDouble() - 1.5;
        }
        return p;
    }

    /** A random expression that is positive everywhere. */
    private Expr positive(int depth) {
        return random.nextBoolean() ? add(ONE, pow(next(depth), 2)) : exp(bounded(depth));
    }

    /** A random expression with values in [-1, 1], safe under exp, sinh, cosh. */
    private Expr bounded(int depth) {
        return random.nextBoolean() ? fn("sin", next(depth)) : fn("tanh", next(depth));
    }
}
