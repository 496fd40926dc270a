package org.parley.meeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.parley.shared.Classification;

/**
 * The large database the benchmarks measure against, written with JDBC batches because going through the services
 * would take longer than the figures themselves: 20,000 people in five zones and 100,000 meetings over two years from
 * 2030 (every classification, two delegations of one to four people each). Seeded, so every run builds the same data.
 * Also the timer the benchmarks share.
 */
final class BenchmarkDatabase {

    static final int MEETINGS = 100_000;
    static final int PEOPLE = 20_000;
    static final Instant EPOCH =
            LocalDateTime.of(2030, 1, 1, 0, 0).atZone(ZoneId.of("UTC")).toInstant();
    static final int DAYS = 730;
    static final List<String> ZONES =
            List.of("Europe/Moscow", "America/New_York", "Europe/Kyiv", "Asia/Riyadh", "Europe/Berlin");
    static final List<String> COUNTRIES = List.of("RU", "US", "UA", "SA", "DE");
    static final LocalTime WORKDAY_START = LocalTime.of(9, 0);
    static final LocalTime WORKDAY_END = LocalTime.of(18, 0);
    static final List<String> TOPICS = List.of(
            "arms control",
            "consular matters",
            "trade",
            "energy",
            "the Arctic",
            "cyber security",
            "humanitarian access",
            "grain exports",
            "nuclear safety",
            "visas",
            "climate",
            "culture",
            "maritime law",
            "space",
            "health",
            "migration");
    static final int WARM_UP = 5;
    static final int RUNS = 25;

    /**
     * @param personIds the people's ids in insertion order; person {@code i} lives in {@code ZONES.get(i % 5)}
     */
    record Loaded(long[] personIds, long memberCount, double seconds) {

        ZoneId zoneOf(int index) {
            return ZoneId.of(ZONES.get(index % ZONES.size()));
        }
    }

    private BenchmarkDatabase() {}

    /** The median of {@value #RUNS} timed calls after {@value #WARM_UP} untimed ones, in milliseconds. */
    static double medianMillis(Supplier<?> call) {
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

    /** Replaces all meetings and the benchmark's people with freshly generated ones. */
    static Loaded populate(DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(42);
        long[] personIds = new long[PEOPLE];
        long memberCount = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                s.execute("delete from agenda_item");
                s.execute("delete from delegation_member");
                s.execute("delete from delegation");
                s.execute("delete from meeting");
                s.execute("delete from person where created_by = 'benchmark'");
            }
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
                    insert.setString(3, COUNTRIES.get(i % COUNTRIES.size()));
                    insert.setString(4, ZONES.get(i % ZONES.size()));
                    insert.setObject(5, WORKDAY_START);
                    insert.setObject(6, WORKDAY_END);
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
                    Instant start = EPOCH.plus(random.nextInt(DAYS * 24 * 4) * 15L, ChronoUnit.MINUTES);
                    meeting.setLong(1, meetingId);
                    meeting.setString(2, "Consultations on " + TOPICS.get(m % TOPICS.size()) + " #" + m);
                    meeting.setTimestamp(3, Timestamp.from(start));
                    meeting.setTimestamp(
                            4, Timestamp.from(start.plus(30 + 30L * random.nextInt(6), ChronoUnit.MINUTES)));
                    meeting.setString(5, classes[random.nextInt(classes.length)].name());
                    meeting.setTimestamp(6, now);
                    meeting.setTimestamp(7, now);
                    meeting.addBatch();
                    Set<Long> seen = new HashSet<>();
                    for (int d = 0; d < 2; d++) {
                        long delegationId = meetingId * 2 + d;
                        delegation.setLong(1, delegationId);
                        delegation.setLong(2, meetingId);
                        delegation.setInt(3, d);
                        delegation.setString(4, COUNTRIES.get((m + d) % COUNTRIES.size()));
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
        }
        analyze(dataSource);
        return new Loaded(personIds, memberCount, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Gathers the planner's statistics, as the database would by itself soon after so many writes (PostgreSQL's
     * autovacuum), so that the figures are those of a settled database.
     */
    static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var s = connection.createStatement()) {
            s.execute("analyze");
        } catch (SQLException notSupported) {
            // a database without ANALYZE gathers its statistics by itself
        }
    }
}
