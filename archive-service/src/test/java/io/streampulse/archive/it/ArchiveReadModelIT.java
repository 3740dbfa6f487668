package io.streampulse.archive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The questions api-service asks archive's tables (read-only) are answered through indexes: a channel by login,
 * case-insensitively, newest sighting first; a channel's sessions by end time; a channel's latest events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveReadModelIT {

    private static final String BY_LOGIN = "select broadcaster_id from channels where lower(broadcaster_login) = lower(?)"
        + " order by last_seen_at desc limit 1";

    private MigratedDatabase database;

    @BeforeAll
    void channels() throws Exception {
        database = MigratedDatabase.create("archive-read-model");
        // Given 2000 channels, and a login that a second channel took over after the first renamed
        database.execute("insert into channels select 'id' || n, 'login_' || n, 'Name ' || n,"
            + " now() - interval '1 day', now() - interval '1 day' from generate_series(1, 2000) n",
            "insert into channels values ('old', 'SandySanderman', 'Old', now() - interval '400 days',"
            + " now() - interval '300 days')",
            "insert into channels values ('new', 'sandysanderman', 'New', now() - interval '10 days', now())",
            "analyze channels");
    }

    @Test
    void aLoginResolvesCaseInsensitivelyToItsNewestChannel() throws Exception {
        // When the API resolves logins in any case
        // Then it finds the channel that holds the login now, and nothing for an unknown login
        assertThat(resolve("SANDYSANDERMAN")).containsExactly("new");
        assertThat(resolve("Login_42")).containsExactly("id42");
        assertThat(resolve("nobody")).isEmpty();
    }

    @Test
    void theLoginLookupUsesItsIndex() throws Exception {
        // When PostgreSQL plans the lookup
        List<String> plan = explain(BY_LOGIN.replace("?", "'Login_42'"), false);

        // Then it reads the expression index, not the whole table
        assertThat(String.join("\n", plan)).contains("channels_by_login").doesNotContain("Seq Scan");
    }

    @Test
    void aChannelsSessionsAndEventsAreReadThroughTheirIndexes() throws Exception {
        // When PostgreSQL plans the API's other channel questions (with sequential scans discouraged, the tables
        // being small here)
        String sessions = String.join("\n", explain("select * from stream_sessions where broadcaster_id = 'id42'"
            + " and ended_at >= now() - interval '30 days' order by ended_at desc limit 20", true));
        String events = String.join("\n", explain("select * from channel_events where broadcaster_id = 'id42'"
            + " order by occurred_at desc limit 10", true));

        // Then each reads its index
        assertThat(sessions).contains("stream_sessions_by_channel");
        assertThat(events).contains("channel_events_recent");
    }

    private List<String> resolve(String login) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(BY_LOGIN)) {
            select.setString(1, login);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private List<String> explain(String query, boolean discourageSequentialScans) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = " + !discourageSequentialScans);
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("explain " + query)) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            return plan;
        }
    }
}
