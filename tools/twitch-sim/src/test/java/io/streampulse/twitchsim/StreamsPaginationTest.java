package io.streampulse.twitchsim;

import static io.streampulse.twitchsim.StreamsEndpointTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StreamsPaginationTest {

    @Test
    void aStableWorldPagesExactlyOnceThroughEveryLiveStream() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual())) {
            HelixClient helix = HelixClient.app(sim);

            List<String> swept = sweep(helix, 100, () -> { });

            Set<String> truth = sim.groundTruth().liveSessions().stream().map(SessionRecord::streamId)
                    .collect(Collectors.toSet());
            assertThat(swept).hasSize(truth.size()).doesNotHaveDuplicates();
            assertThat(new HashSet<>(swept)).isEqualTo(truth);
        }
    }

    @Test
    void aChangingWorldLosesAndRepeatsStreamsWhilePaging() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual())) {
            HelixClient helix = HelixClient.app(sim);
            Set<String> liveAtStart = streamIds(sim.groundTruth().liveSessions());

            List<String> swept = sweep(helix, 20, () -> sim.clock().advance(Duration.ofSeconds(30)));

            Set<String> liveThroughout = new HashSet<>(liveAtStart);
            liveThroughout.retainAll(streamIds(sim.groundTruth().liveSessions()));
            long duplicates = swept.size() - new HashSet<>(swept).size();
            long missed = liveThroughout.stream().filter(id -> !swept.contains(id)).count();
            System.out.printf("changing world sweep: %d returned, %d duplicates, %d of %d missed%n",
                    swept.size(), duplicates, missed, liveThroughout.size());
            assertThat(duplicates).isPositive();
            assertThat(missed).isPositive();
        }
    }

    @Test
    void aLiveStreamIsSometimesMissingFromAResponseWhenItFlaps() {
        try (TwitchSimulator sim = TwitchSimulator.start(TestSims.manual().withFlapRate(0.5))) {
            HelixClient helix = HelixClient.app(sim);
            String userId = sim.groundTruth().liveSessions().get(0).broadcasterId();

            List<Integer> sizes = IntStream.range(0, 40)
                    .mapToObj(i -> helix.get("/streams?user_id=" + userId).json().get("data").size()).toList();

            assertThat(sizes).contains(0, 1);
        }
    }

    static List<String> sweep(HelixClient helix, int first, Runnable betweenPages) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = helix.get("/streams?first=" + first + (cursor == null ? "" : "&after=" + cursor)).json();
            ids.addAll(values(page.get("data"), "id"));
            cursor = page.get("pagination").has("cursor") ? page.get("pagination").get("cursor").asText() : null;
            betweenPages.run();
        } while (cursor != null);
        return ids;
    }

    private static Set<String> streamIds(List<SessionRecord> sessions) {
        return sessions.stream().map(SessionRecord::streamId).collect(Collectors.toSet());
    }
}
