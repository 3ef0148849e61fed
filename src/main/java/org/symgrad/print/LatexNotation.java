package org.symgrad.print;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Names;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Layout;

/**
 * LaTeX math mode: {@code \frac} for quotients and rational coefficients, {@code \left( \right)}
 * only around tall content (a fraction, Σ), {@code e^{u}} (or {@code \exp\left(…\right)} when u
 * is tall), {@code \log}, {@code \sigma}, {@code \tanh}, {@code \operatorname{softplus}},
 * {@code \left|u\right|}, {@code \sqrt{u}}, {@code \sum_{k}}, {@code \delta_{ij}}, Greek names,
 * {@code \hat{y}}, {@code W^{(1)}_{ij}}, {@code \frac{\partial L}{\partial y_k}}. Exponents of two
 * or more characters are braced; a numeric exponent is written inline ({@code x^{-1/2}}).
 */
public final class LatexNotation implements Notation {
    /** TeX's log-like operators that books set before a simple argument without brackets. */
    private static final java.util.Set<String> BARE_OPERATORS = java.util.Set.of("\\log", "\\ln");

    @Override
    public String symbol(String name) {
        Optional<String> computed = computed(name);
        if (computed.isPresent()) {
            return computed.get();
        }
        String label = Names.label(name);
        String base = SymbolSpelling.latex(Names.base(name));
        return label.isEmpty() ? base : base + "^{(" + label + ")}";
    }

    @Override
    public String inverse(String matrix) {
        return "(" + (matrix.contains("^") ? "{" + matrix + "}" : matrix) + "^{-1})";
    }

    @Override
    public String determinant(String matrix) {
        return "\\det(" + matrix + ")";
    }

    @Override
    public String indexed(String name, List<String> indices) {
        return symbol(name) + Subscripts.braced(indices.stream().map(LatexNotation::index).toList());
    }

    @Override
    public String delta(String i, String j) {
        return "\\delta" + Subscripts.braced(List.of(index(i), index(j)));
    }

    /** An index as a book sets it: a product by juxtaposition, {@code 2*i+p} as {@code 2 i+p} (2i + p), {@code i*s} as {@code i s}. */
    private static String index(String index) {
        return index.replace("*", " ");
    }

    @Override
    public Doc number(Rational r, boolean script) {
        if (r.isInteger()) {
            return Doc.atom(r.toString());
        }
        if (script) {
            return Doc.of(r.num() + "/" + r.den(), Prec.ATOM, false);
        }
        return new Doc("\\frac{" + r.num() + "}{" + r.den() + "}", Prec.ATOM, true, true);
    }

    @Override
    public String times(Doc left, Doc right, boolean leftIsCoefficient) {
        // "2 3" would set as 23
        return Character.isDigit(right.text().charAt(0)) ? " \\cdot " : " ";
    }

    @Override
    public boolean stackedFractions() {
        return true;
    }

    @Override
    public Doc fraction(Doc numerator, Doc denominator) {
        return new Doc("\\frac{" + numerator.text() + "}{" + denominator.text() + "}", Prec.ATOM, true, true);
    }

    @Override
    public Doc group(Doc inner) {
        return inner.tall()
                ? Doc.of("\\left(" + inner.text() + "\\right)", Prec.ATOM, true)
                : Doc.atom("(" + inner.text() + ")");
    }

    @Override
    public Doc power(Doc base, Doc exponent, Expr exponentExpr) {
        String b = base.text();
        if (b.contains("^") && !b.startsWith("(") && !b.startsWith("\\left(")) {
            // W^{(1)}^{2} is a double superscript
            b = "{" + b + "}";
        }
        return Doc.of(b + "^" + script(exponent.text()), Prec.POWER, base.tall());
    }

    private static String script(String text) {
        return text.length() == 1 ? text : "{" + text + "}";
    }

    @Override
    public Optional<Doc> squareRoot(Doc radicand) {
        return Optional.of(Doc.of("\\sqrt{" + radicand.text() + "}", Prec.ATOM, radicand.tall()));
    }

    @Override
    public String functionName(String name) {
        Optional<KnownFunction> known = FunctionRegistry.lookup(name);
        if (known.isPresent()) {
            return known.get().latex();
        }
        int primes = name.indexOf('\'');
        String base = primes < 0 ? name : name.substring(0, primes);
        String suffix = primes < 0 ? "" : name.substring(primes);
        String spelled = SymbolSpelling.latex(base);
        if (spelled.startsWith("\\mathrm{")) {
            spelled = "\\operatorname{" + base + "}";
        }
        return spelled + suffix;
    }

    @Override
    public Doc function(String name, List<Doc> args) {
        Doc arg = args.get(0);
        switch (FunctionRegistry.lookup(name).map(KnownFunction::layout).orElse(Layout.CALL)) {
            case EXPONENTIAL -> {
                if (!arg.tall()) {
                    return Doc.of("e^{" + arg.text() + "}", Prec.POWER, false);
                }
            }
            case BARS -> {
                return Doc.of("\\left|" + arg.text() + "\\right|", Prec.ATOM, arg.tall());
            }
            case RADICAL -> {
                return squareRoot(arg).orElseThrow();
            }
            case RELATION -> {
                return Doc.of(arg.text() + " " + functionName(name) + " " + args.get(1).text(), Prec.SUM,
                        arg.tall() || args.get(1).tall());
            }
            case CASES -> {
                // a case split in the otherwise-case continues the same block: one cases block per chain
                String rest = CasesBlock.rows(args.get(2).text()).orElse(args.get(2).text() + " & \\text{otherwise}");
                return Doc.of("\\begin{cases} " + args.get(1).text() + " & \\text{if } " + arg.text() + " \\\\ "
                        + rest + " \\end{cases}", Prec.ATOM, true);
            }
            case CALL -> {
            }
        }
        Doc inside = Doc.of(args.stream().map(Doc::text).collect(Collectors.joining(", ")), Prec.SUM,
                args.stream().anyMatch(Doc::tall));
        Doc bracketed = group(inside);
        Doc call = Doc.of(functionName(name) + bracketed.text(), Prec.ATOM, bracketed.tall());
        if (args.size() == 1 && BARE_OPERATORS.contains(functionName(name)) && readsBare(arg)) {
            return Doc.open(functionName(name) + " " + arg.text(), Prec.PRODUCT, arg.tall(), call);
        }
        return call;
    }

    /**
     * Whether a logarithm's argument is set without brackets, as books print {@code \log \sigma(x)},
     * {@code \ln y_k}, {@code \log \frac{p}{q}}, {@code \log \sum_j e^{z_j}}: a name, a function
     * application, a fraction or a sum over an index — never a power, a product or a sum of terms.
     */
    private static boolean readsBare(Doc arg) {
        return arg.prec() == Prec.ATOM || arg.isOpen() && arg.tall();
    }

    /** A sum over an index is open: it ends a product unbracketed ({@code a_k \sum_m e^{z_m}}). */
    @Override
    public Doc indexSum(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        return reduction("\\sum", index, lower, upper, body);
    }

    /** {@code [1 \le t-m \le n]}. */
    @Override
    public Doc rangeCondition(Doc lower, String index, Doc upper) {
        return Doc.atom("[" + lower.text() + " \\le " + index(index) + " \\le " + upper.text() + "]");
    }

    @Override
    public Doc indexProduct(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        return reduction("\\prod", index, lower, upper, body);
    }

    /** {@code \sum_{k \neq j}}, {@code \sum_{k \neq j}^{m}}, as books and homework write it. */
    @Override
    public Doc restrictedSum(String index, String excluded, Optional<Doc> upper, Doc body) {
        return restricted("\\sum_{", index, excluded, upper, body);
    }

    /** {@code \prod_{k \neq j}}, {@code \prod_{k \neq j}^{m}}. */
    @Override
    public Doc restrictedProduct(String index, String excluded, Optional<Doc> upper, Doc body) {
        return restricted("\\prod_{", index, excluded, upper, body);
    }

    /** A reduction that leaves one index value out: {@code operator} with {@code index ≠ excluded} below, {@code upper} above. */
    private Doc restricted(String operator, String index, String excluded, Optional<Doc> upper, Doc body) {
        return prefixed(operator + index + " \\neq " + excluded + "}" + upper.map(u -> "^{" + u.text() + "}").orElse(""), body);
    }

    private Doc reduction(String operator, String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        String head = lower.isEmpty()
                ? operator + "_{" + index + "}"
                : operator + "_{" + index + "=" + lower.get().text() + "}^{" + upper.orElseThrow().text() + "}";
        return prefixed(head, body);
    }

    /** A reduction's operator with its scripts, then its body, bracketed when it is a sum or signed; open. */
    private Doc prefixed(String head, Doc body) {
        Doc b = body.prec() == Prec.SUM || body.prec() == Prec.UNARY ? group(body) : body;
        Doc sum = Doc.of(head + " " + b.text(), Prec.PRODUCT, true);
        return Doc.open(sum.text(), Prec.PRODUCT, true, group(sum));
    }

    /**
     * {@code \frac{\partial L}{\partial y_k}} for a name; {@code \frac{\partial e^{x_i}}{\partial x_j}}
     * for an operand that reads as one term (a function, a power, a logarithm); otherwise the operator
     * before its operand, {@code \frac{\partial}{\partial x}(u + v)} or
     * {@code \frac{\partial}{\partial z_j} \sum_m e^{z_m}}, which is open.
     */
    @Override
    public Doc derivative(Doc of, Optional<String> simpleName, Doc wrt) {
        if (simpleName.isPresent()) {
            return new Doc("\\frac{\\partial " + simpleName.get() + "}{\\partial " + wrt.text() + "}",
                    Prec.ATOM, true, true);
        }
        if (!of.tall() && !of.fraction() && !of.closed().prec().looserThan(Prec.POWER)) {
            return new Doc("\\frac{\\partial " + of.text() + "}{\\partial " + wrt.text() + "}", Prec.ATOM, true, true);
        }
        // a Σ runs on unbracketed; a product or sum is bracketed
        Doc operand = of.closed().prec() == Prec.ATOM && !of.fraction() ? of : group(of);
        String space = operand.text().startsWith("\\left") || operand.text().startsWith("(") ? "" : " ";
        Doc operator = Doc.of("\\frac{\\partial}{\\partial " + wrt.text() + "}" + space + operand.text(),
                Prec.PRODUCT, true);
        return Doc.open(operator.text(), Prec.PRODUCT, true, group(operator));
    }
}
