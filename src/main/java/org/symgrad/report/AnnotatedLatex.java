package org.symgrad.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.document.CheckedDocument;
import org.symgrad.document.DocumentKind;
import org.symgrad.document.Outcome;
import org.symgrad.document.PairVerdict;
import org.symgrad.document.RowMark;
import org.symgrad.document.Segment;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A checked document as a standalone LaTeX document that pdflatex compiles (SPEC §8
 * {@code -o checked.tex|.pdf}): each row of display math ends with a coloured mark
 * ({@code \checkmark}, ≈, ×, ?, –), each block is followed by a note per step that is not proven.
 * A LaTeX input keeps its own preamble, with the packages the marks need added; a fragment, or a
 * Markdown input (converted: headings, paragraphs, inline and display math, code as verbatim), gets
 * a minimal preamble. Commands the document uses without defining them are provided as plain names,
 * and characters pdflatex cannot typeset are declared or replaced, so the output always compiles.
 */
public final class AnnotatedLatex {
    private static final String PACKAGES = "\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
            + "\\usepackage{amsmath,amssymb,bm,xcolor}\n";
    private static final Map<Character, String> UNICODE = Map.ofEntries(
            Map.entry('−', "-"), Map.entry('≠', "\\ensuremath{\\neq}"), Map.entry('≈', "\\ensuremath{\\approx}"),
            Map.entry('≤', "\\ensuremath{\\leq}"), Map.entry('≥', "\\ensuremath{\\geq}"), Map.entry('∈', "\\ensuremath{\\in}"),
            Map.entry('×', "\\ensuremath{\\times}"), Map.entry('·', "\\ensuremath{\\cdot}"), Map.entry('∑', "\\ensuremath{\\sum}"),
            Map.entry('∂', "\\ensuremath{\\partial}"), Map.entry('∇', "\\ensuremath{\\nabla}"), Map.entry('→', "\\ensuremath{\\to}"),
            Map.entry('⇒', "\\ensuremath{\\Rightarrow}"), Map.entry('∞', "\\ensuremath{\\infty}"),
            Map.entry('✓', "\\ensuremath{\\checkmark}"), Map.entry('✗', "\\ensuremath{\\times}"), Map.entry('–', "--"),
            Map.entry('—', "---"), Map.entry('’', "'"), Map.entry('‘', "`"), Map.entry('“', "``"), Map.entry('”', "''"),
            Map.entry('…', "\\ldots{}"), Map.entry('δ', "\\ensuremath{\\delta}"), Map.entry('σ', "\\ensuremath{\\sigma}"),
            Map.entry('Σ', "\\ensuremath{\\Sigma}"), Map.entry('α', "\\ensuremath{\\alpha}"), Map.entry('β', "\\ensuremath{\\beta}"),
            Map.entry('γ', "\\ensuremath{\\gamma}"), Map.entry('λ', "\\ensuremath{\\lambda}"), Map.entry('θ', "\\ensuremath{\\theta}"),
            Map.entry('η', "\\ensuremath{\\eta}"), Map.entry('μ', "\\ensuremath{\\mu}"), Map.entry('ε', "\\ensuremath{\\varepsilon}"),
            Map.entry('φ', "\\ensuremath{\\phi}"), Map.entry('π', "\\ensuremath{\\pi}"), Map.entry('τ', "\\ensuremath{\\tau}"),
            Map.entry('ŷ', "\\ensuremath{\\hat{y}}"), Map.entry('⁽', "\\ensuremath{^(}"), Map.entry('⁾', "\\ensuremath{^)}"),
            Map.entry('²', "\\ensuremath{^2}"), Map.entry('¹', "\\ensuremath{^1}"), Map.entry('³', "\\ensuremath{^3}"));
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
    private static final Pattern DEFINED = Pattern.compile("\\\\(?:new|renew|provide)command\\*?\\s*\\{?\\\\([a-zA-Z]+)"
            + "|\\\\def\\s*\\\\([a-zA-Z]+)|\\\\DeclareMathOperator\\*?\\s*\\{\\\\([a-zA-Z]+)");

    private AnnotatedLatex() {
    }

    public static String of(CheckedDocument doc) {
        String body = doc.kind() == DocumentKind.LATEX ? AnnotatedDocument.annotate(doc, STYLE) : fromMarkdown(doc);
        return complete(body, doc.kind() == DocumentKind.LATEX, unknownCommands(doc));
    }

    /** Commands in the document's math that symgrad does not know: possibly undefined for LaTeX too. */
    private static Set<String> unknownCommands(CheckedDocument doc) {
        Set<String> out = new java.util.TreeSet<>();
        for (Segment.Math m : doc.blocks()) {
            for (org.antlr.v4.runtime.Token t : LatexTokens.lex(doc.text(), m.start(), m.end())) {
                if (t.getType() == LatexLexer.CMD) {
                    out.add(t.getText().substring(1));
                }
            }
        }
        return out;
    }

    private static final AnnotatedDocument.Style STYLE = new AnnotatedDocument.Style() {
        @Override
        public String mark(Outcome o) {
            return " \\qquad " + switch (o) {
                case PROVEN -> "{\\color{green!50!black}\\checkmark}";
                case NUMERICALLY_EQUAL -> "{\\color{green!50!black}\\approx}";
                case FALSE -> "{\\color{red}\\boldsymbol{\\times}}";
                case UNDECIDED -> "{\\color{orange}?}";
                case SKIPPED -> "{\\color{gray}-}";
            };
        }

        @Override
        public String definition() {
            return " \\qquad {\\color{gray}\\text{def}}";
        }

        @Override
        public String notes(List<String> lines) {
            StringBuilder out = new StringBuilder("\n\\par\\begingroup\\small\\noindent\n");
            for (String l : lines) {
                out.append(l).append("\\\\\n");
            }
            return out.append("\\endgroup\\par\n").toString();
        }

        @Override
        public String note(PairVerdict v) {
            String color = v.outcome() == Outcome.FALSE ? "red" : v.outcome() == Outcome.UNDECIDED ? "orange" : "gray";
            String expected = AnnotatedDocument.expectedLatex(v);
            return "\\textcolor{" + color + "}{\\textbf{" + escape(v.outcome().mark()) + " line " + v.line() + "} ("
                    + "\\texttt{= " + escape(AnnotatedDocument.abbreviate(v.right())) + "}): "
                    + escape(DocumentReport.finding(v)) + (expected.isEmpty() ? "" : "; expected $" + expected + "$") + "}";
        }
    };

    /** LaTeX text for a plain string: special characters escaped, line breaks as spaces. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '%', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The body with a preamble: the document's own (packages added) or a minimal one. */
    private static String complete(String body, boolean latexInput, Set<String> unknown) {
        String provided = provideUnknownCommands(body, unknown);
        String declared = declareCharacters(body);
        int begin = body.indexOf("\\begin{document}");
        if (latexInput && body.contains("\\documentclass") && begin >= 0) {
            return sanitize(body.substring(0, begin)) + "\\usepackage{amssymb,xcolor}\n" + provided + declared
                    + sanitize(body.substring(begin));
        }
        return "\\documentclass{article}\n" + PACKAGES + provided + declared + "\\begin{document}\n" + sanitize(body)
                + "\n\\end{document}\n";
    }

    /** {@code \providecommand} for every command of the document, which is a no-op for known ones. */
    private static String provideUnknownCommands(String body, Set<String> unknown) {
        Set<String> defined = new LinkedHashSet<>();
        Matcher d = DEFINED.matcher(body);
        while (d.find()) {
            for (int g = 1; g <= d.groupCount(); g++) {
                if (d.group(g) != null) {
                    defined.add(d.group(g));
                }
            }
        }
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = COMMAND.matcher(body);
        while (m.find()) {
            if (!defined.contains(m.group(1)) && unknown.contains(m.group(1)) && !m.group(1).startsWith("end")) {
                names.add(m.group(1));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String n : names) {
            out.append("\\providecommand{\\").append(n).append("}{\\ensuremath{\\mathrm{").append(n).append("}}}\n");
        }
        return out.toString();
    }

    private static String declareCharacters(String body) {
        Set<Character> seen = new java.util.TreeSet<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c > 0xFF && UNICODE.containsKey(c)) {
                seen.add(c);
            }
        }
        StringBuilder out = new StringBuilder();
        for (char c : seen) {
            out.append(String.format("\\DeclareUnicodeCharacter{%04X}{%s}%n", (int) c, UNICODE.get(c)));
        }
        return out.toString();
    }

    /** Characters pdflatex cannot typeset, which are neither Latin-1 nor declared, become '?'. */
    private static String sanitize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                out.append('?');
            } else if (c > 0xFF && !UNICODE.containsKey(c)) {
                out.append('?');
            } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- Markdown to LaTeX ----

    private static String fromMarkdown(CheckedDocument doc) {
        String text = doc.text();
        Map<Integer, String> marks = new TreeMap<>();
        Map<Integer, List<PairVerdict>> notes = new TreeMap<>();
        for (RowMark row : doc.rows()) {
            StringBuilder mark = new StringBuilder();
            for (PairVerdict v : row.verdicts()) {
                mark.append(STYLE.mark(v.outcome()));
                if (v.outcome() != Outcome.PROVEN && v.outcome() != Outcome.NUMERICALLY_EQUAL) {
                    notes.computeIfAbsent(row.block(), b -> new ArrayList<>()).add(v);
                }
            }
            if (row.verdicts().isEmpty() && row.role().equals("definition")) {
                mark.append(STYLE.definition());
            }
            if (!mark.isEmpty()) {
                marks.merge(row.end(), mark.toString(), String::concat);
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        List<Segment.Math> blocks = doc.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Segment.Math m = blocks.get(b);
            out.append(prose(text.substring(at, m.open())));
            out.append(displayMath(text, m, marks));
            List<PairVerdict> vs = notes.get(b);
            if (vs != null) {
                List<String> lines = new ArrayList<>();
                vs.forEach(v -> lines.add(STYLE.note(v)));
                out.append(STYLE.notes(lines));
            }
            at = m.close();
        }
        out.append(prose(text.substring(at)));
        return out.toString();
    }

    private static String displayMath(String text, Segment.Math m, Map<Integer, String> marks) {
        StringBuilder math = new StringBuilder();
        int at = m.start();
        for (Map.Entry<Integer, String> e : marks.entrySet()) {
            if (e.getKey() >= m.start() && e.getKey() <= m.end()) {
                math.append(text, at, e.getKey()).append(e.getValue());
                at = e.getKey();
            }
        }
        math.append(text, at, m.end());
        // MathJax takes more than one '&' in a split row; amsmath's aligned does too, split does not
        String content = math.toString().strip().replace("\\begin{split}", "\\begin{aligned}")
                .replace("\\end{split}", "\\end{aligned}");
        if (!m.environment().equals("$$") && !m.environment().equals("\\[")) {
            return "\n" + content + "\n";
        }
        if (needsRows(content)) {
            content = "\\begin{gathered}" + content.replace("&", "") + "\\end{gathered}";
        }
        return "\n\\[\n" + content + "\n\\]\n";
    }

    /** Whether display math has rows ({@code \\}) outside any environment, which {@code \[ \]} rejects. */
    private static boolean needsRows(String content) {
        int depth = 0;
        for (int i = 0; i + 1 < content.length(); i++) {
            if (content.startsWith("\\begin", i)) {
                depth++;
            } else if (content.startsWith("\\end", i)) {
                depth--;
            } else if (depth == 0 && content.startsWith("\\\\", i)) {
                return true;
            } else if (content.charAt(i) == '\\') {
                i++;
            }
        }
        return false;
    }

    /** Markdown prose as LaTeX: headings, paragraphs, inline math kept, code as verbatim, comments dropped. */
    private static String prose(String md) {
        StringBuilder out = new StringBuilder();
        String[] lines = md.replace("\r", "").split("\n", -1);
        boolean code = false;
        boolean comment = false;
        for (String line : lines) {
            String t = line.strip();
            if (comment) {
                if (t.contains("-->")) {
                    comment = false;
                }
                continue;
            }
            if (t.startsWith("```") || t.startsWith("~~~")) {
                out.append(code ? "\\end{verbatim}\n" : "\\begin{verbatim}\n");
                code = !code;
                continue;
            }
            if (code) {
                out.append(line).append('\n');
                continue;
            }
            if (t.startsWith("<!--")) {
                comment = !t.contains("-->");
                continue;
            }
            if (t.startsWith("#")) {
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') {
                    level++;
                }
                String title = t.substring(level).strip();
                String command = level <= 1 ? "section*" : level == 2 ? "subsection*" : "subsubsection*";
                out.append("\\").append(command).append("{").append(inline(title)).append("}\n");
                continue;
            }
            out.append(inline(line)).append('\n');
        }
        if (code) {
            out.append("\\end{verbatim}\n");
        }
        return out.toString();
    }

    /** One line of prose: text escaped, inline math {@code $…$} kept as math. */
    private static String inline(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf('$', i);
            while (open > 0 && line.charAt(open - 1) == '\\') {
                open = line.indexOf('$', open + 1);
            }
            int close = open < 0 ? -1 : line.indexOf('$', open + 1);
            if (open < 0 || close < 0) {
                out.append(escape(line.substring(i)));
                break;
            }
            out.append(escape(line.substring(i, open)));
            out.append('$').append(line, open + 1, close).append('$');
            i = close + 1;
        }
        return out.toString();
    }
}
