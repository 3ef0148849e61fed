package org.symgrad.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A note for an ASCII input that raises the plain symbol {@code e} to a power: in symgrad's ASCII
 * {@code e} is a symbol like any other (SPEC §2), so {@code e^x} is a power of it, whose
 * derivative has a {@code log(e)} — while a reader who typed it almost always meant the
 * exponential. A script that defines {@code e} meant its own e and gets no note.
 */
final class EulerHint {
    /** {@code e^…} where e is a whole name: not {@code me^2}, {@code e_i^2} or {@code e2^x}. */
    private static final Pattern RAISED_E = Pattern.compile("(?<![A-Za-z0-9_'])e\\s*\\^");
    private static final Pattern DEFINES_E = Pattern.compile("(?m)^\\s*let\\s+e\\s*(=|\\()");

    static final String NOTE = "note: e is a plain symbol in symgrad's ASCII, so e^x is a power of the symbol e; "
            + "write exp(x) for the exponential";

    private EulerHint() {
    }

    /** The note for {@code text} (an expression or a script), if it raises an undefined e to a power. */
    static Optional<String> of(String text) {
        String code = text.replaceAll("(?m)#.*$", "");
        return RAISED_E.matcher(code).find() && !DEFINES_E.matcher(code).find() ? Optional.of(NOTE) : Optional.empty();
    }
}
