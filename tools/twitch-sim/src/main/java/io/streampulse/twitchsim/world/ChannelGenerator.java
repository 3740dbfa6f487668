package io.streampulse.twitchsim.world;

import java.time.Instant;
import java.util.SplittableRandom;

/** Fills {@link Channels} deterministically from a seed: logins, power-law popularity, languages, games. */
final class ChannelGenerator {
    /** Pareto shape of channel popularity: most channels have 0-3 viewers, a handful have six figures. */
    static final double POPULARITY_ALPHA = 1.02;
    static final double POPULARITY_MIN = 2.0;
    static final double POPULARITY_CAP = 250_000;
    private static final long FIRST_CREATED = Instant.parse("2011-06-01T00:00:00Z").getEpochSecond();
    private static final long LAST_CREATED = Instant.parse("2025-12-31T00:00:00Z").getEpochSecond();

    private final Catalog catalog;
    private final SplittableRandom random;

    ChannelGenerator(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.random = new SplittableRandom(seed ^ 0xc4a7_7e15L);
    }

    Channels generate(int count) {
        Channels channels = new Channels(count);
        for (int ch = 0; ch < count; ch++) {
            String login = uniqueLogin(channels);
            channels.logins[ch] = login;
            channels.byLogin.put(login, ch);
            float level = (float) popularity();
            channels.level[ch] = level;
            channels.language[ch] = (byte) catalog.pickLanguage(random);
            channels.broadcasterType[ch] = (byte) broadcasterType(level);
            channels.labels[ch] = (byte) (random.nextInt(12) == 0 ? 2 << random.nextInt(3) : 0);
            channels.createdAtSeconds[ch] = (int) (FIRST_CREATED + random.nextLong(LAST_CREATED - FIRST_CREATED));
            channels.followers[ch] = (int) Math.min(Integer.MAX_VALUE / 2, level * (5 + random.nextInt(200)));
            channels.game[ch] = (short) catalog.pickGame(random);
            channels.tagSet[ch] = (short) catalog.pickTagSet(random);
            channels.title[ch] = random.nextInt(40) == 0 ? 0 : catalog.pickTitle(random);
        }
        return channels;
    }

    private double popularity() {
        double u = random.nextDouble();
        double value = POPULARITY_MIN * Math.pow(1.0 - u, -1.0 / POPULARITY_ALPHA) - 1.5;
        return Math.max(0.2, Math.min(POPULARITY_CAP, value));
    }

    private int broadcasterType(float level) {
        if (level > 800 && random.nextInt(10) < 9) {
            return 2;
        }
        return level > 4 && random.nextInt(10) < 7 ? 1 : 0;
    }

    private String uniqueLogin(Channels channels) {
        String login = candidateLogin();
        while (login.length() < 4 || channels.byLogin.containsKey(login)) {
            login = login + random.nextInt(10);
            if (login.length() > 25) {
                login = candidateLogin();
            }
        }
        return login;
    }

    private String candidateLogin() {
        StringBuilder login = new StringBuilder(16);
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            login.append(CatalogData.LOGIN_SYLLABLES[random.nextInt(CatalogData.LOGIN_SYLLABLES.length)]);
        }
        int shape = random.nextInt(6);
        String word = CatalogData.LOGIN_WORDS[random.nextInt(CatalogData.LOGIN_WORDS.length)];
        if (shape == 0) {
            login.insert(0, word);
        } else if (shape == 1) {
            login.append(word);
        } else if (shape == 2) {
            login.append('_').append(word);
        }
        if (random.nextInt(3) == 0) {
            login.append(random.nextInt(1000));
        }
        return login.toString();
    }
}
