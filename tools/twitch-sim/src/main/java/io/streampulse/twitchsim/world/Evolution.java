package io.streampulse.twitchsim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the world moves in one tick: viewer counts drift, broadcasts end (sometimes with a raid), titles and games
 * change, and offline channels go live so that the live count follows the daily cycle around its target share.
 * Every random draw comes from one seeded generator in a fixed order, which makes the world reproducible.
 */
final class Evolution {
    private static final double TITLE_CHANGES_PER_MINUTE = 1.0 / 150;
    private static final double GAME_CHANGES_PER_MINUTE = 1.0 / 300;
    private static final double RAID_SHARE_OF_ENDS = 0.15;
    private static final double RELAX_MINUTES = 30;
    private static final long MAX_INITIAL_AGE_MINUTES = 12 * 60;

    private final Channels channels;
    private final LiveStreams live;
    private final Catalog catalog;
    private final ViewerModel model = new ViewerModel();
    private final SplittableRandom random;
    private final double liveShare;
    private final double meanDurationMinutes;
    private final double tickMinutes;
    private final long tickMillis;
    private long nextStreamId;

    Evolution(Channels channels, LiveStreams live, Catalog catalog, SplittableRandom random, double liveShare,
              Duration meanDuration, Duration tick) {
        this.channels = channels;
        this.live = live;
        this.catalog = catalog;
        this.random = random;
        this.liveShare = liveShare;
        this.meanDurationMinutes = meanDuration.toMillis() / 60_000.0;
        this.tickMillis = tick.toMillis();
        this.tickMinutes = tickMillis / 60_000.0;
        this.nextStreamId = 40_000_000_000L + random.nextInt(1_000_000_000);
    }

    /** The broadcasts already running when the world starts (no events: they went live before we looked). */
    void populate(Instant t0) {
        double share = Math.min(1.0, liveShare * model.daily(t0));
        double daily = model.daily(t0);
        for (int ch = 0; ch < channels.count; ch++) {
            if (random.nextDouble() < share) {
                double age = Math.min(MAX_INITIAL_AGE_MINUTES, -Math.log(1 - random.nextDouble()) * meanDurationMinutes);
                float drift = (float) (0.2 * ViewerModel.gaussian(random));
                int viewers = model.viewers(channels.level[ch], daily, age, drift);
                long startedAt = t0.toEpochMilli() - (long) (age * 60_000) - random.nextInt(1000);
                live.start(ch, newStreamId(), startedAt, viewers, drift);
                live.viewerMinutes[ch] = viewers * age;
            }
        }
    }

    void tick(Instant t, List<WorldEvent> out) {
        double daily = model.daily(t);
        double endChance = tickMinutes / meanDurationMinutes;
        for (int position = live.size() - 1; position >= 0; position--) {
            int ch = live.channelAt(position);
            if (random.nextDouble() < endChance) {
                end(ch, t, true, out);
            } else {
                evolve(ch, t, daily, out);
            }
        }
        double target = Math.min(channels.count, liveShare * channels.count * daily);
        double expected = live.size() * endChance + (target - live.size()) * tickMinutes / RELAX_MINUTES;
        int starts = ViewerModel.poisson(Math.max(0, expected), random);
        for (int i = 0; i < starts; i++) {
            int ch = pickOffline();
            if (ch >= 0) {
                start(ch, t, out);
            }
        }
    }

    private void evolve(int ch, Instant t, double daily, List<WorldEvent> out) {
        float drift = model.nextDrift(live.drift[ch], tickMinutes, random);
        live.drift[ch] = drift;
        double age = (t.toEpochMilli() - live.startedAtMillis[ch]) / 60_000.0;
        live.record(ch, model.viewers(channels.level[ch], daily, age, drift), tickMinutes);
        boolean newTitle = random.nextDouble() < TITLE_CHANGES_PER_MINUTE * tickMinutes;
        boolean newGame = random.nextDouble() < GAME_CHANGES_PER_MINUTE * tickMinutes;
        if (newTitle || newGame) {
            changeInfo(ch, newTitle, newGame, t, out);
        }
    }

    void start(int ch, Instant t, List<WorldEvent> out) {
        if (live.isLive(ch)) {
            return;
        }
        boolean newTitle = random.nextInt(2) == 0;
        boolean newGame = random.nextInt(4) == 0;
        if (newTitle || newGame) {
            changeInfo(ch, newTitle, newGame, t, out);
        }
        float drift = (float) (0.2 * ViewerModel.gaussian(random));
        long startedAt = t.toEpochMilli() - random.nextInt((int) Math.min(1000, tickMillis));
        int viewers = model.viewers(channels.level[ch], model.daily(t), 0, drift);
        live.start(ch, newStreamId(), startedAt, viewers, drift);
        out.add(new WorldEvent.StreamStarted(ch, live.streamId[ch], Instant.ofEpochMilli(startedAt)));
    }

    void end(int ch, Instant t, boolean mayRaid, List<WorldEvent> out) {
        if (!live.isLive(ch)) {
            return;
        }
        if (mayRaid && live.size() > 1 && random.nextDouble() < RAID_SHARE_OF_ENDS) {
            raid(ch, t, out);
        }
        out.add(new WorldEvent.StreamEnded(ch, live.end(ch, t), t));
    }

    void raid(int ch, Instant t, List<WorldEvent> out) {
        if (live.size() < 2) {
            return;
        }
        int to = ch;
        while (to == ch) {
            to = live.channelAt(random.nextInt(live.size()));
        }
        out.add(new WorldEvent.Raided(ch, to, Math.max(1, live.viewers[ch]), t));
    }

    /** A raid between two given channels (the raider brings its viewers, at least one). */
    void raid(int ch, int to, Instant t, List<WorldEvent> out) {
        out.add(new WorldEvent.Raided(ch, to, Math.max(1, live.viewers[ch]), t));
    }

    void changeInfo(int ch, boolean newTitle, boolean newGame, Instant t, List<WorldEvent> out) {
        if (newTitle) {
            channels.title[ch] = catalog.pickTitle(random);
        }
        if (newGame) {
            channels.game[ch] = (short) catalog.pickGame(random);
        }
        int lang = channels.language[ch];
        int game = channels.game[ch];
        out.add(new WorldEvent.ChannelUpdated(ch, catalog.title(channels.title[ch]), catalog.languageCode(lang), game,
                catalog.labels(game, channels.labels[ch]), t));
    }

    private int pickOffline() {
        for (int attempt = 0; attempt < 32; attempt++) {
            int ch = random.nextInt(channels.count);
            if (!live.isLive(ch)) {
                return ch;
            }
        }
        return -1;
    }

    private long newStreamId() {
        nextStreamId += 1 + random.nextInt(97);
        return nextStreamId;
    }

    SplittableRandom random() {
        return random;
    }
}
