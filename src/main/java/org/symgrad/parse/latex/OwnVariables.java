package org.symgrad.parse.latex;

/**
 * The letters a document may use as quantities of its own though symgrad reads them otherwise (π the number,
 * {@link PiUse}; n the range size, {@link NUse}): read under other names, and spelled back as the document wrote them
 * wherever words name them.
 */
public final class OwnVariables {
    private OwnVariables() {
    }

    /** The name {@code name} as the document writes it: {@code pi} for {@link PiUse#VARIABLE}, {@code n} for {@link NUse#VARIABLE}. */
    public static String written(String name) {
        return switch (name) {
            case PiUse.VARIABLE -> "pi";
            case NUse.VARIABLE -> "n";
            default -> name;
        };
    }
}
