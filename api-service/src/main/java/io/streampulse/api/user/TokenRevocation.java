package io.streampulse.api.user;

import io.streampulse.runtime.error.Errors;
import io.streampulse.twitch.auth.UserAuthClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Revokes tokens we no longer keep at Twitch, in the background; a failure is logged (the tokens are gone here). */
public final class TokenRevocation {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRevocation.class);

    private final UserAuthClient oauth;

    public TokenRevocation(UserAuthClient oauth) {
        this.oauth = oauth;
    }

    public void revoke(StoredTokens tokens) {
        oauth.revoke(tokens.accessToken()).whenComplete((ok, error) -> {
            if (error != null) {
                LOG.info("Token of user {} not revoked at Twitch: {}", tokens.userId(), Errors.rootCause(error));
            }
        });
    }
}
