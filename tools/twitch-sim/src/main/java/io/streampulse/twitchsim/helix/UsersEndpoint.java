package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.Times;
import io.streampulse.twitchsim.world.Channels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /helix/users}: id and/or login (at most 100 combined); no parameter with a user token = that user. */
final class UsersEndpoint implements HelixEndpoint {
    private final Channels channels;

    UsersEndpoint(Channels channels) {
        this.channels = channels;
    }

    @Override
    public void handle(HttpCall call, Caller caller) {
        List<String> ids = call.queryAll("id");
        List<String> logins = call.queryAll("login");
        if (ids.size() + logins.size() > 100) {
            throw ApiError.helix(400, "The sum of the \"id\" and \"login\" parameters must not exceed 100");
        }
        Set<Integer> users = new LinkedHashSet<>();
        if (ids.isEmpty() && logins.isEmpty()) {
            if (caller.isApp()) {
                throw ApiError.helix(400, "Must provide an ID, Login or OAuth Token");
            }
            users.add(caller.user());
        }
        ids.forEach(id -> addIfKnown(users, channels.byUserId(id)));
        logins.forEach(login -> addIfKnown(users, channels.byLogin(login)));
        List<Map<String, Object>> data = new ArrayList<>(users.size());
        users.forEach(u -> data.add(user(u, caller)));
        call.json(200, Map.of("data", data));
    }

    private Map<String, Object> user(int u, Caller caller) {
        String login = channels.login(u);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", channels.userId(u));
        user.put("login", login);
        user.put("display_name", channels.displayName(u));
        user.put("type", "");
        user.put("broadcaster_type", channels.broadcasterType(u));
        user.put("description", "Simulated channel " + login + ".");
        user.put("profile_image_url", "https://static-cdn.jtvnw.net/jtv_user_pictures/" + login + "-profile_image-300x300.png");
        user.put("offline_image_url", u % 3 == 0 ? ""
                : "https://static-cdn.jtvnw.net/jtv_user_pictures/" + login + "-channel_offline_image-1920x1080.png");
        user.put("view_count", 0);
        if (!caller.isApp() && caller.user() == u && caller.hasScope("user:read:email")) {
            user.put("email", login + "@users.twitch-sim.invalid");
        }
        user.put("created_at", Times.seconds(Instant.ofEpochSecond(channels.createdAtSeconds(u))));
        return user;
    }

    private static void addIfKnown(Set<Integer> set, int index) {
        if (index >= 0) {
            set.add(index);
        }
    }
}
