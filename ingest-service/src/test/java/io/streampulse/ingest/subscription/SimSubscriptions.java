package io.streampulse.ingest.subscription;

import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.eventsub.EventSubSubscription;
import io.streampulse.twitch.helix.EventSubFilter;
import io.streampulse.twitch.helix.EventSubSubscriptionList;
import io.streampulse.twitch.helix.HelixClient;
import io.streampulse.twitchsim.TwitchSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the simulated Twitch holds for one callback URL, read through Helix as an operator would. */
final class SimSubscriptions implements AutoCloseable {

    private final HelixClient helix;
    private final String callback;

    SimSubscriptions(TwitchSimulator sim, String callback) {
        this.helix = HelixClient.builder(TwitchConfig.of(sim.helixUrl(), sim.authUrl(), sim.config().clientId(),
            sim.config().clientSecret())).build();
        this.callback = callback;
    }

    List<EventSubSubscription> all() {
        List<EventSubSubscription> all = new ArrayList<>();
        String cursor = null;
        do {
            EventSubSubscriptionList page = helix.listEventSubSubscriptions(EventSubFilter.none(), cursor).join();
            page.data().stream().filter(s -> callback.equals(s.transport().callback())).forEach(all::add);
            cursor = page.cursor();
        } while (cursor != null);
        return all;
    }

    List<EventSubSubscription> enabled() {
        return all().stream().filter(s -> s.status().equals("enabled")).toList();
    }

    /** Channel → sorted "type:condition" of its enabled subscriptions ("app" for user.authorization.revoke). */
    Map<String, List<String>> enabledByChannel() {
        return enabled().stream().collect(Collectors.groupingBy(SimSubscriptions::channel, TreeMap::new,
            Collectors.mapping(s -> s.type() + ":" + new TreeMap<>(s.condition()), Collectors.collectingAndThen(
                Collectors.toList(), l -> l.stream().sorted().toList()))));
    }

    static String channel(EventSubSubscription s) {
        String channel = WantedSubscription.of(s).channel();
        return channel == null ? "app" : channel;
    }

    @Override
    public void close() {
        helix.close();
    }
}
