package io.streampulse.ingest.sweep;

import java.util.Map;

/**
 * What sweeping one split did.
 *
 * @param pages          Get Streams calls answered
 * @param streams        distinct streams seen
 * @param duplicates     streams seen again within the split (the list moved between pages)
 * @param cursorRestarts restarts from page one after {@code 400 invalid cursor}
 * @param published      streams published as discovered (not known before)
 * @param streamsPerGame distinct streams per game id
 * @param leaseLost      the split's lease was lost mid-way (another replica took it)
 */
public record SplitResult(int pages, int streams, int duplicates, int cursorRestarts, int published,
                          Map<String, Integer> streamsPerGame, boolean leaseLost) {

    public SplitResult {
        streamsPerGame = Map.copyOf(streamsPerGame);
    }
}
