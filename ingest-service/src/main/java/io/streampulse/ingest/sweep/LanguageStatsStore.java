package io.streampulse.ingest.sweep;

import java.util.Map;

/** What the last sweep of each language saw, shared by the replicas (who plan the same splits from it). */
public interface LanguageStatsStore {

    Map<String, LanguageStats> load();

    void save(String language, LanguageStats stats);
}
