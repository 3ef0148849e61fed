package org.symgrad.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * No exponential corners (SPEC §11, issue 13.3): the work of every {@link GrowthFamilies family}
 * grows polynomially with its size. Work is counted as the bytes the working thread allocates,
 * which, unlike time, does not depend on the load of the machine. Doubling the size may multiply
 * the work by at most 2^3.5 ≈ 11 (a polynomial of degree 3.5); the families that grew
 * exponentially before (nested σ ×1.63 per level, the tower ×1.68 per level) multiplied it by
 * 50–1000 over the same doubling.
 */
class PolynomialGrowthTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final double MOST_PER_DOUBLING = 11.3;

    /** A family at size n and 2n, whose work may grow at most {@code most} times. */
    private record Doubling(String family, String command, int n, double most) {
        Doubling(String family, String command, int n) {
            this(family, command, n, MOST_PER_DOUBLING);
        }
    }

    private static final List<Doubling> DOUBLINGS = List.of(
            new Doubling("nested σ", "diff", 8),
            new Doubling("nested σ", "simplify", 8),
            new Doubling("tower x^x^…^x", "diff", 25),
            // quadratic: the k-th chain-rule value is a product of k factors, and no write-back of a
            // definition is tried on it (it holds the defined names only as factors); cubic was 6×
            new Doubling("chain of lets, each σ of the previous", "run", 20, 4.5),
            new Doubling("lets using the previous twice", "run", 6),
            new Doubling("(x+1)^n", "diff", 100),
            new Doubling("(x+1)^n", "simplify", 100),
            new Doubling("product (x+1)(x+2)…(x+n)", "diff", 12),
            new Doubling("product (x+1)(x+2)…(x+n)", "simplify", 12),
            // over one expanded common denominator the degree doubled with every level (fuzz case
            // 26087, two levels inside tanh(log(…)), passed 20,000 terms)
            new Doubling("nested 1/(1 + (…)²)", "diff", 3),
            new Doubling("nested 1/(1 + (…)²) in tanh(log(…))", "diff", 3));

    @Test
    void doublingTheSizeMultipliesTheWorkByAPolynomialFactor() throws InterruptedException {
        List<Executable> checks = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // the command line's working thread has a large stack: so does this one
        Thread worker = new Thread(null, () -> {
            try {
                for (Doubling d : DOUBLINGS) {
                    GrowthFamilies.Family f = family(d);
                    f.answer(d.n()); // warm: the first call of a kind of work loads its classes
                    long small = allocated(f, d.n());
                    long large = allocated(f, 2 * d.n());
                    double ratio = (double) large / small;
                    checks.add(() -> assertTrue(ratio <= d.most(), d + ": from n = " + d.n() + " to "
                            + 2 * d.n() + " the work grew " + String.format("%.1f", ratio) + "× ("
                            + small + " → " + large + " bytes allocated)"));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "growth", 512L << 20);
        worker.start();
        worker.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertAll(checks);
    }

    @Test
    void everyFamilyIsChecked() {
        for (GrowthFamilies.Family f : GrowthFamilies.all()) {
            assertTrue(DOUBLINGS.stream().anyMatch(d -> d.family().equals(f.name()) && d.command().equals(f.command())),
                    f.name() + " " + f.command());
        }
    }

    private static GrowthFamilies.Family family(Doubling d) {
        return GrowthFamilies.all().stream()
                .filter(f -> f.name().equals(d.family()) && f.command().equals(d.command()))
                .findFirst().orElseThrow();
    }

    /** The bytes one member allocates: the least of three runs (a run may still be compiling). */
    private static long allocated(GrowthFamilies.Family f, int n) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            f.answer(n);
            least = Math.min(least, THREADS.getCurrentThreadAllocatedBytes() - before);
        }
        return least;
    }
}
