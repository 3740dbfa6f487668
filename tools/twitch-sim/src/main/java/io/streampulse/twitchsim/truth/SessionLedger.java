package io.streampulse.twitchsim.truth;

import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.Session;
import io.streampulse.twitchsim.world.World;
import io.streampulse.twitchsim.world.WorldEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every broadcast: the ended ones kept here (most recent {@value #CAPACITY}), the live ones read from the world
 * (so they always match what Helix serves). Also writes session lines to the truth file.
 */
public final class SessionLedger {
    static final int CAPACITY = 2_000_000;

    private final World world;
    private final TruthFile file;
    private final Deque<SessionRecord> ended = new ArrayDeque<>();

    public SessionLedger(World world, TruthFile file) {
        this.world = world;
        this.file = file;
    }

    /** Writes the broadcasts already running at start to the truth file. */
    public void writeInitialSessions() {
        live().forEach(s -> file.append("session", s.toJson()));
    }

    public void started(WorldEvent.StreamStarted started) {
        Session session = world.read(() -> world.liveSession(started.broadcaster()));
        if (session != null && session.streamId() == started.streamId()) {
            file.append("session", record(session, session.startedAt()).toJson());
        }
    }

    public void ended(WorldEvent.StreamEnded event) {
        SessionRecord record = record(event.session(), event.at());
        synchronized (ended) {
            ended.addLast(record);
            if (ended.size() > CAPACITY) {
                ended.removeFirst();
            }
        }
        file.append("session", record.toJson());
    }

    public List<SessionRecord> live() {
        return world.read(() -> {
            Instant asOf = world.lastTick();
            List<SessionRecord> live = new ArrayList<>(world.liveCount());
            for (Session session : world.liveSessions()) {
                live.add(record(session, asOf));
            }
            return live;
        });
    }

    public List<SessionRecord> ended() {
        synchronized (ended) {
            return new ArrayList<>(ended);
        }
    }

    /** Ended sessions (oldest first) followed by the live ones. */
    public List<SessionRecord> all() {
        List<SessionRecord> all = ended();
        all.addAll(live());
        return all;
    }

    private SessionRecord record(Session session, Instant asOf) {
        Channels channels = world.channels();
        int ch = session.broadcaster();
        return new SessionRecord(channels.userId(ch), channels.login(ch), Long.toString(session.streamId()),
                session.startedAt(), session.endedAt(), session.lastViewers(), session.peakViewers(), session.averageViewers(asOf),
                session.viewerMinutes());
    }
}
