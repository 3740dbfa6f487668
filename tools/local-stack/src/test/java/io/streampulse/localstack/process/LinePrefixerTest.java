package io.streampulse.localstack.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinePrefixerTest {

    @Test
    void prefixesEachLineWithTheBracketedNamePaddedToACommonWidth() {
        assertThat(LinePrefixer.plain("ingest").apply("Startup completed in 812ms"))
                .isEqualTo("[ingest]     Startup completed in 812ms");
        assertThat(LinePrefixer.plain("aggregator").apply("x")).isEqualTo("[aggregator] x");
        assertThat(LinePrefixer.plain("api").apply("x")).isEqualTo("[api]        x");
    }

    @Test
    void aNameLongerThanTheWidthStillGetsOneSpace() {
        assertThat(LinePrefixer.plain("kafka-format-tool").apply("done")).isEqualTo("[kafka-format-tool] done");
    }

    @Test
    void colouredPrefixesWrapTheLabelInAnAnsiColourAndPadByVisibleWidth() {
        assertThat(LinePrefixer.coloured("ingest", 0).apply("up"))
                .isEqualTo("\u001B[36m[ingest]\u001B[0m     up");
        assertThat(LinePrefixer.coloured("api", 1).apply("up"))
                .isEqualTo("\u001B[32m[api]\u001B[0m        up");
    }

    @Test
    void colourSlotsCycle() {
        assertThat(LinePrefixer.coloured("x", 11)).isEqualTo(LinePrefixer.coloured("x", 0));
    }
}
