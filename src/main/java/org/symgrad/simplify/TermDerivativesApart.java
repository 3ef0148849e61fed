package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;

/**
 * A derivative written as the sum of its input terms' derivatives where the normal form joined them over one bar and
 * where joining multiplied their bars: a book differentiates a sum term by term, so the negative binomial's
 * {@code y log(μ) − (y + φ) log(μ + φ)} has the partial {@code y/μ − (y + φ)/(μ + φ)} (Stan's), not
 * {@code φ(y − μ)/(μ(μ + φ))}. Only where each input term's derivative is one term (not itself a sum), two or more of
 * them are not zero, the result is one fraction whose bar is the product of theirs, none of them over all of it, and
 * the sum of those derivatives has the result's value. A term over the whole bar stays joined with the others (the gamma
 * deviance's {@code (m − y)/m²}, as its source prints it), except beside a term with no bar at all: the derivative of a
 * term linear in the variable is not put over the other's bar, so the Poisson's log-likelihood has the partial
 * {@code y/l − 1} (Stan's), not {@code (y − l)/l}, where the bar is a product of atoms (a sum below it cancels against
 * no term: {@code x + x/(1 + x²)} keeps {@code (x⁴ + x² + 2)/(1 + x²)²}).
 * A term with a symbolic power may hide a bar ({@code m^(1 − ρ)} is {@code m/m^ρ}): it is not one without. A presentation
 * only: the same value, its terms as {@link WrittenTermSources} then orders them.
 */
public final class TermDerivativesApart {
    private TermDerivativesApart() {
    }

    /**
     * {@code result} written as the sum of {@code derivatives} (the textbook derivatives of the input's terms, in the
     * order written) where that is one term each, {@code result}'s bar is the product of theirs ({@link #apart}) and the
     * sum has its value; {@code result} itself otherwise.
     */
    public static Expr of(Expr result, List<Expr> derivatives) {
        if (result instanceof Add || !isFraction(result)) {
            return result;
        }
        List<Expr> terms = new ArrayList<>();
        for (Expr d : derivatives) {
            if (d instanceof Num n && n.value().isZero()) {
                continue;
            }
            if (d instanceof Add) {
                return result;
            }
            terms.add(d);
        }
        if (terms.size() < 2) {
            return result;
        }
        Expr split = Exprs.add(terms);
        try {
            if (!apart(result, terms)) {
                return result;
            }
            return plain().normalize(Exprs.sub(split, result)).isZero() ? split : result;
        } catch (LimitException tooLarge) {
            return result; // a presentation only
        }
    }

    /**
     * Whether a book writes {@code terms} apart rather than over {@code result}'s bar: the bar is the product of two or
     * more of theirs, none of them over all of it ({@code y/μ − (y + φ)/(μ + φ)}, not {@code φ(y − μ)/(μ(μ + φ))}).
     */
    static boolean apart(Expr result, List<Expr> terms) {
        Expr bar = denominator(result);
        List<Expr> bars = new ArrayList<>();
        boolean overWhole = false;
        boolean barFree = false;
        for (Expr t : terms) {
            Expr mine = denominator(t);
            overWhole |= mine.equals(bar);
            barFree |= mine.equals(Exprs.ONE) && !symbolicPower(t);
            if (!mine.equals(Exprs.ONE) && !bars.contains(mine)) {
                bars.add(mine);
            }
        }
        if (overWhole) {
            // a term no bar divides beside terms over the whole one is not put over it: y/l − 1, not (y − l)/l; a sum
            // below the bar cancels against no term, and the fraction over it stays one (as TermwiseFractions keeps it)
            return barFree && bars.size() == 1 && !Exprs.any(bar, x -> x instanceof Add);
        }
        return bars.size() >= 2 && plain().normalize(Exprs.sub(Exprs.mul(bars), bar)).isZero();
    }

    /** Whether {@code t} holds a power with a symbolic exponent, which may hide a bar: {@code m^(1 − ρ)} is {@code m/m^ρ}. */
    private static boolean symbolicPower(Expr t) {
        return Exprs.any(t, x -> x instanceof Pow p && !(p.exponent() instanceof Num));
    }

    private static Normalizer plain() {
        return new Normalizer(Budget.standard(), List.of(), List.of(), false);
    }

    /** The factors of {@code e} under its bar, as one product (1 if none). */
    private static Expr denominator(Expr e) {
        List<Expr> under = new ArrayList<>();
        for (Expr f : e instanceof Mul m ? m.factors() : List.of(e)) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                under.add(k.value().equals(org.symgrad.expr.Rational.MINUS_ONE) ? p.base()
                        : new Pow(p.base(), new Num(k.value().negate())));
            }
        }
        return Exprs.mul(under);
    }

    /** Whether {@code e} is one fraction: a product (or a number times one) with a factor under the bar and a sum above or below it. */
    private static boolean isFraction(Expr e) {
        if (!(e instanceof Mul m)) {
            return false;
        }
        boolean under = false;
        boolean sum = false;
        for (Expr f : m.factors()) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                under = true;
                sum |= p.base() instanceof Add;
            }
            sum |= f instanceof Add;
        }
        return under && sum;
    }
}
