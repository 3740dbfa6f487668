package io.streampulse.ingest.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.deadletter.PayloadEncoding;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.ingest.publish.Publication;
import io.streampulse.ingest.publish.RecordingPublisher;
import io.streampulse.twitch.eventsub.EventSubSignatureVerifier;
import io.streampulse.twitch.eventsub.EventSubSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The webhook's decisions, without HTTP, Kafka or Redis: fakes of its own ports. */
class WebhookReceiverTest {

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final InMemoryProcessedMessages processed = new InMemoryProcessedMessages();
    private final List<StreamWentOnline> online = new CopyOnWriteArrayList<>();
    private final List<EventSubSubscription> revoked = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final WebhookReceiver receiver = new WebhookReceiver(new EventSubSignatureVerifier(SignedDelivery.SECRET),
        processed, publisher, online::add, revoked::add, new WebhookMetrics(new SimpleMeterRegistry()), clock,
        "ingest", Runnable::run);

    @Test
    void aValidNotificationIsPublishedThenMarkedThenAcknowledged() {
        SignedDelivery delivery = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline("42"));

        WebhookResponse response = receive(delivery);

        assertThat(response).isEqualTo(new WebhookResponse.Acknowledged("accepted"));
        StreamWentOffline offline = (StreamWentOffline) publisher.published.get(0).value();
        assertThat(publisher.published).containsExactly(new Publication<>(Topics.STREAMS_LIFECYCLE, "42", offline));
        assertThat(offline.eventId()).isEqualTo(delivery.messageId());
        assertThat(processed.ids).containsExactly(delivery.messageId());
    }

    @Test
    void aStreamOnlineIsHandedToDiscoveryAfterItsLifecycleRecordIsStored() {
        SignedDelivery delivery = SignedDelivery.notification("stream.online", "1", Payloads.streamOnline("42", "7"));

        assertThat(receive(delivery)).isEqualTo(new WebhookResponse.Acknowledged("accepted"));
        assertThat(online).containsExactly((StreamWentOnline) publisher.published.get(0).value());
    }

    @Test
    void aDuplicateIsAcknowledgedWithoutPublishingAgain() {
        SignedDelivery delivery = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline("42"));
        receive(delivery);

        assertThat(receive(delivery)).isEqualTo(new WebhookResponse.Acknowledged("duplicate"));
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void aFailedPublishAnswers503AndLeavesTheMessageUnprocessedSoTwitchRetries() {
        SignedDelivery delivery = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline("42"));
        publisher.failing = true;

        WebhookResponse response = receive(delivery);

        assertThat(response).isEqualTo(new WebhookResponse.Problem(503, "Not stored",
            "the message could not be written to Kafka; retry later", "publish_failed"));
        assertThat(processed.ids).isEmpty();
        publisher.failing = false;
        assertThat(receive(delivery)).isEqualTo(new WebhookResponse.Acknowledged("accepted"));
    }

    @Test
    void forgedStaleAndHeaderlessDeliveriesAreRejectedWithoutEffect() {
        SignedDelivery valid = SignedDelivery.notification("stream.offline", "1", Payloads.streamOffline("42"));
        SignedDelivery forged = SignedDelivery.signed("another-secret-entirely", "m1", Instant.now().toString(),
            "notification", "stream.offline", "1", valid.body());
        SignedDelivery stale = SignedDelivery.signed(SignedDelivery.SECRET, "m2", Instant.now().minusSeconds(660).toString(),
            "notification", "stream.offline", "1", valid.body());

        assertThat(receive(forged)).extracting("status", "outcome").containsExactly(403, "rejected_signature");
        assertThat(receive(stale)).extracting("status", "outcome").containsExactly(403, "rejected_stale");
        assertThat(receive(valid.without("Twitch-Eventsub-Message-Signature")))
            .extracting("status", "outcome").containsExactly(400, "rejected_missing_header");
        assertThat(receive(valid.without("Twitch-Eventsub-Message-Type")))
            .extracting("status", "outcome").containsExactly(400, "rejected_missing_header");
        assertThat(publisher.published).isEmpty();
        assertThat(processed.ids).isEmpty();
    }

    @Test
    void aChallengeIsAnsweredWithTheRawString() {
        SignedDelivery challenge = SignedDelivery.signed(SignedDelivery.SECRET, "c1", Instant.now().toString(),
            "webhook_callback_verification", "channel.follow", "2",
            Payloads.challenge("pogchamp-kappa-360noscope-vohiyo").getBytes(StandardCharsets.UTF_8));

        assertThat(receive(challenge)).isEqualTo(new WebhookResponse.Challenge("pogchamp-kappa-360noscope-vohiyo"));
    }

    @Test
    void aRevocationIsAcknowledgedAndReported() {
        SignedDelivery revocation = SignedDelivery.signed(SignedDelivery.SECRET, "r1", Instant.now().toString(),
            "revocation", "channel.follow", "2", Payloads.revocation("42").getBytes(StandardCharsets.UTF_8));

        assertThat(receive(revocation)).isEqualTo(new WebhookResponse.Acknowledged("revocation"));
        assertThat(revoked).extracting(EventSubSubscription::status, EventSubSubscription::condition)
            .containsExactly(tuple("authorization_revoked",
                Map.of("broadcaster_user_id", "42", "moderator_user_id", "42")));
    }

    @Test
    void unknownTypesAndUnreadablePayloadsAreDeadLetteredWithTheReasonAndAcknowledged() {
        SignedDelivery unknown = SignedDelivery.notification("channel.bits.use", "1", Payloads.unknownType("42"));
        SignedDelivery malformed = SignedDelivery.notification("stream.offline", "1", "{\"subscription\":");

        assertThat(receive(unknown)).isEqualTo(new WebhookResponse.Acknowledged("dead_lettered"));
        assertThat(receive(malformed)).isEqualTo(new WebhookResponse.Acknowledged("dead_lettered"));

        assertThat(publisher.deadLetters).extracting(DeadLetterRecord::eventId, DeadLetterRecord::errorType,
                DeadLetterRecord::sourceTopic, DeadLetterRecord::payloadEncoding)
            .containsExactly(
                tuple(unknown.messageId(), "unknown_event_type", "eventsub.webhook",
                    PayloadEncoding.UTF8),
                tuple(malformed.messageId(), "malformed_payload", "eventsub.webhook",
                    PayloadEncoding.UTF8));
        assertThat(publisher.deadLetters.get(0).errorMessage())
            .isEqualTo("unsupported message type notification, subscription channel.bits.use v1");
        assertThat(publisher.deadLetters.get(1).payload()).isEqualTo("{\"subscription\":");
        assertThat(processed.ids).containsExactlyInAnyOrder(unknown.messageId(), malformed.messageId());
    }

    @Test
    void contentTheContractRefusesIsDeadLetteredAsInvalid() {
        String badTier = Payloads.subscribe("42").replace("\"tier\":\"1000\"", "\"tier\":\"4000\"");

        receive(SignedDelivery.notification("channel.subscribe", "1", badTier));

        assertThat(publisher.deadLetters).extracting(DeadLetterRecord::errorType).containsExactly("invalid_event");
        assertThat(publisher.published).isEmpty();
    }

    private WebhookResponse receive(SignedDelivery delivery) {
        return receiver.receive(delivery::header, delivery.body()).join();
    }
}
