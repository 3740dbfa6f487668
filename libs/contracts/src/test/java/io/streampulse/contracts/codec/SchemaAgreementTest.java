package io.streampulse.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streampulse.contracts.examples.ContractExamples;
import io.streampulse.contracts.support.Schemas;
import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas and the decoder agree: an example changed in one field is rejected by both, or (for
 * compatible variations) accepted by both. Guards against a schema that accepts what readers dead-letter.
 */
class SchemaAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String REMOVE = "<remove>";

    static Stream<Arguments> invalidVariants() {
        return Stream.of(
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/stream/stream_id", REMOVE),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/stream/viewer_count", "-1"),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/source", "\"RUMOUR\""),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/schema_version", "2"),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/occurred_at", "\"yesterday\""),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/event_id", "\"\""),
            variant(Topics.STREAMS_LIFECYCLE, "stream.online", "/event_type", "\"stream.restarted\""),
            variant(Topics.STREAMS_LIFECYCLE, "stream.online", "/event_type", REMOVE),
            variant(Topics.STREAMS_LIFECYCLE, "stream.online", "/started_at", REMOVE),
            variant(Topics.STREAMS_LIFECYCLE, "stream.offline", "/broadcaster_id", "null"),
            variant(Topics.STREAMS_OBSERVATIONS, "live", "/stream", "null"),
            variant(Topics.STREAMS_OBSERVATIONS, "live", "/status", "\"ABSENT\""),
            variant(Topics.STREAMS_LIVE, "live", "/last_observed_at", REMOVE),
            variant(Topics.STREAMS_ENDED, "ended", "/end_reason", "\"CRASHED\""),
            variant(Topics.STREAMS_ENDED, "ended", "/games/0/seconds", "-5"),
            variant(Topics.CHANNEL_EVENTS, "channel.follow", "/user_id", REMOVE),
            variant(Topics.CHANNEL_EVENTS, "channel.follow", "/followed_at", "1594836971"),
            variant(Topics.CHANNEL_EVENTS, "channel.subscribe", "/tier", "\"4000\""),
            variant(Topics.CHANNEL_EVENTS, "channel.subscribe", "/is_gift", "\"false\""),
            variant(Topics.CHANNEL_EVENTS, "channel.subscription.gift", "/user_id", "null"),
            variant(Topics.CHANNEL_EVENTS, "channel.subscription.gift", "/total", "0"),
            variant(Topics.CHANNEL_EVENTS, "channel.subscription.message", "/cumulative_months", REMOVE),
            variant(Topics.CHANNEL_EVENTS, "channel.cheer", "/bits", "0"),
            variant(Topics.CHANNEL_EVENTS, "channel.cheer", "/user_login", "null"),
            variant(Topics.CHANNEL_EVENTS, "channel.raid", "/viewers", "-1"),
            variant(Topics.CHANNEL_EVENTS, "channel.update", "/broadcaster_login", REMOVE),
            variant(Topics.WATCHLIST, "watched", "/watchers", "0"),
            variant(Topics.WATCHLIST, "watched", "/wants_authorized_events", REMOVE),
            variant(Topics.USERS_REVOKED, "revoked", "/user_id", REMOVE),
            variant(Topics.DEADLETTER, "not-json", "/payload_encoding", "\"HEX\""),
            variant(Topics.DEADLETTER, "not-json", "/offset", "-1"),
            variant(Topics.STATS_CHANNEL_DAILY, "channel-daily", "/window_end", REMOVE),
            variant(Topics.STATS_GAME_HOURLY, "game-hourly", "/peak_viewers", "\"many\""),
            variant(Topics.STATS_TAG_DAILY, "tag-daily", "/tag", "\"\""),
            variant(Topics.STATS_PLATFORM_5M, "platform-5m", "/live_channels", "-3"),
            variant(Topics.STATS_CHANNEL_SCHEDULE, "channel-schedule", "/hour", "24"),
            variant(Topics.STATS_CHANNEL_SCHEDULE, "channel-schedule", "/share", "1.5"),
            variant(Topics.STATS_CHANNEL_EVENTS_DAILY, "channel-events-daily", "/sub_tiers/1000", "-1"),
            variant(Topics.STATS_LEADERBOARD, "channels", "/entries/0/rank", "0"));
    }

    static Stream<Arguments> validVariants() {
        return Stream.of(
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/stream/game_id", "\"\""),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/stream/tags", "[]"),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/added_in_a_later_revision", "{\"x\":1}"),
            variant(Topics.STREAMS_DISCOVERED, "sweep", "/occurred_at", "\"2021-03-10T17:06:00.123456789+02:00\""),
            variant(Topics.CHANNEL_EVENTS, "channel.subscription.gift-anonymous", "/cumulative_total", "12"),
            variant(Topics.CHANNEL_EVENTS, "channel.subscription.message", "/streak_months", "null"),
            variant(Topics.USERS_REVOKED, "revoked", "/user_login", "null"),
            variant(Topics.DEADLETTER, "not-json", "/payload", "null"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} = {3}")
    @MethodSource("invalidVariants")
    void schemaAndDecoderBothRejectTheVariant(Topic<?, ?> topic, String example, String pointer, String value) throws IOException {
        byte[] json = mutate(topic, example, pointer, value);

        assertThat(Schemas.errors(topic.name(), json)).isNotEmpty();
        assertThat(((JsonSerde<?>) topic.valueSerde()).decode(json)).isInstanceOf(Decoded.Invalid.class);
    }

    @ParameterizedTest(name = "{0} {1}: {2} = {3}")
    @MethodSource("validVariants")
    void schemaAndDecoderBothAcceptTheVariant(Topic<?, ?> topic, String example, String pointer, String value) throws IOException {
        byte[] json = mutate(topic, example, pointer, value);

        assertThat(Schemas.errors(topic.name(), json)).isEmpty();
        assertThat(((JsonSerde<?>) topic.valueSerde()).decode(json)).isInstanceOf(Decoded.Valid.class);
    }

    private static Arguments variant(Topic<?, ?> topic, String example, String pointer, String value) {
        return Arguments.of(topic, example, pointer, value);
    }

    private static byte[] mutate(Topic<?, ?> topic, String example, String pointer, String value) throws IOException {
        JsonNode root = MAPPER.readTree(ContractExamples.bytes(ContractExamples.path(topic, example)));
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String field = path.last().getMatchingProperty();
        if (parent.isArray()) {
            throw new IllegalArgumentException("pointer must end in a field: " + pointer);
        }
        if (REMOVE.equals(value)) {
            ((ObjectNode) parent).remove(field);
        } else {
            ((ObjectNode) parent).set(field, MAPPER.readTree(value));
        }
        return MAPPER.writeValueAsBytes(root);
    }
}
