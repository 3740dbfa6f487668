package io.streampulse.api.live;

import java.util.Objects;

/** Order of the live list: most viewers first, then broadcaster id, so every stream has one stable place. */
record RankKey(long viewerCount, String broadcasterId) implements Comparable<RankKey> {

    RankKey {
        Objects.requireNonNull(broadcasterId, "broadcasterId");
    }

    @Override
    public int compareTo(RankKey other) {
        int byViewers = Long.compare(other.viewerCount, viewerCount);
        return byViewers != 0 ? byViewers : broadcasterId.compareTo(other.broadcasterId);
    }
}
