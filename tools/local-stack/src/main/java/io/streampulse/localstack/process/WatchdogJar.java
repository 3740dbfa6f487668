package io.streampulse.localstack.process;

import io.streampulse.localstack.watchdog.ParentWatchdog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the one-class agent jar of {@link ParentWatchdog} into the work directory. Built at run time from the
 * class itself, so it needs no build step and never puts anything else on a child's class path.
 */
public final class WatchdogJar {

    private static final String CLASS_ENTRY = ParentWatchdog.class.getName().replace('.', '/') + ".class";

    private WatchdogJar() {
    }

    public static Path writeTo(Path directory) {
        Path jar = directory.resolve("watchdog.jar");
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "watchdog", ".jar.tmp");
            try (OutputStream file = Files.newOutputStream(temporary);
                 JarOutputStream out = new JarOutputStream(file, manifest());
                 InputStream classFile = classBytes()) {
                out.putNextEntry(new JarEntry(CLASS_ENTRY));
                classFile.transferTo(out);
                out.closeEntry();
            }
            return Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", ParentWatchdog.class.getName());
        return manifest;
    }

    private static InputStream classBytes() throws IOException {
        InputStream in = WatchdogJar.class.getClassLoader().getResourceAsStream(CLASS_ENTRY);
        if (in == null) {
            throw new IOException(CLASS_ENTRY + " not found on the class path");
        }
        return in;
    }
}
