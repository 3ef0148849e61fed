package org.symgrad.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each case on a worker thread with an 8 MB stack — what the library documents that it needs
 * ({@code -Xss8m}), less than the command line gives itself — and gives up on
 * one that has not answered after {@value #MINUTES} minutes — far beyond the library's own time
 * budget, so only a loop that never checks its budget gets there. Such a case counts as a limit hit
 * (unexpected on a small input); its thread is abandoned and a fresh one takes the next case.
 */
final class Watchdog {
    private static final long MINUTES = 5;
    private static final long STACK_BYTES = 8L << 20;

    private ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "symgrad-fuzz", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    Finding run(FuzzCase c) {
        Future<Finding> answer = worker.submit(() -> DifferentialFuzzer.run(c));
        try {
            return answer.get(MINUTES, TimeUnit.MINUTES);
        } catch (TimeoutException hung) {
            answer.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Finding(c, c.nodes() < Finding.SMALL_INPUT ? Finding.Outcome.UNEXPECTED_LIMIT
                    : Finding.Outcome.ACCEPTED_LIMIT, "no answer within " + MINUTES + " minutes");
        } catch (ExecutionException e) {
            return new Finding(c, Finding.Outcome.UNCAUGHT_EXCEPTION, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
