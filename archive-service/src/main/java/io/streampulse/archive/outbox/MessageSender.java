package io.streampulse.archive.outbox;

import java.util.concurrent.CompletableFuture;

/** Sends one outbox message; the future completes when the broker acknowledged it. */
public interface MessageSender {

    CompletableFuture<Void> send(OutboxMessage message);
}
