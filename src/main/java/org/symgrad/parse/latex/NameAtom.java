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
