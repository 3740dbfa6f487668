package io.streampulse.archive.kafka;

import io.streampulse.archive.ingest.Rejected;
import io.streampulse.archive.ingest.Rejections;
import io.streampulse.runtime.deadletter.DeadLetterPublisher;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends rejected records to twitch.deadletter.v1 and waits until the broker has them all; else the batch fails with
 * {@link Rejections.Unavailable}, a transient failure.
 */
@Singleton
class DeadLetterRejections implements Rejections {

    private static final long TIMEOUT_SECONDS = 30;

    private final DeadLetterPublisher publisher;

    DeadLetterRejections(DeadLetterPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void deadLetter(List<Rejected> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        try {
            CompletableFuture<?>[] sends = rejected.stream()
                .map(r -> publisher.publish(r.source().topic(), r.source().partition(), r.source().offset(),
                    r.source().key(), r.source().value(), r.errorType(), r.reason()))
                .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(sends).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejections.Unavailable("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new Rejections.Unavailable("dead letters not acknowledged: " + e, e);
        }
    }
}
