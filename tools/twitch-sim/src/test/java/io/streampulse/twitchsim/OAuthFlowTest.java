package io.streampulse.twitchsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OAuthFlowTest {
    private static final String REDIRECT = "http://localhost:8080/auth/callback";
    private static TwitchSimulator sim;
    private static String client;
    private static String secret;

    @BeforeAll
    static void start() {
        sim = TwitchSimulator.start(TestSims.manual());
        client = sim.config().clientId();
        secret = sim.config().clientSecret();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void clientCredentialsGrantReturnsABearerAppToken() {
        TestHttp.Response response = token("client_id=" + client + "&client_secret=" + secret + "&grant_type=client_credentials");

        assertThat(response.status()).isEqualTo(200);
        assertThat(fieldNames(response.json())).isEqualTo(Set.of("access_token", "expires_in", "token_type"));
        assertThat(response.json().get("token_type").asText()).isEqualTo("bearer");
        assertThat(response.json().get("expires_in").asLong()).isEqualTo(5_011_271L);
        assertThat(response.json().get("access_token").asText()).matches("[a-z0-9]{30}");
    }

    @Test
    void unknownClientIdIsRefusedWith400AndSecretMismatchWith403() {
        TestHttp.Response unknown = token("client_id=nope&client_secret=" + secret + "&grant_type=client_credentials");
        TestHttp.Response badSecret = token("client_id=" + client + "&client_secret=wrong&grant_type=client_credentials");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json()).isEqualTo(json("{\"status\":400,\"message\":\"invalid client\"}"));
        assertThat(badSecret.status()).isEqualTo(403);
        assertThat(badSecret.json()).isEqualTo(json("{\"status\":403,\"message\":\"invalid client secret\"}"));
    }

    @Test
    void validateDescribesAnAppTokenWithoutUserAndRejectsGarbage() {
        String token = appToken();

        TestHttp.Response oauthScheme = TestHttp.get(sim.authUrl() + "/validate", "Authorization", "OAuth " + token);
        TestHttp.Response bearerScheme = TestHttp.get(sim.authUrl() + "/validate", "Authorization", "Bearer " + token);
        TestHttp.Response garbage = TestHttp.get(sim.authUrl() + "/validate", "Authorization", "OAuth garbage");

        assertThat(oauthScheme.status()).isEqualTo(200);
        assertThat(oauthScheme.json()).isEqualTo(json("{\"client_id\":\"" + client + "\",\"scopes\":[],\"expires_in\":5011271}"));
        assertThat(bearerScheme.status()).isEqualTo(200);
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.json()).isEqualTo(json("{\"status\":401,\"message\":\"invalid access token\"}"));
    }

    @Test
    void authorizationCodeFlowWithAutoApproveGrantsTheScopes() {
        String login = sim.groundTruth().liveSessions().get(0).login();

        TestHttp.Response redirect = TestHttp.get(sim.authUrl() + "/authorize?response_type=code&client_id=" + client
                + "&redirect_uri=" + enc(REDIRECT) + "&scope=" + enc("moderator:read:followers bits:read")
                + "&state=s-123&sim_login=" + login + "&sim_auto_approve=true");
        Map<String, String> callback = query(redirect.header("Location"));
        TestHttp.Response exchanged = token("client_id=" + client + "&client_secret=" + secret + "&code="
                + callback.get("code") + "&grant_type=authorization_code&redirect_uri=" + enc(REDIRECT));
        TestHttp.Response validated = TestHttp.get(sim.authUrl() + "/validate", "Authorization",
                "OAuth " + exchanged.json().get("access_token").asText());
        TestHttp.Response reused = token("client_id=" + client + "&client_secret=" + secret + "&code="
                + callback.get("code") + "&grant_type=authorization_code&redirect_uri=" + enc(REDIRECT));

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith(REDIRECT + "?code=");
        assertThat(callback).containsEntry("scope", "moderator:read:followers bits:read").containsEntry("state", "s-123");
        assertThat(exchanged.status()).isEqualTo(200);
        assertThat(fieldNames(exchanged.json()))
                .isEqualTo(Set.of("access_token", "expires_in", "refresh_token", "scope", "token_type"));
        assertThat(exchanged.json().get("scope")).isEqualTo(json("[\"moderator:read:followers\",\"bits:read\"]"));
        assertThat(exchanged.json().get("expires_in").asLong()).isEqualTo(14_400L);
        assertThat(validated.json()).isEqualTo(json("{\"client_id\":\"" + client + "\",\"login\":\"" + login
                + "\",\"scopes\":[\"moderator:read:followers\",\"bits:read\"],\"user_id\":\""
                + sim.control().userId(login) + "\",\"expires_in\":14400}"));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json()).isEqualTo(json("{\"status\":400,\"message\":\"Invalid authorization code\"}"));
    }

    @Test
    void consentPageApprovesThroughAFormPostAndDenialRedirectsWithAccessDenied() {
        String authorize = sim.authUrl() + "/authorize?response_type=code&client_id=" + client + "&redirect_uri="
                + enc(REDIRECT) + "&scope=" + enc("bits:read") + "&state=xyz";
        String login = sim.groundTruth().liveSessions().get(1).login();

        TestHttp.Response page = TestHttp.get(authorize);
        String form = "client_id=" + client + "&redirect_uri=" + enc(REDIRECT) + "&scope=bits%3Aread&state=xyz&login=" + login;
        TestHttp.Response approved = TestHttp.postForm(sim.authUrl() + "/authorize", form + "&decision=approve");
        TestHttp.Response denied = TestHttp.postForm(sim.authUrl() + "/authorize", form + "&decision=deny");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/oauth2/authorize\">")
                .contains("value=\"approve\"").contains("value=\"deny\"").contains("bits:read");
        assertThat(approved.status()).isEqualTo(302);
        assertThat(query(approved.header("Location"))).containsKey("code").containsEntry("state", "xyz")
                .containsEntry("scope", "bits:read");
        assertThat(denied.status()).isEqualTo(302);
        assertThat(query(denied.header("Location"))).isEqualTo(Map.of("error", "access_denied",
                "error_description", "The user denied you access", "state", "xyz"));
    }

    @Test
    void refreshRotatesBothTokensAndTheOldRefreshTokenStopsWorking() {
        UserAuthorization user = sim.control().authorizeBroadcaster(sim.groundTruth().liveSessions().get(2).login(), "bits:read");

        TestHttp.Response refreshed = token("client_id=" + client + "&client_secret=" + secret
                + "&grant_type=refresh_token&refresh_token=" + enc(user.refreshToken()));
        TestHttp.Response again = token("client_id=" + client + "&client_secret=" + secret
                + "&grant_type=refresh_token&refresh_token=" + enc(user.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("access_token").asText()).isNotEqualTo(user.accessToken());
        assertThat(refreshed.json().get("refresh_token").asText()).isNotEqualTo(user.refreshToken());
        assertThat(refreshed.json().get("scope")).isEqualTo(json("[\"bits:read\"]"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json()).isEqualTo(json("{\"error\":\"Bad Request\",\"status\":400,\"message\":\"Invalid refresh token\"}"));
    }

    @Test
    void revokeInvalidatesTheTokenAndReportsUnknownTokensAndClients() {
        String token = appToken();

        TestHttp.Response revoked = TestHttp.postForm(sim.authUrl() + "/revoke", "client_id=" + client + "&token=" + token);
        TestHttp.Response validated = TestHttp.get(sim.authUrl() + "/validate", "Authorization", "OAuth " + token);
        TestHttp.Response again = TestHttp.postForm(sim.authUrl() + "/revoke", "client_id=" + client + "&token=" + token);
        TestHttp.Response unknownClient = TestHttp.postForm(sim.authUrl() + "/revoke", "client_id=nope&token=" + token);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).isEmpty();
        assertThat(validated.status()).isEqualTo(401);
        assertThat(again.json()).isEqualTo(json("{\"status\":400,\"message\":\"Invalid token\"}"));
        assertThat(unknownClient.json()).isEqualTo(json("{\"status\":404,\"message\":\"client does not exist\"}"));
    }

    private static String appToken() {
        return token("client_id=" + client + "&client_secret=" + secret + "&grant_type=client_credentials")
                .json().get("access_token").asText();
    }

    private static TestHttp.Response token(String form) {
        return TestHttp.postForm(sim.authUrl() + "/token", form);
    }

    static JsonNode json(String text) {
        try {
            return TestHttp.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Set<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).collect(Collectors.toSet());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String location) {
        String raw = URI.create(location).getRawQuery();
        return java.util.Arrays.stream(raw.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
