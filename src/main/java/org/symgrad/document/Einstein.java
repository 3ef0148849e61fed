package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * Einstein summation, for documents that opt in (SPEC §8 {@code einstein}), by the directive or in their own words
 * ("Using the Einstein summation convention", "repeated indices are summed"): in a product, an index
 * that is free in exactly two of its factors is summed over ({@code W_ij x_j} is
 * {@code Σ_j W_ij x_j}).
 */
final class Einstein {
    private Einstein() {
    }

    /** A sentence that says repeated indices are summed: Einstein's convention by name, or the rule in words. */
    private static final Pattern CUE = Pattern.compile("(?i)\\beinstein('s)?\\s+(summation|convention|notation|sum)\\b|\\b(repeated|twice[- ]occurring|doubled) ind(ex|ices)\\b"
            + "[^.;:]*\\b(summed|sum|summation)\\b|\\b(sum|summation|summing)\\b[^.;:]*\\b(over )?(repeated|twice[- ]occurring) "
            + "ind(ex|ices)\\b|\\b(implied|implicit) (sum|summation)\\b|\\b(sum|summation) (is|are) implied\\b");
    /** Words that deny what the sentence says: "we do not use the Einstein convention". */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(not|no|without|never|instead of)\\b|n't\\b");

    /** Whether {@code prose} (math left out) opts in to Einstein summation in a sentence that does not deny it. */
    static boolean stated(String prose) {
        for (String sentence : prose.replaceAll("\\$[^$]*\\$", " ").split("(?<=[.!?])\\s+")) {
            if (CUE.matcher(sentence).find() && !DENIED.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    static Expr sum(Expr e) {
        Expr inner = Exprs.mapChildren(e, Einstein::sum);
        if (!(inner instanceof Mul m)) {
            return inner;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Expr f : m.factors()) {
            for (String i : Indices.free(f)) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        Expr out = inner;
        List<String> repeated = counts.entrySet().stream().filter(c -> c.getValue() == 2).map(Map.Entry::getKey).toList();
        for (int k = repeated.size() - 1; k >= 0; k--) {
            out = Exprs.sum(repeated.get(k), out);
        }
        return out;
    }

    static boolean isSum(Expr e) {
        return e instanceof IndexSum;
    }
}
