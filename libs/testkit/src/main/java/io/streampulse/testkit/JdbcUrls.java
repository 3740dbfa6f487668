package io.streampulse.testkit;

/** Rewrites PostgreSQL JDBC URLs of the form {@code jdbc:postgresql://hosts[/database][?params]}. */
final class JdbcUrls {

    private static final String SCHEME = "jdbc:postgresql://";

    private JdbcUrls() {
    }

    /** The same server, parameters kept, pointing at another database. */
    static String withDatabase(String url, String database) {
        if (!url.startsWith(SCHEME)) {
            throw new IllegalArgumentException("expected a " + SCHEME + "... URL, was " + url);
        }
        int query = url.indexOf('?');
        String withoutParams = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = withoutParams.indexOf('/', SCHEME.length());
        String hosts = slash < 0 ? withoutParams : withoutParams.substring(0, slash);
        return hosts + "/" + database + params;
    }
}
