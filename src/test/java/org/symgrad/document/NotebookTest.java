package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.api.DocumentCheck;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Symgrad;
import org.symgrad.error.InputException;

/**
 * A Jupyter notebook is checked as the Markdown its Markdown cells make, each verdict on the line of
 * the .ipynb file its formula is written on; code and raw cells are not read.
 */
class NotebookTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = NotebookTest.class.getResourceAsStream("/notebooks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theMarkdownCellsAreReadOnTheNotebooksOwnLines() throws IOException {
        String json = resource("logistic-hw.ipynb");
        assertEquals("ipynb", Symgrad.inputKind("hw/logistic-hw.ipynb"));
        assertEquals("ipynb", Symgrad.inputKindOfText(json));
        String md = Notebook.markdown(json);
        List<String> lines = md.lines().toList();
        List<String> file = json.lines().toList();
        assertEquals(file.size(), lines.size(), md);
        assertEquals("L = -y \\log \\sigma(z) - (1 - y) \\log(1 - \\sigma(z))", lines.get(11));
        assertEquals("= \\sigma(z) - y", lines.get(42));
        // the code cell, its output and the raw cell leave their lines empty
        assertEquals("", lines.get(30));
        assertEquals("", lines.get(24));
        assertEquals("", lines.get(54));

        DocumentCheck check = Symgrad.checkDocument(json, "ipynb", List.of(), List.of(), false);
        String json2 = check.report(OutputFormat.JSON);
        // the two steps of the first derivative at lines 42–43, the wrong second derivative at 48,
        // the evaluation bar of a cell whose source is one string at 61
        assertTrue(json2.contains("{\"line\":43,"), json2);
        String text = check.report(OutputFormat.UNICODE);
        assertTrue(text.contains("✓ line 42"), text);
        assertTrue(text.contains("✗ line 48"), text);
        assertTrue(text.contains("✓ line 61"), text);
        assertFalse(text.contains("1 = 2") || text.contains("a = b") || text.contains("x = 2 x"), text);
        assertTrue(check.hasFalse(), text);
    }

    @Test
    void aNotebookWithAnotherShapeAndItsErrors() {
        // cells before nbformat, the type after the source, a source with a unicode escape, CRLF line ends
        String nb = "{\r\n \"nbformat\": 4, \"nbformat_minor\": 4,\r\n \"cells\": [\r\n  {\"source\": [\r\n"
                + "    \"$$\\\\frac{d}{du} u^3 = 3 u^2$$\\n\",\r\n    \"\\n\",\r\n"
                + "    \"$$\\\\frac{d}{du} \\u0065^{2u} = e^{2u}$$\"\r\n   ],\r\n   \"cell_type\": \"markdown\", \"metadata\": {}}\r\n"
                + " ],\r\n \"metadata\": {}\r\n}\r\n";
        String text = Symgrad.checkDocument(nb, "notebook", List.of(), List.of(), false).report(OutputFormat.UNICODE);
        assertTrue(text.contains("✓ line 5"), text);
        assertTrue(text.contains("✗ line 7"), text);
        // not a notebook: said, with the line
        InputException e = assertThrows(InputException.class,
                () -> Symgrad.checkDocument("{\"cells\": [ {\"source\": [\"x\"}]}", "ipynb", List.of(), List.of(), false));
        assertTrue(e.getMessage().contains("nbformat"), e.getMessage());
        assertThrows(InputException.class,
                () -> Symgrad.checkDocument("{\"metadata\": {}}", "ipynb", List.of(), List.of(), false));
    }
}
