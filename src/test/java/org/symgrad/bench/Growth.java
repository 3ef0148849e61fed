package org.symgrad.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.symgrad.error.LimitException;
import org.symgrad.error.TimeLimit;

/**
 * The growth table of BENCHMARKS.md (issue 13.3): every {@link GrowthFamilies family} at every
 * size, as one whole command each, in CPU time of the working thread (so the load other processes
 * put on the machine does not count), with the bytes it allocated (a measure of work that does
 * not depend on the load either) and the length of the printed answer. A member is timed once,
 * or as the best of three when it takes under 0.2 s; after a member hits the CPU-time limit
 * (the first argument, seconds, default 30) its family's larger sizes are skipped. A second
 * argument tabulates only the families whose name and command contain it.
 *
 * <p>Run it with {@code bench/growth}. Output: a markdown table.
 */
public final class Growth {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Growth() {
    }

    public static void main(String[] args) throws InterruptedException {
        double limit = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        String only = args.length > 1 ? args[1] : "";
        // the command line's working thread: a large stack, the CPU-time limit installed on it
        Thread worker = new Thread(null, () -> table(limit, only), "growth", 512L << 20);
        worker.start();
        worker.join();
    }

    private static void table(double limit, String only) {
        double[] load = new double[3];
        load[0] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // warm-up: the small members of every family, so the first rows do not time the JIT
        for (GrowthFamilies.Family f : GrowthFamilies.all()) {
            for (int i = 0; i < 5; i++) {
                f.answer(f.sizes().get(0));
                f.answer(f.sizes().get(1));
            }
        }
        System.out.printf(Locale.ROOT, "JDK %s, %d cores, load average %.1f at the start%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), load[0]);
        System.out.println("| family | command | n | CPU ms | allocated MB | answer (chars) |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (GrowthFamilies.Family f : GrowthFamilies.all()) {
            if (!(f.name() + " " + f.command()).contains(only)) {
                continue;
            }
            for (int n : f.sizes()) {
                String row = String.format(Locale.ROOT, "| %s | %s | %d | ", f.name(), f.command(), n);
                try {
                    Measured m = measure(f, n, limit);
                    System.out.printf(Locale.ROOT, "%s%.1f | %.1f | %d |%n", row, m.cpuNanos / 1e6,
                            m.bytes / 1e6, m.chars);
                } catch (LimitException e) {
                    System.out.printf("%slimit: %s | | |%n", row, e.getMessage());
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nload average %.1f at the end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private record Measured(long cpuNanos, long bytes, int chars) {
    }

    private static Measured measure(GrowthFamilies.Family f, int n, double limit) {
        Measured best = null;
        for (int run = 0; run < 3; run++) {
            TimeLimit.install(limit, false);
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long cpu = THREADS.getCurrentThreadCpuTime();
            String answer;
            try {
                answer = f.answer(n);
            } finally {
                TimeLimit.uninstall();
            }
            Measured m = new Measured(THREADS.getCurrentThreadCpuTime() - cpu,
                    THREADS.getCurrentThreadAllocatedBytes() - bytes, answer.strip().length());
            best = best == null || m.cpuNanos < best.cpuNanos ? m : best;
            if (m.cpuNanos > 200_000_000L) {
                break;
            }
        }
        return best;
    }
}
