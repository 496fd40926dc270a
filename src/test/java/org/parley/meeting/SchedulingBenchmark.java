package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;
import org.parley.directory.PersonId;
import org.parley.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scheduling assistant on the benchmark database (100,000 meetings, 20,000 people, H2 in a file): 20 people in
 * 5 time zones, a one-hour meeting, 30 days, starts from 08:00 to 18:00 Berlin time every 15 minutes. Reports the
 * median of {@link SchedulingService#findSlots}, measured through the service with its security and transaction, as
 * a planner would call it; asserts only that the answer is right, never a time.
 *
 * <p>Run: {@code mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=SchedulingBenchmark
 * -Dparley.benchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/benchmark/scheduling;AUTO_SERVER=FALSE",
            "spring.flyway.clean-disabled=false"
        })
@ActiveProfiles("test")
class SchedulingBenchmark {

    static final int PEOPLE = 20;
    static final int DAYS = 30;
    static final ZoneId VENUE = ZoneId.of("Europe/Berlin");

    @Autowired
    DataSource dataSource;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    MeetingQueries queries;

    @Test
    void slot_finding_on_a_large_database() throws Exception {
        BenchmarkDatabase.Loaded data = BenchmarkDatabase.populate(dataSource);
        // people 0, 1001, 2002, …: spread over the table, and since person i lives in zone i % 5, four in each zone
        Set<PersonId> people = new LinkedHashSet<>();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new PersonId(data.personIds()[i * 1001]));
            zones.add(data.zoneOf(i * 1001));
        }
        LocalDate from = LocalDate.of(2030, 6, 3);
        SlotRequest request = new SlotRequest(
                people,
                Duration.ofHours(1),
                from,
                from.plusDays(DAYS - 1),
                VENUE,
                LocalTime.of(8, 0),
                LocalTime.of(18, 0));

        double median =
                BenchmarkDatabase.medianMillis(() -> SystemTask.runAsSystem(() -> scheduling.findSlots(request)));

        SlotProposals found = SystemTask.runAsSystem(() -> scheduling.findSlots(request));
        List<Long> ids = people.stream().map(PersonId::value).toList();
        var rangeStart = from.atTime(8, 0).atZone(VENUE).toInstant();
        var rangeEnd = from.plusDays(DAYS - 1).atTime(19, 0).atZone(VENUE).toInstant();
        int busyInRange = queries.busyTimes(ids, rangeStart, rangeEnd, -1).size();
        // the busy-time query on its own, to tell the database's share of the figure from the arithmetic's
        double queryMedian = BenchmarkDatabase.medianMillis(() -> queries.busyTimes(ids, rangeStart, rangeEnd, -1));
        assertThat(zones).hasSize(5);
        assertThat(busyInRange).isPositive();
        assertThat(found.proposals()).hasSize(SlotRequest.DEFAULT_PROPOSALS);
        // 16:00 in Berlin in summer is inside the 09:00–18:00 day from New York to Moscow, so the best has nobody out
        assertThat(found.proposals().getFirst().peopleOutsideHours()).isZero();
        for (SlotProposal proposal : found.proposals()) {
            assertThat(queries.peopleBusy(ids, proposal.start(), proposal.end(), -1))
                    .as("nobody is busy at %s", proposal.start())
                    .isEmpty();
        }

        String report = String.format(
                """
                Scheduling benchmark (H2 file database, %,d meetings, %,d people, %,d delegation members)
                  data load (JDBC batches, not measured as a figure): %.1f s
                  Slot finding for %d people across %d time zones (%s) over %d days, 1 h, starts 08:00-18:00 %s
                  every 15 min (%d busy intervals in range, %d proposals): median %.2f ms over %d runs
                  of which the busy-time query alone: median %.2f ms
                """,
                BenchmarkDatabase.MEETINGS,
                BenchmarkDatabase.PEOPLE,
                data.memberCount(),
                data.seconds(),
                PEOPLE,
                zones.size(),
                zones.stream().map(ZoneId::getId).collect(Collectors.joining(", ")),
                DAYS,
                VENUE.getId(),
                busyInRange,
                found.proposals().size(),
                median,
                BenchmarkDatabase.RUNS,
                queryMedian);
        System.out.println(report);
        BenchmarkFigures.record(
                "Slot finder: 20 people, 5 zones, 30 days (100,000 meetings)", median, "ms", "< 100 ms");
        Files.writeString(Path.of("target", "benchmark-scheduling.txt"), report);
    }
}
