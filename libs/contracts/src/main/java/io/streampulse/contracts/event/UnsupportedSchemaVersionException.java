package io.streampulse.contracts.event;

/** A record's {@code schema_version} is outside the range this contracts release understands. */
public final class UnsupportedSchemaVersionException extends IllegalArgumentException {

    public UnsupportedSchemaVersionException(String message) {
        super(message);
    }
}
