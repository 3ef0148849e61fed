package org.symgrad.report;

import java.util.Locale;
import org.symgrad.error.InputException;

/** The output notations of the command line (SPEC §6). */
public enum Format {
    UNICODE, ASCII, LATEX, MARKDOWN, JSON;

    public static Format parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown format '" + name + "': expected one of unicode, ascii, latex, markdown, json");
        }
    }
}
