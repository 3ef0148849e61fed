package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indices;

/**
 * A sum over rows of a matrix beside the row a label picks, read as the other rows: word2vec's negative-sampling loss
 * {@code J = −log σ(u_o^⊤ v_c) − Σ_{k=1}^K log σ(−u_k^⊤ v_c)} writes the context word's row u_o and the negatives' rows
 * u_k of one output matrix, and the negatives are other words than o. Read as written, the sum also runs through k = o,
 * and the textbook ∂J/∂u_o = (σ(u_o^⊤ v_c) − 1) v_c and ∂J/∂u_k = σ(u_k^⊤ v_c) v_c (k a negative) are false at a point
 * where a negative is the context word. Here each such sum leaves the label's row out ({@code Σ_{k≠o}}, as
 * {@code Σ_k f_k − f_o}) and a row letter of the derivative is another row than the label's ({@code k ≠ o}). A label is a
 * free index of the differentiated quantity's definition (J's o and c); a component index (the j of u_{oj}) is none.
 * Only where the document names negative samples ({@link #named}): softmax's {@code log Σ_k e^{z_k}} beside its label's
 * z_y runs over every class, the label's too.
 */
final class OtherRowSums {
    /** The sides with the sums over other rows, and the row letters taken apart from the labels ({@code k ≠ o}). */
    record Reading(Expr left, Expr right, List<Sampling.Distinct> apart, String said) {
    }

    /** Negative samples named in words: "negatives" (not a classifier's false ones), "negative samples", "noise samples". */
    private static final java.util.regex.Pattern NEGATIVES = java.util.regex.Pattern.compile(
            "(?i)(?<!false |true )\\bnegatives\\b|\\bnegative[- ](?:samples?|words?|examples?|pairs?|sampling)\\b|\\bnoise (?:samples?|words?)\\b");

    private OtherRowSums() {
    }

    /** Whether {@code document} names negative samples, whose sums run over other rows than the label's. */
    static boolean named(String document) {
        return NEGATIVES.matcher(document).find();
    }

    /** The pair {@code a = b} with the sums beside a label's row over the other rows, if a derivative of it has any. */
    static Optional<Reading> of(Expr a, Expr b, Definitions definitions) {
        Expr left = definitions.expand(a);
        Expr right = definitions.expand(b);
        Set<String> said = new LinkedHashSet<>();
        List<Sampling.Distinct> apart = new ArrayList<>();
        for (Derivative d : derivatives(left, right)) {
            if (!(d.wrt() instanceof Indexed w)) {
                continue;
            }
            Set<String> labels = Indices.free(d.of());
            for (int p = 0; p < w.indices().size(); p++) {
                for (String label : labelsAt(d.of(), w.name(), p, labels)) {
                    Expr l = without(left, w.name(), p, label);
                    Expr r = without(right, w.name(), p, label);
                    if (l.equals(left) && r.equals(right)) {
                        continue;
                    }
                    left = l;
                    right = r;
                    String row = w.indices().get(p);
                    if (!row.equals(label) && Index.isSymbolic(row)) {
                        apart.add(new Sampling.Distinct(row, label));
                    }
                    said.add(label);
                }
            }
        }
        if (said.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(left, right, apart, "the sums over rows beside the row " + String.join(", ", said)
                + " read as the other rows (a negative sample is another word than the label's)"));
    }

    private static List<Derivative> derivatives(Expr... sides) {
        List<Derivative> out = new ArrayList<>();
        for (Expr s : sides) {
            collect(s, out);
        }
        return out;
    }

    private static void collect(Expr e, List<Derivative> out) {
        if (e instanceof Derivative d) {
            out.add(d);
            return;
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** The labels of {@code labels} that {@code of} writes at place {@code p} of {@code name}. */
    private static List<String> labelsAt(Expr of, String name, int p, Set<String> labels) {
        return labels.stream().filter(label -> Exprs.any(of, e -> e instanceof Indexed x && x.name().equals(name)
                && x.indices().size() > p && x.indices().get(p).equals(label))).toList();
    }

    /**
     * {@code e} with each sum over all rows ({@code Σ_{k=1}^n}) whose terms use the row k of {@code name} at place {@code p}
     * written over the rows other than {@code label}: {@code Σ_k f_k − f_label}.
     */
    private static Expr without(Expr e, String name, int p, String label) {
        Expr inner = Exprs.mapChildren(e, c -> without(c, name, p, label));
        if (inner instanceof IndexSum s && !s.index().equals(label) && Exprs.isNum(s.lower(), 1) && s.upper().equals(Exprs.N)
                && Exprs.any(s.body(), x -> x instanceof Indexed y && y.name().equals(name) && y.indices().size() > p
                        && y.indices().get(p).equals(s.index()))) {
            return Exprs.sub(inner, Indices.rename(s.body(), s.index(), label));
        }
        return inner;
    }
}
