package org.parley.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingSelection;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The time to render the briefing note of the demo's biggest conference (the one with the most sideline meetings),
 * with its sideline meetings, as the administrator reads it: the demo as {@code ./parley demo} loads it, on an
 * in-memory database of its own; the median of {@value #RUNS} renders after {@value #WARM_UP} to warm up. Reads and
 * rendering both count, as a user waits for both. Asserts only that the note is a PDF with the sideline meetings.
 *
 * <p>Run: {@code mvn -o test -Dgroups=benchmark -Dsurefire.excludedGroups=e2e -Dtest=BriefingBenchmark
 * -Dparley.benchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:parley-briefing-bench;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
@DirtiesContext
class BriefingBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 20;

    /** Vaadin's set-up replaces Spring Security's static strategy when a context starts (see DemoDataTest). */
    private static SecurityContextHolderStrategy suiteStrategy;

    @BeforeAll
    static void rememberTheSuitesSecurityStrategy() {
        suiteStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void giveTheSuiteItsSecurityStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(suiteStrategy);
    }

    @Autowired
    BriefingService briefings;

    @Autowired
    MeetingService meetings;

    @Autowired
    UserDetailsService users;

    @Test
    void the_briefing_book_of_the_demos_biggest_conference() throws Exception {
        var everyStatus = EnumSet.allOf(MeetingStatus.class);
        Instant ever = Instant.parse("1000-01-01T00:00:00Z");
        Instant never = Instant.parse("9999-12-31T00:00:00Z");
        MeetingSummary biggest = asAdmin(() -> meetings
                .find(
                        new MeetingFilter(null, MeetingKind.CONFERENCE, null, null, null, null, null, null),
                        PageRequest.of(0, 100))
                .getContent()
                .stream()
                .max(Comparator.comparingLong(conference -> meetings.stamp(new MeetingSelection(
                                MeetingFilter.all(), conference.id(), everyStatus, ever, never, never))
                        .count()))
                .orElseThrow());

        for (int i = 0; i < WARM_UP; i++) {
            asAdmin(() -> briefings.note(biggest.id()));
        }
        List<Double> millis = new ArrayList<>();
        BriefingNote note = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            note = asAdmin(() -> briefings.note(biggest.id()));
            millis.add((System.nanoTime() - start) / 1e6);
        }

        int pages;
        try (PDDocument document = Loader.loadPDF(note.content())) {
            pages = document.getNumberOfPages();
        }
        long meetingsInBook = asAdmin(() -> meetings.stamp(new MeetingSelection(
                        MeetingFilter.all(),
                        biggest.id(),
                        EnumSet.complementOf(EnumSet.of(MeetingStatus.CANCELLED, MeetingStatus.REJECTED)),
                        ever,
                        never,
                        never))
                .count());
        assertThat(meetingsInBook).isGreaterThan(1);
        assertThat(pages).isGreaterThanOrEqualTo((int) meetingsInBook);
        BenchmarkFigures.record(
                "Briefing note of the demo's biggest conference (" + (meetingsInBook - 1) + " sideline meetings, "
                        + pages + " pages, " + note.content().length / 1024 + " KB), median of " + RUNS
                        + " (load " + BenchmarkFigures.loadAverage() + ")",
                BenchmarkFigures.median(millis),
                "ms",
                "< 1 s");
    }

    private <T> T asAdmin(Supplier<T> work) {
        return SystemTask.runAs(users.loadUserByUsername("admin"), work);
    }
}
