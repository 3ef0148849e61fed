package org.symgrad.report;

import java.util.Locale;
import org.symgrad.error.InputException;

/**
 * Which notation a result is shown in (SPEC §10, {@code --form}): index notation (the default),
 * matrix notation where the result has a standard matrix reading (otherwise the index form, with
 * the reason there is none), or both — the index form, then the matrix form as a last step.
 */
public enum Form {
    INDEX, MATRIX, BOTH;

    public static Form parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown form '" + name + "': expected one of index, matrix, both");
        }
    }

    /** Whether the matrix form is shown at all. */
    public boolean showsMatrix() {
        return this != INDEX;
    }
}
