package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The names a document defines as functions anywhere in its display math, read once before any
 * formula is: a row that starts {@code \zeta(x) = …}, {@code g(u, v) := …}. A name of these applied
 * to a bracket is a call of that function wherever it stands, also above its definition and with an
 * argument that is not a plain variable ({@code L = \zeta(w x)} and, further down, "where
 * {@code \zeta(x) = \log(1 + e^x)}"), not the name times the bracket; the call is applied once the
 * definition is read ({@code CallsBeforeDefinition}).
 */
public final class DefinedFunctions {
    private DefinedFunctions() {
    }

    /**
     * The names (symgrad's spelling: {@code zeta}, {@code g}) that {@code tokens}, one display's math,
     * define as functions: a one-token name at the start of a row (or after {@code &}), a bracket of
     * one or more plain one-token parameters separated by commas, then {@code =} or {@code :=}.
     */
    public static Set<String> in(List<Token> tokens) {
        return new LinkedHashSet<>(withParameters(tokens).keySet());
    }

    /**
     * The parameters (symgrad's spelling: {@code t}, {@code beta}) of the functions {@code tokens}, one display's math,
     * define as {@link #in} finds them: {@code S(t) = …} and {@code f(S, I) = …} give t, S and I. A formula naming one of
     * them at a value ("the hazard peaks at $t = …$") names a point of that function, not a definition of the letter.
     */
    public static Set<String> parameters(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        withParameters(tokens).values().forEach(out::addAll);
        return out;
    }

    /** Each function {@code tokens} define ({@link #in}), with its parameters' spellings. */
    public static java.util.Map<String, List<String>> withParameters(List<Token> tokens) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 4 < tokens.size(); i++) {
            int length = nameLength(tokens, i);
            if (length == 0 || i > 0 && !startsRow(tokens.get(i - 1))) {
                continue;
            }
            String name = nameSpelling(tokens, i, length);
            definedParameters(tokens, i + length).ifPresent(names -> out.putIfAbsent(name, names));
        }
        return out;
    }

    /**
     * The functions {@code tokens} define under a name with a Greek parameter or a word as its subscript, at the start of
     * a row: {@code L_\delta(a) = …} (the Huber loss of threshold δ), {@code h_\theta(x) = …}, {@code f_{\phi}(z) := …},
     * {@code L_{\text{MSE}}(w) = …} give {@code Ldelta}, {@code htheta}, {@code fphi}, {@code LMSE} — the name the reader
     * gives the subscripted name where the letter is a parameter ({@link GreekParameters}), so that
     * {@code L_\delta(y_i - f_i)} in a formula read on its own is a call of that function, not {@code L_δ} times the
     * bracket. Where the reader takes the letter for an index instead, the name is another and this one is never asked for.
     */
    public static Set<String> parametrised(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 6 < tokens.size(); i++) {
            int length = nameLength(tokens, i);
            int under = i + length;
            if (length == 0 || i > 0 && !startsRow(tokens.get(i - 1)) || under + 4 >= tokens.size()
                    || tokens.get(under).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            boolean braced = tokens.get(under + 1).getType() == LatexLexer.LBRACE;
            String parameter = parameterSpelling(tokens.get(braced ? under + 2 : under + 1));
            if (parameter == null || braced && tokens.get(under + 3).getType() != LatexLexer.RBRACE) {
                continue;
            }
            if (definedParameters(tokens, braced ? under + 4 : under + 2).isPresent()) {
                out.add(nameSpelling(tokens, i, length) + parameter);
            }
        }
        return out;
    }

    /** The fonts of a letter that names a function ({@code \mathcal{L}(w) = …}, a loss); bold is a vector's. */
    private static final Set<String> FUNCTION_FONTS = Set.of("\\mathcal", "\\mathscr", "\\mathfrak");

    /**
     * The number of tokens of a function's name at {@code i}: 1 for a letter, a Greek letter or a word in text
     * ({@link #namedInText}), 4 for a letter in a calligraphic font ({@code \mathcal{L}}), 0 for anything else.
     */
    private static int nameLength(List<Token> tokens, int i) {
        if (isName(tokens.get(i)) || namedInText(tokens.get(i))) {
            return 1;
        }
        boolean styled = i + 3 < tokens.size() && tokens.get(i).getType() == LatexLexer.FONT
                && FUNCTION_FONTS.contains(tokens.get(i).getText()) && tokens.get(i + 1).getType() == LatexLexer.LBRACE
                && tokens.get(i + 2).getType() == LatexLexer.LETTER && tokens.get(i + 3).getType() == LatexLexer.RBRACE;
        return styled ? 4 : 0;
    }

    /** symgrad's spelling of the name of {@code length} tokens at {@code i} ({@link #nameLength}): the letter's, the word's. */
    private static String nameSpelling(List<Token> tokens, int i, int length) {
        Token t = tokens.get(length == 1 ? i : i + 2);
        return t.getType() == LatexLexer.TEXT ? LatexTokens.textWord(t).strip() : spelling(t);
    }

    /**
     * Whether {@code t} is a function's name written as a word in text, {@code \operatorname{CE}}, {@code \mathrm{MSE}}:
     * letters and digits, not a function symgrad knows (whose name it reads as that function).
     */
    private static boolean namedInText(Token t) {
        if (t.getType() != LatexLexer.TEXT) {
            return false;
        }
        String word = LatexTokens.textWord(t).strip();
        return word.matches("[A-Za-z][A-Za-z0-9]*") && !org.symgrad.functions.FunctionRegistry.isKnown(word)
                && !org.symgrad.functions.FunctionRegistry.isKnown(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * How the reader spells a subscript that is part of a function's name ({@link NameScripts}): a Greek letter by its name
     * ({@code \delta}: delta), a word in text ({@code \text{MSE}}: MSE); null for any other token.
     */
    private static String parameterSpelling(Token t) {
        if (t.getType() == LatexLexer.GREEK && t.getText().startsWith("\\")) {
            return LatexNames.greek(t.getText());
        }
        if (t.getType() != LatexLexer.TEXT) {
            return null;
        }
        String word = LatexTokens.textWord(t);
        String label = TextLabels.joined(word).orElse(word.strip());
        return label.matches("[A-Za-z][A-Za-z0-9]*") ? label : null;
    }

    /**
     * The parameters' spellings of a bracket at {@code open} of one or more plain one-token names separated by commas,
     * followed by {@code =} or {@code :=}; empty where {@code open} starts no such bracket.
     */
    private static java.util.Optional<List<String>> definedParameters(List<Token> tokens, int open) {
        if (open >= tokens.size() || tokens.get(open).getType() != LatexLexer.LPAREN) {
            return java.util.Optional.empty();
        }
        int j = open + 1;
        boolean parameters = true;
        List<String> names = new java.util.ArrayList<>();
        while (j < tokens.size() && tokens.get(j).getType() != LatexLexer.RPAREN) {
            boolean parameter = (j - open) % 2 == 1;
            parameters &= parameter ? isName(tokens.get(j)) : tokens.get(j).getType() == LatexLexer.COMMA;
            if (parameter && isName(tokens.get(j))) {
                names.add(spelling(tokens.get(j)));
            }
            j++;
        }
        if (!parameters || j == open + 1 || (j - open) % 2 == 1 || j + 1 >= tokens.size()) {
            return java.util.Optional.empty();
        }
        int relation = tokens.get(j + 1).getType();
        return relation == LatexLexer.EQ || relation == LatexLexer.DEF_EQ ? java.util.Optional.of(List.copyOf(names))
                : java.util.Optional.empty();
    }

    /**
     * The names {@code tokens} write with a prime before a bracket, {@code g'(z)}, {@code f''(x)}, {@code h^\prime(u)}:
     * the derivative of a function, so the document uses the name as a function and {@code g(\theta^T x)}
     * elsewhere is a call of it, not g times a bracket (LATEX-INPUT M8 rule 3 decides for the whole document).
     */
    public static Set<String> primed(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isName(tokens.get(i))) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.PRIME) {
                j++;
            }
            if (j == i + 1 && j + 1 < tokens.size() && tokens.get(j).getType() == LatexLexer.CARET
                    && tokens.get(j + 1).getType() == LatexLexer.PRIME_CMD) {
                j += 2;
            }
            if (j > i + 1 && j < tokens.size() && tokens.get(j).getType() == LatexLexer.LPAREN) {
                out.add(spelling(tokens.get(i)));
            }
        }
        return out;
    }

    /**
     * The names {@code tokens} write with an index subscript and a prime before a bracket, {@code f_i'(w)},
     * {@code f_{i}''(x)}, {@code f_1'(w)}: the derivative of one member of a family of functions, one per index (the
     * components {@code f_i} of a finite sum {@code \frac{1}{n} \sum_i f_i(w)}), so {@code f_i(w)} elsewhere is
     * that member at w, not f_i times w.
     */
    public static Set<String> primedIndexed(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!isName(tokens.get(i)) || tokens.get(i + 1).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int j = i + 2;
            if (tokens.get(j).getType() == LatexLexer.LETTER || tokens.get(j).getType() == LatexLexer.DIGIT) {
                j++;
            } else if (tokens.get(j).getType() == LatexLexer.LBRACE) {
                j++;
                int letters = 0;
                while (j < tokens.size() && (tokens.get(j).getType() == LatexLexer.LETTER
                        || tokens.get(j).getType() == LatexLexer.DIGIT)) {
                    j++;
                    letters++;
                }
                if (letters == 0 || j >= tokens.size() || tokens.get(j).getType() != LatexLexer.RBRACE) {
                    continue;
                }
                j++;
            } else {
                continue;
            }
            int primes = j;
            while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.PRIME) {
                j++;
            }
            if (j > primes && j < tokens.size() && tokens.get(j).getType() == LatexLexer.LPAREN) {
                out.add(spelling(tokens.get(i)));
            }
        }
        return out;
    }

    /**
     * The names {@code tokens} write before a bracket with a subscript after it, {@code S(x)_i}, {@code s(x + c)_{i}}
     * (a component of a vector function) when {@code component}, else without one ({@code S(\mathbf{x}_1)}, {@code g(z)}),
     * with the offset of each name's first such use.
     */
    public static java.util.Map<String, Integer> calls(List<Token> tokens, boolean component) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!isName(tokens.get(i)) || tokens.get(i + 1).getType() != LatexLexer.LPAREN
                    || i > 0 && (tokens.get(i - 1).getType() == LatexLexer.CARET || tokens.get(i - 1).getType() == LatexLexer.UNDERSCORE)) {
                continue; // o_y^s(x): a label's letter, not a function
            }
            int depth = 0;
            int j = i + 1;
            for (; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                depth += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            boolean subscript = j + 1 < tokens.size() && tokens.get(j + 1).getType() == LatexLexer.UNDERSCORE;
            if (subscript == component) {
                out.putIfAbsent(spelling(tokens.get(i)), tokens.get(i).getStartIndex());
            }
        }
        return out;
    }

    /**
     * The names {@code tokens}, one display's math, define as a family of functions, one member per index letter, at the
     * start of a row: {@code \pi_j(x) = …} (Agresti's response probabilities) gives {@code pi}, so {@code \pi_j(x)} above
     * the definition is that member at x, not π_j times x. Each parameter is a plain one-token name, as for {@link #in}.
     */
    public static Set<String> families(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        indexedDefinitions(tokens).stream().filter(d -> !DocumentFunction.namesMember(d.getValue())).forEach(d -> out.add(d.getKey()));
        return out;
    }

    /**
     * The members of a family {@code tokens} define on their own, at a number or a count's capital, at the start of a
     * row: {@code \pi_J(x) = …}, {@code g_1(\theta) = …} give {@code piJ}, {@code g1} ({@link DocumentFunction#memberName}).
     */
    public static Set<String> members(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        indexedDefinitions(tokens).stream().filter(d -> DocumentFunction.namesMember(d.getValue()))
                .forEach(d -> out.add(DocumentFunction.memberName(d.getKey(), d.getValue())));
        return out;
    }

    /** Each row-start definition of a name with indices, {@code name_{indices}(params) = …}: the name, then its indices. */
    private static List<java.util.Map.Entry<String, List<String>>> indexedDefinitions(List<Token> tokens) {
        List<java.util.Map.Entry<String, List<String>>> out = new java.util.ArrayList<>();
        for (int i = 0; i + 5 < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (!isName(name) || i > 0 && !startsRow(tokens.get(i - 1)) || tokens.get(i + 1).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            List<String> indices = new java.util.ArrayList<>();
            int j = i + 2;
            if (isIndex(tokens.get(j))) {
                indices.add(tokens.get(j++).getText());
            } else if (tokens.get(j).getType() == LatexLexer.LBRACE) {
                j++;
                while (j < tokens.size() && (isIndex(tokens.get(j)) || tokens.get(j).getType() == LatexLexer.COMMA)) {
                    if (isIndex(tokens.get(j))) {
                        indices.add(tokens.get(j).getText());
                    }
                    j++;
                }
                if (j >= tokens.size() || tokens.get(j).getType() != LatexLexer.RBRACE) {
                    continue;
                }
                j++;
            }
            if (indices.isEmpty() || j >= tokens.size() || tokens.get(j).getType() != LatexLexer.LPAREN) {
                continue;
            }
            int open = j++;
            boolean parameters = true;
            while (j < tokens.size() && tokens.get(j).getType() != LatexLexer.RPAREN) {
                parameters &= (j - open) % 2 == 1 ? isName(tokens.get(j)) : tokens.get(j).getType() == LatexLexer.COMMA;
                j++;
            }
            if (!parameters || j == open + 1 || (j - open) % 2 == 1 || j + 1 >= tokens.size()
                    || tokens.get(j + 1).getType() != LatexLexer.EQ && tokens.get(j + 1).getType() != LatexLexer.DEF_EQ) {
                continue;
            }
            out.add(java.util.Map.entry(spelling(name), List.copyOf(indices)));
        }
        return out;
    }

    private static boolean isIndex(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.DIGIT;
    }

    static boolean isName(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK && t.getText().startsWith("\\");
    }

    static boolean startsRow(Token before) {
        int type = before.getType();
        return type == LatexLexer.AMP || type == LatexLexer.LINEBREAK || type == LatexLexer.BEGIN
                || type == LatexLexer.QUAD || type == LatexLexer.COMMA || type == LatexLexer.TEXT;
    }

    private static String spelling(Token name) {
        String text = name.getText();
        return text.startsWith("\\") ? text.substring(1) : text;
    }
}
