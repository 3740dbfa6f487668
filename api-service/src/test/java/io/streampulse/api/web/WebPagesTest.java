package io.streampulse.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebPagesTest {

    private final WebPages pages = new WebPages(List.of("stream.example.com", "www.example.com"));

    @Test
    void everyPageIsTheLayoutAroundItsFragmentWithItsOwnModule() {
        // When each page is rendered
        String dashboard = pages.dashboard();
        String channel = pages.channel("Some_Streamer").orElseThrow();
        String watch = pages.watch();

        // Then each loads its module, names itself in the title and has the shared header
        assertThat(dashboard).contains("<script type=\"module\" src=\"/assets/js/dashboard.js\"></script>",
            "<title>Dashboard · StreamPulse</title>", "id=\"top-channels\"", "id=\"account\"");
        assertThat(channel).contains("src=\"/assets/js/channel.js\"", "<title>Some_Streamer · StreamPulse</title>",
            "<h1 id=\"channel-title\">Some_Streamer</h1>");
        assertThat(watch).contains("src=\"/assets/js/watch.js\"", "id=\"event-list\"", "id=\"player\"");
        assertThat(List.of(dashboard, channel, watch)).allSatisfy(page -> assertThat(page)
            .startsWith("<!DOCTYPE html>")
            .contains("<meta name=\"sp-embed-parents\" content=\"stream.example.com,www.example.com\">")
            .doesNotContain("{{"));
    }

    @Test
    void aChannelPageExistsOnlyForATwitchLogin() {
        assertThat(pages.channel("abc_123")).isPresent();
        assertThat(pages.channel("a".repeat(25))).isPresent();
        assertThat(pages.channel("a".repeat(26))).isEmpty();
        assertThat(pages.channel("<script>")).isEmpty();
        assertThat(pages.channel("")).isEmpty();
        assertThat(pages.channel(null)).isEmpty();
    }

    @Test
    void valuesAreEscapedWhereTheyAreInserted() {
        // When a text with markup is put into a page
        String page = pages.notFound("<img src=x onerror=alert(1)> & \"quotes\" 'too'");

        // Then it arrives as text
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;")
            .doesNotContain("<img src=x");
    }

    @Test
    void withoutExtraParentsTheMetaIsEmpty() {
        assertThat(new WebPages(List.of()).watch()).contains("<meta name=\"sp-embed-parents\" content=\"\">");
    }
}
