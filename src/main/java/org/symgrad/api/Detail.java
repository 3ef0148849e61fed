package org.symgrad.api;

import java.util.Locale;
import org.symgrad.error.InputException;

/**
 * How much of a derivation is shown ({@code --detail}): {@code full}, every step with the rule it
 * applied (as {@code --steps}); {@code brief}, the lines a textbook prints — the definition written
 * out, the differentiation done, the key rules' lines and the result — each citing the rules applied
 * since the line before.
 */
public enum Detail {
    BRIEF, FULL;

    /** The detail named {@code name}, in any case; an {@link InputException} naming both otherwise. */
    public static Detail parse(String name) {
        for (Detail d : values()) {
            if (d.toString().equals(name.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new InputException("unknown detail '" + name + "': brief or full");
    }

    /** The lower-case name, as {@code --detail} takes it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
