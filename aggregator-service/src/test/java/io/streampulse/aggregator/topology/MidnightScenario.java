package io.streampulse.aggregator.topology;

import io.streampulse.aggregator.topology.Channel.Game;
import io.streampulse.contracts.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two channels around midnight of Wednesday 2024-05-01 (UTC), observed as the refresh service would:
 * <ul>
 *   <li>alpha plays Just Chatting (Twitch's started_at 22:57:00), observed every minute from 22:58 to 00:01
 *       (100 viewers before midnight, 300 after), ABSENT at 00:02;</li>
 *   <li>bravo plays GTA V (started_at 23:55:00) from 23:56 (40, 50, 60, 70, 80 viewers at 23:56:00, 23:57:30,
 *       23:58:30, 23:59:30, 00:00:30), switches to Just Chatting at 00:02:00 (90), is next seen at 00:10:00 (100)
 *       after a gap, and its stream ends at 00:12:00.</li>
 * </ul>
 * Events are in time order; at equal times alpha's come first.
 */
final class MidnightScenario {

    static final Game JUST_CHATTING = new Game("509658", "Just Chatting");
    static final Game GTA = new Game("32982", "Grand Theft Auto V");
    static final Channel ALPHA = new Channel("1001", "alpha", "Alpha", "stream-a", List.of("English", "Chill"))
        .startedAt("2024-05-01T22:57:00Z");
    static final Channel BRAVO = new Channel("2002", "bravo", "Bravo", "stream-b", List.of("english", " RP "))
        .startedAt("2024-05-01T23:55:00Z");

    private MidnightScenario() {
    }

    static List<Event> events() {
        List<Event> events = new ArrayList<>();
        Instant first = Instant.parse("2024-05-01T22:58:00Z");
        for (int minute = 0; minute <= 63; minute++) {
            Instant at = first.plusSeconds(60L * minute);
            events.add(ALPHA.live(at, JUST_CHATTING, at.isBefore(Instant.parse("2024-05-02T00:00:00Z")) ? 100 : 300));
        }
        events.add(ALPHA.absent("2024-05-02T00:02:00Z"));
        events.add(BRAVO.live("2024-05-01T23:56:00Z", GTA, 40));
        events.add(BRAVO.live("2024-05-01T23:57:30Z", GTA, 50));
        events.add(BRAVO.live("2024-05-01T23:58:30Z", GTA, 60));
        events.add(BRAVO.live("2024-05-01T23:59:30Z", GTA, 70));
        events.add(BRAVO.live("2024-05-02T00:00:30Z", GTA, 80));
        events.add(BRAVO.live("2024-05-02T00:02:00Z", JUST_CHATTING, 90));
        events.add(BRAVO.live("2024-05-02T00:10:00Z", JUST_CHATTING, 100));
        events.add(BRAVO.ended("2024-05-02T00:12:00Z", "2024-05-02T00:10:00Z"));
        events.sort(Comparator.comparing(Event::occurredAt));
        return events;
    }
}
