package org.symgrad.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Time limits count the working thread's CPU time, so a loaded machine does not change them. */
class TimeLimitTest {
    @AfterEach
    void uninstall() {
        TimeLimit.uninstall();
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void waitingUsesNoCpuTimeAndHitsNoLimit() throws InterruptedException {
        TimeLimit.install(0.05, false);
        Thread.sleep(300); // six times the limit in wall-clock time, almost no CPU time
        TimeLimit.check();
        TimeLimit.restart();
        Thread.sleep(100);
        TimeLimit.check();
    }

    @Test
    void workingHitsTheLimitAfterItsCpuTime() {
        TimeLimit.install(0.1, false);
        long start = cpu();
        LimitException e = assertThrows(LimitException.class, () -> {
            long sink = 0;
            while (true) {
                for (int i = 0; i < 100_000; i++) {
                    sink += i * 31L ^ sink;
                }
                TimeLimit.check();
                if (sink == 42) {
                    break;
                }
            }
        });
        assertTrue(cpu() - start >= 100_000_000L, "stopped before 0.1 s of CPU time");
        assertEquals("time", e.limit());
        assertEquals("error: limit exceeded (time): the computation used more than 0.1 s of CPU time"
                + " (--timeout SECONDS changes the limit)", e.describe());
    }

    @Test
    void aThreadWithoutALimitNeverHitsOne() {
        TimeLimit.check();
        assertTrue(!TimeLimit.installed());
    }

    @Test
    void anOwnBudgetEndsBetweenOnceAndTwiceItsCpuTime() {
        TimeLimit own = TimeLimit.startingNow(0.05);
        long start = cpu();
        long sink = 0;
        while (!own.exceeded(0)) {
            for (int i = 0; i < 100_000; i++) {
                sink += i * 31L ^ sink;
            }
        }
        long used = cpu() - start;
        assertTrue(used >= 50_000_000L && sink != 42, "ended after " + used + " ns");
    }
}
