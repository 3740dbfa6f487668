package io.streampulse.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "Shroud", "some_user_123", "abcdefghijklmnopqrstuvwxy"})
    void acceptsTwitchLoginsAndLowerCasesThem(String login) {
        // Given a well-formed login
        Params params = new Params();

        // When it is validated
        String value = params.login(login);

        // Then it is accepted, lower-cased
        assertThat(params.valid()).isTrue();
        assertThat(value).isEqualTo(login.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abcdefghijklmnopqrstuvwxyz", "a b", "a-b", "' OR 1=1 --", "x;DROP TABLE y",
        "é", "a\u0000", "../etc", "%00"})
    void rejectsAnythingElseAsALogin(String login) {
        // Given a malformed login
        Params params = new Params();

        // When it is validated
        params.login(login);

        // Then the request is refused with a 400 naming the parameter, without echoing the input
        assertThatThrownBy(params::check).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
            assertThat(problem.invalidParams()).containsExactly(new Problem.InvalidParam("login",
                "must be a Twitch login: 1 to 25 letters, digits or underscores"));
        });
    }

    @Test
    void limitsAndDaysTakeDefaultsAndStayInRange() {
        // Given absent, edge and in-range values
        Params params = new Params();

        // When they are validated
        List<Integer> values = List.of(params.limit(null, 20), params.limit("", 20), params.limit("1", 20),
            params.limit("100", 20), params.days(null, 30), params.days("365", 30), params.days("007", 30));

        // Then defaults fill the gaps and the edges are accepted
        assertThat(params.valid()).isTrue();
        assertThat(values).containsExactly(20, 20, 1, 100, 30, 365, 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "+5", "1.5", "1e2", "99999999999999999999", " 5", "ten", "0x10"})
    void rejectsLimitsOutsideOneToAHundred(String limit) {
        // Given a limit that is not a whole number from 1 to 100
        Params params = new Params();

        // When it is validated
        params.limit(limit, 20);

        // Then it is refused
        assertThatThrownBy(params::check).isInstanceOfSatisfying(ProblemException.class, problem ->
            assertThat(problem.invalidParams()).containsExactly(
                new Problem.InvalidParam("limit", "must be a whole number from 1 to 100")));
    }

    @Test
    void readsRfc3339DateTimesAndFullDates() {
        // Given RFC 3339 values with offsets and a full-date
        Params params = new Params();

        // When they are validated
        Instant utc = params.dateTime("from", "2025-05-01T12:00:00Z");
        Instant offset = params.dateTime("to", "2025-05-01t14:30:00.5+02:00");
        LocalDate day = params.date("from", "2024-02-29");

        // Then they are the instants and day they name
        assertThat(params.valid()).isTrue();
        assertThat(utc).isEqualTo(Instant.parse("2025-05-01T12:00:00Z"));
        assertThat(offset).isEqualTo(Instant.parse("2025-05-01T12:30:00.5Z"));
        assertThat(day).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-01", "2025-05-01T12:00:00", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z",
        "yesterday", "2025-05-01T25:00:00Z", "1714564800", "2025-05-01T12:00:00Z' OR '1'='1"})
    void rejectsDateTimesThatAreNotRfc3339WithOffset(String raw) {
        // Given a malformed date-time
        Params params = new Params();

        // When it is validated
        params.dateTime("from", raw);

        // Then it is refused
        assertThat(params.valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2025-5-1", "2025-05-01T00:00:00Z", "20250501", "2025-05-01;"})
    void rejectsDatesThatAreNotFullDates(String raw) {
        // Given a malformed date
        Params params = new Params();

        // When it is validated
        params.date("to", raw);

        // Then it is refused
        assertThat(params.valid()).isFalse();
    }

    @Test
    void reportsEveryInvalidParameterAtOnce() {
        // Given a request with three bad parameters and one good one
        Params params = new Params();
        params.login("bad login");
        params.days("0", 30);
        params.limit("50", 20);
        params.choice("by", "sql", Map.of("hours", 1, "viewer_minutes", 2), 1);

        // When it is checked
        // Then one problem lists all three, each with its reason
        assertThatThrownBy(params::check).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.detail()).isEqualTo("Invalid parameters: login, days, by.");
            assertThat(problem.invalidParams()).containsExactly(
                new Problem.InvalidParam("login", "must be a Twitch login: 1 to 25 letters, digits or underscores"),
                new Problem.InvalidParam("days", "must be a whole number from 1 to 365"),
                new Problem.InvalidParam("by", "must be one of hours, viewer_minutes"));
        });
    }

    @Test
    void matchingAcceptsOnlyThePattern() {
        // Given a pattern for game ids
        Params params = new Params();
        Pattern digits = Pattern.compile("[0-9]{1,20}");

        // When a good and a bad value are validated
        String good = params.matching("game_id", "509658", digits, "digits");
        params.matching("game_id", "1 OR 1=1", digits, "digits");

        // Then the good one passes and the bad one is reported
        assertThat(good).isEqualTo("509658");
        assertThatThrownBy(params::check).isInstanceOfSatisfying(ProblemException.class, problem ->
            assertThat(problem.invalidParams()).containsExactly(new Problem.InvalidParam("game_id", "must be digits")));
    }
}
