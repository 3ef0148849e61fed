package org.symgrad.document;

import java.util.List;

/**
 * A document checked line by line (SPEC §8): its text, the equations found and their verdicts in
 * document order, a mark for every row of display math, and messages about the document as a whole
 * (a directive not understood, a chain continued across prose).
 */
public record CheckedDocument(String text, DocumentKind kind, List<Segment.Math> blocks,
                              List<CheckedEquation> equations, List<RowMark> rows, List<String> messages) {
    public CheckedDocument {
        blocks = List.copyOf(blocks);
        equations = List.copyOf(equations);
        rows = List.copyOf(rows);
        messages = List.copyOf(messages);
    }

    /** Whether a verdict is false: {@code symgrad check} then exits 1. */
    public boolean hasFalse() {
        return equations.stream().anyMatch(e -> !e.holds());
    }

    /** Every verdict, in document order. */
    public List<PairVerdict> verdicts() {
        return equations.stream().flatMap(e -> e.verdicts().stream()).toList();
    }
}
