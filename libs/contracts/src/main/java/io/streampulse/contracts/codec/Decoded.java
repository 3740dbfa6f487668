package io.streampulse.contracts.codec;

/**
 * The outcome of decoding one record value without throwing: a valid event, an invalid one with the
 * reason and the raw bytes (for the dead-letter topic), or a tombstone (null bytes: on a compacted
 * topic the key was deleted).
 */
public sealed interface Decoded<T> permits Decoded.Valid, Decoded.Invalid, Decoded.Tombstone {

    record Valid<T>(T value) implements Decoded<T> {
        public Valid {
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    /** {@code raw} is the undecodable value exactly as read (never null: null bytes are a tombstone). */
    record Invalid<T>(String reason, byte[] raw, MalformedRecordException.Problem problem) implements Decoded<T> {
        public Invalid {
            java.util.Objects.requireNonNull(reason, "reason");
            java.util.Objects.requireNonNull(raw, "raw");
            java.util.Objects.requireNonNull(problem, "problem");
        }

        static <T> Invalid<T> of(MalformedRecordException error, byte[] raw) {
            return new Invalid<>(error.reason(), raw, error.problem());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Invalid<?> that && reason.equals(that.reason) && problem == that.problem
                && java.util.Arrays.equals(raw, that.raw);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(reason, problem, java.util.Arrays.hashCode(raw));
        }

        @Override
        public String toString() {
            return "Invalid[problem=" + problem + ", reason=" + reason + ", raw=" + raw.length + " bytes]";
        }
    }

    record Tombstone<T>() implements Decoded<T> {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
