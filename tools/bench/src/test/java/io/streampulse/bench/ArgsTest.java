package io.streampulse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void readsValuesFlagsAndDefaults() {
        // Given options with values, a flag and thousands separators
        Args args = Args.parse(List.of("--live", "80_000", "--minutes", "1.5", "--discovery"));

        // Then each reads as its type, and absent ones take their default
        assertThat(args.integer("live", 8_000)).isEqualTo(80_000);
        assertThat(args.decimal("minutes", 6)).isEqualTo(1.5);
        assertThat(args.flag("discovery")).isTrue();
        assertThat(args.flag("other")).isFalse();
        assertThat(args.integer("interval", 60)).isEqualTo(60);
        args.rejectUnread();
    }

    @Test
    void anOptionNobodyReadsFailsTheRun() {
        // Given a misspelt option
        Args args = Args.parse(List.of("--lvie", "80000"));
        args.integer("live", 8_000);

        // Then it is named
        assertThatThrownBy(args::rejectUnread).hasMessageContaining("--lvie");
    }

    @Test
    void aValueWithoutAnOptionNameIsRefused() {
        assertThatThrownBy(() -> Args.parse(List.of("80000"))).isInstanceOf(IllegalArgumentException.class);
    }
}
