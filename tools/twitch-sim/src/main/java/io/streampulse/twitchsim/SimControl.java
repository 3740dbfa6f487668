package io.streampulse.twitchsim;

import io.streampulse.twitchsim.eventsub.EventSubModule;
import io.streampulse.twitchsim.eventsub.Subscription;
import io.streampulse.twitchsim.fault.Faults;
import io.streampulse.twitchsim.oauth.Grants;
import io.streampulse.twitchsim.oauth.TokenStore;
import io.streampulse.twitchsim.ratelimit.RateLimiter;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.Moderators;
import io.streampulse.twitchsim.world.World;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Programmatic admin of the simulator (mirrored by the /admin HTTP API): authorize broadcasters, trigger events,
 * force streams online/offline, revoke, inject faults, advance a MANUAL clock. Users are named by id or login;
 * an unknown one is an {@link IllegalArgumentException}.
 */
public final class SimControl {
    private final SimConfig config;
    private final SimClock clock;
    private final World world;
    private final Grants grants;
    private final TokenStore tokens;
    private final Moderators moderators;
    private final Faults faults;
    private final RateLimiter limiter;
    private final RuntimeKnobs knobs;
    private final EventSubModule eventSub;
    private final WorldEventRouter router;

    SimControl(SimConfig config, SimClock clock, World world, Grants grants, TokenStore tokens, Moderators moderators,
               Faults faults, RateLimiter limiter, RuntimeKnobs knobs, EventSubModule eventSub, WorldEventRouter router) {
        this.config = config;
        this.clock = clock;
        this.world = world;
        this.grants = grants;
        this.tokens = tokens;
        this.moderators = moderators;
        this.faults = faults;
        this.limiter = limiter;
        this.knobs = knobs;
        this.eventSub = eventSub;
        this.router = router;
    }

    /** The user grants the configured client these scopes (as through the consent page) and gets a user token. */
    public UserAuthorization authorizeBroadcaster(String user, String... scopes) {
        return authorizeBroadcaster(user, Arrays.asList(scopes));
    }

    public UserAuthorization authorizeBroadcaster(String user, Collection<String> scopes) {
        int ch = index(user);
        grants.grant(ch, config.clientId(), scopes);
        List<String> granted = List.copyOf(new TreeSet<>(grants.scopes(ch, config.clientId())));
        TokenStore.UserTokens issued = tokens.issueUser(config.clientId(), ch, granted);
        Channels channels = world.channels();
        return new UserAuthorization(channels.userId(ch), channels.login(ch), issued.access().value(),
                issued.refreshToken(), granted);
    }

    public void addModerator(String broadcaster, String moderator) {
        moderators.add(index(broadcaster), index(moderator));
    }

    /**
     * The user disconnects the app: grant and tokens are gone, user.authorization.revoke is sent (if the user had
     * authorized the client), and the
     * subscriptions that needed this user's authorization become authorization_revoked (with a revocation message).
     * Returns the ids of the user.authorization.revoke notifications.
     */
    public List<String> revokeUser(String user) {
        int ch = index(user);
        String clientId = config.clientId();
        boolean hadAuthorized = grants.revoke(ch, clientId);
        tokens.dropUser(ch, clientId);
        List<String> ids = hadAuthorized ? eventSub.hub().publishAuthorizationRevoked(clientId, ch) : List.of();
        String userId = world.channels().userId(ch);
        for (Subscription s : eventSub.store().forClient(clientId)) {
            if (s.isActive() && s.spec().needsAuthorization() && userId.equals(s.condition().get(s.spec().authorizedBy()))) {
                eventSub.hub().revoke(s, Subscription.AUTHORIZATION_REVOKED);
            }
        }
        return ids;
    }

    /** Twitch revokes a subscription: its status becomes {@code reason} and a revocation message is sent. */
    public void revokeSubscription(String subscriptionId, String reason) {
        Subscription s = eventSub.store().find(subscriptionId)
                .orElseThrow(() -> new IllegalArgumentException("unknown subscription: " + subscriptionId));
        eventSub.hub().revoke(s, reason);
    }

    public Optional<String> subscriptionStatus(String subscriptionId) {
        return eventSub.store().find(subscriptionId).map(Subscription::status);
    }

    public List<String> triggerEvent(String type, String broadcaster) {
        return triggerEvent(type, broadcaster, false);
    }

    /**
     * Makes one event of an EventSub type happen on a channel now; returns the ids of the notifications queued
     * (empty when nobody is subscribed). Anonymous applies to gifts and cheers.
     */
    public List<String> triggerEvent(String type, String broadcaster, boolean anonymous) {
        int ch = index(broadcaster);
        return switch (type) {
            case "stream.online" -> router.collect(() -> world.forceOnline(ch, clock.now()));
            case "stream.offline" -> router.collect(() -> world.forceOffline(ch, clock.now()));
            case "channel.update" -> router.collect(() -> world.changeTitle(ch, clock.now()));
            case "channel.raid" -> router.collect(() -> world.raid(ch, clock.now()));
            case "user.authorization.revoke" -> revokeUser(broadcaster);
            default -> {
                WorldEventRouter.Collected<Boolean> run =
                        router.collect(() -> world.trigger(type, ch, anonymous, clock.now()));
                if (!run.result()) {
                    throw new IllegalArgumentException("cannot trigger event type: " + type);
                }
                yield run.ids();
            }
        };
    }

    /** A raid from one channel to another; returns the ids of the channel.raid notifications queued. */
    public List<String> triggerRaid(String fromBroadcaster, String toBroadcaster) {
        int from = index(fromBroadcaster);
        int to = index(toBroadcaster);
        return router.collect(() -> world.raid(from, to, clock.now()));
    }

    public void forceOnline(String broadcaster) {
        triggerEvent("stream.online", broadcaster);
    }

    public void forceOffline(String broadcaster) {
        triggerEvent("stream.offline", broadcaster);
    }

    public void setFault5xxRate(double rate) { faults.set5xxRate(rate); }
    public void setFaultLatency(Duration latency) { faults.setLatency(latency); }
    /** Every app access token stops working now (Helix answers 401 until the client gets a new one). */
    public int expireAppTokens() { return tokens.expireAppTokens(); }
    public void setRateLimitPerMinute(int limit) { limiter.setLimitPerMinute(limit); }
    public void setFlapRate(double rate) { knobs.flapRate(rate); }
    public void setDuplicateDeliveryRate(double rate) { knobs.duplicateDeliveryRate(rate); }
    public void setEventRatePerChannel(double rate) { world.setEventRatePerChannel(rate); }
    /** MANUAL clock only: moves sim time and runs the ticks in between. */
    public void advanceClock(Duration step) { clock.advance(step); }

    /** A new app access token of the configured client (what client_credentials returns). */
    public String issueAppToken() {
        return tokens.issueApp(config.clientId()).value();
    }

    public String userId(String login) {
        return world.channels().userId(index(login));
    }

    public String login(String userId) {
        return world.channels().login(index(userId));
    }

    private int index(String user) {
        Channels channels = world.channels();
        int byId = channels.byUserId(user);
        int ch = byId >= 0 ? byId : channels.byLogin(user);
        if (ch < 0) {
            throw new IllegalArgumentException("unknown user: " + user);
        }
        return ch;
    }
}
