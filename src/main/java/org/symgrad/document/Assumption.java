package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import org.symgrad.check.Constraints;
import org.symgrad.assume.Sampling;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.rewrite.Rule;
import org.symgrad.script.ConstraintStatement;
import org.symgrad.simplify.Rules;

/**
 * One {@code assume …} of SPEC §8, read from its ASCII text: an identity the simplifier may use
 * ({@code sum_i t_i = 1}), a constraint on the values the numeric test draws ({@code t simplex},
 * {@code y one-hot}, {@code y in {0, 1}}, {@code y in {-1, 1}}, {@code C symmetric}, {@code x > 0},
 * {@code x >= 0}, {@code 0 < y < 1}), or a branch of a piecewise derivation ({@code i != j},
 * {@code i = j}). Simplex and one-hot also give the identity {@code Σ_k t_k = 1}.
 *
 * @param rules      identities for the simplifier
 * @param constraint a constraint for the sampler, if any
 * @param branch     an index branch {@code i = j} / {@code i != j}, if this is one
 */
record Assumption(List<Rule> rules, Optional<Sampling.Constraint> constraint, Optional<Branch> branch) {
    /** {@code i = j} ({@code equal}) or {@code i != j}. */
    record Branch(String i, String j, boolean equal) {
        String describe() {
            return i + (equal ? " = " : " ≠ ") + j;
        }
    }

    static Assumption parse(String text) {
        String t = text.strip();
        Optional<ConstraintStatement> fact = ConstraintStatement.parse(t, null, "assume " + t);
        if (fact.isPresent()) {
            ConstraintStatement c = fact.get();
            if (c.kind() == ConstraintStatement.Kind.DISTINCT || c.kind() == ConstraintStatement.Kind.EQUAL) {
                return new Assumption(List.of(), Optional.empty(), Optional.of(new Branch(c.names().get(0),
                        c.names().get(1), c.kind() == ConstraintStatement.Kind.EQUAL)));
            }
            return new Assumption(Constraints.rules(c), Constraints.constraint(c), Optional.empty());
        }
        int eq = t.indexOf('=');
        if (eq <= 0 || t.indexOf('=', eq + 1) >= 0) {
            throw new InputException("assume: '" + t + "' is not understood; write an identity such as "
                    + "sum_k t_k = 1, or t simplex, y one-hot, y in {0, 1}, C symmetric, x > 0, 0 < y < 1, i != j");
        }
        Expr lhs = Parser.parseExpression(t.substring(0, eq));
        Expr rhs = Parser.parseExpression(t.substring(eq + 1));
        return new Assumption(List.of(Rules.assumption(lhs, rhs)), sumsTo(lhs, rhs).or(() -> special(lhs, rhs, t)), Optional.empty());
    }

    /**
     * The sampler's constraint for a special case {@code mu = 0}, {@code g_i = g} (every entry), {@code sigma_1 = sigma}
     * (one entry): a plain name, one with index letters only, or one entry by its numbers, set to a value that does not
     * use it; empty for any other identity.
     */
    static Optional<Sampling.Constraint> special(Expr lhs, Expr rhs, String text) {
        boolean name = lhs instanceof Sym || lhs instanceof Indexed x && (x.indices().stream().allMatch(Index::isConcrete)
                || x.indices().stream().allMatch(Index::isSymbolic) && x.indices().stream().distinct().count() == x.indices().size());
        // the scalar g beside the entries g_i is another quantity: g_i = g uses no entry of g
        if (!name || Exprs.any(rhs, e -> e.getClass() == lhs.getClass() && (e instanceof Sym s ? s.name().equals(((Sym) lhs).name())
                : ((Indexed) e).name().equals(((Indexed) lhs).name())))) {
            return Optional.empty();
        }
        return Optional.of(new Sampling.Equal(lhs, rhs, text));
    }

    /**
     * The sampler's constraint for {@code Σ_k y_k = total}, so that a false step's point can be recomputed under it: the
     * vector's entries, or each row of a matrix's ({@code Σ_c Y_ic = 1}, the index summed the last), or each column's
     * ({@code Σ_i Y_ic = 1}, the first).
     */
    private static Optional<Sampling.Constraint> sumsTo(Expr lhs, Expr rhs) {
        if (!(lhs instanceof IndexSum s && s.body() instanceof Indexed v && rhs instanceof Num total)) {
            return Optional.empty();
        }
        double t = total.value().doubleValue();
        List<String> at = v.indices();
        if (at.equals(List.of(s.index()))) {
            return Optional.of(new Sampling.SumsTo(v.name(), t));
        }
        // every row (column): the other index is a letter, not one row's number (Σ_c Y_1c = 1 says nothing of the others)
        if (at.size() != 2 || at.get(0).equals(at.get(1)) || !at.contains(s.index())
                || !org.symgrad.expr.Index.isSymbolic(at.get(at.get(0).equals(s.index()) ? 1 : 0))) {
            return Optional.empty();
        }
        return Optional.of(new Sampling.SumsTo(v.name(), t, at.get(0).equals(s.index()) ? Sampling.Along.COLUMNS : Sampling.Along.ROWS));
    }
}
