package org.symgrad.expr;

import java.util.List;

/**
 * A function application {@code name(args…)}. Known names ({@code exp}, {@code log},
 * {@code sigma}, …) are the entries of the function registry;
 * any other name is an abstract function whose derivatives stay symbolic. A name ending in primes ({@code f'}) is the derivative of
 * an abstract one-argument function.
 */
public final class Fn extends Compound {
    private final String name;
    private final List<Expr> args;
    private final int hash;

    public Fn(String name, List<Expr> args) {
        Names.requireValidFunction(name);
        this.name = name;
        this.args = List.copyOf(args);
        if (this.args.isEmpty()) {
            throw new IllegalArgumentException("a function application needs an argument: " + name);
        }
        this.hash = name.hashCode() * 31 + this.args.hashCode();
    }

    public String name() {
        return name;
    }

    public List<Expr> args() {
        return args;
    }

    public Expr arg() {
        return args.get(0);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Fn f && hash == f.hash && name.equals(f.name) && args.equals(f.args);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
