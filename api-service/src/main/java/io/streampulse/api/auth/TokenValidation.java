package io.streampulse.api.auth;

import io.streampulse.api.twitch.TwitchUnavailable;
import io.streampulse.api.user.Accounts;
import io.streampulse.api.user.SessionStore;
import io.streampulse.api.user.StoredTokens;
import io.streampulse.api.user.TokenRevocation;
import io.streampulse.api.user.Transactions;
import io.streampulse.api.user.UserStore;
import io.streampulse.twitch.auth.UserToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored Twitch tokens honest, as Twitch requires of apps holding OAuth sessions: expired sessions are
 * deleted; tokens nobody's session needs any more are forgotten and revoked; every token not validated for
 * {@code validateEvery} is validated (a lease in the table spreads that over the replicas), an invalid one is
 * refreshed, and when that fails too, the user's sessions end.
 */
final class TokenValidation {

    private static final Logger LOG = LoggerFactory.getLogger(TokenValidation.class);

    /** What one run did. */
    record Report(int expiredSessions, int forgotten, int validated, int refreshed, int ended) {
    }

    private final TwitchLogin twitch;
    private final Transactions transactions;
    private final UserStore users;
    private final SessionStore sessions;
    private final Accounts accounts;
    private final TokenRevocation revocation;
    private final AuthSettings settings;
    private final Clock clock;

    TokenValidation(TwitchLogin twitch, Transactions transactions, UserStore users, SessionStore sessions,
                    Accounts accounts, TokenRevocation revocation, AuthSettings settings, Clock clock) {
        this.twitch = twitch;
        this.transactions = transactions;
        this.users = users;
        this.sessions = sessions;
        this.accounts = accounts;
        this.revocation = revocation;
        this.settings = settings;
        this.clock = clock;
    }

    Report run() {
        Instant now = clock.instant();
        int expired = transactions.run(connection -> sessions.deleteExpired(connection, now));
        int forgotten = forgetUnused();
        List<StoredTokens> due = transactions.run(connection -> users.leaseValidation(connection,
            now.minus(settings.validateEvery()), now, settings.validateBatch()));
        int refreshed = 0;
        int ended = 0;
        for (StoredTokens tokens : due) {
            switch (validate(tokens)) {
                case REFRESHED -> refreshed++;
                case ENDED -> ended++;
                default -> { }
            }
        }
        return new Report(expired, forgotten, due.size(), refreshed, ended);
    }

    private int forgetUnused() {
        List<String> unused = transactions.run(connection -> users.withTokensButNoSession(connection,
            settings.validateBatch()));
        int forgotten = 0;
        for (String userId : unused) {
            var tokens = accounts.forgetTokensWithoutSession(userId);
            if (tokens.isPresent()) {
                revocation.revoke(tokens.get());
                forgotten++;
            }
        }
        return forgotten;
    }

    private enum Outcome { VALID, REFRESHED, ENDED, UNKNOWN }

    private Outcome validate(StoredTokens tokens) {
        try {
            if (twitch.validate(tokens.accessToken()).isPresent()) {
                return Outcome.VALID;
            }
            if (tokens.refreshToken() != null) {
                UserToken fresh = twitch.refresh(tokens.refreshToken());
                transactions.run(connection -> {
                    users.replaceTokens(connection, tokens.userId(), fresh, clock.instant());
                    return null;
                });
                return Outcome.REFRESHED;
            }
        } catch (TwitchLogin.LoginRefused refused) {
            LOG.debug("Refresh refused for user {}", tokens.userId());
        } catch (TwitchUnavailable unavailable) {
            LOG.info("Token of user {} not validated now (Twitch unavailable), next time", tokens.userId());
            return Outcome.UNKNOWN;
        }
        transactions.run(connection -> {
            sessions.deleteOfUser(connection, tokens.userId());
            users.clearTokens(connection, tokens.userId(), clock.instant());
            return null;
        });
        LOG.info("Token of user {} is no longer valid: their sessions ended", tokens.userId());
        return Outcome.ENDED;
    }
}
