package io.streampulse.simfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run as the CLI does it: the records on the topic and the ground-truth files agree with each other. */
class FeedRunIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void aRunPublishesItsObservationsAndWritesAGroundTruthThatAddsUp() throws Exception {
        // Given a small world, a run of 20 one-minute steps yesterday from noon
        Instant start = RunOptions.defaultStart(Instant.now(), Duration.ofMinutes(20));
        RunOptions options = new RunOptions(TestKafka.bootstrapServers(), out, 2000, 0.1, 7, 0.01, 30, 1, 60, 20,
            start, 300, false, true);
        long before = observationsOnTopic();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        // When it runs
        RunSummary summary = new FeedRun(options, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        // Then the topic holds what it counted, and it printed a line per cycle
        assertThat(observationsOnTopic() - before).isEqualTo(summary.observations());
        assertThat(summary.cycles()).isEqualTo(21);
        assertThat(summary.end()).isEqualTo(start.plus(Duration.ofMinutes(20)));
        assertThat(progress.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("cycle "))).hasSize(21);
        assertThat(JSON.readTree(out.resolve("run.json").toFile()).get("observations").asLong())
            .isEqualTo(summary.observations());

        // And a broadcast that started and ended inside the run has all of its viewer-minutes inside it
        List<JsonNode> sessions = lines("sessions.jsonl");
        List<JsonNode> inside = sessions.stream().filter(s -> !s.get("live_at_start").asBoolean()
            && !s.get("ended_at").isNull()).toList();
        assertThat(inside).isNotEmpty().allSatisfy(s -> assertThat(s.get("viewer_minutes_in_run").asDouble())
            .isCloseTo(s.get("viewer_minutes").asDouble(), within(1e-6)));
        // And the channels' time is the broadcasts' time inside the run
        long sessionMillis = sessions.stream().mapToLong(s -> clippedMillis(s, start, summary.end())).sum();
        assertThat(longSum(lines("truth-channels.jsonl"), "millis")).isEqualTo(sessionMillis);
        // And categories cover every viewer-minute but those of broadcasts no Helix answer showed
        double channelViewerMinutes = sum(lines("truth-channels.jsonl"), "viewer_minutes");
        double withoutLook = JSON.readTree(out.resolve("run.json").toFile()).get("viewer_minutes_without_look")
            .asDouble();
        assertThat(withoutLook).isLessThan(0.01 * channelViewerMinutes);
        assertThat(sum(lines("truth-games.jsonl"), "viewer_minutes") + withoutLook)
            .isCloseTo(channelViewerMinutes, within(1e-6 * channelViewerMinutes));
        assertThat(lines("truth-tags.jsonl")).isNotEmpty();
    }

    private static long clippedMillis(JsonNode session, Instant start, Instant end) {
        Instant from = Instant.parse(session.get("started_at").asText());
        Instant to = session.get("ended_at").isNull() ? end : Instant.parse(session.get("ended_at").asText());
        from = from.isBefore(start) ? start : from;
        return Math.max(0, Duration.between(from, to).toMillis());
    }

    private static double sum(List<JsonNode> rows, String field) {
        return rows.stream().mapToDouble(row -> row.get(field).asDouble()).sum();
    }

    private static long longSum(List<JsonNode> rows, String field) {
        return rows.stream().mapToLong(row -> row.get(field).asLong()).sum();
    }

    private List<JsonNode> lines(String file) throws IOException {
        return Files.readAllLines(out.resolve(file)).stream().map(FeedRunIT::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }

    private static long observationsOnTopic() throws Exception {
        TestKafka.createTopics(List.of(Topics.STREAMS_OBSERVATIONS));
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < Topics.STREAMS_OBSERVATIONS.partitions(); p++) {
                latest.put(new TopicPartition(Topics.STREAMS_OBSERVATIONS.name(), p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
