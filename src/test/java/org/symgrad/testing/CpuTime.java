package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code assertTimeoutPreemptively} by CPU time: the work runs on its own thread and fails the test
 * once that thread has used more than the limit of CPU time — a machine loaded by other builds
 * does not make it fail, as it does a wall-clock limit (issue 13: limits that do not depend on
 * load). A wall-clock cap of ten times the limit still ends a test whose thread is starved or stuck.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** Runs {@code work}, failing when it uses more than {@code limit} of CPU time. */
    public static void assertWithin(Duration limit, Executable work) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                work.execute();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "cpu-time-limited");
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        try {
            while (worker.isAlive()) {
                worker.join(100);
                long cpu = THREADS.getThreadCpuTime(worker.threadId());
                if (worker.isAlive() && cpu > limit.toNanos()) {
                    fail("used more than " + limit.toSeconds() + " s of CPU time");
                }
                if (worker.isAlive() && System.nanoTime() - start > 10 * limit.toNanos()) {
                    fail("did not finish within " + 10 * limit.toSeconds() + " s of wall-clock time");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new AssertionError(t);
        }
    }
}
