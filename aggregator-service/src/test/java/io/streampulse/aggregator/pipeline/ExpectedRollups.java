package io.streampulse.aggregator.pipeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The rollup rows and leaderboards the scenario must end in (the topology test's figures, as table rows: lead-ins
 * from started_at and tails at the ABSENT and the stream end included; see StatisticsTopologyTest).
 */
record ExpectedRollups(PipelineScenario scenario) {

    List<String> channelDaily() {
        String d0 = scenario.day().toString();
        String d1 = scenario.day().plusDays(1).toString();
        return List.of(
            scenario.alpha() + "|" + d0 + "|alpha|63|6300|100|100.0|1",
            scenario.alpha() + "|" + d1 + "|alpha|2|450|300|300.0|1",
            scenario.bravo() + "|" + d0 + "|bravo|5|245|70|49.0|1",
            scenario.bravo() + "|" + d1 + "|bravo|5|435|100|87.0|1");
    }

    List<String> gameHourly() {
        return List.of(
            scenario.justChatting() + "|" + hour("22:00:00", 0) + "|Just Chatting|300|1|100",
            scenario.justChatting() + "|" + hour("23:00:00", 0) + "|Just Chatting|6000|1|100",
            scenario.justChatting() + "|" + hour("00:00:00", 1) + "|Just Chatting|730|2|300",
            scenario.gta() + "|" + hour("23:00:00", 0) + "|Grand Theft Auto V|245|1|70",
            scenario.gta() + "|" + hour("00:00:00", 1) + "|Grand Theft Auto V|155|1|80");
    }

    List<String> gameDaily() {
        String d0 = scenario.day().toString();
        String d1 = scenario.day().plusDays(1).toString();
        return List.of(
            scenario.justChatting() + "|" + d0 + "|Just Chatting|6300|1|100",
            scenario.justChatting() + "|" + d1 + "|Just Chatting|730|2|300",
            scenario.gta() + "|" + d0 + "|Grand Theft Auto V|245|1|70",
            scenario.gta() + "|" + d1 + "|Grand Theft Auto V|155|1|80");
    }

    List<String> tagDaily() {
        String d0 = scenario.day().toString();
        String d1 = scenario.day().plusDays(1).toString();
        return List.of(
            scenario.tag("english") + "|" + d0 + "|" + 68 / 60.0 + "|6545",
            scenario.tag("chill") + "|" + d0 + "|" + 63 / 60.0 + "|6300",
            scenario.tag("rp") + "|" + d0 + "|" + 5 / 60.0 + "|245",
            scenario.tag("english") + "|" + d1 + "|" + 6.5 / 60.0 + "|885",
            scenario.tag("chill") + "|" + d1 + "|" + 1.5 / 60.0 + "|450",
            scenario.tag("rp") + "|" + d1 + "|" + 5 / 60.0 + "|435");
    }

    /** window_start|total_viewers|live_channels of the scenario's 5-minute windows. */
    List<String> platform() {
        List<String> rows = new ArrayList<>();
        rows.add(hour("22:55:00", 0) + "|60|1");
        for (Instant start = scenario.at("23:00:00", 0); start.isBefore(scenario.at("23:55:00", 0));
             start = start.plusSeconds(300)) {
            rows.add(start + "|100|1");
        }
        rows.add(hour("23:55:00", 0) + "|149|2");
        rows.add(hour("00:00:00", 1) + "|157|2");
        rows.add(hour("00:10:00", 1) + "|20|1");
        return rows;
    }

    List<String> schedule() {
        Instant monday = scenario.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        int day = scenario.day().getDayOfWeek().getValue();
        int nextDay = scenario.day().plusDays(1).getDayOfWeek().getValue();
        String window = "|" + monday + "|" + monday.plus(java.time.Duration.ofDays(7)) + "|1|1|1.0";
        return List.of(
            scenario.alpha() + "|" + day + "|22|alpha" + window,
            scenario.alpha() + "|" + day + "|23|alpha" + window,
            scenario.alpha() + "|" + nextDay + "|0|alpha" + window,
            scenario.bravo() + "|" + day + "|23|bravo" + window,
            scenario.bravo() + "|" + nextDay + "|0|bravo" + window);
    }

    List<String> channelEventsDaily() {
        String d0 = scenario.day().toString();
        return List.of(
            scenario.alpha() + "|channel.cheer|" + d0 + "|2|150|{}",
            scenario.alpha() + "|channel.subscribe|" + d0 + "|1|0|{\"1000\": 1}");
    }

    /** The last boards, published when bravo's stream ended: bravo alone, Just Chatting alone. */
    List<String> channelsBoard() {
        return List.of(scenario.bravo() + "=100.0");
    }

    List<String> gamesBoard() {
        return List.of(scenario.justChatting() + "=100.0");
    }

    private String hour(String time, int plusDays) {
        return scenario.at(time, plusDays).toString();
    }
}
