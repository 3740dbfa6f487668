package io.streampulse.simfeed.feed;

import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.budget.BudgetSettings;
import io.streampulse.twitch.budget.InMemoryRateBudget;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;

/** The libs/twitch Helix client wired to an embedded simulator. */
public final class SimulatorHelix {

    private SimulatorHelix() {
    }

    /**
     * A client of the simulator's registered application with an in-memory budget of the simulator's own limit
     * (start the simulator with a large {@code rateLimitPerMinute}: the feed is not paced, its steps are sim time).
     */
    public static HelixClient client(TwitchSimulator sim) {
        SimConfig config = sim.config();
        return HelixClient.builder(TwitchConfig.of(sim.helixUrl(), sim.authUrl(), config.clientId(),
                config.clientSecret()))
            .budget(InMemoryRateBudget.create(BudgetSettings.defaults(config.clientId())
                .withLimitPerMinute(config.rateLimitPerMinute())))
            .build();
    }
}
