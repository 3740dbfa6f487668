package io.streampulse.bench.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes the one-class agent jar of {@link ParentWatchdog} (built at run time from the class itself). */
final class WatchdogJar {

    private WatchdogJar() {
    }

    static Path writeTo(Path directory) {
        Path jar = directory.resolve("watchdog.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", ParentWatchdog.class.getName());
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = ParentWatchdog.classBytes()) {
            out.putNextEntry(new JarEntry(ParentWatchdog.class.getName().replace('.', '/') + ".class"));
            classFile.transferTo(out);
            out.closeEntry();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
    }
}
