package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A step false as written that holds with Einstein summation, in a document that neither opts in nor sums its repeated
 * indices: with {@code y_i = W_{ij} x_j} read literally, j is one fixed index, and the right
 * {@code \frac{\partial L}{\partial x_j} = \sum_i (y_i - t_i) W_{ij}} is false. Many authors sum a repeated index without
 * saying so; which one this author means the text does not say, so such a step is undecided, with a hint that names the
 * convention and how to state it, rather than false. A step false in both readings stays false.
 */
final class EinsteinHints {
    private static final String WORDS = "not decided: false with an index repeated in a product (as in W_{ij} x_j) read as"
            + " one fixed index, but true if repeated indices are summed (the Einstein convention); say so in the text"
            + " (\"repeated indices are summed\") or add <!-- symgrad: einstein -->";

    private EinsteinHints() {
    }

    /**
     * {@code literal} with each false verdict that {@code summed}, the same document read with Einstein summation, proves
     * made undecided; {@code literal} itself where the two readings do not line up verdict by verdict.
     */
    static CheckedDocument applied(CheckedDocument literal, Supplier<CheckedDocument> summed) {
        CheckedDocument other = summed.get();
        List<PairVerdict> before = literal.verdicts();
        List<PairVerdict> after = other.verdicts();
        if (before.size() != after.size()) {
            return literal;
        }
        Map<PairVerdict, PairVerdict> changed = new HashMap<>();
        for (int k = 0; k < before.size(); k++) {
            PairVerdict v = before.get(k);
            PairVerdict w = after.get(k);
            if (v.line() != w.line() || !v.left().equals(w.left()) || !v.right().equals(w.right())) {
                return literal;
            }
            if (v.outcome() == Outcome.FALSE && (w.outcome() == Outcome.PROVEN || w.outcome() == Outcome.NUMERICALLY_EQUAL)) {
                changed.put(v, new PairVerdict(v.line(), v.left(), v.right(), Outcome.UNDECIDED, WORDS, v.verdict(),
                        java.util.Optional.empty(), v.rightStart(), v.rowEnd(), v.notes()));
            }
        }
        if (changed.isEmpty()) {
            return literal;
        }
        List<CheckedEquation> equations = new ArrayList<>();
        for (CheckedEquation e : literal.equations()) {
            equations.add(new CheckedEquation(e.line(), e.text(), e.reading(), e.defines(), e.condition(),
                    e.verdicts().stream().map(v -> changed.getOrDefault(v, v)).toList(), e.notes()));
        }
        List<RowMark> rows = new ArrayList<>();
        for (RowMark r : literal.rows()) {
            rows.add(new RowMark(r.block(), r.end(), r.verdicts().stream().map(v -> changed.getOrDefault(v, v)).toList(), r.role()));
        }
        return new CheckedDocument(literal.text(), literal.kind(), literal.blocks(), equations, rows, literal.messages());
    }
}
