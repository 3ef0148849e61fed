package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The capitals a document multiplies to define a matrix, for {@link VectorNameScan#seeCapitals}: W of {@code Z = XW}, H and
 * W_2 of {@code \hat Y = HW_2}, X and W_1 of {@code H = \tanh(XW_1)}, where the name defined (plain, decorated or labelled) is a
 * matrix of the document (in a Frobenius norm, transposed, declared) — a product of capitals alone that is a matrix is one of
 * matrices, each factor then read as a matrix wherever written plainly (its key: W, or W^{(1)} of W_1). A factor read as a
 * matrix makes the definitions it heads count in turn. So is the capital of softmax's argument ({@code \operatorname{softmax}(Wx)}),
 * which is a vector. Not a capital the document says is one number, or counts to ({@code \sum_{n=1}^N}) or sizes by
 * ({@code \mathbb{R}^{N \times D}}).
 */
final class MatrixFactors {
    /** A sum's or product's upper limit, or a real space's exponent: what the capitals in it (group 1) count. */
    private static final Pattern SIZES = Pattern.compile("(?:\\\\sum|\\\\prod)\\s*_\\s*\\{[^{}]*\\}\\s*\\^\\s*(\\{[^{}]*\\}|[A-Z])"
            + "|\\\\mathbb\\s*\\{?\\s*R\\s*\\}?\\s*\\^\\s*(\\{[^{}]*\\}|[A-Z])");

    /** A capital standing alone in a limit or an exponent, no command's or word's letter. */
    private static final Pattern CAPITAL = Pattern.compile("(?<![\\\\a-zA-Z])[A-Z](?![a-zA-Z])");

    /**
     * A defined name's key and the capitals' keys of its defining product; {@code entrywise} where the product stands alone or
     * in a function applied entry by entry (softmax along an axis too), so its value is a matrix exactly when its factors are.
     */
    private record Product(String head, List<String> factors, boolean entrywise) {
    }

    /** A defined name's key and the key of the capital a derivative defining it is by ({@code G = \\partial L/\\partial O}). */
    private record Derivative(String head, String by) {
    }

    private MatrixFactors() {
    }

    /** The factors' keys of every product of capitals the document defines a matrix by ({@code matrix} says which names are). */
    static Set<String> in(String document, Predicate<String> matrix) {
        Set<String> counts = counts(document);
        counts.addAll(OneNumberNames.in(document));
        List<Product> products = new ArrayList<>();
        List<Derivative> derivatives = new ArrayList<>();
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> tokens : LaterMatrices.formulas(document)) {
            product(tokens).ifPresent(products::add);
            derivative(tokens).ifPresent(derivatives::add);
            for (int k = 0; k + 3 < tokens.size(); k++) {
                softmaxFactor(tokens, k).filter(f -> !counts.contains(written(f))).ifPresent(out::add);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Product p : products) {
                if (p.factors().stream().anyMatch(f -> counts.contains(written(f)))) {
                    continue;
                }
                if ((matrix.test(p.head()) || out.contains(p.head())) && p.factors().size() > 1) {
                    grew |= out.addAll(p.factors());
                }
                // O = PV, P = \mathrm{softmax}(S) of matrices: the name defined is a matrix, and so are its factors where written plainly
                if (p.entrywise() && p.factors().stream().allMatch(f -> matrix.test(f) || out.contains(f)) && !counts.contains(written(p.head()))) {
                    grew |= out.add(p.head());
                    grew |= out.addAll(p.factors());
                }
            }
            for (Derivative d : derivatives) {
                // G = \partial L/\partial O of a matrix O: the gradient by a matrix is a matrix of its shape
                if ((matrix.test(d.by()) || out.contains(d.by())) && !counts.contains(written(d.head()))) {
                    grew |= out.add(d.head());
                    grew |= out.add(d.by());
                }
            }
        }
        return out;
    }

    /**
     * The definition a formula begins with, where its side is one first derivative by a capital: {@code G = \\partial L/\\partial O},
     * {@code G = \\frac{\\partial L}{\\partial O}}, {@code G = \\nabla_O L} (the name a letter, the capital plain or labelled).
     */
    private static Optional<Derivative> derivative(List<Token> tokens) {
        return derivativeNamed(tokens).or(() -> named(tokens));
    }

    /**
     * {@code \frac{\partial L}{\partial O} = G}: the derivative written first and named after it, read as {@code G = …}; the
     * name alone after the relation.
     */
    private static Optional<Derivative> named(List<Token> tokens) {
        List<Token> kept = tokens.stream().filter(t -> t.getType() != LatexLexer.SPACING).toList();
        int eq = -1;
        for (int k = 0; k < kept.size(); k++) {
            if (kept.get(k).getType() == LatexLexer.EQ) {
                eq = k;
                break;
            }
        }
        if (eq < 1 || eq + 2 != kept.size() - (kept.get(kept.size() - 1).getType() == LatexLexer.COMMA
                || kept.get(kept.size() - 1).getType() == LatexLexer.DOT ? 1 : 0)) {
            return Optional.empty();
        }
        List<Token> turned = new ArrayList<>();
        turned.add(kept.get(eq + 1));
        turned.add(kept.get(eq));
        turned.addAll(kept.subList(0, eq));
        return derivativeNamed(turned);
    }

    private static Optional<Derivative> derivativeNamed(List<Token> tokens) {
        int[] end = new int[1];
        // Δ = \partial L/\partial Y: a Greek capital heads such a definition as a Latin one does
        Optional<String> head = !tokens.isEmpty() && tokens.get(0).getType() == LatexLexer.GREEK && VectorNotation.capital(tokens.get(0).getText())
                && !VectorNotation.subscripted(tokens, 1) ? Optional.of(tokens.get(0).getText()) : name(tokens, 0, end);
        if (head.isPresent() && head.get().startsWith("\\")) {
            end[0] = 1;
        }
        if (head.isEmpty() || end[0] >= tokens.size() || tokens.get(end[0]).getType() != LatexLexer.EQ) {
            return Optional.empty();
        }
        List<Token> side = LaterMatrices.untilRelation(tokens.subList(end[0] + 1, tokens.size())).stream()
                .filter(t -> t.getType() != LatexLexer.SPACING).toList();
        int by;
        int after;
        if (side.size() >= 9 && side.get(0).getType() == LatexLexer.FRAC && side.get(1).getType() == LatexLexer.LBRACE
                && side.get(2).getType() == LatexLexer.PARTIAL && side.get(3).getType() == LatexLexer.LETTER
                && side.get(4).getType() == LatexLexer.RBRACE && side.get(5).getType() == LatexLexer.LBRACE
                && side.get(6).getType() == LatexLexer.PARTIAL) {
            by = 7;
            after = side.size() - 1;
            if (side.get(after).getType() != LatexLexer.RBRACE) {
                return Optional.empty();
            }
        } else if (side.size() >= 5 && side.get(0).getType() == LatexLexer.PARTIAL && side.get(1).getType() == LatexLexer.LETTER
                && side.get(2).getType() == LatexLexer.SLASH && side.get(3).getType() == LatexLexer.PARTIAL) {
            by = 4;
            after = side.size();
        } else if (side.size() >= 4 && side.get(0).getType() == LatexLexer.NABLA && side.get(1).getType() == LatexLexer.UNDERSCORE) {
            boolean braced = side.get(2).getType() == LatexLexer.LBRACE;
            by = braced ? 3 : 2;
            after = braced ? LatexTokens.matchingBrace(side, 2) : 3;
            if (after < 0 || after + (braced ? 2 : 1) != side.size() || side.get(side.size() - 1).getType() != LatexLexer.LETTER) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        Optional<String> capital = name(side, by, end);
        return capital.isPresent() && end[0] == after ? Optional.of(new Derivative(head.get(), capital.get())) : Optional.empty();
    }

    /**
     * The capital of {@code \operatorname{softmax}(Wx)} or {@code \operatorname{softmax}(Wx + b)} at {@code k}: softmax takes a
     * vector, so the capital before a plain letter in its argument is a matrix (its key, W or W^{(1)}); empty where none is.
     */
    private static Optional<String> softmaxFactor(List<Token> tokens, int k) {
        if (!VectorCalls.plainName(tokens.get(k).getText()).equals("softmax") || tokens.get(k + 1).getType() != LatexLexer.LPAREN) {
            return Optional.empty();
        }
        int[] end = new int[1];
        Optional<String> capital = name(tokens, k + 2, end).filter(n -> !n.startsWith("\\"));
        int at = end[0];
        while (capital.isPresent() && at < tokens.size() && tokens.get(at).getType() == LatexLexer.SPACING) {
            at++;
        }
        if (capital.isEmpty() || at + 1 >= tokens.size() || !TransposedLetters.plainLetter(tokens, at)
                || VectorNotation.subscripted(tokens, at + 1)) {
            return Optional.empty();
        }
        int after = tokens.get(at + 1).getType();
        return after == LatexLexer.RPAREN || after == LatexLexer.PLUS || after == LatexLexer.MINUS ? capital : Optional.empty();
    }

    /** The capital a key writes: W of W^{(1)}. */
    private static String written(String key) {
        return key.substring(0, 1);
    }

    /** The capitals the document counts to or sizes by. */
    private static Set<String> counts(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = SIZES.matcher(document);
        while (m.find()) {
            String limit = m.group(1) != null ? m.group(1) : m.group(2);
            Matcher capital = CAPITAL.matcher(limit);
            while (capital.find()) {
                out.add(capital.group());
            }
        }
        return out;
    }

    /**
     * The definition a formula begins with, where its side, up to the next relation, is a product of two or more capitals alone
     * ({@code XW}, {@code HW_2}, {@code X^\top W}), perhaps inside one function applied to it ({@code \tanh(XW_1)}).
     */
    private static Optional<Product> product(List<Token> tokens) {
        int[] end = new int[1];
        Optional<String> head = name(tokens, 0, end);
        if (head.isEmpty() || end[0] >= tokens.size() || tokens.get(end[0]).getType() != LatexLexer.EQ) {
            return Optional.empty();
        }
        List<Token> side = LaterMatrices.untilRelation(tokens.subList(end[0] + 1, tokens.size()));
        int from = 0;
        int to = side.size();
        boolean called = false;
        boolean entrywise = true;
        if (side.size() > 2 && (side.get(0).getType() == LatexLexer.FUNC || side.get(0).getType() == LatexLexer.TEXT
                || side.get(0).getType() == LatexLexer.GREEK && side.get(0).getText().equals("\\sigma"))
                && side.get(1).getType() == LatexLexer.LPAREN && MatrixProducts.close(side, 1) == side.size()) {
            from = 2;
            to = side.size() - 1;
            called = true;
            String fn = VectorCalls.plainName(side.get(0).getText());
            entrywise = fn.equals("softmax") || VectorEntries.ENTRYWISE.contains(fn) || VectorEntries.ENTRYWISE.contains("\\" + fn);
        } else if (side.size() > 3 && side.get(0).getType() == LatexLexer.FRAC && side.get(1).getType() == LatexLexer.LBRACE) {
            // \frac{QK^\top}{\sqrt{d}}: the product over a number
            int close = LatexTokens.matchingBrace(side, 1);
            int denominator = close + 1;
            if (close < 0 || denominator >= side.size() || side.get(denominator).getType() != LatexLexer.LBRACE
                    || LatexTokens.matchingBrace(side, denominator) != side.size() - 1 || !number(side.subList(denominator + 1, side.size() - 1))) {
                return Optional.empty();
            }
            from = 2;
            to = close;
        } else {
            // QK^\top / \sqrt{d}: the product over a number
            for (int k = 0; k < side.size(); k++) {
                if (side.get(k).getType() == LatexLexer.SLASH) {
                    if (!number(side.subList(k + 1, side.size()))) {
                        return Optional.empty();
                    }
                    to = k;
                    break;
                }
            }
        }
        List<String> factors = new ArrayList<>();
        for (int k = from; k < to; ) {
            Optional<String> factor = name(side, k, end);
            Token t = side.get(k);
            if (factor.isPresent() && !factor.get().startsWith("\\")) {
                factors.add(factor.get());
                k = end[0];
            } else if (t.getType() == LatexLexer.WORD && t.getText().matches("[A-Z]{2,}")) {
                // the lexer's word of capitals before a script (QK^\top): their product
                t.getText().chars().forEach(ch -> factors.add(String.valueOf((char) ch)));
                k++;
            } else if (t.getType() == LatexLexer.SPACING) {
                k++;
                continue;
            } else if (t.getType() == LatexLexer.LPAREN && (k > from || !called) && groupsProduct(side, k)) {
                // Q(K^\top V): parentheses that group a product of capitals (not a call's argument, F(X))
                k++;
                continue;
            } else if (t.getType() == LatexLexer.RPAREN && k > from) {
                k++;
            } else {
                return Optional.empty();
            }
            int transposed = VectorNameScan.transposeEnd(side, k);
            k = transposed > 0 ? transposed : k;
        }
        return factors.size() < (called ? 1 : 2) ? Optional.empty() : Optional.of(new Product(head.get(), factors, entrywise));
    }

    /** Whether the parenthesis at {@code open} holds two capitals or more, a product ({@code (K^\top V)}), and is closed. */
    private static boolean groupsProduct(List<Token> side, int open) {
        int close = MatrixProducts.close(side, open);
        if (close < 0) {
            return false;
        }
        long capitals = side.subList(open + 1, close - 1).stream().mapToLong(t -> t.getType() == LatexLexer.LETTER
                && t.getText().matches("[A-Z]") ? 1 : t.getType() == LatexLexer.WORD && t.getText().matches("[A-Z]{2,}") ? t.getText().length() : 0).sum();
        return capitals >= 2;
    }

    /** Whether the tokens write a number of the document's letters and digits: {@code \\sqrt{d}}, {@code 2}, {@code n}, {@code \\sqrt{d_k}}. */
    private static boolean number(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (Token t : tokens) {
            int type = t.getType();
            boolean ok = type == LatexLexer.DIGIT || type == LatexLexer.LBRACE || type == LatexLexer.RBRACE || type == LatexLexer.UNDERSCORE
                    || type == LatexLexer.SPACING || type == LatexLexer.SQRT
                    || type == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of the capital written at {@code k}: a plain one ({@code W}), a labelled one ({@code W^{(1)}} of {@code W_1}), or a
     * decorated one ({@code \hat{Y}}); end set past it.
     */
    private static Optional<String> name(List<Token> tokens, int k, int[] end) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(k);
        if (t.getType() == LatexLexer.DECOR && !t.getText().equals("\\vec")) {
            Optional<String> decorated = VectorNameScan.nameAt(tokens, k + 1, end);
            return decorated.filter(n -> n.matches("[A-Z]") && !VectorNotation.subscripted(tokens, end[0])).map(n -> t.getText() + "{" + n + "}");
        }
        if (t.getType() != LatexLexer.LETTER || !t.getText().matches("[A-Z]") || t.getText().equals("I")) {
            return Optional.empty();
        }
        Optional<LabelledCapitals.Labelled> labelled = LabelledCapitals.at(tokens, k);
        if (labelled.isPresent()) {
            end[0] = labelled.get().end();
            return Optional.of(labelled.get().key());
        }
        if (VectorNotation.subscripted(tokens, k + 1)) {
            return Optional.empty();
        }
        end[0] = k + 1;
        return Optional.of(t.getText());
    }
}
