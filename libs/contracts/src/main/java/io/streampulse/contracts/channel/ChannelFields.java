package io.streampulse.contracts.channel;

import io.streampulse.contracts.event.Require;
import java.util.Set;

/** Checks shared by the channel event records. */
final class ChannelFields {

    private static final Set<String> TIERS = Set.of("1000", "2000", "3000");

    private ChannelFields() {
    }

    static void broadcaster(String id, String login, String name) {
        Require.text(id, "broadcaster_id");
        Require.text(login, "broadcaster_login");
        Require.present(name, "broadcaster_name");
    }

    static void user(String id, String login, String name) {
        Require.text(id, "user_id");
        Require.text(login, "user_login");
        Require.present(name, "user_name");
    }

    static String tier(String tier) {
        Require.present(tier, "tier");
        if (!TIERS.contains(tier)) {
            throw new IllegalArgumentException("tier must be one of 1000, 2000, 3000 but was " + tier);
        }
        return tier;
    }
}
