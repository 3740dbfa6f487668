package io.streampulse.archive.ingest;

import io.streampulse.contracts.event.Event;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.stream.StreamWentOnline;
import java.time.Instant;
import java.util.Optional;

/**
 * Values the contracts accept but PostgreSQL would refuse, checked before a record is applied, so such a record is
 * dead-lettered on its own instead of failing a batch. Most important are the values an open session keeps in its
 * jsonb state and writes to typed or indexed columns only when it closes (a stream's {@code started_at}, stream id and
 * login): refused then, they would make the session impossible to close. Checked: every time within the years
 * 1 to 9999 (timestamptz and Java agree on those; Java writes later years as {@code +10000-...}, which PostgreSQL
 * does not read), and the identifiers that are keys of an index no longer than {@value #MAX_KEY_LENGTH} characters
 * (a btree key holds at most about 2700 bytes). NUL characters need no check: the stores strip them.
 */
final class Storable {

    static final int MAX_KEY_LENGTH = 256;
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Storable() {
    }

    /** Why {@code event} cannot be stored, or empty when it can. */
    static Optional<String> problemOf(Event event) {
        Optional<String> problem = time(event.occurredAt(), "occurred_at").or(() -> key(event.key(), "key"));
        if (problem.isPresent()) {
            return problem;
        }
        if (event instanceof StreamObserved observation && observation.stream() != null) {
            StreamState stream = observation.stream();
            return time(stream.startedAt(), "stream.started_at").or(() -> key(stream.streamId(), "stream.stream_id"))
                .or(() -> key(stream.broadcasterLogin(), "stream.broadcaster_login"));
        }
        if (event instanceof StreamWentOnline online) {
            return time(online.startedAt(), "started_at").or(() -> key(online.streamId(), "stream_id"))
                .or(() -> key(online.broadcasterLogin(), "broadcaster_login"));
        }
        return Optional.empty();
    }

    private static Optional<String> time(Instant value, String field) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            return Optional.of(field + " " + value + " is outside the years 1 to 9999 PostgreSQL stores");
        }
        return Optional.empty();
    }

    private static Optional<String> key(String value, String field) {
        if (value != null && value.length() > MAX_KEY_LENGTH) {
            return Optional.of(field + " is " + value.length() + " characters long, more than the "
                + MAX_KEY_LENGTH + " an indexed identifier may have");
        }
        return Optional.empty();
    }
}
