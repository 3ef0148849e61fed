package org.symgrad.print;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Names;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.Relation;

/**
 * Plain ASCII in the input grammar's spellings (SPEC §2, §6), so that the text re-parses to an
 * equal expression: {@code *} for every product, {@code ^} with a bracketed exponent unless it is
 * an atom ({@code x^(-1)}, {@code x^(1/2)}), {@code sum(k, body)} or
 * {@code sum_{k=LO}^{HI} body}, {@code delta(i,j)}, {@code W_{kl}}, {@code W^{(1)}_{ij}},
 * {@code diff(f, x)}, and canonical function names ({@code sigma}).
 */
public final class AsciiNotation implements Notation {

    @Override
    public String symbol(String name) {
        String label = Names.label(name);
        return label.isEmpty() ? name : Names.base(name) + "^{(" + label + ")}";
    }

    @Override
    public String indexed(String name, List<String> indices) {
        return symbol(name) + Subscripts.braced(indices);
    }

    @Override
    public String delta(String i, String j) {
        return "delta(" + i + "," + j + ")";
    }

    @Override
    public String times(Doc left, Doc right, boolean leftIsCoefficient) {
        return "*";
    }

    @Override
    public Doc power(Doc base, Doc exponent, Expr exponentExpr) {
        // x^T would read as a transpose
        Doc e = exponent.prec() == Prec.ATOM && !exponent.fraction() && !exponent.text().equals("T")
                ? exponent : group(exponent);
        return Doc.of(base.text() + "^" + e.text(), Prec.POWER, false);
    }

    @Override
    public Optional<Doc> squareRoot(Doc radicand) {
        // sqrt(u) would parse to the function sqrt, not to u^(1/2)
        return Optional.empty();
    }

    @Override
    public String functionName(String name) {
        return name;
    }

    @Override
    public Doc function(String name, List<Doc> args) {
        Optional<Relation> relation = Relation.ofFunction(name).filter(r -> FunctionRegistry.isKnown(name));
        if (relation.isPresent()) {
            return Doc.of(args.get(0).text() + " " + relation.get().ascii() + " " + args.get(1).text(), Prec.SUM, false);
        }
        return Doc.atom(name + "(" + args.stream().map(Doc::text).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public Doc indexSum(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        return reduction("sum", index, lower, upper, body);
    }

    @Override
    public Doc indexProduct(String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        return reduction("prod", index, lower, upper, body);
    }

    /** {@code sum(k != j, body)}, or {@code sum(k != j, 1, upper, body)}, which read back. */
    @Override
    public Doc restrictedSum(String index, String excluded, Optional<Doc> upper, Doc body) {
        return restricted("sum", index, excluded, upper, body);
    }

    /** {@code prod(k != j, body)}, or {@code prod(k != j, 1, upper, body)}, which read back. */
    @Override
    public Doc restrictedProduct(String index, String excluded, Optional<Doc> upper, Doc body) {
        return restricted("prod", index, excluded, upper, body);
    }

    private static Doc restricted(String word, String index, String excluded, Optional<Doc> upper, Doc body) {
        String range = upper.map(u -> "1, " + u.text() + ", ").orElse("");
        return Doc.atom(word + "(" + index + " != " + excluded + ", " + range + body.text() + ")");
    }

    private Doc reduction(String word, String index, Optional<Doc> lower, Optional<Doc> upper, Doc body) {
        if (lower.isEmpty()) {
            return Doc.atom(word + "(" + index + ", " + body.text() + ")");
        }
        // the prefix form takes the following product as its body
        Doc b = body.prec().looserThan(Prec.POWER) && body.prec() != Prec.PRODUCT ? group(body) : body;
        return Doc.of(word + "_{" + index + "=" + lower.get().text() + "}^{" + upper.orElseThrow().text() + "} "
                + b.text(), Prec.PRODUCT, false);
    }

    @Override
    public Doc derivative(Doc of, Optional<String> simpleName, Doc wrt) {
        return Doc.atom("diff(" + of.text() + ", " + wrt.text() + ")");
    }
}
