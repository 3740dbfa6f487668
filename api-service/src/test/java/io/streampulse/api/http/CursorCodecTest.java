package io.streampulse.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {

    private static final byte[] SECRET = "0123456789abcdef-test-secret".getBytes(StandardCharsets.UTF_8);
    private final CursorCodec codec = new CursorCodec(SECRET);

    @Test
    void decodesWhatItEncodedForTheSameScope() {
        // Given a cursor for a query
        String cursor = codec.encode("streams|game=1", List.of("1500", "12345"));

        // When it is decoded for the same query
        List<String> fields = codec.decode("streams|game=1", cursor, 2);

        // Then the fields come back, and the cursor is URL-safe
        assertThat(fields).containsExactly("1500", "12345");
        assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void refusesACursorOfAnotherQuery() {
        // Given a cursor issued for one filter
        String cursor = codec.encode("streams|game=1", List.of("1500", "12345"));

        // When it is used with another filter
        // Then it is a 400 on the cursor parameter
        assertInvalid(() -> codec.decode("streams|game=2", cursor, 2));
    }

    @Test
    void refusesATamperedPayload() {
        // Given a cursor whose payload is replaced (keeping the MAC)
        String cursor = codec.encode("s", List.of("1500", "12345"));
        String forged = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("9999999\u001f1".getBytes(StandardCharsets.UTF_8)) + cursor.substring(cursor.indexOf('.'));

        // When it is decoded
        // Then it is refused
        assertInvalid(() -> codec.decode("s", forged, 2));
    }

    @Test
    void refusesACursorSignedWithAnotherSecret() {
        // Given a cursor from a codec with another key
        String cursor = new CursorCodec("another-secret-of-16+".getBytes(StandardCharsets.UTF_8))
            .encode("s", List.of("1", "2"));

        // When this codec decodes it
        // Then it is refused
        assertInvalid(() -> codec.decode("s", cursor, 2));
    }

    @Test
    void refusesTheWrongNumberOfFields() {
        // Given a genuine cursor with three fields
        String cursor = codec.encode("s", List.of("1", "2", "3"));

        // When two are expected
        // Then it is refused
        assertInvalid(() -> codec.decode("s", cursor, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.", ".abc", "a.b.c", "!!!.???", "' OR 1=1 --", "%00.%00",
        "eyJ.eyJ", "\u0000"})
    void refusesMalformedCursors(String cursor) {
        assertInvalid(() -> codec.decode("s", cursor, 2));
    }

    @Test
    void refusesOverlongCursors() {
        // Given a cursor longer than any this codec issues
        String cursor = "a".repeat(CursorCodec.MAX_LENGTH + 1);

        // When it is decoded
        // Then it is refused before any work is done on it
        assertInvalid(() -> codec.decode("s", cursor, 2));
    }

    @Test
    void refusesShortSecrets() {
        assertThatThrownBy(() -> new CursorCodec(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable decode) {
        assertThatThrownBy(decode).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
            assertThat(problem.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("cursor");
        });
    }
}
