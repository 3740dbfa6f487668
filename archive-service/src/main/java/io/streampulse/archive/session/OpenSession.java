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
 * <p>Viewers: each LIVE observation counts for the time to the next LIVE observation of the stream, capped at
 * {@link SessionRules#maxIntegrationGap()}; the last one counts for nothing (the session ends at it).
 * Categories: the whole timeline from Twitch's {@code started_at} to the end is shared out, each span going to the
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

    /** A session opened by its first LIVE observation at {@code at}. */
    static OpenSession opened(StreamState stream, Instant at) {
        return new OpenSession(stream.streamId(), stream.broadcasterId(), stream.broadcasterLogin(),
            stream.broadcasterName(), stream.startedAt(), at, stream.viewerCount(), stream.gameId(),
            stream.gameName(), stream.viewerCount(), 0, 0, 1,
            GameTime.add(List.of(), stream.gameId(), stream.gameName(), millisBetween(stream.startedAt(), at)),
            merge(List.of(), List.of(stream.title()), MAX_TITLES), merge(List.of(), stream.tags(), MAX_TAGS),
            stream.language(), null, 0);
    }

    /** The session after one more LIVE observation of its stream at {@code at} (after {@link #lastLiveAt()}). */
    OpenSession live(StreamState stream, Instant at, Duration maxIntegrationGap) {
        long elapsed = millisBetween(lastLiveAt, at);
        long counted = Math.min(elapsed, maxIntegrationGap.toMillis());
        return new OpenSession(streamId, broadcasterId, stream.broadcasterLogin(), stream.broadcasterName(),
            startedAt, at, stream.viewerCount(), stream.gameId(), stream.gameName(),
            Math.max(peakViewers, stream.viewerCount()), viewerSeconds + lastViewers * (counted / 1000.0),
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

    /** The summary of this session ended at {@code endedAt} (never before {@link #startedAt()}). */
    ClosedSession close(Instant endedAt, EndReason reason) {
        Instant end = endedAt.isBefore(startedAt) ? startedAt : endedAt;
        List<GameTime> finalGames = GameTime.add(games, lastGameId, lastGameName, millisBetween(lastLiveAt, end));
        double average = integratedMillis > 0 ? viewerSeconds / (integratedMillis / 1000.0) : lastViewers;
        return new ClosedSession(streamId, broadcasterId, broadcasterLogin, broadcasterName, startedAt, end,
            Duration.between(startedAt, end).toSeconds(), peakViewers, Math.round(average * 100) / 100.0,
            Math.round(viewerSeconds / 60.0), finalGames.stream().map(GameTime::played).toList(), titles, tags,
            language, reason, observations);
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
