package io.streampulse.twitchsim.eventsub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignerTest {

    @Test
    void signsIdPlusTimestampPlusBodyWithHmacSha256() {
        // RFC 4231 test case 2: HMAC-SHA256("Jefe", "what do ya want for nothing?")
        String signature = Signer.sign("Jefe", "what do ya ", "want for ", "nothing?".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void timestampsVaryTheirFractionDigitsAndStayParseable() {
        Instant now = Instant.parse("2026-03-02T12:00:00.123456789Z");

        Set<String> stamps = IntStream.range(0, 500).mapToObj(i -> Signer.timestamp(now)).collect(Collectors.toSet());
        Set<Integer> fractionLengths = stamps.stream()
                .map(s -> s.contains(".") ? s.length() - s.indexOf('.') - 2 : 0).collect(Collectors.toSet());

        assertThat(stamps).allMatch(s -> s.matches("2026-03-02T12:00:00(\\.\\d{1,9})?Z"));
        assertThat(stamps).allMatch(s -> !s.matches(".*\\.\\d*0Z"));
        assertThat(fractionLengths.size()).isGreaterThanOrEqualTo(6);
        assertThat(stamps).allMatch(s -> Instant.parse(s).getEpochSecond() == now.getEpochSecond());
    }
}
