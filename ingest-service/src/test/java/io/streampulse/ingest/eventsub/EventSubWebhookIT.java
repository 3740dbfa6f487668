package io.streampulse.ingest.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.codec.EventTypeHeader;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.ingest.TopicTail;
import io.streampulse.ingest.discovery.StreamStates;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Webhook conformance over HTTP against real Kafka and Redis: every case of the EventSub webhook contract. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSubWebhookIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    private WebhookHttp http;
    private TopicTail<StreamLifecycleEvent> lifecycle;
    private TopicTail<StreamDiscovered> discovered;
    private TopicTail<ChannelEventReceived> channelEvents;
    private TopicTail<DeadLetterRecord> deadLetters;

    @Override
    public Map<String, String> getProperties() {
        TestKafka.createTopics(Topics.writtenBy(Services.INGEST));
        return Map.of(
            "micronaut.server.port", "-1",
            "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
            "redis.uri", TestRedis.uri(),
            "streampulse.ingest.redis-prefix", TestNames.unique("ingest") + ":",
            "twitch.eventsub.secret", SignedDelivery.SECRET,
            "twitch.helix-url", "http://127.0.0.1:9/helix",
            "streampulse.eventsub.online-lookup-timeout", "200ms",
            "streampulse.sweep.enabled", "false",
            "streampulse.subscriptions.enabled", "false");
    }

    @BeforeAll
    void openTopics() {
        http = new WebhookHttp(URI.create(server.getURL() + "/webhooks/eventsub"));
        lifecycle = TopicTail.of(Topics.STREAMS_LIFECYCLE);
        discovered = TopicTail.of(Topics.STREAMS_DISCOVERED);
        channelEvents = TopicTail.of(Topics.CHANNEL_EVENTS);
        deadLetters = TopicTail.of(Topics.DEADLETTER);
    }

    @AfterAll
    void closeTopics() {
        List.of(lifecycle, discovered, channelEvents, deadLetters).forEach(TopicTail::close);
    }

    @Test
    void aValidNotificationIsStoredWithItsTypeHeaderBeforeTheAcknowledgement() {
        String channel = unique();
        SignedDelivery delivery = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline(channel));

        HttpResponse<String> response = http.post(delivery);

        assertThat(response.statusCode()).isEqualTo(204);
        ConsumerRecord<String, StreamLifecycleEvent> stored = lifecycle.await(
            r -> r.key().equals(channel), 1, WAIT).get(0);
        assertThat(stored.value().eventId()).isEqualTo(delivery.messageId());
        assertThat(EventTypeHeader.read(stored.headers())).contains("stream.offline");
    }

    @Test
    void aDuplicateIsAcknowledgedAndStoredOnce() {
        String channel = unique();
        SignedDelivery first = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline(channel));
        SignedDelivery later = SignedDelivery.notification("channel.update", "2", Payloads.channelUpdate(channel));

        assertThat(http.post(first).statusCode()).isEqualTo(204);
        assertThat(http.post(first).statusCode()).isEqualTo(204);
        assertThat(http.post(later).statusCode()).isEqualTo(204);

        lifecycle.await(r -> r.value().eventId().equals(first.messageId()), 1, WAIT);
        channelEvents.await(r -> r.key().equals(channel), 1, WAIT);
        assertThat(lifecycle.values(e -> e.eventId().equals(first.messageId()))).hasSize(1);
    }

    @Test
    void aStreamOnlineIsALifecycleFactAndADiscovery() {
        String channel = unique();
        String stream = unique();
        SignedDelivery delivery = SignedDelivery.notification("stream.online", "1",
            Payloads.streamOnline(channel, stream));

        assertThat(http.post(delivery).statusCode()).isEqualTo(204);

        StreamWentOnline online = (StreamWentOnline) lifecycle.await(r -> r.key().equals(channel), 1, WAIT)
            .get(0).value();
        StreamDiscovered discovery = discovered.await(r -> r.key().equals(channel), 1, WAIT).get(0).value();
        assertThat(discovery.eventId()).isEqualTo(delivery.messageId());
        assertThat(discovery.source()).isEqualTo(DiscoverySource.EVENTSUB);
        assertThat(discovery.stream()).isEqualTo(StreamStates.of(online));
    }

    @Test
    void forgedStaleAndIncompleteDeliveriesAreRefusedAsProblems() {
        String channel = unique();
        SignedDelivery valid = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline(channel));
        SignedDelivery forged = valid.with("Twitch-Eventsub-Message-Signature", "sha256=" + "0".repeat(64));
        SignedDelivery stale = SignedDelivery.signed(SignedDelivery.SECRET, UUID.randomUUID().toString(),
            Instant.now().minusSeconds(660).toString(), "notification", "stream.offline", "1", valid.body());
        SignedDelivery headerless = valid.without("Twitch-Eventsub-Message-Timestamp");

        assertProblem(http.post(forged), 403, "Invalid signature");
        assertProblem(http.post(stale), 403, "Stale message");
        assertProblem(http.post(headerless), 400, "Missing header");
        assertThat(http.post(valid).statusCode()).isEqualTo(204);
        assertThat(lifecycle.await(r -> r.key().equals(channel), 1, WAIT))
            .extracting(r -> r.value().eventId()).containsExactly(valid.messageId());
    }

    @Test
    void malformedJsonAndUnknownTypesAreDeadLetteredAndAcknowledged() {
        SignedDelivery malformed = SignedDelivery.notification("stream.offline", "1", "{not json");
        SignedDelivery unknown = SignedDelivery.notification("channel.bits.use", "1", Payloads.unknownType(unique()));

        assertThat(http.post(malformed).statusCode()).isEqualTo(204);
        assertThat(http.post(unknown).statusCode()).isEqualTo(204);

        List<String> ids = List.of(malformed.messageId(), unknown.messageId());
        List<ConsumerRecord<String, DeadLetterRecord>> letters = deadLetters.await(
            r -> ids.contains(r.value().eventId()), 2, WAIT);
        assertThat(letters).extracting(r -> r.value().eventId() + ":" + r.value().errorType() + ":"
                + r.value().sourceTopic())
            .containsExactlyInAnyOrder(malformed.messageId() + ":malformed_payload:eventsub.webhook",
                unknown.messageId() + ":unknown_event_type:eventsub.webhook");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() {
        byte[] body = new byte[1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        SignedDelivery oversize = SignedDelivery.signed(SignedDelivery.SECRET, UUID.randomUUID().toString(),
            Instant.now().toString(), "notification", "stream.offline", "1", body);

        assertProblem(http.post(oversize), 413, "Payload too large");
    }

    @Test
    void aChallengeIsAnsweredWithTheRawStringAsTextPlain() {
        SignedDelivery challenge = SignedDelivery.signed(SignedDelivery.SECRET, UUID.randomUUID().toString(),
            Instant.now().toString(), "webhook_callback_verification", "channel.follow", "2",
            Payloads.challenge("pogchamp-kappa-360noscope-vohiyo").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.post(challenge);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo("pogchamp-kappa-360noscope-vohiyo");
    }

    @Test
    void aRevocationIsAcknowledged() {
        SignedDelivery revocation = SignedDelivery.signed(SignedDelivery.SECRET, UUID.randomUUID().toString(),
            Instant.now().toString(), "revocation", "channel.follow", "2",
            Payloads.revocation(unique()).getBytes(StandardCharsets.UTF_8));

        assertThat(http.post(revocation).statusCode()).isEqualTo(204);
    }

    @Test
    void twoHundredConcurrentDeliveriesAreAllStoredAndAcknowledged() {
        // Given a warmed-up service (one round of 200 first: connections, JIT, producer metadata)
        deliverConcurrently(unique());

        // When 200 deliveries arrive at once
        String channel = unique();
        List<Timed> answers = deliverConcurrently(channel);

        // Then each is acknowledged, and each is stored
        assertThat(answers).extracting(Timed::status).containsOnly(204);
        assertThat(channelEvents.await(r -> r.key().equals(channel), 200, WAIT)).hasSize(200);
        long[] nanos = answers.stream().mapToLong(Timed::nanos).sorted().toArray();
        System.out.printf("[ingest] 200 concurrent webhook deliveries (client side): ack latency p50=%.1f ms "
            + "p99=%.1f ms max=%.1f ms%n", nanos[99] / 1e6, nanos[197] / 1e6, nanos[199] / 1e6);
    }

    @Test
    void sequentialDeliveriesAreAcknowledgedInMilliseconds() {
        String channel = unique();
        deliverSequentially(channel, 50);
        long[] nanos = deliverSequentially(channel, 200).stream().mapToLong(Timed::nanos).sorted().toArray();
        System.out.printf("[ingest] 200 sequential webhook deliveries (client side): ack latency p50=%.1f ms "
            + "p99=%.1f ms max=%.1f ms%n", nanos[99] / 1e6, nanos[197] / 1e6, nanos[199] / 1e6);
        assertThat(channelEvents.await(r -> r.key().equals(channel), 250, WAIT)).hasSize(250);
    }

    private List<Timed> deliverConcurrently(String channel) {
        return IntStream.range(0, 200)
            .mapToObj(i -> SignedDelivery.notification("channel.cheer", "1", Payloads.cheer(channel, i % 2 == 0)))
            .map(this::timed).toList().stream().map(CompletableFuture::join).toList();
    }

    private List<Timed> deliverSequentially(String channel, int count) {
        return IntStream.range(0, count)
            .mapToObj(i -> SignedDelivery.notification("channel.cheer", "1", Payloads.cheer(channel, false)))
            .map(d -> timed(d).join()).toList();
    }

    private CompletableFuture<Timed> timed(SignedDelivery delivery) {
        long start = System.nanoTime();
        return http.send(delivery).thenApply(r -> new Timed(r.statusCode(), System.nanoTime() - start));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains(ProblemJson.MEDIA_TYPE);
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
            + status + ",");
    }

    private static String unique() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }

    private record Timed(int status, long nanos) {
    }
}
