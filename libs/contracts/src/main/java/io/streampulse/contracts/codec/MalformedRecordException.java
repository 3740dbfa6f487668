package io.streampulse.contracts.codec;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record value that is not a valid event of its topic. {@link #reason()} says why in words fit for a
 * dead letter; {@link #problem()} classifies it for metrics.
 */
public final class MalformedRecordException extends SerializationException {

    /** What kind of defect a malformed record has. */
    public enum Problem {
        /** Not parseable JSON: garbage, truncated, empty, trailing data, a JSON null. */
        NOT_JSON,
        /** JSON of the wrong shape: a field of the wrong type or format. */
        WRONG_TYPE,
        /** A required field is missing or a value breaks a rule of the record. */
        INVALID_FIELD,
        /** {@code event_type} missing or not one this release knows. */
        UNKNOWN_EVENT_TYPE,
        /** The {@code event_type} header differs from the body's. */
        EVENT_TYPE_MISMATCH,
        /** {@code schema_version} outside the supported range. */
        UNSUPPORTED_SCHEMA_VERSION
    }

    private final Problem problem;
    private final String reason;

    public MalformedRecordException(Problem problem, String reason, Throwable cause) {
        super(problem + ": " + reason, cause);
        this.problem = problem;
        this.reason = reason;
    }

    public Problem problem() {
        return problem;
    }

    public String reason() {
        return reason;
    }
}
