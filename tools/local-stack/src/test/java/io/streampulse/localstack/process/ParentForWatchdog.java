package io.streampulse.localstack.process;

import io.streampulse.localstack.Console;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fixture: stands in for the local stack. Starts one {@link BlockingChild} through the launcher (watchdog
 * agent, own session), prints {@code child-pid=<pid>}, then blocks until it is killed.
 */
public final class ParentForWatchdog {

    private ParentForWatchdog() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path work = Path.of(args[0]);
        Console console = new Console(System.out, System.nanoTime(), false);
        ProcessLauncher launcher = new ProcessLauncher(console, work.resolve("logs"),
                Optional.of(WatchdogJar.writeTo(work)), ProcessLauncher.setsidAvailable());
        ChildProcess child = launcher.start(ChildSpec.echoed("blocking", List.of("-cp",
                System.getProperty("java.class.path"), BlockingChild.class.getName()), Map.of(), work));
        console.println("child-pid=" + child.pid());
        Thread.currentThread().join();
    }
}
