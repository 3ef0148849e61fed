package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The one parameter of a function the document defines that its body writes only by its entries, never whole and never
 * at a numbered component ({@code q(w) = \|w\|_2^2}, read Σ_j w_j²; {@code h(x) = x^T A x}, Σ_kl x_k A_kl x_l): a vector,
 * written plain. So {@code \nabla q(w)} is the gradient by the vector w, and w beside it ({@code = 2w}) that vector, as
 * where the document writes it bold. A capital its body writes by two indices or by its determinant or inverse
 * ({@code g(X) = \log\det X}) is a matrix, which {@code \frac{\partial g}{\partial X}} is by. A function of numbered components ({@code f(x) = x_1^2 + x_2}) is
 * {@link ScalarGradients}'.
 */
final class EntryParameters {
    private EntryParameters() {
    }

    /** A parameter read by its entries: as LaTeX ({@code w}, {@code \theta}, {@code X}), and whether it is a matrix (two indices). */
    record Parameter(String latex, boolean matrix) {
    }

    /**
     * The parameter of the function {@code name} that its body writes only by its entries: a lower-case name at one symbolic
     * index each (a vector), or a capital at two, or by its determinant or inverse ({@code g(X) = \log\det X}: a matrix);
     * empty otherwise.
     */
    static Optional<Parameter> of(LatexContext context, String name) {
        if (context == null) {
            return Optional.empty();
        }
        Optional<DocumentFunction> f = context.function(name).or(() -> context.inlineFunction(name));
        if (f.isEmpty() || !f.get().component().isEmpty() || f.get().parameters().size() != 1
                || !(f.get().parameters().get(0) instanceof Sym s)) {
            return Optional.empty();
        }
        return read(f.get(), s);
    }

    /**
     * The parameter {@code argument} (as LaTeX: {@code w}, {@code \theta}) of the function {@code name}, of one parameter or more
     * ({@code \mathcal{L}(w, \lambda)}), where the body writes it only by its entries ({@link #of}); empty otherwise.
     */
    static Optional<Parameter> of(LatexContext context, String name, String argument) {
        if (context == null) {
            return Optional.empty();
        }
        Optional<DocumentFunction> f = context.function(name).or(() -> context.inlineFunction(name));
        if (f.isEmpty() || !f.get().component().isEmpty()) {
            return Optional.empty();
        }
        return f.get().parameters().stream().filter(p -> p instanceof Sym s && latex(s.name()).equals(argument)).findFirst()
                .flatMap(p -> read(f.get(), (Sym) p));
    }

    private static String latex(String name) {
        return name.length() > 1 ? "\\" + name : name;
    }

    private static Optional<Parameter> read(DocumentFunction f, Sym s) {
        boolean matrix = Character.isUpperCase(s.name().charAt(0));
        Expr body = f.body();
        if (!byEntriesOnly(body, s.name(), matrix ? 2 : 1) || !indexes(body, s.name(), matrix)) {
            return Optional.empty();
        }
        return Optional.of(new Parameter(latex(s.name()), matrix));
    }

    /**
     * The plain letters this statement writes as the argument of a gradient without a subscript, {@code \nabla q(w)}, or as
     * the subscript of one, {@code \nabla_x h}, or leaves unwritten ({@code \nabla^2 f}, by f's one parameter), of a function whose parameter is read by its entries ({@link #of}): vectors here.
     */
    static void seeGradientArguments(List<Token> written, VectorEntries entries) {
        List<Token> tokens = calligraphicLetters(written);
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String function;
            String argument;
            boolean hessian = false;
            boolean jacobian = false;
            if (leibnizAt(tokens, k)) {
                function = tokens.get(k + 3).getText();
                argument = tokens.get(k + 7).getText();
                // \frac{\partial p}{\partial z} of a vector p here, by a letter the document makes a vector: a Jacobian
                jacobian = entries.isVector(function) && !function.equals(argument);
            } else if (tokens.get(k).getType() != LatexLexer.NABLA) {
                continue;
            } else if (scriptedAt(tokens, k + 1).isPresent()) {
                // \nabla_x h, \nabla_w^2 \ell, \nabla^2_{\theta} f: by the subscript
                Scripted s = scriptedAt(tokens, k + 1).get();
                argument = s.argument();
                function = s.function();
                hessian = s.squared();
            } else if (callAt(tokens, afterSquare(tokens, k + 1))) {
                // \nabla q(w), \nabla^2 L(w): by the argument
                int f = afterSquare(tokens, k + 1);
                function = tokens.get(f).getText();
                argument = tokens.get(f + 2).getText();
                hessian = f > k + 1;
            } else if (bareAt(tokens, k + 1) > 0) {
                // \nabla f, \nabla^2 f of a function of one vector: by that vector
                function = tokens.get(bareAt(tokens, k + 1)).getText();
                argument = of(entries.context, function).map(Parameter::latex).orElse("");
            } else {
                continue;
            }
            // \nabla_w \mathcal{L} of \mathcal{L}(w, \lambda): by the parameter the gradient names, among several
            Optional<Parameter> p = of(entries.context, function, argument);
            if (p.isEmpty() && (hessian || jacobian) && entries.transposedLetters.contains(argument)) {
                // \nabla^2_\theta L beside \lambda_i = \exp(\theta^\top x_i): a Hessian by a letter the document writes transposed
                p = Optional.of(new Parameter(argument, false));
            }
            if (p.isPresent() && p.get().matrix()) {
                entries.capitals.add(argument);
            } else if (p.isPresent() && !entries.scalars.contains(argument)) {
                entries.columns.add(argument);
                // x of J(w) = \frac{\lambda}{2}\|w\|^2 - y w^\top x: the body multiplies it entry by entry with w, so it is a vector of
                // w's length where the statement writes it whole (\nabla_w J = \lambda w - y x)
                partners(entries.context, function, argument).stream().filter(x -> !entries.scalars.contains(x) && !entries.oneNumbers.contains(x)
                        && entries.statement.stream().noneMatch(side -> side != null && writesComponent(side, x))).forEach(entries.columns::add);
            }
        }
    }

    /**
     * The other vectors of the body of the function {@code name} beside its vector parameter {@code argument} ({@link #of}): the lower-case names it writes only
     * by their entries, each multiplied with the parameter's entry at the index of one sum ({@code y w^\top x}, read
     * y Σ_j w_j x_j) — the other factor of an inner product with the parameter, a vector of its length. As LaTeX ({@code x},
     * {@code \mu}).
     */
    static java.util.Set<String> partners(LatexContext context, String name, String argument) {
        Optional<Parameter> p = of(context, name, argument).filter(q -> !q.matrix());
        if (p.isEmpty()) {
            return java.util.Set.of();
        }
        Expr body = context.function(name).or(() -> context.inlineFunction(name)).orElseThrow().body();
        String parameter = p.get().latex().startsWith("\\") ? p.get().latex().substring(1) : p.get().latex();
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        collectPartners(body, parameter, found);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String x : found) {
            if (!x.equals(parameter) && x.matches("[a-z]+") && byEntriesOnly(body, x, 1)) {
                out.add(latex(x));
            }
        }
        return out;
    }

    /** Adds the names indexed by a sum's index in its body where the parameter is indexed by it too ({@code Σ_j w_j x_j}). */
    private static void collectPartners(Expr e, String parameter, java.util.Set<String> out) {
        if (e instanceof org.symgrad.expr.IndexSum s) {
            java.util.Set<String> named = new java.util.LinkedHashSet<>();
            indexedBy(s.body(), s.index(), named);
            if (named.contains(parameter)) {
                out.addAll(named);
            }
        }
        Exprs.children(e).forEach(c -> collectPartners(c, parameter, out));
    }

    private static void indexedBy(Expr e, String index, java.util.Set<String> out) {
        if (e instanceof Indexed x && x.indices().equals(List.of(index))) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> indexedBy(c, index, out));
    }

    /** Whether the side writes the name with a subscript ({@code x_j}, {@code \mu_k}): a component, so the name is no vector here. */
    private static boolean writesComponent(List<Token> side, String latex) {
        for (int k = 0; k + 1 < side.size(); k++) {
            if (side.get(k).getText().equals(latex) && side.get(k + 1).getType() == LatexLexer.UNDERSCORE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code tokens} with each calligraphic letter ({@code \mathcal{L}}, a loss or a Lagrangian) the letter alone, as the document
     * names the function it defines ({@code \mathcal{L}(w, \lambda) = …} defines L): {@code \nabla_w \mathcal{L}} and
     * {@code \frac{\partial \mathcal{L}}{\partial w}} are by w as {@code \nabla_w L} is.
     */
    private static List<Token> calligraphicLetters(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            boolean calligraphic = k + 3 < tokens.size() && tokens.get(k).getType() == LatexLexer.FONT
                    && (tokens.get(k).getText().equals("\\mathcal") || tokens.get(k).getText().equals("\\mathscr"))
                    && tokens.get(k + 1).getType() == LatexLexer.LBRACE && tokens.get(k + 2).getType() == LatexLexer.LETTER
                    && tokens.get(k + 3).getType() == LatexLexer.RBRACE;
            if (calligraphic && out == null) {
                out = new java.util.ArrayList<>(tokens.subList(0, k));
            }
            if (calligraphic) {
                out.add(tokens.get(k + 2));
                k += 3;
            } else if (out != null) {
                out.add(tokens.get(k));
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Whether the side writes a Hessian by a vector of this statement at {@code k}: {@code \nabla^2_x f}, {@code \nabla_x^2 f} with x a
     * vector here, or {@code \nabla^2 f} of a function of one vector ({@link #of}); its entries form a matrix.
     */
    static boolean hessianAt(List<Token> tokens, int k, VectorEntries entries) {
        if (tokens.get(k).getType() != LatexLexer.NABLA) {
            return false;
        }
        Optional<Scripted> s = scriptedAt(tokens, k + 1);
        if (s.isPresent()) {
            return s.get().squared() && entries.isVector(s.get().argument());
        }
        int bare = afterSquare(tokens, k + 1) > k + 1 ? bareAt(tokens, k + 1) : -1;
        return bare > 0 && of(entries.context, tokens.get(bare).getText()).filter(p -> !p.matrix() && entries.isVector(p.latex())).isPresent();
    }

    /** The variable a {@code \nabla} is by, as written ({@code w}, {@code \theta}), and the name of the function it is of. */
    record Scripted(String argument, String function, boolean squared) {
    }

    /**
     * The subscript and the operand written at {@code k} after a {@code \nabla}: {@code _x h}, {@code _w^2 \ell},
     * {@code ^2_{\theta} f}, {@code _{w}^{2} f} (a Hessian); the operand one letter, or for a Hessian a Greek letter too.
     */
    static Optional<Scripted> scriptedAt(List<Token> tokens, int k) {
        String argument = null;
        boolean squared = false;
        int j = k;
        for (int script = 0; script < 2 && j + 1 < tokens.size(); script++) {
            int type = tokens.get(j).getType();
            int end = LatexTokens.argumentEnd(tokens, j + 1);
            if (end < 0) {
                return Optional.empty();
            }
            List<Token> arg = tokens.subList(tokens.get(j + 1).getType() == LatexLexer.LBRACE ? j + 2 : j + 1,
                    tokens.get(j + 1).getType() == LatexLexer.LBRACE ? end - 1 : end);
            if (type == LatexLexer.UNDERSCORE && argument == null && arg.size() == 1 && name(arg.get(0))) {
                argument = arg.get(0).getText();
            } else if (type == LatexLexer.CARET && !squared && arg.size() == 1 && arg.get(0).getText().equals("2")) {
                squared = true;
            } else {
                break;
            }
            j = end;
        }
        if (squared && j + 3 < tokens.size() && tokens.get(j).getType() == LatexLexer.FONT && tokens.get(j + 1).getType() == LatexLexer.LBRACE
                && tokens.get(j + 2).getType() == LatexLexer.LETTER && tokens.get(j + 3).getType() == LatexLexer.RBRACE) {
            // \nabla^2_\theta \mathcal{L}: the letter in its font
            j += 2;
        }
        // the gradient of a Greek-named function (\nabla_w \ell) stays the scalar reader's, which reads it by components
        if (argument == null || j >= tokens.size() || !(squared ? name(tokens.get(j)) : tokens.get(j).getType() == LatexLexer.LETTER)) {
            return Optional.empty();
        }
        Token f = tokens.get(j);
        return Optional.of(new Scripted(argument, f.getType() == LatexLexer.GREEK ? LatexNames.greek(f.getText()) : f.getText(), squared));
    }

    /**
     * Where the letter of {@code f} or {@code ^2 f} written at {@code k} after a {@code \nabla} stands, a bare name (no call, no
     * subscript); -1 if none.
     */
    private static int bareAt(List<Token> tokens, int k) {
        int j = afterSquare(tokens, k);
        if (j >= tokens.size() || tokens.get(j).getType() != LatexLexer.LETTER) {
            return -1;
        }
        int after = j + 1 < tokens.size() ? tokens.get(j + 1).getType() : -1;
        return after == LatexLexer.LPAREN || after == LatexLexer.UNDERSCORE || after == LatexLexer.CARET ? -1 : j;
    }

    /** Past a {@code ^2} or {@code ^{2}} written at {@code k}; {@code k} itself where none is. */
    private static int afterSquare(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && tokens.get(k).getType() == LatexLexer.CARET && tokens.get(k + 1).getText().equals("2")) {
            return k + 2;
        }
        if (k + 3 < tokens.size() && tokens.get(k).getType() == LatexLexer.CARET && tokens.get(k + 1).getType() == LatexLexer.LBRACE
                && tokens.get(k + 2).getText().equals("2") && tokens.get(k + 3).getType() == LatexLexer.RBRACE) {
            return k + 4;
        }
        return k;
    }

    /** Whether a call {@code f(p)} of one letter by one letter or Greek letter stands at {@code k}. */
    private static boolean callAt(List<Token> tokens, int k) {
        return k + 3 < tokens.size() && tokens.get(k).getType() == LatexLexer.LETTER && tokens.get(k + 1).getType() == LatexLexer.LPAREN
                && name(tokens.get(k + 2)) && tokens.get(k + 3).getType() == LatexLexer.RPAREN;
    }

    /** Whether {@code \frac{\partial f}{\partial p}} of two letters starts at {@code k}. */
    static boolean leibnizAt(List<Token> tokens, int k) {
        int[] types = {LatexLexer.FRAC, LatexLexer.LBRACE, LatexLexer.PARTIAL, LatexLexer.LETTER, LatexLexer.RBRACE, LatexLexer.LBRACE,
                LatexLexer.PARTIAL, -1, LatexLexer.RBRACE};
        if (k + types.length > tokens.size()) {
            return false;
        }
        for (int j = 0; j < types.length; j++) {
            if (types[j] >= 0 && tokens.get(k + j).getType() != types[j]) {
                return false;
            }
        }
        return name(tokens.get(k + 7));
    }

    private static boolean name(Token t) {
        return t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK;
    }

    /** Whether {@code e} writes the parameter by an entry, or a matrix by its determinant or inverse. */
    private static boolean indexes(Expr e, String name, boolean matrix) {
        return e instanceof Indexed x && (x.name().equals(name) || matrix && computed(x.name(), name))
                || matrix && e instanceof Sym s && computed(s.name(), name)
                || Exprs.children(e).stream().anyMatch(c -> indexes(c, name, matrix));
    }

    private static boolean computed(String written, String matrix) {
        return MatrixFunctionNames.determinantOf(written).or(() -> MatrixFunctionNames.inverseOf(written)).filter(matrix::equals).isPresent();
    }

    /** Whether {@code e} writes {@code name} only with {@code rank} symbolic indices each ({@code w_j}, {@code X_{ij}}), never whole or numbered. */
    private static boolean byEntriesOnly(Expr e, String name, int rank) {
        if (e instanceof Sym s && s.name().equals(name)) {
            return false;
        }
        if (e instanceof Indexed x && x.name().equals(name)) {
            return x.indices().size() == rank && x.indices().stream().allMatch(Index::isSymbolic);
        }
        return Exprs.children(e).stream().allMatch(c -> byEntriesOnly(c, name, rank));
    }
}
