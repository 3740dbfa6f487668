package io.streampulse.faultcheck.probe;

import io.streampulse.faultcheck.sim.SimAdmin;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Makes a channel.follow happen on a watched channel, to follow it through ingest, archive and the aggregator.
 * Channels take turns; a channel whose follow subscription is gone (revoked after failed deliveries, not yet
 * repaired by ingest) yields no notification, and the next one is tried.
 */
public final class ProbeEvents {

    public static final String TYPE = "channel.follow";
    private static final int TRIES = 3;

    /** A notification the simulator queued for ingest. */
    public record Probe(String messageId, String broadcasterId, Instant triggeredAt) {
    }

    private final SimAdmin sim;
    private final List<String> channels;
    private int next;

    public ProbeEvents(SimAdmin sim, List<String> channels) {
        this.sim = sim;
        this.channels = List.copyOf(channels);
    }

    public synchronized Optional<Probe> trigger() {
        for (int attempt = 0; attempt < Math.min(TRIES, channels.size()); attempt++) {
            String channel = channels.get(next);
            next = (next + 1) % channels.size();
            List<String> ids = sim.trigger(TYPE, channel);
            if (!ids.isEmpty()) {
                return Optional.of(new Probe(ids.get(0), channel, Instant.now()));
            }
        }
        return Optional.empty();
    }
}
