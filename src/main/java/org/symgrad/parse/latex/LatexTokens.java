package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The tokens of a piece of LaTeX, positioned in the whole document it came from, after the lexical
 * decisions a context-free lexer cannot make (LATEX-INPUT X3, M11):
 * <ul>
 *   <li>a run of adjacent letters that spells a known function word ({@code softmax},
 *       {@code sigmoid}, {@code log(}) becomes one {@code FUNC} token, as does {@code \text{…}} or
 *       {@code \operatorname{…}} of such a word; two-letter words ({@code ln}) only before
 *       {@code (} or {@code ^}, since {@code ln} could be l·n;</li>
 *   <li>any other run of three or more adjacent letters, and an upper-case run before {@code (}
 *       ({@code CE(}), becomes one {@code WORD} token, a multi-letter name; a prose word
 *       ({@code where}, {@code then}, {@code if} at the start of a statement) becomes a
 *       {@code WORD} the statement splitter recognises;</li>
 *   <li>the {@code d} of {@code \frac{d}{dx}} and {@code \frac{dy}{dx}} (also {@code \mathrm{d}})
 *       becomes {@code DIFF_D}, in numerator and denominator together;</li>
 *   <li>{@code underbrace{X}_{note}} and {@code overbrace{X}^{note}} become {@code X};
 *       {@code overset{a}{b}} and {@code underset{a}{b}} become {@code b}, and
 *       {@code \stackrel{def}{=}} or {@code \overset{def}{=}} become a defining {@code :=};</li>
 *   <li>a lower-case name numbered below that the document makes a layer's vector, {@code b_1} of
 *       {@code b_1 \in \mathbb{R}^H}, becomes the labelled {@code b^{(1)}} ({@link LabelledVectors}), and an entry written
 *       as a subscript on a bracketed name, {@code (W_2)_{cj}}, the entry {@code W^{(2)}_{cj}} ({@link BracketedEntries}).</li>
 * </ul>
 * Every token's start and stop index are offsets into the document, and its text is set, so
 * messages point at the user's own line and column.
 */
public final class LatexTokens {
    /** Known function words written without a backslash (X3 b), lower-cased. */
    static final Set<String> FUNCTION_WORDS = Set.of("exp", "log", "ln", "sin", "cos", "tan", "sinh", "cosh",
            "tanh", "sigmoid", "softmax", "softplus", "relu", "swish", "sign", "sgn", "diag", "max", "min", "sqrt",
            "logsumexp", "abs", "heaviside", "onehot", "sec", "csc", "cot", "sech", "csch", "coth");
    /** Words that end a statement or introduce a condition or a clause (S8). */
    public static final Set<String> PROSE_WORDS = Set.of("where", "with", "and", "or", "then", "since", "hence",
            "so", "thus", "therefore", "if", "for", "when", "whenever", "given", "otherwise", "assuming",
            "provided", "because", "also", "else", "si", "et", "donc", "sinon");
    private static final Set<String> SHORT_PROSE = Set.of("if", "or", "so", "si", "et");

    private LatexTokens() {
    }

    /** The tokens of {@code document[start, end)} (no EOF), positioned in the document. */
    public static List<Token> lex(String document, int start, int end) {
        String text = document.substring(start, end);
        LatexLexer lexer = new LatexLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> raw = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            CommonToken c = new CommonToken(t.getType(), t.getText());
            c.setStartIndex(t.getStartIndex() + start);
            c.setStopIndex(t.getStopIndex() + start);
            c.setLine(t.getLine());
            c.setCharPositionInLine(t.getCharPositionInLine());
            raw.add(c);
        }
        Set<String> defined = DefinedWords.in(document);
        List<Token> tokens = boldProducts(oldFontWords(OverFractions.rewritten(Substacks.rewritten(removeNotes(raw)))), defined);
        typeLeibnizD(tokens);
        typePlainIndicators(tokens);
        typeLabelTransposes(tokens);
        typeUprightTransposes(tokens);
        tokens = PrimeTransposes.rewritten(tokens, PrimeTransposes.in(document)); // X'y: X^\top y where X' transposes
        List<Token> read = increments(StandardStateMarks.labels(SubscriptWords.labels(joinWords(tokens, defined))), defined);
        return BracketedEntries.rewritten(NumberedMatrixEntries.rewritten(LabelledVectors.rewritten(read, LabelledVectors.in(document)),
                NumberedMatrixEntries.in(document)));
    }

    /**
     * {@code \\Delta\\theta}, {@code \\Delta w}: one name where the document defines that increment
     * ({@link DefinedWords}), not Δ times θ; elsewhere Δ stays a name of its own (an SVM's margin).
     */
    private static List<Token> increments(List<Token> in, Set<String> defined) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            Token next = i + 1 < in.size() ? in.get(i + 1) : null;
            if (t.getType() == LatexLexer.GREEK && t.getText().equals("\\Delta") && next != null
                    && (next.getType() == LatexLexer.LETTER || next.getType() == LatexLexer.GREEK)
                    && defined.contains(DefinedWords.increment(next.getText()))) {
                CommonToken c = new CommonToken(LatexLexer.WORD, DefinedWords.increment(next.getText()));
                c.setStartIndex(t.getStartIndex());
                c.setStopIndex(next.getStopIndex());
                c.setLine(t.getLine());
                c.setCharPositionInLine(t.getCharPositionInLine());
                out.add(c);
                i++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** The word inside {@code \text{word}}, {@code \mathrm{word}} …, trimmed; {@code \mathrm e} gives e. */
    public static String textWord(Token t) {
        String s = t.getText();
        int open = s.indexOf('{');
        if (open < 0) {
            return s.substring(s.length() - 1);
        }
        // a thin space inside the word is spacing, not a break: \operatorname*{arg\,max} is argmax
        return s.substring(open + 1, s.length() - 1).replaceAll("\\\\[,;:!>]", "").strip();
    }

    private static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) && (word.equals(word.toLowerCase(Locale.ROOT))
                || word.equalsIgnoreCase("relu") || word.equalsIgnoreCase("softmax") || word.equalsIgnoreCase("sigmoid")
                || word.equals("Heaviside"));
    }

    /** Letter runs become words; {@code \text{softmax}} becomes a function token. */
    private static List<Token> joinWords(List<Token> in, Set<String> definedWords) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            // an operator name applied without a bracket (\operatorname{erf} x); before one it stays a call a document
            // may define (\mathrm{softsign}(x) = …)
            if (t.getType() == LatexLexer.TEXT && (isFunctionWord(textWord(t)) || LatexNames.operatorWord(textWord(t))
                    && !(i + 1 < in.size() && in.get(i + 1).getType() == LatexLexer.LPAREN)
                    || LatexNames.UNSUPPORTED_FUNCTIONS.containsKey(textWord(t).toLowerCase(Locale.ROOT)))) {
                // \operatorname{softmax} is the function; \operatorname*{argmax} is an operator symgrad refuses
                out.add(retyped(t, LatexLexer.FUNC));
                continue;
            }
            if (t.getType() != LatexLexer.LETTER) {
                out.add(t);
                continue;
            }
            if (i > 0 && (in.get(i - 1).getType() == LatexLexer.UNDERSCORE || in.get(i - 1).getType() == LatexLexer.CARET)) {
                // a script takes one token: the i of y_ilog(p_i) is the index, log the word after it
                out.add(t);
                continue;
            }
            int j = i + 1;
            while (j < in.size() && in.get(j).getType() == LatexLexer.LETTER
                    && in.get(j).getStartIndex() == in.get(j - 1).getStopIndex() + 1) {
                j++;
            }
            if (j - i == 1) {
                out.add(t);
                continue;
            }
            StringBuilder word = new StringBuilder();
            for (int k = i; k < j; k++) {
                word.append(in.get(k).getText());
            }
            String w = word.toString();
            Token next = j < in.size() ? in.get(j) : null;
            boolean callFollows = next != null && (next.getType() == LatexLexer.LPAREN || next.getType() == LatexLexer.CARET);
            boolean atStart = i == 0 || isBoundary(in.get(i - 1));
            Integer type = null;
            if (isFunctionWord(w) && (w.length() >= 3 || callFollows)) {
                type = LatexLexer.FUNC;
            } else if (PROSE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && (!SHORT_PROSE.contains(w.toLowerCase(Locale.ROOT)) || atStart)) {
                type = LatexLexer.WORD;
            } else if (w.length() >= 3 || (callFollows || definedWords.contains(w)) && w.equals(w.toUpperCase(Locale.ROOT))) {
                type = LatexLexer.WORD;
            }
            if (type == null) {
                for (int k = i; k < j; k++) {
                    out.add(in.get(k));
                }
            } else {
                CommonToken c = new CommonToken(type, w);
                c.setStartIndex(t.getStartIndex());
                c.setStopIndex(in.get(j - 1).getStopIndex());
                c.setLine(t.getLine());
                c.setCharPositionInLine(t.getCharPositionInLine());
                out.add(c);
            }
            i = j - 1;
        }
        return out;
    }

    static final Set<String> BOLD_FONTS = Set.of("\\mathbf", "\\boldsymbol", "\\bm", "\\mathbfit", "\\pmb");

    /**
     * The scope of a bold font is one name (LATEX-INPUT M3, bold forms): a bold group of two or three adjacent single letters
     * or Greek letters that spells no word ({@code \mathbf{Wx}}, {@code \boldsymbol{\Sigma x}}, {@code \mathbf{ABx}})
     * is the product of those letters, each bold, as {@code \mathbf{W}\mathbf{x}} is; so {@code \mathbf{Wx}},
     * {@code \mathbf{W}x} and {@code \mathbf{W}\mathbf{x}} read alike (a plain letter the document writes bold is
     * that bold name). A group with anything else in it (a subscript, a superscript, a command) keeps its reading, and so
     * does a function word ({@code \mathbf{ln}}, {@code \mathbf{exp}}), a prose word or a word the document defines.
     * Each new token stands at its letter's place in the document, so messages still point at the author's text.
     */
    private static List<Token> boldProducts(List<Token> in, Set<String> definedWords) {
        List<Token> out = new ArrayList<>(in.size() + 8);
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            out.add(t);
            if (t.getType() != LatexLexer.FONT || !BOLD_FONTS.contains(t.getText()) || i + 1 >= in.size()
                    || in.get(i + 1).getType() != LatexLexer.LBRACE) {
                continue;
            }
            int close = matchingBrace(in, i + 1);
            int count = close - i - 2;
            if (close < 0 || count < 2 || count > 3) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean letters = true;
            for (int k = i + 2; k < close; k++) {
                int type = in.get(k).getType();
                letters &= type == LatexLexer.LETTER || type == LatexLexer.GREEK;
                word.append(in.get(k).getText());
            }
            String w = word.toString();
            if (!letters || isFunctionWord(w) || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    || PROSE_WORDS.contains(w.toLowerCase(Locale.ROOT)) || definedWords.contains(w)) {
                continue;
            }
            for (int k = i + 2; k < close; k++) {
                Token letter = in.get(k);
                if (k == i + 2) {
                    out.add(in.get(i + 1));
                } else {
                    out.add(placed(LatexLexer.FONT, t.getText(), letter));
                    out.add(placed(LatexLexer.LBRACE, "{", letter));
                }
                out.add(letter);
                out.add(k == close - 1 ? in.get(close) : placed(LatexLexer.RBRACE, "}", letter));
            }
            i = close;
        }
        return out;
    }

    /** A token the reader adds, standing at {@code at}'s place in the document. */
    private static Token placed(int type, String text, Token at) {
        CommonToken c = new CommonToken(type, text);
        c.setStartIndex(at.getStartIndex());
        c.setStopIndex(at.getStopIndex());
        c.setLine(at.getLine());
        c.setCharPositionInLine(at.getCharPositionInLine());
        return c;
    }

    /** The text fonts of plain TeX, whose letters spell one word: {@code \\rm max}, {@code \\rm{max}}. */
    private static final Set<String> TEXT_FONTS = Set.of("\\rm", "\\it", "\\sf", "\\tt");

    /**
     * {@code \\rm {max}}, {@code \\rm max} and {@code {\\rm max}} become one {@code TEXT} token, as
     * {@code \\mathrm{max}} is: the old font switches of plain TeX spell a word, not a product of
     * letters.
     */
    private static List<Token> oldFontWords(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            boolean wrapped = t.getType() == LatexLexer.LBRACE && i + 1 < in.size() && isTextFont(in.get(i + 1));
            int font = wrapped ? i + 1 : i;
            if (!isTextFont(in.get(font))) {
                out.add(t);
                continue;
            }
            int first = font + 1;
            boolean braced = !wrapped && first < in.size() && in.get(first).getType() == LatexLexer.LBRACE;
            if (braced) {
                first++;
            }
            int last = first;
            while (last < in.size() && in.get(last).getType() == LatexLexer.LETTER
                    && (last == first || in.get(last).getStartIndex() == in.get(last - 1).getStopIndex() + 1)) {
                last++;
            }
            boolean closed = !(wrapped || braced) || (last < in.size() && in.get(last).getType() == LatexLexer.RBRACE);
            if (last == first || !closed) {
                out.add(t);
                continue;
            }
            StringBuilder word = new StringBuilder();
            for (int k = first; k < last; k++) {
                word.append(in.get(k).getText());
            }
            int stop = wrapped || braced ? last : last - 1;
            CommonToken c = new CommonToken(LatexLexer.TEXT, "\\mathrm{" + word + "}");
            c.setStartIndex(t.getStartIndex());
            c.setStopIndex(in.get(stop).getStopIndex());
            c.setLine(t.getLine());
            c.setCharPositionInLine(t.getCharPositionInLine());
            out.add(c);
            i = stop;
        }
        return out;
    }

    private static boolean isTextFont(Token t) {
        return t.getType() == LatexLexer.OLDFONT && TEXT_FONTS.contains(t.getText());
    }

    private static boolean isBoundary(Token t) {
        int type = t.getType();
        return type == LatexLexer.COMMA || type == LatexLexer.QUAD || type == LatexLexer.LINEBREAK
                || type == LatexLexer.AMP || type == LatexLexer.SEMI || type == LatexLexer.BEGIN
                || type == LatexLexer.TEXT || type == LatexLexer.ARROW;
    }

    /** {@code \frac{d…}{d x}}: both d's become DIFF_D. */
    private static void typeLeibnizD(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.FRAC || tokens.get(i + 1).getType() != LatexLexer.LBRACE
                    || !isD(tokens.get(i + 2))) {
                continue;
            }
            Token afterNumeratorD = tokens.get(i + 3 < tokens.size() ? i + 3 : i + 2);
            if (i + 3 >= tokens.size() || afterNumeratorD.getType() == LatexLexer.UNDERSCORE) {
                continue;
            }
            int close = matchingBrace(tokens, i + 1);
            if (close < 0 || close + 3 >= tokens.size() || tokens.get(close + 1).getType() != LatexLexer.LBRACE
                    || !isD(tokens.get(close + 2)) || !startsVariable(tokens.get(close + 3))) {
                continue;
            }
            tokens.set(i + 2, retyped(tokens.get(i + 2), LatexLexer.DIFF_D));
            tokens.set(close + 2, retyped(tokens.get(close + 2), LatexLexer.DIFF_D));
        }
    }

    private static boolean isD(Token t) {
        return (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.TEXT)
                && (t.getType() == LatexLexer.LETTER ? t.getText() : textWord(t)).equals("d");
    }

    private static boolean startsVariable(Token t) {
        int type = t.getType();
        return type == LatexLexer.LETTER || type == LatexLexer.GREEK || type == LatexLexer.FONT
                || type == LatexLexer.DECOR || type == LatexLexer.TEXT || type == LatexLexer.LBRACE;
    }

    /**
     * Whether {@code t} is a lower-case letter: a Latin one, or a Greek one by its command ({@code \\alpha}) or its glyph
     * ({@code α}, which the lexer reads as the same kind of token).
     */
    public static boolean lowerCaseLetter(Token t) {
        String text = t.getText();
        return switch (t.getType()) {
            case LatexLexer.LETTER -> Character.isLowerCase(text.charAt(0));
            case LatexLexer.GREEK -> Character.isLowerCase(text.charAt(text.startsWith("\\") ? 1 : 0));
            default -> false;
        };
    }

    /** The index of the '{' that the '}' at {@code close} closes, or -1. */
    static int openingBrace(List<Token> tokens, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == LatexLexer.RBRACE) {
                depth++;
            } else if (type == LatexLexer.LBRACE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the '}' closing the '{' at {@code open}, or -1. */
    static int matchingBrace(List<Token> tokens, int open) {
        return closing(tokens, open, Set.of(LatexLexer.LBRACE), Set.of(LatexLexer.RBRACE));
    }

    /**
     * The index of the token that closes the bracket at {@code open}: the first where as many of the {@code closers} as of
     * the {@code openers} have come since {@code open}; -1 if none does.
     */
    public static int closing(List<Token> tokens, int open, Set<Integer> openers, Set<Integer> closers) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            depth += openers.contains(type) ? 1 : closers.contains(type) ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the one argument starting at {@code i}: a brace group or one token. */
    static int argumentEnd(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        if (tokens.get(i).getType() == LatexLexer.LBRACE) {
            int close = matchingBrace(tokens, i);
            return close < 0 ? -1 : close + 1;
        }
        return i + 1;
    }

    /** Annotations that only label a formula (underbrace, overset) are removed. */
    private static List<Token> removeNotes(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.getType() == LatexLexer.BRACE_NOTE) {
                int end = argumentEnd(in, i + 1);
                if (end < 0) {
                    out.add(t);
                    continue;
                }
                List<Token> body = removeNotes(in.subList(i + 1, end));
                out.addAll(body);
                int next = end;
                if (next + 1 < in.size() && (in.get(next).getType() == LatexLexer.UNDERSCORE
                        || in.get(next).getType() == LatexLexer.CARET)) {
                    int noteEnd = argumentEnd(in, next + 1);
                    if (noteEnd > 0) {
                        next = noteEnd;
                    }
                }
                i = next - 1;
            } else if (t.getType() == LatexLexer.STACK) {
                int first = argumentEnd(in, i + 1);
                int second = first < 0 ? -1 : argumentEnd(in, first);
                if (second < 0) {
                    out.add(t);
                    continue;
                }
                List<Token> base = in.subList(first, second);
                boolean equals = base.stream().anyMatch(b -> b.getType() == LatexLexer.EQ)
                        && base.stream().allMatch(b -> b.getType() == LatexLexer.EQ || b.getType() == LatexLexer.LBRACE
                        || b.getType() == LatexLexer.RBRACE);
                if (equals) {
                    CommonToken c = new CommonToken(LatexLexer.DEF_EQ, ":=");
                    c.setStartIndex(t.getStartIndex());
                    c.setStopIndex(in.get(second - 1).getStopIndex());
                    c.setLine(t.getLine());
                    c.setCharPositionInLine(t.getCharPositionInLine());
                    out.add(c);
                } else {
                    out.addAll(removeNotes(base));
                }
                i = second - 1;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static final Set<Integer> RELATIONS = Set.of(LatexLexer.EQ, LatexLexer.NEQ, LatexLexer.LT, LatexLexer.GT,
            LatexLexer.LEQ, LatexLexer.GEQ);

    /**
     * CS229's indicator {@code 1\{y^{(i)} = j\}}: a plain 1 (not part of a longer number) right before
     * {@code \{ … \}} that holds a relation is the indicator {@code \mathbb{1}\{…\}}, not 1 times a set.
     */
    private static void typePlainIndicators(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != LatexLexer.DIGIT || !t.getText().equals("1")
                    || tokens.get(i + 1).getType() != LatexLexer.LBRACE_LIT
                    || i > 0 && (tokens.get(i - 1).getType() == LatexLexer.DIGIT || tokens.get(i - 1).getType() == LatexLexer.DOT)) {
                continue;
            }
            int depth = 0;
            boolean relation = false;
            for (int j = i + 1; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                if (type == LatexLexer.LBRACE_LIT) {
                    depth++;
                } else if (type == LatexLexer.RBRACE_LIT && --depth == 0) {
                    break;
                } else if (depth == 1 && RELATIONS.contains(type)) {
                    relation = true;
                }
            }
            if (relation) {
                tokens.set(i, retyped(t, LatexLexer.INDICATOR));
            }
        }
    }

    /**
     * CS229's {@code x^{(i)\top}}: a transpose after a sample label in one brace group is the letter T
     * of {@code x^{(i)T}} (the transpose of x^{(i)}), which the builder reads; {@code \top} is no
     * operand the grammar takes inside a script. Only right after the label's {@code )} and right
     * before the closing brace of a superscript.
     */
    private static void typeLabelTransposes(List<Token> tokens) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.TRANSPOSE || tokens.get(i - 1).getType() != LatexLexer.RPAREN
                    || tokens.get(i + 1).getType() != LatexLexer.RBRACE) {
                continue;
            }
            int depth = 0;
            int open = -1;
            for (int j = i - 1; j >= 0 && open < 0; j--) {
                int type = tokens.get(j).getType();
                if (type == LatexLexer.RBRACE) {
                    depth++;
                } else if (type == LatexLexer.LBRACE && depth-- == 0) {
                    open = j;
                }
            }
            if (open > 0 && open + 1 < i - 1 && tokens.get(open - 1).getType() == LatexLexer.CARET
                    && tokens.get(open + 1).getType() == LatexLexer.LPAREN) {
                CommonToken c = new CommonToken(tokens.get(i));
                c.setType(LatexLexer.LETTER);
                c.setText("T");
                tokens.set(i, c);
            }
        }
    }

    /** An upright T as authors write a transpose mark: {@code \mathrm{T}} (Bishop's PRML), {@code \mathsf{T}}, {@code \mathsf T}, {@code \text{T}}. */
    private static final java.util.regex.Pattern UPRIGHT_T = java.util.regex.Pattern.compile(
            "\\\\(?:mathrm|mathsf|text|textrm|textsf|rm)\\s*(?:\\{\\s*T\\s*\\}|T)");

    /** Whether {@code text} is an upright T ({@link #UPRIGHT_T}), with or without its braces and spaces. */
    static boolean uprightT(String text) {
        return UPRIGHT_T.matcher(text).matches();
    }

    /**
     * {@code w^{\mathrm{T}}}, {@code w^{\mathsf T}}: an upright T that is a whole superscript (alone, or alone in its braces) is
     * the transpose mark, as {@code \top} is, for every reader of the tokens.
     */
    private static void typeUprightTransposes(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != LatexLexer.TEXT || !uprightT(t.getText())) {
                continue;
            }
            boolean bare = tokens.get(i - 1).getType() == LatexLexer.CARET;
            boolean braced = i >= 2 && tokens.get(i - 1).getType() == LatexLexer.LBRACE && tokens.get(i - 2).getType() == LatexLexer.CARET
                    && i + 1 < tokens.size() && tokens.get(i + 1).getType() == LatexLexer.RBRACE;
            if (bare || braced) {
                tokens.set(i, retyped(t, LatexLexer.TRANSPOSE));
            }
        }
    }

    /** The name a letter or Greek letter token writes, as symgrad spells it: {@code x}, {@code \\varepsilon} → epsilon, α → alpha. */
    public static String spelled(Token t) {
        return t.getType() == LatexLexer.GREEK ? LatexNames.greek(t.getText()) : t.getText();
    }

    static Token retyped(Token t, int type) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        return c;
    }

    /** A token of {@code type} and {@code text} at the place of {@code at}, so that messages point at the user's own text. */
    static Token written(Token at, int type, String text) {
        CommonToken c = new CommonToken(at);
        c.setType(type);
        c.setText(text);
        return c;
    }
}
