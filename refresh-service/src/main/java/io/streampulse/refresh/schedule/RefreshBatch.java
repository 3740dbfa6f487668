package io.streampulse.refresh.schedule;

import io.streampulse.refresh.active.ActiveStream;
import java.util.List;

/**
 * Streams claimed for one Helix call, with when they were claimed (epoch millis).
 *
 * @param streams each with its refresh time before the claim (for staleness, and to give it back on failure)
 * @param urgent  its stalest stream is overdue by more than {@link RefreshSettings#yieldUntilOverdue()}: the call
 *                asks the budget first (REFRESH priority); otherwise it yields to discovery (DISCOVERY priority)
 */
public record RefreshBatch(List<ActiveStream> streams, long claimedAtMillis, boolean urgent) {

    public RefreshBatch {
        streams = List.copyOf(streams);
    }

    public List<String> broadcasterIds() {
        return streams.stream().map(ActiveStream::broadcasterId).toList();
    }
}
