package io.streampulse.contracts.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.samples.StreamSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRecordRulesTest {

    private static final Instant NOW = Instant.parse("2021-03-10T16:00:05Z");

    @Test
    void liveObservationNeedsTheStreamOfTheSameBroadcaster() {
        assertThatThrownBy(() -> new StreamObserved("e", NOW, 1, "98765", ObservationStatus.LIVE, null))
            .isInstanceOf(NullPointerException.class).hasMessage("stream (status LIVE) is required");
        assertThatThrownBy(() -> new StreamObserved("e", NOW, 1, "1", ObservationStatus.LIVE, StreamSamples.state(5)))
            .hasMessage("stream.broadcaster_id 98765 differs from broadcaster_id 1");
    }

    @Test
    void absentObservationCarriesNoStream() {
        assertThatThrownBy(() -> new StreamObserved("e", NOW, 1, "98765", ObservationStatus.ABSENT, StreamSamples.state(5)))
            .hasMessage("stream must be null when status is ABSENT");
        assertThat(StreamObserved.absent("e", NOW, "98765").stream()).isNull();
    }

    @Test
    void unsetTwitchTextBecomesEmptyAndTagsAreAnImmutableCopy() {
        List<String> tags = new java.util.ArrayList<>(List.of("English"));
        StreamState state = new StreamState("1", "2", "login", "Name", null, null, null, tags, 0,
            NOW, null, null, null);
        tags.add("later");

        assertThat(state).isEqualTo(new StreamState("1", "2", "login", "Name", "", "", "", List.of("English"), 0,
            NOW, "", "", ""));
        assertThatThrownBy(() -> state.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sessionCannotEndBeforeItStarted() {
        StreamEnded ended = StreamSamples.ended();

        assertThatThrownBy(() -> new StreamEnded(ended.eventId(), ended.occurredAt(), 1, ended.streamId(),
            ended.broadcasterId(), ended.broadcasterLogin(), ended.broadcasterName(), ended.startedAt(),
            ended.startedAt().minusSeconds(1), 0, 0, 0, 0, null, null, null, null, EndReason.NEW_STREAM, 0))
            .hasMessage("ended_at 2021-03-10T15:04:20Z is before started_at 2021-03-10T15:04:21Z");
    }

    @Test
    void negativeViewerCountIsRejected() {
        assertThatThrownBy(() -> StreamSamples.state(-1)).hasMessage("viewer_count must be >= 0 but was -1");
    }

    @Test
    void lifecycleEventsAreDispatchedByTheVisitor() {
        StreamLifecycleEvent.Visitor<String> describe = new StreamLifecycleEvent.Visitor<>() {
            @Override
            public String online(StreamWentOnline event) {
                return "online " + event.streamId();
            }

            @Override
            public String offline(StreamWentOffline event) {
                return "offline " + event.broadcasterId();
            }
        };

        assertThat(List.<StreamLifecycleEvent>of(StreamSamples.online(), StreamSamples.offline()))
            .extracting(e -> e.accept(describe) + " " + e.eventType())
            .containsExactly("online 9001 stream.online", "offline 1337 stream.offline");
    }
}
