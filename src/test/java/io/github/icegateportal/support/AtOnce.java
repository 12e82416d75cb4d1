package io.github.icegateportal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Requests sent at once, as a burst of attackers or two tabs of one person send them: each on a thread of its own,
 * all released by one latch, no sleeping. For tests of what concurrent requests do.
 */
public final class AtOnce {

    private AtOnce() {}

    /** Runs {@code requests} together; their answers in the same order (a request's failure is rethrown). */
    public static <T> List<T> send(List<? extends Callable<T>> requests) throws Exception {
        var pool = Executors.newFixedThreadPool(requests.size());
        var gate = new CountDownLatch(1);
        try {
            var answers = new ArrayList<Future<T>>();
            for (var request : requests) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return request.call();
                }));
            }
            gate.countDown();
            var results = new ArrayList<T>();
            for (var answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
