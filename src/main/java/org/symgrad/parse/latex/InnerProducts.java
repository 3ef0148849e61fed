package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Names;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads an inner product written with a transpose, {@code \theta^T x}, {@code \mathbf{w}^\top \mathbf{x}_i},
 * {@code \theta^T x^{(i)}}, as the sum over the vectors' components Σ_k θ_k x_k, and a feature map
 * {@code \boldsymbol{\phi}(\mathbf{x}_n)} on its right as the feature vector φ_n with the components φ_{nk}.
 */
final class InnerProducts {
    private final LatexBuilder builder;

    InnerProducts(LatexBuilder builder) {
        this.builder = builder;
    }

    /**
     * {@code \theta^T x}, {@code \mathbf{w}^\top \mathbf{x}_i}, {@code \theta^T x^{(i)}}: a transposed name
     * juxtaposed with a name is the inner product of two vectors, Σ_k θ_k x_k; the right operand's
     * subscripts come before k (x_i is the i-th example, x_{ik} its components) and its sample
     * superscript after (x^{(i)} has the components x_k^{(i)}, read as x_{ki}). Only between
     * lower-case names (a capital is a matrix: {@code X^\top y} is a vector) and when no bare name follows: {@code \mathbf{x}^\top A \mathbf{x}} is a quadratic form, still refused as
     * matrix notation, as is every other transpose.
     */
    Optional<Expr> innerProduct(List<ParseTree> children, int at) {
        // -\theta^T x (inside \exp(-\theta^T x)): the sign applies to the inner product
        boolean negated = children.get(at) instanceof LatexParser.UnarySignContext u && u.MINUS() != null
                && u.signed() instanceof LatexParser.PlainSignedContext;
        Optional<LatexParser.PostfixContext> left = LatexBuilder.postfixOf(negated
                ? ((LatexParser.UnarySignContext) children.get(at)).signed() : children.get(at));
        Optional<LatexParser.PostfixContext> right = children.get(at + 1) instanceof LatexParser.FactorContext f
                ? LatexBuilder.postfixOf(f) : Optional.empty();
        List<LatexParser.PostOpContext> leftOps = left.isEmpty() ? List.of() : left.get().postOp();
        if (left.isEmpty() || right.isEmpty() || leftOps.isEmpty()
                || !(leftOps.get(leftOps.size() - 1) instanceof LatexParser.SuperscriptOpContext sup)
                || !TransposeMarks.isTranspose(sup.scriptArg())
                || at + 2 < children.size() && children.get(at + 2) instanceof LatexParser.FactorContext next
                && LatexBuilder.postfixOf(next).filter(p -> p.postOp().isEmpty()).isPresent()) {
            return Optional.empty();
        }
        List<ReadingNote> saved = new ArrayList<>(builder.notes);
        NameAtom a;
        NameAtom b;
        List<String> subscripts = new ArrayList<>();
        List<String> leftSubscripts = new ArrayList<>();
        Optional<List<String>> featureOf;
        try {
            if (!(builder.primary(left.get().primary()) instanceof NameAtom l) || !l.isPlain() || !isVectorLetter(l)
                    || !(builder.primary(right.get().primary()) instanceof NameAtom r) || !isVectorLetter(r)) {
                builder.notes.clear();
                builder.notes.addAll(saved);
                return Optional.empty();
            }
            // \mathbf{x_i}: a subscript written inside the font's braces is the name's subscript as \mathbf{x}_i writes it
            leftSubscripts.addAll(l.indices.subList(0, l.indices.size() - l.sampleIndices));
            subscripts.addAll(r.indices.subList(0, r.indices.size() - r.sampleIndices));
            // x_i^\top, x^{(i)\top}, x^{(i)T}: the transposed vector's own subscripts come before k, its sample label after
            for (LatexParser.PostOpContext op : leftOps.subList(0, leftOps.size() - 1)) {
                if (!(op instanceof LatexParser.SubscriptOpContext)) {
                    throw builder.error("not a vector", op);
                }
                int before = l.indices.size();
                builder.scripts.absorbScript(l, op, false);
                leftSubscripts.addAll(l.indices.subList(before, l.indices.size()));
            }
            java.util.regex.Matcher labelled = TransposeMarks.LABELLED_TRANSPOSE.matcher(sup.scriptArg().getText().replaceAll("\\s+", ""));
            if (labelled.matches() && !builder.scripts.sampleLabel(l, labelled.group(1), sup.scriptArg())) {
                throw builder.error("a label", sup);
            }
            if (l.power != null || l.primes > 0 || !l.label.isEmpty()) {
                throw builder.error("a power", left.get());
            }
            featureOf = featureMapArgument(r, right.get().postOp());
            if (featureOf.isPresent()) {
                subscripts.addAll(featureOf.get());
            }
            for (LatexParser.PostOpContext op : featureOf.isPresent() ? List.<LatexParser.PostOpContext>of()
                    : right.get().postOp()) {
                if (op instanceof LatexParser.CallOpContext) {
                    throw builder.error("a call", op);
                }
                int before = r.indices.size();
                builder.scripts.absorbScript(r, op, false);
                if (op instanceof LatexParser.SubscriptOpContext) {
                    subscripts.addAll(r.indices.subList(before, r.indices.size()));
                }
            }
            if (r.power != null || r.primes > 0 || !r.label.isEmpty()) {
                throw builder.error("a power", right.get());
            }
            a = l;
            b = r;
        } catch (InputException notAVector) {
            builder.notes.clear();
            builder.notes.addAll(saved);
            return Optional.empty();
        }
        Set<String> avoid = new LinkedHashSet<>(builder.indexLetters);
        avoid.addAll(b.indices);
        String k = Indices.fresh(avoid);
        // the component index goes where a subscript would: x_i is x_{ik}, and x^{(i)} is x_k^{(i)},
        // which the reader writes x_{ki}, as it reads the author's own x_j^{(i)}
        List<String> bIndices = new ArrayList<>(subscripts);
        bIndices.add(k);
        List<String> above = new ArrayList<>(b.indices);
        subscripts.forEach(above::remove);
        bIndices.addAll(above);
        List<String> aIndices = new ArrayList<>(leftSubscripts);
        aIndices.add(k);
        List<String> aAbove = new ArrayList<>(a.indices);
        leftSubscripts.forEach(aAbove::remove);
        aIndices.addAll(aAbove);
        // \mathbf{w}_2^\top \mathbf{h} where the document writes no w_{2k}: the vector w^{(2)} of its own, as VectorNames reads it
        String aName = a.name();
        String aShown = aName;
        if (numberedLabel(left.get().primary(), leftSubscripts)) {
            aShown = aName + "^{(" + aIndices.get(0) + ")}";
            aName = Names.withLabel(aName, aIndices.remove(0));
        }
        String bName = b.name();
        String bShown = bName;
        if (featureOf.isEmpty() && numberedLabel(right.get().primary(), subscripts)) {
            bShown = bName + "^{(" + bIndices.get(0) + ")}";
            bName = Names.withLabel(bName, bIndices.remove(0));
        }
        Expr product = Exprs.mul(new Indexed(aName, aIndices), new Indexed(bName, bIndices));
        ParserRuleContext whole = (ParserRuleContext) children.get(at);
        builder.componentsRunToN(whole);
        builder.note(builder.text(whole) + " " + builder.text((ParserRuleContext) children.get(at + 1)) + " read as the inner product \\sum_"
                + k + " " + aShown + "_" + (aIndices.size() == 1 ? k : "{" + String.join("", aIndices) + "}") + " " + bShown + "_{" + String.join("", bIndices) + "}"
                + (subscripts.isEmpty() && bIndices.size() == 1 || !b.indices.isEmpty() ? ""
                : featureNote(b.name(), subscripts, k)), whole);
        IndexSum inner = new IndexSum(k, Exprs.ONE, Exprs.N, product);
        return Optional.of(negated ? Exprs.neg(inner) : inner);
    }

    /**
     * {@code \mathbf{w}^\top \boldsymbol{\phi}(\mathbf{x}_n)} (PRML §3.1): a lower-case name that is no known
     * function, called on one vector, is a feature map; its value at x_n is the n-th feature vector, whose
     * components are written φ_{nk} (the design matrix Φ_nk = φ_k(x_n)). Gives the argument's subscripts
     * (n), or empty when the call is not of this shape (σ(z), two arguments, a number) or the document
     * defines the name (then the call applies its definition).
     */
    private Optional<List<String>> featureMapArgument(NameAtom function, List<LatexParser.PostOpContext> ops) {
        if (ops.size() != 1 || !(ops.get(0) instanceof LatexParser.CallOpContext call)
                || call.callArgs().expr().size() != 1 || !function.isPlain() || !isFeatureMap(function)) {
            return Optional.empty();
        }
        Expr argument = builder.calls.withVectors(() -> builder.expr(call.callArgs().expr(0)));
        return argument instanceof Variable v && Character.isLowerCase(v.name().charAt(0))
                ? vectorSubscripts(argument) : Optional.empty();
    }

    /** Whether {@code name} may be a feature map: lower-case, neither a known function nor defined by the document. */
    boolean isFeatureMap(NameAtom name) {
        String written = name.base + name.suffix;
        return Character.isLowerCase(name.base.charAt(0)) && LatexNames.registryFunction(written, name.spelling).isEmpty()
                && !builder.context.defines(written) && builder.context.function(written).isEmpty();
    }

    /** The subscripts of a vector written as one name, {@code x} (none) or {@code x_n}; empty for anything else. */
    static Optional<List<String>> vectorSubscripts(Expr vector) {
        if (vector instanceof Sym) {
            return Optional.of(List.of());
        }
        if (vector instanceof Indexed x && x.indices().stream().allMatch(i -> i.matches("[A-Za-z][A-Za-z0-9]*"))) {
            return Optional.of(x.indices());
        }
        return Optional.empty();
    }

    private static String featureNote(String map, List<String> sample, String k) {
        return ", the feature vector " + map + (sample.isEmpty() ? "" : "_" + String.join("", sample))
                + " having the components " + map + "_{" + String.join("", sample) + k + "}";
    }
    /**
     * Whether a bold name with one number below ({@code \mathbf{w}_2}, {@code \mathbf{w_2}}) is the vector w^{(2)} of its own
     * in this document ({@link NumberedVectors}): its entries w^{(2)}_k, not w_{2k}.
     */
    private boolean numberedLabel(LatexParser.PrimaryContext primary, List<String> subscripts) {
        if (subscripts.size() != 1 || !subscripts.get(0).matches("[0-9]+") || !(primary instanceof LatexParser.StyledContext s)
                || !VectorEntries.BOLD.contains(s.getChild(0).getText())) {
            return false;
        }
        String inner = VectorNotation.stripBold(s.scriptArg().getText().replaceAll("[{}\\s]", ""));
        String written = inner.contains("_") ? inner.substring(0, inner.indexOf('_')) : inner;
        return builder.context.numberedVectors().labelled(written);
    }

    /** A lower-case name is a vector; a capital ({@code X^\top y}, {@code x^\top A}) is a matrix. */
    private static boolean isVectorLetter(NameAtom name) {
        return Character.isLowerCase(name.base.charAt(0));
    }
}
