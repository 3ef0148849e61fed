package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The one parameter of a function the document defines that its body writes only by its entries, never whole and never
 * at a numbered component ({@code q(w) = \|w\|_2^2}, read Σ_j w_j²; {@code h(x) = x^T A x}, Σ_kl x_k A_kl x_l): a vector,
 * written plain. So {@code \nabla q(w)} is the gradient by the vector w, and w beside it ({@code = 2w}) that vector, as
 * where the document writes it bold. A function of numbered components ({@code f(x) = x_1^2 + x_2}) is
 * {@link ScalarGradients}'.
 */
final class EntryParameters {
    private EntryParameters() {
    }

    /** The parameter, as LaTeX ({@code w}, {@code \theta}), of the function {@code name} that its body writes only by entries; empty otherwise. */
    static Optional<String> of(LatexContext context, String name) {
        if (context == null) {
            return Optional.empty();
        }
        Optional<DocumentFunction> f = context.function(name).or(() -> context.inlineFunction(name));
        if (f.isEmpty() || !f.get().component().isEmpty() || f.get().parameters().size() != 1
                || !(f.get().parameters().get(0) instanceof Sym s) || !Character.isLowerCase(s.name().charAt(0))) {
            return Optional.empty();
        }
        Expr body = f.get().body();
        if (!byEntriesOnly(body, s.name()) || !indexes(body, s.name())) {
            return Optional.empty();
        }
        return Optional.of(s.name().length() > 1 ? "\\" + s.name() : s.name());
    }

    /**
     * The plain letters this statement writes as the argument of a gradient without a subscript, {@code \nabla q(w)}, or as
     * the subscript of one, {@code \nabla_x h}, of a function whose parameter is read by its entries ({@link #of}): vectors here.
     */
    static void seeGradientArguments(List<Token> tokens, VectorEntries entries) {
        for (int k = 0; k + 3 < tokens.size(); k++) {
            if (tokens.get(k).getType() != LatexLexer.NABLA) {
                continue;
            }
            String function;
            String argument;
            if (tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE && name(tokens.get(k + 2)) && tokens.get(k + 3).getType() == LatexLexer.LETTER) {
                argument = tokens.get(k + 2).getText();
                function = tokens.get(k + 3).getText();
            } else if (k + 4 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.LETTER && tokens.get(k + 2).getType() == LatexLexer.LPAREN
                    && name(tokens.get(k + 3)) && tokens.get(k + 4).getType() == LatexLexer.RPAREN) {
                function = tokens.get(k + 1).getText();
                argument = tokens.get(k + 3).getText();
            } else {
                continue;
            }
            if (of(entries.context, function).filter(argument::equals).isPresent() && !entries.scalars.contains(argument)) {
                entries.columns.add(argument);
            }
        }
    }

    private static boolean name(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK;
    }

    private static boolean indexes(Expr e, String name) {
        return e instanceof Indexed x && x.name().equals(name) || Exprs.children(e).stream().anyMatch(c -> indexes(c, name));
    }

    /** Whether {@code e} writes {@code name} only with one symbolic index each ({@code w_j}), never whole or numbered. */
    private static boolean byEntriesOnly(Expr e, String name) {
        if (e instanceof Sym s && s.name().equals(name)) {
            return false;
        }
        if (e instanceof Indexed x && x.name().equals(name)) {
            return x.indices().size() == 1 && Index.isSymbolic(x.indices().get(0));
        }
        return Exprs.children(e).stream().allMatch(c -> byEntriesOnly(c, name));
    }
}
