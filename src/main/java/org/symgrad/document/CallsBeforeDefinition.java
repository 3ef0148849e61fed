package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.DocumentFunction;

/**
 * Uses of a function that the document defines only further down: {@code J(θ) = (1/2m) Σ_i (h_θ(x^{(i)}) − y^{(i)})²}
 * and then "where {@code h_θ(x) = θ_0 + θ_1 x}". The earlier use was read as a call of a function
 * not yet defined; once the definition comes, each such call in what was defined before is applied
 * ({@link DocumentFunction#appliedLate}), so the later claims {@code ∂J/∂θ_1 = …} see θ_1 in J.
 * Claims checked before the definition stay as they were checked: the document is read in order.
 */
final class CallsBeforeDefinition {
    private CallsBeforeDefinition() {
    }

    /**
     * {@code defs} with every call of {@code f} in their bodies applied; {@code samples} are the positions of
     * the arguments written as one example of a vector ({@code x^{(i)}}) in those calls.
     */
    static Definitions applied(Definitions defs, DocumentFunction f, Set<Integer> samples, SourceSpan where) {
        Definitions out = defs.cleared();
        for (Definition d : defs.all()) {
            Expr body = applied(d.body(), f, samples, where);
            out = out.with(body == d.body() ? d : new Definition(d.target(), body));
        }
        return out;
    }

    /** {@code e} with every call of {@code f} applied; {@code e} itself where it calls none. */
    static Expr applied(Expr e, DocumentFunction f, Set<Integer> samples, SourceSpan where) {
        if (e instanceof Fn call && call.name().equals(f.name())) {
            List<Expr> args = call.args().stream().map(a -> applied(a, f, samples, where)).toList();
            try {
                Optional<Expr> value = applyCall(f, args, samples, where);
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (InputException notApplicable) {
                // an argument that cannot take the parameter's place (a vector for an index): the call stays
            }
            return args.equals(call.args()) ? call : Exprs.withChildren(call, args);
        }
        if (e instanceof Fn call && primes(call.name(), f.name()) > 0 && call.args().size() == 1 && f.parameters().size() == 1
                && f.parameters().get(0) instanceof Sym p) {
            // ζ'(x) above or beside "$\zeta(x) = \log(1 + e^x)$": the derivative of the body in its parameter, applied
            Expr arg = applied(call.args().get(0), f, samples, where);
            Optional<Expr> left = f.derivativeLeftAt(arg, primes(call.name(), f.name()), name -> true);
            if (left.isPresent()) {
                return left.get();
            }
            DocumentFunction derivative = f.withBody(Differentiator.diff(f.body(), p, primes(call.name(), f.name())));
            try {
                Optional<Expr> value = derivative.appliedLate(List.of(arg), samples, where);
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (InputException notApplicable) {
                // as for a call: it stays
            }
        }
        return Exprs.mapChangedChildren(e, c -> applied(c, f, samples, where));
    }

    /**
     * Why a call of {@code f} left in one of {@code exprs} by {@link #applied} could not take the definition (an argument
     * that cannot take its parameter's place): the call and the reason; empty where every call was applied.
     */
    static Optional<String> refused(List<Expr> exprs, DocumentFunction f, Set<Integer> samples, SourceSpan where) {
        for (Expr e : exprs) {
            if (e instanceof Fn call && call.name().equals(f.name())) {
                try {
                    applyCall(f, call.args(), samples, where);
                } catch (InputException refusal) {
                    return Optional.of(call + ": " + refusal.getMessage());
                }
            }
            Optional<String> inside = refused(Exprs.children(e), f, samples, where);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code f} applied to a call's {@code args}: a member of its family where the leading arguments name one
     * ({@link #memberIndices}); empty where it is not applied so, an {@link InputException} where an argument cannot take
     * its parameter's place.
     */
    private static Optional<Expr> applyCall(DocumentFunction f, List<Expr> args, Set<Integer> samples, SourceSpan where) {
        Optional<List<String>> indices = memberIndices(f, args);
        return indices.isPresent()
                ? f.at(indices.get()).appliedLate(args.subList(f.own().size(), args.size()), samples, where)
                : f.appliedLate(args, samples, where);
    }

    /**
     * The indices of the member of the family {@code f} ({@code \pi_j(x) = …}) that a call read above its definition
     * names by its leading index values ({@code π(ι_h, x)} for {@code \pi_h(x)}, {@code π(1, x)} for {@code \pi_1(x)});
     * empty for a call with no more arguments than parameters.
     */
    private static Optional<List<String>> memberIndices(DocumentFunction f, List<Expr> args) {
        if (f.own().isEmpty() || args.size() != f.own().size() + f.parameters().size()) {
            return Optional.empty();
        }
        List<String> indices = new java.util.ArrayList<>();
        for (Expr a : args.subList(0, f.own().size())) {
            if (a instanceof org.symgrad.expr.Indexed x && org.symgrad.expr.IndexValue.offset(x.name()).equals(Optional.of(0L))) {
                indices.add(x.indices().get(0));
            } else if (a instanceof org.symgrad.expr.Num n && n.value().isInteger()) {
                indices.add(n.toString());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(indices);
    }

    /** How many primes {@code called} adds to {@code name} ({@code zeta''} to {@code zeta}: 2), or 0. */
    private static int primes(String called, String name) {
        return called.startsWith(name) && called.length() > name.length()
                && called.substring(name.length()).chars().allMatch(c -> c == '\'') ? called.length() - name.length() : 0;
    }
}
