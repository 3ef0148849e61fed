package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.gen.LatexParser;
import org.symgrad.print.Printer;
import org.symgrad.parse.latex.VectorReader.Node;

/**
 * Reads calls in vector and matrix notation for {@link VectorReader}: a function applied entrywise to a vector
 * ({@code \sigma(\mathbf{z})}, {@code \exp}, {@code \log}, softmax, diag), and a call of a function the document
 * defines of vectors ({@code f(\mathbf{w}) = \frac12\|\mathbf{w}\|^2}), its body read with the arguments in place.
 */
final class VectorCalls {
    /**
     * The functions a document defines by their value's entries anywhere, also below a use of one: {@code \sigma} of
     * {@code \sigma(a)_i = …}, {@code relu} of {@code relu(\mathbf{z})_{j} := …}; searched once per document.
     */
    private static final RecentTexts<Set<String>> DEFINED_BY_ENTRIES = new RecentTexts<>(VectorCalls::definedByEntries);
    private static final Pattern ENTRY_DEFINITION = Pattern.compile(
            "(\\\\[a-zA-Z]+|(?<![\\\\a-zA-Z])[a-zA-Z]+)\\s*(?:\\\\left\\s*)?\\([^()]*(?:\\\\right\\s*)?\\)\\s*_\\s*"
                    + "(?:\\{[^{}]*\\}|[a-zA-Z0-9])\\s*(?:=|:=|\\\\coloneqq)");

    private final VectorReader reader;

    VectorCalls(VectorReader reader) {
        this.reader = reader;
    }

    /** Whether the function's name is the trace's: tr, Tr, trace, plain or upright ({@code \\operatorname{tr}}, {@code \\tr}). */
    static boolean trace(String fn) {
        String name = plainName(fn);
        return name.equals("tr") || name.equals("Tr") || name.equals("trace");
    }

    /** tr(A): the sum of the diagonal of a square matrix; of a scalar (tr(\\mathbf{x}^T A \\mathbf{x})), the scalar. */
    Node trace(Node arg, ParserRuleContext where) {
        if (arg.scalar()) {
            return arg;
        }
        if (arg.shape().rank() != 2 || !reader.shapes.unify(arg.shape().rows(), arg.shape().columns())) {
            throw reader.conflict("the trace of something other than a square matrix", where);
        }
        return new Node(Shape.SCALAR, (r, c) -> {
            String k = reader.sumLetter();
            return reader.sum(k, arg.shape().rows()) + " (" + arg.emit().at(k, k) + ")";
        });
    }

    /**
     * A call of a function the document defines of vectors ({@code f(\mathbf{w}) = \frac12\|\mathbf{w}\|^2},
     * {@code CE(\mathbf{y}, \hat{\mathbf{y}}) = -\sum_i y_i \log \hat{y}_i}) at named vectors: the call as written, which
     * the reader applies; at a vector expression (softmax(\mathbf{h}\mathbf{W} + \mathbf{b})) refused, naming it. Empty when
     * the document defines no such function.
     */
    Optional<Node> documentCall(String name, LatexParser.CallArgsContext args, String written, ParserRuleContext where) {
        Optional<DocumentFunction> f = reader.context.function(name);
        // "Let $f(\mathbf{w}) = …$": a function only an announced inline formula defines is called at names only, its body
        // read where the step is checked (as a display definition's, where the prose announces it above the step)
        boolean inline = f.isEmpty() && reader.context.inlineFunction(name).isPresent();
        f = f.or(() -> reader.context.inlineFunction(name));
        if (f.isEmpty() || !f.get().component().isEmpty() || f.get().parameters().size() != args.expr().size()
                || !Indices.free(f.get().body()).isEmpty()) {
            return Optional.empty();
        }
        List<String> vectorParameters = new ArrayList<>();
        for (Expr parameter : f.get().parameters()) {
            if (parameter instanceof org.symgrad.expr.Sym sym && org.symgrad.expr.Exprs.any(f.get().body(),
                    e -> e instanceof org.symgrad.expr.Indexed x && x.name().equals(sym.name()))) {
                vectorParameters.add(sym.name());
            }
        }
        if (vectorParameters.isEmpty() && atOwnParameters(f.get(), args)) {
            vectorParameters.add(((org.symgrad.expr.Sym) f.get().parameters().get(0)).name());
        }
        if (vectorParameters.isEmpty()) {
            return Optional.empty();
        }
        boolean expression = false;
        for (int k = 0; k < args.expr().size(); k++) {
            LatexParser.ExprContext a = args.expr(k);
            boolean vectorParameter = f.get().parameters().get(k) instanceof org.symgrad.expr.Sym sym
                    && vectorParameters.contains(sym.name());
            int from = reader.indexOf(a.getStart());
            int to = reader.indexOf(a.getStop());
            boolean named = from >= 0 && to >= from && VectorEntries.bareName(reader.tokens.subList(from, to + 1));
            // \phi(X) = \operatorname{tr}(CX) - \log\det X: a parameter the body writes at two indices (or inverts) is a matrix's
            int rank = vectorParameter ? rank(f.get(), ((org.symgrad.expr.Sym) f.get().parameters().get(k)).name()) : 0;
            if (inline && (!named || (vectorParameter ? reader.expr(a).shape().rank() != rank : !reader.expr(a).scalar()))) {
                return Optional.empty();
            }
            if (vectorParameter ? reader.expr(a).shape().rank() != rank : !reader.expr(a).scalar()) {
                throw reader.conflict(name + ", which the document defines of " + (vectorParameter ? "a vector" : "a scalar")
                        + " there, applied to " + reader.text(a) + ", " + (vectorParameter ? "which is not a vector" : "a vector or matrix"), where);
            }
            expression |= !named;
        }
        if (expression) {
            // CE(\mathbf{y}, softmax(\mathbf{h}\mathbf{W} + \mathbf{b})): the body with each argument entry by entry
            return Optional.of(substituted(f.get(), vectorParameters, args, where));
        }
        String call = "{" + written + "}";
        List<Node> vectorArgs = new ArrayList<>();
        for (LatexParser.ExprContext a : args.expr()) {
            Node n = reader.expr(a);
            if (!n.scalar()) {
                vectorArgs.add(n);
            }
        }
        reader.calls.put(call, vectorArgs);
        return Optional.of(new Node(Shape.SCALAR, (r, c) -> call));
    }

    /** 2 where {@code f}'s body writes its parameter {@code p} at two indices only, or its inverse or determinant: a matrix's; 1 otherwise. */
    private static int rank(DocumentFunction f, String p) {
        boolean two = org.symgrad.expr.Exprs.any(f.body(), e -> e instanceof org.symgrad.expr.Indexed x
                && (x.name().equals(p) && x.indices().size() == 2
                || org.symgrad.expr.MatrixFunctionNames.inverseOf(x.name()).filter(p::equals).isPresent())
                || e instanceof org.symgrad.expr.Sym y && org.symgrad.expr.MatrixFunctionNames.determinantOf(y.name()).filter(p::equals).isPresent());
        boolean one = org.symgrad.expr.Exprs.any(f.body(), e -> e instanceof org.symgrad.expr.Indexed x && x.name().equals(p) && x.indices().size() == 1);
        return two && !one ? 2 : 1;
    }

    /**
     * Whether the call is the function at its own one parameter, written as the definition writes it, and that a vector
     * ({@code \nabla E(\boldsymbol\beta)} after {@code E(\boldsymbol\beta) = …} whose body reaches β only through a name
     * defined of it, p_i = σ(x_iᵀβ)): the function's value, whatever its body writes.
     */
    private boolean atOwnParameters(DocumentFunction f, LatexParser.CallArgsContext args) {
        if (f.parameters().size() != 1 || args.expr().size() != 1 || !(f.parameters().get(0) instanceof org.symgrad.expr.Sym p)) {
            return false;
        }
        LatexParser.ExprContext a = args.expr(0);
        int from = reader.indexOf(a.getStart());
        int to = reader.indexOf(a.getStop());
        if (from < 0 || to < from || !VectorEntries.bareName(reader.tokens.subList(from, to + 1))) {
            return false;
        }
        String written = reader.tokens.subList(from, to + 1).stream().filter(t -> t.getType() == org.symgrad.parse.latex.gen.LatexLexer.LETTER
                || t.getType() == org.symgrad.parse.latex.gen.LatexLexer.GREEK).findFirst().map(t -> t.getText()).orElse("");
        return LatexNames.greek(written).equals(p.name()) && reader.expr(a).shape().rank() == 1;
    }

    /**
     * A function the document defines of vectors applied to expressions: its body with every parameter replaced by its
     * argument, a vector parameter's entry by the argument's entry at the same index ({@code -\sum_i y_i \log \hat{y}_i}
     * at {@code softmax(\mathbf{z})} is {@code -\sum_i y_i \log softmax(\mathbf{z})_i}); the body's sums are renamed away
     * from the statement's letters.
     */
    private Node substituted(DocumentFunction f, List<String> vectorParameters, LatexParser.CallArgsContext args, ParserRuleContext where) {
        Expr body = freshBound(f.body());
        List<Node> values = new ArrayList<>();
        for (int k = 0; k < args.expr().size(); k++) {
            values.add(reader.expr(args.expr(k)));
            String p = ((org.symgrad.expr.Sym) f.parameters().get(k)).name();
            String placeholder = VectorEntries.PLACEHOLDER_NAME + (char) ('a' + k);
            boolean vector = vectorParameters.contains(p);
            if (vector && org.symgrad.expr.Exprs.any(body, e -> e instanceof org.symgrad.expr.Sym s && s.name().equals(p)
                    || e instanceof org.symgrad.expr.Indexed x && x.name().equals(p) && x.indices().size() != 1)) {
                throw reader.unread("a function the document defines of vectors whose body uses a vector parameter other than by its entries", where);
            }
            body = placeholder(body, p, placeholder);
        }
        String printed = Printer.latex(body);
        return new Node(Shape.SCALAR, (r, c) -> {
            Matcher m = VectorEntries.PLACEHOLDER.matcher(printed);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Node value = values.get(m.group(1).charAt(0) - 'a');
                String index = m.group(2) != null ? m.group(2).trim() : m.group(3);
                String v = value.scalar() ? value.emit().at(null, null) : reader.vectorDerivatives.entry(value, index);
                m.appendReplacement(out, Matcher.quoteReplacement("(" + v + ")"));
            }
            m.appendTail(out);
            return "{" + out + "}";
        });
    }

    /** The parameter {@code p} in {@code e}, entries and all, renamed to the placeholder. */
    private Expr placeholder(Expr e, String p, String placeholder) {
        if (e instanceof org.symgrad.expr.Indexed x && x.name().equals(p)) {
            return new org.symgrad.expr.Indexed(placeholder, x.indices());
        }
        if (e instanceof org.symgrad.expr.Sym s && s.name().equals(p)) {
            return new org.symgrad.expr.Sym(placeholder);
        }
        return org.symgrad.expr.Exprs.mapChildren(e, c -> placeholder(c, p, placeholder));
    }

    /** {@code e} with each sum over a letter the statement uses renamed to a fresh one; the letters it sums over used from now on. */
    private Expr freshBound(Expr e) {
        if (e instanceof org.symgrad.expr.IndexSum s) {
            Expr body = freshBound(s.body());
            String k = s.index();
            if (reader.used.contains(k)) {
                String fresh = reader.sumLetter();
                body = Indices.rename(body, k, fresh);
                k = fresh;
            }
            reader.used.add(k);
            return new org.symgrad.expr.IndexSum(k, s.lower(), s.upper(), body);
        }
        return org.symgrad.expr.Exprs.mapChildren(e, this::freshBound);
    }
    Node call(String fn, LatexParser.CallArgsContext args, ParserRuleContext where) {
        if (args.expr().size() != 1 && plainName(fn).equals("diag")) {
            // diag(c_1, \dots, c_n): the vector c on the diagonal
            Optional<Node> listed = DiagonalArguments.listed(args.expr(), reader);
            if (listed.isPresent()) {
                return diagonal(listed.get());
            }
        }
        if (args.expr().size() != 1) {
            throw reader.unread("a function of several arguments applied to vectors", where);
        }
        String name = plainName(fn);
        // the argument of diag or of a function taken entry by entry is a vector: a square in it is each entry's
        // (\mathrm{diag}(1 - \mathbf{h}^2), tanh's Jacobian), not the inner product
        boolean entrywise = name.equals("diag") || VectorEntries.ENTRYWISE.contains(name);
        reader.entrywiseSquares += entrywise ? 1 : 0;
        Node arg;
        try {
            arg = reader.expr(args.expr(0));
        } finally {
            reader.entrywiseSquares -= entrywise ? 1 : 0;
        }
        if (plainName(fn).equals("diag")) {
            // diag(v): the square matrix with v on its diagonal; diag(p_i(1 - p_i)), one entry written with its index, of the
            // vector of those entries
            Optional<Node> indexed = arg.scalar() ? DiagonalArguments.indexed(args.expr(0), reader) : Optional.empty();
            if (indexed.isPresent()) {
                return diagonal(indexed.get());
            }
            if (arg.shape().rank() == 2 && reader.shapes.unify(arg.shape().rows(), arg.shape().columns())) {
                // 2\Sigma^{-1} - \operatorname{diag}(\Sigma^{-1}): of a square matrix, the diagonal matrix of its diagonal, M_rc δ_rc
                return new Node(arg.shape(), (r, c) -> "(" + arg.emit().at(r, c) + ")\\delta_{" + r + "," + c + "}");
            }
            if (arg.shape().rank() != 1) {
                throw reader.conflict("diag of something other than a vector or a square matrix", where);
            }
            return diagonal(arg);
        }
        if (trace(fn)) {
            return trace(arg, where);
        }
        if (fn.equals("softmax") || fn.replaceAll("\\s", "").matches("\\\\(mathrm|operatorname|text)\\{softmax\\}")) {
            Optional<Boolean> rows = arg.shape().rank() == 2 ? SoftmaxAxes.rows(reader.document()) : Optional.empty();
            if (rows.isPresent()) {
                // softmax(S) row-wise, as the text says: P_rc = e^{S_rc} / Σ_k e^{S_rk} (column-wise, Σ_k e^{S_kc})
                boolean byRow = rows.get();
                return new Node(arg.shape(), (r, c) -> {
                    String k = reader.sumLetter();
                    return "\\frac{e^{" + arg.emit().at(r, c) + "}}{" + reader.sum(k, byRow ? arg.shape().columns() : arg.shape().rows())
                            + " e^{" + arg.emit().at(byRow ? r : k, byRow ? k : c) + "}}";
                });
            }
            if (arg.scalar() || arg.shape().rank() != 1) {
                throw reader.conflict(arg.shape().rank() == 2 ? "softmax of a matrix, whose axis the text does not name (say 'row-wise' or "
                        + "'column-wise')" : "softmax of something other than a vector", where);
            }
            return new Node(arg.shape(), (r, c) -> {
                String k = reader.sumLetter();
                boolean row = r == null;
                return "\\frac{e^{" + arg.emit().at(r, c) + "}}{" + reader.sum(k, reader.dimension(arg)) + " e^{" + arg.emit().at(row ? null : k, row ? k : null) + "}}";
            });
        }
        return entrywise(fn, arg, where);
    }

    /** diag(v): the square matrix with v on its diagonal, its entry v_r δ_rc. */
    private Node diagonal(Node v) {
        int d = reader.dimension(v);
        return new Node(new Shape(d, d), (r, c) -> "(" + reader.vectorDerivatives.entry(v, r) + ")\\delta_{" + r + "," + c + "}");
    }

    /** A function's name without its font: {@code \\operatorname{diag}}, {@code \\diag} and {@code diag} are diag. */
    static String plainName(String fn) {
        return fn.replaceAll("\\s", "").replaceAll("\\\\(mathrm|operatorname|text)\\{(\\w+)\\}", "$2").replaceAll("^\\\\(diag|tr|Tr)$", "$1");
    }

    private static Set<String> definedByEntries(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ENTRY_DEFINITION.matcher(document);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    Node entrywise(String fn, Node arg, ParserRuleContext where) {
        String name = plainName(fn);
        if (!VectorEntries.ENTRYWISE.contains(name)) {
            throw reader.unread(fn + " of a vector (not applied entry by entry)", where);
        }
        if (DEFINED_BY_ENTRIES.in(reader.document).contains(name)) {
            // \sigma(a)_i = \frac{\exp(a_i)}{\sum_j \exp(a_j)}: the document's σ is a softmax, a function of the whole vector
            throw reader.unread(fn + " of a vector, which the document defines by its value's entries, not entry by entry", where);
        }
        String spelled = name.startsWith("\\") ? name : "\\mathrm{" + name + "}";
        return new Node(arg.shape(), (r, c) -> spelled + "(" + arg.emit().at(r, c) + ")");
    }
}
