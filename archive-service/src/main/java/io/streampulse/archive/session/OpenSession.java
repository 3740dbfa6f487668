package io.streampulse.archive.session;

import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A session in progress: the summary so far of one stream id's LIVE observations.
 *
 * <p>Viewer-minutes estimate the integral of the viewer count over the whole broadcast, from Twitch's
 * {@code started_at} to its real end, from samples taken once per refresh interval. Every span counts for at most
 * {@link SessionRules#maxIntegrationGap()} (the cap), so a gap in the observations does not inflate the figure:
 * <ul>
 *   <li><b>lead-in</b>: from {@code started_at} to the first LIVE observation (the broadcast was live, Twitch says
 *   so), at the first observation's viewers;</li>
 *   <li><b>between two LIVE observations</b>: the trapezoid, the mean of the two counts for the time between them
 *   (a count that changes between two samples changes on the way, not at the second sample);</li>
 *   <li><b>tail</b>: the time after the last LIVE observation, at its viewers. When the end is known (stream.offline)
 *   that is the time to the end. Otherwise the broadcast ended somewhere between the last LIVE observation and the
 *   first sign that it was gone (the first of the final ABSENT observations, or the channel's new stream): half
 *   of that time, the expected value of an end that falls anywhere in it; nothing without such a sign.</li>
 * </ul>
 * The recorded end stays the last LIVE observation (or the offline event's time); only the estimate of the audience
 * counts the expected tail.
 *
 * <p>Categories: the whole timeline from Twitch's {@code started_at} to the end is shared out, each span going to the
 * category of the observation that opens it (the first observation's category also gets the time before it), so
 * the categories' times add up to the duration.
 */
public record OpenSession(
    String streamId,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    Instant startedAt,
    Instant lastLiveAt,
    int lastViewers,
    String lastGameId,
    String lastGameName,
    int peakViewers,
    double viewerSeconds,
    long integratedMillis,
    int observations,
    List<GameTime> games,
    List<String> titles,
    List<String> tags,
    String language,
    Instant absentSince,
    int absentCount) {

    static final int MAX_TITLES = 50;
    static final int MAX_TAGS = 50;

    public OpenSession {
        games = List.copyOf(games);
        titles = List.copyOf(titles);
        tags = List.copyOf(tags);
    }

    /**
     * A session opened by its first LIVE observation at {@code at}: its lead-in from {@code started_at} counts at
     * this observation's viewers, for at most {@code maxIntegrationGap}.
     */
    static OpenSession opened(StreamState stream, Instant at, Duration maxIntegrationGap) {
        long leadIn = capped(millisBetween(stream.startedAt(), at), maxIntegrationGap);
        return new OpenSession(stream.streamId(), stream.broadcasterId(), stream.broadcasterLogin(),
            stream.broadcasterName(), stream.startedAt(), at, stream.viewerCount(), stream.gameId(),
            stream.gameName(), stream.viewerCount(), stream.viewerCount() * (leadIn / 1000.0), leadIn, 1,
            GameTime.add(List.of(), stream.gameId(), stream.gameName(), millisBetween(stream.startedAt(), at)),
            merge(List.of(), List.of(stream.title()), MAX_TITLES), merge(List.of(), stream.tags(), MAX_TAGS),
            stream.language(), null, 0);
    }

    /** The session after one more LIVE observation of its stream at {@code at} (after {@link #lastLiveAt()}). */
    OpenSession live(StreamState stream, Instant at, Duration maxIntegrationGap) {
        long elapsed = millisBetween(lastLiveAt, at);
        long counted = capped(elapsed, maxIntegrationGap);
        double meanViewers = (lastViewers + (double) stream.viewerCount()) / 2;
        return new OpenSession(streamId, broadcasterId, stream.broadcasterLogin(), stream.broadcasterName(),
            startedAt, at, stream.viewerCount(), stream.gameId(), stream.gameName(),
            Math.max(peakViewers, stream.viewerCount()), viewerSeconds + meanViewers * (counted / 1000.0),
            integratedMillis + counted, observations + 1, GameTime.add(games, lastGameId, lastGameName, elapsed),
            merge(titles, List.of(stream.title()), MAX_TITLES), merge(tags, stream.tags(), MAX_TAGS),
            stream.language().isEmpty() ? language : stream.language(), null, 0);
    }

    /** The session after an ABSENT observation at {@code at}: one more in the current run of absences. */
    OpenSession absent(Instant at) {
        return new OpenSession(streamId, broadcasterId, broadcasterLogin, broadcasterName, startedAt, lastLiveAt,
            lastViewers, lastGameId, lastGameName, peakViewers, viewerSeconds, integratedMillis, observations, games,
            titles, tags, language, absentSince == null ? at : absentSince, absentCount + 1);
    }

    /** The absences so far span {@code rules}' grace: the stream has ended. */
    boolean absentBeyondGrace(SessionRules rules, Instant at) {
        return absentSince != null && absentCount >= rules.absentObservations()
            && Duration.between(absentSince, at).compareTo(rules.absentSpan()) >= 0;
    }

    /**
     * The summary of this session ended at a known time, {@code endedAt} (stream.offline; never before
     * {@link #startedAt()}): the stream was live from its last LIVE observation to then, and that tail counts whole.
     */
    ClosedSession close(Instant endedAt, EndReason reason, Duration maxIntegrationGap) {
        Instant end = endedAt.isBefore(startedAt) ? startedAt : endedAt;
        return summary(end, reason, capped(millisBetween(lastLiveAt, end), maxIntegrationGap));
    }

    /**
     * The summary of this session ended at its last LIVE observation, the stream being known gone by
     * {@code goneBy} (null: no sign of when): the real end lies between the two, so the tail counts for half the
     * time between them (at most half the cap).
     */
    ClosedSession closeAtLastLive(Instant goneBy, EndReason reason, Duration maxIntegrationGap) {
        long tail = goneBy == null ? 0 : capped(millisBetween(lastLiveAt, goneBy), maxIntegrationGap) / 2;
        return summary(lastLiveAt.isBefore(startedAt) ? startedAt : lastLiveAt, reason, tail);
    }

    private ClosedSession summary(Instant end, EndReason reason, long tailMillis) {
        List<GameTime> finalGames = GameTime.add(games, lastGameId, lastGameName, millisBetween(lastLiveAt, end));
        double seconds = viewerSeconds + lastViewers * (tailMillis / 1000.0);
        long millis = integratedMillis + tailMillis;
        double average = millis > 0 ? seconds / (millis / 1000.0) : lastViewers;
        return new ClosedSession(streamId, broadcasterId, broadcasterLogin, broadcasterName, startedAt, end,
            Duration.between(startedAt, end).toSeconds(), peakViewers, Math.round(average * 100) / 100.0,
            Math.round(seconds / 60.0), finalGames.stream().map(GameTime::played).toList(), titles, tags,
            language, reason, observations);
    }

    /** {@code millis}, never below 0 nor above {@code cap}. */
    private static long capped(long millis, Duration cap) {
        return Math.max(0, Math.min(millis, cap.toMillis()));
    }

    private static long millisBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    /** {@code known} followed by the new, non-empty values of {@code seen}, in order of first appearance, at most {@code max}. */
    private static List<String> merge(List<String> known, List<String> seen, int max) {
        if (known.containsAll(seen) || known.size() >= max) {
            return known;
        }
        LinkedHashSet<String> merged = new LinkedHashSet<>(known);
        for (String value : seen) {
            if (!value.isEmpty() && merged.size() < max) {
                merged.add(value);
            }
        }
        return List.copyOf(new ArrayList<>(merged));
    }
}
