package io.streampulse.archive.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.examples.ContractExamples;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What archive publishes on twitch.streams.ended.v1 is what the topic's serde (and so its readers) reads. */
class EndedEventContractTest {

    @Test
    void theOutboxPayloadReadsBackAsTheSessionsStreamEnded() {
        // Given the session of the contract example
        StreamEnded example = ContractExamples.read(Topics.STREAMS_ENDED, "ended");
        ClosedSession session = new ClosedSession(example.streamId(), example.broadcasterId(),
            example.broadcasterLogin(), example.broadcasterName(), example.startedAt(), example.endedAt(),
            example.durationSeconds(), example.peakViewers(), example.averageViewers(), example.viewerMinutes(),
            example.games(), example.titles(), example.tags(), example.language(), EndReason.ABSENT_GRACE,
            example.observations());
        Instant closedAt = example.occurredAt();

        // When archive writes its outbox payload
        String payload = new SessionStore().endedPayload(session, closedAt);

        // Then the topic's serde reads the example's record back, with archive's deterministic event id
        StreamEnded read = Topics.STREAMS_ENDED.valueSerde().deserializer()
            .deserialize(Topics.STREAMS_ENDED.name(), payload.getBytes(StandardCharsets.UTF_8));
        assertThat(read).isEqualTo(new StreamEnded(ClosedSession.endedEventId(example.streamId()), closedAt,
            SchemaVersion.CURRENT, example.streamId(), example.broadcasterId(), example.broadcasterLogin(),
            example.broadcasterName(), example.startedAt(), example.endedAt(), example.durationSeconds(),
            example.peakViewers(), example.averageViewers(), example.viewerMinutes(), example.games(),
            example.titles(), example.tags(), example.language(), example.endReason(), example.observations()));
    }

    @Test
    void theEventIdDependsOnTheStreamIdAlone() {
        // When the id of the same stream's end is derived twice, and another stream's once
        String first = ClosedSession.endedEventId("123456789");
        String again = ClosedSession.endedEventId("123456789");
        String other = ClosedSession.endedEventId("123456790");

        // Then it is stable per stream and differs between streams
        assertThat(first).isEqualTo(again).isNotEqualTo(other).hasSize(36);
    }
}
