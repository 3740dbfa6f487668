package io.streampulse.api.sse;

import static io.streampulse.api.user.fixtures.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.api.user.fixtures.Browser;
import io.streampulse.api.user.fixtures.SimUsers;
import io.streampulse.api.user.fixtures.UsersStack;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.codec.Json;
import io.streampulse.runtime.testing.PrometheusText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GET /api/v1/channels/{login}/events/stream against real Kafka: live delivery, resume with Last-Event-ID from the
 * ring and from Kafka (ring of 2 here), heartbeats, problems. Channels 40..49 of the simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelEventStreamIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private UsersStack stack;
    private ChannelEventWriter writer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        stack = UsersStack.start("api-sse", Map.of("streampulse.api.sse.ring-size", "2",
            "streampulse.api.sse.heartbeat", "1s"));
        writer = new ChannelEventWriter();
    }

    @AfterAll
    void stop() {
        writer.close();
        stack.close();
    }

    @Test
    void aConnectedClientReceivesAProducedEventLive() throws Exception {
        // Given a client of channel 40's stream
        try (SseTestClient client = connect(40, null)) {
            assertThat(client.status(WITHIN)).isEqualTo(200);
            assertThat(client.next(WITHIN).retry()).isEqualTo("3000");

            // When ingest writes a follow of channel 40
            ChannelFollowed follow = ChannelEventWriter.follow(stack.userId(40), stack.login(40), "fan_one");
            RecordMetadata written = writer.write(follow);

            // Then the client gets it: its Kafka position as id, the event's contract JSON as data
            SseTestClient.Frame frame = client.events(1, WITHIN).get(0);
            assertThat(frame.id()).isEqualTo(written.partition() + "-" + written.offset());
            assertThat(frame.event()).isEqualTo("channel_event");
            assertThat(SimUsers.json(frame.data())).isEqualTo(SimUsers.json(contractJson(follow)));
        }
    }

    @Test
    void aClientResumingWithLastEventIdGetsWhatItMissedOnceAndInOrder() throws Exception {
        // Given a client that saw two events of channel 41
        String channel = stack.userId(41);
        List<String> seen = new ArrayList<>();
        String lastId;
        try (SseTestClient first = connect(41, null)) {
            first.status(WITHIN);
            writer.write(ChannelEventWriter.follow(channel, stack.login(41), "fan_a"));
            writer.write(ChannelEventWriter.follow(channel, stack.login(41), "fan_b"));
            List<SseTestClient.Frame> frames = first.events(2, WITHIN);
            frames.forEach(f -> seen.add(f.id()));
            lastId = frames.get(1).id();
        }

        // When three more happen while it is away (the ring keeps two: the oldest is read back from Kafka)
        List<String> missed = new ArrayList<>();
        for (String fan : List.of("fan_c", "fan_d", "fan_e")) {
            RecordMetadata written = writer.write(ChannelEventWriter.follow(channel, stack.login(41), fan));
            missed.add(written.partition() + "-" + written.offset());
        }

        // Then reconnecting with Last-Event-ID gives exactly those three, in order, then the live ones
        try (SseTestClient resumed = connect(41, lastId)) {
            assertThat(resumed.status(WITHIN)).isEqualTo(200);
            List<SseTestClient.Frame> caughtUp = resumed.events(3, WITHIN);
            assertThat(caughtUp).extracting(SseTestClient.Frame::id).containsExactlyElementsOf(missed);
            assertThat(caughtUp).extracting(f -> SimUsers.json(f.data()).path("user_login").asText())
                .containsExactly("fan_c", "fan_d", "fan_e");
            RecordMetadata live = writer.write(ChannelEventWriter.follow(channel, stack.login(41), "fan_f"));
            assertThat(resumed.events(1, WITHIN)).extracting(SseTestClient.Frame::id)
                .containsExactly(live.partition() + "-" + live.offset());
            assertThat(resumed.eventsWithin(Duration.ofSeconds(1))).isEmpty();
        }
        assertThat(seen).doesNotContainAnyElementsOf(missed);
    }

    @Test
    void aNewClientGetsOnlyWhatHappensAfterItConnected() throws Exception {
        // Given channel 42 had an event before the client came
        writer.write(ChannelEventWriter.follow(stack.userId(42), stack.login(42), "early_fan"));

        // When a client connects without Last-Event-ID and another event happens
        try (SseTestClient client = connect(42, null)) {
            client.status(WITHIN);
            writer.write(ChannelEventWriter.follow(stack.userId(42), stack.login(42), "late_fan"));

            // Then it gets the later one only
            assertThat(client.events(1, WITHIN)).extracting(f -> SimUsers.json(f.data()).path("user_login").asText())
                .containsExactly("late_fan");
        }
    }

    @Test
    void prometheusShowsConnectedClientsAndDeliveryLag() throws Exception {
        // Given a client of channel 45 that received an event
        try (SseTestClient client = connect(45, null)) {
            client.status(WITHIN);
            writer.write(ChannelEventWriter.follow(stack.userId(45), stack.login(45), "metered_fan"));
            client.events(1, WITHIN);

            // When Prometheus scrapes the service
            PrometheusText scrape = PrometheusText.parse(new Browser(stack).get(stack.url("/prometheus")).body());

            // Then the connected clients and the delivery lag (with its 250 ms bucket) are there
            assertThat(scrape.family("streampulse_sse_clients{")).singleElement()
                .satisfies(line -> assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .isGreaterThanOrEqualTo(1));
            assertThat(scrape.family("streampulse_sse_delivery_lag_seconds_count")).singleElement()
                .satisfies(line -> assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .isGreaterThanOrEqualTo(1));
            assertThat(scrape.family("streampulse_sse_delivery_lag_seconds_bucket"))
                .anySatisfy(line -> assertThat(line).contains("le=\"0.25\""));
        }
    }

    @Test
    void anIdleStreamCarriesHeartbeatComments() throws Exception {
        try (SseTestClient client = connect(43, null)) {
            client.status(WITHIN);
            SseTestClient.Frame frame;
            do {
                frame = client.next(WITHIN);
            } while (frame != null && frame.comment() == null);
            assertThat(frame).isNotNull();
            assertThat(frame.comment()).isEqualTo("heartbeat");
            assertThat(frame.data()).isNull();
        }
    }

    @Test
    void unknownChannelsAndBadIdsAreProblems() throws Exception {
        Browser browser = new Browser(stack);
        assertProblem(browser.get(stack.url("/api/v1/channels/nobody_here_zz/events/stream")), 404);
        assertProblem(browser.get(stack.url("/api/v1/channels/bad%20login!/events/stream")), 400);
        assertProblem(browser.get(stack.url("/api/v1/channels/" + "x".repeat(26) + "/events/stream")), 400);
        assertProblem(get(stack.login(44), "not-an-id"), 400);
        assertProblem(get(stack.login(44), "7-1; drop table users"), 400);
        int otherPartition = (io.streampulse.api.sse.EventPosition.partitionOf(stack.userId(44), 12) + 1) % 12;
        assertProblem(get(stack.login(44), otherPartition + "-5"), 400);
    }

    private SseTestClient connect(int channel, String lastEventId) {
        return SseTestClient.connect(http, URI.create(stack.url("/api/v1/channels/" + stack.login(channel)
            + "/events/stream")), lastEventId);
    }

    private HttpResponse<String> get(String login, String lastEventId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.url("/api/v1/channels/" + login + "/events/stream")))
            .header("Last-Event-ID", lastEventId).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contractJson(ChannelEventReceived event) throws Exception {
        return Json.newMapper().writerFor(ChannelEventReceived.class).writeValueAsString(event);
    }
}
