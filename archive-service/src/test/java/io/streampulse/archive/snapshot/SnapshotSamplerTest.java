package io.streampulse.archive.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.stream.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One snapshot per channel per bucket of the resolution: the first LIVE observation of the bucket. */
class SnapshotSamplerTest {

    private static final Instant T0 = Instant.parse("2025-03-10T10:00:00Z");
    private final SnapshotSampler sampler = new SnapshotSampler(Duration.ofMinutes(5));

    @Test
    void keepsTheFirstObservationOfEachFiveMinuteBucket() {
        // Given observations every minute for twelve minutes, starting 30 s into a bucket
        List<SnapshotRow> rows = new ArrayList<>();
        Instant last = null;

        // When each is sampled against the channel's last bucket
        for (int minute = 0; minute < 12; minute++) {
            Instant at = T0.plusSeconds(30 + 60L * minute);
            Optional<SnapshotRow> row = sampler.sample(last, stream(100 + minute), at);
            if (row.isPresent()) {
                rows.add(row.get());
                last = row.get().bucketStart();
            }
        }

        // Then there is one row per bucket, each the bucket's first observation
        assertThat(rows).containsExactly(
            new SnapshotRow("42", T0, "s1", T0.plusSeconds(30), 100, "509658", "Just Chatting", "hi", "en"),
            new SnapshotRow("42", T0.plusSeconds(300), "s1", T0.plusSeconds(330), 105, "509658", "Just Chatting", "hi", "en"),
            new SnapshotRow("42", T0.plusSeconds(600), "s1", T0.plusSeconds(630), 110, "509658", "Just Chatting", "hi", "en"));
    }

    @Test
    void refusesAResolutionThatDoesNotDivideADay() {
        assertThatThrownBy(() -> new SnapshotSampler(Duration.ofMinutes(7)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide a day");
    }

    private static StreamState stream(int viewers) {
        return new StreamState("s1", "42", "login", "Name", "509658", "Just Chatting", "hi", List.of(), viewers,
            T0, "en", "live", "");
    }
}
