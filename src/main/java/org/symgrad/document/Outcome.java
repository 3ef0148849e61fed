package org.symgrad.document;

import java.util.Locale;

/**
 * The verdict on one {@code =} pair of a document (SPEC §8): proven symbolically, equal at every
 * sampled point, false at a point, undecided (it could not be evaluated, or depends on something
 * the document does not define), or skipped (a side could not be read).
 */
public enum Outcome {
    PROVEN("✓"), NUMERICALLY_EQUAL("≈"), FALSE("✗"), UNDECIDED("?"), SKIPPED("–");

    private final String mark;

    Outcome(String mark) {
        this.mark = mark;
    }

    /** The mark shown beside the row: ✓ ≈ ✗ ? –. */
    public String mark() {
        return mark;
    }

    /** The JSON spelling: {@code proven}, {@code numerically_equal}, … */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
