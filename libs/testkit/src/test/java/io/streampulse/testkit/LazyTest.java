package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void concurrentCallersShareOneStart() throws Exception {
        // Given
        AtomicInteger starts = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>("unit", () ->
                Started.external("endpoint-" + starts.incrementAndGet(), "fake backend"));
        ExecutorService pool = Executors.newFixedThreadPool(8);

        // When
        List<Callable<String>> callers = IntStream.range(0, 32).<Callable<String>>mapToObj(i -> lazy::get).toList();
        List<String> endpoints;
        try {
            endpoints = pool.invokeAll(callers).stream().map(LazyTest::join).toList();
        } finally {
            pool.shutdownNow();
        }

        // Then
        assertThat(starts).hasValue(1);
        assertThat(endpoints).hasSize(32).containsOnly("endpoint-1");
    }

    @Test
    void aFailedStartIsReportedToEveryCallerWithoutRetrying() {
        // Given
        AtomicInteger starts = new AtomicInteger();
        IllegalStateException cause = new IllegalStateException("port in use");
        Lazy<String> lazy = new Lazy<>("unit", () -> {
            starts.incrementAndGet();
            throw cause;
        });

        // When / Then
        for (int call = 0; call < 2; call++) {
            assertThatThrownBy(lazy::get)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("unit could not be started")
                    .hasCause(cause);
        }
        assertThat(starts).hasValue(1);
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
