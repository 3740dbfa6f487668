package io.streampulse.archive.session;

import io.streampulse.archive.session.Transition.Outcome;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import java.time.Instant;
import java.util.Objects;

/**
 * End detection: a pure state machine over one channel's observations and lifecycle events.
 *
 * <p>A session opens with the first LIVE observation of a stream id and ends on EventSub stream.offline (at the
 * event's time), on a new stream id for the channel (a LIVE observation or stream.online; at the old stream's last
 * LIVE observation) or when the stream stayed ABSENT beyond the grace of {@link SessionRules} (at its last LIVE
 * observation). One absence never ends a session; a stream back within the grace continues it. Duplicates and
 * observations older than the channel's latest are stale and change nothing. A session whose channel is not
 * observed at all any more is ended by the sweep ({@link #unobserved}), also at its last LIVE observation.
 */
public final class SessionTracker {

    private final SessionRules rules;

    public SessionTracker(SessionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Transition observe(ChannelState state, StreamObserved observation) {
        Instant at = observation.occurredAt();
        if (state.isStale(at)) {
            return Transition.of(state, Outcome.STALE);
        }
        ChannelState seen = state.observedAt(at);
        return observation.status() == ObservationStatus.LIVE ? live(seen, observation.stream(), at) : absent(seen, at);
    }

    public Transition offline(ChannelState state, StreamWentOffline event) {
        OpenSession open = state.open();
        if (open == null) {
            return Transition.of(state, Outcome.NOTHING_TO_DO);
        }
        if (event.occurredAt().isBefore(open.startedAt())) {
            return Transition.of(state, Outcome.STALE);
        }
        return end(state, open.close(event.occurredAt(), EndReason.OFFLINE_EVENT, rules.maxIntegrationGap()),
            Outcome.ENDED);
    }

    public Transition online(ChannelState state, StreamWentOnline event) {
        OpenSession open = state.open();
        if (state.hasEnded(event.streamId())) {
            return Transition.of(state, Outcome.STREAM_ALREADY_ENDED);
        }
        if (open == null || open.streamId().equals(event.streamId())) {
            return Transition.of(state, Outcome.NOTHING_TO_DO);
        }
        if (event.startedAt().isBefore(open.startedAt())) {
            return Transition.of(state, Outcome.STALE);
        }
        return end(state, closeForNewStream(open, event.startedAt(), event.occurredAt()), Outcome.ENDED);
    }

    /**
     * The sweep of a channel nobody observes any more: its open session ends with {@link EndReason#ABSENT_GRACE} at
     * its last LIVE observation when the channel's latest observation is at or before {@code observedUpTo} (the
     * caller decides how stale that is); otherwise nothing happens.
     */
    public Transition unobserved(ChannelState state, Instant observedUpTo) {
        OpenSession open = state.open();
        if (open == null || state.lastObservedAt() == null || state.lastObservedAt().isAfter(observedUpTo)) {
            return Transition.of(state, Outcome.NOTHING_TO_DO);
        }
        return end(state, open.closeAtLastLive(open.absentSince(), EndReason.ABSENT_GRACE, rules.maxIntegrationGap()),
            Outcome.ENDED);
    }

    private Transition live(ChannelState state, StreamState stream, Instant at) {
        if (state.hasEnded(stream.streamId())) {
            return Transition.of(state, Outcome.STREAM_ALREADY_ENDED);
        }
        OpenSession open = state.open();
        if (open == null) {
            return Transition.of(state.withOpen(OpenSession.opened(stream, at, rules.maxIntegrationGap())),
                Outcome.OPENED);
        }
        if (open.streamId().equals(stream.streamId())) {
            return Transition.of(state.withOpen(open.live(stream, at, rules.maxIntegrationGap())), Outcome.CONTINUED);
        }
        if (stream.startedAt().isBefore(open.startedAt())) {
            return Transition.of(state, Outcome.STALE);
        }
        ClosedSession closed = closeForNewStream(open, stream.startedAt(), at);
        ChannelState reopened = state.ended(closed.streamId(), rules.rememberedEndedStreams())
            .withOpen(OpenSession.opened(stream, at, rules.maxIntegrationGap()));
        return Transition.ending(reopened, closed, Outcome.ENDED_AND_OPENED);
    }

    private Transition absent(ChannelState state, Instant at) {
        OpenSession open = state.open();
        if (open == null) {
            return Transition.of(state, Outcome.NOTHING_TO_DO);
        }
        OpenSession absent = open.absent(at);
        if (absent.absentBeyondGrace(rules, at)) {
            return end(state, absent.closeAtLastLive(absent.absentSince(), EndReason.ABSENT_GRACE,
                rules.maxIntegrationGap()), Outcome.ENDED);
        }
        return Transition.of(state.withOpen(absent), Outcome.ABSENCE_NOTED);
    }

    /**
     * The old stream of a channel that has a new one: gone by the new stream's start, or by the moment the new
     * stream was seen when that start is not after the old one's last LIVE observation.
     */
    private ClosedSession closeForNewStream(OpenSession open, Instant newStartedAt, Instant newSeenAt) {
        Instant goneBy = newStartedAt.isAfter(open.lastLiveAt()) && newStartedAt.isBefore(newSeenAt)
            ? newStartedAt : newSeenAt;
        return open.closeAtLastLive(goneBy, EndReason.NEW_STREAM, rules.maxIntegrationGap());
    }

    private Transition end(ChannelState state, ClosedSession closed, Outcome outcome) {
        return Transition.ending(state.ended(closed.streamId(), rules.rememberedEndedStreams()), closed, outcome);
    }
}
