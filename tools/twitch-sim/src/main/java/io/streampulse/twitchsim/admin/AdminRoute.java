package io.streampulse.twitchsim.admin;

import io.streampulse.twitchsim.GroundTruth;
import io.streampulse.twitchsim.SimControl;
import io.streampulse.twitchsim.UserAuthorization;
import io.streampulse.twitchsim.eventsub.Subscription;
import io.streampulse.twitchsim.eventsub.SubscriptionStore;
import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.SimHttpServer;
import io.streampulse.twitchsim.truth.EventRecord;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@code /admin}: ground truth and stats (GET) and the HTTP face of {@link SimControl} (POST). */
public final class AdminRoute implements SimHttpServer.Route {
    private final SimControl control;
    private final GroundTruth truth;
    private final Supplier<Map<String, Object>> stats;
    private final Supplier<Map<String, Object>> world;
    private final SubscriptionStore subscriptions;

    public AdminRoute(SimControl control, GroundTruth truth, Supplier<Map<String, Object>> stats,
                      Supplier<Map<String, Object>> world, SubscriptionStore subscriptions) {
        this.control = control;
        this.truth = truth;
        this.stats = stats;
        this.world = world;
        this.subscriptions = subscriptions;
    }

    @Override
    public void handle(HttpCall call) {
        AdminParams p = new AdminParams(call);
        try {
            route(call, call.method() + " " + call.path(), p);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ApiError.helix(400, e.getMessage());
        }
    }

    private void route(HttpCall call, String route, AdminParams p) {
        switch (route) {
            case "GET /admin/truth/sessions" -> call.json(200, list(sessions(p).map(SessionRecord::toJson).toList()));
            case "GET /admin/truth/events" -> call.json(200, list(events(p).map(EventRecord::toJson).toList()));
            case "GET /admin/stats" -> call.json(200, stats.get());
            case "GET /admin/world" -> call.json(200, world.get());
            case "GET /admin/subscriptions" -> call.json(200, list(subscriptions.all().stream()
                    .map(this::subscription).toList()));
            case "POST /admin/clock/advance" -> {
                control.advanceClock(Duration.ofMillis((long) (p.number("seconds") == null ? 0
                        : p.number("seconds") * 1000)));
                call.json(200, world.get());
            }
            case "POST /admin/streams/online" -> ids(call, control.triggerEvent("stream.online", p.required("broadcaster_id")));
            case "POST /admin/streams/offline" -> ids(call, control.triggerEvent("stream.offline", p.required("broadcaster_id")));
            case "POST /admin/events/trigger" -> ids(call, control.triggerEvent(p.required("type"),
                    p.required("broadcaster_user_id"), p.flag("anonymous")));
            case "POST /admin/authorize" -> call.json(200, authorization(control.authorizeBroadcaster(
                    p.text("user_id") != null ? p.text("user_id") : p.required("login"), p.list("scopes"))));
            case "POST /admin/users/revoke" -> ids(call, control.revokeUser(p.required("user_id")));
            case "POST /admin/subscriptions/revoke" -> {
                control.revokeSubscription(p.required("id"), p.text("reason") == null ? "authorization_revoked" : p.text("reason"));
                call.empty(204);
            }
            case "POST /admin/moderators" -> {
                control.addModerator(p.required("broadcaster_id"), p.required("moderator_id"));
                call.empty(204);
            }
            case "POST /admin/tokens/expire" -> call.json(200, Map.of("expired", control.expireAppTokens()));
            case "POST /admin/faults" -> {
                faults(p);
                call.empty(204);
            }
            default -> throw ApiError.helix(404, "Not Found");
        }
    }

    private void faults(AdminParams p) {
        if (p.number("fault_5xx_rate") != null) control.setFault5xxRate(p.number("fault_5xx_rate"));
        if (p.number("fault_latency_ms") != null) control.setFaultLatency(Duration.ofMillis(p.number("fault_latency_ms").longValue()));
        if (p.number("flap_rate") != null) control.setFlapRate(p.number("flap_rate"));
        if (p.number("rate_limit_per_minute") != null) control.setRateLimitPerMinute(p.number("rate_limit_per_minute").intValue());
        if (p.number("duplicate_delivery_rate") != null) control.setDuplicateDeliveryRate(p.number("duplicate_delivery_rate"));
        if (p.number("event_rate_per_channel") != null) control.setEventRatePerChannel(p.number("event_rate_per_channel"));
    }

    private Stream<SessionRecord> sessions(AdminParams p) {
        String status = p.text("status");
        List<SessionRecord> base = "live".equals(status) ? truth.liveSessions()
                : "ended".equals(status) ? truth.endedSessions() : truth.sessions();
        String broadcaster = p.text("broadcaster_id");
        return base.stream().filter(s -> broadcaster == null || s.broadcasterId().equals(broadcaster));
    }

    private Stream<EventRecord> events(AdminParams p) {
        String type = p.text("type");
        String broadcaster = p.text("broadcaster_user_id");
        String messageType = p.text("message_type");
        return truth.events().stream()
                .filter(e -> type == null || e.subscriptionType().equals(type))
                .filter(e -> broadcaster == null || broadcaster.equals(e.broadcasterUserId()))
                .filter(e -> messageType == null || e.messageType().equals(messageType));
    }

    private Map<String, Object> subscription(Subscription s) {
        Map<String, Object> json = new LinkedHashMap<>(s.toHelixJson());
        json.put("client_id", s.clientId());
        return json;
    }

    private static Map<String, Object> authorization(UserAuthorization a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user_id", a.userId());
        json.put("login", a.login());
        json.put("access_token", a.accessToken());
        json.put("refresh_token", a.refreshToken());
        json.put("scopes", a.scopes());
        return json;
    }

    private static Map<String, Object> list(List<?> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", data.size());
        body.put("data", data);
        return body;
    }

    private static void ids(HttpCall call, List<String> ids) {
        call.json(200, Map.of("message_ids", ids));
    }
}
