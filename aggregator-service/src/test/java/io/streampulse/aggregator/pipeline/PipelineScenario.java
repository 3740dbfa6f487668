package io.streampulse.aggregator.pipeline;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The topology test's midnight scenario (alpha every minute 22:58..00:01, bravo from 23:56 with a game
 * switch, a gap and a stream end) on a given day, with ids unique to one run so tests sharing a
 * broker never meet, plus a few channel events for alpha.
 */
record PipelineScenario(String run, LocalDate day) {

    /**
     * A scenario two days back (not on a Sunday, so both days share an ISO week): recent enough that the
     * broker keeps its windowed changelogs, whose retention counts from the broker's clock.
     */
    static PipelineScenario recent(String run) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        return new PipelineScenario(run, day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? day.minusDays(1) : day);
    }

    String alpha() {
        return "a-" + run;
    }

    String bravo() {
        return "b-" + run;
    }

    String justChatting() {
        return "jc-" + run;
    }

    String gta() {
        return "gta-" + run;
    }

    String tag(String name) {
        return name + "-" + run;
    }

    /** Observations and the stream end, in time order. */
    List<Event> streams() {
        List<Event> events = new ArrayList<>();
        Instant first = at("22:58:00", 0);
        for (int minute = 0; minute <= 63; minute++) {
            Instant time = first.plusSeconds(60L * minute);
            events.add(live(alpha(), "alpha", justChatting(), "Just Chatting", time.isBefore(at("00:00:00", 1)) ? 100 : 300,
                time, List.of("English-" + run, "Chill-" + run)));
        }
        events.add(StreamObserved.absent(EventIds.random(), at("00:02:00", 1), alpha()));
        List<String> bravoTags = List.of("english-" + run, " RP-" + run + " ");
        events.add(live(bravo(), "bravo", gta(), "Grand Theft Auto V", 40, at("23:56:00", 0), bravoTags));
        events.add(live(bravo(), "bravo", gta(), "Grand Theft Auto V", 50, at("23:57:30", 0), bravoTags));
        events.add(live(bravo(), "bravo", gta(), "Grand Theft Auto V", 60, at("23:58:30", 0), bravoTags));
        events.add(live(bravo(), "bravo", gta(), "Grand Theft Auto V", 70, at("23:59:30", 0), bravoTags));
        events.add(live(bravo(), "bravo", gta(), "Grand Theft Auto V", 80, at("00:00:30", 1), bravoTags));
        events.add(live(bravo(), "bravo", justChatting(), "Just Chatting", 90, at("00:02:00", 1), bravoTags));
        events.add(live(bravo(), "bravo", justChatting(), "Just Chatting", 100, at("00:10:00", 1), bravoTags));
        events.add(new StreamEnded(EventIds.random(), at("00:12:00", 1), 1, "stream-" + bravo(), bravo(), "bravo",
            "Bravo", startedAt(bravo()), at("00:10:00", 1), 840, 100, 70, 540, List.of(), List.of(), bravoTags, "en",
            EndReason.ABSENT_GRACE, 7));
        events.sort(Comparator.comparing(Event::occurredAt));
        return events;
    }

    /** Two cheers (100 and 50 bits) and a tier-1000 subscription for alpha in the evening. */
    List<Event> channelEvents() {
        return List.of(
            new ChannelCheered(EventIds.random(), at("21:00:00", 0), 1, alpha(), "alpha", "Alpha", false, "u1", "fan",
                "Fan", "Cheer100", 100),
            new ChannelCheered(EventIds.random(), at("21:05:00", 0), 1, alpha(), "alpha", "Alpha", true, null, null,
                null, "", 50),
            new ChannelSubscribed(EventIds.random(), at("21:10:00", 0), 1, alpha(), "alpha", "Alpha", "u2", "sub",
                "Sub", "1000", false));
    }

    Instant at(String time, int plusDays) {
        return day.plusDays(plusDays).atTime(java.time.LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }

    private StreamObserved live(String id, String login, String gameId, String gameName, int viewers, Instant at,
                                List<String> tags) {
        StreamState state = new StreamState("stream-" + id, id, login, Character.toUpperCase(login.charAt(0))
            + login.substring(1), gameId, gameName, "title", tags, viewers, startedAt(id), "en", "live", "");
        return StreamObserved.live(EventIds.random(), at, state);
    }

    /** Twitch's started_at of the channel's stream, a minute before its first observation (as in the topology test). */
    private Instant startedAt(String id) {
        return id.equals(alpha()) ? at("22:57:00", 0) : at("23:55:00", 0);
    }
}
