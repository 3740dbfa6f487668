package io.streampulse.contracts.deadletter;

/** How {@code payload} of a dead letter holds the original bytes. */
public enum PayloadEncoding {
    /** The bytes were valid UTF-8 and are kept as text. */
    UTF8,
    /** The bytes were not UTF-8 and are kept as standard base64. */
    BASE64
}
