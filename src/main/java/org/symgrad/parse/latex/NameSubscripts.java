package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Lower-case subscript letters that a document uses as parts of names, not as indices
 * (LATEX-INPUT M6): the recurrent-network convention {@code W_{xh}}, {@code W_{hh}}, {@code b_h},
 * {@code w_{xr}}, {@code b_z} beside the sequences {@code x_t}, {@code h_t} (or {@code H_t}),
 * {@code R_t}, {@code Z_t}, where a subscript letter names the variable a weight connects to.
 * Read as indices, {@code b_h} and {@code b_r} would be two components of one vector b that may
 * coincide, and a right local derivative would be called false.
 *
 * <p>A letter is a candidate when the document writes it, in either case, as an indexed name of its
 * own ({@code h_t}, {@code H_{t-1}}, {@code \tilde{H}_t}), writes it in the subscript of another
 * name, and never uses it as an index: no sum or product binds it, and no name it subscripts stands
 * right before {@code =}, as the left side of a definition ({@code R_t = …} makes t an index). The
 * candidates are name parts when a subscript of letters only ({@code W_{xh}}, {@code w_{hr}}) is made
 * of candidates alone: a weight named by the two variables it connects shows the convention; then
 * the same letter is a name part everywhere ({@code b_h}). The LSTM convention (Olah) names one
 * weight per gate with the gate's letter alone, {@code W_f}, {@code W_i}, {@code W_o}, {@code b_f}
 * beside the gates {@code f_t}, {@code i_t}, {@code o_t}: a name written with two or more different
 * candidates as its whole subscript shows it too. A lone {@code o_y} beside {@code y_i} keeps y an
 * index (a class label).
 */
public final class NameSubscripts {
    private NameSubscripts() {
    }

    /** The lower-case letters these tokens (a whole document's math) use as name parts in subscripts. */
    public static Set<String> in(List<Token> tokens) {
        return in(tokens, Set.of());
    }

    /**
     * As {@link #in(List)}, for a document whose {@code formulas} (its displays, each apart; {@code tokens} is all of
     * them) may define one labelled thing by another ({@link SelfDefinedLabels}: f_o = f_s …, no family's definition).
     */
    public static Set<String> in(List<Token> tokens, List<List<Token>> formulas) {
        return in(tokens, formulas, List.of());
    }

    /**
     * As {@link #in(List, List)}, with the document's inline math ({@code inline}, each formula apart) as evidence of
     * families only: a name the prose's math indexes by a letter a sum or product there binds ("$p_k = e^{z_k} /
     * \sum_j e^{z_j}$") is a family, so the displays' {@code z_j} and {@code z_c} are its members, not two labels.
     */
    public static Set<String> in(List<Token> tokens, List<List<Token>> formulas, List<List<Token>> inline) {
        Set<String> out = in(tokens, SelfDefinedLabels.in(formulas));
        Set<String> families = new LinkedHashSet<>(summedFamilies(inline));
        // θ^T x beside ∂²ℓ/∂θ_j∂θ_k = -e^{θ^T x} x_j x_k: θ is a vector written whole, so θ_j and θ_k are its entries, not
        // two labelled things
        families.addAll(transposedWhole(tokens));
        inline.forEach(f -> families.addAll(transposedWhole(f)));
        families.addAll(definedFamilies(inline));
        if (out.isEmpty() || families.isEmpty()) {
            return out;
        }
        Set<String> fewer = new LinkedHashSet<>(out);
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String base = tokens.get(i).getType() == LatexLexer.UNDERSCORE ? baseKey(tokens, i - 1) : null;
            int end = base == null ? -1 : LatexTokens.argumentEnd(tokens, i + 1);
            if ((end == i + 2 || end == i + 4 && tokens.get(i + 1).getType() == LatexLexer.LBRACE) && families.contains(base)) {
                fewer.remove(tokens.get(end == i + 2 ? i + 1 : i + 2).getText()); // a label letter no more: a member of the family
            }
        }
        return fewer;
    }

    /**
     * The names (as {@link #baseKey}) of a lower-case letter or a Greek letter that {@code tokens} transpose whole, with no
     * subscript: {@code \theta^T x}, {@code \mathbf{w}^\top}, {@code x^{T}}. A vector written whole, whose subscripted
     * letters are its entries.
     */
    private static Set<String> transposedWhole(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.CARET) {
                continue;
            }
            String base = baseKey(tokens, i - 1);
            if (base == null || i >= 2 && tokens.get(i - 2).getType() == LatexLexer.UNDERSCORE) {
                continue; // x_j^T: an entry's script
            }
            int end = LatexTokens.argumentEnd(tokens, i + 1);
            String letter = base.endsWith("}") ? base.substring(base.indexOf('{') + 1, base.length() - 1) : base;
            if (end < 0 || Character.isUpperCase(letter.replace("\\", "").charAt(0))) {
                continue;
            }
            List<Token> script = tokens.subList(i + 1, end);
            if (script.size() == 3 && script.get(0).getType() == LatexLexer.LBRACE) {
                script = script.subList(1, 2);
            }
            if (script.size() == 1 && (script.get(0).getType() == LatexLexer.TRANSPOSE
                    || script.get(0).getType() == LatexLexer.LETTER && script.get(0).getText().equals("T"))) {
                out.add(base);
            }
        }
        return out;
    }

    /**
     * The names (as {@link #baseKey}) that inline {@code formulas} define over one lower-case letter, as the left side of the
     * formula, by a body that indexes by it too ("Let $s_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$"): a family, as a display's
     * {@code y_i = …} is ({@link #labels}), so the displays' {@code s_i} and {@code s_j} are its members, not two labelled
     * things. A name defined over two letters ("$d_p = …$ and $d_n = …$", "$D_r = D(x)$ … $D_f = \sigma(s_f)$"), or by a body
     * without its letter in a subscript (a coating's {@code $n_c = \sqrt{n_1 n_2}$}, {@code $\bar{\alpha}_t = \prod_{s=1}^{t}
     * (1 - \beta_s)$}), keeps its labels.
     */
    private static Set<String> definedFamilies(List<List<Token>> formulas) {
        java.util.Map<String, Set<String>> defined = new java.util.LinkedHashMap<>();
        Set<String> indexing = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            for (int u = 1; u <= 4 && u + 1 < f.size(); u += 3) {
                String base = f.get(u).getType() == LatexLexer.UNDERSCORE ? baseKey(f, u - 1) : null;
                int end = base == null ? -1 : LatexTokens.argumentEnd(f, u + 1);
                if (end < 0 || end >= f.size() || end - u - 1 != 1 && end - u - 1 != 3) {
                    continue;
                }
                Token letter = f.get(end - u - 1 == 1 ? u + 1 : u + 2);
                int next = f.get(end).getType();
                if (letter.getType() == LatexLexer.LETTER && Character.isLowerCase(letter.getText().charAt(0))
                        && (next == LatexLexer.EQ || next == LatexLexer.DEF_EQ)) {
                    defined.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(letter.getText());
                    if (subscripts(f.subList(end + 1, f.size()), letter.getText())) {
                        indexing.add(base + "_" + letter.getText());
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        defined.forEach((base, letters) -> {
            if (letters.size() == 1 && indexing.contains(base + "_" + letters.iterator().next())) {
                out.add(base);
            }
        });
        return out;
    }

    /** Whether {@code tokens} write {@code letter} in a subscript: {@code z_i}, {@code w_{jk}}. */
    private static boolean subscripts(List<Token> tokens, String letter) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int end = tokens.get(i).getType() == LatexLexer.UNDERSCORE ? LatexTokens.argumentEnd(tokens, i + 1) : -1;
            if (end > 0 && tokens.subList(i + 1, end).stream().anyMatch(t -> t.getType() == LatexLexer.LETTER
                    && t.getText().equals(letter))) {
                return true;
            }
        }
        return false;
    }

    /** The names (as {@link #baseKey}) that {@code formulas} index by a letter a sum or product of the same formula binds. */
    private static Set<String> summedFamilies(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            Set<String> bound = new LinkedHashSet<>();
            for (int i = 1; i + 1 < f.size(); i++) {
                int before = f.get(i - 1).getType();
                int end = f.get(i).getType() == LatexLexer.UNDERSCORE ? LatexTokens.argumentEnd(f, i + 1) : -1;
                if (end > 0 && (before == LatexLexer.SUM || before == LatexLexer.PROD)) {
                    bound.addAll(boundLetters(f.subList(i + 1, end)));
                }
            }
            for (int i = 1; i + 1 < f.size(); i++) {
                String base = f.get(i).getType() == LatexLexer.UNDERSCORE ? baseKey(f, i - 1) : null;
                int end = base == null ? -1 : LatexTokens.argumentEnd(f, i + 1);
                if (end > 0 && f.subList(i + 1, end).stream().anyMatch(t -> t.getType() == LatexLexer.LETTER
                        && bound.contains(t.getText()))) {
                    out.add(base);
                }
            }
        }
        return out;
    }

    private static Set<String> in(List<Token> tokens, Set<String> selfDefined) {
        Set<String> indexedBases = new LinkedHashSet<>();
        Set<String> onOtherNames = new LinkedHashSet<>();
        Set<String> indices = new LinkedHashSet<>();
        Set<String> bound = new LinkedHashSet<>();
        List<List<String>> pairs = new java.util.ArrayList<>();
        java.util.Map<String, Set<String>> gates = new java.util.LinkedHashMap<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int end = LatexTokens.argumentEnd(tokens, i + 1);
            if (end < 0) {
                continue;
            }
            List<String> letters = tokens.subList(i + 1, end).stream()
                    .filter(t -> t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)))
                    .map(Token::getText).toList();
            int before = tokens.get(i - 1).getType();
            if (before == LatexLexer.SUM || before == LatexLexer.PROD) {
                List<String> summed = boundLetters(tokens.subList(i + 1, end));
                indices.addAll(summed);
                bound.addAll(summed);
                continue;
            }
            String base = baseLetter(tokens, i - 1);
            if (base == null) {
                continue;
            }
            indexedBases.add(base.toLowerCase(Locale.ROOT));
            int next = end < tokens.size() && tokens.get(end).getType() == LatexLexer.AMP ? end + 1 : end;
            if (next < tokens.size() && tokens.get(next).getType() == LatexLexer.EQ) {
                indices.addAll(letters);
            }
            for (String l : letters) {
                if (!l.equalsIgnoreCase(base)) {
                    onOtherNames.add(l);
                }
            }
            if (letters.size() >= 2 && end - i - 1 == letters.size() + 2) {
                pairs.add(letters);
            }
            if (letters.size() == 1 && (end - i - 1 == 1 || end - i - 1 == 3) && !letters.get(0).equalsIgnoreCase(base)) {
                gates.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(letters.get(0));
            }
        }
        Set<String> candidates = new LinkedHashSet<>(onOtherNames);
        candidates.retainAll(indexedBases);
        candidates.removeAll(indices);
        // a weight that connects two variables (W_{xh}) shows the convention; a lone o_y is a class label y
        Set<String> out = new LinkedHashSet<>();
        for (List<String> pair : pairs) {
            if (candidates.containsAll(pair)) {
                out.addAll(pair);
            }
        }
        // one weight per gate (W_f, W_i, W_o beside f_t, i_t, o_t): a name written with two or more
        // candidates alone as its subscript
        out.addAll(severalOnOneName(gates.values(), candidates));
        out.addAll(labels(tokens, bound, selfDefined));
        out.addAll(NumberedLabels.in(tokens, bound));
        return out;
    }

    /**
     * Parameters written as subscripts: a lower-case letter that the document uses as a value (a power, a factor, an
     * argument: {@code p^q}, {@code \frac{1 - p^q}{q}}, {@code \sigma(z) - y}) and that subscripts names only as their
     * whole subscript, Zhang and Sabuncu's {@code \mathcal{L}_q} beside {@code p^q}, Cui et al.'s class size
     * {@code n_y} beside the label y. Read as an index, the letter would be an index used as a value, and every
     * step using the name would be refused; it names the loss of that q, the size of that class. A letter no sum or
     * product binds, never in index arithmetic or a subscript of several letters, on names that carry no other
     * subscript (a name written with another index, {@code p_k} under {@code \sum_k} beside {@code p_j}, is a family and
     * keeps its indices: {@code \partial E/\partial p_j = j} reads j as a number through the sum) other than numbered
     * members the document defines: Lambert's {@code \ell_0(\pi, \lambda) = …} beside {@code \ell_y(\pi, \lambda) = …}
     * with y a count the document also uses as a value, the likelihood of a zero and of the count y. {@code formulas}:
     * the document's displays and its inline math, each apart.
     */
    public static Set<String> parameters(List<List<Token>> formulas) {
        Set<String> values = new LinkedHashSet<>();
        Set<String> notParameters = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> subscriptsOfBase = new java.util.LinkedHashMap<>();
        java.util.Map<String, Set<String>> basesOfLetter = new java.util.LinkedHashMap<>();
        Set<String> definedNumbers = new LinkedHashSet<>();
        Set<String> letterBases = new LinkedHashSet<>();
        for (List<Token> tokens : formulas) {
            scanParameters(tokens, values, notParameters, subscriptsOfBase, basesOfLetter, definedNumbers, letterBases);
        }
        Set<String> out = new LinkedHashSet<>();
        for (var e : basesOfLetter.entrySet()) {
            String letter = e.getKey();
            if (!values.contains(letter) || notParameters.contains(letter)) {
                continue;
            }
            // a letter's name with a Greek subscript beside numbered members, H_\alpha beside H_2, is a family at α = 2;
            // Graves's y_a, y_b beside the symbols a and b (and the y_k of symbol $k$): each a parameter of its own
            if (e.getValue().stream().allMatch(base -> (letterBases.contains(base + "_" + letter) ? subscriptsOfBase.get(base)
                    : withoutDefinedNumbers(base, subscriptsOfBase.get(base), definedNumbers)).stream()
                    .allMatch(other -> other.equals(letter) || values.contains(other) && !notParameters.contains(other)))) {
                out.add(letter);
            }
        }
        return out;
    }

    /** The mark of a one-digit subscript among a name's subscripts ({@code \ell_0}: {@code #number0}). */
    private static final String NUMBER = "#number";

    /** {@code subscripts} of {@code base} without the numbered members the document defines ({@code base#number0}). */
    private static Set<String> withoutDefinedNumbers(String base, Set<String> subscripts, Set<String> definedNumbers) {
        Set<String> out = new LinkedHashSet<>(subscripts);
        out.removeIf(sub -> sub.startsWith(NUMBER) && definedNumbers.contains(base + sub));
        return out;
    }

    /** Whether the name whose subscript ends before {@code at} is defined there: {@code =} next, or after its parameters. */
    private static boolean definedAt(List<Token> tokens, int at) {
        int k = at;
        if (k < tokens.size() && tokens.get(k).getType() == LatexLexer.LPAREN) {
            int depth = 0;
            for (; k < tokens.size(); k++) {
                int type = tokens.get(k).getType();
                depth += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (depth == 0) {
                    k++;
                    break;
                }
            }
        }
        return k < tokens.size() && (tokens.get(k).getType() == LatexLexer.EQ || tokens.get(k).getType() == LatexLexer.DEF_EQ);
    }

    /** One formula's evidence for {@link #parameters}: values, letters that are no parameter, each name's subscripts. */
    private static void scanParameters(List<Token> tokens, Set<String> values, Set<String> notParameters,
                                       java.util.Map<String, Set<String>> subscriptsOfBase,
                                       java.util.Map<String, Set<String>> basesOfLetter, Set<String> definedNumbers,
                                       Set<String> letterBases) {
        boolean[] inScript = new boolean[tokens.size()];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == LatexLexer.CARET && tokens.get(i + 1).getType() == LatexLexer.LBRACE && i + 2 < tokens.size()
                    && (tokens.get(i + 2).getType() == LatexLexer.LPAREN || tokens.get(i + 2).getType() == LatexLexer.LBRACK)) {
                // a label above a name, x^{(i)}, a^{[l]}: its letter is an index or a label, not a value
                int end = LatexTokens.argumentEnd(tokens, i + 1);
                for (int k = i + 1; k >= 0 && k < end; k++) {
                    inScript[k] = true;
                    if (tokens.get(k).getType() == LatexLexer.LETTER) {
                        notParameters.add(tokens.get(k).getText());
                    }
                }
                continue;
            }
            if (type != LatexLexer.UNDERSCORE) {
                continue;
            }
            int end = LatexTokens.argumentEnd(tokens, i + 1);
            if (end < 0) {
                continue;
            }
            for (int k = i + 1; k < end; k++) {
                inScript[k] = true;
            }
            String base = i > 0 ? baseBeforeSuperscript(tokens, i) : null;
            List<Token> script = tokens.subList(i + 1, end);
            boolean single = script.size() == 1 || script.size() == 3 && script.get(0).getType() == LatexLexer.LBRACE;
            Token first = script.get(script.size() == 3 ? 1 : 0);
            if (base != null && single && first.getType() == LatexLexer.LETTER
                    && Character.isLowerCase(first.getText().charAt(0))) {
                subscriptsOfBase.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(first.getText());
                basesOfLetter.computeIfAbsent(first.getText(), k -> new LinkedHashSet<>()).add(base);
                continue;
            }
            if (single && first.getType() == LatexLexer.GREEK && GreekParameters.scanned(tokens, i, first, notParameters,
                    subscriptsOfBase, basesOfLetter, letterBases)) {
                continue;
            }
            if (base != null && single && first.getType() == LatexLexer.DIGIT) {
                // \ell_0: a numbered member; where the document defines it (\ell_0(\pi, \lambda) = …), \ell_y may name another
                subscriptsOfBase.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(NUMBER + first.getText());
                if (definedAt(tokens, end)) {
                    definedNumbers.add(base + NUMBER + first.getText());
                }
            } else if (base != null) {
                // any other subscript on the name: a digit, several letters, index arithmetic, a word
                subscriptsOfBase.computeIfAbsent(base, k -> new LinkedHashSet<>()).add("#" + i);
            }
            for (int k = 0; k < script.size(); k++) {
                // a name subscripted inside the script, E_{n_y}, is read on its own (its own underscore)
                boolean nested = k + 1 < script.size() && script.get(k + 1).getType() == LatexLexer.UNDERSCORE
                        || k > 0 && script.get(k - 1).getType() == LatexLexer.UNDERSCORE;
                if (script.get(k).getType() == LatexLexer.LETTER && !nested) {
                    notParameters.add(script.get(k).getText());
                } else if (script.get(k).getType() == LatexLexer.GREEK && !nested) {
                    notParameters.add(LatexNames.greek(script.get(k).getText()));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (comparedLetters(tokens, i)) {
                // \mathbb{1}[j = y], (w \neq l): two letters compared are indices, a class and the entry it picks
                notParameters.add(t.getText());
                notParameters.add(tokens.get(i + 2).getText());
            }
            if (inScript[i] || GreekParameters.letter(t) == null) {
                continue;
            }
            int next = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
            if (next != LatexLexer.UNDERSCORE && next != LatexLexer.CARET) {
                values.add(GreekParameters.letter(t));
            }
        }
    }

    /** Whether the tokens from {@code at} compare two lone letters, {@code [j = y]}, {@code (w \\neq l)}, {@code \\{i = k\\}}. */
    private static boolean comparedLetters(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || tokens.get(at).getType() != LatexLexer.LETTER || tokens.get(at + 2).getType() != LatexLexer.LETTER
                || tokens.get(at + 1).getType() != LatexLexer.EQ && tokens.get(at + 1).getType() != LatexLexer.NEQ) {
            return false;
        }
        Set<Integer> open = Set.of(LatexLexer.LBRACK, LatexLexer.LPAREN, LatexLexer.LBRACE, LatexLexer.COMMA);
        Set<Integer> close = Set.of(LatexLexer.RBRACK, LatexLexer.RPAREN, LatexLexer.RBRACE, LatexLexer.COMMA);
        return at > 0 && open.contains(tokens.get(at - 1).getType())
                && at + 3 < tokens.size() && close.contains(tokens.get(at + 3).getType());
    }

    /**
     * Fixed labels: letters that tell two named things apart and range over nothing, such as the
     * winner and loser {@code \ell_w}, {@code \ell_l} of a preference pair, {@code y_w}, {@code y_l},
     * or a triplet's anchor, positive and negative {@code x_a}, {@code x_p}, {@code x_n}. Read as
     * indices they would be components of one vector that may coincide, and a right derivative
     * ∂L/∂ℓ_w would be called false at w = l. A lower-case letter is a label when every one of its
     * uses is the whole subscript of a name (never a value, never differentiated by, never in a
     * condition, a superscript, index arithmetic or a subscript of two letters), no sum or product
     * binds it, no name it subscripts is a family (written with a bound index, a digit, or a
     * subscript other than one letter: {@code z_k} under {@code \sum_k}, {@code x_1},
     * {@code W_{ij}}), it is not the subscript of a name's one definition ({@code y_i = …} defines
     * a family; {@code d_p = …} beside {@code d_n = …} defines two things), and one name carries it
     * beside another such letter ({@code \ell_w} and {@code \ell_l}).
     */
    static Set<String> labels(List<Token> tokens, Set<String> bound, Set<String> selfDefined) {
        Set<String> notLabels = new LinkedHashSet<>(bound);
        Set<String> families = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> onBase = new java.util.LinkedHashMap<>();
        java.util.Map<String, Set<String>> defined = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == LatexLexer.UNDERSCORE && i > 0 && i + 1 < tokens.size()) {
                String base = baseKey(tokens, i - 1);
                int end = LatexTokens.argumentEnd(tokens, i + 1);
                if (base == null || end < 0) {
                    continue;
                }
                int width = end - i - 1;
                Token first = tokens.get(i + 1 == end - 1 ? i + 1 : i + 2);
                boolean oneLetter = (width == 1 || width == 3) && first.getType() == LatexLexer.LETTER;
                if (!oneLetter) {
                    List<Token> script = tokens.subList(i + 1, end);
                    boolean named = script.stream().allMatch(s -> s.getType() == LatexLexer.TEXT
                            || s.getType() == LatexLexer.LBRACE || s.getType() == LatexLexer.RBRACE
                            || s.getType() == LatexLexer.LETTER && Character.isUpperCase(s.getText().charAt(0)));
                    if (!named) {
                        families.add(base);
                    }
                } else if (Character.isLowerCase(first.getText().charAt(0))) {
                    onBase.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(first.getText());
                    int next = end < tokens.size() && tokens.get(end).getType() == LatexLexer.AMP ? end + 1 : end;
                    if (next < tokens.size() && (tokens.get(next).getType() == LatexLexer.EQ
                            || tokens.get(next).getType() == LatexLexer.DEF_EQ)) {
                        defined.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(first.getText());
                    }
                }
                continue;
            }
            if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)) && !wholeSubscript(tokens, i)) {
                notLabels.add(t.getText());
            }
        }
        // a family is defined once, over its index (y_i = …); two labelled things each get a definition (d_p, d_n)
        for (Set<String> letters : defined.values()) {
            // f_o = f_s …: one labelled thing by another, no family over o (SelfDefinedLabels)
            if (letters.size() == 1 && !selfDefined.containsAll(letters)) {
                notLabels.addAll(letters);
            }
        }
        for (var e : onBase.entrySet()) {
            for (String l : e.getValue()) {
                if (notLabels.contains(l)) {
                    families.add(e.getKey());
                }
            }
        }
        Set<String> candidates = new LinkedHashSet<>();
        onBase.values().forEach(candidates::addAll);
        candidates.removeAll(notLabels);
        onBase.forEach((base, letters) -> {
            if (families.contains(base)) {
                candidates.removeAll(letters);
            }
        });
        return severalOnOneName(onBase.values(), candidates);
    }

    /** The candidates among each name's subscript letters, where one name carries two or more of them. */
    private static Set<String> severalOnOneName(java.util.Collection<Set<String>> lettersByName, Set<String> candidates) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> letters : lettersByName) {
            Set<String> named = new LinkedHashSet<>(letters);
            named.retainAll(candidates);
            if (named.size() >= 2) {
                out.addAll(named);
            }
        }
        return out;
    }

    /** Whether the letter at {@code at} is the whole subscript of a name: {@code b_w} or {@code b_{w}}. */
    static boolean wholeSubscript(List<Token> tokens, int at) {
        if (at >= 2 && tokens.get(at - 1).getType() == LatexLexer.UNDERSCORE) {
            return baseKey(tokens, at - 2) != null;
        }
        return at >= 3 && at + 1 < tokens.size() && tokens.get(at - 1).getType() == LatexLexer.LBRACE
                && tokens.get(at + 1).getType() == LatexLexer.RBRACE && tokens.get(at - 2).getType() == LatexLexer.UNDERSCORE
                && baseKey(tokens, at - 3) != null;
    }

    /**
     * The name that ends at {@code at}, as written ({@code r}, {@code \ell}, {@code \hat{r}},
     * {@code \mathbf{x}}), or null when no name ends there (a bracket, a sum).
     */
    static String baseKey(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) {
            return t.getText();
        }
        if (t.getType() == LatexLexer.RBRACE && at >= 3 && (tokens.get(at - 1).getType() == LatexLexer.LETTER
                || tokens.get(at - 1).getType() == LatexLexer.GREEK) && tokens.get(at - 2).getType() == LatexLexer.LBRACE
                && (tokens.get(at - 3).getType() == LatexLexer.DECOR || tokens.get(at - 3).getType() == LatexLexer.FONT)) {
            return tokens.get(at - 3).getText() + "{" + tokens.get(at - 1).getText() + "}";
        }
        return null;
    }

    /**
     * The name whose subscript starts with the underscore at {@code underscore}, also where a superscript stands between
     * them (Graves's {@code y^1_a}), as {@link #baseKey}; null where no name is subscripted there.
     */
    static String baseBeforeSuperscript(List<Token> tokens, int underscore) {
        String base = baseKey(tokens, underscore - 1);
        for (int caret = underscore - 2; base == null && caret >= 1 && caret >= underscore - 4; caret--) {
            if (tokens.get(caret).getType() == LatexLexer.CARET && LatexTokens.argumentEnd(tokens, caret + 1) == underscore) {
                return baseKey(tokens, caret - 1);
            }
        }
        return base;
    }

    /** The letters a sum's subscript binds: those before its {@code =}, or all of them. */
    static List<String> boundLetters(List<Token> script) {
        List<String> out = new java.util.ArrayList<>();
        for (Token t : script) {
            if (t.getType() == LatexLexer.EQ) {
                break;
            }
            if (t.getType() == LatexLexer.LETTER) {
                out.add(t.getText());
            }
        }
        return out;
    }

    /** The letter of the name that ends at {@code at}: {@code H}, or H of {@code \tilde{H}}; null otherwise. */
    private static String baseLetter(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (t.getType() == LatexLexer.LETTER) {
            return t.getText();
        }
        if (t.getType() == LatexLexer.RBRACE && at >= 3 && tokens.get(at - 1).getType() == LatexLexer.LETTER
                && tokens.get(at - 2).getType() == LatexLexer.LBRACE
                && (tokens.get(at - 3).getType() == LatexLexer.DECOR || tokens.get(at - 3).getType() == LatexLexer.FONT)) {
            return tokens.get(at - 1).getText();
        }
        return null;
    }
}
