package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.LabelIndicators;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexSpans;
import org.symgrad.parse.latex.OuterProducts;
import org.symgrad.parse.latex.Reading;
import org.symgrad.parse.latex.SizeCombinations;
import org.symgrad.parse.latex.VectorEntries;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Reads a display's statements: a statement's sides split at its top-level relations, and each side read as the
 * document reads its math ({@link DocumentReading}), with the range sizes of the whole statement renamed to n, the
 * document's components and layers, Einstein summation where assumed, and the functions in scope applied.
 */
final class StatementReader {
    private final String text;
    private final DocumentReading reading;
    private final DocumentDefinitions defs;
    private final DocumentAssumptions assume;
    private final VectorEntries vectors;
    private final List<String> messages;
    /** The equation being read, or null: a row that continues it reads with its head's indices. */
    private final Supplier<EquationChain> chain;

    StatementReader(String text, DocumentReading reading, DocumentDefinitions defs, DocumentAssumptions assume,
                    VectorEntries vectors, List<String> messages, Supplier<EquationChain> chain) {
        this.text = text;
        this.reading = reading;
        this.defs = defs;
        this.assume = assume;
        this.vectors = vectors;
        this.messages = messages;
        this.chain = chain;
    }

    /** {@code x \in \mathbb{R}^d}: a statement of types, not a condition symgrad can use or report. */
    static boolean isMembership(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.getType() == LatexLexer.IN || t.getType() == LatexLexer.NOT_IN);
    }

    static List<Token> stripForall(List<Token> tokens) {
        if (!tokens.isEmpty() && tokens.get(0).getType() == LatexLexer.FORALL) {
            return tokens.subList(1, tokens.size());
        }
        return tokens;
    }

    /**
     * The statement of a piece: its sides split at the top-level relations, or null for a lone expression; {@code implies}
     * when an arrow follows the piece in its row.
     */
    Statement statement(Piece p, List<Condition> conditions, List<String> conditionNotes, Rows.Row row, boolean implies) {
        List<List<Token>> sides = new ArrayList<>();
        List<Integer> relations = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : p.tokens()) {
            int type = t.getType();
            if (type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.LBRACK
                    || type == LatexLexer.BEGIN || type == LatexLexer.LBRACE_LIT) {
                depth++;
            } else if (type == LatexLexer.RBRACE || type == LatexLexer.RPAREN || type == LatexLexer.RBRACK
                    || type == LatexLexer.END || type == LatexLexer.RBRACE_LIT) {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (type == LatexLexer.EQ || type == LatexLexer.DEF_EQ || type == LatexLexer.APPROX)) {
                sides.add(current);
                relations.add(type);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        sides.add(current);
        if (relations.isEmpty() && current.isEmpty()) {
            return null;
        }
        if (relations.isEmpty() && declaresShapes(LatexSpans.text(text, p.tokens()), line(p.tokens().get(0).getStartIndex()))) {
            return null;
        }
        return new Statement(sides, relations, conditions, conditionNotes, row, p.introducer(),
                LatexSpans.text(text, p.tokens()), new boolean[1], implies);
    }

    /**
     * {@code \mathbf{W}_1: D_x \times H} on its own: a shape the document declares, which the vector notation reads
     * ({@link org.symgrad.parse.latex.Dimensions}), not an equation; said in a note.
     */
    private boolean declaresShapes(String statement, int line) {
        List<org.symgrad.parse.latex.Dimensions.Declared> declared = org.symgrad.parse.latex.Dimensions.statement(statement);
        if (declared.isEmpty()) {
            return false;
        }
        messages.add("line " + line + ": declares the shape " + String.join(", ", declared.stream()
                .map(org.symgrad.parse.latex.Dimensions.Declared::describe).toList()) + " (read by the vector notation)");
        return true;
    }

    /** The one-hot matrices of labels already assumed ({@link LabelIndicators}). */
    private final Set<String> oneHotLabels = new HashSet<>();

    /**
     * {@code 1\{y^{(i)} = l\}} reads as the entry of the labels' one-hot matrix: the first time a side
     * uses one, the document assumes it one-hot, and says so.
     */
    private void assumeOneHotLabels(Expr e, int line) {
        if (e instanceof Indexed x && LabelIndicators.isOneHot(x.name()) && oneHotLabels.add(x.name())) {
            messages.add("line " + line + ": assumes " + x.name() + " one-hot (the indicator of a label that varies "
                    + "by example, one 1 in each row)");
            assume.directive("assume " + x.name() + " one-hot", line);
        }
        Exprs.children(e).forEach(c -> assumeOneHotLabels(c, line));
    }

    /**
     * The letters the statement's first side uses as indices while another side is read: the first side's own,
     * or for a row that continues a chain ({@code = …}), the free indices of the chain's head ({@code ∂y_j/∂x_i}).
     */
    private Set<String> headIndexLetters(Statement s, List<Token> tokens) {
        List<Token> first = s == null || s.sides().isEmpty() ? null : s.sides().get(0);
        if (first != null && !first.isEmpty()) {
            return first.get(0).getStartIndex() == tokens.get(0).getStartIndex() ? Set.of() : LatexReader.indexLetters(first);
        }
        EquationChain chain = this.chain.get();
        return chain != null && chain.head != null && chain.head.readable() ? Indices.free(chain.head.expr().get()) : Set.of();
    }

    /** Reads one side of a statement, with the range sizes of the whole statement renamed to n. */
    Side side(List<Token> tokens, Statement s, Set<Expr> rangeSizes) {
        if (tokens.isEmpty()) {
            return null;
        }
        Set<String> letters = new LinkedHashSet<>();
        if (s != null) {
            s.sides().stream().filter(java.util.Objects::nonNull).forEach(t -> letters.addAll(LatexReader.indexLetters(t)));
        }
        reading.equationIndexLetters = letters;
        Set<String> others = new LinkedHashSet<>();
        if (s != null) {
            for (List<Token> t : s.sides()) {
                if (t != null && !t.isEmpty() && t.get(0).getStartIndex() != tokens.get(0).getStartIndex()) {
                    others.addAll(LatexReader.indexLetters(t));
                }
            }
        }
        reading.otherSidesIndexLetters = others;
        reading.headIndexLetters = headIndexLetters(s, tokens);
        reading.matrixEntry = s == null ? Optional.empty() : OuterProducts.entry(s.sides(), reading.sizeLetters);
        // \partial E / \partial x_n = n under \sum_{n=1}^{N}: the document's size is N, so its n is the index n, also as a value
        reading.nIsAnIndex = (!reading.documentSizes.isEmpty() || !reading.sizesApart.isEmpty() || !rangeSizes.isEmpty())
                && !reading.documentWritesN
                && letters.contains(Exprs.N.name());
        Reading r;
        Optional<Reading> products = Optional.empty();
        reading.callsOnExpressions.clear();
        reading.sizePending = false;
        reading.readingSide = true;
        try {
            r = read(tokens, s);
            // a side unread for a vector's sum of no declared size: the document's sizes are read as one
            reading.sizeNotDeclared |= reading.sizePending && r.expr().isEmpty();
            if (!reading.callsOnExpressions.isEmpty() && r.readable()) {
                // k \left( \frac{1}{T} + … \right) beside k(T) = …: read a second time with the bracket multiplying k
                reading.bracketsMultiply = true;
                products = Optional.of(read(tokens, s));
            }
        } finally {
            reading.readingSide = false;
            reading.nIsAnIndex = false;
            reading.bracketsMultiply = false;
        }
        reading.matrixEntry = Optional.empty();
        reading.equationIndexLetters = Set.of();
        reading.otherSidesIndexLetters = Set.of();
        reading.headIndexLetters = Set.of();
        Set<Expr> sizes = new LinkedHashSet<>(reading.documentSizes);
        sizes.addAll(rangeSizes);
        sizes.addAll(r.rangeSizes());
        sizes.removeAll(reading.sizesApart); // K beside N: a size of its own
        Optional<Expr> expr = r.expr().map(e -> LatexReader.withRange(e, sizes));
        Optional<InputException> problem = r.problem();
        Optional<String> apart = expr.isEmpty() || s == null ? Optional.empty() : SizeCombinations.writtenApart(r.rangeSizes(), s.sides());
        if (apart.isPresent()) {
            // \sum_{i=1}^{2n} 1 = n: the limit read as the range size n would make the n beside it the same number
            problem = Optional.of(new InputException("an upper limit that combines names, such as n - K + 1, is read as the range "
                    + "size n, but " + apart.get() + " is also written apart from it here: write the limit as one name, such as N",
                    LatexSpans.of(text, tokens)));
            expr = Optional.empty();
        }
        expr.ifPresent(e -> assumeOneHotLabels(e, line(tokens.get(0).getStartIndex())));
        expr = expr.map(defs.components::apply).map(defs.layers::apply);
        Optional<Expr> asProducts = products.flatMap(Reading::expr).map(e -> LatexReader.withRange(e, sizes))
                .map(defs.components::apply).map(defs.layers::apply)
                .filter(e -> defs.components.mixed(e).isEmpty() && defs.usesUnreadable(e).isEmpty())
                .map(e -> assume.einstein ? Einstein.sum(e) : e);
        if (expr.isPresent()) {
            Optional<Indexed> mixed = defs.components.mixed(expr.get());
            if (mixed.isPresent()) {
                problem = Optional.of(new InputException("the document defines " + defs.components.definedOf(mixed.get().name())
                        + " one by one, and here writes " + mixed.get() + ": name the components another way, or "
                        + "define " + mixed.get().name() + " at an index name", LatexSpans.of(text, tokens)));
                expr = Optional.empty();
            }
        }
        if (expr.isPresent()) {
            Optional<String> uses = defs.usesUnreadable(expr.get());
            if (uses.isPresent()) {
                problem = Optional.of(new InputException(uses.get(), LatexSpans.of(text, tokens)));
                expr = Optional.empty();
            }
        }
        if (expr.isPresent() && assume.einstein) {
            expr = Optional.of(Einstein.sum(expr.get()));
        } else if (expr.isPresent()) {
            Einstein.noteSums(defs, expr.get());
        }
        int start = tokens.get(0).getStartIndex();
        String written = LatexSpans.text(text, tokens);
        Optional<Side> multiplied = expr.isEmpty() || asProducts.isEmpty() ? Optional.empty()
                : Optional.of(new Side(tokens, products.get(), asProducts, Optional.empty(), written, line(start), start, s.row().end()));
        return new Side(tokens, r, expr, problem, written, line(start), start, s.row().end(), multiplied);
    }

    /** The side's tokens read in the statement {@code s}, with the vector notation's entries. */
    private Reading read(List<Token> tokens, Statement s) {
        return vectors.read(tokens, s == null ? List.of(tokens) : s.sides(), text, reading.context,
                LatexReader.read(tokens, text, reading.context));
    }

    /** {@code \frac{d\sigma}{da} = \sigma(1 - \sigma)}: the bare σ on the other sides is σ(a) too. */
    void applyFunctionInScope(List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || first.expr().isEmpty()) {
            return;
        }
        Optional<Fn> call = FunctionInScope.differentiated(first.expr().get())
                .filter(f -> !reading.context.defines(f.name()) && reading.context.function(f.name()).isEmpty());
        if (call.isEmpty()) {
            return;
        }
        sides.replaceAll(x -> x == null || x == first || x.expr().isEmpty() ? x
                : x.mapped(e -> FunctionInScope.applied(e, call.get())));
    }

    /** {@code J = L(\mathbf{o}) + s}, then {@code \partial L / \partial o_a}: the bare L is the call L(o). */
    void applyAbstractCalls(List<Side> sides) {
        Map<String, Fn> calls = AbstractCallInScope.calls(defs.definitions.all(), defs.functions.keySet());
        if (calls.isEmpty()) {
            return;
        }
        sides.replaceAll(x -> x == null || x.expr().isEmpty() ? x
                : x.mapped(e -> AbstractCallInScope.applied(e, calls)));
    }

    private int line(int offset) {
        return SourceSpan.of(text, offset, 1).line();
    }
}
