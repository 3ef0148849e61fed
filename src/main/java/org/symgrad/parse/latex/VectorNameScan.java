package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.VectorNotation.PlainLabelled;

/**
 * Scans a statement's tokens for the names it writes as vectors and matrices, for {@link VectorEntries}: a name
 * written bold or with {@code \vec} ({@code \mathbf{x}}, {@code \hat{\mathbf{y}}}), a plain capital written
 * transposed, in a trace or next to a vector (a matrix), and a plain letter right after a matrix or added to a vector
 * (a column); what it finds is remembered for the rest of the document.
 */
final class VectorNameScan {
    private final VectorEntries entries;

    VectorNameScan(VectorEntries entries) {
        this.entries = entries;
    }

    /** Remembers the names these tokens write in bold or with {@code \vec}. */
    void see(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText()) || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")) {
                int[] end = new int[1];
                Optional<String> name = nameAt(tokens, k + 1, end);
                if (name.isEmpty() || end[0] < tokens.size() && tokens.get(end[0]).getType() == LatexLexer.UNDERSCORE
                        || labelled(tokens, end[0])) {
                    continue;
                }
                String base = name.get();
                if (entries.scalars.contains(base)) {
                    continue;
                }
                String key = k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.DECOR
                        && !tokens.get(k - 2).getText().equals("\\vec") ? tokens.get(k - 2).getText() + "{" + base + "}" : base;
                (Character.isUpperCase(base.charAt(base.startsWith("\\") ? 1 : 0)) ? entries.matrices : entries.vectors).add(key);
            }
        }
    }

    /**
     * Plain capitals that stand as matrices in this statement: transposed ({@code A^T}), next to a vector or
     * matrix ({@code \mathbf{x}^T A \mathbf{x}}), or in the argument of a trace or a determinant ({@code \operatorname{tr}(A^\top B)},
     * {@code \mathrm{tr}(AB)}, {@code \det(\sigma^2 I)}: each is of a square matrix, so each capital multiplied there is a matrix,
     * not a scalar).
     */
    void seeCapitals(List<Token> tokens) {
        int[] traced = traceArguments(tokens);
        boolean[] grouped = groupsBesideVectors(tokens);
        boolean[] barred = MatrixPowers.betweenBars(tokens);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.WORD && t.getText().matches("[A-Z]{2,}") && (traced[k] > 0 || transposedAt(tokens, k + 1))) {
                // \operatorname{tr}(ABC): the lexer's word of capitals is their product in a trace; QK^\top, the last transposed, a
                // product of matrices
                t.getText().chars().forEach(ch -> entries.capitals.add(String.valueOf((char) ch)));
                continue;
            }
            Optional<LabelledCapitals.Labelled> labelled = LabelledCapitals.at(tokens, k);
            if (labelled.isPresent() && (LabelledCapitals.numberedOf(labelled.get().key(), entries.numberedMatrices)
                    || entries.declared.get(labelled.get().key()) instanceof Dimensions.Declared d && d.matrix()
                    || entries.factorMatrices.contains(labelled.get().key()))) {
                // W_1 where the document writes W_2^\top: a layer's weight matrix wherever it stands; so is \Sigma_1 where the
                // document declares \Sigma_1 \in \mathbb{R}^{d \times d} (a declared shape wins over a numbered constant)
                entries.capitals.add(labelled.get().key());
                continue;
            }
            if (labelled.isPresent() && (labelled.get().word() || LabelledCapitals.isLabel(LabelledCapitals.label(labelled.get().key()), entries.statement))) {
                // W_{hh} \mathbf{h}, W_{xh}^\top: the matrix the label names
                int end = labelled.get().end();
                boolean transposed = end + 1 < tokens.size() && tokens.get(end).getType() == LatexLexer.CARET
                        && (tokens.get(end + 1).getType() == LatexLexer.TRANSPOSE || tokens.get(end + 1).getText().equals("T"));
                if (transposed || end < tokens.size() && startsVector(tokens, end) || k > 0 && endsVector(tokens, k - 1)) {
                    entries.capitals.add(labelled.get().key());
                }
                // K = K_f + \sigma^2 I, K a matrix of the document: K_f names a matrix of its own (K's entry at f would make the
                // definition recursive), and K, a sum of matrices, is one
                String capital = tokens.get(k).getText();
                if (definesDocumentMatrix(capital)) {
                    entries.capitals.add(labelled.get().key());
                    entries.capitals.add(capital);
                }
                continue;
            }
            // \Sigma, \Lambda: a Greek capital that names a matrix by convention (a covariance, a precision) stands as a capital does,
            // and so does one used as a matrix (\Gamma^\top\Gamma\mathbf{w})
            boolean greekMatrix = t.getType() == LatexLexer.GREEK && InvertedMatrices.GREEK_MATRICES.contains(t.getText());
            // (Δ of \Delta = \partial L/\partial Y, not a matrix by convention, is one where the document makes it one)
            boolean greekCapital = t.getType() == LatexLexer.GREEK && (InvertedMatrices.GREEK_MATRIX_NAMES.contains(t.getText())
                    || VectorNotation.capital(t.getText()) && (entries.factorMatrices.contains(t.getText())
                    || entries.plainMatrices.contains(t.getText())));
            if (t.getType() != LatexLexer.LETTER && !greekCapital || !greekCapital && !Character.isUpperCase(t.getText().charAt(0))
                    || VectorNotation.subscripted(tokens, k + 1)
                    || k > 0 && (tokens.get(k - 1).getType() == LatexLexer.LBRACE && !FractionArguments.opens(tokens, k - 1)
                    || tokens.get(k - 1).getType() == LatexLexer.FONT)
                    // \sum_{i=1}^N \mathbf{x}_i: a capital written as a superscript is a limit or a power, no factor beside the vector
                    || k > 0 && tokens.get(k - 1).getType() == LatexLexer.CARET) {
                continue;
            }
            boolean transposed = k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.CARET
                    && k + 2 < tokens.size() && (tokens.get(k + 2).getType() == LatexLexer.TRANSPOSE || tokens.get(k + 2).getText().equals("T")
                    || tokens.get(k + 2).getType() == LatexLexer.LBRACE && k + 3 < tokens.size()
                    && (tokens.get(k + 3).getType() == LatexLexer.TRANSPOSE || tokens.get(k + 3).getText().equals("T")));
            // X^{-\top}: the inverse of a transpose is a matrix's as well; so is what \det takes (\det X, \det(X))
            transposed |= MatrixPowers.inverseTranspose(tokens, k + 1) || MatrixPowers.determinantOf(tokens, k);
            // A^{-1}\mathbf{b}: a capital with a power right before a vector stands beside it as well
            int powered = MatrixPowers.afterPower(tokens, k + 1);
            // x^\top A y: a capital after a transposed vector is a matrix the row multiplies, as one after a vector is
            boolean besideVector = k + 1 < tokens.size() && startsVector(tokens, k + 1) || k > 0 && endsVector(tokens, k - 1)
                    || powered > 0 && powered < tokens.size() && startsVector(tokens, powered) || afterTransposedVector(tokens, k);
            // |2\pi\Sigma| of a capital declared a matrix (\Sigma \in \mathbb{R}^{d \times d}) or a covariance by convention: a determinant
            // (|H(\Omega)|, a filter's magnitude response: the bars hold a call, whose argument is no matrix)
            boolean determinant = barred[k] && !callArgument(tokens, k) && (greekMatrix || entries.declared.get(t.getText()) instanceof Dimensions.Declared d && d.matrix());
            // Y after Y \in \mathbb{R}^{n \times K}, P after $P_{ik} = …$: a capital the document makes a matrix, written plainly
            boolean stated = (entries.plainMatrices.contains(t.getText()) || entries.factorMatrices.contains(t.getText()))
                    && (k == 0 || tokens.get(k - 1).getType() != LatexLexer.UNDERSCORE && tokens.get(k - 1).getType() != LatexLexer.CARET);
            // \Sigma^{-1} S \Sigma^{-1}, \Sigma^{-1} S: a capital a matrix's inverse multiplies from the left is a matrix (not one before
            // it, N\Sigma^{-1}, as often a count), nor a capital the document counts to or says is one number
            boolean besideInverse = invertedMatrixBefore(tokens, k) && !entries.oneNumbers.contains(t.getText())
                    && (entries.context == null || !entries.context.sizeLetters().contains(t.getText()));
            if (transposed || besideVector || besideInverse || traced[k] > 0 || grouped[k] || determinant || stated || multipliesGroup(tokens, k)
                    || betweenBrackets(tokens, k) || timesLetterInNorm(tokens, k)) {
                entries.capitals.add(t.getText());
            }
        }
        // P - Y beside Y_{ik}: a capital the document writes by two indices, added to or taken from a matrix, is a matrix of its shape
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.LETTER && entries.entryCapitals.contains(t.getText()) && !entries.capitals.contains(t.getText())
                    && !VectorNotation.subscripted(tokens, k + 1) && (k == 0 || plainBefore(tokens.get(k - 1)))
                    && (termOfMatrix(tokens, k - 2, k - 1) || termOfMatrix(tokens, k + 2, k + 1))) {
                entries.capitals.add(t.getText());
            }
        }
    }

    /** Whether a matrix's inverse starts at {@code j}: a capital that is a matrix (or a covariance by convention) raised to -1 or -⊤. */
    private boolean invertedMatrixAt(List<Token> tokens, int j) {
        if (j + 2 >= tokens.size() || !invertedBase(tokens.get(j)) || tokens.get(j + 1).getType() != LatexLexer.CARET) {
            return false;
        }
        int end = LatexTokens.argumentEnd(tokens, j + 2);
        return end > 0 && MatrixPowers.inverse(tokens.subList(j + 2, end));
    }

    /** Whether a matrix's inverse ({@link #invertedMatrixAt}) ends right before the capital at {@code k}. */
    private boolean invertedMatrixBefore(List<Token> tokens, int k) {
        for (int j = Math.max(0, k - 8); j < k - 2; j++) {
            if (invertedMatrixAt(tokens, j) && LatexTokens.argumentEnd(tokens, j + 2) == k) {
                return true;
            }
        }
        return false;
    }

    private boolean invertedBase(Token t) {
        return t.getType() == LatexLexer.GREEK && InvertedMatrices.GREEK_MATRICES.contains(t.getText())
                || t.getType() == LatexLexer.LETTER && VectorNotation.capital(t.getText()) && (entries.matrixNamed(t.getText())
                || entries.capitals.contains(t.getText()));
    }

    /** Whether the token before a capital leaves it plain: no script, font, accent or brace of one. */
    private static boolean plainBefore(Token before) {
        int type = before.getType();
        return type != LatexLexer.UNDERSCORE && type != LatexLexer.CARET && type != LatexLexer.FONT && type != LatexLexer.DECOR
                && type != LatexLexer.LBRACE;
    }

    /** Whether a plus or minus at {@code sign} joins a capital read as a matrix here, plain, at {@code at}. */
    private boolean termOfMatrix(List<Token> tokens, int at, int sign) {
        if (at < 0 || at >= tokens.size() || sign < 0 || sign >= tokens.size()) {
            return false;
        }
        int type = tokens.get(sign).getType();
        Token t = tokens.get(at);
        return (type == LatexLexer.PLUS || type == LatexLexer.MINUS) && t.getType() == LatexLexer.LETTER
                && entries.capitals.contains(t.getText()) && !VectorNotation.subscripted(tokens, at + 1)
                && (at == 0 || plainBefore(tokens.get(at - 1)));
    }

    /** Whether a transpose is written at {@code k}: {@code ^\\top}, {@code ^T}, {@code ^{\\top}}. */
    private static boolean transposedAt(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.CARET) {
            return false;
        }
        Token t = tokens.get(k + 1).getType() == LatexLexer.LBRACE && k + 2 < tokens.size() ? tokens.get(k + 2) : tokens.get(k + 1);
        return t.getType() == LatexLexer.TRANSPOSE || t.getText().equals("T");
    }

    /**
     * The plain capital I of the statement read as the identity ({@link IdentityMatrices}): in matrix context, a side writing a
     * transpose or a matrix ({@code \lambda I} beside {@code X X^\top}, {@code 2S - \lambda I} after
     * {@code \mathbf{w}^\top S \mathbf{w}}) or a derivative whose entries form a matrix ({@code \frac{\partial u}{\partial b} = I}),
     * unless the document gives I a meaning of its own.
     */
    void seeIdentity(List<List<Token>> sides) {
        if (entries.identityMeantOtherwise || !IdentityMatrices.matrixContext(sides, entries::isVector, entries::matrixNamed)) {
            return;
        }
        for (List<Token> side : sides) {
            for (int k = 0; side != null && k < side.size(); k++) {
                if (IdentityMatrices.plainAt(side, k) > 0) {
                    entries.capitals.add("I");
                }
            }
        }
    }

    /**
     * Plain capitals that stand alone as a term of a side beside a Jacobian, the derivative of a vector by a vector
     * ({@code \frac{\partial \mathbf{u}}{\partial \mathbf{x}} = A}, {@code = A + B}, {@link MatrixDerivatives#jacobian}), or beside a
     * Hessian by a vector ({@code \nabla^2 f = 2A} after {@code f(x) = x^T A x}, {@link EntryParameters#hessianAt}): matrices,
     * as that derivative is one; the identity is {@link #seeIdentity}'s. Beside a gradient by a matrix ({@code \nabla_X f = C -
     * X^{-1}}, {@code \frac{\partial L}{\partial \hat{Y}} = \hat{Y} - Y}) a capital keeps the reading it had.
     */
    void seeMatrixTerms(List<List<Token>> sides) {
        if (sides.stream().noneMatch(s -> s != null && (MatrixDerivatives.jacobian(s, entries::isVector, entries::matrixNamed)
                || !s.isEmpty() && EntryParameters.hessianAt(s, 0, entries)))) {
            return;
        }
        for (List<Token> side : sides) {
            for (int k = 0; side != null && k < side.size(); k++) {
                Token t = side.get(k);
                int before = k > 0 ? side.get(k - 1).getType() : -1;
                if (t.getType() == LatexLexer.LETTER && Character.isUpperCase(t.getText().charAt(0)) && !t.getText().equals("I")
                        && before != LatexLexer.UNDERSCORE && before != LatexLexer.CARET
                        && (wholeTerm(side, k, k + 1) || before == LatexLexer.DIGIT && wholeTerm(side, k - 1, k + 1))) {
                    entries.capitals.add(t.getText());
                }
            }
        }
    }

    /**
     * Whether the plain capital at {@code k} times a plain lower-case letter is a whole term of a norm's sum, X of
     * {@code \|Xw - y\|^2} or {@code \|A x\|}: a norm is of a vector, so the capital is a matrix and the letter a column, unless the
     * document declares the capital otherwise.
     */
    private boolean timesLetterInNorm(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !TransposedLetters.plainLetter(tokens, k + 1) || VectorNotation.subscripted(tokens, k + 2)
                || k + 2 < tokens.size() && (tokens.get(k + 2).getType() == LatexLexer.CARET || tokens.get(k + 2).getType() == LatexLexer.LPAREN)
                || entries.declared.get(tokens.get(k).getText()) instanceof Dimensions.Declared d && !d.matrix()) {
            return false;
        }
        int start = k;
        while (start > 0 && tokens.get(start - 1).getType() == LatexLexer.DIGIT) {
            start--; // \|2Xw\|
        }
        if (!wholeTerm(tokens, start, k + 2)) {
            return false;
        }
        return normAt(tokens, start, -1) && normAt(tokens, k + 2, 1);
    }

    /** Whether a norm's bar stands from {@code k} on in direction {@code step} at the top level, past the terms of a sum. */
    private static boolean normAt(List<Token> tokens, int k, int step) {
        for (int j = step < 0 ? k - 1 : k, level = 0; j >= 0 && j < tokens.size(); j += step) {
            int type = tokens.get(j).getType();
            if (level == 0 && type == LatexLexer.NORM) {
                return true;
            }
            boolean opens = step < 0 ? type == LatexLexer.RPAREN : type == LatexLexer.LPAREN;
            boolean closes = step < 0 ? type == LatexLexer.LPAREN : type == LatexLexer.RPAREN;
            level += opens ? 1 : closes ? -1 : 0;
            if (level < 0) {
                return false;
            }
        }
        return false;
    }

    /** Whether the statement defines the plain capital, one the document uses as a matrix ({@link DocumentMatrices}), by its first side. */
    private boolean definesDocumentMatrix(String capital) {
        List<Token> head = entries.statement == null || entries.statement.isEmpty() ? null : entries.statement.get(0);
        return entries.documentMatrices.contains(capital) && entries.statement.size() > 1 && head != null && VectorEntries.bareName(head)
                && head.stream().anyMatch(t -> t.getType() == LatexLexer.LETTER && t.getText().equals(capital));
    }

    /** Whether the token at {@code k} is the whole argument of a call, {@code H(\Omega)}: a name, then the argument in parentheses. */
    private static boolean callArgument(List<Token> tokens, int k) {
        return k >= 2 && k + 1 < tokens.size() && tokens.get(k - 1).getType() == LatexLexer.LPAREN
                && tokens.get(k + 1).getType() == LatexLexer.RPAREN
                && (tokens.get(k - 2).getType() == LatexLexer.LETTER || tokens.get(k - 2).getType() == LatexLexer.GREEK);
    }

    /**
     * Plain lower-case letters that stand as vectors in this statement: written right after a matrix, unscripted
     * ({@code \mathbf{W}x}, {@code \mathbf{A}x} with A bold, or A a capital read as a matrix, also in a bracket: {@code (A + A^T)x}), so that {@code \mathbf{W}x},
     * {@code \mathbf{W}\mathbf{x}} and {@code \mathbf{Wx}} read alike. A letter the document adds to entries as one
     * scalar ({@link BroadcastScalars}) or writes with a subscript in the statement stays a scalar.
     */
    void seeColumns(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k == 0) {
                // y - z: a letter opening a side is a column only for what it is added to
                if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)) && !entries.scalars.contains(t.getText())
                        && !componentIn(tokens, t.getText()) && addedToPlainVector(tokens, k)) {
                    entries.columns.add(t.getText());
                }
                continue;
            }
            // X\beta: a Greek letter after a matrix is a column as a Latin one is (greek, only there)
            boolean greek = t.getType() == LatexLexer.GREEK && LatexTokens.lowerCaseLetter(t);
            if (!LatexTokens.lowerCaseLetter(t) || entries.scalars.contains(t.getText())
                    || k + 1 < tokens.size() && (tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE
                    || tokens.get(k + 1).getType() == LatexLexer.CARET || tokens.get(k + 1).getType() == LatexLexer.LPAREN)
                    || componentIn(tokens, t.getText())) {
                continue;
            }
            Token before = tokens.get(k - 1);
            boolean boldCapital = before.getType() == LatexLexer.RBRACE && k >= 4 && tokens.get(k - 3).getType() == LatexLexer.LBRACE
                    && tokens.get(k - 4).getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(tokens.get(k - 4).getText())
                    && (tokens.get(k - 2).getType() == LatexLexer.LETTER || tokens.get(k - 2).getType() == LatexLexer.GREEK)
                    && Character.isUpperCase(tokens.get(k - 2).getText().charAt(tokens.get(k - 2).getText().startsWith("\\") ? 1 : 0));
            boolean plainMatrix = before.getType() == LatexLexer.LETTER && (entries.matrices.contains(before.getText()) || entries.capitals.contains(before.getText()))
                    && !(k >= 2 && (tokens.get(k - 2).getType() == LatexLexer.UNDERSCORE || tokens.get(k - 2).getType() == LatexLexer.CARET
                    || tokens.get(k - 2).getType() == LatexLexer.LBRACE || tokens.get(k - 2).getType() == LatexLexer.FONT));
            boolean matrixGroup = MatrixProducts.afterMatrixGroup(tokens, k, c -> entries.matrices.contains(c) || entries.capitals.contains(c));
            if (greek ? plainMatrix || matrixGroup : boldCapital || plainMatrix || matrixGroup || afterLabelledMatrix(tokens, k)
                    || addedToPlainVector(tokens, k) || afterTransposedVector(tokens, k)) {
                entries.columns.add(t.getText());
            }
        }
    }

    /**
     * Whether the letter at {@code k} follows a vector written transposed ({@code w^\top x} with w a vector here,
     * {@code \mathbf{w}^T x}, {@code w^{(2)T} a}): the other factor of an inner product, a vector of the same length; a number is not written
     * after a row.
     */
    private boolean afterTransposedVector(List<Token> tokens, int k) {
        // w^\top x_n, w^{\top} x_n (the braced mark five tokens back), w^\top\, x_n (spacing between)
        int at = k;
        while (at > 0 && tokens.get(at - 1).getType() == LatexLexer.SPACING) {
            at--;
        }
        for (int start = Math.max(0, at - 6); start < at; start++) {
            if (transposeEnd(tokens, start + 1) == at && endsVector(tokens, start)) {
                return true;
            }
        }
        // w^{(2)T} a, w_2^\top a: a plain labelled vector of the document, transposed
        for (int start = Math.max(0, k - 9); start < k; start++) {
            Optional<PlainLabelled> p = VectorNotation.plainLabelled(tokens, start);
            if (p.isPresent() && p.get().end() == k && p.get().transposed() && entries.notation.knownPlain(p.get().key())
                    && !VectorNotation.capital(p.get().key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Plain lower-case letters written transposed before a matrix in this statement ({@code x^T A x}, {@code u^{T}(A + B)v},
     * {@code w^\top \mathbf{X}}): vectors, as a number is never transposed; remembered as columns of the statement. A letter
     * the statement also writes with a subscript (a component, {@code \theta_j} beside {@code \theta^T x}), one the document
     * writes as one scalar, or one transposed before a letter ({@code \theta^T x}, an inner product the scalar reader takes) is
     * not, unless that letter is a column of the statement: b of {@code x^\top A x - b^\top x}, the other factor of an inner
     * product with a vector, is a vector of its length.
     */
    void seeTransposed(List<Token> tokens, List<List<Token>> sides) {
        int found;
        do {
            found = entries.columns.size();
            seeTransposedOnce(tokens, sides);
        } while (entries.columns.size() > found);
    }

    /** What may stand before a brace whose group is a name's or a script's, not a factor of its own: a font, a decoration, a script. */
    private static final Set<Integer> SCRIPTED_GROUP = Set.of(LatexLexer.FONT, LatexLexer.DECOR, LatexLexer.UNDERSCORE, LatexLexer.CARET,
            LatexLexer.TEXT);

    private void seeTransposedOnce(List<Token> tokens, List<List<Token>> sides) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean letter = LatexTokens.lowerCaseLetter(t);
            int before = k > 0 ? tokens.get(k - 1).getType() : -1;
            // x of \frac{x^\top A x}{x^\top x}: a letter opening a fraction's group is a factor as any; one in a font's or a script's
            // braces (\mathbf{x}, a_{x}) is not
            boolean braced = before == LatexLexer.LBRACE && (k < 2 || SCRIPTED_GROUP.contains(tokens.get(k - 2).getType()));
            if (!letter || before == LatexLexer.UNDERSCORE || before == LatexLexer.CARET || braced
                    || before == LatexLexer.FONT || before == LatexLexer.DECOR || entries.scalars.contains(t.getText())
                    || sides.stream().anyMatch(side -> side != null && componentIn(side, t.getText()))) {
                continue;
            }
            int end = transposeEnd(tokens, k + 1);
            if (end > 0 && (end < tokens.size() && startsMatrixFactor(tokens.get(end)) || endsFactor(tokens, end) && afterLetter(tokens, k)
                    || beforeColumn(tokens, end))) {
                entries.columns.add(t.getText());
            }
        }
    }

    /** Whether a plain letter the statement makes a column stands whole at {@code k}, a factor by itself ({@code x} of {@code b^\top x}). */
    private boolean beforeColumn(List<Token> tokens, int k) {
        return k < tokens.size() && TransposedLetters.plainLetter(tokens, k) && entries.columns.contains(tokens.get(k).getText())
                && endsFactor(tokens, k + 1);
    }

    /** Whether a letter stands right before {@code k}, spacing aside ({@code x\, x^\top}): the column of an outer product. */
    private static boolean afterLetter(List<Token> tokens, int k) {
        int j = k - 1;
        while (j >= 0 && tokens.get(j).getType() == LatexLexer.SPACING) {
            j--;
        }
        return j >= 0 && (tokens.get(j).getType() == LatexLexer.LETTER || tokens.get(j).getType() == LatexLexer.GREEK);
    }

    /**
     * Whether a product ends at {@code end}, the end of the side or a plus, minus or closing bracket after it: a letter
     * transposed there after a letter ({@code x x^\top}, {@code u v^T + I}) is the row of an outer product, which no number is.
     */
    private static boolean endsFactor(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return true;
        }
        int type = tokens.get(end).getType();
        return type == LatexLexer.PLUS || type == LatexLexer.MINUS || type == LatexLexer.RPAREN;
    }

    /**
     * Plain letters this statement writes with a one-letter subscript and transposed ({@code x_i^\top}, {@code \theta_k^T}):
     * each is several vectors, one per subscript, x_i the i-th with entries x_{ij}, wherever the statement writes it so
     * ({@link VectorNames#labelledName}); a letter the statement also writes whole or at two subscripts is not.
     */
    void seePicked(List<Token> tokens) {
        for (int k = 0; k + 3 < tokens.size(); k++) {
            if (!TransposedLetters.plainLetter(tokens, k) || tokens.get(k + 1).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int end = LatexTokens.argumentEnd(tokens, k + 2);
            boolean oneLetter = end == k + 3 && tokens.get(k + 2).getType() == LatexLexer.LETTER
                    || end == k + 5 && tokens.get(k + 3).getType() == LatexLexer.LETTER;
            if (oneLetter && transposeEnd(tokens, end) > 0) {
                entries.picked.add(tokens.get(k).getText());
            }
        }
    }

    /**
     * Plain letters this statement writes with a one-letter subscript right after a vector written transposed ({@code w^\top x_n},
     * w a vector here): the other factor of an inner product, so one of several vectors, one per subscript, x_n with entries x_{nj}, as
     * {@link #seePicked} reads x_n^\top w; a letter the statement also writes whole is not.
     */
    void seePickedAfterRows(List<List<Token>> sides) {
        for (List<Token> tokens : sides) {
            for (int k = 1; tokens != null && k + 2 < tokens.size(); k++) {
                if (!TransposedLetters.plainLetter(tokens, k) || tokens.get(k + 1).getType() != LatexLexer.UNDERSCORE) {
                    continue;
                }
                int end = LatexTokens.argumentEnd(tokens, k + 2);
                boolean oneLetter = end == k + 3 && tokens.get(k + 2).getType() == LatexLexer.LETTER
                        || end == k + 5 && tokens.get(k + 3).getType() == LatexLexer.LETTER;
                String letter = tokens.get(k).getText();
                if (oneLetter && afterTransposedVector(tokens, k) && !entries.isVector(letter)
                        && sides.stream().noneMatch(side -> side != null && writesWhole(side, letter))) {
                    entries.picked.add(letter);
                }
            }
        }
    }

    /** Whether the side writes the letter by itself, without a subscript ({@code x} beside {@code x_n}). */
    private static boolean writesWhole(List<Token> tokens, String letter) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).getText().equals(letter) && TransposedLetters.plainLetter(tokens, k) && !VectorNotation.subscripted(tokens, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The index past a transpose written at {@code k} ({@code ^T}, {@code ^\top}, {@code ^{T}}); -1 if none is. */
    static int transposeEnd(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.CARET) {
            return -1;
        }
        Token script = tokens.get(k + 1);
        if (script.getType() == LatexLexer.TRANSPOSE || script.getType() == LatexLexer.LETTER && script.getText().equals("T")) {
            return k + 2;
        }
        if (script.getType() == LatexLexer.LBRACE && k + 3 < tokens.size() && tokens.get(k + 3).getType() == LatexLexer.RBRACE
                && (tokens.get(k + 2).getType() == LatexLexer.TRANSPOSE || tokens.get(k + 2).getText().equals("T"))) {
            return k + 4;
        }
        return -1;
    }

    /**
     * Whether the capital at {@code k} stands between a transposed bracket and a bracket, W of {@code (y - X\beta)^\top W (y - X\beta)}:
     * the matrix of a quadratic form, a row times it times a column.
     */
    private static boolean betweenBrackets(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).getType() != LatexLexer.LPAREN) {
            return false;
        }
        for (int close = Math.max(0, k - 5); close < k; close++) {
            if (tokens.get(close).getType() == LatexLexer.RPAREN && transposeEnd(tokens, close + 1) == k) {
                return true;
            }
        }
        return false;
    }

    /** Whether a matrix factor may start with this token: a capital, a bold font, or a bracket. */
    private static boolean startsMatrixFactor(Token t) {
        int type = t.getType();
        return type == LatexLexer.LETTER && Character.isUpperCase(t.getText().charAt(0)) || type == LatexLexer.FONT
                && VectorEntries.BOLD.contains(t.getText()) || type == LatexLexer.LPAREN;
    }

    /** Whether the letter at {@code k} follows a matrix numbered below ({@code W_1 x}, {@code W_{12} x}): a column it multiplies. */
    private boolean afterLabelledMatrix(List<Token> tokens, int k) {
        for (int m = Math.max(0, k - 5); m <= k - 3; m++) {
            Optional<LabelledCapitals.Labelled> labelled = LabelledCapitals.at(tokens, m);
            if (labelled.isPresent() && labelled.get().end() == k && entries.isMatrix(labelled.get().key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the letter at {@code k} is a whole term of a sum in a bracket, a norm's bars or a side, that holds a plain
     * labelled vector ({@code (y^{(2)} - t)^T}), a plain vector the document declares or defines ({@code \|o - y\|} with
     * o = W_2 h + b_2) or a term in a matrix ({@code (\sigma(X\theta) - y)}, {@code z = Wx + b}), and the document writes its
     * components ({@code t_j}) or its examples' values ({@code y^{(i)}}) elsewhere: a vector of the same length.
     */
    private boolean addedToPlainVector(List<Token> tokens, int k) {
        String letter = tokens.get(k).getText();
        if (!wholeTerm(tokens, k, k + 1)) {
            return false;
        }
        if (!SubscriptedNames.writes(entries.samplesOf, letter) && !ExampleValues.writes(entries.samplesOf, letter)) {
            return addedToVectorTerm(tokens, k);
        }
        int open = k;
        for (int level = 0; open >= 0; open--) {
            int type = tokens.get(open).getType();
            level += type == LatexLexer.RPAREN ? 1 : type == LatexLexer.LPAREN ? -1 : 0;
            if (level < 0 || level == 0 && type == LatexLexer.NORM) {
                break;
            }
        }
        int close = k;
        for (int level = 0; close < tokens.size(); close++) {
            int type = tokens.get(close).getType();
            level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
            if (level < 0 || level == 0 && type == LatexLexer.NORM) {
                break;
            }
        }
        // the bracket round the term, or the whole side where no bracket holds it (z = Wx + b)
        boolean bracketed = open >= 0 && close < tokens.size();
        if ((bracketed || open < 0 && close >= tokens.size()) && inMatrix(tokens, open + 1, close - 1)) {
            return true;
        }
        for (int j = open + 1, level = 0; j < close; j++) {
            int type = tokens.get(j).getType();
            level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
            if (level != 0 || j == k) {
                continue;
            }
            Optional<PlainLabelled> p = VectorNotation.plainLabelled(tokens, j);
            if (p.isPresent() && entries.notation.knownPlain(p.get().key()) && !VectorNotation.capital(p.get().key())
                    || plainVectorTerm(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The plain letters a side read as columns that the document never writes by their entries: {@code x} and {@code b} of
     * {@code W x + b}, vectors of the document wherever written whole once the side's name is one.
     */
    Set<String> wholeColumns(List<Token> side) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : side) {
            if (t.getType() == LatexLexer.LETTER && entries.columns.contains(t.getText())
                    && !SubscriptedNames.writes(entries.samplesOf, t.getText()) && !ExampleValues.writes(entries.samplesOf, t.getText())) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /**
     * Whether the letter at {@code k}, a whole term the document never writes by its entries, is added to a term that is a
     * vector as written: a matrix times one vector ({@code W x}, {@code W_1 x}, {@code W\mathbf{x}}), or a vector the document
     * declares or defines, whole ({@code \|z - y\|} with z = Wx + b, {@code \mathbf{h} - t}). Such a letter is a vector of that
     * length, as a bias or a target is in homework, unless the document says it is one number ({@link OneNumberNames}).
     */
    private boolean addedToVectorTerm(List<Token> tokens, int k) {
        if (entries.oneNumbers.contains(tokens.get(k).getText())) {
            return false;
        }
        int start = k;
        for (int level = 0; start > 0; start--) {
            int type = tokens.get(start - 1).getType();
            if (level == 0 && (type == LatexLexer.LPAREN || type == LatexLexer.NORM)) {
                break;
            }
            level += type == LatexLexer.RPAREN ? 1 : type == LatexLexer.LPAREN ? -1 : 0;
        }
        for (int j = start, level = 0, term = start; j <= tokens.size(); j++) {
            int type = j < tokens.size() ? tokens.get(j).getType() : -1;
            boolean ends = type == -1 || level == 0 && (type == LatexLexer.PLUS || type == LatexLexer.MINUS || type == LatexLexer.RPAREN
                    || type == LatexLexer.NORM && j > start);
            if (ends) {
                if (term != k && vectorTerm(tokens, term, j)) {
                    return true;
                }
                if (type != LatexLexer.PLUS && type != LatexLexer.MINUS) {
                    return false;
                }
                term = j + 1;
                continue;
            }
            level += type == LatexLexer.LPAREN || type == LatexLexer.LBRACE ? 1 : type == LatexLexer.RPAREN || type == LatexLexer.RBRACE ? -1 : 0;
        }
        return false;
    }

    /**
     * Whether the tokens from {@code from} to {@code to} are a vector as written: a matrix times one vector, or a vector name alone,
     * perhaps after a number ({@code 2Ax}); or a bracket of matrices times one letter ({@code (A + A^\top)x}).
     */
    private boolean vectorTerm(List<Token> tokens, int from, int to) {
        while (from < to && tokens.get(from).getType() == LatexLexer.DIGIT) {
            from++; // 2Ax: a number times a vector is a vector
        }
        if (from >= to) {
            return false;
        }
        if (to - from > 3 && tokens.get(from).getType() == LatexLexer.LPAREN && MatrixProducts.close(tokens, from) == to - 1
                && MatrixProducts.afterMatrixGroup(tokens, to - 1, c -> entries.matrices.contains(c) || entries.capitals.contains(c))
                && TransposedLetters.plainLetter(tokens, to - 1)) {
            return true;
        }
        if (plainVectorEnd(tokens, from) == to) {
            return true; // z, \theta, or a decorated \hat{y}: the name alone is the term
        }
        Optional<PlainLabelled> p = VectorNotation.plainLabelled(tokens, from);
        if (p.isPresent() && p.get().end() == to && !p.get().transposed() && entries.notation.knownPlain(p.get().key())
                && !VectorNotation.capital(p.get().key())) {
            return true;
        }
        int[] end = {from};
        boolean bold = tokens.get(from).getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(tokens.get(from).getText())
                && nameAt(tokens, from + 1, end).filter(n -> Character.isLowerCase(n.charAt(n.startsWith("\\") ? 1 : 0))).isPresent();
        if (bold && end[0] == to) {
            return true;
        }
        // the matrix: a plain capital read as one, a labelled one, or a bold capital
        int after;
        Optional<LabelledCapitals.Labelled> labelled = LabelledCapitals.at(tokens, from);
        Token t = tokens.get(from);
        if (labelled.isPresent() && (entries.capitals.contains(labelled.get().key()) || entries.matrices.contains(labelled.get().key()))) {
            after = labelled.get().end();
        } else if (t.getType() == LatexLexer.LETTER && (entries.matrices.contains(t.getText()) || entries.capitals.contains(t.getText()))
                && !VectorNotation.subscripted(tokens, from + 1)) {
            after = from + 1;
        } else if (t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText())
                && nameAt(tokens, from + 1, end).filter(n -> Character.isUpperCase(n.charAt(n.startsWith("\\") ? 1 : 0))).isPresent()
                && !VectorNotation.subscripted(tokens, end[0])) {
            after = end[0];
        } else {
            return false;
        }
        if (after >= to) {
            return false;
        }
        Token v = tokens.get(after);
        boolean letter = (v.getType() == LatexLexer.LETTER || v.getType() == LatexLexer.GREEK) && after + 1 == to
                && Character.isLowerCase(v.getText().charAt(v.getText().startsWith("\\") ? 1 : 0));
        boolean boldVector = v.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(v.getText())
                && nameAt(tokens, after + 1, end).isPresent() && end[0] == to;
        return letter || boldVector;
    }

    /**
     * Whether a plain vector the document declares or defines is written whole at {@code j}, a term of its sum: a letter
     * ({@code \theta}, o of o = W_2 h + b_2) or a decorated one ({@code \hat{y}} of \hat{y} = W_2 h + b_2).
     */
    private boolean plainVectorTerm(List<Token> tokens, int j) {
        return plainVectorEnd(tokens, j) > j;
    }

    /**
     * Where a plain vector the document declares or defines, written whole at {@code j} as a term of its sum
     * ({@link #plainVectorTerm}), ends: after its letter, or after a decorated name's letter ({@code \hat{y}}); {@code j} where none is.
     */
    private int plainVectorEnd(List<Token> tokens, int j) {
        int type = tokens.get(j).getType();
        int[] end = {j + 1};
        String key = tokens.get(j).getText();
        if (type == LatexLexer.DECOR) {
            Optional<String> decorated = nameAt(tokens, j + 1, end);
            if (decorated.isEmpty()) {
                return j;
            }
            key += "{" + decorated.get() + "}";
        } else if (type != LatexLexer.LETTER && type != LatexLexer.GREEK) {
            return j;
        }
        return entries.plainVectors.contains(key) && wholeTerm(tokens, j, end[0]) ? end[0] : j;
    }

    /**
     * Whether the tokens from {@code start} to {@code end} stand as a whole term of a sum: an opening bracket, a norm's bar,
     * a plus or a minus (or nothing) before them, a closing bracket, a bar, a plus or a minus (or nothing) after them.
     */
    private static boolean wholeTerm(List<Token> tokens, int start, int end) {
        int before = start > 0 ? tokens.get(start - 1).getType() : LatexLexer.PLUS;
        int after = end < tokens.size() ? tokens.get(end).getType() : LatexLexer.RPAREN;
        return (before == LatexLexer.PLUS || before == LatexLexer.MINUS || before == LatexLexer.LPAREN || before == LatexLexer.NORM)
                && (after == LatexLexer.PLUS || after == LatexLexer.MINUS || after == LatexLexer.RPAREN || after == LatexLexer.NORM);
    }

    /**
     * Whether the tokens from {@code from} to {@code to} write a plain matrix the document declares or uses as one
     * right before a name it multiplies ({@code X\theta}, {@code X w}): a term with as many entries as the matrix has rows.
     */
    private boolean inMatrix(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            Token next = tokens.get(j + 1);
            if (t.getType() == LatexLexer.LETTER && (entries.matrices.contains(t.getText()) || entries.capitals.contains(t.getText()))
                    && (next.getType() == LatexLexer.LETTER || next.getType() == LatexLexer.GREEK)
                    && !(j > 0 && (tokens.get(j - 1).getType() == LatexLexer.UNDERSCORE || tokens.get(j - 1).getType() == LatexLexer.CARET))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the plain capital at {@code k} multiplies the parentheses right after it: the document uses it as a matrix
     * ({@link DocumentMatrices}), defines no function by it and calls it on no vector alone, and the parentheses hold an
     * expression in vectors, not one name nor a list ({@code P(\mathbf{w} + \mathbf{m})}, {@code C (X\mathbf{w} - \mathbf{y})}).
     */
    private boolean multipliesGroup(List<Token> tokens, int k) {
        String capital = tokens.get(k).getText();
        if (k + 1 >= tokens.size() || tokens.get(k + 1).getType() != LatexLexer.LPAREN || !entries.documentMatrices.contains(capital)
                || entries.calledOnVector.contains(capital) || entries.context != null && (entries.context.definesFunction(capital)
                || entries.context.function(capital).isPresent())) {
            return false;
        }
        int close = -1;
        for (int j = k + 1, level = 0; j < tokens.size(); j++) {
            int type = tokens.get(j).getType();
            level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
            if (level == 1 && type == LatexLexer.COMMA) {
                return false;
            }
            if (level == 0) {
                close = j;
                break;
            }
        }
        if (close < k + 3) {
            return false;
        }
        List<Token> inside = tokens.subList(k + 2, close);
        return !VectorEntries.bareName(inside) && (VectorNotation.explicit(inside) || writesPlainVector(inside));
    }

    /** Whether the tokens write, whole and at their top, a plain letter the document makes a vector ({@link TransposedBrackets}): y of {@code (y - X\beta)}. */
    private boolean writesPlainVector(List<Token> inside) {
        for (int j = 0; j < inside.size(); j++) {
            if (entries.plainVectors.contains(inside.get(j).getText()) && TransposedLetters.plainLetter(inside, j)
                    && !VectorNotation.subscripted(inside, j + 1) && !(j + 1 < inside.size() && inside.get(j + 1).getType() == LatexLexer.CARET)) {
                return true;
            }
        }
        return false;
    }

    /** Whether these tokens write the letter with a subscript ({@code x_j}): a component, so the plain letter is no vector here. */
    private static boolean componentIn(List<Token> tokens, String letter) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).getType() == LatexLexer.LETTER && tokens.get(k).getText().equals(letter)
                    && tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE) {
                return true;
            }
        }
        return false;
    }
    /**
     * The tokens at the top level of a bracket written beside a vector ({@code \mathbf{u}^T (X + X)\mathbf{v}},
     * {@code (A + B)\mathbf{x}}): a bracket that is no call's arguments, multiplied by a vector on its right or
     * ending a vector on its left, holds a matrix, so the capitals added or multiplied in it are matrices.
     */
    private boolean[] groupsBesideVectors(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        for (int p = 0; p < tokens.size(); p++) {
            if (tokens.get(p).getType() != LatexLexer.LPAREN) {
                continue;
            }
            if (p > 0) {
                int before = tokens.get(p - 1).getType();
                boolean transpose = before == LatexLexer.TRANSPOSE
                        || before == LatexLexer.LETTER && p >= 2 && tokens.get(p - 2).getType() == LatexLexer.CARET
                        || before == LatexLexer.RBRACE && p >= 4 && tokens.get(p - 3).getType() == LatexLexer.LBRACE
                        && tokens.get(p - 4).getType() == LatexLexer.CARET;
                if (!transpose && (before == LatexLexer.LETTER || before == LatexLexer.GREEK || before == LatexLexer.FUNC
                        || before == LatexLexer.TEXT || before == LatexLexer.CMD || before == LatexLexer.WORD
                        || before == LatexLexer.RBRACE && !endsVector(tokens, p - 1))) {
                    continue; // f(A), \sigma(A), \operatorname{f}(A): a call
                }
            }
            int level = 0;
            int q = -1;
            for (int j = p; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (level == 0) {
                    q = j;
                    break;
                }
            }
            boolean afterVector = p > 0 && (endsVector(tokens, p - 1) || p >= 2 && tokens.get(p - 1).getType() != LatexLexer.RBRACE
                    && transposedVector(tokens, p - 1));
            if (q < 0 || !(q + 1 < tokens.size() && startsVector(tokens, q + 1) || afterVector)) {
                continue;
            }
            int depth = 0;
            for (int j = p + 1; j < q; j++) {
                int type = tokens.get(j).getType();
                if (type == LatexLexer.LPAREN || type == LatexLexer.LBRACE) {
                    depth++;
                } else if (type == LatexLexer.RPAREN || type == LatexLexer.RBRACE) {
                    depth--;
                } else if (depth == 0) {
                    out[j] = true;
                }
            }
        }
        return out;
    }

    /** Whether the token at {@code k} ends a transposed vector: {@code \mathbf{u}^T}, {@code \mathbf{u}^\top}. */
    private boolean transposedVector(List<Token> tokens, int k) {
        int caret = tokens.get(k).getType() == LatexLexer.TRANSPOSE ? k - 1 : k - 1;
        if (caret < 1 || tokens.get(caret).getType() != LatexLexer.CARET) {
            return false;
        }
        return endsVector(tokens, caret - 1);
    }

    /** For each token, how many trace arguments ({@code tr(…)}, {@code \operatorname{tr}\left(…\right)}) it stands in. */
    private static int[] traceArguments(List<Token> tokens) {
        int[] depth = new int[tokens.size() + 1];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int open = -1;
            String text = t.getText().replaceAll("\\s", "");
            if ((t.getType() == LatexLexer.TEXT || t.getType() == LatexLexer.CMD || t.getType() == LatexLexer.FUNC
                    || t.getType() == LatexLexer.WORD)
                    && text.matches("(\\\\(operatorname\\*?|mathrm|text)\\{)?\\\\?(tr|Tr|trace|det)\\}?") && k + 1 < tokens.size()) {
                open = k + 1;
            } else if (t.getType() == LatexLexer.LETTER && t.getText().equals("t") && k + 2 < tokens.size()
                    && tokens.get(k + 1).getText().equals("r") && tokens.get(k + 1).getType() == LatexLexer.LETTER) {
                open = k + 2;
            }
            if (open < 0 || tokens.get(open).getType() != LatexLexer.LPAREN) {
                continue;
            }
            int level = 0;
            for (int j = open; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (level == 0) {
                    for (int m = open + 1; m < j; m++) {
                        depth[m]++;
                    }
                    break;
                }
            }
        }
        return depth;
    }

    boolean startsVector(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int[] end = new int[1];
        return t.getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(t.getText()) || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")
                || (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && entries.isVector(t.getText()) && !VectorNotation.subscripted(tokens, k + 1)
                || t.getType() == LatexLexer.INDICATOR && nameAt(tokens, k, end).isEmpty() && !VectorNotation.subscripted(tokens, k + 1);
    }

    private boolean endsVector(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.getType() == LatexLexer.RBRACE && k >= 3 && tokens.get(k - 2).getType() == LatexLexer.LBRACE
                && (tokens.get(k - 3).getType() == LatexLexer.FONT && VectorEntries.BOLD.contains(tokens.get(k - 3).getText()))) {
            return true;
        }
        if (t.getType() == LatexLexer.GREEK && k >= 1 && tokens.get(k - 1).getType() == LatexLexer.FONT) {
            return true;
        }
        return (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && entries.isVector(t.getText())
                && !(k > 0 && tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE);
    }

    /**
     * Whether a label superscript starts at {@code k} after a bold name: {@code ^{(1)}}, {@code ^{[2]}}, or one letter other
     * than T ({@code ^a}, {@code ^{s}}, {@link #letterLabel}).
     */
    static boolean labelled(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.CARET) {
            return false;
        }
        int end = LatexTokens.argumentEnd(tokens, k + 1);
        if (end < 0) {
            return false;
        }
        List<Token> script = tokens.subList(tokens.get(k + 1).getType() == LatexLexer.LBRACE ? k + 2 : k + 1,
                tokens.get(k + 1).getType() == LatexLexer.LBRACE ? end - 1 : end);
        return !script.isEmpty() && (script.get(0).getType() == LatexLexer.LPAREN || script.get(0).getType() == LatexLexer.LBRACK)
                || script.size() == 1 && letterLabel(script.get(0).getText());
    }

    /**
     * A letter above a bold name labels it, as the reader reads it (LATEX-INPUT M7; NameScripts#isLabelLetter): a vector or
     * matrix is not raised to a power, so {@code \mathbf{h}^a} and {@code \mathbf{h}^s} are two vectors (pre- and
     * post-activation), {@code \mathbf{W}^l} the matrix of layer l, each with entries h^{(a)}_i, W^{(l)}_{ij}. T is the transpose.
     */
    static boolean letterLabel(String script) {
        return script.matches("[a-zA-Z]") && !script.equals("T");
    }

    /** The letter or Greek name at {@code k} ({@code x}, {@code {x}}, {@code \theta}, {@code {\theta}}); end set past it. */
    static Optional<String> nameAt(List<Token> tokens, int k, int[] end) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(k);
        if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) {
            end[0] = k + 1;
            return Optional.of(t.getText());
        }
        if (t.getType() == LatexLexer.LBRACE && k + 2 < tokens.size() && tokens.get(k + 2).getType() == LatexLexer.RBRACE
                && (tokens.get(k + 1).getType() == LatexLexer.LETTER || tokens.get(k + 1).getType() == LatexLexer.GREEK)) {
            end[0] = k + 3;
            return Optional.of(tokens.get(k + 1).getText());
        }
        return Optional.empty();
    }
}
