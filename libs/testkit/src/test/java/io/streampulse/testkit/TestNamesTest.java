package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestNamesTest {

    @Test
    void uniqueNamesKeepThePrefixAndNeverRepeat() {
        // Given / When
        Set<String> names = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> names.add(TestNames.unique("orders.v1")));

        // Then
        assertThat(names).hasSize(10_000).allMatch(n -> n.matches("orders\\.v1-[0-9a-f]{12}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "a/b", "key:", "ümlaut"})
    void prefixesThatAreNotLegalTopicNamesAreRejected(String prefix) {
        assertThatThrownBy(() -> TestNames.unique(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefix must be 1-100 of [A-Za-z0-9._-], was '" + prefix + "'");
    }
}
