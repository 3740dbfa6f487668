package io.streampulse.contracts.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.samples.StatsSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsRecordRulesTest {

    private static final Instant DAY = Instant.parse("2021-03-10T00:00:00Z");

    @Test
    void keysIdentifyTheWindowedEntity() {
        assertThat(List.of(StatsSamples.channelDaily().key(), StatsSamples.gameHourly().key(),
            StatsSamples.tagDaily().key(), StatsSamples.platform().key(), StatsSamples.schedule().key(),
            StatsSamples.channelEventsDaily().key(), StatsSamples.leaderboard().key()))
            .containsExactly("98765|2021-03-10", "494131|2021-03-10T15:00:00Z", "español|2021-03-10",
                "2021-03-10T16:00:00Z", "98765|WEDNESDAY|15", "1337|channel.subscribe|2021-03-10", "channels");
    }

    @Test
    void tagIsNormalisedToTrimmedLowercase() {
        TagDailyStatsComputed stats = new TagDailyStatsComputed("e", DAY, 1, "  Español ", DAY, DAY.plusSeconds(86400),
            1.5, 90);

        assertThat(stats.tag()).isEqualTo("español");
    }

    @Test
    void windowMustEndAfterItStarts() {
        assertThatThrownBy(() -> new PlatformStatsComputed("e", DAY, 1, DAY, DAY, 0, 0))
            .hasMessage("window_end 2021-03-10T00:00:00Z must be after window_start 2021-03-10T00:00:00Z");
    }

    @Test
    void leaderboardRanksAreConsecutiveFromOne() {
        assertThatThrownBy(() -> new LeaderboardComputed("e", DAY, 1, LeaderboardKind.GAMES, DAY, DAY.plusSeconds(300),
            List.of(new LeaderboardEntry(2, "494131", "", "Little Nightmares", 10))))
            .hasMessage("entries[0].rank must be 1");
    }

    @Test
    void scheduleCannotBeLiveInMoreWeeksThanObserved() {
        assertThatThrownBy(() -> new ChannelScheduleComputed("e", DAY, 1, "1", "l", java.time.DayOfWeek.MONDAY, 3,
            DAY, DAY.plusSeconds(86400), 3, 2, 1.0)).hasMessage("weeks_live 3 exceeds weeks_observed 2");
    }
}
