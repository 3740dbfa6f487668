package io.streampulse.ingest.publish;

import io.streampulse.contracts.deadletter.DeadLetterRecord;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where ingest's records go (Kafka in the service, a list in unit tests). Every future completes only once
 * the broker acknowledged the write (idempotent producer, acks=all), so callers answer or mark work done
 * only after that.
 */
public interface EventPublisher {

    /** Writes the records; completes when every one of them is acknowledged, exceptionally if any failed. */
    CompletableFuture<Void> publish(List<Publication<?>> publications);

    /** Writes a record that could not be processed to the dead-letter topic. */
    CompletableFuture<Void> deadLetter(DeadLetterRecord record);
}
