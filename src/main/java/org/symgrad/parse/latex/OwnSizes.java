package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Range sizes of their own. A document whose sums run to two names or more (N examples, K classes, p features) means two
 * numbers; read as one range size n, a step that confuses them ({@code \sum_{k=1}^{K} 1 = N}) would hold. Each is kept
 * apart where every sum of the document has a known range: a sum written without a limit ({@code \sum_k},
 * {@code \sum_{k \neq j}}) runs over a letter the document's other sums run to one name only, whose range it takes.
 * Not where a sum's letter has no such range, nor where the document writes vectors and matrices
 * ({@code \mathbf{x}^\top \mathbf{w}}, {@code \|x\|}) without declaring their sizes ({@code \mathbf{x} \in \mathbb{R}^{D}}):
 * their sums would run over n.
 */
public final class OwnSizes {
    /** Commands of vector and matrix notation, read into sums over the range size n. */
    private static final Set<String> VECTOR_NOTATION = Set.of("\\mathbf", "\\boldsymbol", "\\bm", "\\mathbfit", "\\pmb",
            "\\vb", "\\vec", "\\det", "\\tr", "\\diag", "\\odot", "\\otimes", "\\langle", "\\nabla");

    private OwnSizes() {
    }

    /**
     * The size each summed letter runs to ({@code k → K}), where the document's sizes can be kept apart: empty where they
     * cannot, or where the document has one size only.
     */
    public static Optional<Map<String, Expr>> letters(List<Token> tokens) {
        return letters(tokens, Set.of());
    }

    /**
     * As {@link #letters(List)}, where the document declares the sizes of its vectors and matrices by the letters
     * {@code declared} ({@link Dimensions#sizes}: {@code \\mathbf{x}_n \\in \\mathbb{R}^{D}}): these count among its sizes, and
     * vector notation keeps the sizes apart, its sums running along the declared sizes ({@link VectorReader#sum}).
     */
    public static Optional<Map<String, Expr>> letters(List<Token> tokens, Set<String> declared) {
        Map<String, Expr> out = new LinkedHashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        List<SumScripts> sums = SumScripts.in(tokens);
        for (SumScripts sum : sums) {
            String letter = letter(sum);
            if (letter == null) {
                return Optional.empty();
            }
            boolean limited = sum.scripts().stream().anyMatch(SumScripts.Script::upper);
            if (!limited) {
                continue;
            }
            String name = UpperLimits.limitName(sum);
            Expr size = name == null ? null : new Sym(name);
            if (size == null || out.containsKey(letter) && !out.get(letter).equals(size)) {
                mixed.add(letter);
            } else {
                out.put(letter, size);
            }
        }
        mixed.forEach(out::remove);
        for (SumScripts sum : sums) {
            if (sum.scripts().stream().noneMatch(SumScripts.Script::upper) && !out.containsKey(letter(sum))) {
                return Optional.empty(); // \sum_k over a letter of no one range
            }
        }
        if (declared.isEmpty() && vectors(tokens)) {
            return Optional.empty();
        }
        Set<Expr> sizes = new java.util.HashSet<>(out.values());
        declared.forEach(d -> sizes.add(new Sym(d)));
        if (sizes.size() < 2 && !sizes.contains(Exprs.N)) {
            return Optional.empty();
        }
        return Optional.of(Map.copyOf(out));
    }

    /** The letter a Σ or Π runs over: the first letter of its lower script, else null. */
    private static String letter(SumScripts sum) {
        return sum.scripts().stream().filter(s -> !s.upper()).findFirst().map(SumScripts.Script::inner)
                .filter(inner -> !inner.isEmpty() && inner.get(0).getType() == LatexLexer.LETTER
                        && inner.stream().noneMatch(t -> t.getType() == LatexLexer.COMMA))
                .map(inner -> inner.get(0).getText()).orElse(null);
    }

    /** Whether the tokens write vectors or matrices, or a transpose ({@code ^T}; not the limit of {@code \\sum_{t=1}^{T}}). */
    public static boolean vectors(List<Token> tokens) {
        Set<Token> limits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        SumScripts.in(tokens).forEach(sum -> sum.scripts().forEach(s -> limits.addAll(s.arg())));
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).getText();
            int type = tokens.get(i).getType();
            if (VECTOR_NOTATION.contains(text) || type == LatexLexer.TRANSPOSE || type == LatexLexer.NORM
                    || (type == LatexLexer.TEXT || type == LatexLexer.FUNC)
                    && text.matches("\\\\(mathrm|operatorname)\\s*\\{\\s*(tr|Tr|diag|det|vec)\\s*}")) {
                return true;
            }
            if (type == LatexLexer.CARET && i + 1 < tokens.size() && !limits.contains(tokens.get(i + 1))) {
                // x^T, x^{(i)T}: a transpose (the lexer writes \top as T), the script's last letter
                int end = LatexTokens.argumentEnd(tokens, i + 1);
                int last = end > i + 1 && tokens.get(i + 1).getType() == LatexLexer.LBRACE ? end - 2 : end - 1;
                if (end > i + 1 && last > i && tokens.get(last).getType() == LatexLexer.LETTER && tokens.get(last).getText().equals("T")) {
                    return true;
                }
            }
        }
        return false;
    }
}
