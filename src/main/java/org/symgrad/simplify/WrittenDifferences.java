package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;

/**
 * A difference in the body of a sum turned the way the input wrote it, its sign going in front of
 * the sum: the input's {@code Σ_i D_i (x_i − μ)} differentiated by the variance is
 * {@code −Σ_i D_i (x_i − μ)/(2(v + ε)^{3/2})} as Ioffe &amp; Szegedy print it, not
 * {@code Σ_i D_i (μ − x_i)/…}, and PRML's least-squares gradient is {@code −Σ_n Φ_nk (t_n − Σ_j Φ_nj w_j)}.
 * The normal form (or {@link SumsSharingAFactor}'s bracket) picks one orientation of
 * {@code a − b} by its order of terms; a sum's body is turned when its bracket's negation has the
 * shape of a sum the input wrote (names and signs in order, indices aside, as in
 * {@link WrittenOrientations}) and the bracket itself has not. The sign travels out through
 * products, sums and odd whole powers to the nearest term, whose number takes it ({@code a − Σ…},
 * not {@code a + (−1)·Σ…}). Numerically an identity, and a fixed point: the result writes the
 * shape it was turned to.
 */
public final class WrittenDifferences {
    /** The name a step cites for turning a difference the way the input wrote it. */
    public static final String DIFFERENCE_AS_WRITTEN = "difference-as-written";

    private final Set<Expr> shapes;
    /** The shapes of the differences the input writes other than as the base of an even power. */
    private final Set<Expr> linear;
    /** The squared differences the input writes ({@link WrittenSquares}), for the factors they turn. */
    private final WrittenSquares squares;

    private WrittenDifferences(Set<Expr> shapes, Set<Expr> linear, WrittenSquares squares) {
        this.shapes = shapes;
        this.linear = linear;
        this.squares = squares;
    }

    /**
     * {@code result}, a form of the derivative of {@code input} (or of {@code input} itself), with
     * the differences of its sums' bodies turned as {@code input} wrote them; {@code result} itself
     * when none is. The derivation applies it to its last form: the stages before simplify the
     * forms before them, in which the orientation the input wrote may be gone.
     */
    public static Expr turned(Expr input, Expr result) {
        return turned(input, List.of(), result);
    }

    /**
     * {@link #turned(Expr, Expr)}, where the input also wrote {@code bodies}: the bodies of the lets
     * it uses, for the differences they square ({@link WrittenSquares}: {@code K_ij = exp(−(X_i − X_j)²/(2l²))}
     * writes {@code X_i − X_j} for a result in K).
     */
    public static Expr turned(Expr input, List<Expr> bodies, Expr result) {
        return in(input, bodies).turned(result);
    }

    /** The shapes of the sums {@code input} and {@code bodies} write. */
    private static WrittenDifferences in(Expr input, List<Expr> bodies) {
        Set<Expr> shapes = new HashSet<>();
        Set<Expr> linear = new HashSet<>();
        collect(input, true, shapes, linear);
        // the bodies only for their squares: a linear difference of a body (x̂'s X − μ) turned in
        // the steps would be a form the simplifier does not write, before a step that writes back in x̂
        List<Expr> all = new ArrayList<>(bodies);
        all.add(0, input);
        return new WrittenDifferences(shapes, linear, WrittenSquares.in(all));
    }

    private static void collect(Expr e, boolean isLinear, Set<Expr> out, Set<Expr> linear) {
        if (e instanceof Add) {
            out.add(WrittenOrientations.shape(e));
            if (isLinear) {
                linear.add(WrittenOrientations.shape(e));
            }
        }
        // (a − b)² says nothing of the orientation its author gives a − b; (1 − x)·log(1 − p) does
        boolean evenPower = e instanceof Pow p && p.exponent() instanceof Num k && k.value().isInteger()
                && !k.value().toBigInteger().testBit(0);
        Exprs.children(e).forEach(c -> collect(c, !(evenPower && c == ((Pow) e).base()), out, linear));
    }

    private Expr turned(Expr e) {
        if (shapes.isEmpty() && squares.isEmpty()) {
            return e;
        }
        boolean[] fired = {false};
        Expr out = signed(walk(e, fired));
        return fired[0] ? out : e;
    }

    /** An expression and whether it stands for its negation. */
    private record Signed(Expr expr, boolean negative) {
    }

    private Signed walk(Expr e, boolean[] fired) {
        return switch (e) {
            case IndexSum s -> {
                Signed body = walk(s.body(), fired);
                Expr b = body.expr();
                boolean negative = body.negative();
                Expr turned = turnedBracket(b);
                if (turned != b) {
                    fired[0] = true;
                    b = turned;
                    negative = !negative;
                }
                yield new Signed(b == s.body() ? s : new IndexSum(s.index(), s.lower(), s.upper(), b), negative);
            }
            case Mul m -> {
                boolean negative = false;
                List<Expr> factors = new ArrayList<>();
                for (Expr f : m.factors()) {
                    Signed w = walk(f, fired);
                    negative ^= w.negative();
                    Expr turned = turnedFactor(w.expr());
                    if (turned != w.expr()) {
                        fired[0] = true;
                        negative = !negative;
                    }
                    factors.add(turned);
                }
                negative = squares.turnFactors(factors, negative, fired);
                yield new Signed(factors.equals(m.factors()) ? m : Exprs.mul(factors), negative);
            }
            case Pow p when p.exponent() instanceof Num k && k.value().isInteger() -> {
                Signed base = walk(p.base(), fired);
                boolean odd = k.value().toBigInteger().testBit(0);
                boolean negative = base.negative();
                Expr b = base.expr();
                // (p − 1)² is (1 − p)² where the input writes 1 − p: an even power takes no sign, an odd one its own
                Expr turned = b instanceof Add ? turnedFactor(b) : b;
                if (turned != b) {
                    fired[0] = true;
                    negative = !negative;
                    b = turned;
                }
                yield new Signed(b == p.base() ? p : new Pow(b, p.exponent()), negative && odd);
            }
            default -> {
                // a term of a sum, an argument: the sign stops here, taken by the part itself
                List<Expr> kids = Exprs.children(e);
                List<Expr> out = new ArrayList<>(kids.size());
                for (Expr k : kids) {
                    out.add(signed(walk(k, fired)));
                }
                yield new Signed(out.equals(kids) ? e : Exprs.withChildren(e, out), false);
            }
        };
    }

    /**
     * A difference standing as a factor of a product, turned when its negation is a difference the
     * input writes as a factor and it is not ({@code (x − 1)/(1 − p)} where the input multiplied
     * by {@code 1 − x}): the caller takes the sign. {@code factor} itself otherwise.
     */
    private Expr turnedFactor(Expr factor) {
        if (!(factor instanceof Add bracket) || linear.isEmpty() || shapes.contains(WrittenOrientations.shape(bracket))) {
            return factor;
        }
        Expr negated = WrittenOrientations.negated(bracket);
        return linear.contains(WrittenOrientations.shape(negated)) ? negated : factor;
    }

    /** The body of a sum with its one bracket turned as written, or {@code body} itself. */
    private Expr turnedBracket(Expr body) {
        List<Expr> factors = body instanceof Mul m ? m.factors() : List.of(body);
        int at = -1;
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) instanceof Add) {
                if (at >= 0) {
                    return body;
                }
                at = i;
            }
        }
        if (at < 0) {
            return body;
        }
        Add bracket = (Add) factors.get(at);
        if (shapes.contains(WrittenOrientations.shape(bracket))) {
            return body;
        }
        Expr negated = WrittenOrientations.negated(bracket);
        if (!shapes.contains(WrittenOrientations.shape(negated))) {
            return body;
        }
        List<Expr> out = new ArrayList<>(factors);
        out.set(at, negated);
        return Exprs.mul(out);
    }

    /** {@code s} as one expression: its number negated where it stands for its negation. */
    private static Expr signed(Signed s) {
        if (!s.negative()) {
            return s.expr();
        }
        Expr e = s.expr();
        if (e instanceof Mul m && m.factors().get(0) instanceof Num c) {
            List<Expr> rest = new ArrayList<>(m.factors());
            rest.set(0, new Num(c.value().negate(), c.decimal()));
            return Exprs.mul(rest);
        }
        return Exprs.neg(e);
    }
}
