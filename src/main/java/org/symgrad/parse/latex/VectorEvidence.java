package org.symgrad.parse.latex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/**
 * What the document says of the names in a vector function's argument ({@link ElementwiseArgument}), asked only when the
 * argument is an expression, and each name's answer once.
 * <ul>
 *   <li>a vector: bold in a call's argument, written with a subscript in the paragraph the call stands in (a display's
 *       other sides and rows: {@code x_i}, {@code \mathbf{x}_k}, {@code \mu_j}), or declared a vector in the document
 *       ({@code b \in \mathbb{R}^k}, "x is a d-dimensional vector"). Only the paragraph's own subscripts count: a
 *       {@code c_i} elsewhere in the document does not make the {@code c} of {@code s(x + c)_i = e^{x_i + c} / …} a vector;</li>
 *   <li>a matrix: declared one ({@code W \in \mathbb{R}^{k \times d}}, "W is a d × k matrix"), a bold capital
 *       ({@code \mathbf{W}}), or a capital the document writes with two indices ({@code W_{ij}}), which then is no
 *       vector whatever its paragraph writes.</li>
 * </ul>
 */
final class VectorEvidence {
    private VectorEvidence() {
    }

    /** The names around {@code offset} in {@code document}, with {@code bold} the names read bold so far. */
    static ArgumentNames around(String document, int offset, Set<String> bold) {
        int at = Math.max(0, Math.min(document.length(), offset));
        Map<String, Boolean> vectors = new HashMap<>();
        Map<String, Boolean> matrices = new HashMap<>();
        String[] paragraph = new String[1];
        Map<String, Map<String, Dimensions.Declared>> declared = new HashMap<>(1);
        java.util.function.Supplier<Map<String, Dimensions.Declared>> declarations =
                () -> declared.computeIfAbsent("", k -> Dimensions.in(document));
        return new ArgumentNames(
                name -> bold.contains(name) || vectors.computeIfAbsent(name, n -> {
                    if (paragraph[0] == null) {
                        int from = document.lastIndexOf("\n\n", at);
                        int to = document.indexOf("\n\n", at);
                        paragraph[0] = document.substring(Math.max(from, 0), to < 0 ? document.length() : to);
                    }
                    Dimensions.Declared d = declarations.get().get(n);
                    return d != null && !d.matrix()
                            || SubscriptedNames.writesLetterOrCommand(paragraph[0], n);
                }),
                name -> matrices.computeIfAbsent(name, n -> {
                    Dimensions.Declared d = declarations.get().get(n);
                    if (d != null) {
                        return d.matrix();
                    }
                    boolean capital = n.matches("[A-Z]");
                    return capital && (bold.contains(n) || Pattern.compile("(?<![A-Za-z\\\\])" + n
                            + "\\s*\\}?\\s*_\\s*\\{\\s*[a-z]\\s*,?\\s*[a-z]\\s*\\}").matcher(document).find());
                }));
    }

    /**
     * {@code names} for the argument of a function that takes a vector ({@code \operatorname{softmax}(z / T)}, displayed on
     * its own, its components written in the next paragraph): where the paragraph makes none of the argument's names a vector,
     * the one name of it the document writes with a subscript anywhere is the vector, and the others are scalars. Two such
     * names leave it unread: which is broadcast would be a guess.
     */
    static ArgumentNames ofVectorFunction(Expr argument, ArgumentNames names, String document) {
        Set<String> written = Exprs.symbolNames(argument);
        if (written.stream().anyMatch(names::vector)) {
            return names;
        }
        List<String> subscripted = written.stream().filter(n -> !names.matrix(n) && SubscriptedNames.writesLetterOrCommand(document, n))
                .toList();
        return subscripted.size() != 1 ? names
                : new ArgumentNames(n -> n.equals(subscripted.get(0)) || names.vector(n), names::matrix);
    }
}
