package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.error.InputException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Template;
import org.symgrad.rewrite.Trace;

/**
 * A library function the input wrote by its name, written back by that name where the result holds the formula it
 * names whole: Stan's Pareto type II log density {@code log(a) − log(l) − (a + 1)·log1p((y − μ)/l)} has the partial
 * {@code 1/a − log1p((y − μ)/l)} by a, not {@code 1/a − log((l − μ + y)/l)}. The normal form reads
 * {@code log1p(u)} as {@code log(1 + u)} and {@code expm1(u)} as {@code exp(u) − 1} (their canonical forms), so the
 * name is lost unless it is read back. Only the functions whose canonical form is another function of the argument
 * or a sum ({@code log1p}, {@code expm1}, {@code logit}); a power ({@code sqrt(u) = u^(1/2)}, {@code exp2(u) = 2^u})
 * is printed as the power, as every result is. Only at the input's own argument, so the result is a fixed point:
 * read again, it writes the function the same way. An identity: the name is its formula.
 */
public final class WrittenFunctions {
    /** The name a step cites for writing a function back by the name the input gave it. */
    public static final String FUNCTION_AS_WRITTEN = "function-as-written";

    private final Normalizer normalizer;
    /** The functions the input wrote by such a name, by the normal form of the formula each names. */
    private final Map<Factored, Fn> named;

    private WrittenFunctions(Normalizer normalizer, Map<Factored, Fn> named) {
        this.normalizer = normalizer;
        this.named = named;
    }

    /** The functions {@code input} writes by a name whose canonical form is a function or a sum. */
    static WrittenFunctions in(Expr input, Normalizer normalizer) {
        Map<Factored, Fn> named = new HashMap<>();
        collect(input, normalizer, named);
        return new WrittenFunctions(normalizer, named);
    }

    private static void collect(Expr e, Normalizer normalizer, Map<Factored, Fn> out) {
        if (e instanceof Fn f && f.args().size() == 1) {
            FunctionRegistry.lookup(f.name()).flatMap(KnownFunction::canonicalForm)
                    .filter(WrittenFunctions::namesAFunctionOrASum)
                    .ifPresent(form -> formula(form.apply(f.arg()), normalizer).ifPresent(n -> out.putIfAbsent(n, f)));
        }
        Exprs.children(e).forEach(c -> collect(c, normalizer, out));
    }

    /**
     * The normal form of a function's formula at the input's argument, or none where it has none: logit(exp(0)) is
     * log(1/0), which the normal form refuses (the function, not its formula, is what the input wrote there).
     */
    private static Optional<Factored> formula(Expr e, Normalizer normalizer) {
        try {
            return Optional.of(normalizer.normalize(e));
        } catch (InputException undefined) {
            return Optional.empty();
        }
    }

    private static boolean namesAFunctionOrASum(Template form) {
        return form.body() instanceof Fn || form.body() instanceof Add;
    }

    /**
     * {@code line} with each part whose normal form is the formula of a function {@code input} wrote by such a name
     * written as that function: a derivation's lines between the normal form's canonical form and the result's
     * write-back ({@code log1p(u)} read as {@code log(1 + u)}, then written back) show the name throughout, so no step
     * writes the formula and a later one the name again. {@code line} itself where the input writes no such function.
     */
    public static Expr asWritten(Expr input, Expr line) {
        if (!Exprs.any(input, WrittenFunctions::canonicallyAFunctionOrASum)) {
            return line;
        }
        return in(input, new Normalizer(Budget.standard(), List.of(), List.of(), false)).written(line,
                Trace.NONE);
    }

    /** Whether {@code e} applies a function whose canonical form is another function of its argument or a sum. */
    public static boolean canonicallyAFunctionOrASum(Expr e) {
        return e instanceof Fn f && f.args().size() == 1 && FunctionRegistry.lookup(f.name()).flatMap(KnownFunction::canonicalForm)
                .filter(WrittenFunctions::namesAFunctionOrASum).isPresent();
    }

    /** {@code terms} with each part whose normal form is the formula of such a function written as that function. */
    Expr written(Expr terms, Trace trace) {
        Expr out = named.isEmpty() ? terms : rewritten(terms);
        if (out != terms) {
            trace.fired(FUNCTION_AS_WRITTEN);
        }
        return out;
    }

    private Expr rewritten(Expr e) {
        Fn f = e instanceof Fn || e instanceof Add ? named.get(normalizer.normalize(e)) : null;
        if (f != null) {
            return f.equals(e) ? e : f;
        }
        return e instanceof Mul m ? factorsRewritten(m) : Exprs.mapChangedChildren(e, this::rewritten);
    }

    /** A product with each factor rewritten, a sum that is the formula turned ({@code 1 − exp(u)}) as the function times −1. */
    private Expr factorsRewritten(Mul m) {
        List<Expr> out = new ArrayList<>();
        boolean changed = false;
        boolean turned = false;
        for (Expr g : m.factors()) {
            Fn f = g instanceof Add ? named.get(normalizer.normalize(Exprs.neg(g))) : null;
            Expr r = f != null ? f : rewritten(g);
            turned ^= f != null;
            changed |= r != g;
            out.add(r);
        }
        if (!changed) {
            return m;
        }
        if (turned) {
            int at = out.stream().map(x -> x instanceof Num).toList().indexOf(true);
            if (at < 0) {
                out.add(0, Exprs.MINUS_ONE);
            } else {
                out.set(at, new Num(((Num) out.get(at)).value().negate()));
            }
        }
        return Exprs.mul(out);
    }
}
