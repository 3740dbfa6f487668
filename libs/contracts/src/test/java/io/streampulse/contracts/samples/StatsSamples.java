package io.streampulse.contracts.samples;

import io.streampulse.contracts.stats.ChannelDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelEventsDailyStatsComputed;
import io.streampulse.contracts.stats.ChannelScheduleComputed;
import io.streampulse.contracts.stats.GameStatsComputed;
import io.streampulse.contracts.stats.LeaderboardComputed;
import io.streampulse.contracts.stats.LeaderboardEntry;
import io.streampulse.contracts.stats.LeaderboardKind;
import io.streampulse.contracts.stats.PlatformStatsComputed;
import io.streampulse.contracts.stats.StatsGranularity;
import io.streampulse.contracts.stats.TagDailyStatsComputed;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Sample aggregates of the twitch.stats.* topics. */
public final class StatsSamples {

    static final Instant DAY = Instant.parse("2021-03-10T00:00:00Z");
    static final Instant NEXT_DAY = Instant.parse("2021-03-11T00:00:00Z");
    static final Instant AT = Instant.parse("2021-03-11T00:05:00Z");

    private StatsSamples() {
    }

    public static ChannelDailyStatsComputed channelDaily() {
        return new ChannelDailyStatsComputed("11111111-0001-4000-8000-000000000001", AT, 1, "98765", "sandysanderman",
            DAY, NEXT_DAY, 257, 20477000L, 81020, 79450.5, 1);
    }

    public static GameStatsComputed gameHourly() {
        return new GameStatsComputed("11111111-0002-4000-8000-000000000002", Instant.parse("2021-03-10T16:05:00Z"), 1,
            StatsGranularity.HOUR, "494131", "Little Nightmares", Instant.parse("2021-03-10T15:00:00Z"),
            Instant.parse("2021-03-10T16:00:00Z"), 4920000L, 57, 80112);
    }

    public static GameStatsComputed gameDaily() {
        return new GameStatsComputed("11111111-0003-4000-8000-000000000003", AT, 1, StatsGranularity.DAY, "494131",
            "Little Nightmares", DAY, NEXT_DAY, 31200000L, 412, 81020);
    }

    public static TagDailyStatsComputed tagDaily() {
        return new TagDailyStatsComputed("11111111-0004-4000-8000-000000000004", AT, 1, "Español", DAY, NEXT_DAY,
            48210.25, 912000000L);
    }

    public static PlatformStatsComputed platform() {
        return new PlatformStatsComputed("11111111-0005-4000-8000-000000000005", Instant.parse("2021-03-10T16:05:10Z"), 1,
            Instant.parse("2021-03-10T16:00:00Z"), Instant.parse("2021-03-10T16:05:00Z"), 2841377L, 94812);
    }

    public static ChannelScheduleComputed schedule() {
        return new ChannelScheduleComputed("11111111-0006-4000-8000-000000000006", AT, 1, "98765", "sandysanderman",
            DayOfWeek.WEDNESDAY, 15, Instant.parse("2021-01-13T00:00:00Z"), NEXT_DAY, 7, 8, 0.875);
    }

    public static ChannelEventsDailyStatsComputed channelEventsDaily() {
        return new ChannelEventsDailyStatsComputed("11111111-0007-4000-8000-000000000007", AT, 1, "1337",
            "channel.subscribe", DAY, NEXT_DAY, 42, 0, Map.of("1000", 38L, "2000", 3L, "3000", 1L));
    }

    public static LeaderboardComputed leaderboard() {
        return new LeaderboardComputed("11111111-0008-4000-8000-000000000008", Instant.parse("2021-03-10T16:05:10Z"), 1,
            LeaderboardKind.CHANNELS, Instant.parse("2021-03-10T16:00:00Z"), Instant.parse("2021-03-10T16:05:00Z"),
            List.of(new LeaderboardEntry(1, "98765", "sandysanderman", "SandySanderman", 80112),
                new LeaderboardEntry(2, "1337", "cool_user", "Cool_User", 9001)));
    }
}
