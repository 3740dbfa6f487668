package io.streampulse.twitchsim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorldTest {
    private static final Instant SIX_AM = Instant.parse("2026-03-02T06:00:00Z");

    private static World world(int channels, List<WorldEvent> sink) {
        return new World(new World.Settings(channels, 0.1, 3, Duration.ofSeconds(10), Duration.ofHours(3), 0, SIX_AM),
                sink::addAll);
    }

    @Test
    void languagesAreSkewedLikeTwitch() {
        World world = world(20_000, new ArrayList<>());
        Channels channels = world.channels();

        Map<String, Long> byLanguage = IntStream.range(0, channels.count())
                .mapToObj(ch -> world.catalog().languageCode(channels.language(ch)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> ranked = byLanguage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();

        assertThat(ranked.subList(0, 2)).containsExactly("en", "es");
        assertThat(byLanguage.get("en") / 20_000.0).isBetween(0.42, 0.50);
        assertThat(ranked.subList(2, 6)).containsExactlyInAnyOrder("de", "ja", "pt", "fr");
    }

    @Test
    void popularityFollowsAPowerLaw() {
        World world = world(50_000, new ArrayList<>());
        float[] levels = new float[50_000];
        for (int ch = 0; ch < levels.length; ch++) {
            levels[ch] = world.channels().level(ch);
        }
        Arrays.sort(levels);

        float median = levels[levels.length / 2];
        float p999 = levels[(int) (levels.length * 0.999)];
        double topShare = IntStream.range(levels.length - 500, levels.length).mapToDouble(i -> levels[i]).sum()
                / IntStream.range(0, levels.length).mapToDouble(i -> levels[i]).sum();

        assertThat(median).isBetween(0.5f, 5f);
        assertThat(p999).isGreaterThan(500 * median);
        assertThat(topShare).isGreaterThan(0.4);
    }

    @Test
    void theLiveCountFollowsTheDailyCycleAndTitlesChangeMidStream() {
        List<WorldEvent> events = new ArrayList<>();
        World world = world(10_000, events);
        int atSixAm = world.read(world::liveCount);

        world.advanceTo(SIX_AM.plus(Duration.ofHours(12)));

        int atSixPm = world.read(world::liveCount);
        assertThat(atSixPm).isGreaterThan((int) (atSixAm * 1.4));
        assertThat(events).filteredOn(e -> e instanceof WorldEvent.ChannelUpdated).isNotEmpty();
        assertThat(events).filteredOn(e -> e instanceof WorldEvent.Raided).isNotEmpty();
        long started = events.stream().filter(e -> e instanceof WorldEvent.StreamStarted).count();
        long ended = events.stream().filter(e -> e instanceof WorldEvent.StreamEnded).count();
        assertThat(started - ended).isEqualTo(atSixPm - atSixAm);
    }

    @Test
    void everyBroadcastGetsANewStreamId() {
        List<WorldEvent> events = new ArrayList<>();
        World world = world(1_000, events);
        int ch = IntStream.range(0, 1_000).filter(c -> !world.read(() -> world.isLive(c))).findFirst().orElseThrow();

        world.forceOnline(ch, SIX_AM);
        long first = world.read(() -> world.streamId(ch));
        world.forceOffline(ch, SIX_AM.plusSeconds(60));
        world.forceOnline(ch, SIX_AM.plusSeconds(120));
        long second = world.read(() -> world.streamId(ch));

        assertThat(second).isGreaterThan(first);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsSubsequence(
                "StreamStarted", "StreamEnded", "StreamStarted");
        WorldEvent.StreamEnded end = (WorldEvent.StreamEnded) events.stream()
                .filter(e -> e instanceof WorldEvent.StreamEnded).findFirst().orElseThrow();
        assertThat(end.session().streamId()).isEqualTo(first);
        assertThat(end.session().endedAt()).isEqualTo(SIX_AM.plusSeconds(60));
    }
}
