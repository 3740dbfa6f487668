package io.streampulse.bench.api;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The year of one generated channel: a popularity (Zipf-like average viewers), how often it is live, its usual
 * hour, language, favourite games and tags; then per live day one session, its channel_daily row, a few channel
 * events and their daily counts. Game and tag totals go to {@link Rollups}.
 */
final class ChannelYear {

    static final String CHANNEL_COLUMNS = "broadcaster_id, broadcaster_login, broadcaster_name, first_seen_at,"
        + " last_seen_at";
    static final String SESSION_COLUMNS = "stream_id, broadcaster_id, broadcaster_login, broadcaster_name,"
        + " started_at, ended_at, duration_seconds, peak_viewers, average_viewers, viewer_minutes, games, titles, tags,"
        + " language, end_reason, observations, closed_at, event_id";
    static final String DAILY_COLUMNS = "broadcaster_id, day, broadcaster_login, minutes_live, viewer_minutes,"
        + " peak_viewers, average_viewers, sessions, computed_at, event_id";
    static final String EVENT_COLUMNS = "event_id, broadcaster_id, event_type, actor_id, actor_login, actor_name,"
        + " amount, tier, occurred_at, payload, received_at";
    static final String EVENTS_DAILY_COLUMNS = "broadcaster_id, event_type, day, event_count, bits_total, sub_tiers,"
        + " computed_at, event_id";
    private static final String[] LANGUAGES = {"en", "en", "en", "es", "de", "fr", "pt", "ja", "ko", "ru"};
    private static final String[] TYPES = {"channel.follow", "channel.subscribe", "channel.cheer",
        "channel.subscription.gift", "channel.raid", "channel.subscription.message"};
    private static final double[] TYPE_WEIGHTS = {0.6, 0.75, 0.85, 0.9, 0.95, 1.0};
    private static final String[] END_REASONS = {"OFFLINE_EVENT", "OFFLINE_EVENT", "ABSENT_GRACE", "NEW_STREAM"};

    private final SplittableRandom random;
    private final LocalDate today;
    private final int days;
    private final double eventsPerLiveDay;
    private final Rollups rollups;
    private final Instant now = Instant.now();
    private long eventIds;

    ChannelYear(SplittableRandom random, LocalDate today, int days, double eventsPerLiveDay, Rollups rollups) {
        this.random = random;
        this.today = today;
        this.days = days;
        this.eventsPerLiveDay = eventsPerLiveDay;
        this.rollups = rollups;
    }

    void write(int index, CopyWriter channels, CopyWriter sessions, CopyWriter daily, CopyWriter events,
               CopyWriter eventsDaily) throws SQLException {
        String id = Long.toString(100_000_000L + index);
        String login = "channel_" + index;
        double viewers = 20_000.0 / Math.pow(index + 1, 0.8) + 3;
        double liveRate = 0.2 + random.nextDouble() * 0.7;
        int usualMinute = random.nextInt(24) * 60;
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        int[] games = {Rollups.biased(random, Rollups.GAMES), Rollups.biased(random, Rollups.GAMES)};
        int[] tags = {Rollups.biased(random, Rollups.TAGS), Rollups.biased(random, Rollups.TAGS)};
        Instant firstSeen = day(days - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant lastSeen = firstSeen;
        for (int ago = days - 1; ago >= 0; ago--) {
            if (random.nextDouble() >= liveRate) {
                continue;
            }
            int startMinute = (int) Math.max(0, Math.min(1439, usualMinute + random.nextGaussian() * 90));
            int minutes = 60 + random.nextInt(420);
            Instant start = day(ago).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(startMinute * 60L);
            Instant end = start.plusSeconds(minutes * 60L);
            if (end.isAfter(now)) {
                continue;
            }
            lastSeen = end;
            double average = Math.round(viewers * Math.exp(random.nextGaussian() * 0.3) * 100) / 100.0;
            long viewerMinutes = Math.round(average * minutes);
            int peak = (int) Math.round(average * (1.2 + random.nextDouble() * 0.5));
            int secondGameMinutes = random.nextInt(3) == 0 ? minutes / 3 : 0;
            sessions.row(id + "-" + ago, id, login, "Channel_" + index, start, end, minutes * 60L, peak, average,
                viewerMinutes, gamesJson(games, minutes, secondGameMinutes), "{\"Stream day " + ago + "\"}",
                "{Tag" + tags[0] + ",Tag" + tags[1] + "}", language, END_REASONS[random.nextInt(END_REASONS.length)],
                minutes, end.plusSeconds(300), new UUID(random.nextLong(), random.nextLong()));
            daily.row(id, day(ago), login, minutes, viewerMinutes, peak, average, 1, end, "seed");
            rollups.game(games[0], ago, viewerMinutes * (minutes - secondGameMinutes) / minutes, peak);
            if (secondGameMinutes > 0) {
                rollups.game(games[1], ago, viewerMinutes * secondGameMinutes / minutes, peak);
            }
            rollups.tags(tags, ago, minutes / 60.0, viewerMinutes);
            events(id, ago, start, minutes, events, eventsDaily);
        }
        channels.row(id, login, "Channel_" + index, firstSeen, lastSeen);
    }

    private void events(String id, int ago, Instant start, int minutes, CopyWriter events, CopyWriter eventsDaily)
        throws SQLException {
        int count = random.nextInt((int) Math.round(2 * eventsPerLiveDay) + 1);
        long[] perType = new long[TYPES.length];
        long bits = 0;
        for (int e = 0; e < count; e++) {
            int type = type();
            perType[type]++;
            Integer amount = null;
            if (type == 2) {
                amount = 100 * (1 + random.nextInt(10));
                bits += amount;
            } else if (type == 4) {
                amount = random.nextInt(500);
            }
            String actor = Integer.toString(500_000_000 + random.nextInt(10_000_000));
            Instant at = start.plusSeconds(random.nextInt(minutes * 60));
            events.row("seed-" + (++eventIds), id, TYPES[type], actor, "user_" + actor, "User_" + actor, amount,
                type == 1 || type == 3 ? "1000" : null, at, "{}", at);
        }
        for (int type = 0; type < TYPES.length; type++) {
            if (perType[type] > 0) {
                eventsDaily.row(id, TYPES[type], day(ago), perType[type], type == 2 ? bits : 0,
                    type == 1 ? "{\"1000\": " + perType[type] + "}" : "{}", start, "seed");
            }
        }
    }

    private int type() {
        double draw = random.nextDouble();
        for (int type = 0; type < TYPE_WEIGHTS.length; type++) {
            if (draw < TYPE_WEIGHTS[type]) {
                return type;
            }
        }
        return 0;
    }

    private static String gamesJson(int[] games, int minutes, int secondMinutes) {
        String first = "{\"game_id\": \"" + Rollups.gameId(games[0]) + "\", \"game_name\": \"Game " + games[0]
            + "\", \"seconds\": " + (minutes - secondMinutes) * 60L + "}";
        if (secondMinutes == 0) {
            return "[" + first + "]";
        }
        return "[" + first + ", {\"game_id\": \"" + Rollups.gameId(games[1]) + "\", \"game_name\": \"Game "
            + games[1] + "\", \"seconds\": " + secondMinutes * 60L + "}]";
    }

    private LocalDate day(int ago) {
        return today.minusDays(ago);
    }
}
