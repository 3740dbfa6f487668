package io.streampulse.simfeed.truth;

import io.streampulse.simfeed.truth.TruthKeys.ChannelDay;
import io.streampulse.simfeed.truth.TruthKeys.GameHour;
import io.streampulse.simfeed.truth.TruthKeys.TagDay;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums the simulator's ground truth between consecutive snapshots (one per feed cycle) into the statistics' keys.
 * Between two snapshots each broadcast is credited its real time live in the interval and the growth of the
 * simulator's own viewer-minute integral (exact per world tick); the category and tags are those the channel showed
 * at the start of the interval (or, for a broadcast that started inside it or whose look was unknown then, at
 * its end), so a category change inside an interval is placed at the next snapshot. The first snapshot is the
 * baseline: what happened before the run is not credited. Pure and not thread-safe.
 */
public final class TruthLedger {

    private final Map<String, Open> open = new HashMap<>();
    private final Map<String, Look> lastLook = new HashMap<>();
    private final List<SessionTruth> closed = new ArrayList<>();
    private final Map<ChannelDay, Totals> channels = new HashMap<>();
    private final Map<GameHour, Totals> games = new HashMap<>();
    private final Map<String, String> gameNames = new HashMap<>();
    private final Map<TagDay, Totals> tags = new HashMap<>();
    private final Map<String, Integer> liveObservations = new HashMap<>();
    private double viewerMinutesWithoutLook;
    private Instant previous;

    /**
     * The world at {@code at}: the broadcasts live now, those that ended since the previous snapshot, and what each
     * live channel shows (by broadcaster id; empty when categories and tags are not recorded).
     */
    public void snapshot(Instant at, List<SessionRecord> live, List<SessionRecord> endedSince,
                         Map<String, Look> looks) {
        boolean first = previous == null;
        for (SessionRecord ended : endedSince) {
            Open session = open.remove(ended.streamId());
            if (session != null) {
                credit(session, session.lastAt, ended.endedAt(), ended.viewerMinutes() - session.lastViewerMinutes,
                    session.look != null ? session.look : lastLook.get(ended.broadcasterId()));
                closed.add(session.truth(ended.endedAt(), ended.viewerMinutes()));
            } else if (!first) {
                Open between = new Open(ended, false, ended.startedAt(), lastLook.get(ended.broadcasterId()));
                credit(between, ended.startedAt(), ended.endedAt(), ended.viewerMinutes(), between.look);
                closed.add(between.truth(ended.endedAt(), ended.viewerMinutes()));
            }
        }
        for (SessionRecord record : live) {
            Look look = looks.get(record.broadcasterId());
            Open session = open.get(record.streamId());
            if (session == null) {
                session = new Open(record, first, first ? at : record.startedAt(), look);
                open.put(record.streamId(), session);
                if (!first) {
                    credit(session, record.startedAt(), at, record.viewerMinutes(), look);
                }
            } else {
                credit(session, session.lastAt, at, record.viewerMinutes() - session.lastViewerMinutes,
                    session.look != null ? session.look : look);
            }
            session.polled(at, record.viewerMinutes(), look);
        }
        lastLook.putAll(looks);
        previous = at;
    }

    /** The feed published one more LIVE observation of {@code streamId}. */
    public void observedLive(String streamId) {
        liveObservations.merge(streamId, 1, Integer::sum);
    }

    /**
     * How many LIVE observations of {@code streamId} the feed published: 0 for a broadcast live at some cycles but
     * missing from every Helix answer there (a flap), which nothing downstream of refresh can know of.
     */
    public int liveObservations(String streamId) {
        return liveObservations.getOrDefault(streamId, 0);
    }

    /** Every broadcast seen: the ended ones, then those live at the last snapshot. */
    public List<SessionTruth> sessions() {
        List<SessionTruth> all = new ArrayList<>(closed);
        open.values().forEach(session -> all.add(session.truth(null, session.lastViewerMinutes)));
        return all;
    }

    public Map<ChannelDay, Totals> channelDays() {
        return Map.copyOf(channels);
    }

    public Map<GameHour, Totals> gameHours() {
        return Map.copyOf(games);
    }

    public Map<String, String> gameNames() {
        return Map.copyOf(gameNames);
    }

    public Map<TagDay, Totals> tagDays() {
        return Map.copyOf(tags);
    }

    /**
     * Viewer-minutes of broadcasts whose category nobody saw: they appeared in no Helix answer of the feed (began
     * and ended between two cycles, or were missing from every answer while they lasted). They count for their
     * channel but for no category or tag.
     */
    public double viewerMinutesWithoutLook() {
        return viewerMinutesWithoutLook;
    }

    private void credit(Open session, Instant from, Instant to, double viewerMinutes, Look look) {
        long millis = Math.max(0, Duration.between(from, to).toMillis());
        session.viewerMinutesInRun += viewerMinutes;
        channels.merge(new ChannelDay(session.broadcasterId, TruthKeys.day(from)), new Totals(millis, viewerMinutes),
            (a, b) -> a.plus(b.millis(), b.viewerMinutes()));
        if (look == null) {
            viewerMinutesWithoutLook += viewerMinutes;
            return;
        }
        games.merge(new GameHour(look.gameId(), TruthKeys.hour(from)), new Totals(millis, viewerMinutes),
            (a, b) -> a.plus(b.millis(), b.viewerMinutes()));
        gameNames.put(look.gameId(), look.gameName());
        for (String tag : look.tags()) {
            tags.merge(new TagDay(tag, TruthKeys.day(from)), new Totals(millis, viewerMinutes),
                (a, b) -> a.plus(b.millis(), b.viewerMinutes()));
        }
    }

    /** A broadcast live at the last snapshot, and what was credited to it so far. */
    private static final class Open {
        final String streamId;
        final String broadcasterId;
        final Instant startedAt;
        final boolean liveAtStart;
        Instant lastAt;
        double lastViewerMinutes;
        double viewerMinutesInRun;
        Look look;
        int polls;

        Open(SessionRecord record, boolean liveAtStart, Instant lastAt, Look look) {
            this.streamId = record.streamId();
            this.broadcasterId = record.broadcasterId();
            this.startedAt = record.startedAt();
            this.liveAtStart = liveAtStart;
            this.lastAt = lastAt;
            this.look = look;
        }

        void polled(Instant at, double viewerMinutes, Look now) {
            lastAt = at;
            lastViewerMinutes = viewerMinutes;
            look = now == null ? look : now;
            polls++;
        }

        SessionTruth truth(Instant endedAt, double viewerMinutes) {
            return new SessionTruth(streamId, broadcasterId, startedAt, endedAt, viewerMinutes, viewerMinutesInRun,
                polls, liveAtStart);
        }
    }
}
