package org.parley.e2e;

import static org.assertj.core.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Two Parley nodes (the packaged jar, {@link ParleyProcess}) on one PostgreSQL schema of their own, with HAProxy in
 * front running the shipped {@code config/haproxy.cfg}, and a GreenMail SMTP server the nodes send invitations to.
 * Everything binds to 127.0.0.1 on free ports; every process is stopped by its pid when the cluster closes.
 *
 * <p>PostgreSQL comes from {@code PARLEY_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}), HAProxy from
 * {@code /usr/sbin/haproxy} (or {@code PARLEY_E2E_HAPROXY}). Without them the tests that need a cluster are skipped
 * with a message saying so, except in CI (the variable {@code CI} set), where a missing one is a failure.
 */
final class ParleyCluster implements AutoCloseable {

    static final String SCHEMA = "parley_cluster_e2e";
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final GreenMail smtp;
    final List<ParleyProcess> nodes;
    final Path haproxyLog;
    private final Process haproxy;
    private final Path adminSocket;
    private final int balancerPort;
    private final Path workDir;
    private final String adminPassword;
    private final Requirements requirements;

    private ParleyCluster(
            Requirements requirements,
            GreenMail smtp,
            List<ParleyProcess> nodes,
            Process haproxy,
            Path haproxyLog,
            Path adminSocket,
            int balancerPort,
            Path workDir,
            String adminPassword) {
        this.requirements = requirements;
        this.smtp = smtp;
        this.nodes = nodes;
        this.haproxy = haproxy;
        this.haproxyLog = haproxyLog;
        this.adminSocket = adminSocket;
        this.balancerPort = balancerPort;
        this.workDir = workDir;
        this.adminPassword = adminPassword;
    }

    /** What a cluster needs on this machine: PostgreSQL and HAProxy, or a skip (a failure in CI) saying which. */
    record Requirements(String postgresUrl, String postgresUser, String postgresPassword, Path haproxy) {

        static Requirements ofThisMachine(String test) {
            String url = env("PARLEY_TEST_POSTGRES_URL");
            if (url.isBlank()) {
                missing(test + " needs PostgreSQL, which the nodes share: set PARLEY_TEST_POSTGRES_URL (e.g. "
                        + "jdbc:postgresql://localhost:5432/parley_test) with PARLEY_TEST_POSTGRES_USER and "
                        + "PARLEY_TEST_POSTGRES_PASSWORD, as .ci/run does");
            }
            Path haproxy =
                    Path.of(env("PARLEY_E2E_HAPROXY").isBlank() ? "/usr/sbin/haproxy" : env("PARLEY_E2E_HAPROXY"));
            if (!Files.isExecutable(haproxy)) {
                missing(test + " needs HAProxy at " + haproxy + " (Debian: apt-get install haproxy, as .ci/run "
                        + "does; or set PARLEY_E2E_HAPROXY)");
            }
            return new Requirements(
                    url, env("PARLEY_TEST_POSTGRES_USER"), env("PARLEY_TEST_POSTGRES_PASSWORD"), haproxy);
        }

        private static void missing(String why) {
            if (!env("CI").isBlank()) {
                fail("CI is set, so this must run: " + why);
            }
            Assumptions.abort("Skipped on this machine: " + why);
        }

        /** The JDBC address of the cluster's own schema in the test database. */
        String schemaUrl() {
            return postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(schemaUrl(), postgresUser, postgresPassword);
        }
    }

    /**
     * Empties the cluster's schema, starts GreenMail, both nodes at the same moment (so they race to migrate the
     * empty schema, as nodes starting together would) and HAProxy, and waits until the balancer sees both nodes up.
     */
    static ParleyCluster start(
            Requirements requirements, String name, Duration startTimeout, List<String> jvmArgs, String... extraArgs)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        requirements.postgresUrl(), requirements.postgresUser(), requirements.postgresPassword());
                Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
        }
        Path target = ParleyProcess.packagedJar().getParent();
        Path workDir = Files.createTempDirectory("parley-cluster-");
        var smtp = new GreenMail(new ServerSetup(ParleyProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<ParleyProcess> nodes = new ArrayList<>();
        Process haproxy = null;
        // a thread per node: the common pool has a single thread on a two-core machine
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            int balancerPort = ParleyProcess.freePort();
            String adminPassword = "Cluster-" + randomText(18);
            List<CompletableFuture<ParleyProcess>> starting = new ArrayList<>();
            for (String node : List.of("a", "b")) {
                List<String> args = new ArrayList<>(List.of(
                        "--spring.config.location=classpath:/",
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + requirements.schemaUrl(),
                        "--spring.datasource.username=" + requirements.postgresUser(),
                        "--spring.datasource.password=" + requirements.postgresPassword(),
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--parley.calendar.mail.retry-interval=PT2S",
                        "--parley.calendar.mail.abandoned-after=PT15S",
                        "--parley.calendar.base-url=http://127.0.0.1:" + balancerPort,
                        "--server.forward-headers-strategy=native"));
                args.addAll(List.of(extraArgs));
                var setup = ParleyProcess.in(workDir.resolve(node))
                        .name(name + "-" + node)
                        .startTimeout(startTimeout)
                        .jvmArgs(jvmArgs.toArray(String[]::new))
                        .env("PARLEY_ADMIN_PASSWORD", adminPassword)
                        .args(args.toArray(String[]::new));
                starting.add(CompletableFuture.supplyAsync(setup::start, starter));
            }
            Throwable failed = null;
            for (CompletableFuture<ParleyProcess> node : starting) {
                try {
                    nodes.add(node.get(startTimeout.toSeconds() + 30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    // e.g. ParleyProcess's AssertionError with the node's log; the other node is still stopped below
                    failed = failed == null ? e.getCause() : failed;
                }
            }
            if (failed instanceof Error error) {
                throw error;
            } else if (failed != null) {
                throw new IllegalStateException(failed);
            }

            Path adminSocket = workDir.resolve("haproxy.sock");
            Path haproxyLog = target.resolve("e2e-processes").resolve(name + "-haproxy.log");
            Path config = target.getParent().resolve("config").resolve("haproxy.cfg");
            var builder = new ProcessBuilder(requirements.haproxy().toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(haproxyLog.toFile());
            builder.environment().put("PARLEY_LB_BIND", "127.0.0.1:" + balancerPort);
            builder.environment()
                    .put("PARLEY_NODE1", "127.0.0.1:" + nodes.get(0).port());
            builder.environment()
                    .put("PARLEY_NODE2", "127.0.0.1:" + nodes.get(1).port());
            builder.environment().put("PARLEY_LB_SOCKET", adminSocket.toString());
            haproxy = builder.start();
            var cluster = new ParleyCluster(
                    requirements, smtp, nodes, haproxy, haproxyLog, adminSocket, balancerPort, workDir, adminPassword);
            cluster.awaitBothNodesUp();
            return cluster;
        } catch (Exception | Error e) {
            if (haproxy != null) {
                stopProcess(haproxy);
            }
            nodes.forEach(ParleyProcess::close);
            smtp.stop();
            throw e;
        } finally {
            starter.shutdown();
        }
    }

    /** The first administrator's password on both nodes (PARLEY_ADMIN_PASSWORD). */
    String adminPassword() {
        return adminPassword;
    }

    /**
     * A person in the directory, written as an import would leave it (the API does not create people): returns the
     * id. The UI's "New person" dialog is tested elsewhere; here only the e-mail address matters.
     */
    long addPerson(String name, String country, String email) throws SQLException {
        try (Connection db = requirements.connect();
                PreparedStatement insert = db.prepareStatement("""
                        insert into person (full_name, search_name, country, email, home_zone, workday_start,
                            workday_end, active, version, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, 'Europe/Berlin', time '09:00', time '18:00', true, 0, 'admin', now(),
                            'admin', now())
                        returning id""")) {
            insert.setString(1, name);
            insert.setString(2, name.toLowerCase(java.util.Locale.ROOT));
            insert.setString(3, country);
            insert.setString(4, email);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** Where users reach Parley: the balancer, e.g. {@code http://127.0.0.1:41000}. */
    String balancerUrl() {
        return "http://127.0.0.1:" + balancerPort;
    }

    ParleyProcess node(int index) {
        return nodes.get(index);
    }

    /** The node that the balancer's cookie value ("node1", "node2") names. */
    ParleyProcess nodeNamed(String cookieValue) {
        return nodes.get(Integer.parseInt(cookieValue.substring("node".length())) - 1);
    }

    /** Sends a command to HAProxy's admin socket and returns its answer, e.g. {@code show stat}. */
    String balancerCommand(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(adminSocket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            var answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    /** The servers of both backends the balancer currently sends traffic to ("UP" in its statistics). */
    List<String> serversUp() throws IOException {
        return balancerCommand("show stat")
                .lines()
                .map(line -> line.split(","))
                .filter(f -> f.length > 17
                        && f[0].startsWith("parley_")
                        && f[1].startsWith("node")
                        && f[17].startsWith("UP"))
                .map(f -> f[0] + "/" + f[1])
                .toList();
    }

    private void awaitBothNodesUp() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            if (!haproxy.isAlive()) {
                fail("HAProxy ended with status " + haproxy.exitValue() + ": " + Files.readString(haproxyLog));
            }
            try {
                if (serversUp().size() == 4
                        && get(balancerUrl() + "/api/v1/openapi.json", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the socket or the port is not open yet
            }
            if (Instant.now().isAfter(deadline)) {
                fail("HAProxy did not see both nodes up within 60 s: " + balancerCommand("show stat") + "\n"
                        + Files.readString(haproxyLog));
            }
            Thread.sleep(200);
        }
    }

    /** A one-hour virtual expert meeting on the day, our head of delegation and theirs, as the API's JSON. */
    static String meetingJson(String title, LocalDate day, long ourHead, long theirHead) {
        return """
                {"title": "%s", "kind": "EXPERT_MEETING", "tier": "WORKING_LEVEL",
                 "format": "VIRTUAL", "start": "%sT10:00", "end": "%sT11:00", "zone": "Europe/Berlin",
                 "classification": "UNCLASSIFIED", "objectives": "Keep talking while a node goes down",
                 "delegations": [
                   {"country": "RU", "ours": true, "members": [{"person": %d, "role": "HEAD"}]},
                   {"country": "US", "ours": false, "members": [{"person": %d, "role": "HEAD"}]}]}
                """.formatted(title, day, day, ourHead, theirHead);
    }

    static HttpResponse<String> get(String url, @Nullable String token, String... headers)
            throws IOException, InterruptedException {
        return send("GET", url, token, null, headers);
    }

    static HttpResponse<String> send(
            String method, String url, @Nullable String token, @Nullable String json, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    @Override
    public void close() {
        try {
            stopProcess(haproxy);
        } finally {
            try {
                nodes.forEach(ParleyProcess::close);
            } finally {
                smtp.stop();
                deleteQuietly(workDir);
            }
        }
    }

    /** SIGTERM by pid, then SIGKILL if it has not ended within {@link #STOP_TIMEOUT}. */
    private static void stopProcess(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; leaving it behind is harmless
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
