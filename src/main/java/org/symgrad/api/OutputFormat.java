package org.symgrad.api;

import java.util.Locale;
import org.symgrad.error.InputException;
import org.symgrad.report.Format;

/**
 * The notations results are printed in (SPEC §6): {@code unicode}, {@code ascii} (re-parses to an
 * equal expression), {@code latex}, {@code markdown} ({@code $$} blocks) and {@code json}; and, for
 * derivations, Python code (SPEC §10): {@code numpy} and {@code torch}.
 */
public enum OutputFormat {
    UNICODE, ASCII, LATEX, MARKDOWN, JSON, NUMPY, TORCH;

    /**
     * The format named {@code name}, in any case; an {@link org.symgrad.error.InputException}
     * listing the known names otherwise.
     */
    public static OutputFormat parse(String name) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new InputException("unknown format '" + name
                + "': expected one of unicode, ascii, latex, markdown, json, numpy, torch");
    }

    /** The language of generated code, for {@code numpy} and {@code torch}. */
    java.util.Optional<Language> language() {
        return switch (this) {
            case NUMPY -> java.util.Optional.of(Language.NUMPY);
            case TORCH -> java.util.Optional.of(Language.TORCH);
            default -> java.util.Optional.empty();
        };
    }

    Format report() {
        return Format.valueOf(name());
    }

    /** The lower-case name, as {@code --format} takes it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
