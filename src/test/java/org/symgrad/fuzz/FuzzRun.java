package org.symgrad.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A seeded run of the differential fuzzer over cases {@code 0 … cases−1}: every case's
 * {@link Finding}, the failures among them classified as known-open (an issue item covers them,
 * {@link KnownOpen}) or new, and the figures.
 */
final class FuzzRun {
    private final long seed;
    private final int cases;
    private final Map<Finding.Outcome, Integer> counts = new EnumMap<>(Finding.Outcome.class);
    private final List<Finding> failures = new ArrayList<>();
    private final List<Finding> knownOpen = new ArrayList<>();
    private final Map<KnownOpen, Integer> knownOpenCounts = new EnumMap<>(KnownOpen.class);
    private final List<Finding> inputErrors = new ArrayList<>();
    private final List<Finding> overflows = new ArrayList<>();
    private int maxNodes;
    private long totalNodes;
    private long wallNanos;

    FuzzRun(long seed, int cases) {
        this.seed = seed;
        this.cases = cases;
        for (Finding.Outcome o : Finding.Outcome.values()) {
            counts.put(o, 0);
        }
    }

    FuzzRun run() {
        long start = System.nanoTime();
        CaseGenerator generator = new CaseGenerator(seed);
        Watchdog watchdog = new Watchdog();
        for (long id = 0; id < cases; id++) {
            FuzzCase c = generator.next(id);
            maxNodes = Math.max(maxNodes, c.nodes());
            totalNodes += c.nodes();
            Finding f = watchdog.run(c);
            counts.merge(f.outcome(), 1, Integer::sum);
            if (f.outcome().isFailure()) {
                Optional<KnownOpen> known = KnownOpen.covering(f);
                if (known.isPresent()) {
                    knownOpen.add(f);
                    knownOpenCounts.merge(known.get(), 1, Integer::sum);
                } else {
                    failures.add(f);
                }
            } else if (f.outcome() == Finding.Outcome.INPUT_ERROR) {
                inputErrors.add(f);
            } else if (f.outcome() == Finding.Outcome.PASSED && !f.detail().isEmpty()) {
                overflows.add(f);
            }
        }
        wallNanos = System.nanoTime() - start;
        return this;
    }

    /** The failures no issue item covers. */
    List<Finding> newFailures() {
        return List.copyOf(failures);
    }

    int count(Finding.Outcome o) {
        return counts.get(o);
    }

    /** The figures, the known-open failures by issue item, and every new failure. */
    String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("differential fuzz run: seed %d, %d cases (inputs up to %d nodes, %.1f on average),"
                + " %.0f s wall-clock%n", seed, cases, maxNodes, (double) totalNodes / Math.max(1, cases), wallNanos / 1e9));
        counts.forEach((o, n) -> s.append(String.format("  %-20s %7d%n", o.name().toLowerCase().replace('_', ' '), n)));
        s.append(String.format("  failures covered by an open issue item: %d%n", knownOpen.size()));
        knownOpenCounts.forEach((k, n) -> s.append(String.format("    %-8s %5d  %s%n", k.item(), n, k.description())));
        s.append(String.format("  new failures: %d%n", failures.size()));
        for (Finding f : failures) {
            s.append("  ").append(f.toString().replace("\n", "\n  ")).append('\n');
        }
        if (!overflows.isEmpty()) {
            s.append(String.format("  passed, but a value of the answer or a step overflows in double where the input"
                    + " does not: %d (first: %s)%n", overflows.size(), overflows.get(0).fuzzCase()));
        }
        if (!inputErrors.isEmpty()) {
            s.append(String.format("  input errors (first of %d): %s%n", inputErrors.size(),
                    inputErrors.get(0).toString().replace("\n", "\n    ")));
        }
        return s.toString();
    }
}
