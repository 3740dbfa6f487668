package io.streampulse.ingest.eventsub;

import java.util.concurrent.CompletableFuture;

/**
 * The EventSub message ids already processed, shared by every replica (Redis in the service), kept longer
 * than the replay window so a re-sent message is recognised for as long as it would pass verification.
 */
public interface ProcessedMessages {

    CompletableFuture<Boolean> isProcessed(String messageId);

    /** Records the id; call only after the message's records were acknowledged by Kafka. */
    CompletableFuture<Void> markProcessed(String messageId);
}
