package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.symgrad.error.InputException;

/**
 * A Jupyter notebook ({@code .ipynb}, nbformat 4) read as the Markdown document its Markdown cells
 * make (SPEC §8): each string of a Markdown cell's {@code source} is put on the line of the notebook
 * file it is written on, every other line is left empty, so the verdicts' line numbers are the
 * notebook file's own and two cells are always apart. Code and raw cells are not read. Jupyter
 * writes a cell's source as one JSON string per line; a string that holds several lines (written
 * by hand) keeps them, and the lines after it then count from there.
 */
final class Notebook {
    private final String json;
    private int at;
    private int line = 1;
    private final StringBuilder out = new StringBuilder();
    /** The number of lines written to {@code out}, counting from 1 as the file's lines do. */
    private int outLine = 1;

    private Notebook(String json) {
        this.json = json;
    }

    /** The Markdown of {@code json}'s Markdown cells, each source line on its line of the file. */
    static String markdown(String json) {
        Notebook n = new Notebook(json);
        n.space();
        n.notebook();
        n.space();
        if (n.at < json.length()) {
            throw n.fail("text after the notebook's closing brace");
        }
        n.pad(n.line);
        return n.out.toString();
    }

    /** Whether {@code text} looks like a notebook: a JSON object with its cells and nbformat. */
    static boolean looksLikeNotebook(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") && t.contains("\"cells\"") && t.contains("\"nbformat\"");
    }

    private void notebook() {
        boolean[] cells = {false};
        members(key -> {
            if (key.equals("cells")) {
                elements(this::cell);
                cells[0] = true;
            } else {
                skipValue();
            }
        });
        if (!cells[0]) {
            throw fail("a notebook (.ipynb) has a \"cells\" list");
        }
    }

    /** One string of a cell's source and the line of the file it is written on. */
    private record SourceLine(int line, String text) {
    }

    /** One cell: its type may come before or after its source, so the source's strings are kept until the end. */
    private void cell() {
        String[] type = {null};
        List<SourceLine> source = new ArrayList<>();
        members(key -> {
            switch (key) {
                case "cell_type" -> type[0] = string();
                case "source" -> source(source);
                default -> skipValue();
            }
        });
        if ("markdown".equals(type[0])) {
            source.forEach(s -> write(s.line(), s.text()));
        }
    }

    /** A cell's source: one string, or a list of strings (one per line, as Jupyter writes it). */
    private void source(List<SourceLine> out) {
        if (peek('"')) {
            out.add(new SourceLine(line, string()));
        } else {
            elements(() -> out.add(new SourceLine(line, string())));
        }
    }

    /** Writes {@code text} starting on line {@code at} of the output (or on the next free line). */
    private void write(int lineNumber, String text) {
        pad(lineNumber);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (body.endsWith("\r")) {
            body = body.substring(0, body.length() - 1);
        }
        // a string's text continues the current line when the one before it did not end it
        out.append(body.replace("\r\n", "\n"));
        outLine += (int) body.chars().filter(c -> c == '\n').count();
        if (text.endsWith("\n")) {
            out.append('\n');
            outLine++;
        }
    }

    /** Ends lines until the output's next line is {@code lineNumber}. */
    private void pad(int lineNumber) {
        if (outLine < lineNumber && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
            outLine++;
        }
        while (outLine < lineNumber) {
            out.append('\n');
            outLine++;
        }
    }

    // ---- a small JSON reader that counts lines ----

    /** A JSON object, {@code member} reading each value after its key. */
    private void members(Consumer<String> member) {
        expect('{');
        space();
        if (take('}')) {
            return;
        }
        do {
            space();
            String key = string();
            space();
            expect(':');
            space();
            member.accept(key);
            space();
        } while (take(','));
        expect('}');
    }

    /** A JSON list, {@code element} reading each element. */
    private void elements(Runnable element) {
        expect('[');
        space();
        if (take(']')) {
            return;
        }
        do {
            space();
            element.run();
            space();
        } while (take(','));
        expect(']');
    }

    private void skipValue() {
        space();
        if (at >= json.length()) {
            throw fail("the notebook ends inside a value");
        }
        char c = json.charAt(at);
        switch (c) {
            case '"' -> string();
            case '{' -> members(key -> skipValue());
            case '[' -> elements(this::skipValue);
            default -> {
                int start = at;
                while (at < json.length() && "{}[],: \t\r\n\"".indexOf(json.charAt(at)) < 0) {
                    at++;
                }
                if (at == start) {
                    throw fail("unexpected '" + c + "' in the notebook");
                }
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            if (at >= json.length()) {
                throw fail("the notebook ends inside a string");
            }
            char c = json.charAt(at++);
            if (c == '"') {
                return s.toString();
            }
            if (c == '\n') {
                throw fail("a line break inside a JSON string");
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            if (at >= json.length()) {
                throw fail("the notebook ends inside a string");
            }
            char e = json.charAt(at++);
            switch (e) {
                case 'n' -> s.append('\n');
                case 't' -> s.append('\t');
                case 'r' -> s.append('\r');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'u' -> {
                    if (at + 4 > json.length()) {
                        throw fail("a broken \\u escape");
                    }
                    try {
                        s.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    } catch (NumberFormatException x) {
                        throw fail("a broken \\u escape");
                    }
                    at += 4;
                }
                default -> s.append(e);
            }
        }
    }

    private void space() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            if (json.charAt(at) == '\n') {
                line++;
            }
            at++;
        }
    }

    private boolean peek(char c) {
        return at < json.length() && json.charAt(at) == c;
    }

    private boolean take(char c) {
        if (peek(c)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw fail("expected '" + c + "'" + (at < json.length() ? " but found '" + json.charAt(at) + "'" : ""));
        }
    }

    private InputException fail(String what) {
        return new InputException("this notebook is not JSON as nbformat 4 writes it: " + what + " (line " + line + ")");
    }
}
