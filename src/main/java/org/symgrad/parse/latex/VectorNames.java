package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;
import org.symgrad.parse.latex.VectorReader.VectorName;
import org.symgrad.parse.latex.VectorReader.Node;

/**
 * Reads the names of vectors and matrices for {@link VectorReader}: bold, {@code \vec}, decorated bold
 * ({@code \hat{\mathbf{y}}}), {@code \mathbf{1}}, the identity, a plain name the document writes as a vector, a
 * label on a name ({@code \mathbf{W}_2}, {@code \mathbf{W}^{(1)}}), a subscript that picks one of several vectors
 * ({@code \mathbf{x}_i}), and whether a letter is an index of the statement.
 */
final class VectorNames {
    private final VectorReader reader;

    VectorNames(VectorReader reader) {
        this.reader = reader;
    }

    /** A vector or matrix name: bold, {@code \vec}, decorated bold, {@code \mathbf{1}}, or a plain name written bold before. */
    Optional<Node> name(LatexParser.PrimaryContext p) {
        if (identity(p)) {
            // \mathbf{I}, \mathbb{I} (or I read as a matrix): the identity, square, its entry δ_rc
            return Optional.of(identity());
        }
        if (p instanceof LatexParser.IndicatorContext i && i.indicatorCondition() == null) {
            Shape s = reader.vectorShape();
            return Optional.of(new Node(s, (r, c) -> "1"));
        }
        Optional<Node> inside = subscriptInside(p);
        if (inside.isPresent()) {
            return inside;
        }
        if (p instanceof LatexParser.StyledContext s && VectorEntries.BOLD.contains(s.getChild(0).getText())
                && reader.entries.scalars.contains(VectorNotation.stripBold(s.scriptArg().getText().replaceAll("[{}]", "")))) {
            // \mathbf{c} beside x_j + c: the scalar c in every entry
            String c = VectorNotation.stripBold(s.scriptArg().getText().replaceAll("[{}]", ""));
            return Optional.of(new Node(reader.vectorShape(), (r, col) -> "{" + c + "}"));
        }
        return vectorName(p).map(v -> reader.named(v.key(), v.key(), v.matrix()));
    }

    /** The identity ({@link IdentityMatrices}): square, of a size of its own, its entry δ_rc. */
    private Node identity() {
        int d = reader.shapes.fresh();
        return new Node(new Shape(d, d), (r, c) -> "\\delta_{" + r + "," + c + "}");
    }

    /**
     * Whether {@code p} writes the identity ({@link IdentityMatrices}): {@code \mathbf{I}} (its size inside the braces too,
     * {@code \mathbf{I_n}}), {@code \mathbb{I}} without a condition, or the plain I read as a matrix in this statement.
     */
    private boolean identity(LatexParser.PrimaryContext p) {
        if (p instanceof LatexParser.LetterContext l && l.getText().equals("I")) {
            // a plain I read as a matrix (\lambda I beside X^\top X) is the identity too
            return reader.entries.capitals.contains("I") || reader.entries.matrices.contains("I");
        }
        if (p instanceof LatexParser.IndicatorContext i) {
            return i.indicatorCondition() == null && i.getText().replaceAll("\\s", "").equals("\\mathbb{I}");
        }
        if (!(p instanceof LatexParser.StyledContext s) || !VectorEntries.BOLD.contains(s.getChild(0).getText())) {
            return false;
        }
        String inner = VectorNotation.stripBold(s.scriptArg().getText().replaceAll("[{}\\s]", ""));
        return inner.equals("I") || inner.startsWith("I_") && IdentityMatrices.size(inner.substring(2));
    }

    /**
     * The identity with its size below ({@code I_n}, {@code \mathbf{I}_d}, {@code I_{n \times n}}): bold, or plain where the
     * plain I is read as a matrix in this statement; empty for any other name or script.
     */
    private Optional<Node> sizedIdentity(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops) {
        if (ops.isEmpty() || !(ops.get(0) instanceof LatexParser.SubscriptOpContext sub) || !IdentityMatrices.size(sub.scriptArg().getText())) {
            return Optional.empty();
        }
        return identity(p) ? Optional.of(identity()) : Optional.empty();
    }

    /** The name a vector or matrix is written by, without its font ({@code x}, {@code \hat{y}}, {@code W}), if {@code p} writes one. */
    private Optional<VectorName> vectorName(LatexParser.PrimaryContext p) {
        if (p instanceof LatexParser.StyledContext s) {
            String font = s.getChild(0).getText();
            String inner = VectorNotation.stripBold(s.scriptArg().getText().replaceAll("[{}]", ""));
            if (!inner.matches("[a-zA-Z]|\\\\[a-zA-Z]+")) {
                return Optional.empty();
            }
            if (font.equals("\\vec") || VectorEntries.BOLD.contains(font)) {
                return Optional.of(new VectorName(inner, Character.isUpperCase(inner.charAt(inner.startsWith("\\") ? 1 : 0))));
            }
            if (s.getChild(0) instanceof TerminalNode t && t.getSymbol().getType() == LatexLexer.DECOR) {
                // \hat{\mathbf{y}}, \hat{y} with yhat written bold before
                String key = font + "{" + inner + "}";
                boolean bold = s.scriptArg() instanceof LatexParser.StyledScriptContext
                        || VectorEntries.BOLD.stream().anyMatch(b -> s.scriptArg().getText().contains(b));
                if (bold || reader.entries.vectors.contains(key) || reader.entries.matrices.contains(key)) {
                    return Optional.of(new VectorName(key, reader.entries.matrices.contains(key)));
                }
            }
            return Optional.empty();
        }
        if (p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) {
            String t = p.getText();
            if (reader.entries.isVector(t)) {
                return Optional.of(new VectorName(t, false));
            }
            if (reader.entries.matrices.contains(t) || reader.entries.capitals.contains(t)) {
                return Optional.of(new VectorName(t, true));
            }
        }
        return Optional.empty();
    }

    /**
     * A vector or matrix name with the label its first script writes, and how many scripts that took (0 when
     * there is none): {@code \mathbf{W}_2} and {@code \mathbf{W}^{(2)}} are the matrix W^{(2)}, {@code \boldsymbol\delta^{[2]}}
     * the vector δ^{(2)}, {@code \mathbf{x}_i} the vector x^{(i)} (the reader takes a summed or free i as a sample
     * index: its entries are x_{ij}), {@code \mathbf{h}_{t-1}} h^{(t-1)}.
     */
    Optional<Node> labelledName(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops, ParserRuleContext where) {
        Optional<Node> sized = sizedIdentity(p, ops);
        if (sized.isPresent()) {
            return sized;
        }
        Optional<Node> plainName = plainLabelledName(p, ops);
        if (plainName.isPresent()) {
            return plainName;
        }
        if ((p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) && !ops.isEmpty() && ops.get(0) instanceof LatexParser.SubscriptOpContext sub) {
            // W_{hh} read as a matrix in this statement (LabelledCapitals): the matrix W^{(hh)}
            String key = LabelledCapitals.key(p.getText(), TextLabels.of(sub.scriptArg())
                    .orElseGet(() -> sub.scriptArg().getText().replaceAll("[{}\\s]", "")));
            if (reader.entries.capitals.contains(key)) {
                return Optional.of(reader.named(key, LabelledCapitals.written(key), true));
            }
        }
        if ((p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) && reader.entries.picked.contains(p.getText())
                && !ops.isEmpty() && ops.get(0) instanceof LatexParser.SubscriptOpContext sub
                && sub.scriptArg().getText().replaceAll("[{}\\s]", "").matches("[a-zA-Z]")) {
            // x_i beside x_i^\top, \theta_j beside \theta_k^T: one of several vectors, its entries x_{ir} (VectorNameScan#seePicked)
            return Optional.of(labelled(new VectorName(p.getText(), false), sub.scriptArg().getText().replaceAll("[{}\\s]", "")));
        }
        Optional<VectorName> v = p instanceof LatexParser.StyledContext || sampleOfPlainVector(p, ops) ? vectorName(p) : Optional.empty();
        if (v.isEmpty() || ops.isEmpty() || identity(p)) {
            return Optional.empty();
        }
        String label = null;
        boolean transposed = false;
        boolean above = ops.get(0) instanceof LatexParser.SuperscriptOpContext;
        if (ops.get(0) instanceof LatexParser.SubscriptOpContext sub && TextLabels.of(sub.scriptArg()).isPresent()) {
            // \mathbf{c}_{\mathrm{prev}}, \mathbf{h}_{\text{new}}: a vector of its own, whatever the word's letters
            String key = v.get().key() + "^{(" + TextLabels.of(sub.scriptArg()).get() + ")}";
            return Optional.of(reader.named(key, LabelledCapitals.written(key), v.get().matrix()));
        }
        if (ops.get(0) instanceof LatexParser.SubscriptOpContext sub) {
            String t = sub.scriptArg().getText().replaceAll("[{}\\s]", "");
            // beside x_1 or x_j written plain, \mathbf{x}_2 is that component (as the reader takes it)
            if (t.matches("[0-9]+|[a-zA-Z]([+-][0-9]+)?") && !componentWritten(v.get().key())) {
                label = t;
            }
        } else if (ops.get(0) instanceof LatexParser.SuperscriptOpContext sup) {
            String t = sup.scriptArg().getText().replaceAll("[{}\\s]", "");
            if (t.matches("\\*|\\\\ast|\\\\star")) {
                // \mathbf{x}^*: the optimum's star is part of the name, as the reader of components takes x^*_k (xstar_k)
                return Optional.of(reader.named(v.get().key() + "^*", v.get().key() + "^{*}", v.get().matrix()));
            }
            // \mathbf{h}^{(1)T}: the label and the transpose in one superscript
            transposed = t.matches("[(\\[].+[)\\]](T|\\\\top|\\\\intercal)");
            t = transposed ? t.substring(0, Math.max(t.lastIndexOf(')'), t.lastIndexOf(']')) + 1) : t;
            if (t.matches("\\((.+)\\)|\\[(.+)\\]")) {
                label = t.substring(1, t.length() - 1);
            } else if (!transposed && VectorNameScan.letterLabel(t)) {
                label = t;
            }
        }
        if (label == null) {
            return Optional.empty();
        }
        Node n = above ? reader.named(v.get().key() + "^{(" + label + ")}", v.get().key() + "^{(" + label + ")}", v.get().matrix())
                : labelled(v.get(), label);
        return Optional.of(transposed ? new Node(n.shape().transposed(), (r, c) -> n.emit().at(c, r)) : n);
    }

    /**
     * Whether a plain letter the document makes a vector wherever written whole ({@code x} of {@code (x^{(i)} - \mu)^\top},
     * {@link TransposedBrackets}) stands with a sample label above it, {@code x^{(i)}}: the i-th sample, as bold {@code \mathbf{x}^{(i)}} is.
     */
    private boolean sampleOfPlainVector(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops) {
        return (p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) && reader.entries.plainVectors.contains(p.getText())
                && !ops.isEmpty() && ops.get(0) instanceof LatexParser.SuperscriptOpContext sup
                && sup.scriptArg().getText().replaceAll("[{}\\s]", "").matches("\\([a-z]\\)(T|\\\\top|\\\\intercal)?");
    }

    /**
     * A plain name with a layer label the document makes a vector or matrix ({@link PlainVectors}): {@code y^{(1)}} the
     * vector y^{(1)}, {@code y^{(1)T}} its transpose, {@code W^{(2)}} the matrix; not where a subscript follows (a component).
     */
    private Optional<Node> plainLabelledName(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops) {
        if (!(p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) || ops.isEmpty()
                || !(ops.get(0) instanceof LatexParser.SuperscriptOpContext sup)
                || ops.size() > 1 && ops.get(1) instanceof LatexParser.SubscriptOpContext) {
            return Optional.empty();
        }
        String t = sup.scriptArg().getText().replaceAll("[{}\\s]", "");
        boolean transposed = t.matches("\\([a-zA-Z0-9]+\\)(T|\\\\top|\\\\intercal)");
        String label = transposed ? t.substring(0, t.lastIndexOf(')') + 1) : t;
        if (!label.matches("\\([a-zA-Z0-9]+\\)")) {
            return Optional.empty();
        }
        String key = reader.text(p).trim() + "^{" + label + "}";
        if (!reader.entries.notation.knownPlain(key)) {
            return Optional.empty();
        }
        Node n = reader.named(key, key, VectorNotation.capital(key));
        return Optional.of(transposed ? new Node(n.shape().transposed(), (r, c) -> n.emit().at(c, r)) : n);
    }

    /**
     * A bold name with its subscript inside the font's braces, {@code \mathbf{x_i}}, {@code \boldsymbol{W_{2}}}: the same
     * name as {@code \mathbf{x}_i}, {@code \boldsymbol{W}_2} (the font sets the subscript in bold too, nothing more).
     */
    private Optional<Node> subscriptInside(LatexParser.PrimaryContext p) {
        if (!(p instanceof LatexParser.StyledContext s) || !VectorEntries.BOLD.contains(s.getChild(0).getText())) {
            return Optional.empty();
        }
        Matcher m = java.util.regex.Pattern.compile("([a-zA-Z]|\\\\[a-zA-Z]+)_([0-9]+|[a-zA-Z]([+-][0-9]+)?)")
                .matcher(VectorNotation.stripBold(s.scriptArg().getText().replaceAll("[{}\\s]", "")));
        if (!m.matches() || m.group(1).equals("I") || componentWritten(m.group(1))) {
            return Optional.empty();
        }
        String base = m.group(1);
        return Optional.of(labelled(new VectorName(base, Character.isUpperCase(base.charAt(base.startsWith("\\") ? 1 : 0))), m.group(2)));
    }

    /**
     * The vector or matrix {@code v} labelled {@code label} by a subscript: W^{(2)}, or the {@code label}-th of several
     * vectors (x_{ij}). A label written above the name is the name's own ({@code \mathbf{x}^{(i)}} has the entries
     * x^{(i)}_k, the example index last, as the reader of components takes x^{(i)}_k), summed or not.
     */
    private Node labelled(VectorName v, String label) {
        String key = v.key() + "^{(" + label + ")}";
        Node n;
        String family = label;
        // \mathbf{k}_1 beside \mathbf{k}_j with j an index of the statement: the family's member 1 (k_j at j = 1), k_{1i}
        // \mathbf{w}_2 where the document writes w_{2k}: member 2 of the family w (NumberedVectors), as the inner product reads it
        // (a capital below a matrix, \mathbf{S}_B, \mathbf{S}_W, is a label: S^{(B)}, as plain S_B is, never an index)
        if (family.matches("[a-zA-Z]") && indexInStatement(family) && !(v.matrix() && Character.isUpperCase(family.charAt(0)))
                || family.matches("[0-9]+") && (familyInStatement(v.key())
                || reader.context != null && reader.context.numberedVectors().family(v.key()))) {
            // \mathbf{x}_i with i summed, or an index of a component elsewhere: the i-th of several vectors, its entries x_{ij}
            String base = v.key();
            Shape shape = reader.names.computeIfAbsent(key, x -> reader.declaredShape(x).orElseGet(() -> v.matrix()
                    ? new Shape(reader.shapes.fresh(), reader.shapes.fresh()) : reader.vectorShape()));
            n = new Node(shape, (r, c) -> base + "_{" + family + " " + (r == null ? "" : r) + (r != null && c != null ? " " : "")
                    + (c == null ? "" : c) + "}");
        } else {
            n = reader.named(key, key, v.matrix());
        }
        return n;
    }

    /** Whether this statement writes the bold name {@code key} with a letter below it that is an index of the statement ({@code \\mathbf{k}_j}). */
    private boolean familyInStatement(String key) {
        for (List<Token> side : reader.entries.statement) {
            for (int k = 0; side != null && k < side.size(); k++) {
                if (side.get(k).getType() != LatexLexer.FONT || !VectorEntries.BOLD.contains(side.get(k).getText())) {
                    continue;
                }
                int[] end = new int[1];
                Optional<String> name = VectorNameScan.nameAt(side, k + 1, end);
                int e = end[0];
                if (name.isEmpty() || !name.get().equals(key) || e + 1 >= side.size() || side.get(e).getType() != LatexLexer.UNDERSCORE) {
                    continue;
                }
                Token letter = side.get(e + 1).getType() == LatexLexer.LBRACE && e + 3 < side.size()
                        && side.get(e + 3).getType() == LatexLexer.RBRACE ? side.get(e + 2) : side.get(e + 1);
                if (letter.getType() == LatexLexer.LETTER && indexInStatement(letter.getText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the letter is summed in this statement, or a subscript of another name than a bold one's. */
    private boolean indexInStatement(String letter) {
        for (List<Token> side : reader.entries.statement) {
            if (side == null) {
                continue;
            }
            for (int k = 0; k + 1 < side.size(); k++) {
                // the bold name's own subscript, outside its braces or inside them (\mathbf{x}_i, \mathbf{x_i})
                boolean boldScript = k >= 3 && side.get(k - 1).getType() == LatexLexer.RBRACE && side.get(k - 3).getType() == LatexLexer.FONT
                        || k >= 2 && side.get(k - 2).getType() == LatexLexer.LBRACE && side.get(k - 3 < 0 ? 0 : k - 3).getType() == LatexLexer.FONT
                        && (side.get(k - 1).getType() == LatexLexer.LETTER || side.get(k - 1).getType() == LatexLexer.GREEK);
                if (side.get(k).getType() != LatexLexer.UNDERSCORE || boldScript) {
                    continue;
                }
                if (side.get(k + 1).getText().equals(letter)) {
                    return true;
                }
                for (int j = k + 2; side.get(k + 1).getType() == LatexLexer.LBRACE && j < side.size()
                        && side.get(j).getType() != LatexLexer.RBRACE; j++) {
                    if (side.get(j).getType() == LatexLexer.LETTER && side.get(j).getText().equals(letter)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether this statement writes the plain name with one letter or number as subscript ({@code x_j}, {@code x_1}): a component. */
    private boolean componentWritten(String name) {
        for (List<Token> side : reader.entries.statement) {
            if (side == null) {
                continue;
            }
            for (int k = 0; k + 2 < side.size(); k++) {
                boolean plain = k == 0 || side.get(k - 1).getType() != LatexLexer.LBRACE && side.get(k - 1).getType() != LatexLexer.FONT
                        && side.get(k - 1).getType() != LatexLexer.DECOR;
                if (plain && side.get(k).getText().equals(name) && side.get(k + 1).getType() == LatexLexer.UNDERSCORE
                        && (side.get(k + 2).getType() == LatexLexer.LETTER || side.get(k + 2).getType() == LatexLexer.DIGIT
                        || k + 4 < side.size() && side.get(k + 2).getType() == LatexLexer.LBRACE
                        && (side.get(k + 3).getType() == LatexLexer.LETTER || side.get(k + 3).getType() == LatexLexer.DIGIT)
                        && side.get(k + 4).getType() == LatexLexer.RBRACE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
