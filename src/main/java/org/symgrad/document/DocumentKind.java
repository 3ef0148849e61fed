package org.symgrad.document;

import java.util.Locale;
import org.symgrad.error.InputException;

/**
 * What a document to check is written in (SPEC §8): Markdown with LaTeX math, LaTeX, a Jupyter
 * notebook (its Markdown cells are a Markdown document, {@link Notebook}), or a script.
 */
public enum DocumentKind {
    MARKDOWN, LATEX, NOTEBOOK, SCRIPT;

    /** The kind {@code --input md|tex|ipynb|sg} names. */
    public static DocumentKind parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> MARKDOWN;
            case "tex", "latex" -> LATEX;
            case "ipynb", "notebook" -> NOTEBOOK;
            case "sg", "script" -> SCRIPT;
            default -> throw new InputException("unknown input kind '" + name + "': expected md, tex, ipynb or sg");
        };
    }

    /** The kind a file name's extension says; a script when it says nothing else. */
    public static DocumentKind ofFileName(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".tex") || name.endsWith(".latex")) {
            return LATEX;
        }
        if (name.endsWith(".ipynb")) {
            return NOTEBOOK;
        }
        return SCRIPT;
    }

    /** Whether a text read without a file name is a notebook: a JSON object with its cells and nbformat. */
    public static boolean looksLikeNotebook(String text) {
        return Notebook.looksLikeNotebook(text);
    }
}
