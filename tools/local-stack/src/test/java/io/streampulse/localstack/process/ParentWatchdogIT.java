package io.streampulse.localstack.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A child of the local stack must not outlive it, even when the stack is killed with SIGKILL. */
class ParentWatchdogIT {

    @TempDir
    Path work;

    @Test
    void aChildExitsWhenItsParentIsKilledHard() throws Exception {
        // Given a stand-in for the local stack that started a child through the launcher
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParentForWatchdog.class.getName(), work.toString())
                .redirectErrorStream(true).start();
        long childPid = readChildPid(parent);
        assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive)).contains(true);

        // When the parent is killed with SIGKILL (no shutdown hook can run)
        parent.destroyForcibly().waitFor();

        // Then the child notices and exits by itself
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false), alive -> !alive);
        assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
    }

    private static long readChildPid(Process parent) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("child-pid=")) {
                return Long.parseLong(line.substring("child-pid=".length()));
            }
        }
        throw new AssertionError("the parent ended without starting its child");
    }
}
