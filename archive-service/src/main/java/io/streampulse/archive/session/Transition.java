package io.streampulse.archive.session;

import java.util.List;
import java.util.Optional;

/** A channel's state after one record, the session it closed (if any), and what the record did. */
public record Transition(ChannelState state, Optional<ClosedSession> closed, Outcome outcome) {

    /** What one observation or lifecycle event did to its channel. */
    public enum Outcome {
        /** A LIVE observation opened a session. */
        OPENED,
        /** A LIVE observation continued the open session (also after absences within the grace). */
        CONTINUED,
        /** An ABSENT observation within the grace: the session stays open. */
        ABSENCE_NOTED,
        /** The record ended the open session (offline, new stream id on stream.online, absent beyond grace). */
        ENDED,
        /** A LIVE observation of a new stream id ended the open session and opened the new one. */
        ENDED_AND_OPENED,
        /** At or before the channel's latest observation (duplicate or out of order), or about an older stream. */
        STALE,
        /** A LIVE observation or stream.online of a stream whose session already ended. */
        STREAM_ALREADY_ENDED,
        /** Nothing to do: no session is open (ABSENT, stream.offline) or it already is (stream.online). */
        NOTHING_TO_DO;

        /** Whether the record was a LIVE observation that became part of a session. */
        public boolean tookLiveObservation() {
            return this == OPENED || this == CONTINUED || this == ENDED_AND_OPENED;
        }
    }

    static Transition of(ChannelState state, Outcome outcome) {
        return new Transition(state, Optional.empty(), outcome);
    }

    static Transition ending(ChannelState state, ClosedSession closed, Outcome outcome) {
        return new Transition(state, Optional.of(closed), outcome);
    }

    public List<ClosedSession> closedSessions() {
        return closed.map(List::of).orElse(List.of());
    }
}
