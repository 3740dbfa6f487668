package io.streampulse.simfeed.truth;

import io.streampulse.contracts.stats.TagDailyStatsComputed;
import java.util.List;

/**
 * What a live channel shows at one instant besides its viewers: its category and its tags (normalised as the
 * statistics are: trimmed, lowercase, distinct, no empty ones).
 */
public record Look(String gameId, String gameName, List<String> tags) {

    public Look {
        tags = List.copyOf(tags);
    }

    public static Look of(String gameId, String gameName, List<String> rawTags) {
        List<String> tags = rawTags.stream().map(TagDailyStatsComputed::normalise).filter(tag -> !tag.isEmpty())
            .distinct().toList();
        return new Look(gameId == null ? "" : gameId, gameName == null ? "" : gameName, tags);
    }
}
