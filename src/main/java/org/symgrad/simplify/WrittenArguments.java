package org.symgrad.simplify;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Parity;
import org.symgrad.rewrite.Negation;

/**
 * The way the input turned the arguments of functions with a parity ({@link Parity}): the normal
 * form moves a minus sign out of {@code f(−u)} by {@code f}'s identity and so must pick one of
 * {@code u} and {@code −u}; by the sign of the leading term it would turn the {@code σ(x − μ)} the
 * input wrote into {@code 1 − σ(μ − x)}. A normaliser that knows these orientations keeps the
 * argument as the input wrote it, and uses the leading sign only for arguments the input did not
 * write, or wrote both ways (then {@code σ(u) + σ(−u)} still reaches 1). An argument whose normal
 * form reads negative ({@code σ(−x)}, {@code tanh(x − 2x)}) counts as the
 * argument without its sign: {@code σ(−x) = 1 − σ(x)} stays the textbook's choice — except σ of more
 * than a name, which keeps the minus the input wrote ({@code σ(−Σ_d N_sd v_d)}, word2vec's negative samples). Either choice is an identity, so the
 * orientation changes the form of a result, never its value.
 */
final class WrittenArguments {
    /** No orientation known: the leading sign decides everywhere. */
    static final WrittenArguments NONE = new WrittenArguments(Set.of());

    /** The normal forms of the arguments as written, none together with its own negation. */
    private final Set<Expr> preferred;
    /**
     * Their shapes, indices aside ({@link WrittenOrientations#shape}): the input's
     * {@code σ(−Σ_d N_sd v_d)} under {@code Σ_s} is the result's {@code σ(−Σ_d N_kd v_d)} once the
     * derivative by {@code N_ke} contracted {@code s} to {@code k}.
     */
    private final Set<Expr> shapes;

    private WrittenArguments(Set<Expr> preferred) {
        this.preferred = preferred;
        Set<Expr> out = new HashSet<>();
        preferred.forEach(p -> out.add(shape(p)));
        this.shapes = Set.copyOf(out);
    }

    /** The orientations {@code input} writes, normalised by {@code plain} (a normaliser without definitions). */
    static WrittenArguments in(Expr input, Normalizer plain) {
        Set<Expr> written = new HashSet<>();
        Set<Expr> bothWays = new HashSet<>();
        collect(input, plain, written, bothWays);
        written.removeAll(bothWays);
        return written.isEmpty() ? NONE : new WrittenArguments(Set.copyOf(written));
    }

    /**
     * {@link #in(Expr, Normalizer)}, where the arguments of the functions in {@code names} (the σ of
     * a σ shape the input of a derivative wrote, {@code 1/(1 + exp(1 − 3x))} read σ(3x − 1)) come first:
     * the derivative {@code 3exp(1 − 3x)/(1 + exp(1 − 3x))²} writes u as the exp holds it, the input's
     * shape turned it.
     */
    static WrittenArguments in(Expr input, Normalizer plain, List<Expr> names) {
        if (names.isEmpty()) {
            return in(input, plain);
        }
        Set<Expr> first = new HashSet<>();
        Set<Expr> firstBothWays = new HashSet<>();
        names.forEach(n -> collect(n, plain, first, firstBothWays));
        first.removeAll(firstBothWays);
        Set<Expr> written = new HashSet<>();
        Set<Expr> bothWays = new HashSet<>();
        collect(input, plain, written, bothWays);
        written.removeAll(bothWays);
        for (Expr w : written) {
            if (!first.contains(plain.canonical(Exprs.mul(new Num(Rational.MINUS_ONE), w)))) {
                first.add(w);
            }
        }
        return first.isEmpty() ? NONE : new WrittenArguments(Set.copyOf(first));
    }

    private static void collect(Expr e, Normalizer plain, Set<Expr> written, Set<Expr> bothWays) {
        collect(e, plain, written, bothWays, null, false);
    }

    /**
     * {@code reciprocal}: the exp of a σ shape {@code c/(1 + e^u)} that holds {@code e}, whose argument
     * is read turned: the shape is σ(−u), so {@code 1/(1 + exp(1 − 3x))} is σ(3x − 1), as books write
     * σ(z) = 1/(1 + e^{−z}) (rule sigma-shape-argument).
     */
    private static void collect(Expr e, Normalizer plain, Set<Expr> written, Set<Expr> bothWays, Fn reciprocal,
            boolean factor) {
        Fn turned = reciprocal != null || factor ? reciprocal : Rules.reciprocalSigmaExp(e).orElse(null);
        // an exp's argument too: σ(u) read back from e^u/(1 + e^u) keeps the u the input wrote
        if (e instanceof Fn f && f.args().size() == 1 && !(f.arg() instanceof Variable) && !(f.arg() instanceof Num)
                && (hasParity(f.name()) || f.name().equals(FunctionRegistry.EXP))) {
            // (a name or a number is turned by its leading sign already: nothing to remember)
            Expr arg = f == turned ? Rules.turnedSigmaArgument(plain, f.args().get(0)) : plain.canonical(f.args().get(0));
            Expr negated = plain.canonical(Exprs.mul(new Num(Rational.MINUS_ONE), arg));
            Expr key = arg;
            Optional<Expr> unsigned = Negation.PLAIN.positive(arg);
            if (unsigned.isPresent() && !KeptMinus.keeps(f.name(), unsigned.get())) {
                key = negated;
                negated = arg;
            }
            if (!key.equals(negated)) {
                written.add(key);
                if (written.contains(negated)) {
                    bothWays.add(key);
                    bothWays.add(negated);
                }
            }
        }
        boolean product = e instanceof org.symgrad.expr.Mul;
        Exprs.children(e).forEach(c -> collect(c, plain, written, bothWays, e == turned ? null : turned, product));
    }

    private static boolean hasParity(String name) {
        return FunctionRegistry.lookup(name).map(KnownFunction::parity).orElse(Parity.NONE) != Parity.NONE;
    }

    boolean isEmpty() {
        return preferred.isEmpty();
    }

    /** {@code e} with its indices aside ({@link WrittenOrientations#shapeOverAnyIndex}). */
    private static Expr shape(Expr e) {
        return WrittenOrientations.shapeOverAnyIndex(e);
    }

    /**
     * Whether the input wrote the argument whose normal form is {@code argument} (its negation's,
     * {@code negated}) this way round ({@code true}) or the other ({@code false}); empty where it
     * wrote neither, or both. The argument itself decides first; where the input wrote neither it
     * nor its negation, their shapes, indices aside, do when exactly one of them was written.
     */
    Optional<Boolean> orientation(Expr argument, Expr negated) {
        if (preferred.contains(argument)) {
            return Optional.of(true);
        }
        if (preferred.contains(negated)) {
            return Optional.of(false);
        }
        boolean asWritten = shapes.contains(shape(argument));
        boolean turned = shapes.contains(shape(negated));
        return asWritten == turned ? Optional.empty() : Optional.of(asWritten);
    }
}
