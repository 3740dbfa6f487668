package io.streampulse.localstack.process;

import io.streampulse.localstack.Console;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessLauncherTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Console console = new Console(System.out, System.nanoTime(), false);
    private final ChildSpec spec = ChildSpec.echoed("ingest", List.of("-Xmx384m", "-jar", "ingest-service.jar"),
            Map.of(), Path.of("."));

    @Test
    void startsChildrenInTheirOwnSessionWithTheWatchdogAgent() {
        ProcessLauncher launcher = new ProcessLauncher(console, Path.of("logs"), Optional.of(Path.of("/w/watchdog.jar")), true);

        assertThat(launcher.command(spec))
                .containsExactly("setsid", JAVA, "-javaagent:/w/watchdog.jar", "-Xmx384m", "-jar", "ingest-service.jar");
    }

    @Test
    void withoutSetsidOrWatchdogItIsThePlainJavaCommand() {
        ProcessLauncher launcher = new ProcessLauncher(console, Path.of("logs"), Optional.empty(), false);

        assertThat(launcher.command(spec)).containsExactly(JAVA, "-Xmx384m", "-jar", "ingest-service.jar");
    }
}
