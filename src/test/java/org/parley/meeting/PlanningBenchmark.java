package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.directory.PersonId;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Figures for the planning core on a large database (100,000 meetings, 20,000 people, H2 in a file as in production's
 * default): the first page of the Meetings grid with a text filter, and the conflicts of a meeting with 20
 * participants. Reports medians; asserts only that the answers are right, never a time.
 *
 * <p>Run: {@code mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=PlanningBenchmark}
 */
@Tag("benchmark")
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "parley.benchmark", matches = "true", disabledReason = "a benchmark: run with -Dparley.benchmark=true")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/planning;AUTO_SERVER=FALSE",
        "spring.flyway.clean-disabled=false"})
@ActiveProfiles("test")
class PlanningBenchmark {

    static final int MEETINGS = 100_000;
    static final int PEOPLE = 20_000;
    static final int WARM_UP = 5;
    static final int RUNS = 25;
    static final Instant EPOCH = LocalDateTime.of(2030, 1, 1, 0, 0).atZone(ZoneId.of("UTC")).toInstant();
    static final List<String> TOPICS = List.of("arms control", "consular matters", "trade", "energy", "the Arctic",
            "cyber security", "humanitarian access", "grain exports", "nuclear safety", "visas", "climate",
            "culture", "maritime law", "space", "health", "migration");

    @Autowired DataSource dataSource;
    @Autowired MeetingService meetings;

    @Test
    void planning_figures_on_a_large_database() throws Exception {
        long loadStart = System.nanoTime();
        long[] personIds = populate();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        var filter = MeetingFilter.all().withText("arms");
        var firstPage = PageRequest.of(0, 50, Sort.by("start"));
        double gridMedian = medianMillis(() -> SystemTask.runAsSystem(() -> meetings.find(filter, firstPage)));
        var page = SystemTask.runAsSystem(() -> meetings.find(filter, firstPage));
        assertThat(page.getContent()).hasSize(50).allSatisfy(m -> assertThat(m.title()).contains("arms"));

        MeetingData twenty = meetingWith(personIds, 20);
        double conflictMedian = medianMillis(() -> SystemTask.runAsSystem(() -> meetings.checkConflicts(null, twenty)));
        List<Conflict> conflicts = SystemTask.runAsSystem(() -> meetings.checkConflicts(null, twenty));
        assertThat(conflicts).isNotEmpty();

        String report = String.format("""
                Planning benchmark (H2 file database, %,d meetings, %,d people, %,d delegation members)
                  data load (JDBC batches, not measured as a figure): %.1f s
                  Meetings grid, first page of 50 with text filter "arms": median %.2f ms over %d runs
                  Conflicts for a meeting with 20 participants (%d conflicts found): median %.2f ms over %d runs
                """, MEETINGS, PEOPLE, memberCount, loadSeconds, gridMedian, RUNS, conflicts.size(), conflictMedian,
                RUNS);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-planning.txt"), report);
    }

    private long memberCount;

    private static double medianMillis(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** A meeting on a busy day whose 20 participants are spread across the people table. */
    private static MeetingData meetingWith(long[] personIds, int participants) {
        List<MemberData> ours = new ArrayList<>();
        List<MemberData> theirs = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            var member = new MemberData(new PersonId(personIds[(i * 997) % personIds.length]),
                    i < 2 ? MemberRole.HEAD : MemberRole.DELEGATE);
            (i % 2 == 0 ? ours : theirs).add(member);
        }
        LocalDateTime start = LocalDateTime.of(2030, 6, 10, 10, 0);
        return new MeetingData("Benchmark", MeetingKind.EXPERT_MEETING, Tier.WORKING_LEVEL, MeetingFormat.VIRTUAL,
                start, start.plusDays(2), ZoneId.of("Europe/Berlin"), null, null, null, null,
                Classification.UNCLASSIFIED, "", null, null,
                List.of(new DelegationData(new CountryCode("RU"), null, true, ours),
                        new DelegationData(new CountryCode("US"), null, false, theirs)), List.of());
    }

    private long[] populate() throws SQLException, IOException {
        Random random = new Random(42);
        long[] personIds = new long[PEOPLE];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                s.execute("delete from agenda_item");
                s.execute("delete from delegation_member");
                s.execute("delete from delegation");
                s.execute("delete from meeting");
                s.execute("delete from person where created_by = 'benchmark'");
            }
            String[] zones = {"Europe/Moscow", "America/New_York", "Europe/Kyiv", "Asia/Riyadh", "Europe/Berlin"};
            String[] countries = {"RU", "US", "UA", "SA", "DE"};
            Timestamp now = Timestamp.from(EPOCH);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into person (full_name, search_name, title, organisation, search_organisation, country,
                        email, phone, languages, home_zone, workday_start, workday_end, notes, active, version,
                        created_by, created_at, updated_by, updated_at)
                    values (?, ?, 'Counsellor', 'Ministry', 'ministry', ?, null, null, null, ?, ?, ?, null, true, 0,
                        'benchmark', ?, 'benchmark', ?)""", new String[] {"id"})) {
                for (int i = 0; i < PEOPLE; i++) {
                    String name = "Person " + i;
                    insert.setString(1, name);
                    insert.setString(2, name.toLowerCase());
                    insert.setString(3, countries[i % countries.length]);
                    insert.setString(4, zones[i % zones.length]);
                    insert.setObject(5, LocalTime.of(9, 0));
                    insert.setObject(6, LocalTime.of(18, 0));
                    insert.setTimestamp(7, now);
                    insert.setTimestamp(8, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        personIds[i] = keys.getLong(1);
                    }
                }
            }
            connection.commit();

            try (PreparedStatement meeting = connection.prepareStatement("""
                    insert into meeting (id, title, kind, tier, format, starts_at, ends_at, time_zone, classification,
                        objectives, status, version, created_by, created_at, updated_by, updated_at)
                    values (?, ?, 'EXPERT_MEETING', 'WORKING_LEVEL', 'VIRTUAL', ?, ?, 'Europe/Berlin', ?, '', 'DRAFT',
                        0, 'benchmark', ?, 'benchmark', ?)""");
                 PreparedStatement delegation = connection.prepareStatement("""
                    insert into delegation (id, meeting_id, position, country, organisation, ours)
                    values (?, ?, ?, ?, null, ?)""");
                 PreparedStatement member = connection.prepareStatement("""
                    insert into delegation_member (delegation_id, meeting_id, person_id, position, role, response)
                    values (?, ?, ?, ?, ?, 'NEEDS_ACTION')""")) {
                long base = 10_000_000L;
                Classification[] classes = Classification.values();
                for (int m = 0; m < MEETINGS; m++) {
                    long meetingId = base + m;
                    Instant start = EPOCH.plus(random.nextInt(730 * 24 * 4) * 15L, ChronoUnit.MINUTES);
                    meeting.setLong(1, meetingId);
                    meeting.setString(2, "Consultations on " + TOPICS.get(m % TOPICS.size()) + " #" + m);
                    meeting.setTimestamp(3, Timestamp.from(start));
                    meeting.setTimestamp(4, Timestamp.from(start.plus(30 + 30L * random.nextInt(6), ChronoUnit.MINUTES)));
                    meeting.setString(5, classes[random.nextInt(classes.length)].name());
                    meeting.setTimestamp(6, now);
                    meeting.setTimestamp(7, now);
                    meeting.addBatch();
                    java.util.Set<Long> seen = new java.util.HashSet<>();
                    for (int d = 0; d < 2; d++) {
                        long delegationId = meetingId * 2 + d;
                        delegation.setLong(1, delegationId);
                        delegation.setLong(2, meetingId);
                        delegation.setInt(3, d);
                        delegation.setString(4, countries[(m + d) % countries.length]);
                        delegation.setBoolean(5, d == 0);
                        delegation.addBatch();
                        int members = 1 + random.nextInt(4);
                        for (int p = 0; p < members; p++) {
                            long person = personIds[random.nextInt(PEOPLE)];
                            if (!seen.add(person)) {
                                continue;
                            }
                            member.setLong(1, delegationId);
                            member.setLong(2, meetingId);
                            member.setLong(3, person);
                            member.setInt(4, p);
                            member.setString(5, p == 0 ? "HEAD" : "DELEGATE");
                            member.addBatch();
                            memberCount++;
                        }
                    }
                    if (m % 2_000 == 1_999) {
                        meeting.executeBatch();
                        delegation.executeBatch();
                        member.executeBatch();
                        connection.commit();
                    }
                }
                meeting.executeBatch();
                delegation.executeBatch();
                member.executeBatch();
                connection.commit();
            }
            try (var s = connection.createStatement()) {
                s.execute("analyze");
            } catch (SQLException notH2) {
                // statistics help H2's planner; other databases gather them by themselves
            }
        }
        return personIds;
    }
}
