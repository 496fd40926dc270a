package org.parley.calendar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;
import org.parley.TestUsers;
import org.parley.calendar.internal.IcsChecks;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Figures for a calendar feed of 1,000 meetings (each with two delegations, one to three members each, and an agenda
 * item; a fifth of them above the feed's ceiling) served by the real Tomcat on a random port: the median time of a
 * full answer and of a 304, over HTTP on loopback, and requests per second of the 304 path with ApacheBench
 * ({@code ab -n 20000 -c 8}) when /usr/bin/ab exists. Asserts only that the answers are right, never a time.
 *
 * <p>Run: {@code mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=FeedBenchmark
 * -Dparley.benchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/benchmark/feeds;AUTO_SERVER=FALSE",
            "spring.flyway.clean-disabled=false",
            "vaadin.productionMode=true"
        })
@ActiveProfiles("test")
class FeedBenchmark {

    static final int MEETINGS = 1_000;
    static final int PEOPLE = 200;
    static final int WARM_UP = 10;
    static final int RUNS = 50;
    static final List<String> ZONES = List.of("Europe/Moscow", "America/New_York", "Europe/Berlin", "Asia/Tokyo");

    @Autowired
    DataSource dataSource;

    @Autowired
    FeedService feeds;

    @Autowired
    RenderedFeeds renderedFeeds;

    @Autowired
    TestUsers users;

    @LocalServerPort
    int port;

    @Test
    void a_feed_of_a_thousand_meetings() throws Exception {
        double loadSeconds = populate();
        IssuedFeed issued = users.as(
                "planner",
                () -> feeds.create(new FeedData(
                        "Benchmark feed",
                        FeedScope.MY_MEETINGS,
                        null,
                        null,
                        null,
                        Classification.UNCLASSIFIED,
                        false)));
        String path = issued.url().getPath();
        URI url = URI.create("http://127.0.0.1:" + port + path);
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<byte[]> full =
                client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(full.statusCode()).isEqualTo(200);
        IcsChecks.check(full.body());
        String body = new String(full.body(), StandardCharsets.UTF_8);
        long events = IcsChecks.unfolded(body).stream()
                .filter(l -> l.equals("BEGIN:VEVENT"))
                .count();
        assertThat(events).isEqualTo(MEETINGS);
        String etag = full.headers().firstValue("ETag").orElseThrow();

        double fullMedian = medianMillis(() -> {
            renderedFeeds.clear(); // as after a change: the version is new, so the body is rendered
            var response = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
        });
        double keptMedian = medianMillis(() -> {
            var response = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(full.body());
        });
        HttpRequest conditional =
                HttpRequest.newBuilder(url).header("If-None-Match", etag).build();
        double notModifiedMedian = medianMillis(() -> {
            var response = client.send(conditional, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(304);
        });

        String ab = apacheBench(path, etag);
        String report = String.format(
                """
                Feed benchmark (H2 file database, Tomcat on loopback, %d meetings in one feed, %s bytes)
                  data load (JDBC batches, not a figure): %.1f s
                  full answer (200, rendered): median %.1f ms over %d runs
                  full answer (200, unconditional poll of an unchanged feed, kept body): median %.2f ms over %d runs
                  unchanged (304 by If-None-Match): median %.2f ms over %d runs
                %s""",
                events,
                String.format("%,d", full.body().length),
                loadSeconds,
                fullMedian,
                RUNS,
                keptMedian,
                RUNS,
                notModifiedMedian,
                RUNS,
                ab);
        System.out.println(report);
        String feed = " (" + events + " meetings)";
        BenchmarkFigures.record("Calendar feed, full answer after a change" + feed, fullMedian, "ms", "< 1,000 ms");
        BenchmarkFigures.record(
                "Calendar feed, unchanged, polled without If-None-Match" + feed, keptMedian, "ms", "< 20 ms");
        BenchmarkFigures.record(
                "Calendar feed, unchanged, 304 by If-None-Match" + feed, notModifiedMedian, "ms", "< 20 ms");
        Files.writeString(Path.of("target", "benchmark-feeds.txt"), report);
    }

    /** ab on loopback, bounded: 20,000 requests, 8 at a time, 60 s at most. */
    private String apacheBench(String path, String etag) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/ab"))) {
            return "  ab: not installed, no requests-per-second figure\n";
        }
        List<String> command = List.of(
                "/usr/bin/ab",
                "-q",
                "-n",
                "20000",
                "-c",
                "8",
                "-t",
                "60",
                "-n",
                "20000",
                "-H",
                "If-None-Match: " + etag,
                "http://127.0.0.1:" + port + path);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Matcher rate = Pattern.compile("Requests per second:\\s+([0-9.]+)").matcher(output);
        Matcher complete = Pattern.compile("Complete requests:\\s+([0-9]+)").matcher(output);
        Matcher failed = Pattern.compile("Non-2xx responses:\\s+([0-9]+)").matcher(output);
        assertThat(rate.find()).as(output).isTrue();
        assertThat(complete.find()).isTrue();
        // every answer is a 304, which ab counts as non-2xx
        assertThat(failed.find()).as(output).isTrue();
        assertThat(failed.group(1)).isEqualTo(complete.group(1));
        return "  ab -n 20000 -c 8 -H 'If-None-Match: <etag>' (all 304): " + rate.group(1) + " requests/s, "
                + complete.group(1) + " requests\n";
    }

    @FunctionalInterface
    interface Timed {
        void run() throws Exception;
    }

    private static double medianMillis(Timed call) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** Replaces every meeting with 1,000 approved ones of the planner in the coming year, by JDBC batches. */
    private double populate() throws Exception {
        long started = System.nanoTime();
        Random random = new Random(7);
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        long[] personIds = new long[PEOPLE];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                for (String table : List.of(
                        "calendar_feed",
                        "calendar_sequence",
                        "notification",
                        "meeting_outcome",
                        "approval_step",
                        "agenda_item",
                        "delegation_member",
                        "delegation",
                        "meeting")) {
                    s.execute("delete from " + table);
                }
                s.execute("delete from person where created_by = 'feed-benchmark'");
            }
            Timestamp stamp = Timestamp.from(now);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into person (full_name, search_name, title, organisation, search_organisation, country,
                        email, phone, languages, home_zone, workday_start, workday_end, notes, active, version,
                        created_by, created_at, updated_by, updated_at)
                    values (?, ?, 'Counsellor', 'Ministry', 'ministry', ?, ?, null, null, 'Europe/Berlin', ?, ?, null,
                        true, 0, 'feed-benchmark', ?, 'feed-benchmark', ?)""", new String[] {"id"})) {
                for (int i = 0; i < PEOPLE; i++) {
                    insert.setString(1, "Feed person " + i);
                    insert.setString(2, "feed person " + i);
                    insert.setString(3, i % 2 == 0 ? "DE" : "FR");
                    insert.setString(4, "person" + i + "@example.org");
                    insert.setObject(5, LocalTime.of(9, 0));
                    insert.setObject(6, LocalTime.of(18, 0));
                    insert.setTimestamp(7, stamp);
                    insert.setTimestamp(8, stamp);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        personIds[i] = keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement meeting = connection.prepareStatement("""
                    insert into meeting (id, title, kind, tier, format, starts_at, ends_at, time_zone, classification,
                        objectives, status, version, created_by, created_at, updated_by, updated_at)
                    values (?, ?, 'EXPERT_MEETING', 'WORKING_LEVEL', 'VIRTUAL', ?, ?, ?, ?,
                        'Objectives of the consultations', 'APPROVED', 0, 'planner', ?, 'planner', ?)""");
                    PreparedStatement delegation = connection.prepareStatement("""
                    insert into delegation (id, meeting_id, position, country, organisation, ours)
                    values (?, ?, ?, ?, null, ?)""");
                    PreparedStatement member = connection.prepareStatement("""
                    insert into delegation_member (delegation_id, meeting_id, person_id, position, role, response)
                    values (?, ?, ?, ?, ?, 'ACCEPTED')""");
                    PreparedStatement agenda = connection.prepareStatement("""
                    insert into agenda_item (meeting_id, position, title, description, planned_minutes)
                    values (?, 0, 'Opening', 'Welcome and adoption of the agenda', 30)""")) {
                long base = 20_000_000L;
                for (int m = 0; m < MEETINGS; m++) {
                    long meetingId = base + m;
                    Instant start = now.plus(1 + random.nextInt(360), ChronoUnit.DAYS)
                            .plus(8 + random.nextInt(8), ChronoUnit.HOURS);
                    meeting.setLong(1, meetingId);
                    meeting.setString(2, "Consultations #" + m);
                    meeting.setTimestamp(3, Timestamp.from(start));
                    meeting.setTimestamp(4, Timestamp.from(start.plus(90, ChronoUnit.MINUTES)));
                    meeting.setString(5, ZONES.get(m % ZONES.size()));
                    meeting.setString(6, m % 5 == 0 ? "RESTRICTED" : "UNCLASSIFIED");
                    meeting.setTimestamp(7, stamp);
                    meeting.setTimestamp(8, stamp);
                    meeting.addBatch();
                    for (int d = 0; d < 2; d++) {
                        long delegationId = meetingId * 2 + d;
                        delegation.setLong(1, delegationId);
                        delegation.setLong(2, meetingId);
                        delegation.setInt(3, d);
                        delegation.setString(4, d == 0 ? "DE" : "FR");
                        delegation.setBoolean(5, d == 0);
                        delegation.addBatch();
                        int members = 1 + random.nextInt(3);
                        for (int p = 0; p < members; p++) {
                            member.setLong(1, delegationId);
                            member.setLong(2, meetingId);
                            member.setLong(3, personIds[(m * 7 + d * 3 + p) % PEOPLE]);
                            member.setInt(4, p);
                            member.setString(5, p == 0 ? "HEAD" : "DELEGATE");
                            member.addBatch();
                        }
                    }
                    agenda.setLong(1, meetingId);
                    agenda.addBatch();
                }
                meeting.executeBatch();
                delegation.executeBatch();
                member.executeBatch();
                agenda.executeBatch();
            }
            try (var s = connection.createStatement()) {
                s.execute("""
                        insert into calendar_sequence (meeting_id, sequence, starts_at, ends_at, venue_id, room_id,
                            status, changed_at)
                        select id, 0, starts_at, ends_at, venue_id, room_id, status, updated_at from meeting""");
                s.execute("analyze");
            }
            connection.commit();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
