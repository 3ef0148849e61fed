package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Subscript letters of a definition that gives one labelled thing in terms of another of the same letter: the heard
 * frequency of the Doppler effect, {@code f_o = f_s \frac{c + v_o}{c - v_s}}, the observer's from the source's. Read
 * as the definition of a family over an index o, it would define every f_o by f_s at a free s that may be o itself,
 * f_o = f_o (c + v_o)/(c − v_o), which no family satisfies: the letters can only tell two things apart (the observer,
 * the source), and a right ∂f_o/∂v_o = f_s/(c − v_s) was called false at o = s. Such a definition is therefore no
 * family's ({@link NameSubscripts#labels} reads its letters as labels where their other uses allow). A letter some
 * Σ or Π of the formula binds (δ_j = h'(a_j) Σ_k w_kj δ_k) is an index, and the definition a family's.
 */
final class SelfDefinedLabels {
    private SelfDefinedLabels() {
    }

    /** The head's and the right side's letters of every such definition among {@code formulas}. */
    static Set<String> in(List<List<Token>> formulas) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            out.addAll(inFormula(f));
        }
        return out;
    }

    private static Set<String> inFormula(List<Token> tokens) {
        int eq = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == LatexLexer.EQ || type == LatexLexer.DEF_EQ) {
                eq = i;
                break;
            }
        }
        // the head: a name and one lower-case letter as its whole subscript, f_o or f_{o}, and nothing else
        int underscore = -1;
        for (int i = 1; i < eq; i++) {
            if (tokens.get(i).getType() == LatexLexer.UNDERSCORE) {
                underscore = i;
                break;
            }
        }
        if (underscore < 1 || LatexTokens.argumentEnd(tokens, underscore + 1) != eq) {
            return Set.of();
        }
        String base = NameSubscripts.baseKey(tokens, underscore - 1);
        int baseStart = underscore - 1 - (tokens.get(underscore - 1).getType() == LatexLexer.RBRACE ? 3 : 0);
        String head = oneLetter(tokens, underscore + 1, eq);
        if (base == null || head == null || baseStart != 0) {
            return Set.of();
        }
        Set<String> bound = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (int i = eq + 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != LatexLexer.UNDERSCORE) {
                continue;
            }
            int end = LatexTokens.argumentEnd(tokens, i + 1);
            if (end < 0) {
                continue;
            }
            int before = tokens.get(i - 1).getType();
            if (before == LatexLexer.SUM || before == LatexLexer.PROD) {
                tokens.subList(i + 1, end).stream().filter(t -> t.getType() == LatexLexer.LETTER).forEach(t -> bound.add(t.getText()));
                continue;
            }
            String letter = oneLetter(tokens, i + 1, end);
            if (letter != null && !letter.equals(head) && base.equals(NameSubscripts.baseKey(tokens, i - 1))) {
                others.add(letter);
            }
        }
        others.removeAll(bound);
        if (others.isEmpty() || bound.contains(head)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(others);
        out.add(head);
        return out;
    }

    /** The lower-case letter that is the whole subscript from {@code from} to {@code end}: {@code o} or {@code {o}}. */
    private static String oneLetter(List<Token> tokens, int from, int end) {
        int width = end - from;
        Token t = width == 1 ? tokens.get(from) : width == 3 && tokens.get(from).getType() == LatexLexer.LBRACE ? tokens.get(from + 1) : null;
        return t != null && t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)) ? t.getText() : null;
    }
}
