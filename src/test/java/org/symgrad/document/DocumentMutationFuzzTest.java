package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symgrad.error.SymgradException;
import org.symgrad.testing.CpuTime;

/**
 * Seeded mutation fuzzing of {@code check}: documents of the fresh-homework corpus with spans deleted,
 * duplicated or swapped and LaTeX fragments inserted (unbalanced braces, stray {@code $$}, a {@code \frac}
 * without arguments, {@code &} and {@code \\} in odd places) are what a half-edited homework file is.
 * Checking one may refuse lines, but never throws anything but a typed symgrad error (a message with a
 * line and column, exit 2 or 3) and never runs away: each document within a CPU-time bound.
 * {@code -Dmutation.cases=N -Dmutation.seed=S} run a longer or another campaign.
 */
class DocumentMutationFuzzTest {
    private static final Path DIR = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/fresh-homework");
    private static final String[] FRAGMENTS = {"{", "}", "$", "$$", "\\frac", "\\frac{", "\\sum_{", "\\sum_{i=1}^{n}", "^", "_",
        "\\left(", "\\right)", "\\\\", "&", "=", "\\partial", "\\begin{cases}", "\\end{cases}", "\\begin{align*}",
        "\\end{align*}", "\\sqrt{", "\\mathbf{", "\\text{ where }", "\\cdot", "'", "^{(t)}", "\\top", "\\\\[", "\\]",
        "\\mathbb{1}[", "\\log", "\\exp", "\\,", "\n\n", "$$x$$", "\\quad", "\\in \\mathbb{R}^{n}", "|", "\\|", ")", "("};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void mutatedDocumentsGiveVerdictsOrTypedErrorsQuickly() {
        List<String> docs = corpus();
        assertTrue(docs.size() > 100, "corpus: " + docs.size());
        long seed = Long.getLong("mutation.seed", 22L);
        int cases = Integer.getInteger("mutation.cases", 60);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        CpuTime.assertWithin(Duration.ofSeconds(Math.max(240, cases * 2L)), () -> {
            for (int i = 0; i < cases; i++) {
                String doc = mutated(docs.get(random.nextInt(docs.size())), random);
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    DocumentChecker.check(doc, DocumentKind.MARKDOWN, DocumentOptions.NONE);
                } catch (SymgradException typed) {
                    // a refusal with a message: what bad input gets
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add("case " + i + " (seed " + seed + "): " + e + " at " + first(e) + "\n" + doc);
                }
                long cpu = THREADS.getCurrentThreadCpuTime() - start;
                if (cpu > Duration.ofSeconds(30).toNanos()) {
                    failures.add("case " + i + " (seed " + seed + "): " + cpu / 1_000_000 + " ms of CPU\n" + doc);
                }
            }
        });
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " mutated documents failed; the first:\n" + failures.get(0));
        }
    }

    private static String first(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].toString();
    }

    /** The document with one to four mutations. */
    static String mutated(String doc, Random random) {
        StringBuilder s = new StringBuilder(doc);
        int n = 1 + random.nextInt(4);
        for (int k = 0; k < n && s.length() > 2; k++) {
            int at = random.nextInt(s.length());
            int len = 1 + random.nextInt(Math.min(24, s.length() - at));
            switch (random.nextInt(4)) {
                case 0 -> s.delete(at, at + len);
                case 1 -> s.insert(at, s.substring(at, at + len));
                case 2 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                default -> {
                    int other = random.nextInt(s.length());
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(other));
                    s.setCharAt(other, c);
                }
            }
        }
        return s.toString();
    }

    private static List<String> corpus() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
