package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Restricted;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads {@code \sum} and {@code \prod} with their scripts (LATEX-INPUT M13): the index or indices a subscript
 * binds ({@code \sum_k}, {@code \sum_{i,j}}, {@code \sum_{k=1}^{n}}), the value it leaves out ({@code \sum_{k \neq i}},
 * {@code \sum_{k : k \neq y}}), a symbolic upper limit as the range size n, an index used as a number in the
 * summand ({@link IndexAsValue}), and, once a side is read, a {@code \sum_{i \neq j}} whose j is used nowhere else
 * as the sum over pairs.
 */
final class BigOperators {
    private final LatexBuilder builder;

    BigOperators(LatexBuilder builder) {
        this.builder = builder;
    }

    /** The two operators over an index: the same scripts (index, limits), a different node. */
    enum BigOperator {
        SUM("\\sum", "sum", "summand"), PRODUCT("\\prod", "product", "factor");

        final String command;
        final String noun;
        final String operand;

        BigOperator(String command, String noun, String operand) {
            this.command = command;
            this.noun = noun;
            this.operand = operand;
        }
    }

    Expr bigOperator(BigOperator kind, LatexParser.BigScriptsContext scripts, LatexParser.TermContext term,
            ParserRuleContext ctx) {
        LatexParser.ScriptArgContext sub = null;
        LatexParser.ScriptArgContext sup = null;
        for (int i = 0; i < scripts.getChildCount(); i += 2) {
            TerminalNode mark = (TerminalNode) scripts.getChild(i);
            LatexParser.ScriptArgContext arg = (LatexParser.ScriptArgContext) scripts.getChild(i + 1);
            if (isEmptyScript(arg)) {
                // `\sum_{k}^{ }`: an empty limit slot, left by a template, says nothing
                builder.note("the empty " + (mark.getSymbol().getType() == LatexLexer.UNDERSCORE ? "subscript" : "upper limit")
                        + " of " + kind.command + " is ignored", arg);
                continue;
            }
            if (mark.getSymbol().getType() == LatexLexer.UNDERSCORE) {
                if (sub != null) {
                    throw builder.error(kind.command + " has two subscripts", ctx);
                }
                sub = arg;
            } else {
                if (sup != null) {
                    throw builder.error(kind.command + " has two upper limits", ctx);
                }
                sup = arg;
            }
        }
        if (sub == null) {
            throw builder.error(kind.command + " has no index: a " + kind.noun + " needs the index it runs over and a "
                    + kind.operand + " that uses it, e.g. " + kind.command + "_k e^{z_k}", ctx);
        }
        List<String> indices = new ArrayList<>();
        List<IndexLimits.Bound> bounds = new ArrayList<>();
        boolean ordered = false;
        boolean openAbove = false;
        Expr lower = null;
        String lowerText = "1";
        String excluded = null;
        switch (sub) {
            case LatexParser.LetterScriptContext l -> indices.add(l.getText());
            case LatexParser.GreekScriptContext g -> indices.add(LatexNames.greek(g.getText()));
            case LatexParser.StyledScriptContext s -> indices.add(builder.scripts.plainIndex(s));
            case LatexParser.BracedScriptContext b -> {
                LatexParser.ScriptConditionContext such = b.scriptBody().scriptCondition();
                if (such != null) {
                    // \sum_{k : k \neq y}: the index, then what it leaves out
                    List<LatexParser.ScriptItemContext> items = b.scriptBody().scriptItem();
                    List<String> index = items.size() == 1 && items.get(0).relation().isEmpty()
                            ? builder.scripts.indexList(items.get(0).expr(0)) : List.of();
                    List<String> left = builder.scripts.indexList(such.expr(0));
                    List<String> other = builder.scripts.indexList(such.expr(1));
                    if (index.size() == 1 && left.equals(index) && OrderedIndices.isOrder(such.relation())) {
                        // \sum_{k : k < t}: the index, held below (or above) the other
                        indices.add(index.get(0));
                        bounds.addAll(OrderedIndices.read(List.of(such.expr(0), such.expr(1)), List.of(such.relation()), builder, b).bounds());
                        break;
                    }
                    if (index.size() != 1 || !left.equals(index) || such.relation().NEQ() == null || other.size() != 1) {
                        throw builder.error("a " + kind.noun + " over " + builder.text(b) + ": the condition after the colon leaves "
                                + "out one value of its index, as in " + kind.command + "_{k : k \\neq y}", b);
                    }
                    indices.add(index.get(0));
                    excluded = other.get(0);
                    break;
                }
                for (LatexParser.ScriptItemContext item : b.scriptBody().scriptItem()) {
                    List<LatexParser.ExprContext> parts = item.expr();
                    Optional<Map.Entry<String, Long>> start = sup == null && b.scriptBody().scriptItem().size() == 1
                            ? openAbove(parts, item.relation()) : Optional.empty();
                    if (start.isPresent()) {
                        // \sum_{t \ge 0}: a series from the number, as \sum_{t=0}^{\infty}
                        indices.add(start.get().getKey());
                        lower = Exprs.num(Rational.of(start.get().getValue()));
                        lowerText = String.valueOf(start.get().getValue());
                        openAbove = true;
                        break;
                    }
                    if (!item.relation().isEmpty() && item.relation().stream().allMatch(OrderedIndices::isOrder)
                            && b.scriptBody().scriptItem().size() == 1) {
                        // \sum_{i<j}, \sum_{j \le i}, \sum_{1 \le i < j \le n}: the letters no other side or outer sum binds
                        OrderedIndices chain = OrderedIndices.read(parts, item.relation(), builder, b);
                        List<String> bound = chain.letters().stream().filter(k -> !indexLetters().contains(k)).toList();
                        if (bound.isEmpty()) {
                            throw builder.error("a " + kind.noun + " over " + builder.text(b) + " binds no index: each letter is an index "
                                    + "of the formula already", b);
                        }
                        indices.addAll(bound);
                        bounds.addAll(chain.bounds());
                        ordered = true;
                        break;
                    }
                    if (parts.size() == 1) {
                        indices.addAll(builder.scripts.indexList(parts.get(0)));
                        continue;
                    }
                    if (parts.size() != 2 || indices.size() + b.scriptBody().scriptItem().size() > 1 && !startAndExclusion(b.scriptBody())) {
                        throw builder.error("a " + kind.noun + "'s subscript is its index, k, k = 1 or k \\neq i", b);
                    }
                    List<String> index = builder.scripts.indexList(parts.get(0));
                    if (index.size() != 1) {
                        throw builder.error("a " + kind.noun + " binds one index here, as in " + kind.command + "_{k=1}^{n}", b);
                    }
                    if (!indices.contains(index.get(0))) {
                        indices.add(index.get(0));
                    }
                    LatexParser.RelationContext rel = item.relation(0);
                    if (rel.EQ() != null) {
                        lower = builder.expr(parts.get(1));
                        lowerText = builder.text(parts.get(1));
                        Optional<String> at = SingleTermSum.at(lower, sup);
                        if (at.isPresent()) {
                            // \sum_{i=j} a_i beside \sum_{i \neq j}: the one term at i = j
                            builder.note(SingleTermSum.note(kind.command, index.get(0), at.get()), b);
                            return Indices.rename(builder.term(term), index.get(0), at.get());
                        }
                        if (!(lower instanceof Num)) {
                            Optional<String> from = IndexLimits.affine(builder.scripts.indexList(parts.get(1)), index.get(0), indexLetters());
                            if (from.isPresent()) {
                                // \sum_{k=t+1}^{T}: the whole extent, the summand held to k ≥ t+1
                                bounds.add(new IndexLimits.Bound(index.get(0), from.get(), true));
                                lower = Exprs.ONE;
                                lowerText = "1";
                                continue;
                            }
                            throw builder.error("a " + kind.noun + " from " + builder.text(parts.get(1)) + ": write the term for " + index.get(0)
                                    + " = " + builder.text(parts.get(1)) + ", or a " + kind.noun + " starting at 1", b);
                        }
                    } else if (rel.NEQ() != null) {
                        List<String> other = builder.scripts.indexList(parts.get(1));
                        if (other.size() != 1) {
                            throw builder.error(kind.command + "_{k \\neq i} excludes one index", b);
                        }
                        excluded = other.get(0);
                    } else {
                        throw builder.error("a " + kind.noun + " over a set (" + builder.text(b) + ") is not supported; write " + kind.command + "_k with "
                                + "the terms you mean", b);
                    }
                }
            }
            default -> throw builder.error("a " + kind.noun + "'s index is a letter, as in " + kind.command + "_k", sub);
        }
        if (indices.isEmpty()) {
            throw builder.error(kind.command + " has no index: write " + kind.command + "_k", ctx);
        }
        for (String k : indices) {
            if (!Index.isSymbolic(k)) {
                throw builder.error("a " + kind.noun + "'s index is a name such as k, not " + k, sub);
            }
        }
        Expr upper = Exprs.N;
        // the value of the index where the summand uses it as a number: its label, the range being read as written;
        // none where the range is not written (IndexAsValue)
        Optional<Long> valueOffset = Optional.empty();
        Optional<String> to = sup == null || indices.size() != 1 ? Optional.empty()
                : IndexLimits.affine(limitIndices(sup), indices.get(0), indexLetters());
        if (to.isPresent()) {
            // \sum_{j=1}^{i}: the whole extent, the summand held to j ≤ i
            bounds.add(new IndexLimits.Bound(indices.get(0), to.get(), false));
            lower = lower == null ? Exprs.ONE : lower;
            valueOffset = IndexAsValue.offset(lower, upper);
        } else if (openAbove || sup != null && InfiniteLimits.is(builder.text(sup))) {
            // \sum_{k=0}^{\infty}: a partial sum to a length of its own; a step that holds for every length holds in the limit, and
            // one that holds only there is compared at growing lengths by the checker
            builder.note("the series is read as its partial sum to a length, infty, that grows without bound", sup == null ? sub : sup);
            upper = InfiniteLimits.LENGTH;
            lower = lower == null ? Exprs.ONE : lower;
            valueOffset = IndexAsValue.offset(lower, upper);
        } else if (sup != null) {
            upper = builder.scripts.scriptValue(sup);
            Expr written = upper;
            Optional<String> outer = builder.summing.stream()
                    .filter(k -> Exprs.any(written, e -> e instanceof Sym s && s.name().equals(k))).findFirst();
            if (outer.isPresent()) {
                // \sum_{i=1}^{n} \sum_{j=1}^{i}, a triangular sum: its limit runs with the index around it, no range size
                throw builder.error("a " + kind.noun + " whose upper limit runs with the index " + outer.get() + " of the sum around it"
                        + " (a triangular sum) is not supported: write the terms, or the limit as a name such as n", sup);
            }
            valueOffset = IndexAsValue.offset(lower, upper);
            if (upper instanceof Num) {
                lower = lower == null ? Exprs.ONE : lower;
            } else {
                Expr size = sizeAndOffset(upper).getKey();
                if (size instanceof Variable v && builder.context.sizesApart().contains(v)) {
                    // \sum_{k=1}^{K} beside \sum_{i=1}^{N}: K is a range size of its own, kept as written
                    builder.note("the upper limit " + builder.text(sup) + " is a range size of its own", sup);
                } else if (size instanceof Variable v) {
                    if (!v.equals(Exprs.N)) {
                        builder.rangeSizes.add(v);
                        builder.note("the upper limit " + builder.text(sup) + " is read as the range size n", sup);
                    }
                    // the range as written, its named limit the size n: 0..T has T + 1 terms (x_0 among them), 0..T−1 has
                    // T, 2..T has T − 1; the labels are the numbers the index takes
                    upper = size == upper ? Exprs.N : Exprs.add(Exprs.N, Exprs.num(Rational.of(sizeAndOffset(upper).getValue())));
                } else if (SizeCombinations.is(upper)) {
                    // \sum_{i=1}^{n-K+1}, the positions of a valid convolution: the limit as a whole is the range size n,
                    // and so is the same combination written as a value (\frac{1}{n-K+1})
                    builder.rangeSizes.add(upper);
                    builder.note("the upper limit " + builder.text(sup) + " is read as the range size n", sup);
                    upper = Exprs.N;
                } else {
                    throw builder.error("a " + kind.noun + "'s upper limit is a number or a name such as n or K", sup);
                }
                lower = lower == null ? Exprs.ONE : lower;
            }
        } else if (lower != null && !(lower instanceof Num n && n.value().isOne())) {
            lower = Exprs.ONE;
        } else if (lower == null && indices.size() == 1 && excluded == null) {
            // \sum_k beside the document's \sum_{k=0}^{m}: the same range
            Optional<WrittenStarts.Range> written = builder.context.writtenRange(indices.get(0))
                    .or(() -> summedArraysRange(term, indices.get(0)));
            if (written.isPresent()) {
                lower = Exprs.num(Rational.of(written.get().lower()));
                upper = written.get().lessOne() ? Exprs.sub(Exprs.N, Exprs.ONE) : Exprs.N;
            }
        }
        if (sup == null && indices.size() == 1 && builder.context.lettersApart().containsKey(indices.get(0))) {
            // \sum_{k \neq j} beside \sum_{k=1}^{p}: k runs to p, a range size of its own
            upper = builder.context.lettersApart().get(indices.get(0));
        }
        if (lower == null) {
            lower = Exprs.ONE;
        }
        Expr body;
        builder.summing.addAll(indices);
        try {
            body = builder.term(term);
        } finally {
            indices.forEach(builder.summing::remove);
        }
        if (ordered && indices.size() > 1 && builder.context.equationIndexLetters().isEmpty()) {
            // inline math read on its own does not say which letters its left side indexes by: T_i = \prod_{j<i} (1 - α_j)
            // binds the j its factor uses; where the summand uses both, which one runs is not clear
            List<String> used = indices.stream().filter(Indices.free(body)::contains).toList();
            if (used.size() != 1) {
                throw builder.error("a " + kind.noun + " over " + builder.text(sub) + " read on its own: which of its letters "
                        + "runs is not clear here; write it as a display", sub);
            }
            indices.retainAll(used);
        }
        boolean pairCandidate = kind == BigOperator.SUM && excluded != null && indices.size() == 1
                && RUNNING_INDEX.matcher(excluded).matches() && Indices.free(body).contains(excluded);
        if (excluded != null) {
            if (excluded.equals(indices.get(0))) {
                throw builder.error(kind.command + "_{" + excluded + " \\neq " + excluded + "} leaves out every value: the index after"
                        + " \\neq is another index or a fixed label, as in " + kind.command + "_{k \\neq j}", sub);
            }
            body = kind == BigOperator.PRODUCT ? Restricted.productBody(indices.get(0), excluded, body)
                    : Restricted.sumBody(indices.get(0), excluded, body);
        }
        for (IndexLimits.Bound bound : bounds) {
            Expr condition = bound.condition(upper);
            body = kind == BigOperator.SUM ? IndexLimits.summand(condition, body) : IndexLimits.factor(condition, body);
        }
        for (int i = indices.size() - 1; i >= 0; i--) {
            String k = indices.get(i);
            if (k.equals(Exprs.N.name()) && valueOffset.isPresent() && IndexAsValue.usesAsValueInTerms(body, k)) {
                // \sum_{n=1}^{N} n x_n: in the summand n is the index, not the range size n, so the index is renamed apart
                Set<String> avoid = new java.util.HashSet<>(Indices.all(body));
                Exprs.any(body, e -> e instanceof Sym s && avoid.add(s.name()) && false);
                avoid.add(k);
                String fresh = Indices.fresh(avoid);
                body = IndexAsValue.renamed(body, k, fresh);
                k = fresh;
            }
            if (valueOffset.isPresent()) {
                body = IndexAsValue.read(body, k, valueOffset.get());
            } else if (sup != null && !k.equals(Exprs.N.name()) && IndexAsValue.usesAsValue(body, k)) {
                throw builder.error(IndexAsValue.notRead(k, lower, upper, lowerText, builder.text(sup).replaceAll("^\\{(.*)\\}$", "$1")), sup);
            }
            if (!Indices.free(body).contains(k)) {
                builder.note("the " + kind.operand + " of " + kind.command + "_" + k + " does not use " + k, ctx);
            }
            body = kind == BigOperator.SUM ? new IndexSum(k, lower, upper, body) : new IndexProduct(k, lower, upper, body);
        }
        if (pairCandidate) {
            pairCandidates.put(body, new PairCandidate(excluded, ctx));
        }
        return body;
    }

    /**
     * The letters a pair sum {@code \\sum_{i \\neq j}} runs over: running indices, not the class label
     * {@code y} (or {@code c}, {@code t}) that {@code \\sum_{j \\neq y}} leaves out.
     */
    private static final Pattern RUNNING_INDEX = Pattern.compile("[a-bi-np-suv]");

    /** A sum {@code \\sum_{i \\neq j}} whose body uses j: its j and where it is written. */
    private record PairCandidate(String excluded, ParserRuleContext where) {
    }

    /** The pair-sum candidates, by the very sum node each one is. */
    private final Map<Expr, PairCandidate> pairCandidates = new IdentityHashMap<>();

    /**
     * The range every array {@code term} indexes by {@code letter} is summed over where the document writes limits
     * ({@code \sum_j e^{k_j}} beside {@code \sum_{i=0}^{K} k_i}: 0..K); empty where it indexes none, or they differ.
     */
    private Optional<WrittenStarts.Range> summedArraysRange(LatexParser.TermContext term, String letter) {
        String written = builder.text(term);
        List<Optional<WrittenStarts.Range>> ranges = WrittenStarts.indexedBy(LatexTokens.lex(written, 0, written.length()), letter)
                .stream().map(builder.context::arrayRange).distinct().toList();
        return ranges.size() == 1 ? ranges.get(0) : Optional.empty();
    }

    /**
     * {@code side} with each {@code \\sum_{i \\neq j} a_{ij}} whose j is used nowhere else (not outside
     * the sum on this side, not bound by a sum around it, not on another side of the statement) read
     * as the sum over pairs, Σ_j Σ_{i≠j} a_ij, as energy functions and pairwise losses write it;
     * where j is free in the statement it stays the one sum with the j-th term left out.
     */
    Expr pairSums(Expr side) {
        Expr out = side;
        for (Map.Entry<Expr, PairCandidate> c : pairCandidates.entrySet()) {
            Expr sum = c.getKey();
            String j = c.getValue().excluded();
            if (!Exprs.any(out, e -> e == sum) || !Indices.free(out).contains(j)
                    || Indices.free(replaceSame(out, sum, Exprs.ZERO)).contains(j)
                    || builder.context.otherSidesIndexLetters().contains(j)) {
                continue;
            }
            IndexSum inner = (IndexSum) sum;
            builder.note(builder.shown(c.getValue().where()) + " read as the sum over pairs: " + j
                    + " is used nowhere else, so it runs too", c.getValue().where());
            out = replaceSame(out, sum, new IndexSum(j, inner.lower(), inner.upper(), sum));
        }
        return out;
    }

    /** {@code e} with the very node {@code node} (not an equal one) replaced by {@code by}. */
    private static Expr replaceSame(Expr e, Expr node, Expr by) {
        if (e == node) {
            return by;
        }
        return Exprs.mapChildren(e, c -> replaceSame(c, node, by));
    }

    /** A condition after a colon belongs to a sum's index ({@code \\sum_{k : k \\neq y}}), nowhere else. */
    void noCondition(LatexParser.BracedScriptContext b) {
        if (b.scriptBody().scriptCondition() != null) {
            throw builder.error("a condition after a colon (" + builder.text(b) + ") belongs to a sum's index, as in "
                    + "\\sum_{k : k \\neq y}", b);
        }
    }

    /**
     * The letters that are indices where a limit names them: those of the sums around, those the other sides index by, and
     * those the document's sums run with ({@link RunningLimits}).
     */
    private Set<String> indexLetters() {
        Set<String> out = new java.util.HashSet<>(builder.summing);
        out.addAll(builder.context.otherSidesIndexLetters());
        out.addAll(builder.context.runningLetters());
        return out;
    }

    /**
     * The letter a subscript bounds below by a whole number, and the first value that gives it, where it says no more
     * ({@link InfiniteLimits#start}) and the letter is no index of the formula.
     */
    private Optional<Map.Entry<String, Long>> openAbove(List<LatexParser.ExprContext> parts, List<LatexParser.RelationContext> relations) {
        if (parts.size() != 2 || relations.size() != 1) {
            return Optional.empty();
        }
        return InfiniteLimits.start(builder.text(parts.get(0)).strip(), relations.get(0).getStart().getType(),
                builder.text(parts.get(1)).strip()).filter(start -> !indexLetters().contains(start.getKey()));
    }

    /**
     * Whether the subscript is a start and a value left out of one index, in either order ({@code \sum_{k=1, k \neq i}^{n}},
     * {@code \substack{j=1 \\ j \ne i}}): each condition read as it is read alone.
     */
    private boolean startAndExclusion(LatexParser.ScriptBodyContext body) {
        List<LatexParser.ScriptItemContext> items = body.scriptItem();
        if (items.size() != 2) {
            return false;
        }
        java.util.Set<String> letters = new java.util.HashSet<>();
        boolean start = false;
        boolean exclusion = false;
        for (LatexParser.ScriptItemContext item : items) {
            if (item.expr().size() != 2 || item.relation().size() != 1) {
                return false;
            }
            letters.add(builder.text(item.expr(0)).strip());
            start |= item.relation(0).EQ() != null;
            exclusion |= item.relation(0).NEQ() != null;
        }
        return letters.size() == 1 && start && exclusion;
    }

    /**
     * The upper limit {@code sup} as an index, where it is letters and whole numbers added and subtracted ({@code i},
     * {@code {t-1}}, {@code {T-t-1}}), n, capitals and the document's size letters in it its range size as a value
     * ({@link Index#SIZE});
     * none otherwise ({@code {d_o}}, {@code 2n}), with nothing read.
     */
    private List<String> limitIndices(LatexParser.ScriptArgContext sup) {
        String text = builder.text(sup).replaceAll("\\s+", "").replaceAll("^\\{(.*)}$", "$1");
        if (!RUNNING_LIMIT.matcher(text).matches()) {
            return List.of();
        }
        java.util.Map<String, Long> coefficients = new java.util.TreeMap<>();
        long offset = 0;
        java.util.regex.Matcher term = LIMIT_TERM.matcher(text);
        while (term.find()) {
            long sign = "-".equals(term.group(1)) ? -1 : 1;
            String part = term.group(2);
            if (part.matches("[0-9]+")) {
                offset += sign * Long.parseLong(part);
                continue;
            }
            // n, a capital (T of T − t − 1) or a letter the document writes as a limit alone: the range size as a value
            boolean size = part.equals(Exprs.N.name()) || part.matches("[A-Z]") || builder.context.sizeLetters().contains(part);
            coefficients.merge(size ? Index.SIZE : part, sign, Long::sum);
        }
        return List.of(Index.of(coefficients, offset));
    }

    /** One term of a limit: its sign and a letter or a whole number. */
    private static final Pattern LIMIT_TERM = Pattern.compile("([+-])?([A-Za-z]|[0-9]+)");

    /** Letters and whole numbers added and subtracted, braced or not: {@code i}, {@code {t-1}}, {@code {T-t-1}}. */
    private static final Pattern RUNNING_LIMIT = Pattern.compile("[A-Za-z]([+-]([A-Za-z]|[0-9]+))*");

    /** {@code {}} or {@code { }}: a script slot with nothing in it. */
    private static boolean isEmptyScript(LatexParser.ScriptArgContext arg) {
        return arg instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().isEmpty();
    }

    /**
     * {@code N - 1}, {@code T - 2}, {@code n + 1} as an upper limit: the range size N and the whole number the range
     * runs to beside it; the upper limit itself and 0 for any other.
     */
    private static Map.Entry<Expr, Long> sizeAndOffset(Expr upper) {
        if (upper instanceof org.symgrad.expr.Add a && a.terms().size() == 2 && a.terms().get(1) instanceof Num c
                && c.value().isInteger() && c.value().toBigInteger().bitLength() < 31) {
            return Map.entry(a.terms().get(0), c.value().toBigInteger().longValueExact());
        }
        return Map.entry(upper, 0L);
    }
}
