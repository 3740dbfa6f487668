package io.streampulse.deploycheck;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test reads them: rewrites the topic declarations from the registry when the build runs with
 * -Ddeploycheck.regenerate=true (see {@link TopicManifests}). Registered in
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener.
 */
public class RegenerateTopicFiles implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TopicManifests.regenerateIfRequested();
    }
}
