package io.streampulse.twitchsim;

import io.streampulse.twitchsim.eventsub.EventSubHub;
import io.streampulse.twitchsim.truth.SessionLedger;
import io.streampulse.twitchsim.world.WorldEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands world events to the ground truth (sessions) and to EventSub (notifications). The targets are attached
 * after the world exists; a control action can collect the message ids its own change produced.
 */
final class WorldEventRouter implements Consumer<List<WorldEvent>> {
    private final ThreadLocal<List<String>> collector = new ThreadLocal<>();
    private volatile SessionLedger sessions;
    private volatile EventSubHub hub;

    void attach(SessionLedger sessionLedger, EventSubHub eventSubHub) {
        this.sessions = sessionLedger;
        this.hub = eventSubHub;
    }

    @Override
    public void accept(List<WorldEvent> events) {
        SessionLedger ledger = sessions;
        if (ledger != null) {
            for (WorldEvent event : events) {
                if (event instanceof WorldEvent.StreamStarted started) {
                    ledger.started(started);
                } else if (event instanceof WorldEvent.StreamEnded ended) {
                    ledger.ended(ended);
                }
            }
        }
        EventSubHub target = hub;
        if (target != null) {
            List<String> ids = target.publish(events);
            List<String> collecting = collector.get();
            if (collecting != null) {
                collecting.addAll(ids);
            }
        }
    }

    /** Runs a world change on this thread and returns the ids of the notifications it queued. */
    List<String> collect(Runnable change) {
        return collect(() -> {
            change.run();
            return null;
        }).ids();
    }

    <T> Collected<T> collect(Supplier<T> change) {
        List<String> ids = new ArrayList<>();
        collector.set(ids);
        try {
            T result = change.get();
            return new Collected<>(result, List.copyOf(ids));
        } finally {
            collector.remove();
        }
    }

    record Collected<T>(T result, List<String> ids) { }
}
