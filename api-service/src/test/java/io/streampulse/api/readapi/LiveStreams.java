package io.streampulse.api.readapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes twitch.streams.live.v1 as refresh-service does (values, tombstones) and what a broken writer might. */
final class LiveStreams {

    static final Instant STARTED = Instant.parse("2025-05-01T10:00:00Z");
    static final Instant OBSERVED = Instant.parse("2025-05-01T11:00:00Z");

    static StreamState state(String id, String login, String gameId, long viewers, List<String> tags) {
        return new StreamState("live-" + id, id, login, "Name_" + login, gameId, "Game " + gameId, "Title " + id, tags,
            (int) viewers, STARTED, "en", "live", "https://thumb/" + id);
    }

    /** The JSON the API shows for {@code state}. */
    static JsonNode json(StreamState state) {
        ObjectNode node = HttpProbe.JSON.createObjectNode();
        node.put("stream_id", state.streamId());
        node.put("broadcaster_id", state.broadcasterId());
        node.put("broadcaster_login", state.broadcasterLogin());
        node.put("broadcaster_name", state.broadcasterName());
        node.put("game_id", state.gameId());
        node.put("game_name", state.gameName());
        node.put("title", state.title());
        ArrayNode tags = node.putArray("tags");
        state.tags().forEach(tags::add);
        node.put("viewer_count", state.viewerCount());
        node.put("started_at", STARTED.toString());
        node.put("language", state.language());
        node.put("thumbnail_url", state.thumbnailUrl());
        node.put("last_observed_at", OBSERVED.toString());
        return node;
    }

    static void publish(List<StreamState> states) {
        try (KafkaProducer<String, LiveStreamUpdated> producer = new KafkaProducer<>(config(),
            Topics.STREAMS_LIVE.keySerde().serializer(), Topics.STREAMS_LIVE.valueSerde().serializer())) {
            for (StreamState state : states) {
                LiveStreamUpdated update = new LiveStreamUpdated(UUID.randomUUID().toString(), OBSERVED, 1, state,
                    OBSERVED);
                producer.send(new ProducerRecord<>(Topics.STREAMS_LIVE.name(), state.broadcasterId(), update)).get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static void end(String broadcasterId) {
        raw(broadcasterId, null);
    }

    static void raw(String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(), new StringSerializer(),
            new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.STREAMS_LIVE.name(), key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties config() {
        TestKafka.createTopics(List.of(Topics.STREAMS_LIVE));
        Properties config = new Properties();
        config.put("bootstrap.servers", TestKafka.bootstrapServers());
        config.put("acks", "all");
        return config;
    }

    private LiveStreams() {
    }
}
