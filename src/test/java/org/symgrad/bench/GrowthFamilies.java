package org.symgrad.bench;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Results;
import org.symgrad.api.Symgrad;

/**
 * The families of inputs whose cost must grow polynomially with their size (SPEC §11, issue 13.3):
 * nested σ, towers {@code x^x^…^x}, chains of definitions, definitions that use the previous one
 * twice, {@code (x+1)^n} and products of n factors. Each member is one whole command as the CLI runs
 * it ({@code diff} without steps, {@code simplify}, or {@code run} of a script), printed in ASCII.
 * {@link Growth} tabulates their CPU time; {@code PolynomialGrowthTest} checks the work they do.
 */
public final class GrowthFamilies {
    private GrowthFamilies() {
    }

    /**
     * One family: its name, the command it runs, the sizes tabulated, and the input of size n.
     *
     * @param command what a member is ({@code diff}, {@code simplify}, {@code run})
     */
    public record Family(String name, String command, List<Integer> sizes, IntFunction<String> input,
                         Function<String, Results> run) {
        /** The printed answer of the member of size {@code n}; a resource limit it hits is thrown. */
        public String answer(int n) {
            Results r = run.apply(input.apply(n));
            if (!r.limits().isEmpty()) {
                throw r.limits().get(0);
            }
            return r.text(OutputFormat.ASCII, false);
        }
    }

    /** σ(σ(…σ(x))), n deep. */
    public static String nestedSigma(int n) {
        return "sigma(".repeat(n) + "x" + ")".repeat(n);
    }

    /** x^x^…^x, n high (the power is right-associative: x^(x^(…))). */
    public static String tower(int n) {
        return IntStream.range(0, n).mapToObj(i -> "x").collect(Collectors.joining("^"));
    }

    /** {@code let a1 = σ(x)}, each next definition σ of the previous, then the derivative of the last. */
    public static String letChain(int k) {
        StringBuilder s = new StringBuilder("let a1 = sigma(x)\n");
        for (int i = 2; i <= k; i++) {
            s.append("let a").append(i).append(" = sigma(a").append(i - 1).append(")\n");
        }
        return s.append("derive a").append(k).append(" wrt x\n").toString();
    }

    /**
     * {@code let a1 = σ(x)}, each next definition using the previous one twice
     * ({@code a_i = a_{i−1}·σ(a_{i−1})}): written out, the last one has 2^k leaves.
     */
    public static String letTwice(int k) {
        StringBuilder s = new StringBuilder("let a1 = sigma(x)\n");
        for (int i = 2; i <= k; i++) {
            s.append("let a").append(i).append(" = a").append(i - 1).append("*sigma(a").append(i - 1).append(")\n");
        }
        return s.append("derive a").append(k).append(" wrt x\n").toString();
    }

    /** {@code (x+1)^n}. */
    public static String power(int n) {
        return "(x + 1)^" + n;
    }

    /** {@code (x+1)(x+2)…(x+n)}. */
    public static String product(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "(x + " + i + ")").collect(Collectors.joining("*"));
    }

    /**
     * {@code 1/(1 + (1/(1 + (…)^2)^2 − c)^2)}, n deep: each level a rational function of the one
     * below, as the fuzzer's case 26087 nests them (over a common denominator, the degree doubles
     * with every level).
     */
    public static String nestedFraction(int n) {
        String u = "z";
        for (int i = 0; i < n; i++) {
            u = "1/(1 + (" + u + ")^2)^2 - c";
        }
        return "1/(1 + (" + u + ")^2)";
    }

    /** {@link #nestedFraction} n deep inside {@code tanh(log(…))}. */
    public static String nestedFractionInTanhLog(int n) {
        return "tanh(log(" + nestedFraction(n) + "))";
    }

    private static Results diff(String e) {
        return Symgrad.derivation(e, "x", 1, false);
    }

    /** Every family, in the order BENCHMARKS.md lists them, at the sizes it tabulates. */
    public static List<Family> all() {
        return List.of(
                new Family("nested σ", "diff", List.of(1, 2, 4, 8, 12, 16, 20), GrowthFamilies::nestedSigma,
                        GrowthFamilies::diff),
                new Family("nested σ", "simplify", List.of(1, 2, 4, 8, 12, 16, 20), GrowthFamilies::nestedSigma,
                        Symgrad::simplification),
                new Family("tower x^x^…^x", "diff", List.of(5, 10, 20, 40, 60, 80, 100), GrowthFamilies::tower,
                        GrowthFamilies::diff),
                new Family("chain of lets, each σ of the previous", "run", List.of(5, 10, 20, 30, 40, 50, 100),
                        GrowthFamilies::letChain, Symgrad::script),
                new Family("lets using the previous twice", "run", List.of(1, 2, 4, 6, 8, 10, 12),
                        GrowthFamilies::letTwice, Symgrad::script),
                new Family("(x+1)^n", "diff", List.of(5, 10, 25, 50, 100, 200), GrowthFamilies::power,
                        GrowthFamilies::diff),
                new Family("(x+1)^n", "simplify", List.of(5, 10, 25, 50, 100, 200), GrowthFamilies::power,
                        Symgrad::simplification),
                new Family("product (x+1)(x+2)…(x+n)", "diff", List.of(2, 4, 8, 16, 24, 32), GrowthFamilies::product,
                        GrowthFamilies::diff),
                new Family("product (x+1)(x+2)…(x+n)", "simplify", List.of(2, 4, 8, 16, 24, 32),
                        GrowthFamilies::product, Symgrad::simplification),
                new Family("nested 1/(1 + (…)²)", "diff", List.of(1, 2, 3, 4, 5, 6), GrowthFamilies::nestedFraction,
                        e -> Symgrad.derivation(e, "z", 1, false)),
                new Family("nested 1/(1 + (…)²) in tanh(log(…))", "diff", List.of(1, 2, 3, 4, 5, 6),
                        GrowthFamilies::nestedFractionInTanhLog, e -> Symgrad.derivation(e, "z", 1, false)));
    }
}
