package io.streampulse.aggregator.topology;

import static io.streampulse.aggregator.topology.Expected.assertSameStats;
import static io.streampulse.aggregator.topology.Expected.byKey;
import static io.streampulse.aggregator.topology.Expected.schedule;

import io.streampulse.aggregator.topology.Channel.Game;
import io.streampulse.contracts.topic.Topics;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule heatmap over weeks: share of observed weeks live per weekday-hour, in a moving look-back. */
class ScheduleTest {

    /** Its stream starts at its first observation: no lead-in into the hour before. */
    private static final Channel CHANNEL = new Channel("9009", "india", "India", "stream-i", List.of())
        .startedAt("2024-05-01T20:00:00Z");
    private static final Game GAME = new Game("1", "Game");

    @TempDir
    Path stateDir;

    @Test
    void sharesCountWeeksLiveOfWeeksObservedSinceTheChannelWasFirstSeen() {
        // Given a 3-week look-back, a channel live Wednesday 20h and Friday 18h in week 1, Wednesday 20h in week 3
        try (TopologyHarness topology = new TopologyHarness(TestSettings.withScheduleWeeks(3), stateDir)) {
            topology.pipe(weeksOneAndThree());

            // Then Wednesday 20h is live in 2 of 3 weeks and Friday 18h in 1 of 3
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_SCHEDULE), byKey(
                schedule(CHANNEL, DayOfWeek.WEDNESDAY, 20, "2024-05-15T20:00:00Z", "2024-04-29T00:00:00Z",
                    "2024-05-20T00:00:00Z", 2, 3),
                schedule(CHANNEL, DayOfWeek.FRIDAY, 18, "2024-05-15T20:00:00Z", "2024-04-29T00:00:00Z",
                    "2024-05-20T00:00:00Z", 1, 3)));
        }
    }

    @Test
    void weeksLeavingTheLookBackNoLongerCount() {
        // Given a 2-week look-back and the same three weeks
        try (TopologyHarness topology = new TopologyHarness(TestSettings.withScheduleWeeks(2), stateDir)) {
            topology.pipe(weeksOneAndThree());

            // Then only weeks 2 and 3 count: Wednesday 20h is 1 of 2, Friday 18h drops to 0 of 2
            assertSameStats(topology.latest(Topics.STATS_CHANNEL_SCHEDULE), byKey(
                schedule(CHANNEL, DayOfWeek.WEDNESDAY, 20, "2024-05-15T20:00:00Z", "2024-05-06T00:00:00Z",
                    "2024-05-20T00:00:00Z", 1, 2),
                schedule(CHANNEL, DayOfWeek.FRIDAY, 18, "2024-05-15T20:00:00Z", "2024-05-06T00:00:00Z",
                    "2024-05-20T00:00:00Z", 0, 2)));
        }
    }

    private static List<io.streampulse.contracts.stream.StreamObserved> weeksOneAndThree() {
        return List.of(
            CHANNEL.live("2024-05-01T20:00:00Z", GAME, 10),
            CHANNEL.live("2024-05-01T20:01:00Z", GAME, 10),
            CHANNEL.live("2024-05-03T18:00:00Z", GAME, 10),
            CHANNEL.live("2024-05-03T18:01:00Z", GAME, 10),
            CHANNEL.live("2024-05-15T20:00:00Z", GAME, 10),
            CHANNEL.live("2024-05-15T20:01:00Z", GAME, 10));
    }
}
