package io.streampulse.archive.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How long archive keeps what it stores (configuration, see the README's retention section).
 *
 * @param channelEvents  channel events (and the revocation markers that guard them), by {@code occurred_at}
 * @param snapshots      stream snapshots, by day partition (a partition goes once its whole day is older)
 * @param sentOutbox     outbox records after they were sent
 * @param daysAhead      snapshot partitions created ahead of today
 */
public record RetentionPolicy(Duration channelEvents, Duration snapshots, Duration sentOutbox, int daysAhead) {

    public RetentionPolicy {
        Objects.requireNonNull(channelEvents, "channelEvents");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(sentOutbox, "sentOutbox");
        if (channelEvents.isNegative() || snapshots.isNegative() || sentOutbox.isNegative() || daysAhead < 0) {
            throw new IllegalArgumentException("retention periods and days ahead must not be negative");
        }
    }
}
