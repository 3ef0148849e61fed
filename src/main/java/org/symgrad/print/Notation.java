package org.symgrad.print;

import java.util.List;
import java.util.Optional;

import org.symgrad.expr.Expr;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Rational;

/**
 * The spelling hooks of one output notation. {@link Printer} owns structure — operand order,
 * signs, numerators and denominators, and where parentheses go — and asks a notation only how to
 * spell each piece. Hooks receive children already printed as {@link Doc}s.
 */
public sealed interface Notation permits AsciiNotation, UnicodeNotation, LatexNotation {

    /** A scalar symbol name, possibly labelled ({@code W^(1)}). */
    String symbol(String name);

    /**
     * A name that stands for a value computed from a matrix ({@link MatrixFunctionNames}: the entries of its inverse, its
     * determinant) spelled as this notation writes the inverse or the determinant of the matrix; empty for any other name.
     * The Unicode and LaTeX {@link #symbol}s ask this first, so an entry of an inverse reads {@code (X⁻¹)_ij}, never by
     * its reserved name; plain ASCII keeps the reserved name, which re-parses to the same value.
     */
    default Optional<String> computed(String name) {
        return MatrixFunctionNames.inverseOf(name).map(m -> inverse(symbol(m)))
                .or(() -> MatrixFunctionNames.determinantOf(name).map(m -> determinant(symbol(m))));
    }

    /** The inverse of the matrix spelled {@code matrix}, as the name its entries take a subscript on: {@code inv(X)}. */
    default String inverse(String matrix) {
        return "inv(" + matrix + ")";
    }

    /** The determinant of the matrix spelled {@code matrix}: {@code det(X)}. */
    default String determinant(String matrix) {
        return "det(" + matrix + ")";
    }

    /** An indexed symbol {@code name_{indices}}. */
    String indexed(String name, List<String> indices);

    /** The Kronecker delta {@code δ_ij}. */
    String delta(String i, String j);

    /**
     * A non-negative number. {@code script} is set when the number is a whole exponent, where
     * LaTeX writes {@code 1/2} inline rather than as a stacked fraction. Plain text writes a
     * fraction inline, {@code 1/2}, binding as a quotient.
     */
    default Doc number(Rational nonNegative, boolean script) {
        Rational r = nonNegative;
        return r.isInteger() ? Doc.atom(r.toString()) : new Doc(r.num() + "/" + r.den(), Prec.PRODUCT, false, true);
    }

    /** A non-negative number as the decimal it is written as ({@code 0.134145}): the same in every notation. */
    default Doc decimal(Rational nonNegative) {
        return Doc.atom(nonNegative.decimalString());
    }

    /** Prefix for negation: {@code -} (Unicode uses {@code −}). */
    default String unaryMinus() {
        return "-";
    }

    /** Infix between terms of a sum. */
    default String plus() {
        return " + ";
    }

    /** Infix before a subtracted term: {@code " - "} (Unicode uses {@code " − "}). */
    default String minus() {
        return " - ";
    }

    /** What goes between two adjacent factors of a product. */
    String times(Doc left, Doc right, boolean leftIsCoefficient);

    /**
     * Whether fractions are stacked ({@code \frac}). A stacked numerator or denominator needs no
     * brackets of its own; an inline one ({@code a/(b*c)}) does, and {@link Printer} adds them.
     */
    default boolean stackedFractions() {
        return false;
    }

    /** {@code numerator / denominator}, both prepared for this notation's fraction style. */
    default Doc fraction(Doc numerator, Doc denominator) {
        return new Doc(numerator.text() + "/" + denominator.text(), Prec.PRODUCT, false, true);
    }

    /** Brackets around a fragment. */
    default Doc group(Doc inner) {
        return Doc.atom("(" + inner.text() + ")");
    }

    /** {@code base^exponent}; the base is already bracketed if needed, the exponent is not. */
    Doc power(Doc base, Doc exponent, Expr exponentExpr);

    /** A notation-specific square-root sign for {@code radicand^(1/2)}, if it has one. */
    Optional<Doc> squareRoot(Doc radicand);

    /** How a function name is spelled (known or abstract, e.g. {@code σ}, {@code f'}). */
    String functionName(String name);

    /**
     * A component {@code f(v)_i} of a vector function of a vector name ({@code softmax(z)_j}): the
     * call on the name, subscripted as {@link #indexed} subscripts the name itself.
     */
    default Doc component(String function, String vector, String index) {
        String name = symbol(vector);
        String subscript = indexed(vector, List.of(index)).substring(name.length());
        return Doc.atom(functionName(function) + group(Doc.atom(name)).text() + subscript);
    }

    /** A function application; known functions may get special forms ({@code e^{u}}, {@code |u|}). */
    Doc function(String name, List<Doc> args);

    /**
     * {@code Σ_index body}; {@code lower} and {@code upper} are empty for the default range
     * {@code 1..n}. The body is not bracketed yet.
     */
    Doc indexSum(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body);

    /**
     * The range condition {@code [lower ≤ index ≤ upper]} (Iverson's bracket: 1 where the affine
     * index lies in the range, else 0), as a contraction with an affine index states it. ASCII
     * writes {@code [1 <= t-m <= n]}, which reads back.
     */
    default Doc rangeCondition(Doc lower, String index, Doc upper) {
        return Doc.atom("[" + lower.text() + " <= " + index + " <= " + upper.text() + "]");
    }

    /** {@code Π_index body}, laid out as {@link #indexSum} is. */
    Doc indexProduct(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body);

    /**
     * {@code Σ_{index≠excluded}^{upper} body} from 1, the sum without its term for {@code excluded}
     * ({@link org.symgrad.expr.Restricted}); {@code upper} is empty for the default range {@code 1..n}.
     * The body is not bracketed yet.
     */
    Doc restrictedSum(String index, String excluded, Optional<Doc> upper, Doc body);

    /** {@code Π_{index≠excluded}^{upper} body}, laid out as {@link #restrictedSum} is. */
    Doc restrictedProduct(String index, String excluded, Optional<Doc> upper, Doc body);

    /**
     * The unevaluated derivative. {@code simpleName} is present when {@code of} is a symbol, an
     * indexed symbol or an abstract function of symbols, so it reads {@code ∂L/∂y_k}.
     */
    Doc derivative(Doc of, Optional<String> simpleName, Doc wrt);

    /** {@code inner} bracketed when it binds looser than {@code needed}, else {@code inner}. */
    default Doc atLeast(Doc inner, Prec needed) {
        return inner.prec().looserThan(needed) ? group(inner) : inner;
    }
}
