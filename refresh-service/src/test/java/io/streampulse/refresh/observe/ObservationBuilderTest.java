package io.streampulse.refresh.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stream.LiveStreamUpdated;
import io.streampulse.contracts.stream.ObservationStatus;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.twitch.helix.HelixStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Helix answer and the requested ids become one observation per requested stream. */
class ObservationBuilderTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T12:00:07.250Z");
    private static final Instant STARTED = Instant.parse("2026-03-02T10:00:00Z");

    private final HelixStream alice = new HelixStream("s-1", "101", "alice", "Alice", "509658", "Just Chatting", "live",
        "hello", List.of("English", "Chill"), 1234, STARTED, "en", "https://thumb/alice-{width}x{height}.jpg");
    private final StreamState aliceState = new StreamState("s-1", "101", "alice", "Alice", "509658", "Just Chatting",
        "hello", List.of("English", "Chill"), 1234, STARTED, "en", "live", "https://thumb/alice-{width}x{height}.jpg");

    @Test
    void liveForPresentIdsWithFullStateAbsentForMissingOnesAllAtTheResponseTime() {
        // Given a call for 101 and 102 answered with 101 only, plus a stream nobody asked for
        HelixStream stranger = new HelixStream("s-9", "999", "x", "X", "", "", "live", "", List.of(), 1, STARTED, "", "");

        // When the observations are built
        Observations result = ObservationBuilder.build(List.of("101", "102"), List.of(alice, stranger), RECEIVED);

        // Then 101 is LIVE with its whole state, 102 ABSENT, both observed when the answer came; 999 is ignored
        assertThat(result.observations()).hasSize(2);
        StreamObserved live = result.observations().get(0);
        StreamObserved absent = result.observations().get(1);
        assertThat(live).isEqualTo(new StreamObserved(live.eventId(), RECEIVED, SchemaVersion.CURRENT, "101",
            ObservationStatus.LIVE, aliceState));
        assertThat(absent).isEqualTo(new StreamObserved(absent.eventId(), RECEIVED, SchemaVersion.CURRENT, "102",
            ObservationStatus.ABSENT, null));
        assertThat(live.eventId()).isNotEqualTo(absent.eventId());

        // And the live topic gets 101's new state, observed at the response time
        LiveStreamUpdated update = result.live().get(0);
        assertThat(result.live()).containsExactly(
            new LiveStreamUpdated(update.eventId(), RECEIVED, SchemaVersion.CURRENT, aliceState, RECEIVED));
        assertThat(result.unreadable()).isEmpty();
    }

    @Test
    void aStreamThatBreaksTheContractIsLeftOutAndReported() {
        // Given an answer whose stream for 103 has no login
        HelixStream broken = new HelixStream("s-3", "103", null, "C", "", "", "live", "", List.of(), 5, STARTED, "", "");

        // When the observations are built
        Observations result = ObservationBuilder.build(List.of("101", "103"), List.of(alice, broken), RECEIVED);

        // Then 103 is reported as unreadable and observed ABSENT (its state cannot be trusted), 101 stays LIVE
        assertThat(result.unreadable()).hasSize(1).allMatch(reason -> reason.startsWith("103: "));
        assertThat(result.observations()).extracting(StreamObserved::broadcasterId, StreamObserved::status)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("101", ObservationStatus.LIVE),
                org.assertj.core.groups.Tuple.tuple("103", ObservationStatus.ABSENT));
    }
}
