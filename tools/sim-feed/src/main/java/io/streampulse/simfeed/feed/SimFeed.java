package io.streampulse.simfeed.feed;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitchsim.ClockMode;
import io.streampulse.twitchsim.SimClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stands in for ingest's discovery and refresh-service against a simulator on a MANUAL clock, one cycle per step:
 * the clock advances one step (the world ticks in between), a discovery sweep adds every channel it lists as live
 * to the {@link ActiveSet}, then every active channel is requested by user id in batches of 100 and gets one
 * {@link StreamObserved}: LIVE with its state, or ABSENT. Observations carry the sim time of the answer as
 * {@code observed_at}. Channels leave the active set once absent long enough (refresh drops them on archive's
 * StreamEnded, which follows archive's absence grace).
 */
public final class SimFeed {

    private final SimClock clock;
    private final HelixStreams helix;
    private final FeedOutput output;
    private final FeedSettings settings;
    private final List<StepListener> listeners;
    private final ActiveSet active = new ActiveSet();
    private int cycles;

    public SimFeed(SimClock clock, HelixStreams helix, FeedOutput output, FeedSettings settings,
                   List<StepListener> listeners) {
        if (clock.mode() != ClockMode.MANUAL) {
            throw new IllegalArgumentException("the feed needs a simulator with a MANUAL clock");
        }
        this.clock = clock;
        this.helix = Objects.requireNonNull(helix, "helix");
        this.output = Objects.requireNonNull(output, "output");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listeners = List.copyOf(listeners);
    }

    /** The first cycle, at the simulator's current time (nothing advances). */
    public StepReport start() {
        if (cycles > 0) {
            throw new IllegalStateException("the feed has started already");
        }
        return cycle();
    }

    /** Advances the sim clock one step, then runs a cycle. */
    public StepReport step() {
        if (cycles == 0) {
            throw new IllegalStateException("start() the feed first");
        }
        clock.advance(settings.step());
        return cycle();
    }

    public int activeChannels() {
        return active.size();
    }

    private StepReport cycle() {
        Instant at = clock.now();
        listeners.forEach(listener -> listener.at(at));
        List<HelixStream> swept = helix.sweep();
        Discovery discovery = discover(swept, at);
        List<String> ids = active.ids();
        Map<String, HelixStream> answer = helix.byUserIds(ids);
        announce(at, swept, answer);
        List<StreamObserved> observations = new ArrayList<>(ids.size());
        int live = 0;
        for (String id : ids) {
            StreamState state = readable(answer.get(id));
            observations.add(state == null ? StreamObserved.absent(EventIds.random(), at, id)
                : StreamObserved.live(EventIds.random(), at, state));
            active.observed(id, state != null, at);
            live += state == null ? 0 : 1;
        }
        output.publish(discovery.records(), observations);
        listeners.forEach(listener -> listener.published(at, observations));
        int dropped = active.dropAbsent(at, settings.dropAfterAbsent());
        StepReport report = new StepReport(cycles++, at, swept.size(), discovery.added(), live,
            observations.size() - live, dropped, helix.calls());
        listeners.forEach(listener -> listener.cycled(report));
        return report;
    }

    private void announce(Instant at, List<HelixStream> swept, Map<String, HelixStream> answer) {
        Map<String, HelixStream> seen = new LinkedHashMap<>();
        swept.forEach(stream -> seen.put(stream.userId(), stream));
        seen.putAll(answer);
        listeners.forEach(listener -> listener.answered(at, seen.values()));
    }

    private Discovery discover(List<HelixStream> swept, Instant at) {
        List<StreamDiscovered> records = new ArrayList<>();
        int added = 0;
        for (HelixStream stream : swept) {
            StreamState state = readable(stream);
            if (state != null && active.add(stream.userId())) {
                added++;
                if (settings.publishDiscovered()) {
                    records.add(new StreamDiscovered(EventIds.random(), at, SchemaVersion.CURRENT,
                        DiscoverySource.SWEEP, state));
                }
            }
        }
        return new Discovery(added, records);
    }

    /** Channels a sweep added to the active set, and their StreamDiscovered records when those are published. */
    private record Discovery(int added, List<StreamDiscovered> records) {
    }

    /** A Helix entry that breaks the contract is left out, as refresh does (the channel then shows ABSENT). */
    private static StreamState readable(HelixStream stream) {
        if (stream == null) {
            return null;
        }
        try {
            return StreamStates.of(stream);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
