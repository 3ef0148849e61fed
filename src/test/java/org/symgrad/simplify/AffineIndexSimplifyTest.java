package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.symgrad.derive.Deriver;
import org.symgrad.error.InputException;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;

/**
 * Affine indices as convolutions write them (SPEC §9): {@code x_{i+k}}, {@code W_{i-1}},
 * {@code A_{i+p,j+q}}, {@code delta(t, m+k)} read, print and read back in every notation;
 * simplifying keeps the value and derivatives equal central finite differences at every
 * assignment of the free indices (n = 3 and 4, so offsets leave the range 1..n too); δ contraction
 * substitutes into an affine index ({@code Σ_m a_{i+m} δ_mp = a_{i+p}}) and contracts a δ whose
 * other index is affine only with its range condition ({@code Σ_k δ_{k,i+1} x_k = x_{i+1}·[1 ≤ i+1 ≤ n]}).
 */
class AffineIndexSimplifyTest {
    private static void assertSameEverywhere(String what, Expr expected, Expr actual) {
        EveryIndexAssignment.assertSameEverywhere(what, expected, actual, (p, n) -> Environment.random(7 + p, n));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sum_i G_i*sum_m a_{i+m}*w_m                            | w_p    | sum(i, G_i*a_{i+p})
            sum_i G_i*sum_m a_{i+m}*w_m                            | a_t    |
            sum_i sum_j G_ij*sum_p sum_q A_{i+p,j+q}*W_pq           | W_ab   | sum(i, sum(j, A_{a+i,b+j}*G_{ij}))
            sum_i (x_{i+1} - x_i)^2                                | x_k    |
            sum_k x_{k-1}*y_k                                      | y_j    | x_{j-1}
            sum_k x_{k-1}*y_k                                      | x_j    |
            sum_k delta(k, i+1)*x_k                                |        |
            sum_k delta(k, k+i)*x_k                                |        |
            sum_k delta(t, m+k)*w_k                                |        |
            sum_k delta(k, j)*x_{k+1}                              |        | x_{j+1}
            exp(W_{i-1}*x_{2*i+p})                                 | x_q    |
            sum_t sum_m (W_{t-m}*u_m)^2                            | W_c    |
            sum_m G_m*sum_k w_k*x_{(m-1)*s+k}                      | x_t    |
            sum_m G_m*sum_k w_k*x_{(m-1)*s+k}                      | w_c    | sum(m, G_m*x_{(m-1)*s+c})
            sum_i sum_j G_ij*sum_p sum_q X_{s*i+p,s*j+q}*F_pq       | F_ab   | sum(i, sum(j, G_{ij}*X_{a+i*s,b+j*s}))
            sum_i sum_j G_ij*sum_p sum_q X_{s*i+p,s*j+q}*F_pq       | X_cd   |
            sum_i G_i*x_{s*i}                                      | x_t    |
            """)
    void simplifiesAndDifferentiatesAffineIndices(String input, String wrt, String form) {
        Expr e = Parser.parseExpression(input);
        Expr simplified = Simplifier.simplifyPlain(e);
        assertSameEverywhere("simplify " + input, e, simplified);
        for (Expr printed : List.of(Parser.parseExpression(Printer.ascii(e)), Parser.parseExpression(Printer.unicode(e)))) {
            assertSameEverywhere("read back " + input, e, printed);
        }
        Expr result = simplified;
        if (wrt != null) {
            Expr variable = Parser.parseExpression(wrt);
            result = Deriver.plain().derivative(e, variable);
            assertSameEverywhere("d/d" + wrt + " " + input, new Derivative(e, variable), result);
        }
        if (form != null) {
            assertEquals(form, Printer.ascii(result));
        }
    }

    /** A random index over {@code names}: a name, a name with an offset, a sum or difference of two. */
    private static String randomIndex(java.util.Random r, List<String> names) {
        String a = names.get(r.nextInt(names.size()));
        String b = names.get(r.nextInt(names.size()));
        return switch (r.nextInt(5)) {
            case 0, 1 -> a;
            case 2 -> org.symgrad.expr.Index.of(java.util.Map.of(a, 1L), r.nextBoolean() ? 1 : -1);
            case 3 -> a.equals(b) ? a : org.symgrad.expr.Index.of(java.util.Map.of(a, 1L, b, 1L), 0);
            default -> a.equals(b) ? a : org.symgrad.expr.Index.of(java.util.Map.of(a, 1L, b, -1L), 1);
        };
    }

    /** A random expression with affine indices over the names in scope, Σ binding new ones. */
    private static Expr randomAffine(java.util.Random r, List<String> scope, int depth) {
        if (depth <= 0 || r.nextInt(5) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> new org.symgrad.expr.Delta(randomIndex(r, scope), randomIndex(r, scope));
                case 1 -> org.symgrad.expr.Exprs.sym(r.nextBoolean() ? "a" : "b");
                default -> new org.symgrad.expr.Indexed(r.nextBoolean() ? "x" : "w", List.of(randomIndex(r, scope)));
            };
        }
        Expr left = randomAffine(r, scope, depth - 1);
        return switch (r.nextInt(6)) {
            case 0 -> org.symgrad.expr.Exprs.add(left, randomAffine(r, scope, depth - 1));
            case 1, 2 -> org.symgrad.expr.Exprs.mul(left, randomAffine(r, scope, depth - 1));
            case 3 -> {
                String k = List.of("k", "m", "p").stream().filter(n -> !scope.contains(n)).findFirst().orElse(null);
                if (k == null) {
                    yield left;
                }
                List<String> inner = new ArrayList<>(scope);
                inner.add(k);
                yield org.symgrad.expr.Exprs.sum(k, org.symgrad.expr.Exprs.mul(
                        randomAffine(r, inner, depth - 1), randomAffine(r, inner, depth - 1)));
            }
            case 4 -> org.symgrad.expr.Exprs.sigma(left);
            default -> org.symgrad.expr.Exprs.pow(left, 2);
        };
    }

    @Test
    void randomExpressionsWithAffineIndicesKeepTheirValueAndDifferentiateRight() {
        java.util.Random r = new java.util.Random(2026);
        Expr xq = Parser.parseExpression("x_q");
        int contracted = 0;
        int conditioned = 0;
        for (int t = 0; t < 150; t++) {
            Expr e = randomAffine(r, List.of("i", "j"), 4);
            Expr simplified = Simplifier.simplifyPlain(e);
            assertSameEverywhere("simplify " + Printer.ascii(e), e, simplified);
            assertSameEverywhere("read back " + Printer.ascii(e), e, Parser.parseExpression(Printer.ascii(e)));
            Expr d = Deriver.plain().derivative(e, xq);
            assertSameEverywhere("d/dx_q " + Printer.ascii(e), new Derivative(e, xq), d);
            assertSameEverywhere("read back d/dx_q " + Printer.ascii(e), d, Parser.parseExpression(Printer.ascii(d)));
            assertSameEverywhere("read back d/dx_q " + Printer.ascii(e), d, Parser.parseExpression(Printer.unicode(d)));
            if (Printer.ascii(d).contains(" <= ")) {
                conditioned++;
            }
            if (Printer.ascii(d).matches(".*x_\\{[^}]*[+-].*")) {
                contracted++;
            }
        }
        assertTrue(contracted > 0, "no derivative contracted into an affine index");
        assertTrue(conditioned > 0, "no derivative stated a range condition");
    }

    @Test
    void aDeltaWithAnAffineIndexContractsOnlyWithItsRangeCondition() {
        // δ_{k,k+i} is 1 only where i = 0 (never, for an index ≥ 1): contracting it would leak k
        assertEquals(Set.of("i"), Indices.free(Simplifier.simplifyPlain(Parser.parseExpression("sum_k delta(k, k+i)*x_k"))));
        // x_{i+1} at i = n would be an entry outside the vector where the sum is 0: the condition is stated
        assertEquals("x_{i+1}*[1 <= i+1 <= n]",
                Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("sum_k delta(k, i+1)*x_k"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x_{1-2}          | 4 | an index counts from 1
            x_{i/2}          | 5 | unexpected '/'
            x_{(i+1}         | 8 | expected ')'
            delta(t, m+1/2)  | 10 | an index of delta must be
            """)
    void whatIsNotAnIndexIsAnError(String input, int column, String words) {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> Parser.parseExpression(input));
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertEquals(column, e.span().orElseThrow().column(), e.getMessage());
    }
}
