package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.expr.Index;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A subscript that orders indices: {@code \sum_{i<j}}, {@code \sum_{j \le i}}, {@code \sum_{1 \le i < j \le n}},
 * {@code \sum_{k : k < t}}. Each relation between two index letters is a {@link IndexLimits.Bound} on the later one
 * ({@code i < j}: j ≥ i+1); a whole number at most 1 before the first letter, or a size name after the last, is the range
 * the letters run over anyway and says nothing more.
 *
 * @param letters the index letters, in the order written
 * @param bounds  the bounds the relations between them state
 */
record OrderedIndices(List<String> letters, List<IndexLimits.Bound> bounds) {

    /** Whether {@code r} orders ({@code <}, {@code >}, {@code \le}, {@code \ge}). */
    static boolean isOrder(LatexParser.RelationContext r) {
        return r.LT() != null || r.GT() != null || r.LEQ() != null || r.GEQ() != null;
    }

    /** The chain {@code parts} joined by {@code relations}, read as indices and bounds; an error where a part is neither. */
    static OrderedIndices read(List<LatexParser.ExprContext> parts, List<LatexParser.RelationContext> relations,
                               LatexBuilder builder, ParserRuleContext where) {
        List<String> letters = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String text = builder.text(parts.get(i)).replaceAll("\\s+", "");
            if (text.matches("[a-mo-z]")) {
                letters.add(text);
                chain.add(text);
            } else if (i == 0 && text.matches("[01]") || i == parts.size() - 1 && text.matches("[A-Zn]")) {
                chain.add(null); // the range's own ends: 1 ≤ i, j ≤ n
            } else {
                throw builder.error("a sum over " + builder.text(where) + ": an ordered subscript relates index letters, as in "
                        + "\\sum_{i<j} or \\sum_{1 \\le i < j \\le n}", where);
            }
        }
        List<IndexLimits.Bound> bounds = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            String a = chain.get(i);
            String b = chain.get(i + 1);
            if (a == null || b == null) {
                continue;
            }
            LatexParser.RelationContext r = relations.get(i);
            boolean strict = r.LT() != null || r.GT() != null;
            String low = r.LT() != null || r.LEQ() != null ? a : b;
            String high = low.equals(a) ? b : a;
            // low < high: high ≥ low + 1; low ≤ high: high ≥ low
            bounds.add(new IndexLimits.Bound(high, strict ? Index.plus(low, "1") : low, true));
        }
        if (letters.isEmpty()) {
            throw builder.error("a sum over " + builder.text(where) + " names no index letter", where);
        }
        return new OrderedIndices(List.copyOf(letters), List.copyOf(bounds));
    }
}
