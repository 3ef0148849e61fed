package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document states that a matrix is made of its samples ({@link VectorEntries}): "{@code \mathbf{X}} has rows
 * {@code \mathbf{x}_i^T}", "the rows of X are x_i^T", {@code \mathbf{X} = [\mathbf{x}_1, \dots, \mathbf{x}_n]^T},
 * {@code \begin{bmatrix} \mathbf{x}_1^T \\ \vdots \end{bmatrix}} make X's entry X_ij the j-th entry of the i-th sample
 * x_i; "columns" and {@code [\mathbf{x}_1, \dots, \mathbf{x}_n]} make X_ij the i-th entry of x_j. Only a matrix and
 * vectors of one letter (X and x_i, A and a_i) are linked, and only where one sentence says which way round: a
 * sentence naming both rows and columns links nothing.
 */
final class SampleRows {
    /** The samples of a matrix: their name, and whether they are its rows (else its columns). */
    record Samples(String vector, boolean rows) {
    }

    private static final String BOLD = "(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vb)\\s*\\{?\\s*)?";
    private static final Pattern CAPITAL = Pattern.compile("(?<![\\\\a-zA-Z])" + BOLD + "([A-Z])(?![a-zA-Z])");
    private static final Pattern SUBSCRIPTED = Pattern.compile("(?<![\\\\a-zA-Z])" + BOLD + "([a-z])\\s*\\}?\\s*_\\s*\\{?\\s*[a-z0-9]");
    private static final Pattern LIST = Pattern.compile("(?<![\\\\a-zA-Z])" + BOLD + "([A-Z])\\s*\\}?\\s*=\\s*(?:\\\\left)?\\s*[\\[(]\\s*"
            + BOLD + "([a-z])\\s*\\}?\\s*_\\s*\\{?\\s*1\\s*\\}?\\s*(\\^\\s*\\{?\\s*(?:T|\\\\top|\\\\intercal)\\s*\\}?)?\\s*,"
            + "[^=]*?(?:\\\\right)?\\s*[\\])]\\s*(\\^\\s*\\{?\\s*(?:T|\\\\top|\\\\intercal)\\s*\\}?)?");
    private static final Pattern MATRIX = Pattern.compile("(?<![\\\\a-zA-Z])" + BOLD + "([A-Z])\\s*\\}?\\s*=\\s*(?:\\\\left)?\\s*"
            + "\\\\begin\\{[bpvBV]?matrix\\}(.*?)\\\\end\\{[bpvBV]?matrix\\}", Pattern.DOTALL);
    private static final Pattern TRANSPOSED = Pattern.compile("\\^\\s*\\{?\\s*(?:T|\\\\top|\\\\intercal)");

    private SampleRows() {
    }

    /** The matrices the document states are made of samples, by the matrix's letter. */
    static Map<String, Samples> in(String document) {
        Map<String, Samples> out = new LinkedHashMap<>();
        for (String sentence : document.split("\\.\\s|\\n\\s*\\n")) {
            String words = sentence.replaceAll("\\$[^$]*\\$", " ").toLowerCase();
            boolean rows = words.matches("(?s).*\\brows?\\b.*");
            boolean columns = words.matches("(?s).*\\bcolumns?\\b.*");
            if (rows != columns) {
                link(sentence, rows, out);
            }
        }
        Matcher list = LIST.matcher(document);
        while (list.find()) {
            if (list.group(1).toLowerCase().equals(list.group(2))) {
                out.putIfAbsent(list.group(1), new Samples(list.group(2), list.group(3) != null ^ list.group(4) != null));
            }
        }
        Matcher matrix = MATRIX.matcher(document);
        while (matrix.find()) {
            String body = matrix.group(2);
            String v = matrix.group(1).toLowerCase();
            if (!Pattern.compile("(?<![\\\\a-zA-Z])" + BOLD + v + "\\s*\\}?\\s*_").matcher(body).find()) {
                continue;
            }
            boolean transposed = TRANSPOSED.matcher(body).find();
            if (transposed && body.contains("\\\\") && !body.contains("&")) {
                out.putIfAbsent(matrix.group(1), new Samples(v, true));
            } else if (!transposed && body.contains("&") && !body.contains("\\\\")) {
                out.putIfAbsent(matrix.group(1), new Samples(v, false));
            }
        }
        return out;
    }

    /** A sentence naming rows (or columns) of one capital, written beside its lower-case letter with a subscript. */
    private static void link(String sentence, boolean rows, Map<String, Samples> out) {
        StringBuilder math = new StringBuilder();
        Matcher m = Pattern.compile("\\$+([^$]*)\\$+").matcher(sentence);
        while (m.find()) {
            math.append(m.group(1)).append(' ');
        }
        // a shape's capitals (\\mathbb{R}^{N \\times D}) and a transpose (\\mathbf{x}_i^T) are no matrices of the sentence
        String written = math.toString().replaceAll("\\\\mathbb\\s*\\{?\\s*[A-Z]\\s*\\}?", " ")
                .replaceAll("\\^\\s*\\{[^{}]*\\}|\\^\\s*\\\\?[a-zA-Z0-9]+", " ");
        String capital = null;
        Matcher c = CAPITAL.matcher(written);
        while (c.find()) {
            if (capital != null && !capital.equals(c.group(1))) {
                return;
            }
            capital = c.group(1);
        }
        if (capital == null) {
            return;
        }
        Matcher v = SUBSCRIPTED.matcher(written);
        while (v.find()) {
            if (v.group(1).equals(capital.toLowerCase())) {
                out.putIfAbsent(capital, new Samples(v.group(1), rows));
                return;
            }
        }
    }
}
