package io.streampulse.ingest.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitPlannerTest {

    private static SweepSettings settings(List<String> languages, List<String> games, int topN) {
        return new SweepSettings(Duration.ofMinutes(2), Duration.ofSeconds(90), languages, games, topN,
            List.of("en", "fr", "other"), 3000, 2, 200, 1500, 3);
    }

    @Test
    void withoutFiltersEveryLanguageOfTheListIsASplit() {
        assertThat(SplitPlanner.plan(settings(List.of(), List.of(), 0), Map.of())).containsExactly(
            new SweepSplit("lang=en", List.of("en"), List.of(), 0),
            new SweepSplit("lang=fr", List.of("fr"), List.of(), 0),
            new SweepSplit("lang=other", List.of("other"), List.of(), 0));
    }

    @Test
    void aLanguageLargerThanTheThresholdAlsoGetsSplitsForItsBiggestGames() {
        Map<String, LanguageStats> lastSeen = Map.of(
            "en", new LanguageStats(45_000, List.of("509658", "21779", "33214")),
            "fr", new LanguageStats(2_000, List.of("509658")));

        assertThat(SplitPlanner.plan(settings(List.of(), List.of(), 0), lastSeen)).extracting(SweepSplit::id)
            .containsExactly("lang=en;game=509658", "lang=en;game=21779", "lang=en", "lang=fr", "lang=other");
    }

    @Test
    void anOperatorsLanguagesReplaceTheList() {
        assertThat(SplitPlanner.plan(settings(List.of("de", "fr"), List.of(), 0), Map.of()))
            .extracting(SweepSplit::id).containsExactly("lang=de", "lang=fr");
    }

    @Test
    void aTopNSliceIsOneSplitStoppedAfterNStreams() {
        assertThat(SplitPlanner.plan(settings(List.of("fr"), List.of(), 2000), Map.of()))
            .containsExactly(new SweepSplit("top=2000", List.of("fr"), List.of(), 2000));
    }

    @Test
    void gamesAreSweptInGroupsOfTen() {
        List<String> games = IntStream.range(0, 12).mapToObj(Integer::toString).toList();

        assertThat(SplitPlanner.plan(settings(List.of("fr"), games, 0), Map.of())).containsExactly(
            new SweepSplit("games=0,1,2,3,4,5,6,7,8,9", List.of("fr"), games.subList(0, 10), 0),
            new SweepSplit("games=10,11", List.of("fr"), games.subList(10, 12), 0));
    }
}
