package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Issue 9 item 4: over seeded random indexed expressions — double and single Σ over products of
 * indexed symbols ({@code a_i a_j}, {@code W_ij}, δ) times an exp of a linear form, a written
 * square, a σ of a difference, or nothing — the derivative by an entry ({@code a_m}, {@code x_m})
 * is the same with and without steps, the simplifier's result is a fixed point (simplifying it
 * again changes nothing), and it agrees with central differences.
 *
 * <p>The cases the generator finds that are not fixed yet are listed in {@link #KNOWN_GAPS} by
 * their number; the list may only shrink ({@link #theKnownGapsAreStillGaps}).
 */
class IndexedPathsAgreePropertyTest {
    private static final long SEED = 9_405L;
    private static final int CASES = 160;

    /**
     * Case numbers (seed {@value #SEED}) whose paths or fixed point still disagree. Only ever shrinks.
     * (9, 123, 129, 155, closed in session 24: d/dx_m Σ_i Σ_j c·a_i a_j exp(−g(x_i − x_j)²) printed
     * {@code −4g a_m Σ_i a_i exp(−g(x_i − x_m)²)(x_m − x_i)}, which simplified again to the shorter
     * {@code 4g a_m Σ_i a_i exp(−g(x_m − x_i)²)(x_i − x_m)}; a result is now simplified again where that reads shorter.)
     * 36, 49, 74: d/dx_m Σ_i Σ_j a_i W_ij exp(−g(x_i − x_j)²):
     * the square of the second Σ is turned on a second simplification ({@code (x_i − x_m)²} to {@code (x_m − x_i)²}).
     */
    private static final Set<Integer> KNOWN_GAPS = Set.of(36, 49, 74);

    /** One generated case: the input and the entry it is differentiated by. */
    record Case(int number, String input, String wrt) {
    }

    static List<Case> cases() {
        Random r = new Random(SEED);
        List<Case> out = new ArrayList<>();
        for (int t = 0; t < CASES; t++) {
            boolean twoSums = r.nextInt(3) != 0;
            String body = product(r, twoSums) + kernel(r, twoSums);
            String input = twoSums ? "sum(i, sum(j, " + body + "))" : "sum(i, " + body + ")";
            String wrt = input.contains("x_") && r.nextInt(3) == 0 ? "x_m" : "a_m";
            out.add(new Case(t, input, wrt));
        }
        return out;
    }

    /** A product of indexed symbols (at least one {@code a}), written as a prefix of the body. */
    private static String product(Random r, boolean twoSums) {
        List<String> factors = new ArrayList<>();
        factors.add("a_i");
        if (twoSums) {
            switch (r.nextInt(5)) {
                case 0, 1 -> factors.add("a_j");
                case 2 -> factors.add("b_j");
                case 3 -> factors.add("W_ij");
                default -> {
                    factors.add("a_j");
                    factors.add("W_ij");
                }
            }
        } else if (r.nextBoolean()) {
            factors.add(r.nextBoolean() ? "a_i" : "b_i");
        }
        if (r.nextInt(4) == 0) {
            factors.add(0, Integer.toString(2 + r.nextInt(3)));
        }
        return String.join("*", factors);
    }

    private static String coefficient(Random r) {
        int[] cs = {-3, -2, -1, 1, 2, 3};
        return Integer.toString(cs[r.nextInt(cs.length)]);
    }

    /** A linear form of {@code x_i} (and {@code x_j}): {@code x_i - 2*x_j}, {@code 3*x_i + x_j + 1}. */
    private static String linear(Random r, boolean twoSums) {
        String s = coefficient(r) + "*x_i";
        if (twoSums) {
            String c = coefficient(r);
            s += (c.startsWith("-") ? " - " + c.substring(1) : " + " + c) + "*x_j";
        }
        if (r.nextInt(3) == 0) {
            s += " + " + (1 + r.nextInt(2));
        }
        return s.replace("1*x", "x").replace("-x", "-x");
    }

    /** A kernel multiplying the product: exp of a linear form, a written square, σ of a difference, or none. */
    private static String kernel(Random r, boolean twoSums) {
        String other = twoSums ? "x_j" : "y";
        return switch (r.nextInt(6)) {
            case 0, 1 -> "*exp(" + linear(r, twoSums) + ")";
            case 2 -> "*exp(-g*(x_i - " + other + ")^2)";
            case 3 -> "*(x_i - " + other + ")^2";
            case 4 -> "*sigma(x_i - " + other + ")";
            default -> twoSums && r.nextBoolean() ? "*delta(i,j)" : "";
        };
    }

    /** The disagreements of one case: empty where both paths agree, the result is a fixed point and numerically right. */
    static List<String> problems(Case c) {
        Expr input = Parser.parseExpression(c.input());
        Expr wrt = Parser.parseExpression(c.wrt());
        Deriver deriver = Deriver.plain();
        Expr plain = deriver.derivative(input, wrt);
        Expr stepped = Deriver.plain().derive(input, wrt).result();
        List<String> out = new ArrayList<>();
        if (!Printer.ascii(plain).equals(Printer.ascii(stepped))) {
            out.add("plain " + Printer.ascii(plain) + " but stepped " + Printer.ascii(stepped));
        }
        Expr again = Deriver.plain().simplifiedAsWritten(plain);
        if (!Printer.ascii(again).equals(Printer.ascii(plain))) {
            out.add("not a fixed point: " + Printer.ascii(plain) + " simplifies to " + Printer.ascii(again));
        }
        Expr once = Simplifier.simplifyPlain(input);
        Expr twice = Simplifier.simplifyPlain(once);
        if (!once.equals(twice)) {
            out.add("simplify not idempotent on the input: " + Printer.ascii(once) + " then " + Printer.ascii(twice));
        }
        String numeric = numericProblem(input, wrt, plain);
        if (numeric != null) {
            out.add(numeric);
        }
        return out;
    }

    /** Where the derivative and central differences disagree (m bound to each of 1..n), else null. */
    private static String numericProblem(Expr input, Expr wrt, Expr derivative) {
        for (int n : new int[] {3, 4}) {
            for (int m = 1; m <= n; m++) {
                Environment env = Environment.random(17L * n + m, n);
                for (String index : org.symgrad.expr.Indices.free(wrt)) {
                    env = env.withBinding(index, m);
                }
                double symbolic = Evaluator.evaluate(derivative, env);
                double numeric = Evaluator.evaluate(new Derivative(input, wrt), env);
                if (!Double.isFinite(symbolic) || !Double.isFinite(numeric) || Math.abs(numeric) > 1e6) {
                    continue;
                }
                if (Math.abs(symbolic - numeric) > 1e-6 * Math.max(1, Math.abs(numeric))) {
                    return "numerically wrong at n = " + n + ", m = " + m + ": " + symbolic + " vs " + numeric;
                }
            }
        }
        return null;
    }

    @Test
    void bothPathsAgreeOnAFixedPointThatIsRight() {
        Map<Integer, String> failures = new LinkedHashMap<>();
        int compared = 0;
        for (Case c : cases()) {
            if (KNOWN_GAPS.contains(c.number())) {
                continue;
            }
            List<String> p;
            try {
                p = problems(c);
            } catch (SymgradException limit) {
                continue;
            }
            compared++;
            if (!p.isEmpty()) {
                failures.put(c.number(), "d/d" + c.wrt() + " " + c.input() + ":\n    " + String.join("\n    ", p));
            }
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " cases (seed " + SEED + "):\n"
                + String.join("\n", failures.entrySet().stream().map(e -> "#" + e.getKey() + " " + e.getValue()).toList()));
        assertTrue(compared > CASES * 9 / 10, compared + " compared");
    }

    /** A known gap that closes is taken off the list: the list cannot hide a fixed case or grow unseen. */
    @Test
    void theKnownGapsAreStillGaps() {
        Set<Integer> closed = new TreeSet<>();
        for (Case c : cases()) {
            if (KNOWN_GAPS.contains(c.number()) && problems(c).isEmpty()) {
                closed.add(c.number());
            }
        }
        assertEquals(Set.of(), closed, "closed gaps: take them off KNOWN_GAPS");
    }

    /**
     * Sums gathered over a shared factor keep the number their bracket's terms share in front of the Σ
     * (SumsSharingAFactor), as the normal form pulls a number out of a Σ: no {@code Σ_i 2a_i …} beside a
     * {@code −2g} outside. Both paths alike.
     */
    @Test
    void aGatheredSumHasItsNumberInFront() {
        for (String[] row : List.of(
                new String[] {"sum(i, sum(j, a_i*a_j*exp(-g*(x_i - x_j)^2)))", "x_m",
                        "4*g*a_m*sum(i, a_i*exp(-g*(x_m - x_i)^2)*(x_i - x_m))"},
                new String[] {"sum(k, sum(l, 3*c_k*c_l*exp(-h*(u_k - u_l)^2)))", "u_p",
                        "12*h*c_p*sum(k, c_k*exp(-h*(u_p - u_k)^2)*(u_k - u_p))"})) {
            Expr input = Parser.parseExpression(row[0]);
            Expr wrt = Parser.parseExpression(row[1]);
            assertEquals(row[2], Printer.ascii(Deriver.plain().derivative(input, wrt)), row[0]);
            assertEquals(row[2], Printer.ascii(Deriver.plain().derive(input, wrt).result()), row[0]);
            assertEquals(null, numericProblem(input, wrt, Deriver.plain().derivative(input, wrt)), row[0]);
        }
    }

    /** The case of the issue and variants of it (other names, other coefficients, the other order). */
    @Test
    void theIssuesCaseAndVariantsAgree() {
        for (String[] row : List.of(
                new String[] {"sum(i, sum(j, a_i*a_j*exp(x_i - 2*x_j)))", "a_m",
                        "sum(i, a_i*exp(x_m - 2*x_i)) + sum(i, a_i*exp(x_i - 2*x_m))"},
                new String[] {"sum(k, sum(l, c_k*c_l*exp(3*u_k - u_l)))", "c_p",
                        "sum(k, c_k*exp(3*u_p - u_k)) + sum(k, c_k*exp(3*u_k - u_p))"},
                new String[] {"sum(i, sum(j, a_i*a_j*exp(-2*x_j + x_i)))", "a_m",
                        "sum(i, a_i*exp(x_m - 2*x_i)) + sum(i, a_i*exp(x_i - 2*x_m))"},
                // issue 9 item 3: the square the input wrote survives the contraction j → m
                new String[] {"sum(i, sum(j, a_i*a_j*exp(-g*(x_i - x_j)^2)))", "a_m",
                        "2*sum(i, a_i*exp(-g*(x_m - x_i)^2))"},
                new String[] {"sum(k, sum(l, b_k*W_kl*exp(-(u_k - v_l)^2/2)))", "b_p",
                        "sum(l, W_{pl}*exp(-(u_p - v_l)^2/2))"},
                new String[] {"y*exp(-g*(x - mu)^2)", "y", "exp(-g*(x - mu)^2)"},
                new String[] {"exp(-g*(x - mu)^2)", "x", "-2*g*exp(-g*(x - mu)^2)*(x - mu)"})) {
            Case c = new Case(-1, row[0], row[1]);
            assertEquals(List.of(), problems(c), row[0]);
            assertEquals(row[2], Printer.ascii(Deriver.plain().derivative(Parser.parseExpression(row[0]),
                    Parser.parseExpression(row[1]))), row[0]);
        }
    }
}
