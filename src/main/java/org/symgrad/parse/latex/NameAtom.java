package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A name as the author wrote it, before its scripts are decided: the base ({@code y}, {@code sigma},
 * {@code CE}), its decorations and boldness, then the indices, label words, layer label, power and
 * primes its sub- and superscripts give it. {@link LatexBuilder} turns it into a symbol, an indexed
 * symbol, an exponential, a Kronecker δ or a call.
 */
final class NameAtom {
    /** How the base was spelled, which decides some meanings ({@code \sigma( } is a call, {@code e^x} exp). */
    enum Spelling { LETTER, GREEK, WORD, TEXT }

    final Spelling spelling;
    final ParserRuleContext where;
    /** The base name in symgrad's spelling, decorations included ({@code yhat}). */
    String base;
    boolean bold;
    boolean decorated;
    /** Indices from the subscript (letters, digits, fixed labels), or empty. */
    final List<String> indices = new ArrayList<>();
    /** How many of the indices, last in the list, a sample label above the name gave ({@code x^{(i)}}). */
    int sampleIndices;
    /** Words and capitals of a subscript that belong to the name ({@code L_{MSE}}, {@code \Sigma_C}). */
    String suffix = "";
    /** A superscript label ({@code W^{(1)}}, {@code o^a}), or empty. */
    String label = "";
    /** A superscript that is a power, or null. */
    org.symgrad.expr.Expr power;
    ParserRuleContext powerWhere;
    int primes;
    /** A {@code ^{-1}} before a call: the inverse function ({@code \sigma^{-1}(p)}), where the name is one. */
    ParserRuleContext inverse;
    boolean subscripted;
    boolean superscripted;
    /**
     * The subscript as written where letters of it became part of the name ({@code w_{qh}} beside a
     * defined h: the name wh, index q): each name letter, and {@code #} where an index stands; empty
     * where no letter of a subscript was folded into the name.
     */
    final StringBuilder written = new StringBuilder();

    /**
     * Whether the name is written as the Kronecker δ: δ with two indices of its subscript, unlabelled. Not
     * {@code \delta^{(l)}_j}, the error of unit j in layer l of backpropagation notes, whose index above it is a layer's.
     */
    boolean kroneckerDelta() {
        return spelling == Spelling.GREEK && base.equals("delta") && indices.size() == 2 && sampleIndices == 0
                && suffix.isEmpty() && label.isEmpty();
    }

    /** A letter of the subscript that belongs to the name ({@code h} of {@code w_{hh}}), in written order. */
    void foldLetter(String letter) {
        suffix += letter;
        written.append("#".repeat(Math.max(0, indices.size() - slots()))).append(letter);
    }

    /**
     * The subscript as written ({@code #h} for {@code w_{qh}}, {@code hh} for {@code w_{hh}}) when its
     * letters are the whole suffix of the name and it has no label, else empty: how a report writes the
     * name back as the document did.
     */
    String writtenSubscript() {
        String letters = written.toString().replace("#", "");
        if (letters.isEmpty() || !letters.equals(suffix) || !label.isEmpty() || slots() > indices.size()) {
            return "";
        }
        return written + "#".repeat(indices.size() - slots());
    }

    private int slots() {
        return (int) written.chars().filter(c -> c == '#').count();
    }

    NameAtom(Spelling spelling, String base, ParserRuleContext where) {
        this.spelling = spelling;
        this.base = base;
        this.where = where;
    }

    /** The full name: base, suffix and label ({@code L_{MSE}} is LMSE, {@code W^{(1)}} is W^(1)). */
    String name() {
        return org.symgrad.expr.Names.withLabel(base + suffix, label);
    }

    boolean isPlain() {
        return indices.isEmpty() && suffix.isEmpty() && label.isEmpty() && power == null && primes == 0;
    }
}
