package io.streampulse.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.MalformedRecordException.Problem;
import io.streampulse.contracts.samples.ChannelSamples;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedInputTest {

    private static final String WATCHED = "{\"event_id\":\"e1\",\"occurred_at\":\"2021-03-10T12:00:00Z\","
        + "\"schema_version\":1,\"broadcaster_id\":\"1337\",\"broadcaster_login\":\"cool_user\",\"watchers\":3,"
        + "\"wants_authorized_events\":true}";

    private final JsonSerde<ChannelWatched> watchlist = JsonSerde.of(ChannelWatched.class);
    private final JsonSerde<ChannelEventReceived> channelEvents = JsonSerde.of(ChannelEventReceived.class);

    static Stream<Arguments> malformedWatchlistValues() {
        return Stream.of(
            Arguments.of("garbage", new byte[] {(byte) 0xff, 0x00, (byte) 0x81, 0x12}, Problem.NOT_JSON,
                "not valid JSON: Unrecognized token"),
            Arguments.of("truncated", bytes(WATCHED.substring(0, 40)), Problem.NOT_JSON,
                "not valid JSON: Unexpected end-of-input"),
            Arguments.of("empty", new byte[0], Problem.NOT_JSON, "not valid JSON: No content to map due to end-of-input"),
            Arguments.of("json null", bytes("null"), Problem.NOT_JSON,
                "JSON null is not a ChannelWatched (a tombstone is a null value, not \"null\")"),
            Arguments.of("trailing data", bytes(WATCHED + " {}"), Problem.NOT_JSON, "not valid JSON: Trailing token"),
            Arguments.of("missing text field", bytes(WATCHED.replace("\"broadcaster_id\":\"1337\",", "")),
                Problem.INVALID_FIELD, "ChannelWatched: broadcaster_id is required"),
            Arguments.of("blank text field", bytes(WATCHED.replace("\"1337\"", "\" \"")),
                Problem.INVALID_FIELD, "ChannelWatched: broadcaster_id must not be blank"),
            Arguments.of("missing primitive", bytes(WATCHED.replace(",\"wants_authorized_events\":true", "")),
                Problem.INVALID_FIELD, "ChannelWatched: wants_authorized_events is required"),
            Arguments.of("rule broken", bytes(WATCHED.replace("\"watchers\":3", "\"watchers\":0")),
                Problem.INVALID_FIELD, "ChannelWatched: watchers must be > 0 but was 0"),
            Arguments.of("string for int", bytes(WATCHED.replace("\"watchers\":3", "\"watchers\":\"3\"")),
                Problem.WRONG_TYPE, "field $.watchers of ChannelWatched: Cannot coerce String value"),
            Arguments.of("float for int", bytes(WATCHED.replace("\"watchers\":3", "\"watchers\":3.5")),
                Problem.WRONG_TYPE, "field $.watchers of ChannelWatched: Cannot coerce Floating-point value"),
            Arguments.of("int for string", bytes(WATCHED.replace("\"1337\"", "1337")),
                Problem.WRONG_TYPE, "field $.broadcaster_id of ChannelWatched: Cannot coerce Integer value"),
            Arguments.of("epoch instant", bytes(WATCHED.replace("\"2021-03-10T12:00:00Z\"", "1615377600")),
                Problem.WRONG_TYPE, "field $.occurred_at of ChannelWatched: expected an RFC 3339 date-time string"),
            Arguments.of("instant without offset", bytes(WATCHED.replace("12:00:00Z", "12:00:00")),
                Problem.WRONG_TYPE, "field $.occurred_at of ChannelWatched: Cannot deserialize value of type "
                    + "`java.time.Instant` from String \"2021-03-10T12:00:00\": not an RFC 3339"),
            Arguments.of("array", bytes("[]"), Problem.WRONG_TYPE, "field $ of ChannelWatched: Cannot deserialize"),
            Arguments.of("newer schema_version", bytes(WATCHED.replace("\"schema_version\":1", "\"schema_version\":2")),
                Problem.UNSUPPORTED_SCHEMA_VERSION, "ChannelWatched: schema_version 2 is outside the supported range 1..1"),
            Arguments.of("schema_version 0", bytes(WATCHED.replace("\"schema_version\":1", "\"schema_version\":0")),
                Problem.UNSUPPORTED_SCHEMA_VERSION, "ChannelWatched: schema_version 0 is outside the supported range 1..1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedWatchlistValues")
    void deserializerThrowsMalformedRecordExceptionWithTheReason(String name, byte[] value, Problem problem, String reason) {
        assertThatThrownBy(() -> watchlist.deserializer().deserialize("twitch.watchlist.v1", value))
            .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                assertThat(e.problem()).isEqualTo(problem);
                assertThat(e.reason()).startsWith(reason);
            })
            .isInstanceOf(SerializationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedWatchlistValues")
    void decodeReturnsInvalidWithTheReasonAndTheRawBytes(String name, byte[] value, Problem problem, String reason) {
        Decoded<ChannelWatched> decoded = watchlist.decode(value);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
            assertThat(invalid.problem()).isEqualTo(problem);
            assertThat(invalid.reason()).startsWith(reason);
            assertThat(invalid.raw()).isEqualTo(value);
        });
    }

    @Test
    void unknownEventTypeIsATypedDecodeError() {
        byte[] value = bytes("{\"event_type\":\"channel.ban\",\"event_id\":\"m1\"}");

        assertThat(channelEvents.decode(value)).isEqualTo(new Decoded.Invalid<>(
            "unknown event_type 'channel.ban' for ChannelEventReceived", value, Problem.UNKNOWN_EVENT_TYPE));
    }

    @Test
    void missingEventTypeIsATypedDecodeError() {
        byte[] value = bytes("{\"event_id\":\"m1\"}");

        assertThat(channelEvents.decode(value)).isEqualTo(new Decoded.Invalid<>(
            "event_type is missing for ChannelEventReceived", value, Problem.UNKNOWN_EVENT_TYPE));
    }

    @Test
    void headerThatContradictsTheBodyIsRejected() {
        byte[] value = channelEvents.encode(ChannelSamples.cheered());
        RecordHeaders headers = new RecordHeaders();
        EventTypeHeader.write(headers, "channel.follow");

        assertThatThrownBy(() -> channelEvents.deserializer().deserialize(Topics.CHANNEL_EVENTS.name(), headers, value))
            .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.EVENT_TYPE_MISMATCH);
                assertThat(e.reason()).isEqualTo(
                    "event_type header 'channel.follow' differs from body event_type 'channel.cheer'");
            });
    }

    @Test
    void tombstoneIsNullForTheKafkaSerdeAndTombstoneForDecode() {
        assertThat(watchlist.deserializer().deserialize("twitch.watchlist.v1", null)).isNull();
        assertThat(watchlist.serializer().serialize("twitch.watchlist.v1", null)).isNull();
        assertThat(watchlist.decode(null)).isEqualTo(new Decoded.Tombstone<>());
        assertThat(watchlist.decodedSerde().deserializer().deserialize("twitch.watchlist.v1", null))
            .isEqualTo(new Decoded.Tombstone<>());
        assertThat(watchlist.decodedSerde().serializer().serialize("twitch.watchlist.v1", new Decoded.Tombstone<>()))
            .isNull();
    }

    @Test
    void decodedSerdeWritesInvalidRecordsBackAsTheirRawBytes() {
        byte[] garbage = bytes("{not json");
        Decoded<ChannelWatched> invalid = watchlist.decodedSerde().deserializer().deserialize("t", garbage);

        assertThat(watchlist.decodedSerde().serializer().serialize("t", invalid)).isEqualTo(garbage);
    }

    @Test
    void unknownFieldsAreIgnoredForCompatibleAdditions() {
        byte[] withExtra = bytes(WATCHED.replace("}", ",\"added_later\":{\"x\":1}}"));

        assertThat(watchlist.decode(withExtra)).isEqualTo(watchlist.decode(bytes(WATCHED)))
            .isInstanceOf(Decoded.Valid.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
