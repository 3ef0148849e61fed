package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.symgrad.derive.Definition;
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
    private static final Pattern CUE = Pattern.compile("(?i)\\beinstein('s)?\\s+(summation|convention|notation|sum)\\b|\\bsummation convention\\b|\\b(repeated|twice[- ]occurring|doubled) ind(ex|ices)\\b"
            + "[^.;:]*\\b(summed|sum|summation)\\b|\\b(sum|summation|summing)\\b[^.;:]*\\b(over )?(repeated|twice[- ]occurring) "
            + "ind(ex|ices)\\b|\\b(implied|implicit) (sum|summation)\\b|\\b(sum|summation) (is|are) implied\\b");
    /** Words that deny what the sentence says: "we do not use the Einstein convention". */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(not|no|without|never|instead of)\\b|n't\\b");
    /** Where a clause ends: "Using the summation convention, let $f = …$ with $A$ not symmetric" denies nothing of it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;]|\\s(with|where|and|but|although|though)\\s");

    /** Whether {@code prose} (math left out) opts in to Einstein summation in a clause that does not deny it. */
    static boolean stated(String prose) {
        for (String sentence : prose.replaceAll("\\$[^$]*\\$", " ").split("(?<=[.!?])\\s+")) {
            java.util.regex.Matcher cue = CUE.matcher(sentence);
            while (cue.find()) {
                if (!DENIED.matcher(clause(sentence, cue.start(), cue.end())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The clause of {@code sentence} around {@code from}–{@code to}: from the clause end before it to the one after it. */
    private static String clause(String sentence, int from, int to) {
        int start = 0;
        java.util.regex.Matcher end = CLAUSE_END.matcher(sentence);
        while (end.find() && end.end() <= from) {
            start = end.end();
        }
        int stop = end.find(to) ? end.start() : sentence.length();
        return sentence.substring(start, stop);
    }

    /**
     * {@code d}, an inline definition read as a display's right side is ({@link StatementReader}): summed where the document
     * uses the convention; else as written, noting whether the convention would sum an index its target does not write.
     */
    static Definition read(Definition d, DocumentAssumptions assume, DocumentDefinitions defs) {
        if (assume.einstein) {
            return new Definition(d.target(), sum(d.body()));
        }
        noteDefinition(defs, d.target(), d.body());
        return d;
    }

    /**
     * Notes in {@code defs} whether the definition of {@code target} by {@code value}, read as written, repeats an index
     * the convention would sum and the target does not write: {@code j} of {@code y_i = W_{ij} x_j}, not {@code i} of the
     * elementwise {@code y_i = w_i x_i} ({@link EinsteinHints}); and whether it writes such a sum itself.
     */
    static void noteDefinition(DocumentDefinitions defs, Expr target, Expr value) {
        Set<String> written = Indices.free(target);
        defs.einsteinWouldSum |= wouldSum(value).stream().anyMatch(i -> !written.contains(i));
        noteSums(defs, value);
    }

    /** Notes in {@code defs} whether {@code e} writes a sum the convention would imply ({@link DocumentDefinitions#sumsWritten}). */
    static void noteSums(DocumentDefinitions defs, Expr e) {
        defs.sumsWritten |= writesImpliedSum(e);
    }

    /** Whether {@code e} writes a sum over an index its body repeats in a product, the sum the convention would imply. */
    private static boolean writesImpliedSum(Expr e) {
        return Exprs.any(e, x -> x instanceof IndexSum s && s.body() instanceof Mul m && repeated(m).contains(s.index()));
    }

    static Expr sum(Expr e) {
        return sum(e, Set.of());
    }

    /** {@link #sum}, the indices {@code bound} by the sums around {@code e} left as the author summed them. */
    private static Expr sum(Expr e, Set<String> bound) {
        Set<String> inside = boundWithin(e, bound);
        Expr inner = Exprs.mapChildren(e, c -> sum(c, inside));
        if (!(inner instanceof Mul m)) {
            return inner;
        }
        Expr out = inner;
        List<String> repeated = repeated(m).stream().filter(i -> !bound.contains(i)).toList();
        for (int k = repeated.size() - 1; k >= 0; k--) {
            out = Exprs.sum(repeated.get(k), out);
        }
        return out;
    }

    /**
     * The indices the convention would sum somewhere in {@code e}, read as written (no sum of its own):
     * {@code j} of {@code W_{ij} x_j}.
     */
    static Set<String> wouldSum(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        wouldSum(e, Set.of(), out);
        return out;
    }

    /** {@link #wouldSum}, with the indices {@code bound} by the sums around {@code e} left out: the author summed those. */
    private static void wouldSum(Expr e, Set<String> bound, Set<String> out) {
        if (e instanceof Mul m) {
            repeated(m).stream().filter(i -> !bound.contains(i)).forEach(out::add);
        }
        Set<String> inside = boundWithin(e, bound);
        for (Expr c : Exprs.children(e)) {
            wouldSum(c, inside, out);
        }
    }

    /** The indices bound inside {@code e}: {@code bound}, and the index of {@code e} where it is a sum. */
    private static Set<String> boundWithin(Expr e, Set<String> bound) {
        if (!(e instanceof IndexSum s)) {
            return bound;
        }
        Set<String> out = new LinkedHashSet<>(bound);
        out.add(s.index());
        return out;
    }

    /** The indices free in exactly two factors of {@code m}. */
    private static List<String> repeated(Mul m) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Expr f : m.factors()) {
            for (String i : Indices.free(f)) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(c -> c.getValue() == 2).map(Map.Entry::getKey).toList();
    }

    static boolean isSum(Expr e) {
        return e instanceof IndexSum;
    }
}
