package io.streampulse.contracts.user;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.event.Require;
import java.time.Instant;

/**
 * EventSub user.authorization.revoke: the user withdrew the app's authorization, delete their personal
 * data. {@code user_login} and {@code user_name} are null when the user no longer exists. Keyed by user_id.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserAuthorizationRevoked(
    String eventId,
    Instant occurredAt,
    int schemaVersion,
    String clientId,
    String userId,
    String userLogin,
    String userName) implements Event {

    public UserAuthorizationRevoked {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(clientId, "client_id");
        Require.text(userId, "user_id");
        userLogin = Require.blankToNull(userLogin);
        userName = Require.blankToNull(userName);
    }

    @Override
    public String key() {
        return userId;
    }
}
