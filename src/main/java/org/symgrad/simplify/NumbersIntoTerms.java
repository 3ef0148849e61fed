package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Trace;

/**
 * A result that is a number times a sum no one wrote, written term by term (the distributive law,
 * cited as {@value #DISTRIBUTE}): {@code (3x² − 4x)′ = 6x − 4}, not {@code 2(3x − 2)};
 * {@code (x³ − 3x² + 6x)′ = 3x² − 6x + 6}. The normal form takes
 * a sum's numeric content out, but a book differentiates a sum term by term and prints the sum of the
 * terms' derivatives (d2l.ai §2.4.1: f′(x) = 6x − 4). A sum the input wrote stays a bracket with its
 * number in front: {@code ((x − y)²)′ = 2(x − y)}, as the chain rule gives it. Only a whole result
 * {@code c·S} (or a case's value of a result that is a where chain) with a whole number {@code c ≠ ±1} and
 * a sum {@code S} that holds a number of its own ({@code 3x − 2}, not {@code x + 1}): a bracket of unit
 * coefficients, {@code 2(x + 1)} or the chain rule's {@code 2(σ(2u)(wt − t + 1) − wt)}, keeps its one number
 * in front; a number beside other factors, a negation, a fraction ({@code (4x − 3)/2}) and the bodies of Σ
 * stay as the normal form writes them. Exact: each term is {@code c}
 * times a term of {@code S}, multiplied out.
 */
final class NumbersIntoTerms {
    /** The name a step cites for multiplying the number into the terms. */
    static final String DISTRIBUTE = ProductRuleSums.DISTRIBUTE;

    private NumbersIntoTerms() {
    }

    /**
     * {@code e} written term by term where it is a number {@code c ≠ ±1} times a sum {@code input} does not
     * write (nor its negation); {@code e} itself otherwise.
     */
    static Expr of(Expr e, Expr input, Normalizer plainForm, Trace trace) {
        if (e instanceof Fn f && f.name().equals(FunctionRegistry.WHERE) && f.args().size() == 3) {
            // each case's value as a result of its own: where(x < 1, 4x + 2, 0), however the chain was reached
            Expr yes = of(f.args().get(1), input, plainForm, trace);
            Expr no = of(f.args().get(2), input, plainForm, trace);
            return yes == f.args().get(1) && no == f.args().get(2) ? e
                    : Exprs.fn(FunctionRegistry.WHERE, f.args().get(0), yes, no);
        }
        if (!(e instanceof Mul m) || m.factors().size() != 2 || !(m.factors().get(0) instanceof Num c) || c.decimal()
                || !c.value().isInteger() || c.value().abs().isOne() || !(m.factors().get(1) instanceof Add sum)) {
            return e;
        }
        if (sum.terms().stream().allMatch(t -> coefficient(t).abs().isOne())) {
            // c(x + 1), 2(σ(2u)(…) − wt): the number is the only one, a common factor (the chain rule's inner
            // derivative, a constant factor) a book keeps in front; only a bracket of numbers of its own had c taken out
            return e;
        }
        Set<Expr> written = new HashSet<>();
        collect(input, plainForm, written);
        if (written.contains(erased(plainForm.canonical(sum))) || written.contains(erased(plainForm.canonical(Exprs.neg(sum))))) {
            return e;
        }
        List<Expr> terms = new ArrayList<>();
        for (Expr t : sum.terms()) {
            terms.add(times(c.value(), t));
        }
        trace.fired(DISTRIBUTE);
        return Exprs.add(terms);
    }

    /** The number in front of a term: the term's own value, its leading number, else 1. */
    private static Rational coefficient(Expr t) {
        if (t instanceof Num n) {
            return n.value();
        }
        return t instanceof Mul m && m.factors().get(0) instanceof Num n ? n.value() : Rational.ONE;
    }

    /** {@code c·t}, the number multiplied into the term's own number and the rest of it as it stands. */
    private static Expr times(Rational c, Expr t) {
        if (t instanceof Num n) {
            return new Num(c.multiply(n.value()));
        }
        if (t instanceof Mul m && m.factors().get(0) instanceof Num n) {
            List<Expr> factors = new ArrayList<>(m.factors());
            factors.set(0, new Num(c.multiply(n.value())));
            return Exprs.mul(factors);
        }
        return Exprs.mul(new Num(c), t);
    }

    /**
     * The normal forms of the sums {@code e} writes, in the bodies of Σ too, their indices erased: the
     * body's {@code x_i − y_i} is the result's {@code x_j − y_j} ({@code (Σ_i (x_i − y_i)²)′ = 2(x_j − y_j)}).
     */
    private static void collect(Expr e, Normalizer plainForm, Set<Expr> out) {
        if (e instanceof Add) {
            out.add(erased(plainForm.canonical(e)));
        }
        Exprs.children(e).forEach(c -> collect(c, plainForm, out));
    }

    /** {@code e} with every index of every indexed name read as one index: a shape, whatever the names. */
    private static Expr erased(Expr e) {
        if (e instanceof Indexed x) {
            return new Indexed(x.name(), x.indices().stream().map(i -> ERASED).toList());
        }
        return Exprs.mapChangedChildren(e, NumbersIntoTerms::erased);
    }

    private static final String ERASED = "i";
}
