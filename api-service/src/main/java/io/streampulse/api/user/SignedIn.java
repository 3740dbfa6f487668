package io.streampulse.api.user;

import java.time.Instant;

/** A new session: the token for the cookie (never logged), when it expires, and whether a favourite is set. */
public record SignedIn(String sessionToken, Instant expiresAt, boolean hasFavourite) {

    @Override
    public String toString() {
        return "SignedIn[sessionToken=***, expiresAt=" + expiresAt + ", hasFavourite=" + hasFavourite + "]";
    }
}
