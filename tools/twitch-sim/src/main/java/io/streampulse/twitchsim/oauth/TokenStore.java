package io.streampulse.twitchsim.oauth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Access tokens, refresh tokens and authorization codes, with expiry measured on the simulation clock. */
public final class TokenStore {
    /** An access token; {@code user} is -1 for an app access token. */
    public record AccessToken(String value, String clientId, int user, List<String> scopes, Instant expiresAt) {
        public boolean isApp() {
            return user < 0;
        }
    }

    /** What the code and refresh grants answer. */
    public record UserTokens(AccessToken access, String refreshToken) { }

    record Refresh(String clientId, int user, List<String> scopes) { }

    record Code(String clientId, String redirectUri, int user, List<String> scopes, Instant expiresAt) { }

    private static final Duration CODE_TTL = Duration.ofMinutes(10);
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final Map<String, AccessToken> access = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refresh = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;
    private final Duration appTtl;
    private final Duration userTtl;

    public TokenStore(Supplier<Instant> clock, Duration appTtl, Duration userTtl) {
        this.clock = clock;
        this.appTtl = appTtl;
        this.userTtl = userTtl;
    }

    public AccessToken issueApp(String clientId) {
        AccessToken token = new AccessToken(newToken(30), clientId, -1, List.of(), clock.get().plus(appTtl));
        access.put(token.value(), token);
        return token;
    }

    public UserTokens issueUser(String clientId, int user, List<String> scopes) {
        AccessToken token = new AccessToken(newToken(30), clientId, user, List.copyOf(scopes), clock.get().plus(userTtl));
        access.put(token.value(), token);
        String refreshToken = newToken(50);
        refresh.put(refreshToken, new Refresh(clientId, user, List.copyOf(scopes)));
        return new UserTokens(token, refreshToken);
    }

    /** The token when it exists and has not expired. */
    public Optional<AccessToken> find(String value) {
        AccessToken token = value == null ? null : access.get(value);
        if (token == null) {
            return Optional.empty();
        }
        if (!clock.get().isBefore(token.expiresAt())) {
            access.remove(value);
            return Optional.empty();
        }
        return Optional.of(token);
    }

    public long secondsLeft(AccessToken token) {
        long millis = Duration.between(clock.get(), token.expiresAt()).toMillis();
        return Math.max(0, (millis + 999) / 1000);
    }

    /** Rotates a refresh token: the old one stops working. Empty when unknown or issued to another client. */
    public Optional<UserTokens> refresh(String clientId, String refreshToken) {
        Refresh old = refreshToken == null ? null : refresh.get(refreshToken);
        if (old == null || !old.clientId().equals(clientId) || refresh.remove(refreshToken) == null) {
            return Optional.empty();
        }
        return Optional.of(issueUser(clientId, old.user(), old.scopes()));
    }

    public String newCode(String clientId, String redirectUri, int user, List<String> scopes) {
        String code = newToken(30);
        codes.put(code, new Code(clientId, redirectUri, user, List.copyOf(scopes), clock.get().plus(CODE_TTL)));
        return code;
    }

    /** A code is single-use: taking it removes it. Empty when unknown, expired or for another client. */
    Optional<Code> takeCode(String code, String clientId) {
        Code found = code == null ? null : codes.remove(code);
        if (found == null || !found.clientId().equals(clientId) || !clock.get().isBefore(found.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    public boolean revoke(String value, String clientId) {
        AccessToken token = value == null ? null : access.get(value);
        return token != null && token.clientId().equals(clientId) && access.remove(value) != null;
    }

    /** Forced expiry: every app access token stops working (clients must fetch a new one after a 401). */
    public int expireAppTokens() {
        int before = access.size();
        access.values().removeIf(AccessToken::isApp);
        return before - access.size();
    }

    /** Drops every access and refresh token a user holds for a client (disconnect, password change). */
    public void dropUser(int user, String clientId) {
        access.values().removeIf(t -> t.user() == user && t.clientId().equals(clientId));
        refresh.values().removeIf(r -> r.user() == user && r.clientId().equals(clientId));
    }

    private String newToken(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
