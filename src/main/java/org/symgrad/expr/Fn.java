package org.symgrad.expr;

import java.util.List;

/**
 * A function application {@code name(args…)}. Known names ({@code exp}, {@code log},
 * {@code sigma}, …) are listed in {@link Functions}; any other name is an abstract function
 * whose derivatives stay symbolic. A name ending in primes ({@code f'}) is the derivative of
 * an abstract one-argument function.
 */
public record Fn(String name, List<Expr> args) implements Expr {
    public Fn {
        Names.requireValidFunction(name);
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a function application needs an argument: " + name);
        }
    }

    public Expr arg() {
        return args.get(0);
    }

    @Override
    public String toString() {
        return name + args;
    }
}
