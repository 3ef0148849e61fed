package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Says whether tokens write vector or matrix notation, for {@link VectorEntries}: a bold name, {@code \vec},
 * {@code \mathbf{1}}, a transpose, a diagonal matrix ({@code \mathrm{diag}(…)}), a name the document wrote as a vector before, a plain name with a layer label the
 * document makes a vector or matrix ({@code y^{(1)}}, {@code W^{(2)}}), or a run of capitals read as matrices
 * ({@code ABC} in {@code \operatorname{tr}(ABC)}).
 */
final class VectorNotation {
    private final VectorEntries entries;

    VectorNotation(VectorEntries entries) {
        this.entries = entries;
    }

    /** Whether the tokens write a vector or matrix in bold, with {@code \vec}, as {@code \mathbf{1}}, or with a transpose. */
    static boolean explicit(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText()) || t.getType() == LatexLexer.TRANSPOSE
                    || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")
                    || t.getType() == LatexLexer.INDICATOR && !subscripted(tokens, k + 1)
                    || t.getText().equals("T") && k > 0 && tokens.get(k - 1).getType() == LatexLexer.CARET) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens from {@code from} to {@code to} write a vector or matrix. */
    boolean hasVectorNotation(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            boolean scripted = false;
            int[] end = new int[1];
            switch (t.getType()) {
                case LatexLexer.FONT -> {
                    if (VectorEntries.BOLD.contains(t.getText()) && (VectorNameScan.nameAt(tokens, k + 1, end).isPresent() || k + 3 <= to
                            && tokens.get(k + 1).getType() == LatexLexer.LBRACE && tokens.get(k + 3).getType() == LatexLexer.UNDERSCORE
                            && (tokens.get(k + 2).getType() == LatexLexer.LETTER || tokens.get(k + 2).getType() == LatexLexer.GREEK))) {
                        // \mathbf{x}, and \mathbf{x_i} with its subscript inside the braces
                        return true;
                    }
                }
                case LatexLexer.DECOR -> {
                    if (t.getText().equals("\\vec")) {
                        return true;
                    }
                    Optional<String> n = VectorNameScan.nameAt(tokens, k + 1, end);
                    String key = t.getText() + "{" + n.orElse("") + "}";
                    if (n.isPresent() && (entries.vectors.contains(key) || entries.matrices.contains(key)) && !subscripted(tokens, end[0])) {
                        return true;
                    }
                }
                case LatexLexer.INDICATOR -> {
                    if (!subscripted(tokens, k + 1) && !(k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.LBRACK)) {
                        return true;
                    }
                }
                case LatexLexer.TRANSPOSE -> {
                    return true;
                }
                case LatexLexer.NABLA -> {
                    // \nabla f of a function of named scalars: the column of its partial derivatives (ScalarGradients)
                    if (ScalarGradients.writtenAt(tokens, k, entries)) {
                        return true;
                    }
                    // \nabla E, \nabla^2 E of a function the document defines of one vector (E(\boldsymbol\beta) = …): by that vector
                    int operand = ScalarGradients.operandAt(tokens, k);
                    if (operand >= 0 && (operand + 1 >= tokens.size() || tokens.get(operand + 1).getType() != LatexLexer.LPAREN)
                            && VectorDerivatives.vectorParameter(entries, tokens.get(operand).getText()).isPresent()) {
                        return true;
                    }
                }
                case LatexLexer.BEGIN -> {
                    // \begin{bmatrix} … \end{bmatrix}: a matrix written out entry by entry
                    if (WrittenMatrices.begins(t)) {
                        return true;
                    }
                }
                case LatexLexer.TEXT, LatexLexer.FUNC -> {
                    // diag(…) is a matrix, whatever its argument writes (diag(p_i(1 - p_i)), diag(c_1, \dots, c_n))
                    if (VectorCalls.plainName(t.getText()).equals("diag")) {
                        return true;
                    }
                }
                case LatexLexer.WORD -> {
                    if (matrixWord(t.getText())) {
                        return true;
                    }
                }
                case LatexLexer.LETTER, LatexLexer.GREEK -> {
                    Optional<PlainLabelled> labelled = plainLabelled(tokens, k);
                    if (labelled.isPresent() && labelled.get().end() - 1 <= to && knownPlain(labelled.get().key())) {
                        return true;
                    }
                    if (IdentityMatrices.sized(tokens, k) && entries.capitals.contains("I")) {
                        // I_n read as the identity in this statement
                        return true;
                    }
                    scripted = subscripted(tokens, k + 1);
                    if (scripted && entries.picked.contains(t.getText()) && TransposedLetters.plainLetter(tokens, k)) {
                        // x_i beside x_i^\top: one of several vectors (VectorNameScan#seePicked)
                        return true;
                    }
                    Optional<LabelledCapitals.Labelled> matrix = scripted ? LabelledCapitals.at(tokens, k) : Optional.empty();
                    if (matrix.isPresent() && matrix.get().end() - 1 <= to && entries.capitals.contains(matrix.get().key())) {
                        return true;
                    }
                    if (matrix.isPresent()) {
                        // the label's letters (W_h beside the vector h) are no vectors
                        k = matrix.get().end() - 1;
                        continue;
                    }
                    boolean decorated = k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.DECOR
                            || k > 0 && tokens.get(k - 1).getType() == LatexLexer.DECOR;
                    if (!scripted && !decorated && (entries.isVector(t.getText()) || entries.matrices.contains(t.getText())
                            || entries.capitals.contains(t.getText()))) {
                        return true;
                    }
                    if (t.getText().equals("T") && k > 0 && (tokens.get(k - 1).getType() == LatexLexer.CARET
                            || k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.CARET)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** {@code \mathbf y} without its font. */
    static String stripBold(String t) {
        for (String font : List.of("\\mathbfit", "\\mathbf", "\\boldsymbol", "\\bm", "\\pmb", "\\vb")) {
            if (t.startsWith(font) && t.length() > font.length()) {
                return t.substring(font.length());
            }
        }
        return t;
    }

    static boolean subscripted(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).getType() == LatexLexer.UNDERSCORE;
    }

    /** A plain name with a layer label, as written at a token ({@code y^{(1)}}, {@code W^{(2)}}, {@code y^{(1)T}}), and the token past it. */
    record PlainLabelled(String key, boolean transposed, int end) {
    }

    /**
     * The plain name with a layer label at {@code k}: not bold or decorated, its label a number or a capital in parentheses
     * ({@link PlainVectors}), perhaps with a transpose
     * after it ({@code y^{(1)T}}); empty where a subscript follows ({@code y^{(2)}_k}, a component).
     */
    static Optional<PlainLabelled> plainLabelled(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.getType() != LatexLexer.LETTER && t.getType() != LatexLexer.GREEK || k > 0 && (tokens.get(k - 1).getType() == LatexLexer.FONT
                || tokens.get(k - 1).getType() == LatexLexer.DECOR || tokens.get(k - 1).getType() == LatexLexer.LBRACE && k > 1
                && (tokens.get(k - 2).getType() == LatexLexer.FONT || tokens.get(k - 2).getType() == LatexLexer.DECOR))) {
            return Optional.empty();
        }
        int m = k + 1;
        if (m + 3 >= tokens.size() || tokens.get(m).getType() != LatexLexer.CARET || tokens.get(m + 1).getType() != LatexLexer.LBRACE
                || tokens.get(m + 2).getType() != LatexLexer.LPAREN) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder();
        for (m += 3; m < tokens.size() && tokens.get(m).getType() == LatexLexer.DIGIT; m++) {
            label.append(tokens.get(m).getText());
        }
        if (label.isEmpty() && m < tokens.size() && tokens.get(m).getType() == LatexLexer.LETTER
                && Character.isUpperCase(tokens.get(m).getText().charAt(0))) {
            label.append(tokens.get(m++).getText());
        }
        if (label.isEmpty() || m >= tokens.size() || tokens.get(m).getType() != LatexLexer.RPAREN) {
            return Optional.empty();
        }
        m++;
        boolean transposed = m < tokens.size() && (tokens.get(m).getType() == LatexLexer.TRANSPOSE || tokens.get(m).getText().equals("T"));
        m += transposed ? 1 : 0;
        if (m >= tokens.size() || tokens.get(m).getType() != LatexLexer.RBRACE || subscripted(tokens, m + 1)) {
            return Optional.empty();
        }
        return Optional.of(new PlainLabelled(PlainVectors.key(t.getText(), label.toString()), transposed, m + 1));
    }

    /** Whether the plain labelled name is a vector or matrix of the document. */
    boolean knownPlain(String key) {
        return entries.plain.contains(key) || entries.plainDefined.contains(key) || entries.plainHere.contains(key);
    }

    /**
     * In a statement that writes vector notation, the plain labelled names a derivative is taken of or by
     * ({@code \frac{\partial E}{\partial z^{(2)}} \frac{\partial z^{(2)}}{\partial y^{(1)}} = (y^{(2)} - t)^T W^{(2)}}): the
     * layer's vector (a capital: its matrix), as the derivative of a vector side is a gradient or Jacobian; not a
     * statement without other vector notation, where ∂E/∂z^{(2)} is a derivative by a scalar.
     */
    void seeDerivatives(List<List<Token>> sides) {
        seePlainMatrices(sides);
        boolean vectorStatement = sides.stream().anyMatch(t -> t != null && !t.isEmpty() && hasVectorNotation(t, 0, t.size() - 1));
        if (!vectorStatement) {
            return;
        }
        for (List<Token> side : sides) {
            for (int k = 0; side != null && k + 1 < side.size(); k++) {
                Optional<PlainLabelled> p = side.get(k).getType() == LatexLexer.PARTIAL ? plainLabelled(side, k + 1) : Optional.empty();
                if (p.isPresent() && !p.get().transposed()) {
                    entries.plainHere.add(p.get().key());
                }
            }
        }
    }

    /**
     * The plain labelled capitals of the statement multiplied by a vector on their right ({@code W^{(2)} y^{(1)}},
     * {@code W^{(2)} (y^{(2)} - t)}, {@code W^{(1)} \mathbf{x}}): matrices, not scalars multiplying each entry.
     */
    private void seePlainMatrices(List<List<Token>> sides) {
        for (List<Token> side : sides) {
            for (int k = 0; side != null && k < side.size(); k++) {
                Optional<PlainLabelled> p = plainLabelled(side, k);
                if (p.isEmpty() || !capital(p.get().key()) || knownPlain(p.get().key()) || p.get().end() >= side.size()) {
                    continue;
                }
                int next = p.get().end();
                Optional<PlainLabelled> after = plainLabelled(side, next);
                boolean vector = after.isPresent() && knownPlain(after.get().key()) && !capital(after.get().key())
                        || entries.scan.startsVector(side, next);
                if (!vector && side.get(next).getType() == LatexLexer.LPAREN) {
                    for (int j = next + 1, level = 0; j < side.size() && level >= 0 && !vector; j++) {
                        int type = side.get(j).getType();
                        level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                        Optional<PlainLabelled> inside = level == 0 ? plainLabelled(side, j) : Optional.empty();
                        vector = inside.isPresent() && knownPlain(inside.get().key()) && !capital(inside.get().key());
                    }
                }
                if (vector) {
                    entries.plainHere.add(p.get().key());
                }
            }
        }
    }

    /**
     * Whether the tokens take a derivative by a bold name numbered below ({@code \nabla_{\mathbf{x}_1}},
     * {@code \partial \boldsymbol\mu_2}): a gradient by the vector x^(1), never the derivative by the component x_1 the reader
     * of components would make of it, so the statement is read entry by entry, as the names it differentiates are.
     */
    static boolean derivativeByNumberedBold(List<Token> tokens) {
        for (int k = 0; k + 3 < tokens.size(); k++) {
            int at;
            if (tokens.get(k).getType() == LatexLexer.NABLA && tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE
                    && tokens.get(k + 2).getType() == LatexLexer.LBRACE) {
                at = k + 3;
            } else if (tokens.get(k).getType() == LatexLexer.PARTIAL) {
                at = k + 1;
            } else {
                continue;
            }
            if (tokens.get(at).getType() != LatexLexer.FONT || !VectorEntries.BOLD.contains(tokens.get(at).getText())) {
                continue;
            }
            int[] end = new int[1];
            if (VectorNameScan.nameAt(tokens, at + 1, end).isEmpty() || end[0] + 1 >= tokens.size()
                    || tokens.get(end[0]).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int script = end[0] + 1;
            Token label = tokens.get(script).getType() == LatexLexer.LBRACE && script + 2 < tokens.size()
                    && tokens.get(script + 2).getType() == LatexLexer.RBRACE ? tokens.get(script + 1) : tokens.get(script);
            if (label.getType() == LatexLexer.DIGIT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens write a plain capital with a label read as a matrix in this statement ({@link LabelledCapitals}). */
    boolean writesLabelledCapital(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Optional<LabelledCapitals.Labelled> m = LabelledCapitals.at(tokens, k);
            if (m.isPresent() && entries.capitals.contains(m.get().key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens write a plain labelled name the document makes a vector or matrix. */
    boolean writesPlain(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Optional<PlainLabelled> p = plainLabelled(tokens, k);
            if (p.isPresent() && knownPlain(p.get().key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the tokens write, plainly and whole, a vector the document declares or defines plain ({@code \theta} of
     * {@code \theta \in \mathbb{R}^n}, z of {@code z = Wx + b}): the scalar reader's reading of it is no reading of the vector.
     */
    boolean writesPlainVector(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            boolean styled = k > 0 && (tokens.get(k - 1).getType() == LatexLexer.FONT || tokens.get(k - 1).getType() == LatexLexer.DECOR
                    || k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE
                    && (tokens.get(k - 2).getType() == LatexLexer.FONT || tokens.get(k - 2).getType() == LatexLexer.DECOR));
            if ((type == LatexLexer.LETTER || type == LatexLexer.GREEK) && !styled && !subscripted(tokens, k + 1)
                    && entries.plainVectors.contains(tokens.get(k).getText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is a run of capitals that are matrices: read as such in this statement or an earlier one ({@code ABC} in
     * {@code \operatorname{tr}(ABC)}, {@code GK}), or declared so ({@code XW^\top} of X and W declared, which the lexer makes a word).
     */
    boolean matrixWord(String word) {
        return word.matches("[A-Z]{2,}") && word.chars().allMatch(ch -> entries.matrixNamed(String.valueOf((char) ch)));
    }

    static boolean capital(String key) {
        return Character.isUpperCase(key.charAt(key.startsWith("\\") ? 1 : 0));
    }
}
