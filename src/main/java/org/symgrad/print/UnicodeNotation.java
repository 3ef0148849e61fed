package org.symgrad.print;

import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Names;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
import org.symgrad.functions.BuiltInCalls;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Layout;

/**
 * Unicode text as a textbook writes it on one line: Greek letters ({@code β}, {@code σ(x)}),
 * {@code −} for minus, juxtaposed products ({@code 2x}, {@code β y_i(δ_ij − y_j)}) with
 * {@code ·} around quotients ({@code ∂L/∂y_k · x_l}) and between digits, superscript integer
 * powers ({@code x²}, {@code tanh(x)²}), {@code √u}, {@code |u|}, {@code Σ_k body},
 * {@code δ_ij}, labels {@code W⁽¹⁾}, and {@code ∂L/∂y_k} or {@code ∂/∂x (…)} for derivatives.
 */
public final class UnicodeNotation implements Notation {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    @Override
    public String symbol(String name) {
        Optional<String> computed = computed(name);
        if (computed.isPresent()) {
            return computed.get();
        }
        String label = Names.label(name);
        String base = SymbolSpelling.unicode(Names.base(name));
        if (label.isEmpty()) {
            return base;
        }
        return label.chars().allMatch(Character::isDigit)
                ? base + "⁽" + superscript(label) + "⁾"
                : base + "^{(" + label + ")}";
    }

    @Override
    public String inverse(String matrix) {
        return "(" + matrix + "⁻¹)";
    }

    @Override
    public String indexed(String name, List<String> indices) {
        return symbol(name) + subscript(indices);
    }

    @Override
    public String delta(String i, String j) {
        return "δ" + subscript(List.of(i, j));
    }

    private static String subscript(List<String> indices) {
        return Subscripts.juxtaposable(indices)
                ? "_" + Subscripts.text(indices)
                : "_{" + Subscripts.text(indices) + "}";
    }

    private static String superscript(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    @Override
    public String unaryMinus() {
        return "−";
    }

    @Override
    public String minus() {
        return " − ";
    }

    @Override
    public String times(Doc left, Doc right, boolean leftIsCoefficient) {
        if (left.fraction() || right.fraction()) {
            return " · ";
        }
        if (Character.isDigit(right.text().charAt(0))) {
            return "·";
        }
        if (right.text().startsWith("(") && !leftIsCoefficient) {
            // y(1 − y) would read as a call of y: a name before a parenthesis needs a space, and a
            // name that is a call even then (σ (x), δ (x)) needs a dot
            Optional<String> name = trailingName(left.text());
            if (name.isPresent()) {
                return CALLABLE.contains(name.get()) ? "·" : " ";
            }
            return "";
        }
        if (leftIsCoefficient || right.text().startsWith("(")) {
            return "";
        }
        return " ";
    }

    /** The Unicode spellings of names that read as a call before a parenthesis, spaced or not. */
    private static final Set<String> CALLABLE = callable();

    private static Set<String> callable() {
        Set<String> out = new HashSet<>(List.of("Σ", "∑", "δ"));
        for (KnownFunction f : FunctionRegistry.ALL) {
            out.add(f.name());
            out.add(f.unicode());
            for (String alias : f.aliases()) {
                out.add(alias);
                out.add(SymbolSpelling.unicode(alias));
            }
            out.add(SymbolSpelling.unicode(f.name()));
        }
        for (String b : BuiltInCalls.NAMES) {
            out.add(b);
            out.add(SymbolSpelling.unicode(b));
        }
        return Set.copyOf(out);
    }

    /**
     * The name at the end of a printed factor, if it ends with one outside a subscript: {@code y},
     * {@code θ1}, the {@code y} of {@code x^y} — not the index of {@code x_i}.
     */
    private static Optional<String> trailingName(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '\u0302')) {
            start--;
        }
        if (start == end || start > 0 && text.charAt(start - 1) == '_') {
            return Optional.empty();
        }
        return Optional.of(text.substring(start, end));
    }

    @Override
    public Doc power(Doc base, Doc exponent, Expr exponentExpr) {
        if (exponentExpr instanceof Num n && n.value().isInteger()) {
            return Doc.of(base.text() + superscript(n.value().toString()), Prec.POWER, false);
        }
        // x^T would read as a transpose
        Doc e = exponent.prec() == Prec.ATOM && !exponent.fraction() && !exponent.text().equals("T")
                ? exponent : group(exponent);
        return Doc.of(base.text() + "^" + e.text(), Prec.POWER, false);
    }

    @Override
    public Optional<Doc> squareRoot(Doc radicand) {
        Doc r = radicand.prec() == Prec.ATOM && !radicand.fraction() ? radicand : group(radicand);
        // √x² would be ambiguous, so a root binds only as tightly as a power
        return Optional.of(Doc.of("√" + r.text(), Prec.POWER, false));
    }

    @Override
    public String functionName(String name) {
        Optional<KnownFunction> known = FunctionRegistry.lookup(name);
        if (known.isPresent()) {
            return known.get().unicode();
        }
        int primes = name.indexOf('\'');
        return primes < 0
                ? SymbolSpelling.unicode(name)
                : SymbolSpelling.unicode(name.substring(0, primes)) + name.substring(primes);
    }

    @Override
    public Doc function(String name, List<Doc> args) {
        switch (FunctionRegistry.lookup(name).map(KnownFunction::layout).orElse(Layout.CALL)) {
            case BARS -> {
                return Doc.atom("|" + args.get(0).text() + "|");
            }
            case RADICAL -> {
                return squareRoot(args.get(0)).orElseThrow();
            }
            case RELATION -> {
                return Doc.of(args.get(0).text() + " " + functionName(name) + " " + args.get(1).text(), Prec.SUM, false);
            }
            case CALL, EXPONENTIAL, CASES -> {
            }
        }
        return Doc.atom(functionName(name) + "(" + args.stream().map(Doc::text).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public Doc indexSum(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        return reduction("Σ", index, lower, upper, body);
    }

    /** {@code [1 ≤ t-m ≤ n]}, which reads back. */
    @Override
    public Doc rangeCondition(Doc lower, String index, Doc upper) {
        return Doc.atom("[" + lower.text() + " \u2264 " + index + " \u2264 " + upper.text() + "]");
    }

    /** {@code ∏_k} (U+220F, the n-ary product, which reads back; Π is the Greek letter). */
    @Override
    public Doc indexProduct(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        return reduction("\u220F", index, lower, upper, body);
    }

    /** {@code Σ_{k≠j}}, {@code Σ_{k≠j}^{m}}, which read back. */
    @Override
    public Doc restrictedSum(String index, String excluded, Optional<Doc> upper, Doc body) {
        return restricted("Σ_{", index, excluded, upper, body);
    }

    /** {@code ∏_{k≠j}}, {@code ∏_{k≠j}^{m}}, which read back. */
    @Override
    public Doc restrictedProduct(String index, String excluded, Optional<Doc> upper, Doc body) {
        return restricted("\u220F_{", index, excluded, upper, body);
    }

    /** A reduction that leaves one index value out: {@code operator} with {@code index ≠ excluded} below, {@code upper} above. */
    private Doc restricted(String operator, String index, String excluded, Optional<Doc> upper, Doc body) {
        return prefixed(operator + index + "\u2260" + excluded + "}" + upper.map(u -> "^{" + u.text() + "}").orElse(""), body);
    }

    private Doc reduction(String sign, String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        String head = lower.isEmpty()
                ? sign + (index.length() == 1 ? "_" + index : "_{" + index + "}")
                : sign + "_{" + index + "=" + lower.get().text() + "}^{" + upper.orElseThrow().text() + "}";
        return prefixed(head, body);
    }

    /** A reduction's sign with its scripts, then its body, bracketed when it is a sum or signed. */
    private Doc prefixed(String head, Doc body) {
        Doc b = body.prec() == Prec.SUM || body.prec() == Prec.UNARY ? group(body) : body;
        return Doc.of(head + " " + b.text(), Prec.PRODUCT, false);
    }

    @Override
    public Doc derivative(Doc of, Optional<String> simpleName, Doc wrt) {
        if (simpleName.isPresent()) {
            return new Doc("∂" + simpleName.get() + "/∂" + wrt.text(), Prec.ATOM, false, true);
        }
        Doc operand = of.prec() == Prec.ATOM && !of.fraction() ? of : group(of);
        return Doc.of("∂/∂" + wrt.text() + " " + operand.text(), Prec.PRODUCT, false);
    }
}
