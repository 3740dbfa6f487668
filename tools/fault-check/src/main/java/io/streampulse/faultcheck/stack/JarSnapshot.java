package io.streampulse.faultcheck.stack;

import io.streampulse.faultcheck.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.jar.JarFile;

/** Takes a consistent copy of a runnable jar that a concurrent build may be rewriting. */
final class JarSnapshot {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private JarSnapshot() {
    }

    static void copy(Path jar, Path copy) {
        boolean copied = Waits.until(() -> attempt(jar, copy), PATIENCE, Duration.ofSeconds(3));
        if (!copied) {
            throw new StackFailure(jar + " did not become a complete runnable jar (with a Main-Class) within "
                    + PATIENCE.toMinutes() + " minutes: is a build rewriting it?");
        }
    }

    private static boolean attempt(Path jar, Path copy) throws IOException {
        FileTime before = Files.getLastModifiedTime(jar);
        long size = Files.size(jar);
        if (!runnable(jar)) {
            return false;
        }
        Files.createDirectories(copy.getParent());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        boolean unchanged = before.equals(Files.getLastModifiedTime(jar)) && size == Files.size(jar);
        return unchanged && Files.size(copy) == size && runnable(copy);
    }

    static boolean runnable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Main-Class") != null;
        } catch (IOException notAJarYet) {
            return false;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
