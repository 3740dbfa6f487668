package io.streampulse.twitchsim.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Follows, subscriptions, gifts, resubs and cheers. Generated only for channels whose broadcaster authorized the
 * client ("eventful" channels): nobody can observe the others, and it keeps ticks cheap.
 */
final class ChannelActivity {
    static final String[] TYPES = {"channel.follow", "channel.subscribe", "channel.subscription.gift",
        "channel.subscription.message", "channel.cheer"};
    private static final double[] TYPE_CDF = Catalog.cdf(new double[] {0.45, 0.2, 0.07, 0.13, 0.15});
    private static final String[] CHEER_TEXTS = {"Cheer100 gg", "pogchamp", "Cheer1 hi chat", "bits for the grind",
        "Cheer500 great stream!", "Kappa Cheer50"};
    private static final int MAX_RECENT_FOLLOWS = 10_000;
    private static final String[] RESUB_TEXTS = {"Love the stream! ", "another month ", "still here ", "gg "};

    private final Channels channels;
    private final LiveStreams live;
    private final SplittableRandom random;
    private final BitSet eventful = new BitSet();
    private final Map<Integer, List<Follow>> follows = new HashMap<>();

    ChannelActivity(Channels channels, LiveStreams live, SplittableRandom random) {
        this.channels = channels;
        this.live = live;
        this.random = random;
    }

    void setEventful(int ch, boolean on) {
        eventful.set(ch, on);
    }

    void tick(Instant t, double tickMinutes, double ratePerMinute, List<WorldEvent> out) {
        for (int ch = eventful.nextSetBit(0); ch >= 0; ch = eventful.nextSetBit(ch + 1)) {
            double rate = live.isLive(ch) ? ratePerMinute : ratePerMinute / 10;
            int count = ViewerModel.poisson(rate * tickMinutes, random);
            for (int i = 0; i < count; i++) {
                String type = live.isLive(ch) ? TYPES[Catalog.sample(TYPE_CDF, random)] : TYPES[0];
                generate(type, ch, random.nextInt(10) == 0, t, out);
            }
        }
    }

    /** One event of the given EventSub type for channel {@code ch}; anonymous applies to gifts and cheers. */
    boolean generate(String type, int ch, boolean anonymous, Instant t, List<WorldEvent> out) {
        switch (type) {
            case "channel.follow" -> follow(ch, t, out);
            case "channel.subscribe" -> out.add(new WorldEvent.Subscribed(ch, otherUser(ch), tier(), false, t));
            case "channel.subscription.gift" -> gift(ch, anonymous, t, out);
            case "channel.subscription.message" -> resub(ch, t, out);
            case "channel.cheer" -> out.add(new WorldEvent.Cheered(ch, anonymous ? -1 : otherUser(ch),
                    bits(), CHEER_TEXTS[random.nextInt(CHEER_TEXTS.length)], t));
            default -> {
                return false;
            }
        }
        return true;
    }

    List<Follow> recentFollows(int ch) {
        List<Follow> list = follows.get(ch);
        return list == null ? List.of() : List.copyOf(list);
    }

    private void follow(int ch, Instant t, List<WorldEvent> out) {
        int user = otherUser(ch);
        List<Follow> list = follows.computeIfAbsent(ch, k -> new ArrayList<>());
        list.add(0, new Follow(user, t));
        if (list.size() > MAX_RECENT_FOLLOWS) {
            list.remove(list.size() - 1);
        }
        channels.followers[ch]++;
        out.add(new WorldEvent.Followed(ch, user, t));
    }

    private void gift(int ch, boolean anonymous, Instant t, List<WorldEvent> out) {
        int total = random.nextInt(5) == 0 ? 5 + random.nextInt(6) : 1 + random.nextInt(3);
        String tier = tier();
        int gifter = anonymous ? -1 : otherUser(ch);
        Integer cumulative = anonymous || random.nextInt(4) == 0 ? null : total + random.nextInt(300);
        out.add(new WorldEvent.SubscriptionsGifted(ch, gifter, total, tier, cumulative, t));
        for (int i = 0; i < total; i++) {
            out.add(new WorldEvent.Subscribed(ch, otherUser(ch), tier, true, t));
        }
    }

    private void resub(int ch, Instant t, List<WorldEvent> out) {
        String text = RESUB_TEXTS[random.nextInt(RESUB_TEXTS.length)];
        List<WorldEvent.Emote> emotes = List.of();
        if (random.nextBoolean()) {
            String emote = "FevziGG";
            emotes = List.of(new WorldEvent.Emote(text.length(), text.length() + emote.length() - 1,
                    String.valueOf(300_000_000 + random.nextInt(9_000_000))));
            text = text + emote;
        }
        int cumulative = 2 + random.nextInt(60);
        Integer streak = random.nextInt(3) == 0 ? null : 1 + random.nextInt(cumulative);
        int[] durations = {1, 1, 1, 3, 6};
        out.add(new WorldEvent.Resubscribed(ch, otherUser(ch), tier(), text, emotes, cumulative, streak,
                durations[random.nextInt(durations.length)], t));
    }

    private int otherUser(int ch) {
        if (channels.count < 2) {
            return ch;
        }
        int user = random.nextInt(channels.count - 1);
        return user >= ch ? user + 1 : user;
    }

    private String tier() {
        int r = random.nextInt(100);
        return r < 85 ? "1000" : r < 95 ? "2000" : "3000";
    }

    private int bits() {
        int[] amounts = {1, 10, 50, 100, 100, 100, 200, 500, 1000, 5000};
        return amounts[random.nextInt(amounts.length)];
    }
}
