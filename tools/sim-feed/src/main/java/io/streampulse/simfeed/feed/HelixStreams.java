package io.streampulse.simfeed.feed;

import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitch.helix.HelixPage;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitch.helix.StreamsQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The two Get Streams uses of the pipeline, blocking: a discovery sweep (every page of the live list, 100 a page,
 * as ingest sweeps) and a refresh of given channels by user id in batches of 100, a few calls in flight at once
 * (as refresh). Counts its calls.
 */
public final class HelixStreams {

    private final HelixClient helix;
    private final int maxInFlight;
    private long calls;

    public HelixStreams(HelixClient helix, int maxInFlight) {
        this.helix = helix;
        this.maxInFlight = maxInFlight;
    }

    /** Every live stream the paginated list shows now, once each (a page may repeat one while the list moves). */
    public List<HelixStream> sweep() {
        Map<String, HelixStream> seen = new LinkedHashMap<>();
        String cursor = null;
        do {
            StreamsQuery query = cursor == null ? StreamsQuery.sweep() : StreamsQuery.sweep().withAfter(cursor);
            HelixPage<HelixStream> page = helix.getStreams(query).join();
            calls++;
            page.data().forEach(stream -> seen.putIfAbsent(stream.userId(), stream));
            cursor = page.cursor();
        } while (cursor != null);
        return List.copyOf(seen.values());
    }

    /** The streams of {@code broadcasterIds} that Helix answers as live, by broadcaster id. */
    public Map<String, HelixStream> byUserIds(List<String> broadcasterIds) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < broadcasterIds.size(); from += FeedSettings.BATCH) {
            batches.add(broadcasterIds.subList(from, Math.min(broadcasterIds.size(), from + FeedSettings.BATCH)));
        }
        Map<String, HelixStream> live = new LinkedHashMap<>();
        for (int wave = 0; wave < batches.size(); wave += maxInFlight) {
            List<CompletableFuture<HelixPage<HelixStream>>> inFlight = batches
                .subList(wave, Math.min(batches.size(), wave + maxInFlight)).stream()
                .map(batch -> helix.getStreams(StreamsQuery.byUserIds(batch)))
                .toList();
            for (CompletableFuture<HelixPage<HelixStream>> answer : inFlight) {
                answer.join().data().forEach(stream -> live.put(stream.userId(), stream));
                calls++;
            }
        }
        return live;
    }

    /** Get Streams calls made so far. */
    public long calls() {
        return calls;
    }
}
