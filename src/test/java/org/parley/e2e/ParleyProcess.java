package org.parley.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged Parley jar (system property {@code parley.jar}, set by the failsafe plugin) in a process of its own,
 * for end-to-end tests that start, kill and restart nodes. Each start binds to 127.0.0.1 on a free port, runs in the
 * given working directory (whose {@code ./data} holds the embedded database unless the arguments say otherwise), with
 * its management port (health, info, metrics) on another free port of 127.0.0.1 unless the arguments name one,
 * writes its log to {@code target/e2e-processes/NAME-N.log}, and returns once the log says "Parley is ready".
 * Close it (try-with-resources) so that it stops even when the test fails; a shutdown hook kills what a test run left
 * behind.
 *
 * <pre>
 * var node = ParleyProcess.in(workDir).name("crash").env("PARLEY_ADMIN_PASSWORD", password);
 * try (ParleyProcess first = node.start()) {
 *     … first.baseUrl() …
 *     first.kill();                      // kill -9: no shutdown hooks, no flush
 * }
 * try (ParleyProcess second = node.start()) { … }   // the same directory and settings, a new port
 * </pre>
 */
public final class ParleyProcess implements AutoCloseable {

    /** As long as the shared demo app may take ({@code -Dparley.e2e.start-timeout-seconds}, 180 by default). */
    public static final Duration START_TIMEOUT = RunningParley.START_TIMEOUT;

    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String READY = "Parley is ready";

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path workDir;
    private final Path log;
    private final Thread killAtExit;

    private ParleyProcess(String name, Process process, int port, int managementPort, Path workDir, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.workDir = workDir;
        this.log = log;
        this.killAtExit = new Thread(() -> process.toHandle().destroyForcibly(), "kill-" + name);
        Runtime.getRuntime().addShutdownHook(killAtExit);
    }

    /** How to start Parley in this working directory; start it (again) with {@link Setup#start()}. */
    public static Setup in(Path workDir) {
        return new Setup(workDir);
    }

    /** The address it answers on, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The management server's address (health, info, Prometheus), e.g. {@code http://127.0.0.1:41235}. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The operating system's process id. */
    public long pid() {
        return process.pid();
    }

    public Path workDir() {
        return workDir;
    }

    /** This start's log file (standard output and error). */
    public Path log() {
        return log;
    }

    /** Everything this start has logged so far. */
    public String logText() {
        return read(log);
    }

    /** The last lines it logged, for assertion messages. */
    public String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the process by its pid with SIGKILL, as {@code kill -9}, the OOM killer or a power cut to the JVM would:
     * nothing in it runs again. Returns once the operating system reports it gone.
     */
    public void kill() {
        process.toHandle().destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
        forget();
    }

    /**
     * Stops the process gracefully (SIGTERM, so Spring closes the database and the web server), and kills it if it
     * has not ended within {@link #STOP_TIMEOUT}. Returns its exit status (a JVM ended by SIGTERM reports 143).
     */
    public int stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.toHandle().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.toHandle().destroyForcibly();
            }
            awaitExit(Duration.ofSeconds(30));
        }
        forget();
        return process.exitValue();
    }

    /** Stops it if it still runs; see {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ", " + baseUrl() + ", log " + log + ")";
    }

    private void awaitExit(Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + this + " to end", e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException(this + " did not end within " + timeout.toSeconds() + " s", e);
        }
    }

    private void forget() {
        try {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        } catch (IllegalStateException jvmShuttingDown) {
            // the hook runs anyway and finds the process gone
        }
    }

    /** A free TCP port on 127.0.0.1 (e.g. for a second port a node needs). */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged jar the failsafe plugin names in {@code parley.jar}. */
    public static Path packagedJar() {
        String property = System.getProperty("parley.jar");
        assertThat(property)
                .as("system property parley.jar: run the end-to-end tests through Maven (./parley test, or mvn "
                        + "verify), which builds the jar and sets it")
                .isNotBlank();
        Path jar = Path.of(property).toAbsolutePath();
        assertThat(jar).as("the packaged Parley jar").isRegularFile();
        return jar;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return ""; // e.g. a multi-byte character half written; the next read has it whole
        }
    }

    /** What to start: the working directory, a name for logs, arguments, environment and JVM options. */
    public static final class Setup {

        private final Path workDir;
        private String name = "parley";
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private Duration startTimeout = START_TIMEOUT;
        private int starts;

        private Setup(Path workDir) {
            this.workDir = workDir.toAbsolutePath();
        }

        /** Names the log files ({@code NAME-1.log}, {@code NAME-2.log}… one per start) and messages. */
        public Setup name(String name) {
            this.name = name;
            return this;
        }

        /** Application arguments such as {@code --spring.profiles.active=postgres}. */
        public Setup args(String... args) {
            this.args.addAll(List.of(args));
            return this;
        }

        /** JVM options such as {@code -Xmx512m}. */
        public Setup jvmArgs(String... options) {
            this.jvmArgs.addAll(List.of(options));
            return this;
        }

        /** An environment variable for the process (it inherits the test's environment otherwise). */
        public Setup env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        /** How long a start may take before it counts as failed ({@link #START_TIMEOUT} unless set). */
        public Setup startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** Starts the jar on a new free port and waits until it is ready; fails with its log if it is not. */
        public ParleyProcess start() {
            Path jar = packagedJar();
            int port = freePort();
            int managementPort = args.stream()
                    .filter(a -> a.startsWith("--management.server.port="))
                    .findFirst()
                    .map(a -> Integer.parseInt(a.substring(a.indexOf('=') + 1)))
                    .orElseGet(ParleyProcess::freePort);
            int start = ++starts;
            Path log = jar.getParent().resolve("e2e-processes").resolve(name + "-" + start + ".log");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of(
                    "-jar",
                    jar.toString(),
                    "--server.address=127.0.0.1",
                    "--server.port=" + port,
                    "--management.server.port=" + managementPort));
            command.addAll(args);
            Process process;
            try {
                Files.createDirectories(workDir);
                Files.createDirectories(log.getParent());
                var builder = new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().putAll(env);
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + jar, e);
            }
            var started = new ParleyProcess(name + "-" + start, process, port, managementPort, workDir, log);
            try {
                awaitReady(started, startTimeout);
            } catch (RuntimeException | Error e) {
                started.kill();
                throw e;
            }
            return started;
        }

        private static void awaitReady(ParleyProcess started, Duration startTimeout) {
            Instant deadline = Instant.now().plus(startTimeout);
            while (!started.logText().contains(READY)) {
                if (!started.isAlive() || Instant.now().isAfter(deadline)) {
                    String why = started.isAlive()
                            ? "did not log \"" + READY + "\" within " + startTimeout.toSeconds() + " s"
                            : "ended with status " + started.process.exitValue() + " before it was ready";
                    throw new AssertionError(
                            "Parley " + started + " " + why + "; the last lines of its log:\n" + started.logTail(80));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + started, e);
                }
            }
        }
    }
}
