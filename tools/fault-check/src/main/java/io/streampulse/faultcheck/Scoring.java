package io.streampulse.faultcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.faultcheck.score.ArchivedEvent;
import io.streampulse.faultcheck.score.ArchivedSession;
import io.streampulse.faultcheck.score.EventScore;
import io.streampulse.faultcheck.score.Observability;
import io.streampulse.faultcheck.score.SessionScore;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.faultcheck.sim.TruthEvent;
import io.streampulse.faultcheck.sim.TruthSession;
import io.streampulse.faultcheck.store.ArchiveReader;
import io.streampulse.faultcheck.store.Kafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what StreamPulse stored and what the simulator really did, and scores one against the other. */
final class Scoring {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration IN_FLIGHT = Duration.ofSeconds(30);

    private final SimAdmin sim;
    private final ArchiveReader archive;
    private final String bootstrapServers;

    Scoring(SimAdmin sim, ArchiveReader archive, String bootstrapServers) {
        this.sim = sim;
        this.archive = archive;
        this.bootstrapServers = bootstrapServers;
    }

    /** Archive is read before the ground truth, so a session archived while still live is never missed. */
    SessionScore sessions(Observability observability, Instant cutoff, boolean withTopic) {
        List<ArchivedSession> archived = archive.sessions();
        Map<String, String> open = archive.openSessions();
        Map<String, Set<String>> ended = withTopic ? endedEventIds() : Map.of();
        List<TruthSession> truth = sim.sessions();
        return SessionScore.score(truth, archived, open, ended, observability, cutoff);
    }

    /**
     * The ground truth is read first; with {@code settle}, archive then gets up to {@link #IN_FLIGHT} to store what
     * ingest acknowledged just before (a notification takes a moment from ingest's 2xx to archive's commit).
     */
    EventScore events(Set<String> forged, boolean settle) {
        List<TruthEvent> truth = sim.events();
        Set<String> acknowledged = truth.stream().filter(e -> e.channelEvent() && e.delivered())
                .map(TruthEvent::messageId).collect(Collectors.toSet());
        AtomicReference<Set<String>> archived = new AtomicReference<>(archivedEventIds());
        if (settle) {
            Waits.until(() -> {
                archived.set(archivedEventIds());
                return archived.get().containsAll(acknowledged);
            }, IN_FLIGHT, Duration.ofSeconds(1));
        }
        Map<String, Integer> onTopic = settle ? topicEventCounts() : Map.of();
        return EventScore.score(truth, archived.get(), onTopic, forged);
    }

    private Set<String> archivedEventIds() {
        return archive.channelEvents().stream().map(ArchivedEvent::eventId).collect(Collectors.toSet());
    }

    /** Stream id to the distinct event ids of its StreamEnded records on twitch.streams.ended.v1. */
    Map<String, Set<String>> endedEventIds() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : Kafka.readAll(bootstrapServers, Topics.STREAMS_ENDED.name())) {
            JsonNode value = parse(record.value());
            if (value != null) {
                ids.computeIfAbsent(value.path("stream_id").asText(), k -> new TreeSet<>()).add(value.path("event_id").asText());
            }
        }
        return ids;
    }

    /** Event id to the number of records carrying it on twitch.channel.events.v1. */
    Map<String, Integer> topicEventCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : Kafka.readAll(bootstrapServers, Topics.CHANNEL_EVENTS.name())) {
            JsonNode value = parse(record.value());
            if (value != null) {
                counts.merge(value.path("event_id").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static JsonNode parse(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a record that is not JSON on a StreamPulse topic", e);
        }
    }
}
