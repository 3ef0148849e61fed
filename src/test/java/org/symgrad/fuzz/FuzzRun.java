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
    /** The case ids to run: {@code 0 … cases−1}, or the ones a reproduction names. */
    private final List<Long> ids;
    private final Map<Finding.Outcome, Integer> counts = new EnumMap<>(Finding.Outcome.class);
    private final List<Finding> failures = new ArrayList<>();
    private final List<Finding> knownOpen = new ArrayList<>();
    private final Map<KnownOpen, Integer> knownOpenCounts = new EnumMap<>(KnownOpen.class);
    private final List<Finding> inputErrors = new ArrayList<>();
    private final Map<Undecidable, Integer> undecided = new EnumMap<>(Undecidable.class);
    private final Map<Undecidable, String> firstUndecided = new EnumMap<>(Undecidable.class);
    private long compared;
    private int maxNodes;
    private long totalNodes;
    private long wallNanos;

    FuzzRun(long seed, int cases) {
        this(seed, java.util.stream.LongStream.range(0, cases).boxed().toList());
    }

    /** Only the cases {@code ids} of the run of {@code seed} — each is reproducible alone. */
    FuzzRun(long seed, List<Long> ids) {
        this.seed = seed;
        this.ids = List.copyOf(ids);
        this.cases = this.ids.size();
        for (Finding.Outcome o : Finding.Outcome.values()) {
            counts.put(o, 0);
        }
    }

    FuzzRun run() {
        long start = System.nanoTime();
        CaseGenerator generator = new CaseGenerator(seed);
        Watchdog watchdog = new Watchdog();
        for (long id : ids) {
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
            }
            compared += f.compared();
            f.undecided().forEach((why, n) -> {
                undecided.merge(why, n, Integer::sum);
                firstUndecided.putIfAbsent(why, f.fuzzCase() + "\n        " + f.firstUndecided().get(why));
            });
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

    /**
     * The most a run may leave undecided, as a share of the judgements that decided: more means the
     * reference has stopped judging, and the run fails rather than pass on what it did not check.
     */
    static final double MAX_UNDECIDED_SHARE = 0.005;

    /** Disagreements no point could decide, over judgements that decided. */
    double undecidedShare() {
        long total = undecided.values().stream().mapToLong(Integer::longValue).sum();
        return (double) total / Math.max(1, compared);
    }

    /** The figures, the known-open failures by issue item, and every new failure. */
    String report() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("differential fuzz run: seed %d, %d cases (inputs up to %d nodes, %.1f on average),"
                + " %.0f s wall-clock%n", seed, cases, maxNodes, (double) totalNodes / Math.max(1, cases), wallNanos / 1e9));
        counts.forEach((o, n) -> s.append(String.format("  %-24s %7d%n", o.name().toLowerCase().replace('_', ' '), n)));
        s.append(String.format("  failures covered by an open issue item: %d%n", knownOpen.size()));
        knownOpenCounts.forEach((k, n) -> s.append(String.format("    %-8s %5d  %s%n", k.item(), n, k.description())));
        s.append(String.format("  new failures: %d%n", failures.size()));
        for (Finding f : failures) {
            s.append("  ").append(f.toString().replace("\n", "\n  ")).append('\n');
        }
        long total = undecided.values().stream().mapToLong(Integer::longValue).sum();
        s.append(String.format("  judgements that decided (candidate at a point): %d; disagreements left undecided: %d"
                + " (%.4f%%, at most %.2f%% allowed)%n", compared, total, 100 * undecidedShare(), 100 * MAX_UNDECIDED_SHARE));
        undecided.forEach((why, n) -> s.append(String.format("    %-18s %6d  %s; first: %s%n",
                why.name().toLowerCase().replace('_', ' '), n, why.description(), firstUndecided.get(why))));
        if (!inputErrors.isEmpty()) {
            s.append(String.format("  input errors (first of %d): %s%n", inputErrors.size(),
                    inputErrors.get(0).toString().replace("\n", "\n    ")));
        }
        return s.toString();
    }
}
