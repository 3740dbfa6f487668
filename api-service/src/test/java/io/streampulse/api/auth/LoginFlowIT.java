package io.streampulse.api.auth;

import static io.streampulse.api.user.fixtures.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.api.user.fixtures.Browser;
import io.streampulse.api.user.fixtures.SimUsers;
import io.streampulse.api.user.fixtures.TwitchLogins;
import io.streampulse.api.user.fixtures.UsersStack;
import io.streampulse.api.user.fixtures.WatchlistRecords;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Log in with Twitch end to end: our redirect, the simulator's consent page, our callback, the session cookie,
 * /api/v1/me; refused and denied callbacks; logout; expired sessions and tokens. Users 1..9 of the simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFlowIT {

    private UsersStack stack;
    private TwitchLogins logins;
    private SimUsers twitch;

    @BeforeAll
    void start() {
        stack = UsersStack.start("api-login", Map.of());
        logins = new TwitchLogins(stack);
        twitch = new SimUsers(stack);
    }

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void aUserLogsInThroughTheConsentPageAndSeesThemselves() {
        // Given a browser, and user 1 of Twitch
        Browser browser = new Browser(stack);
        String login = stack.login(1);

        // When the user logs in and approves on Twitch's consent page
        HttpResponse<String> callback = logins.logIn(browser, login, false);

        // Then the callback opens a session in an HttpOnly, Lax cookie (not Secure over http) and goes to the start page
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).contains("/");
        assertThat(Browser.setCookie(callback, "sp_session")).containsIgnoringCase("HttpOnly")
            .contains("SameSite=Lax", "Path=/").doesNotContain("Secure");
        assertThat(Browser.setCookie(callback, "sp_oauth_state")).contains("Max-Age=0");

        // And /api/v1/me answers who they are
        HttpResponse<String> me = browser.get(stack.url("/api/v1/me"));
        assertThat(me.statusCode()).as(me.headers().map() + " " + me.body()).isEqualTo(200);
        assertThat(SimUsers.json(me.body())).isEqualTo(SimUsers.json("{\"user_id\":\"" + stack.userId(1)
            + "\",\"login\":\"" + login + "\",\"display_name\":\"" + twitch.displayName(stack.userId(1))
            + "\",\"favourite\":null,\"channel_grant\":false}"));

        // And the Twitch tokens are stored server-side only, never in the cookie
        String accessToken = stack.query("select access_token from users where user_id = '" + stack.userId(1) + "'")
            .get(0);
        assertThat(twitch.tokenIsValid(accessToken)).isTrue();
        assertThat(browser.cookie("sp_session")).doesNotContain(accessToken);
        assertThat(stack.query("select count(*) from sessions where user_id = '" + stack.userId(1) + "'"))
            .containsExactly("1");
    }

    @Test
    void theLoginStartSendsAFreshStateToTwitchAndBindsItToTheBrowser() {
        // When two browsers start a login
        Browser one = new Browser(stack);
        Browser two = new Browser(stack);
        HttpResponse<String> first = one.get(stack.url("/auth/login"));
        HttpResponse<String> second = two.get(stack.url("/auth/login?grant=channel"));

        // Then each goes to Twitch's authorize page with its own state, also held in its own cookie
        Map<String, String> firstQuery = query(first.headers().firstValue("Location").orElseThrow());
        Map<String, String> secondQuery = query(second.headers().firstValue("Location").orElseThrow());
        assertThat(first.headers().firstValue("Location").orElseThrow()).startsWith(stack.sim().authUrl() + "/authorize?");
        assertThat(firstQuery).containsEntry("response_type", "code").containsEntry("client_id", "streampulse-local")
            .containsEntry("redirect_uri", stack.url("/auth/callback")).containsEntry("scope", "")
            .containsEntry("state", one.cookie("sp_oauth_state"));
        assertThat(secondQuery).containsEntry("scope", "moderator:read:followers channel:read:subscriptions bits:read")
            .containsEntry("state", two.cookie("sp_oauth_state"));
        assertThat(one.cookie("sp_oauth_state")).isNotEqualTo(two.cookie("sp_oauth_state"));
        assertThat(Browser.setCookie(first, "sp_oauth_state")).contains("Path=/auth", "Max-Age=600")
            .containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aCallbackWithAForeignOrMissingStateIsRefusedAndLogsNobodyIn() {
        // Given Twitch's redirect back for user 2, approved in browser A
        Browser a = new Browser(stack);
        String callback = logins.consent(a, stack.login(2), "", "approve");

        // When the callback is opened in browser B, which has another login's state (login CSRF) or none at all
        Browser withOtherState = new Browser(stack);
        withOtherState.get(stack.url("/auth/login"));
        HttpResponse<String> foreign = withOtherState.get(callback);
        HttpResponse<String> stateless = new Browser(stack).get(callback);
        HttpResponse<String> tampered = a.get(callback.replaceAll("state=[^&]+", "state=forged"));

        // Then each is a 400 problem, without a session, and nobody was signed in
        for (HttpResponse<String> response : List.of(foreign, stateless, tampered)) {
            assertProblem(response, 400);
            assertThat(Browser.setCookie(response, "sp_session")).isNull();
        }
        assertThat(stack.query("select count(*) from users where user_id = '" + stack.userId(2) + "'"))
            .containsExactly("0");
    }

    @Test
    void aDeniedConsentGoesBackToTheStartPageWithoutASession() {
        // Given user 3 presses Cancel on Twitch's consent page
        Browser browser = new Browser(stack);
        String callback = logins.consent(browser, stack.login(3), "", "deny");
        assertThat(callback).contains("error=access_denied");

        // When the browser follows Twitch's redirect back
        HttpResponse<String> response = browser.get(callback);

        // Then it is sent to the start page with the error, and no session exists
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains("/?login_error=access_denied");
        assertThat(browser.cookie("sp_session")).isNull();
        assertThat(stack.query("select count(*) from users where user_id = '" + stack.userId(3) + "'"))
            .containsExactly("0");
    }

    @Test
    void behindAnHttpsIngressTheSessionCookieIsSecure() {
        // Given requests arriving through an ingress that terminated https
        Browser browser = new Browser(stack).withHeader("X-Forwarded-Proto", "https");

        // When user 4 logs in
        HttpResponse<String> callback = logins.logIn(browser, stack.login(4), false);

        // Then the session cookie is Secure
        assertThat(Browser.setCookie(callback, "sp_session")).contains("Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void aStreamerGrantingTheirChannelPutsItOnTheWatchlistForAuthorizedEvents() {
        // Given the watchlist as ingest reads it
        try (WatchlistRecords watchlist = new WatchlistRecords()) {
            // When user 5 logs in with grant=channel
            Browser browser = new Browser(stack);
            logins.logIn(browser, stack.login(5), true);

            // Then they have the channel grant, and their channel is watched with the authorized events
            JsonNode me = SimUsers.json(browser.get(stack.url("/api/v1/me")).body());
            assertThat(me.path("channel_grant").asBoolean()).isTrue();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(watchlist.latest(stack.userId(5))).get().usingRecursiveComparison()
                    .ignoringFields("eventId", "occurredAt")
                    .isEqualTo(new ChannelWatched("x", java.time.Instant.EPOCH, 1, stack.userId(5), stack.login(5), 1,
                        true)));
        }
    }

    @Test
    void loggingOutEndsTheSessionAndRevokesTheLastToken() {
        // Given user 6 logged in
        Browser browser = new Browser(stack);
        logins.logIn(browser, stack.login(6), false);
        String token = stack.query("select access_token from users where user_id = '" + stack.userId(6) + "'").get(0);
        String session = browser.cookie("sp_session");

        // When they log out
        HttpResponse<String> logout = browser.send("POST", stack.url("/auth/logout"), null);

        // Then the cookie is cleared, the session is gone server-side, and the token is forgotten and revoked
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(Browser.setCookie(logout, "sp_session")).contains("Max-Age=0");
        assertThat(stack.query("select count(*) from sessions where user_id = '" + stack.userId(6) + "'"))
            .containsExactly("0");
        assertThat(stack.query("select access_token from users where user_id = '" + stack.userId(6) + "'"))
            .containsExactly("null");
        await().atMost(Duration.ofSeconds(10)).until(() -> !twitch.tokenIsValid(token));

        // And the old cookie, replayed, is worth nothing
        Browser replay = new Browser(stack);
        replay.setCookie("sp_session", session);
        assertProblem(replay.get(stack.url("/api/v1/me")), 401);
    }

    @Test
    void withoutAValidSessionMeIsA401Problem() {
        // Given a browser without a session, one with a made-up token, and one with an expired session
        Browser none = new Browser(stack);
        Browser madeUp = new Browser(stack);
        madeUp.setCookie("sp_session", "A".repeat(43));
        Browser expired = new Browser(stack);
        logins.logIn(expired, stack.login(7), false);
        stack.update("update sessions set expires_at = now() - interval '1 second' where user_id = '"
            + stack.userId(7) + "'");

        // Then each gets 401 problem
        for (Browser browser : List.of(none, madeUp, expired)) {
            assertProblem(browser.get(stack.url("/api/v1/me")), 401);
        }
    }

    @Test
    void aTokenTwitchNoLongerAcceptsEndsTheUsersSessionsAtTheNextValidation() {
        // Given user 8 logged in, then disconnected the app on Twitch (tokens void), an hour ago validated
        Browser browser = new Browser(stack);
        logins.logIn(browser, stack.login(8), false);
        stack.sim().control().revokeUser(stack.login(8));
        stack.update("update users set validated_at = now() - interval '2 hours' where user_id = '"
            + stack.userId(8) + "'");

        // When the token maintenance runs
        TokenValidation.Report report = stack.context().getBean(TokenValidation.class).run();

        // Then the token is found invalid, cannot be refreshed, and the sessions end
        assertThat(report.ended()).isGreaterThanOrEqualTo(1);
        assertProblem(browser.get(stack.url("/api/v1/me")), 401);
        assertThat(stack.query("select access_token, refresh_token from users where user_id = '"
            + stack.userId(8) + "'")).containsExactly("null|null");
    }

    @Test
    void anUnknownGrantIsA400Problem() {
        assertProblem(new Browser(stack).get(stack.url("/auth/login?grant=everything")), 400);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String pair : Optional.ofNullable(URI.create(url).getRawQuery()).orElse("").split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
