package io.streampulse.faultcheck.sim;

import java.time.Instant;
import java.util.Optional;

/** One broadcast as the simulator really ran it ({@code GET /admin/truth/sessions}); no end while it is live. */
public record TruthSession(String streamId, String broadcasterId, String login, Instant startedAt,
                           Optional<Instant> endedAt) {

    public boolean live() {
        return endedAt.isEmpty();
    }

    /** Still live, or ended after {@code time}. */
    public boolean liveAt(Instant time) {
        return !startedAt.isAfter(time) && endedAt.map(end -> end.isAfter(time)).orElse(true);
    }
}
