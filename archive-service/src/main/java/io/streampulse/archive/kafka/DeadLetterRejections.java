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

/** Sends rejected records to twitch.deadletter.v1 and waits until the broker has them all (else the batch fails). */
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
        CompletableFuture<?>[] sends = rejected.stream()
            .map(r -> publisher.publish(r.source().topic(), r.source().partition(), r.source().offset(),
                r.source().key(), r.source().value(), r.errorType(), r.reason()))
            .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead letters not acknowledged: " + e, e);
        }
    }
}
