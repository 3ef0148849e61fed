package org.symgrad.document;

import java.util.List;
import java.util.Objects;

/**
 * One equation of a document as checked: a chain {@code a = b = c} (possibly continued over rows
 * and blocks that start with {@code =}), or a definition {@code y_i = …} whose further sides are
 * checked against its body.
 *
 * @param line      the 1-based line where the equation starts
 * @param text      the equation as written (its first row)
 * @param reading   what symgrad read, in its ASCII language ({@code let y_i = …} or the chain)
 * @param defines   the name defined, or empty for a chain
 * @param condition the branch condition it was checked under ({@code i ≠ j, from line 125}), or empty
 * @param verdicts  one per {@code =} pair after the definition, in order
 * @param notes     remarks on the equation as a whole (a condition not used, a chain continued)
 */
public record CheckedEquation(int line, String text, String reading, String defines, String condition,
                              List<PairVerdict> verdicts, List<String> notes) {
    public CheckedEquation {
        Objects.requireNonNull(text);
        verdicts = List.copyOf(verdicts);
        notes = List.copyOf(notes);
    }

    /** Whether no pair is false (skipped and undecided pairs do not make an equation fail). */
    public boolean holds() {
        return verdicts.stream().noneMatch(v -> v.outcome() == Outcome.FALSE);
    }
}
