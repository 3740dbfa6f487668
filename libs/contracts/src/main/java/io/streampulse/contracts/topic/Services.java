package io.streampulse.contracts.topic;

import java.util.List;

/** Names of the services that write and read topics, as used in {@link Topic#writer()} and readers. */
public final class Services {

    public static final String INGEST = "ingest";
    public static final String REFRESH = "refresh";
    public static final String ARCHIVE = "archive";
    public static final String AGGREGATOR = "aggregator";
    public static final String API = "api";
    /** Writer of the dead-letter topic: every service. */
    public static final String ANY = "any";
    /** Reader placeholder of topics open to other systems. */
    public static final String ANYONE = "anyone";
    /** Reader of the dead-letter topic: people, through metrics and tooling. */
    public static final String OPERATORS = "operators";

    /** The five StreamPulse services. */
    public static final List<String> ALL = List.of(INGEST, REFRESH, ARCHIVE, AGGREGATOR, API);

    private Services() {
    }
}
