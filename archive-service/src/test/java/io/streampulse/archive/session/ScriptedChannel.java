package io.streampulse.archive.session;

import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import java.util.ArrayList;
import java.util.List;

/** Feeds one channel's records through a {@link SessionTracker}, keeping the state, closed sessions and outcomes. */
final class ScriptedChannel {

    private final SessionTracker tracker;
    private ChannelState state = ChannelState.fresh(Streams.CHANNEL);
    private final List<ClosedSession> closed = new ArrayList<>();
    private final List<Transition.Outcome> outcomes = new ArrayList<>();

    ScriptedChannel(SessionRules rules) {
        this.tracker = new SessionTracker(rules);
    }

    ScriptedChannel observe(StreamObserved... observations) {
        for (StreamObserved observation : observations) {
            record(tracker.observe(state, observation));
        }
        return this;
    }

    ScriptedChannel offline(StreamWentOffline event) {
        record(tracker.offline(state, event));
        return this;
    }

    ScriptedChannel online(StreamWentOnline event) {
        record(tracker.online(state, event));
        return this;
    }

    /** The sweep of an unobserved channel, with observations up to {@code observedUpTo} counting as stale. */
    ScriptedChannel sweep(java.time.Instant observedUpTo) {
        record(tracker.unobserved(state, observedUpTo));
        return this;
    }

    ChannelState state() {
        return state;
    }

    List<ClosedSession> closed() {
        return closed;
    }

    List<Transition.Outcome> outcomes() {
        return outcomes;
    }

    private void record(Transition transition) {
        state = transition.state();
        closed.addAll(transition.closedSessions());
        outcomes.add(transition.outcome());
    }
}
