package io.streampulse.contracts.event;

/**
 * Schema versions of the records of this contracts release.
 *
 * <p>A topic name ends in {@code .vN}; a breaking change gets a new topic. Within a topic,
 * {@code schema_version} counts compatible revisions. Readers accept {@code 1..CURRENT}: a record from a
 * newer writer is rejected (dead-lettered) until the reader upgrades contracts, so upgrade readers first.
 */
public final class SchemaVersion {

    public static final int FIRST = 1;
    public static final int CURRENT = 1;

    private SchemaVersion() {
    }

    /** Checks a decoded or constructed version is one this release understands. */
    public static int check(int version) {
        if (version < FIRST || version > CURRENT) {
            throw new UnsupportedSchemaVersionException(
                "schema_version " + version + " is outside the supported range " + FIRST + ".." + CURRENT);
        }
        return version;
    }
}
