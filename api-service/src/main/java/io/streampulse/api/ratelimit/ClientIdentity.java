package io.streampulse.api.ratelimit;

/** Whose window a request counts in ({@code key:<hash>} or {@code ip:<address>}) and that client's limit. */
record ClientIdentity(String id, long limit) {
}
