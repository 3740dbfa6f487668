package io.streampulse.twitch.helix;

import io.streampulse.twitch.budget.Priority;

/**
 * One Helix request before it is sent.
 *
 * @param endpoint  metric name, e.g. {@code streams}
 * @param method    GET, POST or DELETE
 * @param pathQuery path below the Helix base plus query, e.g. {@code /streams?user_id=1}
 * @param jsonBody  request body or null
 * @param ids       ids asked for (for the ids-per-call figure), 0 when not a lookup
 * @param userToken user access token, or null for the shared app token (and the shared budget)
 */
record HelixCall(String endpoint, String method, String pathQuery, byte[] jsonBody, int ids, Priority priority,
                 String userToken) {

    boolean usesAppToken() {
        return userToken == null;
    }

    /** GET and DELETE may be repeated after a timeout or 5xx; POST may have been applied. */
    boolean idempotent() {
        return !method.equals("POST");
    }

    @Override
    public String toString() {
        return "HelixCall[" + method + " " + pathQuery + ", priority=" + priority
                + (userToken == null ? "" : ", userToken=***") + "]";
    }
}
