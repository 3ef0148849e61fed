package org.symgrad.document;

import java.util.List;

/**
 * What the command line adds to a document (SPEC §8): {@code --assume TEXT} and {@code --let TEXT}
 * directives, applied before the document's own, and {@code --einstein}.
 */
public record DocumentOptions(List<String> assumptions, List<String> lets, boolean einstein) {
    public static final DocumentOptions NONE = new DocumentOptions(List.of(), List.of(), false);

    public DocumentOptions {
        assumptions = List.copyOf(assumptions);
        lets = List.copyOf(lets);
    }

    /** These options with Einstein summation on. */
    public DocumentOptions withEinstein() {
        return new DocumentOptions(assumptions, lets, true);
    }
}
