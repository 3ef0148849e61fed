package org.symgrad.matrix;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.print.Doc;
import org.symgrad.print.Prec;

/**
 * Prints a {@link Matrix} in ASCII, Unicode or LaTeX. Names print without their indices
 * ({@code W_{ij}} as {@code W}, {@code ∂L/∂y_k} as {@code ∂L/∂y}), index-free scalars as the
 * expression printer prints them. Brackets: a factor of any product is bracketed unless it is a
 * name, a transpose, a power or a function application, and two different products never nest
 * without brackets ({@code ((Vᵀ(y − t)) ⊙ h ⊙ (1 − h)) xᵀ}); a scalar beside a matrix product is
 * juxtaposed in Unicode and LaTeX ({@code β y yᵀ}) and multiplies a bracketed product in ASCII
 * ({@code beta*(y @ y^T)}), where {@code *} only ever has a scalar on one side. A sum shows
 * negative terms as subtraction and starts with a positive term where it has one.
 */
public final class MatrixPrinter {
    private final MatrixNotation notation;

    private MatrixPrinter(MatrixNotation notation) {
        this.notation = notation;
    }

    public static String ascii(Matrix m) {
        return new MatrixPrinter(MatrixNotation.ASCII).doc(m).text();
    }

    public static String unicode(Matrix m) {
        return new MatrixPrinter(MatrixNotation.UNICODE).doc(m).text();
    }

    public static String latex(Matrix m) {
        return new MatrixPrinter(MatrixNotation.LATEX).doc(m).text();
    }

    private Doc doc(Matrix m) {
        return switch (m) {
            case Matrix.Leaf l -> leaf(l.entry());
            case Matrix.Constant c -> number(c.value());
            case Matrix.Identity i -> Doc.atom("I");
            case Matrix.Ones o -> Doc.atom(notation.ones);
            case Matrix.Diag d -> Doc.atom(notation.diag + "(" + doc(d.vector()).text() + ")");
            case Matrix.Transpose t -> {
                Doc base = doc(t.operand());
                Doc b = base.prec() == Prec.ATOM && !base.fraction() ? base : group(base);
                yield new Doc(notation.transposed(b.text()), Prec.POWER, b.tall(), false);
            }
            case Matrix.Product p -> joined(p.factors(), notation.matrixProduct, notation.juxtaposes());
            case Matrix.Hadamard h -> hadamard(h.factors());
            case Matrix.Scaled s -> scaled(s.factors());
            case Matrix.Sum s -> sum(s.terms());
            case Matrix.Apply a -> notation.scalars.function(a.function(), List.of(doc(a.argument())));
            case Matrix.Power p -> power(p);
        };
    }

    /** A leaf: a name without its indices, or an index-free scalar printed as the index form prints it. */
    private Doc leaf(Expr entry) {
        Expr shown = withoutIndices(entry);
        String text = notation.printer.print(shown);
        Prec prec = switch (shown) {
            case Add a -> Prec.SUM;
            case Mul mul -> text.startsWith("-") || text.startsWith("−") ? Prec.UNARY : Prec.PRODUCT;
            case Num n -> n.value().signum() < 0 ? Prec.UNARY : n.value().isInteger() ? Prec.ATOM : Prec.PRODUCT;
            case Pow p -> Prec.POWER;
            default -> Prec.ATOM;
        };
        // ∂L/∂y reads as a quotient on one line: bracketed beside other factors, (∂L/∂y) xᵀ
        boolean fraction = shown instanceof Derivative && notation == MatrixNotation.UNICODE;
        return new Doc(text, prec, text.contains("\\frac") || text.contains("\\sum"), fraction);
    }

    /** {@code W_{ij}} → {@code W}; {@code ∂y_i/∂x_j} → {@code ∂y/∂x}. */
    static Expr withoutIndices(Expr e) {
        return switch (e) {
            case Indexed x -> new Sym(x.name());
            case Derivative d -> new Derivative(withoutIndices(d.of()), withoutIndices(d.wrt()));
            default -> e;
        };
    }

    private Doc number(Rational r) {
        if (r.signum() < 0) {
            Doc magnitude = notation.scalars.number(r.negate(), false);
            return new Doc(notation.scalars.unaryMinus() + magnitude.text(), Prec.UNARY, magnitude.tall(), false);
        }
        return notation.scalars.number(r, false);
    }

    private Doc group(Doc inner) {
        return notation.scalars.group(inner);
    }

    /** {@code inner} bracketed unless it binds at least as a power and is not a one-line quotient. */
    private Doc factor(Doc inner) {
        return inner.prec().looserThan(Prec.POWER) || inner.fraction() ? group(inner) : inner;
    }

    private Doc joined(List<Matrix> factors, String operator, boolean juxtaposed) {
        StringBuilder out = new StringBuilder();
        boolean tall = false;
        for (int i = 0; i < factors.size(); i++) {
            Doc f = factor(doc(factors.get(i)));
            if (i > 0) {
                out.append(juxtaposed && f.text().startsWith("(") ? "" : operator);
            }
            out.append(f.text());
            tall |= f.tall();
        }
        return Doc.of(out.toString(), Prec.PRODUCT, tall);
    }

    /** {@code a ⊙ b}, with factors {@code x^(-k)} written as an elementwise division {@code a ⊘ x^k}. */
    private Doc hadamard(List<Matrix> factors) {
        List<Matrix> numerator = new ArrayList<>();
        List<Matrix> denominator = new ArrayList<>();
        for (Matrix f : factors) {
            if (f instanceof Matrix.Power p && p.exponent() instanceof Matrix.Constant c && c.value().signum() < 0) {
                Rational up = c.value().negate();
                denominator.add(up.isOne() ? p.base() : new Matrix.Power(p.base(), new Matrix.Constant(up)));
            } else {
                numerator.add(f);
            }
        }
        Doc num = numerator.isEmpty() ? Doc.atom("1")
                : numerator.size() == 1 ? factor(doc(numerator.get(0))) : joined(numerator, notation.hadamard, false);
        if (denominator.isEmpty()) {
            return num;
        }
        Doc den = denominator.size() == 1 ? factor(doc(denominator.get(0))) : group(joined(denominator, notation.hadamard, false));
        Doc n = num.prec() == Prec.PRODUCT ? num : factor(num);
        return Doc.of(n.text() + notation.elementwiseDivision + den.text(), Prec.PRODUCT, n.tall() || den.tall());
    }

    /**
     * Scalars times at most one non-scalar: the coefficient's sign as a unary minus, a coefficient
     * or scalar with a negative power as a denominator ({@code (…)/d^(1/2)}).
     */
    private Doc scaled(List<Matrix> factors) {
        Rational coefficient = Rational.ONE;
        List<Doc> numerator = new ArrayList<>();
        List<Doc> denominator = new ArrayList<>();
        Matrix operand = null;
        for (Matrix f : factors) {
            switch (f) {
                case Matrix.Constant c -> coefficient = coefficient.multiply(c.value());
                case Matrix.Leaf l when l.shape() == Shape.SCALAR -> splitScalar(l.entry(), numerator, denominator);
                case Matrix.Power p when p.shape() == Shape.SCALAR && p.exponent() instanceof Matrix.Constant c
                        && c.value().signum() < 0 -> {
                    Rational up = c.value().negate();
                    denominator.add(factor(doc(up.isOne() ? p.base() : new Matrix.Power(p.base(), new Matrix.Constant(up)))));
                }
                default -> {
                    if (f.shape() == Shape.SCALAR) {
                        numerator.add(factor(doc(f)));
                    } else {
                        operand = f;
                    }
                }
            }
        }
        boolean negative = coefficient.signum() < 0;
        Rational magnitude = coefficient.abs();
        if (!magnitude.isInteger()) {
            denominator.add(0, Doc.atom(magnitude.den().toString()));
            magnitude = Rational.of(magnitude.num());
        }
        List<Doc> front = new ArrayList<>();
        if (!magnitude.isOne() || numerator.isEmpty() && operand == null) {
            front.add(Doc.atom(magnitude.toString()));
        }
        front.addAll(numerator);
        if (operand != null) {
            Doc o = doc(operand);
            boolean bare = o.prec() == Prec.ATOM && !o.fraction() || o.prec() == Prec.POWER
                    || notation.juxtaposes() && operand instanceof Matrix.Product && !front.isEmpty();
            front.add(bare ? o : group(o));
        }
        Doc body = juxtaposeScalars(front);
        if (!denominator.isEmpty()) {
            Doc den = juxtaposeScalars(denominator);
            if (notation == MatrixNotation.LATEX) {
                body = Doc.of("\\frac{" + unbracketed(body).text() + "}{" + unbracketed(den).text() + "}", Prec.ATOM, true);
            } else {
                Doc num = body.prec() == Prec.SUM ? group(body) : body;
                body = Doc.of(num.text() + "/" + factor(den).text(), Prec.PRODUCT, false);
            }
        }
        if (!negative) {
            return body;
        }
        Doc m = body.prec().looserThan(Prec.PRODUCT) ? group(body) : body;
        return new Doc(notation.scalars.unaryMinus() + m.text(), Prec.UNARY, m.tall(), false);
    }

    private Doc juxtaposeScalars(List<Doc> docs) {
        if (docs.size() == 1) {
            return docs.get(0);
        }
        StringBuilder out = new StringBuilder();
        boolean tall = false;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            if (i > 0) {
                boolean afterNumber = Character.isDigit(docs.get(i - 1).text().charAt(0)) && i == 1;
                if (notation == MatrixNotation.ASCII) {
                    out.append(notation.scalarProduct);
                } else if (Character.isDigit(d.text().charAt(0))) {
                    out.append(notation == MatrixNotation.LATEX ? " \\cdot " : "·");
                } else if (!(afterNumber || d.text().startsWith("(") || d.text().startsWith("\\left("))) {
                    out.append(notation.scalarProduct);
                }
            }
            out.append(d.text());
            tall |= d.tall();
        }
        return Doc.of(out.toString(), Prec.PRODUCT, tall);
    }

    /** An index-free scalar factor split into what goes above and below a fraction bar. */
    private void splitScalar(Expr e, List<Doc> numerator, List<Doc> denominator) {
        List<Expr> factors = e instanceof Mul m ? m.factors() : List.of(e);
        List<Expr> up = new ArrayList<>();
        List<Expr> down = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                Rational positive = k.value().negate();
                down.add(positive.isOne() ? p.base() : Exprs.pow(p.base(), new Num(positive)));
            } else {
                up.add(f);
            }
        }
        if (!up.isEmpty()) {
            numerator.add(scalarFactor(leaf(Exprs.mul(up))));
        }
        if (!down.isEmpty()) {
            denominator.add(scalarFactor(leaf(Exprs.mul(down))));
        }
    }

    /** A factor among scalars: products need no brackets there (scalar multiplication is associative). */
    private Doc scalarFactor(Doc inner) {
        return inner.prec() == Prec.PRODUCT && !inner.fraction() ? inner : factor(inner);
    }

    /** A lone bracketed fragment without its brackets: the numerator or denominator of {@code \frac}. */
    private static Doc unbracketed(Doc d) {
        String t = d.text();
        if (t.startsWith("\\left(") && t.endsWith("\\right)") && balanced(t.substring(6, t.length() - 7))) {
            return Doc.of(t.substring(6, t.length() - 7), Prec.SUM, d.tall());
        }
        if (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
            return Doc.of(t.substring(1, t.length() - 1), Prec.SUM, d.tall());
        }
        return d;
    }

    private static boolean balanced(String t) {
        int depth = 0;
        for (char c : t.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private Doc sum(List<Matrix> terms) {
        List<Matrix> ordered = new ArrayList<>(terms);
        if (isNegative(ordered.get(0))) {
            for (int i = 1; i < ordered.size(); i++) {
                if (!isNegative(ordered.get(i))) {
                    ordered.add(0, ordered.remove(i));
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        boolean tall = false;
        for (int i = 0; i < ordered.size(); i++) {
            Matrix t = ordered.get(i);
            boolean negative = isNegative(t);
            Doc d = doc(negative ? negated(t) : t);
            if (d.prec() == Prec.SUM || d.prec() == Prec.UNARY) {
                d = group(d);
            }
            if (i == 0) {
                out.append(negative ? notation.scalars.unaryMinus() : "");
            } else {
                out.append(negative ? notation.scalars.minus() : notation.scalars.plus());
            }
            out.append(d.text());
            tall |= d.tall();
        }
        return Doc.of(out.toString(), Prec.SUM, tall);
    }

    private static boolean isNegative(Matrix m) {
        return switch (m) {
            case Matrix.Constant c -> c.value().signum() < 0;
            case Matrix.Scaled s -> s.factors().get(0) instanceof Matrix.Constant c && c.value().signum() < 0;
            case Matrix.Leaf l -> l.shape() == Shape.SCALAR && leadingCoefficient(l.entry()).signum() < 0;
            default -> false;
        };
    }

    private static Matrix negated(Matrix m) {
        return switch (m) {
            case Matrix.Leaf l -> new Matrix.Leaf(negatedExpr(l.entry()), List.of());
            default -> Matrices.negate(m);
        };
    }

    private static Rational leadingCoefficient(Expr e) {
        return switch (e) {
            case Num n -> n.value();
            case Mul m -> m.factors().stream().filter(f -> f instanceof Num).map(f -> ((Num) f).value())
                    .reduce(Rational.ONE, Rational::multiply);
            default -> Rational.ONE;
        };
    }

    private static Expr negatedExpr(Expr e) {
        if (e instanceof Mul m) {
            List<Expr> rest = m.factors().stream().filter(f -> !(f instanceof Num)).toList();
            return Exprs.mul(new Num(leadingCoefficient(e).negate()), Exprs.mul(rest));
        }
        return Exprs.neg(e);
    }

    private Doc power(Matrix.Power p) {
        Doc base = doc(p.base());
        Doc b = base.prec() == Prec.ATOM && !base.fraction() ? base : group(base);
        Expr exponent = p.exponent() instanceof Matrix.Constant c ? new Num(c.value())
                : p.exponent() instanceof Matrix.Leaf l ? l.entry() : null;
        if (p.base().shape() == Shape.SCALAR && exponent != null) {
            if (exponent.equals(new Num(Rational.of(1, 2)))) {
                java.util.Optional<Doc> root = notation.scalars.squareRoot(base);
                if (root.isPresent()) {
                    return root.get();
                }
            }
            return notation.scalars.power(b, exponentDoc(exponent), exponent);
        }
        Doc e = exponent != null ? exponentDoc(exponent) : factor(doc(p.exponent()));
        String text = notation == MatrixNotation.UNICODE && !(e.prec() == Prec.ATOM)
                ? notation.elementwisePower(b.text(), group(e).text())
                : notation.elementwisePower(b.text(), e.text());
        return Doc.of(text, Prec.POWER, b.tall());
    }

    private Doc exponentDoc(Expr exponent) {
        if (exponent instanceof Num n) {
            return n.value().signum() < 0 ? number(n.value()) : notation.scalars.number(n.value(), true);
        }
        return leaf(exponent);
    }
}
