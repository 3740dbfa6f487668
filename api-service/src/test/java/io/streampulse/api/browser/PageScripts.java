package io.streampulse.api.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs code in the page the browser shows, with one of our ES modules imported as {@code m}, and answers what the
 * code returned as JSON (a failure of the code fails the test with its stack).
 */
final class PageScripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JavascriptExecutor executor;

    PageScripts(WebDriver driver) {
        this.executor = (JavascriptExecutor) driver;
    }

    /**
     * {@code body} is the body of an (async) function of {@code m}, the module at {@code /assets/js/<module>};
     * e.g. {@code run("format.js", "return [1, 2].map(m.duration);")}.
     */
    JsonNode run(String module, String body) {
        String script = "const [url, done] = arguments;"
            + "import(url).then(async m => { " + body + " })"
            + ".then(value => done(JSON.stringify({value: value === undefined ? null : value})),"
            + " error => done(JSON.stringify({error: String(error && error.stack || error)})));";
        Object answer = executor.executeAsyncScript(script, "/assets/js/" + module);
        JsonNode result = parse(String.valueOf(answer));
        if (result.has("error")) {
            throw new AssertionError("script failed in the browser: " + result.get("error").asText());
        }
        return result.get("value");
    }

    /**
     * GET {@code path} from the page (its cookies, its origin): {"status": 200, "body": the JSON answer, or its text
     * when it is not JSON}, so a failure shows exactly what the server said.
     */
    JsonNode get(String path) {
        return run("api.js", "const r = await fetch('" + path + "', {headers: {Accept: 'application/json'}});"
            + " const text = await r.text();"
            + " let body; try { body = JSON.parse(text); } catch { body = text; }"
            + " return {status: r.status, body};");
    }

    /** JSON text as a tree, to compare whole values. */
    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
