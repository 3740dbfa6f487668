package io.streampulse.twitchsim;

import io.streampulse.twitchsim.truth.EventLedger;
import io.streampulse.twitchsim.truth.EventRecord;
import io.streampulse.twitchsim.truth.SessionLedger;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.util.List;
import java.util.Optional;

/**
 * What really happened, to compare a consumer's view with: every broadcast (live ones as of the last world tick,
 * exactly what Helix serves) and every EventSub message sent with its outcome.
 */
public final class GroundTruth {
    private final SessionLedger sessions;
    private final EventLedger events;

    GroundTruth(SessionLedger sessions, EventLedger events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** Ended sessions (oldest first) followed by the live ones. */
    public List<SessionRecord> sessions() {
        return sessions.all();
    }

    public List<SessionRecord> liveSessions() {
        return sessions.live();
    }

    public List<SessionRecord> endedSessions() {
        return sessions.ended();
    }

    public Optional<SessionRecord> session(String streamId) {
        return sessions().stream().filter(s -> s.streamId().equals(streamId)).findFirst();
    }

    /** Every notification and revocation sent, in the order they were queued. */
    public List<EventRecord> events() {
        return events.all();
    }

    /** Messages of one subscription type, e.g. "stream.online". */
    public List<EventRecord> events(String subscriptionType) {
        return events.all().stream().filter(e -> e.subscriptionType().equals(subscriptionType)).toList();
    }

    public Optional<EventRecord> event(String messageId) {
        return Optional.ofNullable(events.get(messageId));
    }
}
