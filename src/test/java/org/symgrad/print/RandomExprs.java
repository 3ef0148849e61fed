package org.symgrad.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;

/** A seeded generator of arbitrary (not simplified) expressions using every node kind. */
final class RandomExprs {
    private static final String[] SYMBOLS = {"x", "y", "beta", "theta", "yhat", "z2", "W^(1)", "loss"};
    private static final String[] INDICES = {"i", "j", "k", "l", "k2", "1", "12"};
    private static final String[] FUNCTIONS = {"L", "f'", "g"};

    private final Random random;

    RandomExprs(long seed) {
        random = new Random(seed);
    }

    Expr next(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        return switch (random.nextInt(10)) {
            case 0 -> leaf();
            case 1 -> new Add(children(depth));
            case 2, 3 -> new Mul(children(depth));
            case 4 -> new Pow(next(depth - 1), random.nextBoolean() ? number() : next(depth - 1));
            case 5 -> {
                KnownFunction f = FunctionRegistry.ALL.get(random.nextInt(FunctionRegistry.ALL.size()));
                List<Expr> args = new java.util.ArrayList<>();
                for (int i = 0; i < f.arity(); i++) {
                    args.add(next(depth - 1));
                }
                yield new Fn(f.name(), args);
            }
            case 6 -> new Fn(pick(FUNCTIONS), random.nextBoolean() ? List.of(variable()) : children(depth));
            case 7 -> random.nextBoolean()
                    ? Exprs.sum(pick(new String[] {"k", "m", "p"}), next(depth - 1))
                    : new IndexSum("k", number(), new Sym("m"), next(depth - 1));
            case 8 -> new Derivative(random.nextBoolean() ? next(depth - 1) : new Fn(pick(FUNCTIONS), List.of(variable())),
                    variable());
            default -> new Mul(List.of(Exprs.MINUS_ONE, next(depth - 1)));
        };
    }

    private List<Expr> children(int depth) {
        int n = 2 + random.nextInt(3);
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(next(depth - 1));
        }
        return out;
    }

    private Expr leaf() {
        return switch (random.nextInt(4)) {
            case 0 -> number();
            case 1 -> new Delta(pick(INDICES), pick(INDICES));
            default -> variable();
        };
    }

    private Expr variable() {
        if (random.nextBoolean()) {
            return new Sym(pick(SYMBOLS));
        }
        int n = 1 + random.nextInt(2);
        List<String> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(pick(INDICES));
        }
        return new Indexed(pick(SYMBOLS), idx);
    }

    private Num number() {
        long p = random.nextInt(9) - 4;
        long q = 1 + (random.nextBoolean() ? 0 : random.nextInt(3));
        return new Num(Rational.of(p, q));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
