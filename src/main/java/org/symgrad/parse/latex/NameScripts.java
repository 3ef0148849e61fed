package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads the sub- and superscripts, primes and marks written after a name into its {@link NameAtom}: indices
 * ({@code x_i}, {@code W_{ij}}, {@code x_{t-1}}), words and capitals of the name ({@code L_{MSE}}), sample and layer
 * labels ({@code y^{(i)}}, {@code W^{(1)}}), iterates ({@code \beta^{(t+1)}}), powers, and the value of a script
 * used as a number or power.
 */
final class NameScripts {
    /** What an unbraced sign script stands right before when the author meant a power ({@link #signedOperand}). */
    private static final Set<Integer> OPERANDS = Set.of(LatexLexer.LETTER, LatexLexer.DIGIT, LatexLexer.GREEK, LatexLexer.FUNC,
            LatexLexer.FRAC, LatexLexer.SQRT, LatexLexer.FONT, LatexLexer.DECOR, LatexLexer.LPAREN, LatexLexer.LBRACE);

    private final LatexBuilder builder;

    NameScripts(LatexBuilder builder) {
        this.builder = builder;
    }

    /** Applies a subscript, superscript or prime written right after a name. */
    void absorbScript(NameAtom name, LatexParser.PostOpContext op, boolean callFollows) {
        switch (op) {
            case LatexParser.SubscriptOpContext sub -> {
                if (name.subscripted) {
                    throw builder.error("a double subscript: write " + builder.text(name.where) + "_{…} with one brace group", sub);
                }
                name.subscripted = true;
                if (sub.scriptArg() instanceof LatexParser.GreekScriptContext g && (callFollows
                        || builder.context.function(name.base + name.suffix + LatexNames.greek(g.getText())).isPresent())) {
                    // h_\theta(x), f_\phi(z): a Greek subscript before a call names the parameters of
                    // the function (a hypothesis h_θ), not an index; the function is hθ, also where
                    // the document, having defined it, names it without its argument (dL_δ/dr)
                    name.suffix += LatexNames.greek(g.getText());
                    return;
                }
                int before = name.indices.size();
                subscript(name, sub.scriptArg());
                if (name.sampleIndices > 0) {
                    // x^{(i)}_j is x_j^{(i)}: TeX puts the scripts in place whatever their order, so the
                    // subscripts come before the sample index in either spelling
                    List<String> written = new ArrayList<>(name.indices.subList(before, name.indices.size()));
                    name.indices.subList(before, name.indices.size()).clear();
                    name.indices.addAll(before - name.sampleIndices, written);
                }
            }
            case LatexParser.SuperscriptOpContext sup -> {
                if (name.superscripted) {
                    throw builder.error("a double superscript: write one brace group ^{…}", sup);
                }
                name.superscripted = true;
                superscript(name, sup.scriptArg(), callFollows);
            }
            case LatexParser.PrimeOpContext p -> name.primes += 1;
            case LatexParser.FactorialOpContext f -> throw builder.error("a factorial (" + builder.text(name.where) + "!) is a value, "
                    + "not a name: it cannot be differentiated by or subscripted", f);
            default -> throw new IllegalStateException("unexpected parse-tree node " + op.getClass());
        }
    }

    /**
     * The indices of an entry with each letter the document writes as a sum's limit ({@link LatexContext#sizeLetters})
     * read as the range size as a value: {@code w_n}, {@code x_T}, {@code w_{N-1}} beside {@code \\sum_{t=0}^{N-1}}.
     */
    List<String> sizesAsValues(List<String> indices) {
        if (builder.context.sizeLetters().isEmpty()) {
            return indices;
        }
        List<String> out = new ArrayList<>(indices.size());
        for (String i : indices) {
            String v = i;
            for (String letter : builder.context.sizeLetters()) {
                v = Index.substitute(v, letter, Index.SIZE);
            }
            out.add(v);
        }
        return out;
    }

    /** {@code x_T} beside {@code \\sum_{t=1}^{T}}: the capital is the range size, an index here, not part of the name. */
    private boolean sizeSubscript(NameAtom name, String letter) {
        return Character.isUpperCase(letter.charAt(0)) && builder.context.sizeLetters().contains(letter)
                && Character.isLowerCase(name.base.charAt(0)) && !builder.context.nameSubscriptLetters().contains(letter);
    }

    /**
     * A letter of a name's subscript: the range size, a parameter of a function the subscript differentiates ({@code f_x}
     * beside {@code f(x, y) = …}, {@link NameResolution#partialSubscripts}), a letter of the name ({@code W_{xh}}), or an index.
     */
    private void subscriptLetter(NameAtom name, String c) {
        if (sizeSubscript(name, c) || builder.names.partialVariable(name, c)) {
            name.indices.add(c);
        } else if (Character.isUpperCase(c.charAt(0)) || builder.context.nameSubscriptLetters().contains(c)
                || name.isPlain() && builder.context.referenceBases().contains(name.base)) {
            // I_u beside I(θ) = I_0 cos²θ: a name defined whole has no entries, its lettered names are labels (ReferenceValues)
            name.foldLetter(c);
        } else {
            name.indices.add(c);
        }
    }

    private void subscript(NameAtom name, LatexParser.ScriptArgContext arg) {
        switch (arg) {
            case LatexParser.LetterScriptContext l -> {
                subscriptLetter(name, l.getText());
            }
            case LatexParser.DigitScriptContext d -> {
                if (name.isPlain() && (builder.context.referenceBases().contains(name.base)
                        || builder.context.functionBases().contains(name.base))) {
                    // P_0 beside P(T) = P_0 …: the reference value P0; s_1 beside s(r) = …: an observation (ReferenceValues)
                    name.foldLetter(d.getText());
                } else {
                    name.indices.add(d.getText());
                }
            }
            case LatexParser.GreekScriptContext g -> GreekParameters.subscript(name, LatexNames.greek(g.getText()), builder.context.nameSubscriptLetters());
            case LatexParser.TextScriptContext t -> name.suffix += label(LatexTokens.textWord(t.TEXT().getSymbol()), t);
            case LatexParser.StyledScriptContext s -> subscript(name, s.scriptArg());
            case LatexParser.BracedScriptContext b -> {
                builder.bigOperators.noCondition(b);
                List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
                if (items.isEmpty()) {
                    throw builder.error("an empty subscript", b);
                }
                for (LatexParser.ScriptItemContext item : items) {
                    if (!item.relation().isEmpty()) {
                        if (name.base.equals("delta") && name.spelling == NameAtom.Spelling.GREEK
                                && item.relation().size() == 1 && item.relation(0).EQ() != null) {
                            List<String> a = indexList(item.expr(0));
                            List<String> c = indexList(item.expr(1));
                            if (a.size() == 1 && c.size() == 1) {
                                builder.note(builder.text(b) + ": \\delta_{i=j} read as the Kronecker delta \\delta_{ij}", b);
                                name.indices.add(a.get(0));
                                name.indices.add(c.get(0));
                                continue;
                            }
                        }
                        throw builder.error("a condition in a subscript (" + builder.text(item) + ") is not understood here; "
                                + "state it after the formula, e.g. \\quad (i \\neq j)", item);
                    }
                    indexParts(name, item.expr(0));
                }
            }
            case LatexParser.MarkScriptContext m -> marked(name, "_", m);
            case LatexParser.PrimeScriptContext p -> throw builder.error("a prime in a subscript is not understood", p);
            case LatexParser.TransposeScriptContext t -> throw builder.error("\\top in a subscript is not understood", t);
            case LatexParser.InverseTransposeScriptContext t -> throw builder.error("\\top in a subscript is not understood", t);
            case LatexParser.CommandScriptContext c -> throw builder.error(LatexNames.unknownCommand(c.getText()), c);
            case LatexParser.InfinityScriptContext i -> throw builder.error(InfiniteLimits.NOT_A_NUMBER, i);
            default -> throw new IllegalStateException("unexpected parse-tree node " + arg.getClass());
        }
    }

    /**
     * The label a subscript that is a fraction of two whole numbers spells ({@code 3/2}, {@code \frac{5}{2}},
     * {@code \tfrac12}): {@code 3over2}; empty for any other subscript. No index is a fraction.
     */
    private static Optional<String> fractionLabel(LatexParser.ExprContext e) {
        if (e.term().size() != 1) {
            return Optional.empty();
        }
        List<ParseTree> c = e.term(0).children;
        if (c.size() == 3 && c.get(1) instanceof LatexParser.MulOpContext op && op.SLASH() != null
                && wholeNumber(c.get(0)).isPresent() && wholeNumber(c.get(2)).isPresent()) {
            return Optional.of(wholeNumber(c.get(0)).get() + "over" + wholeNumber(c.get(2)).get());
        }
        if (c.size() == 1 && c.get(0) instanceof LatexParser.PlainSignedContext p
                && p.factor() instanceof LatexParser.PostfixFactorContext pf && pf.postfix().postOp().isEmpty()
                && pf.postfix().primary() instanceof LatexParser.FractionContext f) {
            Optional<String> top = fracDigits(f.fracArg(0));
            Optional<String> bottom = fracDigits(f.fracArg(1));
            if (top.isPresent() && bottom.isPresent()) {
                return Optional.of(top.get() + "over" + bottom.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> wholeNumber(ParseTree t) {
        LatexParser.FactorContext f = t instanceof LatexParser.PlainSignedContext p ? p.factor()
                : t instanceof LatexParser.FactorContext fc ? fc : null;
        return f instanceof LatexParser.PostfixFactorContext pf && pf.postfix().postOp().isEmpty()
                && pf.postfix().primary() instanceof LatexParser.NumberContext n && n.getText().matches("[0-9]+")
                ? Optional.of(n.getText()) : Optional.empty();
    }

    private static Optional<String> fracDigits(LatexParser.FracArgContext a) {
        if (a instanceof LatexParser.DigitFracArgContext d) {
            return Optional.of(d.getText());
        }
        if (a instanceof LatexParser.BracedFracArgContext b && b.expr().term().size() == 1
                && b.expr().term(0).children.size() == 1) {
            return wholeNumber(b.expr().term(0).children.get(0));
        }
        return Optional.empty();
    }

    /** The pieces of one subscript item: letters are indices, digit runs one index, words the name's. */
    private void indexParts(NameAtom name, LatexParser.ExprContext e) {
        Optional<String> fraction = fractionLabel(e);
        if (fraction.isPresent()) {
            // k_{3/2}, k_{\frac{5}{2}}: the Matérn kernel of ν = 3/2 is a name, not an entry at an index 3/2
            builder.note(name.base + "_{" + builder.text(e) + "}: " + builder.text(e) + " read as a label of " + name.base + ", not an index", e);
            name.suffix += fraction.get();
            return;
        }
        if (e.term().size() != 1 || IndexArithmetic.bracketed(e)) {
            name.indices.add(IndexArithmetic.read(e, builder::error, Character.isLowerCase(name.base.charAt(0))
                    ? builder.context.sizeLetters() : Set.of()));
            return;
        }
        for (ParseTree child : e.term(0).children) {
            if (!(child instanceof LatexParser.SignedContext) && !(child instanceof LatexParser.FactorContext)) {
                throw builder.error("index arithmetic (" + builder.text(e) + ") is not supported yet", e);
            }
            LatexParser.FactorContext f = child instanceof LatexParser.PlainSignedContext p ? p.factor()
                    : child instanceof LatexParser.FactorContext fc ? fc : null;
            if (f == null || !(f instanceof LatexParser.PostfixFactorContext pf)) {
                throw builder.error("a subscript holds indices, such as ij or k,l, not " + builder.text(e), e);
            }
            LatexParser.PostfixContext post = pf.postfix();
            LatexParser.PrimaryContext primary = post.primary();
            if (!post.postOp().isEmpty() && primary instanceof LatexParser.LetterContext letter
                    && Character.isLowerCase(letter.getText().charAt(0)) && post.postOp().stream().allMatch(this::marksAnIndex)) {
                // \sum_{j'=1}^{V} e^{u_{j'}}, u_{j^*}: a primed or starred letter is an index of its own
                StringBuilder index = new StringBuilder(letter.getText());
                post.postOp().forEach(op -> index.append(op instanceof LatexParser.PrimeOpContext ? "prime"
                        : markWord((LatexParser.MarkScriptContext) ((LatexParser.SuperscriptOpContext) op).scriptArg())));
                name.indices.add(index.toString());
                continue;
            }
            if (!post.postOp().isEmpty()) {
                // a nested subscripted name, f_{y_i}: a fixed label index
                if (post.postOp().size() == 1 && post.postOp(0) instanceof LatexParser.SubscriptOpContext
                        && primary instanceof LatexParser.LetterContext) {
                    String label = (primary.getText() + post.postOp(0).getText().replaceAll("[^A-Za-z0-9]", ""));
                    builder.note(builder.text(post) + " in a subscript read as one fixed index " + label, post);
                    name.indices.add(label);
                    continue;
                }
                throw builder.error("a subscript holds indices, such as ij or k,l, not " + builder.text(post), post);
            }
            switch (primary) {
                case LatexParser.LetterContext l -> {
                    subscriptLetter(name, l.getText());
                }
                case LatexParser.NumberContext n -> {
                    if (n.DOT() != null) {
                        throw builder.error("an index is a whole number, not " + n.getText(), n);
                    }
                    if (n.getText().matches("[1-9]{2}") && e.term(0).children.size() == 1
                            && builder.context.pairedIndices().contains(name.base)) {
                        // \mathcal{C}_{12} beside \mathcal{C}_{ij}: the entry at 1 and 2, not at twelve (PairedIndices)
                        name.indices.add(n.getText().substring(0, 1));
                        name.indices.add(n.getText().substring(1));
                        continue;
                    }
                    name.indices.add(n.getText());
                }
                case LatexParser.GreekContext g -> GreekParameters.subscript(name, LatexNames.greek(g.getText()), builder.context.nameSubscriptLetters());
                case LatexParser.WordContext w -> name.suffix += word(w.getText(), w);
                case LatexParser.TextContext t -> name.suffix += label(LatexTokens.textWord(t.TEXT().getSymbol()), t);
                case LatexParser.StyledContext s -> {
                    List<String> inner = indexList(s.scriptArg());
                    // \hat{k} the document names as an arg max ({@link ArgExtrema}): that label, not k
                    String decorated = s.DECOR() != null && inner.size() == 1
                            ? inner.get(0) + s.DECOR().getText().replaceAll("^\\\\", "") : null;
                    if (decorated != null && builder.context.argExtrema().containsValue(decorated)) {
                        name.indices.add(decorated);
                    } else {
                        name.indices.addAll(inner);
                    }
                }
                default -> throw builder.error("a subscript holds indices, such as ij or k,l, not " + builder.text(primary), primary);
            }
        }
    }

    /**
     * {@code name} with the word of the mark {@code m} written after {@code script} ({@code _} or {@code ^}) added, and a note
     * saying so. An unbraced sign followed at once by a digit, a letter, a command or a bracket ({@code x^-1}, {@code e^-x},
     * {@code e^-\lambda t}) is not read: TeX sets only the sign above, where the author meant a power ({@code e^{-x}}); read
     * as a marked name, {@code e^-x} made a right step false.
     */
    private void marked(NameAtom name, String script, LatexParser.MarkScriptContext m) {
        int after = m.getStop().getStopIndex() + 1;
        if (m.LBRACE() == null && m.STAR() == null && signedOperand(after)) {
            String base = builder.text(name.where) + script;
            String next = builder.document.substring(after, after + 1);
            throw builder.error(base + m.getText() + next + " sets only the sign in the script: write " + base + "{" + m.getText()
                    + next + "} for a power, or " + base + "{" + m.getText() + "} for a marked name", m);
        }
        name.suffix += markWord(m);
        builder.note(builder.text(name.where) + script + builder.text(m) + ": " + builder.text(m) + " read as part of the name " + name.base + name.suffix, m);
    }

    /**
     * Whether the text at {@code at}, right after an unbraced sign script with no space between, starts what the sign was meant
     * to apply to: a letter, a digit, a Greek letter, a function word, a fraction, a root, a styled name or a bracket
     * ({@code e^-x}, {@code e^-\lambda}, {@code e^-(x)}), not a closing delimiter or an operator ({@code k_+\right)}).
     */
    private boolean signedOperand(int at) {
        if (at >= builder.document.length() || Character.isWhitespace(builder.document.charAt(at))) {
            return false;
        }
        List<Token> next = LatexTokens.lex(builder.document, at, Math.min(builder.document.length(), at + 40));
        return !next.isEmpty() && next.get(0).getStartIndex() == at && OPERANDS.contains(next.get(0).getType());
    }


    /** A prime ({@code j'}) or a star ({@code j^*}, {@code j^{\ast}}) on an index letter. */
    private boolean marksAnIndex(LatexParser.PostOpContext op) {
        return op instanceof LatexParser.PrimeOpContext || op instanceof LatexParser.SuperscriptOpContext sup
                && sup.scriptArg() instanceof LatexParser.MarkScriptContext m && m.STAR() != null;
    }

    /**
     * The word a mark script adds to a name: {@code plus} ({@code d_+}), {@code minus} ({@code r_-}), {@code star}
     * ({@code \theta^*}), {@code ddagger} ({@code \Delta G^\ddagger}).
     */
    private String markWord(LatexParser.MarkScriptContext m) {
        // ΔG^\ddagger, the transition state's free energy of activation: a mark of its own beside ΔG^*
        return m.PLUS() != null ? "plus" : m.MINUS() != null ? "minus" : m.STAR().getText().equals("\\ddagger") ? "ddagger" : "star";
    }

    /** The indices a script names: {@code k}, {@code {ij}}, {@code {k,l}}, {@code \mathbf{j}}. */
    List<String> indexList(ParserRuleContext script) {
        NameAtom probe = new NameAtom(NameAtom.Spelling.LETTER, "x", script);
        if (script instanceof LatexParser.ScriptArgContext s) {
            subscript(probe, s);
        } else if (script instanceof LatexParser.ExprContext e) {
            indexParts(probe, e);
        }
        if (!probe.suffix.isEmpty()) {
            throw builder.error("an index is a lower-case letter or a number, not " + probe.suffix, script);
        }
        return probe.indices;
    }

    String plainIndex(LatexParser.StyledScriptContext s) {
        List<String> idx = indexList(s);
        if (idx.size() != 1) {
            throw builder.error("a sum binds one index", s);
        }
        return idx.get(0);
    }

    private void superscript(NameAtom name, LatexParser.ScriptArgContext arg, boolean callFollows) {
        if (builder.transposeDropped && TransposeMarks.isTranspose(arg)) {
            // the row factor of an outer product, read entrywise: x^\top's j-th entry is x_j, x^{(i)\top}'s x^{(i)}_j
            builder.transposeDropped = false;
            java.util.regex.Matcher labelled = TransposeMarks.LABELLED_TRANSPOSE.matcher(arg.getText().replaceAll("\\s+", ""));
            if (labelled.matches()) {
                sampleLabel(name, labelled.group(1), arg);
            }
            return;
        }
        builder.transposes.rejectTranspose(arg);
        if (arg instanceof LatexParser.PrimeScriptContext) {
            name.primes++;
            return;
        }
        if (arg instanceof LatexParser.MarkScriptContext m) {
            marked(name, "^", m); // x^+, \theta^*, \mathbf{x}^{-}: a marked name, as x_+ is
            return;
        }
        Optional<String> headLabel = singleLetter(arg).filter(l -> builder.context.labelledHead(name.base, l));
        if (headLabel.isPresent() && !name.base.equals("e") && name.power == null) {
            // L_2^{\tau}(u) = …: the letter above the name of a defined function labels it, here and wherever the name is written
            name.label = headLabel.get();
            builder.note(builder.text(name.where) + "^" + builder.text(arg) + ": " + headLabel.get() + " read as a label of the function the document "
                    + "defines, not a power", arg);
            return;
        }
        if (arg instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                && b.scriptBody().scriptItem(0).relation().isEmpty()) {
            LatexParser.ExprContext e = b.scriptBody().scriptItem(0).expr(0);
            // ^{\mathbf{s}} above a bold name is the bold letter s: the font is the name's, not the script's
            // the tokens' own text: a label a reading wrote ((b_1)_j is b^{(1)}_j, BracketedEntries) is not in the document
            String t = e.getText().replaceAll("\\s+", "")
                    .replaceAll("^\\\\(?:mathbf|boldsymbol|bm|mathrm|mathit)\\{([A-Za-z])\\}$", "$1");
            if (e.getStart() == e.getStop() && e.getStart().getType() == LatexLexer.TEXT) {
                // L_G^{\text{sat}}, \ell_i^{\mathrm{Pois}}: a word above a name labels it, as ^\text{sat} does
                String w = LatexTokens.textWord(e.getStart());
                if (w.equals("T")) {
                    throw builder.transposes.transposeError(b);
                }
                name.label = label(w, b);
                return;
            }
            if (t.matches("(\\\\prime)+")) {
                name.primes += t.length() / "\\prime".length();
                return;
            }
            if (PARENTHESISED_LABEL.matcher(t).matches() && !(t.contains("\\") && name.base.equals("e"))) {
                sampleLabel(name, t, b);
                return;
            }
            // an iterate, \beta^{(t+1)}, V^{(k-1)}: a letter and a whole number in parentheses are the step index of
            // the update rule, as \beta_{t+1} writes it, never a power; f^{(n+1)}(x) is a derivative's order
            java.util.regex.Matcher iterate = ITERATE_LABEL.matcher(t);
            if (iterate.matches() && !name.base.equals("e") && !callFollows) {
                long offset = Long.parseLong(iterate.group(3));
                name.indices.add(Index.of(Map.of(iterate.group(1), 1L), iterate.group(2).equals("+") ? offset : -offset));
                name.sampleIndices++;
                builder.note(builder.text(name.where) + builder.text(b) + ": (" + iterate.group(1) + iterate.group(2) + iterate.group(3)
                        + ") read as the step index of an iterate, not a power", b);
                return;
            }
            // the last layer L and the one below it, ^{(L-1)} or ^{L-1} beside a layer letter l the document writes above names
            // (a^{(l)}, a^{(l-1)}): layer L−1, as ^{(L)} labels layer L, never a power
            java.util.regex.Matcher named = NAMED_LAYER.matcher(t);
            if (named.matches() && (named.group(1) == null) == (named.group(5) == null) && !name.base.equals("e") && !callFollows
                    && layerLetter(named.group(2).toLowerCase(java.util.Locale.ROOT))) {
                name.label = named.group(2) + (named.group(3).equals("+") ? "plus" : "minus") + named.group(4);
                builder.note(builder.text(name.where) + builder.text(b) + ": " + named.group(2) + named.group(3) + named.group(4)
                        + " read as a layer below or above layer " + named.group(2) + ", not a power", b);
                return;
            }
            // Ng's ^{[l]}, ^{[2]}, ^{[l-1]}: square brackets always name a layer, never a power or an example
            java.util.regex.Matcher bracketed = java.util.regex.Pattern.compile("\\[([A-Za-z0-9]+)(?:([+-])1)?\\]").matcher(t);
            if (bracketed.matches() && bracketed.group(2) == null && summedIndex(name, bracketed.group(1), b)) {
                return;
            }
            if (bracketed.matches() && (bracketed.group(2) == null || bracketed.group(1).matches("[a-z]"))) {
                name.label = bracketed.group(1) + (bracketed.group(2) == null ? "" : bracketed.group(2).equals("+") ? "plus1" : "minus1");
                builder.note(builder.text(b) + " read as the layer label " + name.label, b);
                return;
            }
            java.util.regex.Matcher layer = java.util.regex.Pattern.compile("([a-z])([+-])1").matcher(t);
            if (layer.matches() && builder.context.labelLetters().contains(layer.group(1))) {
                name.label = layer.group(1) + (layer.group(2).equals("+") ? "plus1" : "minus1");
                builder.note(builder.text(b) + " read as a layer label", b);
                return;
            }
            if (t.matches("[A-Z]{2,}") && !name.base.equals("e")) {
                // y_k^{LS}, \theta^{MLE}, w^{OLS}: capitals written together above a name are an acronym labelling it
                name.label = t;
                builder.note(builder.text(name.where) + builder.text(b) + ": " + t + " read as a label, not a power", b);
                return;
            }
            if (t.length() == 1 && Character.isLetter(t.charAt(0)) && isLabelLetter(name, t)) {
                if (summedIndex(name, t, b)) {
                    return;
                }
                name.label = t;
                builder.note(builder.text(name.where) + builder.text(b) + ": " + t + " read as a label, not a power", b);
                return;
            }
        }
        if (arg instanceof LatexParser.LetterScriptContext l && isLabelLetter(name, l.getText())) {
            if (summedIndex(name, l.getText(), l)) {
                return;
            }
            name.label = l.getText();
            builder.note(builder.text(name.where) + "^" + l.getText() + ": " + l.getText() + " read as a label, not a power", l);
            return;
        }
        if (arg instanceof LatexParser.StyledScriptContext s && s.scriptArg() instanceof LatexParser.LetterScriptContext l
                && isLabelLetter(name, l.getText())) {
            if (summedIndex(name, l.getText(), l)) {
                return;
            }
            name.label = l.getText();
            return;
        }
        if (arg instanceof LatexParser.TextScriptContext t) {
            String w = LatexTokens.textWord(t.TEXT().getSymbol());
            if (w.equals("T")) {
                throw builder.transposes.transposeError(t);
            }
            name.label = label(w, t);
            return;
        }
        if (arg instanceof LatexParser.DigitScriptContext d && name.power == null && builder.context.numberedFrames(builder.text(name.where))) {
            // y^1_a beside y^2_a: the frame 1, not a power (NumberedFrames)
            name.label = d.getText();
            builder.note(builder.text(name.where) + "^" + d.getText() + ": " + d.getText() + " read as a label, not a power", d);
            return;
        }
        Expr power = scriptValue(arg);
        if (callFollows && Exprs.isNum(power, -1)) {
            if (builder.calls.builtInSigma(name) && name.primes == 0 && !builder.context.sigmaIsQuantity()) {
                name.inverse = arg; // \sigma^{-1}(p): the sigmoid's inverse, read where the call is
                return;
            }
            throw builder.error(builder.text(name.where) + "^{-1}(…) reads as an inverse function, which is not supported", arg);
        }
        name.power = power;
        name.powerWhere = arg;
    }

    /** The one letter or Greek letter a script is, bare or in braces ({@code \\tau}, {@code {k}}), in symgrad's spelling. */
    private static Optional<String> singleLetter(LatexParser.ScriptArgContext arg) {
        if (arg instanceof LatexParser.LetterScriptContext l) {
            return Optional.of(l.getText());
        }
        if (arg instanceof LatexParser.GreekScriptContext g) {
            return Optional.of(LatexNames.greek(g.getText()));
        }
        if (arg instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                && b.scriptBody().scriptItem(0).relation().isEmpty()) {
            LatexParser.ExprContext e = b.scriptBody().scriptItem(0).expr(0);
            Token t = e.getStart();
            if (t == e.getStop() && (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK)) {
                return Optional.of(t.getType() == LatexLexer.GREEK ? LatexNames.greek(t.getText()) : t.getText());
            }
        }
        return Optional.empty();
    }

    /**
     * The letters the document writes as an iterate above a name, {@code \\beta^{(t+1)}}: (t) is then the step t too. Those of
     * the formula read and those its document ({@link LatexContext#iterateLetters}) writes: an inline formula's side, read
     * alone, is a part of the document ("For layer $l$, $z^{(l)}_j = …$" beside {@code a^{(l-1)}_k}).
     */
    private Set<String> iterateLetters() {
        if (iterateLetters == null) {
            iterateLetters = new java.util.HashSet<>(IterateLetters.in(builder.document));
            iterateLetters.addAll(builder.context.iterateLetters());
        }
        return iterateLetters;
    }

    private Set<String> iterateLetters;


    /** A capital letter plus or minus a whole number, in parentheses or not: {@code (L-1)}, {@code L-1}. */
    private static final Pattern NAMED_LAYER = Pattern.compile("([(\\[])?([A-Z])([+-])([0-9]+)([)\\]])?");

    /** Whether the document writes {@code letter} above names as a layer or step: an iterate ({@code a^{(l-1)}}) or a label. */
    private boolean layerLetter(String letter) {
        return iterateLetters().contains(letter) || builder.context.labelLetters().contains(letter);
    }

    /** An iterate above a name, {@code (t+1)}, {@code (k-1)}: a letter plus or minus a whole number, in parentheses. */
    private static final Pattern ITERATE_LABEL = Pattern.compile("\\(([a-z])([+-])([0-9]+)\\)");

    /** {@code (i)}, {@code a(i)}, and a Greek letter in parentheses, Box and Cox's {@code y^{(\lambda)}}: a label, not a power. */
    private static final Pattern PARENTHESISED_LABEL = Pattern.compile("([A-Za-z]*)\\((\\\\?[A-Za-z0-9]+)\\)");

    /**
     * A label in parentheses above a name, {@code (i)} or {@code a(i)} (written {@code t}, scripts' spaces removed):
     * a letter in parentheses is a sample index where the equation uses it as an index, and above a bold
     * name that has no subscript, which without it would be a whole vector; anything else labels the name.
     * Whether it was read as a sample index.
     */
    boolean sampleLabel(NameAtom name, String t, ParserRuleContext where) {
        java.util.regex.Matcher m = PARENTHESISED_LABEL.matcher(t);
        if (!m.matches()) {
            return false;
        }
        String label = m.group(1);
        String inner = m.group(2).replace("\\", "");
        boolean sample = builder.indexLetters.contains(inner) || builder.context.equationIndexLetters().contains(inner)
                || name.bold && name.indices.isEmpty() || iterateLetters().contains(inner) || builder.context.summedLetters().contains(inner);
        if (inner.length() == 1 && Character.isLowerCase(inner.charAt(0)) && sample) {
            name.indices.add(inner);
            name.sampleIndices++;
            name.label = label;
            builder.context.sampleIndexed(name.name());
            builder.note(builder.text(where) + ": (" + inner + ") read as the index " + inner, where);
            return true;
        }
        name.label = label + inner;
        return false;
    }

    /**
     * A letter above a name is a label when the document uses it as one (LATEX-INPUT M7), and above a
     * bold name always: a vector is not raised to a power ({@code \\mathbf{o}^a} is the layer a).
     */
    private boolean isLabelLetter(NameAtom name, String letter) {
        return !name.base.equals("e") && (builder.context.labelLetters().contains(letter) || name.bold && !letter.equals("T")
                || builder.context.derivativeSuperscript(builder.text(name.where), letter));
    }

    /**
     * A label above a name that is a letter the document's sums run over ({@code \\ell^t} beside {@code \\sum_t},
     * {@code a^{[l]}} beside {@code \\sum_{l=1}^{L}}) is the entry of that index, as a sample label {@code x^{(i)}}
     * is: a fixed label would make every term of the Σ the same. Whether it was read so.
     */
    private boolean summedIndex(NameAtom name, String letter, ParserRuleContext where) {
        if (!letter.matches("[a-z]") || !builder.context.summedLetters().contains(letter) || name.indices.contains(letter)) {
            return false;
        }
        name.indices.add(letter);
        name.sampleIndices++;
        builder.note(builder.text(name.where) + builder.text(where) + ": " + letter + " read as the index " + letter + ", which a \\sum runs over",
                where);
        return true;
    }

    /** {@code \\mathbf{x}}, {@code \\boldsymbol{x}}, {@code \\bm{x}}: a vector's name, not a script font. */
    static boolean isBold(LatexParser.PrimaryContext primary) {
        return primary instanceof LatexParser.StyledContext s && s.FONT() != null
                && !Set.of("\\mathcal", "\\mathscr", "\\mathfrak", "\\mathbb").contains(s.FONT().getText());
    }
    /** The value of a script used as a number or power: {@code ^2}, {@code ^{-x}}, {@code ^n}. */
    Expr scriptValue(LatexParser.ScriptArgContext arg) {
        return switch (arg) {
            case LatexParser.BracedScriptContext b -> {
                builder.bigOperators.noCondition(b);
                List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
                if (items.size() != 1 || !items.get(0).relation().isEmpty()) {
                    throw builder.error("a script here must be one expression, not " + builder.text(b), b);
                }
                yield builder.expr(items.get(0).expr(0));
            }
            case LatexParser.LetterScriptContext l -> l.getText().equals(Exprs.N.name()) && builder.context.nIsAnIndex()
                    || builder.context.runningLetters().contains(l.getText()) && !builder.summing.contains(l.getText())
                    ? IndexValue.of(l.getText(), 0) : new Sym(l.getText());
            case LatexParser.DigitScriptContext d -> Exprs.literal(d.getText());
            case LatexParser.GreekScriptContext g -> new Sym(LatexNames.greek(g.getText()));
            case LatexParser.TextScriptContext t -> new Sym(word(LatexTokens.textWord(t.TEXT().getSymbol()), t));
            case LatexParser.StyledScriptContext s -> builder.names.resolve(builder.styledNames.styledName(s.getStart(), s.scriptArg(), s));
            case LatexParser.PrimeScriptContext p -> throw builder.error("a prime is not a value", p);
            case LatexParser.MarkScriptContext m -> throw builder.error("a lone " + builder.text(m) + " is not a value here", m);
            case LatexParser.TransposeScriptContext t -> throw builder.transposes.transposeError(t);
            case LatexParser.InverseTransposeScriptContext t -> throw builder.transposes.transposeError(t);
            case LatexParser.CommandScriptContext c -> throw builder.error(LatexNames.unknownCommand(c.getText()), c);
            case LatexParser.InfinityScriptContext i -> throw builder.error(InfiniteLimits.NOT_A_NUMBER, i);
            default -> throw new IllegalStateException("unexpected parse-tree node " + arg.getClass());
        };
    }

    /** A word in a script: one name, or words joined by hyphens or spaces read as one label ({@link TextLabels}). */
    private String label(String w, ParserRuleContext where) {
        Optional<String> joined = TextLabels.joined(w);
        if (joined.isPresent()) {
            builder.note("\\text{" + w.strip() + "} read as the label " + joined.get(), where);
            return joined.get();
        }
        return word(w, where);
    }

    String word(String w, ParserRuleContext where) {
        String clean = w.strip();
        if (!clean.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw builder.error("'" + w + "' is not a name symgrad can use: a name is letters and digits", where);
        }
        if (LatexTokens.PROSE_WORDS.contains(clean.toLowerCase(java.util.Locale.ROOT))) {
            throw builder.error("prose inside a formula ('" + clean + "'); move it outside the math, or after \\quad", where);
        }
        return clean;
    }
}
