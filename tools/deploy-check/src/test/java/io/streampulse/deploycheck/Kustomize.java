package io.streampulse.deploycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, as an operator's {@code kubectl apply -k} would.
 * kubectl is required: without it the checks fail (they never skip). KUBECTL may name the binary.
 */
final class Kustomize {

    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests render(Path kustomizationDir) {
        return RENDERED.computeIfAbsent(kustomizationDir.toAbsolutePath().normalize(), Kustomize::run);
    }

    private static Manifests run(Path dir) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        Process process = start(kubectl, dir);
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String output = readAll(process.getInputStream());
        int exit = waitFor(process, dir);
        String relative = Repo.ROOT.relativize(dir).toString();
        if (exit != 0) {
            throw new AssertionError("`kubectl kustomize " + relative + "` failed with exit code " + exit + ":\n"
                + errors.join());
        }
        return new Manifests(relative, Yaml.documents(output, "kubectl kustomize " + relative));
    }

    private static Process start(String kubectl, Path dir) {
        try {
            return new ProcessBuilder(kubectl, "kustomize", dir.toString()).start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is required to render " + dir + " but '" + kubectl
                + "' could not be started (" + e.getMessage() + "). Install kubectl 1.27 or newer (it embeds "
                + "kustomize v5) on the PATH, or set KUBECTL to its path.", e);
        }
    }

    private static int waitFor(Process process, Path dir) {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 2 minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while rendering " + dir, e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
