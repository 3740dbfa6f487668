package io.streampulse.api.user;

import io.streampulse.api.favourite.Favourite;
import io.streampulse.api.favourite.FavouriteStore;
import io.streampulse.api.favourite.WatchlistOutbox;
import io.streampulse.api.twitch.ChannelRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The use cases of a user's account: sign in, find the session's user, show, choose or clear the favourite
 * streamer, log out, erase everything. Each is one transaction; a change of who watches a channel marks it in the
 * watchlist outbox in that transaction, and {@code watchlistChanged} runs after the commit.
 */
public final class Accounts {

    private final Transactions transactions;
    private final UserStore users;
    private final SessionStore sessions;
    private final FavouriteStore favourites;
    private final WatchlistOutbox watchlist;
    private final Runnable watchlistChanged;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public Accounts(Transactions transactions, UserStore users, SessionStore sessions, FavouriteStore favourites,
                    WatchlistOutbox watchlist, Runnable watchlistChanged, SessionLifetime lifetime, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.sessions = sessions;
        this.favourites = favourites;
        this.watchlist = watchlist;
        this.watchlistChanged = watchlistChanged;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Stores the user and their tokens and opens a session; a new channel grant puts their channel on the watchlist. */
    public SignedIn signIn(SignIn signIn) {
        Instant now = clock.instant();
        String token = SessionTokens.newToken();
        Instant expiresAt = lifetime.expiresAt(now);
        boolean[] newGrant = new boolean[1];
        boolean hasFavourite = transactions.run(connection -> {
            boolean hadGrant = users.signIn(connection, signIn, now).map(UserProfile::channelGrant).orElse(false);
            if (signIn.channelGrant() && !hadGrant) {
                watchlist.changed(connection, signIn.userId(), signIn.login(), now);
                newGrant[0] = true;
            }
            sessions.create(connection, token, signIn.userId(), now, expiresAt);
            return favourites.find(connection, signIn.userId()).isPresent();
        });
        if (newGrant[0]) {
            watchlistChanged.run();
        }
        return new SignedIn(token, expiresAt, hasFavourite);
    }

    /** The user of a valid, unexpired session token. */
    public Optional<String> userOfSession(String token) {
        if (!SessionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return transactions.run(connection -> sessions.userOf(connection, token, now));
    }

    public Optional<Me> me(String userId) {
        return transactions.run(connection -> me(connection, userId));
    }

    /** Sets or changes the favourite; the channel it replaces and the new one are re-published. */
    public Optional<Me> chooseFavourite(String userId, ChannelRef channel) {
        Instant now = clock.instant();
        Favourite chosen = Favourite.of(channel);
        Optional<Me> me = transactions.run(connection -> {
            if (users.find(connection, userId).isEmpty()) {
                return Optional.empty();
            }
            Optional<Favourite> previous = favourites.set(connection, userId, chosen, now);
            if (previous.isPresent() && !previous.get().broadcasterId().equals(chosen.broadcasterId())) {
                changed(connection, previous.get(), now);
            }
            watchlist.changed(connection, chosen.broadcasterId(), chosen.login(), now);
            return me(connection, userId);
        });
        me.ifPresent(m -> watchlistChanged.run());
        return me;
    }

    /** Clears the favourite (nothing happens when there is none). */
    public void clearFavourite(String userId) {
        Instant now = clock.instant();
        Optional<Favourite> cleared = transactions.run(connection -> {
            Optional<Favourite> previous = favourites.clear(connection, userId);
            if (previous.isPresent()) {
                changed(connection, previous.get(), now);
            }
            return previous;
        });
        cleared.ifPresent(c -> watchlistChanged.run());
    }

    /**
     * Ends one session. When it was the user's last one, their tokens are forgotten and answered, for the caller
     * to revoke at Twitch.
     */
    public Optional<StoredTokens> logout(String token) {
        if (!SessionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return transactions.run(connection -> {
            Optional<String> userId = sessions.delete(connection, token);
            if (userId.isEmpty() || sessions.anyOfUser(connection, userId.get())) {
                return Optional.empty();
            }
            return forgetTokens(connection, userId.get(), now);
        });
    }

    /**
     * Deletes everything stored about the user (profile, tokens, sessions, favourite) and re-publishes the channels
     * this changes. Idempotent. Answers the tokens they held, for the caller to revoke at Twitch.
     */
    public Optional<StoredTokens> erase(String userId) {
        Instant now = clock.instant();
        Erased erased = transactions.run(connection -> {
            Optional<UserProfile> profile = users.find(connection, userId);
            if (profile.isEmpty()) {
                return new Erased(false, Optional.empty());
            }
            Optional<StoredTokens> tokens = users.tokens(connection, userId);
            Optional<Favourite> favourite = favourites.clear(connection, userId);
            if (favourite.isPresent()) {
                changed(connection, favourite.get(), now);
            }
            if (profile.get().channelGrant()) {
                watchlist.changed(connection, userId, profile.get().login(), now);
            }
            users.delete(connection, userId);
            return new Erased(favourite.isPresent() || profile.get().channelGrant(), tokens);
        });
        if (erased.watchlistChanged()) {
            watchlistChanged.run();
        }
        return erased.tokens();
    }

    /** Forgets the tokens of a user none of whose sessions is left; answers them for revocation. */
    public Optional<StoredTokens> forgetTokensWithoutSession(String userId) {
        Instant now = clock.instant();
        return transactions.run(connection -> sessions.anyOfUser(connection, userId)
            ? Optional.empty() : forgetTokens(connection, userId, now));
    }

    private Optional<StoredTokens> forgetTokens(Connection connection, String userId, Instant now)
        throws SQLException {
        Optional<StoredTokens> tokens = users.tokens(connection, userId);
        if (tokens.isPresent()) {
            users.clearTokens(connection, userId, now);
        }
        return tokens;
    }

    private record Erased(boolean watchlistChanged, Optional<StoredTokens> tokens) {
    }

    private Optional<Me> me(Connection connection, String userId) throws SQLException {
        Optional<UserProfile> profile = users.find(connection, userId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Me.of(profile.get(), favourites.find(connection, userId).orElse(null)));
    }

    private void changed(Connection connection, Favourite favourite, Instant now) throws SQLException {
        watchlist.changed(connection, favourite.broadcasterId(), favourite.login(), now);
    }
}
