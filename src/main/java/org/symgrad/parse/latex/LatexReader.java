package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads LaTeX formulas into symgrad's {@link Expr} (SPEC §8; grammar in
 * {@code grammar/org/symgrad/parse/latex/gen}). The input is a list of tokens from
 * {@link LatexTokens#lex}, positioned in the document, so that every message points at the
 * author's own line and column and underlines the whole construct.
 *
 * <p>Nothing is guessed silently: a construct symgrad does not read (matrix notation, an unknown
 * command, {@code \dots} inside a formula) is a {@link Reading} with a problem, never a symbol or a
 * dropped piece of input; a default with another plausible reading is a {@link ReadingNote}.
 */
public final class LatexReader {
    /** Deepest nesting of grammar rules a formula may need; deeper input is refused, not overflowed. */
    private static final int MAX_TOKENS = 20_000;

    private LatexReader() {
    }

    /** Reads one formula written on its own ({@code symgrad}'s tests, the library): tokens, then a side. */
    public static Reading read(String formula) {
        return read(LatexTokens.lex(formula, 0, formula.length()), formula, LatexContext.NONE);
    }

    /** Reads one side of an equation: its expression or why not, its definable shape, its notes. */
    public static Reading read(List<Token> tokens, String document, LatexContext context) {
        return read(tokens, document, context, null);
    }

    /**
     * Reads a side that stands for the component {@code component} of a vector: a vector function
     * written without its component ({@code \mathrm{softmax}(\mathbf{o})} on the right of
     * {@code \hat{\mathbf{y}} = …}) takes it (LATEX-INPUT M5).
     */
    public static Reading read(List<Token> written, String document, LatexContext context, String component) {
        List<ReadingNote> notes = new ArrayList<>();
        List<Token> tokens = OneStepPartials.stripped(written, notes);
        Set<Expr> rangeSizes = new LinkedHashSet<>();
        Optional<InputException> expectation = Expectations.in(tokens, document);
        if (expectation.isPresent()) {
            return new Reading(Optional.empty(), expectation, Optional.empty(), notes, rangeSizes, false);
        }
        LatexParser.SideContext tree;
        try {
            tree = parse(tokens, document).side();
        } catch (InputException e) {
            return new Reading(Optional.empty(), Optional.of(e), Optional.empty(), notes, rangeSizes, false);
        }
        LatexBuilder builder = new LatexBuilder(document, context, indexLetters(tokens), notes, rangeSizes);
        Optional<Target> target = builder.target(tree.expr());
        builder.offerComponent(component);
        try {
            Expr e = guarded(() -> builder.pairSums(builder.expr(tree.expr())), tokens, document);
            Optional<String> index = IndexAsValue.in(e, Set.of(), name -> context.definesFunction(name) && context.function(name).isEmpty());
            if (index.isPresent()) {
                throw new InputException(IndexAsValue.message(index.get()), LatexSpans.of(document, tokens));
            }
            return new Reading(Optional.of(e), Optional.empty(), target, notes, rangeSizes, builder.componentTaken());
        } catch (InputException e) {
            return new Reading(Optional.empty(), Optional.of(e), target, notes, rangeSizes, false);
        }
    }

    /** Reads a condition: {@code i \neq j}, {@code x > 0}, {@code 0 < y < 1}. */
    public static Condition condition(List<Token> tokens, String document, LatexContext context) {
        LatexParser.RelationInputContext tree = parse(tokens, document).relationInput();
        LatexBuilder builder = new LatexBuilder(document, context, indexLetters(tokens), new ArrayList<>(),
                new LinkedHashSet<>());
        List<Expr> operands = new ArrayList<>();
        for (LatexParser.ExprContext e : tree.expr()) {
            operands.add(guarded(() -> builder.expr(e), tokens, document));
        }
        List<String> relations = new ArrayList<>();
        for (LatexParser.RelationContext r : tree.relation()) {
            relations.add(switch (r.getStart().getType()) {
                case LatexLexer.EQ -> "=";
                case LatexLexer.NEQ -> "!=";
                case LatexLexer.LT -> "<";
                case LatexLexer.GT -> ">";
                case LatexLexer.LEQ -> "<=";
                case LatexLexer.GEQ -> ">=";
                case LatexLexer.IN -> "in";
                default -> "notin";
            });
        }
        return new Condition(operands, relations, LatexSpans.of(document, tokens), LatexSpans.text(document, tokens));
    }

    /** A formula nested in another (a cell of {@code cases}), read with its parent's knowledge. */
    static Expr build(List<Token> tokens, String document, LatexBuilder parent) {
        LatexParser.SideContext tree = parse(tokens, document).side();
        LatexBuilder child = new LatexBuilder(document, parent.context(), parent.indexLetters(), parent.notes(),
                parent.rangeSizes());
        return child.expr(tree.expr());
    }

    /**
     * The letters used as indices in these tokens: after {@code _}, inside {@code _{…}}, so that a
     * superscript {@code ^{(i)}} of a name can be read as a sample index when {@code i} is one.
     */
    public static Set<String> indexLetters(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        out.addAll(boldSampleLetters(tokens));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.getType() == LatexLexer.LETTER) {
                out.add(next.getText());
            } else if (next.getType() == LatexLexer.LBRACE) {
                int close = LatexTokens.matchingBrace(tokens, i + 1);
                for (int k = i + 2; k < (close < 0 ? tokens.size() : close); k++) {
                    if (tokens.get(k).getType() == LatexLexer.CARET) {
                        // \nabla_{\mathbf{h}^a}: a superscript inside a subscript labels the name it is on, no index
                        k = Math.max(k, LatexTokens.argumentEnd(tokens, k + 1) - 1);
                    } else if (tokens.get(k).getType() == LatexLexer.LETTER) {
                        out.add(tokens.get(k).getText());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The sample letters of bold names without a subscript, {@code \mathbf{x}^{(i)}}: such a
     * superscript is always the example index (a whole vector has no other reading), so the other
     * names of the same equation read it as the index too ({@code y^{(i)}}, {@code x_k^{(i)}} beside
     * {@code \boldsymbol{\theta}^T \mathbf{x}^{(i)}}), not as a label of a new name.
     */
    private static Set<String> boldSampleLetters(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 9 < tokens.size(); i++) {
            if (tokens.get(i).getType() == LatexLexer.FONT && tokens.get(i).getText().matches("\\\\(mathbf|boldsymbol|bm|mathbfit|pmb)")
                    && tokens.get(i + 1).getType() == LatexLexer.LBRACE && tokens.get(i + 2).getType() == LatexLexer.LETTER
                    && tokens.get(i + 3).getType() == LatexLexer.RBRACE && tokens.get(i + 4).getType() == LatexLexer.CARET
                    && tokens.get(i + 5).getType() == LatexLexer.LBRACE && tokens.get(i + 6).getType() == LatexLexer.LPAREN
                    && tokens.get(i + 7).getType() == LatexLexer.LETTER && tokens.get(i + 8).getType() == LatexLexer.RPAREN
                    && tokens.get(i + 9).getType() == LatexLexer.RBRACE
                    && Character.isLowerCase(tokens.get(i + 7).getText().charAt(0))) {
                out.add(tokens.get(i + 7).getText());
            }
        }
        return out;
    }

    /**
     * The letters a document writes as superscripts of several different names ({@code o^a}, {@code h^a},
     * {@code \mathbf{o}^{a}}), or as {@code ^{l+1}}: labels, not powers (LATEX-INPUT M7). {@code T} is a
     * transpose and never a label.
     */
    public static Set<String> labelLetters(List<List<Token>> formulas) {
        Set<String> out = labelLettersOf(formulas.stream().flatMap(List::stream).toList());
        // n x^{n-1}, x^n y^n - n: a letter that a formula writing it above a name also writes as a value is an
        // exponent there, not a label (a stride s in one formula does not make h^s of the others a power)
        for (List<Token> formula : formulas) {
            Set<String> values = valueLetters(formula);
            values.retainAll(labelLettersOf(formula, true));
            out.removeAll(values);
        }
        return out;
    }

    private static Set<String> labelLettersOf(List<Token> tokens) {
        return labelLettersOf(tokens, false);
    }

    /** The label letters of {@code tokens}, or with {@code anyAbove} every letter written above a name. */
    private static Set<String> labelLettersOf(List<Token> tokens, boolean anyAbove) {
        Map<String, Set<String>> bases = new HashMap<>();
        Map<String, Set<String>> stems = new java.util.TreeMap<>();
        Set<String> out = new LinkedHashSet<>();
        Set<String> powers = new LinkedHashSet<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.CARET) {
                continue;
            }
            String letter = null;
            Token next = tokens.get(i + 1);
            if (next.getType() == LatexLexer.LETTER) {
                letter = next.getText();
            } else if (next.getType() == LatexLexer.LBRACE && i + 3 < tokens.size()
                    && tokens.get(i + 2).getType() == LatexLexer.LETTER) {
                if (tokens.get(i + 3).getType() == LatexLexer.RBRACE) {
                    letter = tokens.get(i + 2).getText();
                } else if ((tokens.get(i + 3).getType() == LatexLexer.PLUS || tokens.get(i + 3).getType() == LatexLexer.MINUS)
                        && i + 4 < tokens.size() && tokens.get(i + 4).getText().equals("1")) {
                    out.add(tokens.get(i + 2).getText());
                }
            } else if (next.getType() == LatexLexer.LBRACE && i + 6 < tokens.size()
                    && tokens.get(i + 2).getType() == LatexLexer.FONT && tokens.get(i + 3).getType() == LatexLexer.LBRACE
                    && tokens.get(i + 4).getType() == LatexLexer.LETTER && tokens.get(i + 5).getType() == LatexLexer.RBRACE
                    && tokens.get(i + 6).getType() == LatexLexer.RBRACE) {
                letter = tokens.get(i + 4).getText(); // ^{\mathbf{s}}
            } else if (next.getType() == LatexLexer.FONT && i + 4 < tokens.size()
                    && tokens.get(i + 2).getType() == LatexLexer.LBRACE && tokens.get(i + 3).getType() == LatexLexer.LETTER
                    && tokens.get(i + 4).getType() == LatexLexer.RBRACE) {
                letter = tokens.get(i + 3).getText();
            }
            if (letter == null || letter.equals("T") || limitOfBigOperator(tokens, i)) {
                continue; // \sum_{i=1}^{t}: the upper limit of a sum, above no name
            }
            int before = tokens.get(i - 1).getType();
            if (before == LatexLexer.RPAREN || before == LatexLexer.RBRACK) {
                powers.add(letter); // (\gamma \lambda)^l: above a bracket a letter is a power
                continue;
            }
            String base = baseOf(tokens, i);
            bases.computeIfAbsent(letter, l -> new LinkedHashSet<>()).add(base);
            String above = letter;
            stemOf(base).ifPresent(stem -> stems.computeIfAbsent(stem, l -> new LinkedHashSet<>()).add(above));
        }
        bases.forEach((letter, names) -> {
            names.remove("e");
            if (names.size() >= 2) {
                out.add(letter);
            }
        });
        // o_k^s beside \mathbf{o}^a: one indexed name with two letters above it names two layers
        stems.forEach((stem, letters) -> {
            if (letters.size() >= 2 && !stem.equals("e")) {
                out.addAll(letters);
            }
        });
        // a letter the document makes a variable (a parameter of a function it defines, \ell(\lambda, k) = …, or the
        // variable of a derivative, \partial k) is a power above a name, \lambda^{k+1} and (x_i/\lambda)^{k}, not a layer
        out.removeAll(variableLetters(tokens));
        out.removeAll(powers);
        // m_t = \beta_1 m_{t-1} + …: a letter whose steps the subscripts count (x_{t-1}) is a power above a name, the
        // \beta_1^t and \beta_1^{t-1} of Adam's bias correction, not a layer a^{l-1}
        out.removeAll(steppedSubscriptLetters(tokens));
        if (anyAbove) {
            out.addAll(bases.keySet());
        }
        return out;
    }

    /** Whether the letter at {@code i} touches another letter, as in a word written in math ({@code diag}, {@code softmax}). */
    private static boolean inWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return i > 0 && tokens.get(i - 1).getType() == LatexLexer.LETTER && tokens.get(i - 1).getStopIndex() + 1 == t.getStartIndex()
                || i + 1 < tokens.size() && tokens.get(i + 1).getType() == LatexLexer.LETTER
                        && t.getStopIndex() + 1 == tokens.get(i + 1).getStartIndex();
    }

    /** What follows a letter that is no value: its own script, a range (l = 2, …, L; l \in …), a call (s(x)_i). */
    private static final Set<Integer> RANGING = Set.of(LatexLexer.UNDERSCORE, LatexLexer.CARET, LatexLexer.EQ,
            LatexLexer.DEF_EQ, LatexLexer.NEQ, LatexLexer.LEQ, LatexLexer.GEQ, LatexLexer.LT, LatexLexer.GT, LatexLexer.IN,
            LatexLexer.NOT_IN, LatexLexer.COMMA, LatexLexer.SEMI, LatexLexer.COLON, LatexLexer.LPAREN);

    /**
     * The lower-case letters a document writes on their own as a value, outside every sub- and
     * superscript, in no word, not followed by a script of their own or a range ({@code n} of {@code n x^{n-1}}); a
     * layer's letter stands in scripts and ranges only ({@code a^{l-1}}, {@code l = 2, \dots, L}).
     */
    private static Set<String> valueLetters(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        java.util.Deque<Boolean> braces = new java.util.ArrayDeque<>(); // per open brace: does it open a script?
        int scriptDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int previous = i == 0 ? -1 : tokens.get(i - 1).getType();
            boolean scripted = previous == LatexLexer.CARET || previous == LatexLexer.UNDERSCORE;
            if (t.getType() == LatexLexer.LBRACE) {
                braces.push(scripted);
                scriptDepth += scripted ? 1 : 0;
            } else if (t.getType() == LatexLexer.RBRACE && !braces.isEmpty()) {
                scriptDepth -= braces.pop() ? 1 : 0;
            } else if (t.getType() == LatexLexer.LETTER && scriptDepth == 0 && !scripted
                    && Character.isLowerCase(t.getText().charAt(0))
                    && (i + 1 == tokens.size() || !RANGING.contains(tokens.get(i + 1).getType()))
                    && !inWord(tokens, i)) {
                out.add(t.getText());
            }
            if (t.getType() == LatexLexer.CARET && limitOfBigOperator(tokens, i) && i + 1 < tokens.size()) {
                // \sum_{i=1}^{t}: the upper limit is a number, so \beta_1^{t-1} beside it is a power
                Token limit = tokens.get(i + 1).getType() == LatexLexer.LBRACE && i + 3 < tokens.size()
                        && tokens.get(i + 3).getType() == LatexLexer.RBRACE ? tokens.get(i + 2) : tokens.get(i + 1);
                if (limit.getType() == LatexLexer.LETTER && Character.isLowerCase(limit.getText().charAt(0))) {
                    out.add(limit.getText());
                }
            }
        }
        return out;
    }

    /** The letters written in a subscript with a whole-number step, {@code t} of {@code m_{t-1}} and {@code x_{t+1}}. */
    private static Set<String> steppedSubscriptLetters(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 < tokens.size(); i++) {
            if (tokens.get(i).getType() == LatexLexer.UNDERSCORE && tokens.get(i + 1).getType() == LatexLexer.LBRACE
                    && tokens.get(i + 2).getType() == LatexLexer.LETTER
                    && (tokens.get(i + 3).getType() == LatexLexer.PLUS || tokens.get(i + 3).getType() == LatexLexer.MINUS)) {
                int j = i + 4;
                while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.DIGIT) {
                    j++;
                }
                if (j > i + 4 && j < tokens.size() && tokens.get(j).getType() == LatexLexer.RBRACE) {
                    out.add(tokens.get(i + 2).getText());
                }
            }
        }
        return out;
    }

    /**
     * The letters {@code tokens} make variables: the parameters of a function definition's head, {@code k} of
     * {@code \\ell(\\lambda, k) =} or {@code f(x, k) :=}, and the variable of a derivative, {@code k} of {@code \\partial k}
     * (not {@code \\partial w_k}, whose letter is a name's).
     */
    private static Set<String> variableLetters(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == LatexLexer.PARTIAL && tokens.get(i + 1).getType() == LatexLexer.LETTER
                    && (i + 2 == tokens.size() || tokens.get(i + 2).getType() != LatexLexer.UNDERSCORE
                    && tokens.get(i + 2).getType() != LatexLexer.CARET)) {
                out.add(tokens.get(i + 1).getText());
            }
            if (!isParameter(tokens.get(i)) || tokens.get(i + 1).getType() != LatexLexer.LPAREN
                    || i > 0 && (tokens.get(i - 1).getType() == LatexLexer.CARET || tokens.get(i - 1).getType() == LatexLexer.UNDERSCORE)) {
                continue;
            }
            List<String> parameters = new ArrayList<>();
            int j = i + 2;
            while (j + 1 < tokens.size() && isParameter(tokens.get(j))
                    && (tokens.get(j + 1).getType() == LatexLexer.COMMA || tokens.get(j + 1).getType() == LatexLexer.RPAREN)) {
                if (tokens.get(j).getType() == LatexLexer.LETTER) {
                    parameters.add(tokens.get(j).getText());
                }
                if (tokens.get(j + 1).getType() == LatexLexer.RPAREN) {
                    if (j + 2 < tokens.size() && (tokens.get(j + 2).getType() == LatexLexer.EQ
                            || tokens.get(j + 2).getType() == LatexLexer.DEF_EQ)) {
                        out.addAll(parameters);
                    }
                    break;
                }
                j += 2;
            }
        }
        return out;
    }

    private static boolean isParameter(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK && t.getText().startsWith("\\");
    }

    /**
     * The letter of an indexed or bold name as written before a superscript ({@code o} of
     * {@code o_k} or {@code \mathbf{o}}); empty for a plain letter, whose letter superscript may be
     * a power.
     */
    private static Optional<String> stemOf(String base) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?:\\\\(?:mathbf|boldsymbol|bm|vec|hat|tilde|bar)\\{)?([A-Za-z])(\\}?)(_.*)?").matcher(base);
        if (!m.matches() || (m.group(2).isEmpty() && m.group(3) == null) || base.length() == 1) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** Whether the caret at {@code caret} opens the upper limit of a Σ, Π or ∫ ({@code \sum_{i=1}^{t}}, {@code \prod^{n}}). */
    private static boolean limitOfBigOperator(List<Token> tokens, int caret) {
        int k = caret - 1;
        if (k >= 0 && tokens.get(k).getType() == LatexLexer.RBRACE) {
            k = LatexTokens.openingBrace(tokens, k) - 1;
        } else if (k >= 1 && tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE) {
            k--; // \sum_i^n
        }
        if (k >= 0 && tokens.get(k).getType() == LatexLexer.UNDERSCORE) {
            k--;
        }
        if (k >= 0 && tokens.get(k).getText().equals("\\limits")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        int type = tokens.get(k).getType();
        return type == LatexLexer.SUM || type == LatexLexer.PROD || type == LatexLexer.INTEGRAL;
    }

    /**
     * The name a superscript at {@code caret} belongs to, with its subscript ({@code z_i} in
     * {@code z_i^l}, {@code \mathbf{o}} in {@code \mathbf{o}^a}), as written.
     */
    private static String baseOf(List<Token> tokens, int caret) {
        int k = caret - 1;
        int start = k;
        while (k >= 0) {
            int type = tokens.get(k).getType();
            if (type == LatexLexer.RBRACE) {
                int open = LatexTokens.openingBrace(tokens, k);
                if (open < 0) {
                    break;
                }
                start = open;
                k = open - 1;
                if (k >= 0 && (tokens.get(k).getType() == LatexLexer.FONT || tokens.get(k).getType() == LatexLexer.DECOR)) {
                    start = k;
                    break;
                }
                if (k >= 0 && tokens.get(k).getType() == LatexLexer.UNDERSCORE) {
                    k--;
                    continue;
                }
                break;
            }
            start = k;
            if (k >= 1 && tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE) {
                k -= 2;
                continue;
            }
            break;
        }
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, start); i < caret; i++) {
            out.append(tokens.get(i).getText());
        }
        return out.toString();
    }

    /** The parse tree of one side ({@link VectorEntries}). */
    static LatexParser.SideContext tree(List<Token> tokens, String document) {
        return parse(tokens, document).side();
    }

    /** A parser over {@code tokens}: SLL first, full LL with error messages if SLL fails. */
    private static ParsingRun parse(List<Token> tokens, String document) {
        if (tokens.isEmpty()) {
            throw new InputException("an empty formula", SourceSpan.of(document, 0, 1));
        }
        if (tokens.size() > MAX_TOKENS) {
            throw new LimitException("expression-size", "a formula of more than " + MAX_TOKENS + " tokens");
        }
        // an unknown command is named before the grammar stumbles on what follows it (\map {\dfrac \d …})
        for (Token t : tokens) {
            if (t.getType() == LatexLexer.CMD) {
                throw new InputException(LatexNames.unknownCommand(t.getText()), LatexSpans.of(document, t));
            }
        }
        return new ParsingRun(withEof(tokens), document);
    }

    private static List<Token> withEof(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        Token last = tokens.get(tokens.size() - 1);
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setStartIndex(last.getStopIndex() + 1);
        eof.setStopIndex(last.getStopIndex());
        eof.setLine(last.getLine());
        out.add(eof);
        return out;
    }

    /** One parse of a token list by one rule, with the two-stage strategy. */
    private record ParsingRun(List<Token> tokens, String document) {
        LatexParser.SideContext side() {
            return run(LatexParser::side);
        }

        LatexParser.RelationInputContext relationInput() {
            return run(LatexParser::relationInput);
        }

        private <T> T run(java.util.function.Function<LatexParser, T> rule) {
            LatexParser fast = parser(PredictionMode.SLL);
            fast.setErrorHandler(new BailErrorStrategy());
            try {
                return guardedParse(() -> rule.apply(fast), tokens, document);
            } catch (ParseCancellationException slow) {
                LatexParser careful = parser(PredictionMode.LL);
                careful.setErrorHandler(new LatexSyntaxErrors(document));
                return guardedParse(() -> rule.apply(careful), tokens, document);
            }
        }

        private LatexParser parser(PredictionMode mode) {
            LatexParser p = new LatexParser(new CommonTokenStream(new ListTokenSource(tokens)));
            p.removeErrorListeners();
            p.getInterpreter().setPredictionMode(mode);
            return p;
        }
    }

    private static <T> T guardedParse(java.util.function.Supplier<T> parse, List<Token> tokens, String document) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw new InputException("the formula is nested too deeply to read", LatexSpans.of(document,
                    tokens.subList(0, Math.max(1, tokens.size() - 1))));
        }
    }

    /**
     * Runs a build step; anything unexpected inside it (a bug, not the input) is reported as an
     * internal error of the LaTeX reader at the formula, never as a stack trace (LATEX-INPUT 4.2).
     */
    private static <T> T guarded(java.util.function.Supplier<T> build, List<Token> tokens, String document) {
        try {
            return build.get();
        } catch (InputException | LimitException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new InputException("the formula is nested too deeply to read", LatexSpans.of(document, tokens));
        } catch (RuntimeException e) {
            throw new InputException("internal error in the LaTeX reader: " + e.getMessage(),
                    LatexSpans.of(document, tokens));
        }
    }

    /** {@code e} with each of {@code sizes} (range sizes such as {@code N}) replaced by symgrad's {@code n}. */
    public static Expr withRange(Expr e, Set<Expr> sizes) {
        if (sizes.contains(e)) {
            return Exprs.N;
        }
        return Exprs.mapChildren(e, c -> withRange(c, sizes));
    }
}
