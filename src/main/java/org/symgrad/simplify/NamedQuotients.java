package org.symgrad.simplify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Template;
import org.symgrad.rewrite.Trace;

/**
 * A product's factors {@code g(u)^a/h(u)^b} of the two functions whose quotient is a third
 * ({@code tanh = sinh/cosh}, {@code tan = sin/cos}, {@link KnownFunction#quotientOf}) named as that
 * quotient, {@code q(u)^k} with k the smaller power: {@code sinh(u)/cosh(u) = tanh(u)}. The normaliser
 * does so to each product before it is added to others, so that it collects with them:
 * {@code tanh(x) + sinh(x)/cosh(x)} is {@code 2 tanh(x)}, where the sum over the common denominator
 * {@code cosh(x)} kept {@code sinh(x)} apart from {@code tanh(x)}, and the second derivative of
 * {@code x log cosh x} ended on {@code (cosh(x)(tanh(x) + x(1 − tanh(x)²)) + sinh(x))/cosh(x)} after
 * passing {@code 2 tanh(x) + x(1 − tanh(x)²)}. The quotient divides by nothing the product did not.
 */
final class NamedQuotients {
    private NamedQuotients() {
    }

    /** The rule this is reported under. */
    static final String QUOTIENT_AS_FUNCTION = "quotient-as-function";

    /** {@code f} with each quotient named, the quotient's function made as {@link Factored#atom}. */
    static Factored named(Factored f, Budget budget, Trace trace) {
        return named(f, budget, trace, Factored::atom, Set.of());
    }

    /** {@code f} with each quotient named, the quotient's function's normal form made by {@code atoms} (a let of it written back). */
    static Factored named(Factored f, Budget budget, Trace trace, Function<Expr, Factored> atoms) {
        return named(f, budget, trace, atoms, Set.of());
    }

    /**
     * {@code f} with each quotient named, also those of the functions {@code written} that the normal form reads as the
     * quotient they name ({@code coth = cosh/sinh}, {@code cot = cos/sin}, {@link WrittenQuotientNames}): what the
     * presenter prints where the input wrote them.
     */
    static Factored named(Factored f, Budget budget, Trace trace, Set<String> written) {
        return named(f, budget, trace, Factored::atom, written);
    }

    private static Factored named(Factored f, Budget budget, Trace trace, Function<Expr, Factored> atoms, Set<String> written) {
        Factored out = f;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (!(e.getKey().asAtom().orElse(null) instanceof Fn top) || e.getValue() <= 0) {
                continue;
            }
            for (KnownFunction quotient : FunctionRegistry.ALL) {
                List<String> parts = written.contains(quotient.name()) ? readAsQuotient(quotient) : quotient.quotientOf();
                if (parts.isEmpty() || !parts.get(0).equals(top.name())) {
                    continue;
                }
                Fn denominator = new Fn(parts.get(1), top.args());
                Integer below = out.factors().get(Poly.atom(denominator));
                Integer above = out.factors().get(e.getKey());
                if (below == null || above == null) {
                    continue;
                }
                int k = Math.min(above, -below);
                if (k <= 0) {
                    continue;
                }
                trace.fired(QUOTIENT_AS_FUNCTION);
                out = out.multiply(Factored.atom(top).pow(-k, budget))
                        .multiply(Factored.atom(denominator).pow(k, budget))
                        .multiply(atoms.apply(new Fn(quotient.name(), top.args())).pow(k, budget));
            }
        }
        return out;
    }

    /**
     * The names {@code [g, h]} of a function the normal form reads as {@code g(u)/h(u)} by its canonical form
     * ({@code coth(u) = cosh(u)/sinh(u)}); none for any other ({@code sec(u) = 1/cos(u)}, {@code tanh}, which is an atom).
     */
    static List<String> readAsQuotient(KnownFunction k) {
        Optional<Template> form = k.canonicalForm();
        if (form.isEmpty() || !(form.get().body() instanceof Mul m) || m.factors().size() != 2) {
            return List.of();
        }
        Fn above = null;
        Fn below = null;
        for (Expr factor : m.factors()) {
            if (factor instanceof Fn g && g.args().equals(List.of(Template.U))) {
                above = g;
            } else if (factor instanceof Pow p && p.base() instanceof Fn h && h.args().equals(List.of(Template.U))
                    && p.exponent() instanceof Num n && n.value().equals(Rational.MINUS_ONE)) {
                below = h;
            }
        }
        return above == null || below == null ? List.of() : List.of(above.name(), below.name());
    }

    /** How many applications of a function that is a quotient of two others ({@code tanh = sinh/cosh}) {@code e} shows. */
    static int named(Expr e) {
        return org.symgrad.expr.Exprs.count(e, x -> x instanceof Fn f && isQuotient(f.name()));
    }

    /** Whether {@code name} is a function that is a quotient of two others, as a function or as its canonical form. */
    static boolean isQuotient(String name) {
        return FunctionRegistry.lookup(name).map(k -> !k.quotientOf().isEmpty() || !readAsQuotient(k).isEmpty()).orElse(false);
    }
}
