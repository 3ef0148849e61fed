package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letters a document writes as an iterate above a name, {@code \beta^{(t+1)}}, {@code a^{(l-1)}}: a letter in parentheses
 * above a name, {@code (t)}, {@code (l)}, is then the step or layer index wherever the document writes it.
 */
public final class IterateLetters {
    private IterateLetters() {
    }

    private static final Pattern ITERATE = Pattern.compile("\\^\\{\\s*\\(\\s*([a-z])\\s*[+-]\\s*[0-9]+\\s*\\)\\s*\\}");

    /** The letters {@code document} writes as an iterate above a name. */
    public static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ITERATE.matcher(document);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
