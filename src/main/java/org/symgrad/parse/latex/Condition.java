package org.symgrad.parse.latex;

import java.util.List;
import java.util.Objects;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;

/**
 * A relation that states a condition rather than an equation to check (LATEX-INPUT S10, M14):
 * {@code i \neq j}, {@code x > 0}, {@code 0 < y < 1}. The relations are spelled {@code = != < >
 * <= >= in notin}; there is one more operand than relations.
 */
public record Condition(List<Expr> operands, List<String> relations, SourceSpan span, String text) {
    public Condition {
        operands = List.copyOf(operands);
        relations = List.copyOf(relations);
        if (operands.size() != relations.size() + 1) {
            throw new IllegalArgumentException("a condition has one operand more than relations");
        }
        Objects.requireNonNull(text);
    }

    /** Whether this is {@code a REL b} between two single index letters ({@code i = j}, {@code k \neq y}). */
    public boolean isIndexRelation() {
        return relations.size() == 1 && (relations.get(0).equals("=") || relations.get(0).equals("!="))
                && operands.stream().allMatch(Condition::isIndexName);
    }

    /** Whether {@code e} reads as an index name: one lower-case letter. */
    public static boolean isIndexName(Expr e) {
        return e instanceof org.symgrad.expr.Sym s && s.name().matches("[a-z]");
    }
}
