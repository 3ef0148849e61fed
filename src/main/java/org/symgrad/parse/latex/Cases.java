package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A piecewise definition in a {@code cases} environment (LATEX-INPUT M14), in the two forms real
 * derivations use:
 * <ul>
 *   <li>the two branches of an index comparison, {@code A if i = j, B if i \neq j} (or
 *       "otherwise"): {@code δ_ij A + (1 − δ_ij) B};</li>
 *   <li>the two signs of a value, {@code A if x > 0, B if x < 0} (a row for {@code x = 0} is
 *       ignored, a single point): {@code H(x) A + (1 − H(x)) B}, and with {@code A if x \ge 0} the
 *       step of that comparison, {@code 1 − H(−x)}, which differs where x is 0 on a whole region (a
 *       ReLU's output); a comparison of two values is the
 *       sign of their difference ({@code A if |r| \le \delta, B otherwise}, the Huber loss:
 *       {@code H(|r| − δ) B + (1 − H(|r| − δ)) A});</li>
 *   <li>any number of branches, each on comparisons of values ({@code z \le 0}, {@code 0 < z < 1},
 *       {@code |x| \le 1}), at most one "otherwise": each value times the indicator of its condition, a
 *       product of steps {@code H(a − b)} or {@code 1 − H(a − b)}, one per comparison; "otherwise" takes
 *       one minus the others' indicators. A row for a single point ({@code x = 1}) is ignored.</li>
 * </ul>
 * Any other piecewise definition is an error naming the supported forms.
 */
final class Cases {
    private Cases() {
    }

    private record Branch(Expr value, Condition condition) {
    }

    static Expr read(LatexParser.EnvironmentContext env, LatexBuilder builder, String document) {
        List<Token> tokens = EnvironmentBodies.tokens(env);
        List<List<Token>> rows = new ArrayList<>();
        List<Token> row = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.getType() == LatexLexer.BEGIN) {
                depth++;
            } else if (t.getType() == LatexLexer.END) {
                depth--;
            }
            if (depth == 0 && t.getType() == LatexLexer.LINEBREAK) {
                rows.add(row);
                row = new ArrayList<>();
            } else {
                row.add(t);
            }
        }
        rows.add(row);
        rows.removeIf(List::isEmpty);
        List<Branch> branches = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Token> cells = rows.get(r);
            int amp = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (cells.get(k).getType() == LatexLexer.AMP) {
                    amp = k;
                    break;
                }
            }
            List<Token> value = lastSide(trimPunctuation(amp < 0 ? cells : cells.subList(0, amp)));
            List<Token> condition = amp < 0 ? List.of() : stripWords(cells.subList(amp + 1, cells.size()));
            if (value.isEmpty()) {
                throw unsupported(env, document);
            }
            Expr v = builder.readTokens(value);
            Condition c = condition.isEmpty() ? null
                    : LatexReader.condition(condition, document, builder.context());
            branches.add(new Branch(v, c));
        }
        Expr indexForm = indexBranches(branches);
        if (indexForm != null) {
            return indexForm;
        }
        Expr signForm = signBranches(branches);
        if (signForm != null) {
            return signForm;
        }
        Expr intervalForm = intervalBranches(branches);
        if (intervalForm != null) {
            return intervalForm;
        }
        throw unsupported(env, document);
    }

    private static InputException unsupported(LatexParser.EnvironmentContext env, String document) {
        return new InputException("this piecewise definition is not supported: only the branches i = j / i \\neq j "
                + "and branches of comparisons of values (x > 0 / x < 0, |r| \\le \\delta / otherwise, "
                + "z \\le 0 / 0 < z < 1 / z \\ge 1) are", LatexSpans.of(document, env));
    }

    /**
     * A value cell written as a chain, {@code \frac{\partial y_i}{\partial z_j} = y_i (1 - y_i) & i = j}: the
     * first sides name what the row is, its value is the last side.
     */
    private static List<Token> lastSide(List<Token> cell) {
        int depth = 0;
        int last = -1;
        for (int k = 0; k < cell.size(); k++) {
            int type = cell.get(k).getType();
            if (type == LatexLexer.LBRACE) {
                depth++;
            } else if (type == LatexLexer.RBRACE) {
                depth--;
            } else if (type == LatexLexer.EQ && depth == 0) {
                last = k;
            }
        }
        return last < 0 ? cell : cell.subList(last + 1, cell.size());
    }

    private static List<Token> trimPunctuation(List<Token> cell) {
        int end = cell.size();
        while (end > 0 && (cell.get(end - 1).getType() == LatexLexer.COMMA || cell.get(end - 1).getType() == LatexLexer.DOT
                || cell.get(end - 1).getType() == LatexLexer.SEMI || cell.get(end - 1).getType() == LatexLexer.QUAD)) {
            end--;
        }
        return cell.subList(0, end);
    }

    /** A condition cell without its words ({@code \text{if }}, {@code for}, {@code otherwise}). */
    private static List<Token> stripWords(List<Token> cell) {
        List<Token> out = new ArrayList<>();
        for (Token t : cell) {
            boolean word = (t.getType() == LatexLexer.TEXT || t.getType() == LatexLexer.WORD)
                    && isProse(t.getType() == LatexLexer.TEXT ? LatexTokens.textWord(t) : t.getText());
            if (!word && t.getType() != LatexLexer.QUAD && t.getType() != LatexLexer.COMMA) {
                out.add(t);
            }
        }
        return trimPunctuation(out);
    }

    private static boolean isProse(String w) {
        // "otherwise." and "if," end a sentence in many sources: the punctuation is not a word
        String s = w.toLowerCase(Locale.ROOT).strip().replaceAll("[.,;:]+$", "").strip();
        return s.isEmpty() || LatexTokens.PROSE_WORDS.contains(s) || s.equals("otherwise") || s.equals("else");
    }

    private static Expr indexBranches(List<Branch> branches) {
        if (branches.size() != 2) {
            return null;
        }
        Condition first = branches.get(0).condition();
        Condition second = branches.get(1).condition();
        Condition known = first != null ? first : second;
        if (known == null || !known.isIndexRelation()) {
            return null;
        }
        if (first != null && second != null) {
            if (!second.isIndexRelation() || !sameIndices(first, second)
                    || first.relations().get(0).equals(second.relations().get(0))) {
                return null;
            }
        }
        String i = ((Sym) known.operands().get(0)).name();
        String j = ((Sym) known.operands().get(1)).name();
        Expr delta = new Delta(i, j);
        boolean firstIsEqual = first != null ? first.relations().get(0).equals("=")
                : !second.relations().get(0).equals("=");
        Expr equal = firstIsEqual ? branches.get(0).value() : branches.get(1).value();
        Expr different = firstIsEqual ? branches.get(1).value() : branches.get(0).value();
        return Exprs.add(Exprs.mul(delta, equal), Exprs.mul(Exprs.sub(Exprs.ONE, delta), different));
    }

    private static boolean sameIndices(Condition a, Condition b) {
        return a.operands().equals(b.operands())
                || a.operands().get(0).equals(b.operands().get(1)) && a.operands().get(1).equals(b.operands().get(0));
    }

    /**
     * The branches as a sum of values times their conditions' indicators ({@link Cases}); null where a
     * condition is not a comparison of values (an index relation, a membership) or two rows say otherwise.
     */
    private static Expr intervalBranches(List<Branch> branches) {
        List<Expr> terms = new ArrayList<>();
        List<Expr> indicators = new ArrayList<>();
        Expr otherwise = null;
        for (Branch b : branches) {
            Condition c = b.condition();
            if (c == null) {
                if (otherwise != null) {
                    return null;
                }
                otherwise = b.value();
                continue;
            }
            if (c.isIndexRelation()) {
                return null;
            }
            Expr indicator = Exprs.ONE;
            boolean point = false;
            for (int k = 0; k < c.relations().size(); k++) {
                Expr difference = Exprs.sub(c.operands().get(k), c.operands().get(k + 1));
                if (difference instanceof org.symgrad.expr.Num) {
                    return null; // 0 < 1: no comparison of a value
                }
                switch (c.relations().get(k)) {
                    case ">", ">=", "<", "<=" -> indicator = Exprs.mul(indicator,
                            Indicators.holds(c.operands().get(k), c.relations().get(k), c.operands().get(k + 1)));
                    case "=" -> point = true;
                    default -> {
                        return null;
                    }
                }
            }
            if (point) {
                if (c.relations().size() != 1) {
                    return null;
                }
                continue; // the single point x = 1 does not change the function
            }
            indicators.add(indicator);
            terms.add(Exprs.mul(indicator, b.value()));
        }
        if (terms.size() + (otherwise == null ? 0 : 1) < 2) {
            return null;
        }
        if (otherwise != null) {
            terms.add(Exprs.mul(Exprs.sub(Exprs.ONE, Exprs.add(indicators.toArray(Expr[]::new))), otherwise));
        }
        return Exprs.add(terms.toArray(Expr[]::new));
    }

    private static Expr signBranches(List<Branch> branches) {
        Expr positive = null;
        Expr negative = null;
        Expr variable = null;
        Expr otherwise = null;
        boolean positiveWithItsZero = false;
        for (Branch b : branches) {
            Condition c = b.condition();
            if (c == null) {
                otherwise = b.value();
                continue;
            }
            if (c.relations().size() != 1 || c.operands().size() != 2) {
                return null;
            }
            String rel = c.relations().get(0);
            Expr left = c.operands().get(0);
            Expr right = c.operands().get(1);
            if (!right.equals(Exprs.ZERO) && !left.equals(Exprs.ZERO)) {
                // |r| \le \delta: the sign of the difference |r| - δ decides, as x decides x > 0
                left = Exprs.sub(left, right);
            } else if (!right.equals(Exprs.ZERO)) {
                left = right;
                rel = switch (rel) {
                    case "<" -> ">";
                    case ">" -> "<";
                    case "<=" -> ">=";
                    case ">=" -> "<=";
                    default -> rel;
                };
            }
            if (variable != null && !variable.equals(left)) {
                return null;
            }
            variable = left;
            switch (rel) {
                case ">", ">=" -> {
                    positive = b.value();
                    positiveWithItsZero = rel.equals(">=");
                }
                case "<", "<=" -> negative = b.value();
                case "=" -> {
                    // the single point x = 0 does not change the function
                }
                default -> {
                    return null;
                }
            }
        }
        if (positive == null) {
            positive = otherwise;
        } else if (negative == null) {
            negative = otherwise;
        }
        if (variable == null || positive == null || negative == null) {
            return null;
        }
        // the value of the branch written with its zero (x \ge 0) holds on that side by the strict step of the other one
        Expr step = positiveWithItsZero ? Indicators.holds(variable, ">=", Exprs.ZERO) : Indicators.holds(variable, ">", Exprs.ZERO);
        return Exprs.add(Exprs.mul(step, positive), Exprs.mul(Exprs.sub(Exprs.ONE, step), negative));
    }
}
