package org.symgrad.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Restricted;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FactorOrder;

/**
 * Prints an {@link Expr} in a {@link Notation}: one precedence-aware walk shared by ASCII,
 * Unicode and LaTeX. Printing never changes the mathematics and never defines equality; it only
 * chooses a reading order ({@link DisplayOrder}), shows signs as subtraction ({@code a - b} for
 * {@code a + (-1)·b}), moves negative powers into a denominator ({@code a/b} for
 * {@code a·b^(-1)}) and brackets a child exactly when its {@link Prec} is too loose for its slot:
 *
 * <ul>
 *   <li>a term of a sum must bind at least as a product; a subtracted term likewise;</li>
 *   <li>a factor must bind at least as a power (so {@code -b} and {@code a + b} are bracketed);</li>
 *   <li>a base must be an atom (not a fraction); an exponent is bracketed by the notation;</li>
 *   <li>unary minus applies to a product or tighter ({@code -x^2}, {@code -a*b}, {@code -(a + b)}).</li>
 * </ul>
 *
 * <p>The output is a deterministic function of the expression.
 */
public final class Printer {
    private static final Printer ASCII = new Printer(new AsciiNotation());
    private static final Printer UNICODE = new Printer(new UnicodeNotation());
    private static final Printer LATEX = new Printer(new LatexNotation());

    private final Notation notation;

    public Printer(Notation notation) {
        this.notation = notation;
    }

    /** Plain ASCII that re-parses to an equal expression: {@code beta*y_i*(delta(i,j) - y_j)}. */
    public static String ascii(Expr e) {
        return ASCII.print(e);
    }

    /** Unicode text for people: {@code β y_i(δ_ij − y_j)}. */
    public static String unicode(Expr e) {
        return UNICODE.print(e);
    }

    /** A LaTeX math-mode fragment: {@code \beta y_i (\delta_{ij} - y_j)}. */
    public static String latex(Expr e) {
        return LATEX.print(e);
    }

    /** An index used as a number ({@link IndexValue}): the index itself, {@code k}, or {@code (t-1)} where its value is offset. */
    private static Doc indexValue(Indexed x) {
        String index = Index.written(x.indices().get(0));
        long offset = IndexValue.offset(x.name()).orElseThrow();
        if (offset == 0 && (Index.isSymbolic(x.indices().get(0)) || Index.isConcrete(x.indices().get(0)))) {
            return Doc.atom(index);
        }
        return Doc.atom("(" + index + (offset == 0 ? "" : offset < 0 ? "-" + -offset : "+" + offset) + ")");
    }

    public String print(Expr e) {
        return doc(e).text();
    }

    private Doc doc(Expr e) {
        return switch (e) {
            case Num n -> number(n, false);
            case Sym s -> Doc.atom(notation.symbol(s.name()));
            case Indexed x when IndexValue.is(x) -> indexValue(x);
            case Indexed x -> Doc.atom(notation.indexed(x.name(), x.indices().stream().map(Index::written).toList()));
            case Delta d -> Doc.atom(notation.delta(Index.written(d.i()), Index.written(d.j())));
            case Add a -> sum(a);
            case Mul m -> {
                Signed p = product(m);
                yield p.negative() ? negate(p.magnitude()) : p.magnitude();
            }
            case Pow p -> isReciprocal(p) ? product(List.of(p)).magnitude() : power(p);
            case Fn f when SoftmaxComponent.of(f).isPresent() -> SoftmaxComponent.of(f)
                    .map(c -> notation.component(f.name(), c.vector(), c.index())).orElseThrow();
            case Fn f -> notation.function(f.name(), f.args().stream().map(this::doc).toList());
            case IndexSum s -> indexSum(s);
            case IndexProduct p -> indexProduct(p);
            case Derivative d -> notation.derivative(doc(d.of()),
                    FactorOrder.readsAsQuotient(d) && quotientReadsBack(d) ? Optional.of(quotientName(d.of())) : Optional.empty(),
                    doc(d.wrt()));
        };
    }

    /** {@code b^(-k)} with integer k reads as the fraction {@code 1/b^k}, as a textbook writes it. */
    private static boolean isReciprocal(Pow p) {
        return p.exponent() instanceof Num k && k.value().signum() < 0 && k.value().isInteger();
    }

    /**
     * Whether {@code ∂f/∂x} names f's arguments well enough to read back: the reader takes an
     * abstract f to be applied to names ({@code ∂L/∂y_k} is {@code ∂L(y)/∂y_k}), never to an entry,
     * so {@code ∂g(β_l)/∂β_l} is written with its argument.
     */
    private static boolean quotientReadsBack(Derivative d) {
        return !(d.of() instanceof Fn f) || f.args().stream().allMatch(a -> a instanceof Sym);
    }

    private String quotientName(Expr of) {
        return of instanceof Fn f ? notation.functionName(f.name()) : doc(of).text();
    }

    /** A value split into a sign and the printed magnitude. */
    private record Signed(boolean negative, Doc magnitude) {
    }

    /** A number as it is written: a decimal ({@code 0.5}) or an integer or fraction ({@code 1/2}). */
    private Doc number(Num n, boolean script) {
        if (!n.decimal()) {
            return number(n.value(), script);
        }
        Doc magnitude = notation.decimal(n.value().abs());
        return n.value().signum() < 0 ? negate(magnitude) : magnitude;
    }

    private Doc number(Rational r, boolean script) {
        return r.signum() < 0 ? negate(notation.number(r.negate(), script)) : notation.number(r, script);
    }

    private Doc negate(Doc magnitude) {
        // -(-1), never --1
        Doc m = magnitude.prec() == Prec.UNARY ? notation.group(magnitude) : notation.atLeast(magnitude, Prec.PRODUCT);
        return new Doc(notation.unaryMinus() + m.text(), Prec.UNARY, m.tall(), m.fraction());
    }

    private Signed signed(Expr e) {
        return switch (e) {
            case Num n -> new Signed(n.value().signum() < 0, n.decimal() ? notation.decimal(n.value().abs())
                    : notation.number(n.value().abs(), false));
            case Mul m -> product(m);
            default -> new Signed(false, doc(e));
        };
    }

    private Doc sum(Add a) {
        List<Signed> terms = org.symgrad.expr.LeadingTerm.first(a.terms().stream().map(this::signed).toList(), Signed::negative);
        StringBuilder out = new StringBuilder();
        boolean tall = false;
        for (String piece : termPieces(terms)) {
            out.append(piece);
        }
        for (Signed t : terms) {
            tall |= t.magnitude().tall();
        }
        return Doc.of(out.toString(), Prec.SUM, tall);
    }

    /** The printed terms of a sum in reading order, each after the first with its operator. */
    private List<String> termPieces(List<Signed> terms) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Signed t = terms.get(i);
            Doc m = t.magnitude();
            if (m.prec() == Prec.SUM || m.prec() == Prec.UNARY) {
                m = notation.group(m);
            }
            String operator = i == 0 ? (t.negative() ? notation.unaryMinus() : "")
                    : (t.negative() ? notation.minus() : notation.plus());
            pieces.add(operator + m.text());
        }
        return pieces;
    }

    /**
     * The terms of {@code e} as {@link #latex} prints them, in reading order, each after the first
     * with its operator ({@code ["a", " + b", " - c"]}): joined, they are {@code latex(e)}. Anything
     * but a sum is one piece. A long line of a document breaks between these pieces.
     */
    public static List<String> latexTerms(Expr e) {
        return LATEX.terms(e);
    }

    private List<String> terms(Expr e) {
        if (e instanceof Add a) {
            return termPieces(org.symgrad.expr.LeadingTerm.first(a.terms().stream().map(this::signed).toList(), Signed::negative));
        }
        return List.of(print(e));
    }

    /**
     * A product as sign and magnitude: the leading numeric coefficient gives the sign (and is
     * dropped when it is ±1), factors {@code b^(-k)} form the denominator.
     */
    private Signed product(Mul m) {
        return product(m.shown(), m.asWritten());
    }

    private Signed product(List<Expr> factors) {
        return product(factors, false);
    }

    /** {@code asWritten}: the factors in their order (the input's), else in the display order. */
    private Signed product(List<Expr> factors, boolean asWritten) {
        // numbers in a product read as one coefficient: −(−1)·x is shown as x
        Rational coefficient = Rational.ONE;
        boolean decimal = false;
        List<Expr> rest = new ArrayList<>(factors.size());
        for (Expr f : factors) {
            if (f instanceof Num n) {
                coefficient = coefficient.multiply(n.value());
                decimal |= n.decimal();
            } else {
                rest.add(f);
            }
        }
        if (coefficient.isZero()) {
            return new Signed(false, notation.number(Rational.ZERO, false));
        }
        List<Expr> ordered = asWritten ? rest : DisplayOrder.factors(rest);
        boolean negative = coefficient.signum() < 0;
        coefficient = coefficient.abs();

        List<Doc> numerator = new ArrayList<>();
        List<Doc> denominator = new ArrayList<>();
        List<Doc> derivatives = new ArrayList<>();
        for (Expr f : ordered) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                Rational up = k.value().negate();
                denominator.add(up.isOne() ? doc(p.base()) : power(new Pow(p.base(), Exprs.num(up))));
            } else {
                Doc d = doc(f);
                numerator.add(d);
                if (f instanceof Derivative) {
                    derivatives.add(d);
                }
            }
        }
        // a derivative factor stands beside a stacked fraction (t_i/y_i ∂y_i/∂z_j), never inside it
        List<Doc> beside = notation.stackedFractions() && !denominator.isEmpty() ? derivatives : List.of();
        numerator.removeIf(d -> beside.stream().anyMatch(b -> b == d));

        boolean hasCoefficient = false;
        boolean denominatorHasCoefficient = false;
        boolean stacked = notation.stackedFractions();
        if (!coefficient.isOne()) {
            if (decimal && Num.terminates(coefficient)) {
                // a decimal coefficient is written as the input wrote it: 0.5x, never x/2
                numerator.add(0, notation.decimal(coefficient));
                hasCoefficient = true;
            } else if (coefficient.isInteger() || (stacked && denominator.isEmpty())) {
                numerator.add(0, notation.number(coefficient, false));
                hasCoefficient = true;
            } else {
                Rational p = Rational.of(coefficient.num());
                Rational q = Rational.of(coefficient.den());
                if (!p.isOne() || numerator.isEmpty()) {
                    numerator.add(0, notation.number(p, false));
                    hasCoefficient = true;
                }
                denominator.add(0, notation.number(q, false));
                denominatorHasCoefficient = true;
            }
        }
        if (numerator.isEmpty()) {
            numerator.add(notation.number(Rational.ONE, false));
        }

        if (denominator.isEmpty()) {
            Doc magnitude = numerator.size() == 1 ? numerator.get(0) : juxtapose(numerator, hasCoefficient);
            return new Signed(negative, magnitude);
        }
        Doc num;
        Doc den;
        if (stacked) {
            if (!beside.isEmpty()) {
                Doc over = notation.fraction(numerator.size() == 1 ? numerator.get(0) : juxtapose(numerator, hasCoefficient),
                        denominator.size() == 1 ? denominator.get(0) : juxtapose(denominator, denominatorHasCoefficient));
                List<Doc> all = new ArrayList<>();
                all.add(over);
                all.addAll(beside);
                return new Signed(negative, juxtapose(all, false));
            }
            num = numerator.size() == 1 ? numerator.get(0) : juxtapose(numerator, hasCoefficient);
            den = denominator.size() == 1 ? denominator.get(0) : juxtapose(denominator, denominatorHasCoefficient);
        } else {
            num = juxtapose(inlineOperands(numerator), hasCoefficient);
            den = denominator.size() == 1
                    ? inlineOperands(denominator).get(0)
                    : notation.group(juxtapose(denominator, denominatorHasCoefficient));
            if (den.prec().looserThan(Prec.POWER)) {
                den = notation.group(den);
            }
        }
        return new Signed(negative, notation.fraction(num, den));
    }

    /** Operands of an inline {@code /} may not themselves be fractions. */
    private List<Doc> inlineOperands(List<Doc> docs) {
        return docs.stream().map(d -> d.fraction() ? notation.group(d) : d).toList();
    }

    /**
     * Factors side by side, each bracketed unless it binds at least as a power. The last factor
     * may be open ({@code a \sum_k b_k}), and then so is the product; a factor that something
     * follows is printed closed.
     */
    private Doc juxtapose(List<Doc> factors, boolean firstIsCoefficient) {
        Doc last = factors.get(factors.size() - 1);
        if (factors.size() == 1) {
            return last.isOpen() ? last : notation.atLeast(last, Prec.POWER);
        }
        Doc closed = juxtapose(factors, firstIsCoefficient, false);
        return last.isOpen() ? Doc.open(juxtapose(factors, firstIsCoefficient, true).text(), Prec.PRODUCT,
                closed.tall() || last.tall(), closed) : closed;
    }

    private Doc juxtapose(List<Doc> factors, boolean firstIsCoefficient, boolean lastOpen) {
        StringBuilder out = new StringBuilder();
        boolean tall = false;
        Doc previous = null;
        for (int i = 0; i < factors.size(); i++) {
            boolean open = lastOpen && i == factors.size() - 1;
            Doc f = open ? factors.get(i) : notation.atLeast(factors.get(i).closed(), Prec.POWER);
            if (previous != null) {
                out.append(notation.times(previous, f, i == 1 && firstIsCoefficient));
            }
            out.append(f.text());
            tall |= f.tall();
            previous = f;
        }
        return Doc.of(out.toString(), Prec.PRODUCT, tall);
    }

    private Doc power(Pow p) {
        if (p.exponent() instanceof Num n && !n.decimal() && n.value().equals(Rational.of(1, 2))) {
            Optional<Doc> root = notation.squareRoot(doc(p.base()));
            if (root.isPresent()) {
                return root.get();
            }
        }
        Doc base = doc(p.base()).closed();
        if (base.prec().looserThan(Prec.ATOM) || base.fraction()) {
            base = notation.group(base);
        }
        Doc exponent = p.exponent() instanceof Num n ? number(n, true) : doc(p.exponent());
        return notation.power(base, exponent, p.exponent());
    }

    private Doc indexProduct(IndexProduct p) {
        boolean defaultRange = p.lower().equals(Exprs.ONE) && p.upper().equals(Exprs.N);
        Optional<Restricted> restricted = p.lower().equals(Exprs.ONE) ? Restricted.of(p) : Optional.empty();
        if (restricted.isPresent()) {
            Restricted r = restricted.get();
            return notation.restrictedProduct(r.index(), r.excluded(), upper(p.upper()), doc(r.body()));
        }
        return notation.indexProduct(p.index(),
                defaultRange ? Optional.empty() : Optional.of(doc(p.lower())),
                defaultRange ? Optional.empty() : Optional.of(doc(p.upper())),
                doc(p.body()));
    }

    /** The upper limit of a reduction from 1: empty for the default range's {@code n}. */
    private Optional<Doc> upper(Expr upper) {
        return upper.equals(Exprs.N) ? Optional.empty() : Optional.of(doc(upper));
    }

    private Doc indexSum(IndexSum s) {
        Optional<RangeIndicator> condition = RangeIndicator.of(s);
        if (condition.isPresent()) {
            RangeIndicator c = condition.get();
            return notation.rangeCondition(doc(c.lower()), Index.written(c.index()), doc(c.upper()));
        }
        boolean defaultRange = s.lower().equals(Exprs.ONE) && s.upper().equals(Exprs.N);
        Optional<Restricted> restricted = s.lower().equals(Exprs.ONE) ? Restricted.of(s) : Optional.empty();
        if (restricted.isPresent()) {
            Restricted r = restricted.get();
            return notation.restrictedSum(r.index(), r.excluded(), upper(s.upper()), doc(r.body()));
        }
        return notation.indexSum(s.index(),
                defaultRange ? Optional.empty() : Optional.of(doc(s.lower())),
                defaultRange ? Optional.empty() : Optional.of(doc(s.upper())),
                doc(s.body()));
    }
}
