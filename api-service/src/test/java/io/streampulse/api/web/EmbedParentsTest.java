package io.streampulse.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedParentsTest {

    @Test
    void readsCommaSeparatedHostNamesLowerCasedWithoutRepeats() {
        // When the setting names some domains, with spaces, capitals and a repeat
        var parents = EmbedParents.parse(" Stream.Example.com, www.example.com,,stream.example.com ");

        // Then each host is there once, lower-cased, in order
        assertThat(parents).containsExactly("stream.example.com", "www.example.com");
    }

    @Test
    void blankOrMissingMeansNoExtraParent() {
        assertThat(EmbedParents.parse("")).isEmpty();
        assertThat(EmbedParents.parse("  ")).isEmpty();
        assertThat(EmbedParents.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "example.com/path", "exa mple.com", "-bad.example",
        "\"><script>", "example.com:8080"})
    void refusesAnythingButAHostName(String value) {
        // When the setting holds something that is not a host name, start-up fails naming the setting
        assertThatThrownBy(() -> EmbedParents.parse("ok.example, " + value))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("streampulse.web.embed-parents");
    }
}
