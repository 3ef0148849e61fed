package org.symgrad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import org.symgrad.api.Symgrad;
import org.symgrad.expr.Expr;

/**
 * A companion to the JMH benchmarks for a loaded machine: the same rows timed in this thread's
 * CPU time rather than wall-clock time, so that time the scheduler gives to other processes does
 * not count. Each row runs warm for 2 s, then the best of 10 windows of 0.3 s is printed as
 * µs of CPU per operation (a markdown table). See BENCHMARKS.md.
 */
public final class CpuTimeRows {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeRows() {
    }

    public static void main(String[] args) {
        Map<String, Runnable> rows = new LinkedHashMap<>();
        for (ScalarRowsBench.Row r : new ScalarRowsBench.Row[] {ScalarRowsBench.SIGMA, ScalarRowsBench.SOFTPLUS,
                ScalarRowsBench.TANH, ScalarRowsBench.LOG_SIGMA, ScalarRowsBench.BCE, ScalarRowsBench.MSE}) {
            Expr f = Symgrad.parse(r.input());
            Expr v = Symgrad.variable(r.wrt());
            rows.put("scalar " + r.input() + " (parse…print)", r::run);
            rows.put("scalar " + r.input() + " (diff+simplify)", () -> Symgrad.differentiate(f, v));
        }
        IndexedRowsBench.ROWS.keySet().stream().sorted().forEach(name -> {
            ScriptCase c = IndexedRowsBench.ROWS.get(name).verified();
            ScriptCase.Prepared p = c.prepared();
            rows.put("indexed " + name + " (script)", c::run);
            rows.put("indexed " + name + " (derive)", p::derivation);
        });
        for (String n : new String[] {"3", "100", "10000", "N"}) {
            ScriptCase.Prepared j = IndexScaleBench.jacobian(n).verified().prepared();
            ScriptCase.Prepared ce = IndexScaleBench.crossEntropy(n).verified().prepared();
            rows.put("scale softmaxJacobian n=" + n + " (derive)", j::derivation);
            rows.put("scale crossEntropySoftmax n=" + n + " (derive)", ce::derivation);
        }
        System.out.println("| row | best CPU µs/op |");
        System.out.println("|---|---:|");
        rows.forEach((name, job) -> System.out.printf("| %s | %.0f |%n", name, bestMicros(job)));
    }

    private static double bestMicros(Runnable job) {
        long warm = THREADS.getCurrentThreadCpuTime() + 2_000_000_000L;
        while (THREADS.getCurrentThreadCpuTime() < warm) {
            job.run();
        }
        double best = Double.MAX_VALUE;
        for (int w = 0; w < 10; w++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long n = 0;
            long now;
            do {
                job.run();
                n++;
                now = THREADS.getCurrentThreadCpuTime();
            } while (now - start < 300_000_000L);
            best = Math.min(best, (now - start) / 1e3 / n);
        }
        return best;
    }
}
