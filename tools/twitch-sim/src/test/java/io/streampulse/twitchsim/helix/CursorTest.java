package io.streampulse.twitchsim.helix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.twitchsim.http.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void encodesBothOffsetsLikeTwitchAndDecodesEachSide() {
        String cursor = Cursor.encode(20, 40);

        assertThat(new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8))
                .isEqualTo("{\"b\":{\"Offset\":20},\"a\":{\"Offset\":40}}");
        assertThat(Cursor.decode(cursor, true)).isEqualTo(40);
        assertThat(Cursor.decode(cursor, false)).isEqualTo(20);
        assertThat(Cursor.decode(Cursor.encode(0, 20), false)).isZero();
        assertThat(Cursor.decode("eyJiIjpudWxsLCJhIjp7Ik9mZnNldCI6MjB9fQ==", true)).isEqualTo(20);
    }

    @Test
    void anythingElseIsInvalidCursor() {
        for (String garbage : new String[] {"IA", "%%%", "bnVsbA==", "eyJhIjp7Ik9mZnNldCI6LTF9fQ==", "eyJhIjpudWxsfQ=="}) {
            assertThatThrownBy(() -> Cursor.decode(garbage, true)).isInstanceOfSatisfying(ApiError.class,
                    e -> assertThat(e.body()).containsEntry("status", 400).containsEntry("message", "invalid cursor"));
        }
    }
}
