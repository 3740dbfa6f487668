package io.streampulse.ingest.publish;

import io.streampulse.contracts.deadletter.DeadLetterRecord;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventPublisher} that keeps what it was given, or fails every write while {@code failing}. */
public final class RecordingPublisher implements EventPublisher {

    public final List<Publication<?>> published = new CopyOnWriteArrayList<>();
    public final List<DeadLetterRecord> deadLetters = new CopyOnWriteArrayList<>();
    public volatile boolean failing;

    @Override
    public CompletableFuture<Void> publish(List<Publication<?>> publications) {
        if (failing) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"));
        }
        published.addAll(publications);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeadLetterRecord record) {
        if (failing) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"));
        }
        deadLetters.add(record);
        return CompletableFuture.completedFuture(null);
    }
}
