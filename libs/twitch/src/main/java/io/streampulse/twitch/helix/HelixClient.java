package io.streampulse.twitch.helix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.twitch.TwitchConfig;
import io.streampulse.twitch.TwitchJson;
import io.streampulse.twitch.budget.Priority;
import io.streampulse.twitch.eventsub.EventSubSubscription;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Typed, non-blocking Helix client. App-token calls draw from the shared {@link RateBudget} at this
 * client's {@link Priority} ({@link #withPriority}); every failure is a {@link HelixException}.
 * Build one per process with {@link #builder(TwitchConfig)} and share it.
 */
public final class HelixClient implements AutoCloseable {

    private final HelixRequestExecutor executor;
    private final Priority priority;
    private final AutoCloseable owned;
    private final ObjectMapper json = TwitchJson.mapper();

    HelixClient(HelixRequestExecutor executor, Priority priority, AutoCloseable owned) {
        this.executor = executor;
        this.priority = priority;
        this.owned = owned;
    }

    public static HelixClientBuilder builder(TwitchConfig config) {
        return new HelixClientBuilder(config);
    }

    /** The same client (same budget, token and connections) asking at another priority. */
    public HelixClient withPriority(Priority newPriority) {
        return new HelixClient(executor, Objects.requireNonNull(newPriority), null);
    }

    public Priority priority() {
        return priority;
    }

    /** {@code GET /streams}. */
    public CompletableFuture<HelixPage<HelixStream>> getStreams(StreamsQuery query) {
        String path = "/streams" + new QueryString().addAll("user_id", query.userIds())
                .addAll("user_login", query.userLogins()).addAll("game_id", query.gameIds())
                .addAll("language", query.languages()).add("type", query.type()).add("first", query.first())
                .add("after", query.after()).add("before", query.before());
        return page(appCall("streams", "GET", path, query.idCount()), HelixStream.class);
    }

    /** {@code GET /users}: 1..100 ids and logins combined. */
    public CompletableFuture<List<HelixUser>> getUsers(List<String> ids, List<String> logins) {
        int count = requireCombined(100, ids, logins);
        String path = "/users" + new QueryString().addAll("id", ids).addAll("login", logins);
        return page(appCall("users", "GET", path, count), HelixUser.class).thenApply(HelixPage::data);
    }

    /** {@code GET /games}: 1..100 ids, exact names and IGDB ids combined. */
    public CompletableFuture<List<HelixGame>> getGames(List<String> ids, List<String> names, List<String> igdbIds) {
        int count = requireCombined(100, ids, names, igdbIds);
        String path = "/games" + new QueryString().addAll("id", ids).addAll("name", names).addAll("igdb_id", igdbIds);
        return page(appCall("games", "GET", path, count), HelixGame.class).thenApply(HelixPage::data);
    }

    /** {@code GET /games/top}, most viewed first. */
    public CompletableFuture<HelixPage<HelixGame>> getTopGames(PageRequest page) {
        page.requireFirstAtMost(100);
        return page(appCall("games/top", "GET", "/games/top" + new QueryString().page(page), 0), HelixGame.class);
    }

    /** {@code GET /channels}: 1..100 broadcaster ids. */
    public CompletableFuture<List<HelixChannel>> getChannels(List<String> broadcasterIds) {
        int count = requireCombined(100, broadcasterIds);
        String path = "/channels" + new QueryString().addAll("broadcaster_id", broadcasterIds);
        return page(appCall("channels", "GET", path, count), HelixChannel.class).thenApply(HelixPage::data);
    }

    /** {@code GET /channels/followers} with the app token: Twitch then answers only {@code total}. */
    public CompletableFuture<HelixPage<HelixFollower>> getChannelFollowers(String broadcasterId, PageRequest page) {
        return page(new HelixCall("channels/followers", "GET", followersPath(broadcasterId, null, page), null, 0,
                priority, null), HelixFollower.class);
    }

    /**
     * {@code GET /channels/followers} with a user token of the broadcaster or a moderator
     * ({@code moderator:read:followers}); {@code userId} (nullable) asks whether that user follows.
     */
    public CompletableFuture<HelixPage<HelixFollower>> getChannelFollowers(String broadcasterId, String userId,
                                                                          PageRequest page, String userAccessToken) {
        return page(new HelixCall("channels/followers", "GET", followersPath(broadcasterId, userId, page), null, 0,
                priority, requireToken(userAccessToken)), HelixFollower.class);
    }

    /** {@code GET /chat/chatters}: user token of {@code moderatorId} with {@code moderator:read:chatters}. */
    public CompletableFuture<HelixPage<HelixChatter>> getChatters(String broadcasterId, String moderatorId,
                                                                 PageRequest page, String userAccessToken) {
        page.requireFirstAtMost(1000);
        if (page.before() != null) {
            throw new IllegalArgumentException("chatters support no before cursor");
        }
        String path = "/chat/chatters" + new QueryString().add("broadcaster_id", required(broadcasterId, "broadcasterId"))
                .add("moderator_id", required(moderatorId, "moderatorId")).page(page);
        return page(new HelixCall("chat/chatters", "GET", path, null, 0, priority, requireToken(userAccessToken)),
                HelixChatter.class);
    }

    /** {@code POST /eventsub/subscriptions} (app token: webhook and conduit transports). */
    public CompletableFuture<EventSubSubscriptionList> createEventSubSubscription(CreateEventSubSubscription request) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise subscription request", e);
        }
        HelixCall call = new HelixCall("eventsub/subscriptions", "POST", "/eventsub/subscriptions", body, 0, priority,
                null);
        return subscriptions(call);
    }

    /** {@code GET /eventsub/subscriptions}, oldest first; {@code after} null for the first page. */
    public CompletableFuture<EventSubSubscriptionList> listEventSubSubscriptions(EventSubFilter filter, String after) {
        String path = "/eventsub/subscriptions" + new QueryString().add(filter.key(), filter.value())
                .add("after", after);
        return subscriptions(appCall("eventsub/subscriptions", "GET", path, 0));
    }

    /** {@code DELETE /eventsub/subscriptions?id=} (204; unknown id → {@link HelixException.NotFound}). */
    public CompletableFuture<Void> deleteEventSubSubscription(String id) {
        String path = "/eventsub/subscriptions" + new QueryString().add("id", required(id, "id"));
        return executor.execute(appCall("eventsub/subscriptions", "DELETE", path, 0)).thenAccept(body -> { });
    }

    /** Closes what the builder created for this client (the default in-memory budget). */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing Helix client resources failed", e);
            }
        }
    }

    private HelixCall appCall(String endpoint, String method, String pathQuery, int ids) {
        return new HelixCall(endpoint, method, pathQuery, null, ids, priority, null);
    }

    private <T> CompletableFuture<HelixPage<T>> page(HelixCall call, Class<T> itemType) {
        JavaType type = json.getTypeFactory().constructParametricType(HelixEnvelope.class, itemType);
        return executor.execute(call).thenApply(body -> this.<HelixEnvelope<T>>read(call, body, type).toPage());
    }

    private CompletableFuture<EventSubSubscriptionList> subscriptions(HelixCall call) {
        JavaType type = json.getTypeFactory().constructParametricType(HelixEnvelope.class, EventSubSubscription.class);
        return executor.execute(call).thenApply(body -> {
            HelixEnvelope<EventSubSubscription> e = read(call, body, type);
            return new EventSubSubscriptionList(e.data(), orZero(e.total()), orZero(e.totalCost()),
                    orZero(e.maxTotalCost()), e.cursor());
        });
    }

    private <E> E read(HelixCall call, String body, JavaType type) {
        try {
            E envelope = json.readValue(body, type);
            if (envelope == null) {
                throw new IOException("empty body");
            }
            return envelope;
        } catch (IOException e) {
            throw new HelixException.MalformedResponse(call.endpoint(), 200, e);
        }
    }

    private static String followersPath(String broadcasterId, String userId, PageRequest page) {
        page.requireFirstAtMost(100);
        if (page.before() != null) {
            throw new IllegalArgumentException("followers support no before cursor");
        }
        return "/channels/followers" + new QueryString().add("broadcaster_id", required(broadcasterId, "broadcasterId"))
                .add("user_id", userId).page(page);
    }

    @SafeVarargs
    private static int requireCombined(int max, List<String>... lists) {
        int count = 0;
        for (List<String> list : lists) {
            count += list == null ? 0 : list.size();
        }
        if (count < 1 || count > max) {
            throw new IllegalArgumentException("between 1 and " + max + " values required, got " + count);
        }
        return count;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String requireToken(String token) {
        return required(token, "userAccessToken");
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
