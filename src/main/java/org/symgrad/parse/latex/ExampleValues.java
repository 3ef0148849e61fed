package org.symgrad.parse.latex;

import java.util.regex.Pattern;

/**
 * A name the document writes with an example's label above it, {@code y^{(i)}}, {@code y^{(n)}}: the value of one
 * example, read as the entry y_i, so the name written whole in a formula of vectors is the vector of all the
 * examples' values.
 */
final class ExampleValues {
    private ExampleValues() {
    }

    /** Whether {@code text} writes the plain letter {@code name} with a lower-case letter in brackets above it. */
    static boolean writes(String text, String name) {
        return Pattern.compile("(?<![\\\\a-zA-Z])" + Pattern.quote(name) + "\\s*\\^\\s*\\{\\s*\\(\\s*[a-z]\\s*\\)\\s*\\}").matcher(text).find();
    }
}
