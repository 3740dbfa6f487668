package io.streampulse.twitchsim;

/** Calls Helix on a simulator with the configured client id and one bearer token. */
final class HelixClient {
    private final TwitchSimulator sim;
    private final String token;

    HelixClient(TwitchSimulator sim, String token) {
        this.sim = sim;
        this.token = token;
    }

    /** A client holding a fresh app access token fetched through POST /oauth2/token. */
    static HelixClient app(TwitchSimulator sim) {
        TestHttp.Response response = TestHttp.postForm(sim.authUrl() + "/token", "client_id="
                + sim.config().clientId() + "&client_secret=" + sim.config().clientSecret() + "&grant_type=client_credentials");
        return new HelixClient(sim, response.json().get("access_token").asText());
    }

    String token() {
        return token;
    }

    TestHttp.Response get(String pathAndQuery) {
        return TestHttp.get(sim.helixUrl() + pathAndQuery, "Authorization", "Bearer " + token,
                "Client-Id", sim.config().clientId());
    }

    TestHttp.Response post(String path, String json) {
        return TestHttp.postJson(sim.helixUrl() + path, json, "Authorization", "Bearer " + token,
                "Client-Id", sim.config().clientId());
    }

    TestHttp.Response delete(String pathAndQuery) {
        return TestHttp.delete(sim.helixUrl() + pathAndQuery, "Authorization", "Bearer " + token,
                "Client-Id", sim.config().clientId());
    }
}
