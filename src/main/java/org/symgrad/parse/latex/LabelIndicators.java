package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;

/**
 * CS229's {@code 1\{y^{(i)} = l\}}: an indicator that the label of example i is the class l. The
 * one-example form {@code 1\{y = l\}} is the Kronecker δ of two indices (the label y is an index
 * value); with a label that varies by example, the indicator is the entry (i, l) of the labels'
 * one-hot matrix, each row one-hot along its last index: {@code y^{(i)}} with class l is
 * {@code yonehot_{il}}, and the document assumes {@code yonehot one-hot} ({@link #isOneHot}), which
 * gives Σ_l yonehot_{il} = 1 and draws each row one-hot, as the indicator is.
 */
public final class LabelIndicators {
    private static final String SUFFIX = "onehot";

    private LabelIndicators() {
    }

    /** The name of the one-hot matrix of the labels {@code label}. */
    static String name(String label) {
        return label + SUFFIX;
    }

    /** Whether {@code name} is the one-hot matrix of a label array, as {@link #of} names it. */
    public static boolean isOneHot(String name) {
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length() && name.matches("[A-Za-z][A-Za-z0-9]*");
    }

    /**
     * The indicator of {@code value = index} as the Kronecker δ of {@code index} and a fixed label, where {@code value} is a
     * label array's entry at one index letter ({@code y_i}) that the {@code document} also writes inside a subscript, as one
     * fixed index ({@code f_{y_i}}, {@code w_{y_i}}: the label {@code yi}, {@link NameScripts}): CS231n's {@code \mathbb{1}(k = y_i)}
     * beside {@code L_i = -f_{y_i} + \log \sum_j e^{f_j}} is δ_{k yi}, the class the loss picks, not an entry of a one-hot
     * matrix of its own (read so, the right ∂L_i/∂f_k = p_k − 𝟙(k = y_i) was false).
     */
    static Optional<Expr> asFixedLabel(String document, Expr value, Expr index) {
        if (!(value instanceof Indexed label) || !Condition.isIndexName(index) || label.indices().size() != 1
                || !label.name().matches("[A-Za-z]") || !label.indices().get(0).matches("[a-z]")) {
            return Optional.empty();
        }
        String i = label.indices().get(0);
        String k = ((org.symgrad.expr.Sym) index).name();
        java.util.regex.Pattern nested = java.util.regex.Pattern.compile("_\\s*\\{\\s*" + label.name() + "\\s*_\\s*(\\{\\s*" + i
                + "\\s*}|" + i + "(?![A-Za-z]))\\s*}");
        if (k.equals(i) || !nested.matcher(document).find()) {
            return Optional.empty();
        }
        return Optional.of(new org.symgrad.expr.Delta(k, label.name() + i));
    }

    /**
     * The indicator of {@code value = index} as an entry of the one-hot matrix, where {@code value}
     * is a label array's entry at index names ({@code y_i}) and {@code index} an index name not among them.
     */
    static Optional<Expr> of(Expr value, Expr index) {
        if (!(value instanceof Indexed label) || !Condition.isIndexName(index)
                || !label.name().matches("[A-Za-z][A-Za-z0-9]*")
                || !label.indices().stream().allMatch(i -> Index.isSymbolic(i) && i.matches("[a-z]"))) {
            return Optional.empty();
        }
        String k = ((org.symgrad.expr.Sym) index).name();
        if (label.indices().contains(k)) {
            return Optional.empty();
        }
        List<String> at = new ArrayList<>(label.indices());
        at.add(k);
        return Optional.of(new Indexed(name(label.name()), at));
    }
}
