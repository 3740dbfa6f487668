package io.streampulse.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestPostgres;
import io.streampulse.testkit.TestRedis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The running service serves the page shells and their assets with the right types and headers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedServer server;

    @BeforeAll
    void start() {
        TestDatabase database = TestPostgres.newDatabase("api-web");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
            "micronaut.server.port", "-1",
            "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
            "redis.uri", TestRedis.uri(),
            "datasources.default.url", database.jdbcUrl(),
            "datasources.default.username", database.username(),
            "datasources.default.password", database.password(),
            "streampulse.web.embed-parents", "stream.example.com"));
    }

    @AfterAll
    void stop() {
        server.getApplicationContext().close();
    }

    @Test
    void pagesAreHtmlWithTheirSecurityAndCacheHeaders() throws Exception {
        for (String path : new String[] {"/", "/channels/some_streamer", "/watch"}) {
            // When a page is asked for
            HttpResponse<String> page = get(path);

            // Then it is the HTML shell, locked down by its Content-Security-Policy and revalidated on every use
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=utf-8");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                .hasValue(WebHeaders.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.body()).as(path).startsWith("<!DOCTYPE html>")
                .contains("<meta name=\"sp-embed-parents\" content=\"stream.example.com\">");
        }
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyOurOwnCodeAndTwitchFrames() {
        assertThat(WebHeaders.CONTENT_SECURITY_POLICY).isEqualTo("default-src 'none'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "frame-src https://player.twitch.tv https://www.twitch.tv; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'self'");
    }

    @Test
    void anInvalidLoginGetsAnHtmlNotFoundPage() throws Exception {
        // When the channel page of something that cannot be a login is asked for
        HttpResponse<String> page = get("/channels/%3Cscript%3E");

        // Then the answer is a 404 page for people, with the same headers
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("<h1>Page not found</h1>").doesNotContain("<script>");
    }

    @Test
    void assetsAreServedWithTypesBrowsersAcceptForModulesAndStyles() throws Exception {
        // When the assets are asked for
        HttpResponse<String> module = get("/assets/js/watch.js");
        HttpResponse<String> style = get("/assets/css/app.css");
        HttpResponse<String> icon = get("/assets/favicon.svg");

        // Then each has a type a browser accepts for it (modules must be JavaScript), and is never sniffed
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/javascript");
        assertThat(module.body()).contains("new EventSource(");
        assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        for (HttpResponse<String> asset : java.util.List.of(module, style, icon)) {
            assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(asset.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(asset.headers().firstValue("Last-Modified")).isPresent();
        }
    }

    @Test
    void aMissingAssetIsNotFoundAndTheTemplatesAreNotServedRaw() throws Exception {
        assertThat(get("/assets/js/missing.js").statusCode()).isEqualTo(404);
        assertThat(get("/assets/pages/layout.html").statusCode()).isEqualTo(404);
        assertThat(get("/assets/../pages/layout.html").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
