package io.streampulse.aggregator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

/** Every rollup table and both Redis boards hold exactly the scenario's expected rows (for its keys). */
record RollupAssertions(ExpectedRollups expected, StoredRollups stored, String redisPrefix) {

    void hold() {
        PipelineScenario scenario = expected.scenario();
        String alpha = scenario.alpha();
        String bravo = scenario.bravo();
        assertThat(stored.rows("select broadcaster_id, day, broadcaster_login, minutes_live, viewer_minutes,"
            + " peak_viewers, average_viewers, sessions from channel_daily where broadcaster_id in (?, ?)", alpha, bravo))
            .as("channel_daily").containsExactlyInAnyOrderElementsOf(expected.channelDaily());
        assertThat(stored.rows("select game_id, window_start, game_name, viewer_minutes, channels_live, peak_viewers"
            + " from game_hourly where game_id in (?, ?)", scenario.justChatting(), scenario.gta()))
            .as("game_hourly").containsExactlyInAnyOrderElementsOf(expected.gameHourly());
        assertThat(stored.rows("select game_id, day, game_name, viewer_minutes, channels_live, peak_viewers"
            + " from game_daily where game_id in (?, ?)", scenario.justChatting(), scenario.gta()))
            .as("game_daily").containsExactlyInAnyOrderElementsOf(expected.gameDaily());
        assertThat(stored.rows("select tag, day, hours_streamed, viewer_minutes from tag_daily where tag in (?, ?, ?)",
            scenario.tag("english"), scenario.tag("chill"), scenario.tag("rp")))
            .as("tag_daily").containsExactlyInAnyOrderElementsOf(expected.tagDaily());
        assertThat(stored.rows("select window_start, total_viewers, live_channels from platform_5m"
            + " where window_start >= ? and window_start < ?", time(scenario.at("22:00:00", 0)),
            time(scenario.at("01:00:00", 1))))
            .as("platform_5m").containsExactlyInAnyOrderElementsOf(expected.platform());
        assertThat(stored.rows("select broadcaster_id, weekday, hour, broadcaster_login, window_start, window_end,"
            + " weeks_live, weeks_observed, share from channel_schedule where broadcaster_id in (?, ?)", alpha, bravo))
            .as("channel_schedule").containsExactlyInAnyOrderElementsOf(expected.schedule());
        assertThat(stored.rows("select broadcaster_id, event_type, day, event_count, bits_total, sub_tiers"
            + " from channel_events_daily where broadcaster_id = ?", alpha))
            .as("channel_events_daily").containsExactlyInAnyOrderElementsOf(expected.channelEventsDaily());
        assertThat(stored.board(redisPrefix + "channels")).as("channels board").isEqualTo(expected.channelsBoard());
        assertThat(stored.board(redisPrefix + "games")).as("games board").isEqualTo(expected.gamesBoard());
    }

    private static java.time.OffsetDateTime time(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
