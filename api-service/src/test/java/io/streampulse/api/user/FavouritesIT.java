package io.streampulse.api.user;

import static io.streampulse.api.user.fixtures.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.streampulse.api.user.fixtures.Browser;
import io.streampulse.api.user.fixtures.SimUsers;
import io.streampulse.api.user.fixtures.TwitchLogins;
import io.streampulse.api.user.fixtures.UsersStack;
import io.streampulse.api.user.fixtures.WatchlistRecords;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Favourite streamer: set, change, clear, and what twitch.watchlist.v1 says about each channel (watched with its
 * number of watchers, tombstone when nobody watches); deleting the account. Users 10..29 of the simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FavouritesIT {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    private UsersStack stack;
    private TwitchLogins logins;
    private SimUsers twitch;
    private WatchlistRecords watchlist;

    @BeforeAll
    void start() {
        stack = UsersStack.start("api-favourites", Map.of());
        logins = new TwitchLogins(stack);
        twitch = new SimUsers(stack);
        watchlist = new WatchlistRecords();
    }

    @AfterAll
    void stop() {
        watchlist.close();
        stack.close();
    }

    @Test
    void settingChangingAndClearingTheFavouriteMovesTheWatchlist() {
        // Given user 10 logged in; channels 20 and 21 nobody watches
        Browser user = loggedIn(10);
        String first = stack.userId(20);
        String second = stack.userId(21);

        // When they choose channel 20 (by its login, in any case)
        HttpResponse<String> chosen = user.send("PUT", stack.url("/api/v1/me/favourite"),
            "{\"login\":\"" + stack.login(20).toUpperCase() + "\"}");

        // Then they see it as their favourite, and channel 20 is watched by one
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(SimUsers.json(chosen.body()).path("favourite")).isEqualTo(SimUsers.json(
            "{\"broadcaster_id\":\"" + first + "\",\"login\":\"" + stack.login(20) + "\",\"name\":\""
                + twitch.displayName(first) + "\"}"));
        awaitWatched(first, 1);

        // When they change to channel 21
        user.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":\"" + stack.login(21) + "\"}");

        // Then 21 is watched and 20 is a tombstone: nobody watches it any more
        awaitWatched(second, 1);
        awaitTombstone(first);

        // When they clear it
        HttpResponse<String> cleared = user.send("DELETE", stack.url("/api/v1/me/favourite"), null);

        // Then it is gone from /me and 21 is a tombstone too
        assertThat(cleared.statusCode()).isEqualTo(204);
        assertThat(SimUsers.json(user.get(stack.url("/api/v1/me")).body()).path("favourite").isNull()).isTrue();
        awaitTombstone(second);
        assertThat(watchlist.of(first).stream().map(r -> r.map(w -> w.broadcasterLogin() + " watched by "
            + w.watchers()).orElse("tombstone"))).containsExactly(stack.login(20) + " watched by 1", "tombstone");
    }

    @Test
    void aChannelStaysWatchedWhileAnyUserHasItAsFavourite() {
        // Given users 11 and 12 both choose channel 22
        Browser one = loggedIn(11);
        Browser two = loggedIn(12);
        String channel = stack.userId(22);
        choose(one, 22);
        choose(two, 22);
        awaitWatched(channel, 2);

        // When user 11 clears theirs
        one.send("DELETE", stack.url("/api/v1/me/favourite"), null);

        // Then the channel is still watched, by one
        awaitWatched(channel, 1);
        assertThat(stack.query("select count(*) from favourites where broadcaster_id = '" + channel + "'"))
            .containsExactly("1");
    }

    @Test
    void deletingTheAccountRemovesEveryRowAndUpdatesTheWatchlist() {
        // Given user 13 with channel 23 as favourite, logged in twice
        Browser user = loggedIn(13);
        Browser otherDevice = loggedIn(13);
        choose(user, 23);
        String channel = stack.userId(23);
        String me = stack.userId(13);
        awaitWatched(channel, 1);
        String token = stack.query("select access_token from users where user_id = '" + me + "'").get(0);

        // When they delete their account
        HttpResponse<String> deleted = user.send("DELETE", stack.url("/api/v1/me"), null);

        // Then nothing of theirs is left, both sessions are over, the channel is a tombstone, the token is revoked
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(Browser.setCookie(deleted, "sp_session")).contains("Max-Age=0");
        assertThat(stack.query("select (select count(*) from users where user_id = '" + me + "')"
            + " + (select count(*) from sessions where user_id = '" + me + "')"
            + " + (select count(*) from favourites where user_id = '" + me + "')")).containsExactly("0");
        assertProblem(otherDevice.get(stack.url("/api/v1/me")), 401);
        awaitTombstone(channel);
        await().atMost(Duration.ofSeconds(10)).until(() -> !twitch.tokenIsValid(token));
    }

    @Test
    void badFavouriteRequestsAreProblems() {
        // Given user 14 logged in, and a browser without a session
        Browser user = loggedIn(14);
        Browser anonymous = new Browser(stack);

        // Then an invalid login is 400, an unknown one 404, a broken body 400, no session 401
        assertProblem(user.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":\"not a login!\"}"), 400);
        assertProblem(user.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":\"" + "x".repeat(26) + "\"}"),
            400);
        assertProblem(user.send("PUT", stack.url("/api/v1/me/favourite"), "{}"), 400);
        assertProblem(user.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":\"nobody_here_zz\"}"), 404);
        assertProblem(user.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":"), 400);
        assertProblem(anonymous.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":\"x\"}"), 401);
        assertProblem(anonymous.send("DELETE", stack.url("/api/v1/me/favourite"), null), 401);
        assertProblem(anonymous.send("DELETE", stack.url("/api/v1/me"), null), 401);
        assertThat(stack.query("select count(*) from favourites where user_id = '" + stack.userId(14) + "'"))
            .containsExactly("0");
    }

    private Browser loggedIn(int user) {
        Browser browser = new Browser(stack);
        assertThat(logins.logIn(browser, stack.login(user), false).statusCode()).isEqualTo(302);
        return browser;
    }

    private void choose(Browser browser, int channel) {
        HttpResponse<String> chosen = browser.send("PUT", stack.url("/api/v1/me/favourite"),
            "{\"login\":\"" + stack.login(channel) + "\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    }

    private void awaitWatched(String broadcasterId, int watchers) {
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> {
            Optional<ChannelWatched> latest = watchlist.latest(broadcasterId);
            assertThat(latest).isNotNull();
            assertThat(latest).get().extracting(ChannelWatched::watchers, ChannelWatched::wantsAuthorizedEvents)
                .containsExactly(watchers, false);
        });
    }

    private void awaitTombstone(String broadcasterId) {
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(watchlist.latest(broadcasterId)).isEmpty());
    }
}
