package io.streampulse.contracts.channel;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Require;
import java.time.Instant;
import java.util.List;

/** EventSub channel.update (v2): title, language, category and content classification labels. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelUpdated(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String broadcasterId,
    String broadcasterLogin,
    String broadcasterName,
    String title,
    String language,
    String categoryId,
    String categoryName,
    List<String> contentClassificationLabels) implements ChannelEventReceived {

    public static final String EVENT_TYPE = "channel.update";

    public ChannelUpdated {
        Require.envelope(eventId, occurredAt, schemaVersion);
        ChannelFields.broadcaster(broadcasterId, broadcasterLogin, broadcasterName);
        title = Require.orEmpty(title);
        language = Require.orEmpty(language);
        categoryId = Require.orEmpty(categoryId);
        categoryName = Require.orEmpty(categoryName);
        contentClassificationLabels = Require.listOf(contentClassificationLabels, "content_classification_labels");
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.updated(this);
    }
}
