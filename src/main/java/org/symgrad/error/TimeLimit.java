package org.symgrad.error;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A time limit counted in the CPU time of the working thread — not wall-clock time, so that
 * whether a command hits it does not depend on how loaded the machine is. The command line
 * {@linkplain #install installs} one on its working thread and {@linkplain #restart restarts} it for
 * each statement of a script; long loops call {@link #check()}, which throws a
 * {@link LimitException} {@code "time"} once the work since the (re)start has used more CPU time
 * than the limit. A budget of its own ({@link #startingNow}) bounds one computation the same way.
 *
 * <p>Reading a thread's CPU time needs {@code java.lang.management}, whose start-up costs more than
 * a short command takes, so it is read only when it can matter: not before the wall-clock time
 * since the start exceeds the limit (CPU time cannot exceed it); not at all at the start of a
 * thread that has just begun ({@code freshThread}, or a restart within {@value #FRESH_MILLIS} ms of
 * it: its CPU time so far counts, an overcount of at most that much). A budget of its own reads the
 * CPU time first when its wall-clock time is up, and counts from there: it ends after between one
 * and two times its limit of CPU time, never before.
 */
public final class TimeLimit {
    /** The default limit of one command or script statement, in seconds. */
    public static final double DEFAULT_SECONDS = 60;
    private static final long FRESH_MILLIS = 200;
    private static final long UNKNOWN = Long.MIN_VALUE;
    private static final ThreadLocal<TimeLimit> CURRENT = new ThreadLocal<>();

    private final Thread owner;
    private volatile long limitNanos;
    private final long bornWall;
    private final boolean fresh;
    private volatile long startWall;
    private volatile long startCpu;

    private TimeLimit(double seconds, boolean fresh) {
        this.owner = Thread.currentThread();
        this.limitNanos = nanos(seconds);
        this.fresh = fresh;
        this.bornWall = System.nanoTime();
        this.startWall = bornWall;
        this.startCpu = fresh ? 0 : UNKNOWN;
    }

    /**
     * Installs a limit of {@code seconds} of CPU time on the current thread, starting now;
     * {@code freshThread} when the thread has only just started.
     */
    public static TimeLimit install(double seconds, boolean freshThread) {
        TimeLimit limit = new TimeLimit(seconds, freshThread);
        CURRENT.set(limit);
        return limit;
    }

    /** Changes the installed limit of the current thread to {@code seconds} (from its last start). */
    public static void change(double seconds) {
        TimeLimit t = CURRENT.get();
        if (t != null) {
            t.limitNanos = nanos(seconds);
        }
    }

    private static long nanos(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("a time limit must be positive, not " + seconds);
        }
        return (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 4.0);
    }

    /** A budget of {@code seconds} of the current thread's CPU time from now, not installed. */
    public static TimeLimit startingNow(double seconds) {
        return new TimeLimit(seconds, false);
    }

    /** True when the current thread has an installed limit. */
    public static boolean installed() {
        return CURRENT.get() != null;
    }

    /** Removes the current thread's limit. */
    public static void uninstall() {
        CURRENT.remove();
    }

    /** Starts the installed limit counting again from now (a script's next statement gets it whole). */
    public static void restart() {
        TimeLimit t = CURRENT.get();
        if (t != null) {
            long now = System.nanoTime();
            t.startCpu = t.fresh && now - t.bornWall < FRESH_MILLIS * 1_000_000L ? 0 : cpu(t.owner);
            t.startWall = now;
        }
    }

    /** Throws {@link LimitException} {@code "time"} when the current thread's work is over its installed limit. */
    public static void check() {
        TimeLimit t = CURRENT.get();
        if (t != null) {
            t.checkNow();
        }
    }

    /** Throws {@link LimitException} {@code "time"} when this limit is used up. */
    public void checkNow() {
        if (exceeded(0)) {
            throw exception();
        }
    }

    /**
     * True when the work has used more than the limit plus {@code graceNanos} of CPU time (a
     * watchdog on another thread asks with a grace, so that the working thread's own check, which
     * unwinds cleanly, comes first).
     */
    public boolean exceeded(long graceNanos) {
        if (System.nanoTime() - startWall <= limitNanos + graceNanos) {
            return false;
        }
        long now = cpu(owner);
        if (startCpu == UNKNOWN) {
            startCpu = now;
            return false;
        }
        return now - startCpu > limitNanos + graceNanos;
    }

    /** The limit in seconds, as {@code --timeout} takes it. */
    public String seconds() {
        double s = limitNanos / 1e9;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    /** The exception that says this limit was hit. */
    public LimitException exception() {
        return new LimitException("time", "the computation used more than " + seconds()
                + " s of CPU time (--timeout SECONDS changes the limit)");
    }

    /** The thread's CPU time; its wall-clock age where the JVM cannot measure CPU time. */
    private static long cpu(Thread t) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = t == Thread.currentThread() ? threads.getCurrentThreadCpuTime() : threads.getThreadCpuTime(t.threadId());
        return nanos >= 0 ? nanos : System.nanoTime();
    }
}
