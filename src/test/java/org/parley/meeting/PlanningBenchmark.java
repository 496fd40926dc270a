package org.parley.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.BenchmarkFigures;
import org.parley.directory.PersonId;
import org.parley.security.SystemTask;
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
 * <p>Run: {@code mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=PlanningBenchmark
 * -Dparley.benchmark=true}
 */
@Tag("benchmark")
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
@SpringBootTest(
        properties = {
            // -Dparley.benchmark.url=jdbc:postgresql://… (with .user and .password) measures PostgreSQL instead
            "spring.datasource.url=${parley.benchmark.url:jdbc:h2:file:./target/benchmark/planning;AUTO_SERVER=FALSE}",
            "spring.datasource.username=${parley.benchmark.user:sa}",
            "spring.datasource.password=${parley.benchmark.password:}",
            "spring.flyway.clean-disabled=false"
        })
@ActiveProfiles("test")
class PlanningBenchmark {

    @Autowired
    DataSource dataSource;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingSearchIndex searchIndex;

    @Test
    void planning_figures_on_a_large_database() throws Exception {
        BenchmarkDatabase.Loaded data = BenchmarkDatabase.populate(dataSource);
        long[] personIds = data.personIds();
        // the meetings were written behind the application's back, as before an upgrade: start-up indexes them
        long indexing = System.nanoTime();
        searchIndex.indexWhatIsMissing();
        double indexSeconds = (System.nanoTime() - indexing) / 1e9;
        BenchmarkDatabase.analyze(dataSource);
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }

        var filter = MeetingFilter.all().withText("arms");
        var firstPage = PageRequest.of(0, 50, Sort.by("start"));
        double gridMedian =
                BenchmarkDatabase.medianMillis(() -> SystemTask.runAsSystem(() -> meetings.find(filter, firstPage)));
        var page = SystemTask.runAsSystem(() -> meetings.find(filter, firstPage));
        assertThat(page.getContent())
                .hasSize(50)
                .allSatisfy(m -> assertThat(m.title()).contains("arms"));

        // a participant is in few meetings: the search cannot stop early, the index (or the scan) decides
        var participant = MeetingFilter.all().withText("Person 12345");
        double participantMedian = BenchmarkDatabase.medianMillis(
                () -> SystemTask.runAsSystem(() -> meetings.find(participant, firstPage)));
        int participantFound = SystemTask.runAsSystem(() -> meetings.find(participant, firstPage))
                .getNumberOfElements();
        assertThat(participantFound).isPositive();
        var nothing = MeetingFilter.all().withText("Zanzibar");
        double nothingMedian =
                BenchmarkDatabase.medianMillis(() -> SystemTask.runAsSystem(() -> meetings.find(nothing, firstPage)));
        assertThat(SystemTask.runAsSystem(() -> meetings.find(nothing, firstPage))
                        .getContent())
                .isEmpty();

        MeetingData twenty = meetingWith(personIds, 20);
        double conflictMedian = BenchmarkDatabase.medianMillis(
                () -> SystemTask.runAsSystem(() -> meetings.checkConflicts(null, twenty)));
        List<Conflict> conflicts = SystemTask.runAsSystem(() -> meetings.checkConflicts(null, twenty));
        assertThat(conflicts).isNotEmpty();

        String report = String.format(
                """
                Planning benchmark (%s, %,d meetings, %,d people, %,d delegation members)
                  data load (JDBC batches, not measured as a figure): %.1f s
                  search documents written at start-up for all meetings: %.1f s
                  Meetings grid, first page of 50 with text filter "arms": median %.2f ms over %d runs
                  Meetings grid, first page with a participant's name "Person 12345" (%d found): median %.2f ms
                  Meetings grid, first page with a word no meeting has: median %.2f ms
                  Conflicts for a meeting with 20 participants (%d conflicts found): median %.2f ms over %d runs
                """,
                database,
                BenchmarkDatabase.MEETINGS,
                BenchmarkDatabase.PEOPLE,
                data.memberCount(),
                data.seconds(),
                indexSeconds,
                gridMedian,
                BenchmarkDatabase.RUNS,
                participantFound,
                participantMedian,
                nothingMedian,
                conflicts.size(),
                conflictMedian,
                BenchmarkDatabase.RUNS);
        System.out.println(report);
        String on = " (" + database + ", 100,000 meetings)";
        BenchmarkFigures.record("Meetings grid, first page of 50, text filter" + on, gridMedian, "ms", "< 100 ms");
        BenchmarkFigures.record(
                "Meetings grid, first page, a participant's name" + on, participantMedian, "ms", "< 100 ms");
        BenchmarkFigures.record(
                "Meetings grid, first page, a word no meeting has" + on, nothingMedian, "ms", "< 100 ms");
        BenchmarkFigures.record("Conflicts of a meeting with 20 participants" + on, conflictMedian, "ms", "< 100 ms");
        Files.writeString(
                Path.of(
                        "target",
                        database.equals("H2")
                                ? "benchmark-planning.txt"
                                : "benchmark-planning-" + database.toLowerCase(java.util.Locale.ROOT) + ".txt"),
                report);
    }

    /** A meeting on a busy day whose 20 participants are spread across the people table. */
    private static MeetingData meetingWith(long[] personIds, int participants) {
        List<MemberData> ours = new ArrayList<>();
        List<MemberData> theirs = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            var member = new MemberData(
                    new PersonId(personIds[(i * 997) % personIds.length]),
                    i < 2 ? MemberRole.HEAD : MemberRole.DELEGATE);
            (i % 2 == 0 ? ours : theirs).add(member);
        }
        LocalDateTime start = LocalDateTime.of(2030, 6, 10, 10, 0);
        return MeetingDataBuilder.meeting("Benchmark")
                .kind(MeetingKind.EXPERT_MEETING)
                .format(MeetingFormat.VIRTUAL)
                .at(start, start.plusDays(2), ZoneId.of("Europe/Berlin"))
                .delegations(List.of(
                        new DelegationData(new CountryCode("RU"), null, true, ours),
                        new DelegationData(new CountryCode("US"), null, false, theirs)))
                .build();
    }
}
