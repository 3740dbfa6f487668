package io.streampulse.twitch.helix;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** Channel information from {@code GET /channels} (offline channels show their last title and game). */
public record HelixChannel(String broadcasterId, String broadcasterLogin, String broadcasterName,
                           String broadcasterLanguage, String gameId, String gameName, String title, int delay,
                           List<String> tags, List<String> contentClassificationLabels,
                           @JsonProperty("is_branded_content") boolean isBrandedContent) {

    public HelixChannel {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contentClassificationLabels = contentClassificationLabels == null
                ? List.of() : List.copyOf(contentClassificationLabels);
    }
}
