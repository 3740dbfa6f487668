package io.streampulse.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://localhost:5432/streampulse                 | jdbc:postgresql://localhost:5432/t1",
        "jdbc:postgresql://db:5432/streampulse?sslmode=disable&a=b    | jdbc:postgresql://db:5432/t1?sslmode=disable&a=b",
        "jdbc:postgresql://h1:5432,h2:5433/streampulse?targetServerType=primary | jdbc:postgresql://h1:5432,h2:5433/t1?targetServerType=primary",
        "jdbc:postgresql://localhost                                  | jdbc:postgresql://localhost/t1",
        "jdbc:postgresql://localhost/                                 | jdbc:postgresql://localhost/t1",
        "jdbc:postgresql://localhost:5432?user=postgres               | jdbc:postgresql://localhost:5432/t1?user=postgres",
    })
    void pointsTheSameServerAtAnotherDatabase(String url, String expected) {
        assertThat(JdbcUrls.withDatabase(url, "t1")).isEqualTo(expected);
    }

    @Test
    void rejectsUrlsOfOtherDrivers() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mysql://localhost/db", "t1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a jdbc:postgresql://... URL, was jdbc:mysql://localhost/db");
    }
}
