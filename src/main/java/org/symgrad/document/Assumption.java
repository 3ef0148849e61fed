package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.check.Sampling;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.parse.Parser;
import org.symgrad.rewrite.Rule;
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

    private static final String NAME = "([A-Za-z][A-Za-z0-9]*)";
    private static final Pattern KIND = Pattern.compile(NAME + "\\s+(simplex|one-hot|onehot|symmetric)");
    private static final Pattern TWO = Pattern.compile(NAME + "\\s+in\\s*\\{\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*}");
    private static final Pattern SIGN = Pattern.compile(NAME + "\\s*(>|>=)\\s*0");
    private static final Pattern UNIT = Pattern.compile("0\\s*<\\s*" + NAME + "\\s*<\\s*1");
    private static final Pattern BRANCH = Pattern.compile("([a-z])\\s*(!=|=|≠)\\s*([a-z])");

    static Assumption parse(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = KIND.matcher(t)).matches()) {
            String name = m.group(1);
            List<Rule> sum = List.of(Rules.assumption(Exprs.sum("k", new Indexed(name, List.of("k"))), Exprs.ONE));
            return switch (m.group(2)) {
                case "simplex" -> new Assumption(sum, Optional.of(new Sampling.Simplex(name)), Optional.empty());
                case "symmetric" -> new Assumption(List.of(), Optional.of(new Sampling.Symmetric(name)), Optional.empty());
                default -> new Assumption(sum, Optional.of(new Sampling.OneHot(name)), Optional.empty());
            };
        }
        if ((m = TWO.matcher(t)).matches()) {
            double a = Double.parseDouble(m.group(2));
            double b = Double.parseDouble(m.group(3));
            return constraint(new Sampling.TwoValued(m.group(1), Math.min(a, b), Math.max(a, b)));
        }
        if ((m = SIGN.matcher(t)).matches()) {
            return constraint(m.group(2).equals(">") ? new Sampling.Positive(m.group(1))
                    : new Sampling.NonNegative(m.group(1)));
        }
        if ((m = UNIT.matcher(t)).matches()) {
            return constraint(new Sampling.UnitInterval(m.group(1)));
        }
        if ((m = BRANCH.matcher(t)).matches()) {
            return new Assumption(List.of(), Optional.empty(),
                    Optional.of(new Branch(m.group(1), m.group(3), m.group(2).equals("="))));
        }
        int eq = t.indexOf('=');
        if (eq <= 0 || t.indexOf('=', eq + 1) >= 0) {
            throw new InputException("assume: '" + t + "' is not understood; write an identity such as "
                    + "sum_k t_k = 1, or t simplex, y one-hot, y in {0, 1}, C symmetric, x > 0, 0 < y < 1, i != j");
        }
        Expr lhs = Parser.parseExpression(t.substring(0, eq));
        Expr rhs = Parser.parseExpression(t.substring(eq + 1));
        return new Assumption(List.of(Rules.assumption(lhs, rhs)), Optional.empty(), Optional.empty());
    }

    private static Assumption constraint(Sampling.Constraint c) {
        return new Assumption(List.of(), Optional.of(c), Optional.empty());
    }
}
