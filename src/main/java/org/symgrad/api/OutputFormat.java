package org.symgrad.api;

import java.util.Locale;
import org.symgrad.report.Format;

/**
 * The notations results are printed in (SPEC §6): {@code unicode}, {@code ascii} (re-parses to an
 * equal expression), {@code latex}, {@code markdown} ({@code $$} blocks) and {@code json}.
 */
public enum OutputFormat {
    UNICODE, ASCII, LATEX, MARKDOWN, JSON;

    /**
     * The format named {@code name}, in any case; an {@link org.symgrad.error.InputException}
     * listing the known names otherwise.
     */
    public static OutputFormat parse(String name) {
        return valueOf(Format.parse(name).name());
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
