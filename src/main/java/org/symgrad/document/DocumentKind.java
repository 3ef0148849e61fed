package org.symgrad.document;

import java.util.Locale;
import java.util.Optional;
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
        return ofExtension(file).orElse(SCRIPT);
    }

    /**
     * The kind a file name's extension names ({@code .md .markdown .tex .latex .ipynb .sg}), or
     * empty for any other name ({@code homework.txt}, {@code notes}), whose text then tells.
     */
    public static Optional<DocumentKind> ofExtension(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".tex") || name.endsWith(".latex")) {
            return Optional.of(LATEX);
        }
        if (name.endsWith(".ipynb")) {
            return Optional.of(NOTEBOOK);
        }
        return name.endsWith(".sg") ? Optional.of(SCRIPT) : Optional.empty();
    }

    /** Whether a text read without a file name is a notebook: a JSON object with its cells and nbformat. */
    public static boolean looksLikeNotebook(String text) {
        return Notebook.looksLikeNotebook(text);
    }
}
