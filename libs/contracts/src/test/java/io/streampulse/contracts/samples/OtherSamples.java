package io.streampulse.contracts.samples;

import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.deadletter.PayloadEncoding;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.contracts.watchlist.ChannelWatched;
import java.time.Instant;

/** Sample user, watchlist and dead-letter records. */
public final class OtherSamples {

    private OtherSamples() {
    }

    public static UserAuthorizationRevoked revoked() {
        return new UserAuthorizationRevoked("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9", Instant.parse("2021-01-11T09:00:00Z"),
            1, "crq72vsaoijkc83xx42hz6i37", "1337", "cool_user", "Cool_User");
    }

    public static ChannelWatched watched() {
        return new ChannelWatched("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d", Instant.parse("2021-03-10T12:00:00Z"), 1,
            "1337", "cool_user", 3, true);
    }

    public static DeadLetterRecord deadLetter() {
        return new DeadLetterRecord("d00dfeed-0000-4000-8000-00000000dead", Instant.parse("2021-03-10T16:00:07Z"), 1,
            "twitch.watchlist.v1", 4, 1812, "1337", "{\"broadcaster_id\":\"1337\"", PayloadEncoding.UTF8,
            "NOT_JSON", "not valid JSON: Unexpected end-of-input: expected close marker for Object", "ingest");
    }
}
