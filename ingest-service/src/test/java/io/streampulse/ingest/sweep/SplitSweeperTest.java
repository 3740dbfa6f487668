package io.streampulse.ingest.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.ingest.discovery.DiscoveryMetrics;
import io.streampulse.ingest.discovery.InMemoryKnownStreams;
import io.streampulse.ingest.discovery.StreamDiscoveries;
import io.streampulse.ingest.publish.RecordingPublisher;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging one split of a list that moves, refuses cursors or loops, against fakes of the Helix and Kafka ports. */
class SplitSweeperTest {

    private static final SweepSplit ENGLISH = new SweepSplit("lang=en", List.of("en"), List.of(), 0);

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final InMemoryKnownStreams known = new InMemoryKnownStreams();
    private final StreamDiscoveries discoveries = new StreamDiscoveries(known, publisher,
        new DiscoveryMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), Runnable::run);

    private SplitSweeper sweeper(FakeStreams streams) {
        return new SplitSweeper(streams, discoveries, new SweepMetrics(new SimpleMeterRegistry()), 100, 2);
    }

    @Test
    void aStillListIsReadPageByPageAndEveryStreamPublishedOnce() {
        FakeStreams streams = new FakeStreams().withStreams(250);

        SplitResult result = sweeper(streams).sweep(ENGLISH, () -> true);

        assertThat(result).isEqualTo(new SplitResult(3, 250, 0, 0, 250, Map.of("even", 125, "odd", 125), false));
        assertThat(publishedIds()).containsExactlyElementsOf(ids(0, 250));
        assertThat(streams.queries).allSatisfy(q -> assertThat(q.languages()).containsExactly("en"));
        assertThat(streams.queries).extracting(q -> q.first()).containsOnly(100);
    }

    @Test
    void streamsPushedDownBetweenPagesAreSeenTwiceButPublishedOnce() {
        FakeStreams streams = new FakeStreams().withStreams(250);
        streams.beforePage = page -> {
            if (page == 2) {
                IntStream.range(1000, 1005).forEach(n -> streams.live.add(0, FakeStreams.stream(n, "odd")));
            }
            return FakeStreams.Action.SERVE;
        };

        SplitResult result = sweeper(streams).sweep(ENGLISH, () -> true);

        assertThat(result.duplicates()).isEqualTo(5);
        assertThat(result.streams()).isEqualTo(250);
        assertThat(publishedIds()).doesNotHaveDuplicates().hasSize(250);
    }

    @Test
    void anInvalidCursorRestartsFromPageOneWithoutPublishingAgain() {
        FakeStreams streams = new FakeStreams().withStreams(250);
        streams.beforePage = page -> page == 3 ? FakeStreams.Action.REFUSE_CURSOR : FakeStreams.Action.SERVE;

        SplitResult result = sweeper(streams).sweep(ENGLISH, () -> true);

        assertThat(result.cursorRestarts()).isEqualTo(1);
        assertThat(result.streams()).isEqualTo(250);
        assertThat(publishedIds()).containsExactlyElementsOf(ids(0, 250));
        assertThat(streams.queries).extracting(q -> q.after() == null ? "first" : q.after())
            .containsExactly("first", "100", "200", "first", "100", "200");
    }

    @Test
    void aCursorThatLoopsBackToTheStartEndsTheSplit() {
        FakeStreams streams = new FakeStreams().withStreams(150);
        streams.cursorAfterEnd = 0;

        SplitResult result = sweeper(streams).sweep(ENGLISH, () -> true);

        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.duplicates()).isEqualTo(100);
        assertThat(publishedIds()).containsExactlyElementsOf(ids(0, 150));
    }

    @Test
    void aTopNSliceStopsAfterTheNMostWatched() {
        FakeStreams streams = new FakeStreams().withStreams(1000);

        SplitResult result = sweeper(streams).sweep(new SweepSplit("top=150", List.of("fr"), List.of(), 150),
            () -> true);

        assertThat(result.pages()).isEqualTo(2);
        assertThat(publishedIds()).containsExactlyElementsOf(ids(0, 150));
    }

    @Test
    void aLostLeaseStopsTheSweep() {
        FakeStreams streams = new FakeStreams().withStreams(1000);
        int[] renewals = {0};

        SplitResult result = sweeper(streams).sweep(ENGLISH, () -> ++renewals[0] <= 2);

        assertThat(result.leaseLost()).isTrue();
        assertThat(result.pages()).isEqualTo(2);
    }

    private List<String> publishedIds() {
        return publisher.published.stream().map(p -> ((StreamDiscovered) p.value()).stream().streamId()).toList();
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(Integer::toString).toList();
    }
}
