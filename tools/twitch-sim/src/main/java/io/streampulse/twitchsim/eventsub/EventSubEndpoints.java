package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.helix.Caller;
import io.streampulse.twitchsim.helix.Cursor;
import io.streampulse.twitchsim.helix.HelixRoute;
import io.streampulse.twitchsim.helix.Params;
import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.oauth.Grants;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.Moderators;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** {@code /helix/eventsub/subscriptions}: create (202), list (one filter, oldest first), delete (204/404). */
public final class EventSubEndpoints {
    private static final int LIST_PAGE_SIZE = 100;
    private static final List<String> FILTERS = List.of("status", "type", "user_id", "subscription_id");

    private final EventSubHub hub;
    private final SubscriptionStore store;
    private final Grants grants;
    private final Moderators moderators;
    private final Channels channels;
    private final Supplier<Instant> clock;
    private final boolean allowHttpCallbacks;

    public EventSubEndpoints(EventSubHub hub, Grants grants, Moderators moderators, Channels channels,
                             Supplier<Instant> clock, boolean allowHttpCallbacks) {
        this.hub = hub;
        this.store = hub.store();
        this.grants = grants;
        this.moderators = moderators;
        this.channels = channels;
        this.clock = clock;
        this.allowHttpCallbacks = allowHttpCallbacks;
    }

    public void registerOn(HelixRoute route) {
        route.register("POST", "/eventsub/subscriptions", this::create);
        route.register("GET", "/eventsub/subscriptions", this::list);
        route.register("DELETE", "/eventsub/subscriptions", this::delete);
    }

    void create(HttpCall call, Caller caller) {
        CreateRequest request = CreateRequest.parse(call.body(), allowHttpCallbacks);
        if (!caller.isApp()) {
            throw ApiError.helix(401, "An app access token is required for the webhook transport");
        }
        checkConditionTargets(request, caller);
        checkAuthorization(request, caller);
        Subscription subscription = store.create(request.spec(), request.condition(), request.callback(),
                request.secret(), caller.clientId(), clock.get(), cost(request, caller));
        hub.challenge(subscription);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", List.of(subscription.toHelixJson()));
        body.put("total", store.forClient(caller.clientId()).size());
        body.put("total_cost", store.totalCost(caller.clientId()));
        body.put("max_total_cost", SubscriptionStore.MAX_TOTAL_COST);
        call.json(202, body);
    }

    void list(HttpCall call, Caller caller) {
        List<String> given = FILTERS.stream().filter(f -> call.query(f) != null).toList();
        if (given.size() > 1) {
            throw ApiError.helix(400, "Only one of the status, type, user_id and subscription_id filters may be specified");
        }
        List<Subscription> all = store.forClient(caller.clientId());
        List<Subscription> matching = given.isEmpty() ? all
                : all.stream().filter(filter(given.get(0), call.query(given.get(0)))).toList();
        Params.Page page = Params.page(call, LIST_PAGE_SIZE, matching.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("data", matching.subList(Math.min(page.start(), page.end()), page.end()).stream()
                .map(Subscription::toHelixJson).toList());
        body.put("total_cost", store.totalCost(caller.clientId()));
        body.put("max_total_cost", SubscriptionStore.MAX_TOTAL_COST);
        body.put("pagination", Cursor.pagination(page.cursor()));
        call.json(200, body);
    }

    void delete(HttpCall call, Caller caller) {
        String id = Params.required(call, "id");
        if (!store.delete(id, caller.clientId())) {
            throw ApiError.helix(404, "subscription not found");
        }
        call.empty(204);
    }

    private Predicate<Subscription> filter(String name, String value) {
        return switch (name) {
            case "status" -> s -> s.status().equals(value);
            case "type" -> s -> s.type().equals(value);
            case "subscription_id" -> s -> s.id().equals(value);
            default -> s -> s.condition().entrySet().stream()
                    .anyMatch(e -> s.spec().isUserKey(e.getKey()) && e.getValue().equals(value));
        };
    }

    private void checkConditionTargets(CreateRequest request, Caller caller) {
        request.condition().forEach((key, value) -> {
            if (request.spec().isUserKey(key) && channels.byUserId(value) < 0) {
                throw ApiError.helix(400, "The condition field " + key + " does not name an existing user");
            }
            if (!request.spec().isUserKey(key) && !value.equals(caller.clientId())) {
                throw ApiError.helix(403, "The client_id in the condition must match the client ID of the access token");
            }
        });
    }

    private void checkAuthorization(CreateRequest request, Caller caller) {
        SubscriptionType spec = request.spec();
        if (!spec.needsAuthorization()) {
            return;
        }
        int authorizer = channels.byUserId(request.condition().get(spec.authorizedBy()));
        int broadcaster = channels.byUserId(request.condition().get("broadcaster_user_id"));
        if (!grants.hasScope(authorizer, caller.clientId(), spec.scope())
                || !moderators.canModerate(authorizer, broadcaster)) {
            throw ApiError.helix(403, "subscription missing proper authorization");
        }
    }

    /** 0 for types needing authorization (granted), 1 for user.authorization.revoke, else 0 only if the user authorized us. */
    private int cost(CreateRequest request, Caller caller) {
        SubscriptionType spec = request.spec();
        if (spec.needsAuthorization()) {
            return 0;
        }
        if (!spec.conditionKeys().contains("broadcaster_user_id") && !spec.type().equals("channel.raid")) {
            return 1;
        }
        int user = channels.byUserId(request.condition().get(spec.conditionKeys().stream()
                .filter(request.condition()::containsKey).findFirst().orElseThrow()));
        return grants.hasAuthorized(user, caller.clientId()) ? 0 : 1;
    }
}
