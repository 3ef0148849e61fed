package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;

/**
 * Decimals only where the input wrote them. A result of an input with decimals prints its numbers
 * as decimals ({@code 0.5(1 + tanh u)}), but a function's argument the rules brought in is not the
 * input's: the {@code exp(−x²/2)} of erf′ (from the function registry) is printed
 * {@code exp(−x²/2)}, not {@code exp(−0.5x²)}, beside the input's {@code 0.5(1 + erf(x/√2))}. The
 * arguments of a function are written in decimals only where the input applies that function to
 * an argument written with a decimal ({@code tanh(√(2/π)(x + 0.044715x³))}); elsewhere their
 * numbers are fractions; a function the registry names as the quotient of two such functions counts as one
 * ({@code tan(π(0.5 − p))} for the input's {@code sin(π(0.5 − p))/cos(π(0.5 − p))}). Only the spelling of numbers changes.
 */
final class WrittenDecimals {
    private final Set<String> functions;

    private WrittenDecimals(Set<String> functions) {
        this.functions = functions;
    }

    /** The functions {@code input} applies to an argument written with a decimal. */
    static WrittenDecimals in(Expr input) {
        Set<String> functions = new HashSet<>();
        collect(input, functions);
        // a quotient of two of them named as its function is theirs: tan(π(0.5 − p)) from the input's sin and cos of it
        for (org.symgrad.functions.KnownFunction f : org.symgrad.functions.FunctionRegistry.ALL) {
            if (!f.quotientOf().isEmpty() && functions.containsAll(f.quotientOf())) {
                functions.add(f.name());
            }
        }
        return new WrittenDecimals(Set.copyOf(functions));
    }

    private static void collect(Expr e, Set<String> out) {
        if (e instanceof Fn f && f.args().stream().anyMatch(Exprs::writesDecimals)) {
            out.add(f.name());
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** {@code e} with the arguments of functions the input wrote without decimals spelt in fractions. */
    Expr written(Expr e) {
        if (!Exprs.writesDecimals(e)) {
            return e;
        }
        if (e instanceof Fn f && !functions.contains(f.name())) {
            List<Expr> args = new ArrayList<>(f.args().size());
            f.args().forEach(a -> args.add(written(fractions(a))));
            return new Fn(f.name(), args);
        }
        return Exprs.mapChildren(e, this::written);
    }

    /** {@code e} with every decimal spelt as a fraction, but in the arguments of functions the input wrote with decimals. */
    private Expr fractions(Expr e) {
        if (e instanceof Num n) {
            return n.decimal() ? new Num(n.value()) : n;
        }
        if (e instanceof Fn f && functions.contains(f.name())) {
            return e;
        }
        return Exprs.mapChildren(e, this::fractions);
    }
}
