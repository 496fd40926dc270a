package org.parley.counterpart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The register of notes verbales: numbering without gaps or duplicates, clearance, and the attached PDF. */
@ParleyTest
class NotesVerbalesTest {

    private static final CountryCode SA = new CountryCode("SA");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A year of its own for each test, far back, so that the counts of other tests and earlier runs stay apart. */
    private static final AtomicInteger years = new AtomicInteger((int) (1000 + (System.nanoTime() / 1000 % 700)));

    @Autowired
    NoteVerbaleService notes;

    @Autowired
    AccessFixture fixture;

    @Autowired
    TestUsers users;

    @Autowired
    PlatformTransactionManager transactions;

    private static NoteVerbaleData outgoing(int year, Classification classification, MeetingId... meetings) {
        return new NoteVerbaleData(
                NoteDirection.OUTGOING,
                null,
                SA,
                LocalDate.of(year, 3, 1),
                "Proposal of talks in Riyadh",
                classification,
                List.of(meetings));
    }

    private NoteVerbaleEntry record(NoteVerbaleData data, @Nullable NoteFile file) {
        return users.as("planner", () -> notes.record(data, file));
    }

    @Test
    void outgoing_notes_are_numbered_per_year_and_a_note_rolled_back_gives_its_number_back() {
        int year = years.incrementAndGet();
        NoteVerbaleEntry first = record(outgoing(year, Classification.UNCLASSIFIED), null);
        var transaction = new TransactionTemplate(transactions);
        users.as(
                "planner",
                () -> transaction.executeWithoutResult(status -> {
                    notes.record(outgoing(year, Classification.UNCLASSIFIED), null);
                    status.setRollbackOnly();
                }));
        NoteVerbaleEntry second = record(outgoing(year, Classification.UNCLASSIFIED), null);
        NoteVerbaleEntry nextYear = record(outgoing(year + 1, Classification.UNCLASSIFIED), null);

        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(second.reference()).isEqualTo("No. " + second.number() + "/" + year);
        assertThat(second.reference(Locale.of("ru"))).isEqualTo("№ " + second.number() + "/" + year);
        assertThat(nextYear.year()).isEqualTo(year + 1);
        years.incrementAndGet();
    }

    @Test
    void two_planners_recording_at_once_get_consecutive_numbers_the_second_waiting_for_the_first() throws Exception {
        int year = years.incrementAndGet();
        record(outgoing(year, Classification.UNCLASSIFIED), null); // the year's counter exists
        var transaction = new TransactionTemplate(transactions);
        var firstNumbered = new CountDownLatch(1);
        ExecutorService planners = Executors.newFixedThreadPool(2);
        try {
            // the first holds its number, uncommitted, while the second planner records theirs
            Future<NoteVerbaleEntry> first = planners.submit(() -> users.as(
                    "planner",
                    () -> transaction.execute(status -> {
                        NoteVerbaleEntry recorded = notes.record(outgoing(year, Classification.UNCLASSIFIED), null);
                        firstNumbered.countDown();
                        sleep(400);
                        return recorded;
                    })));
            Future<NoteVerbaleEntry> second = planners.submit(() -> users.as("planner", () -> {
                await(firstNumbered);
                return transaction.execute(status -> notes.record(outgoing(year, Classification.UNCLASSIFIED), null));
            }));

            int firstNumber = first.get(60, TimeUnit.SECONDS).number();
            assertThat(second.get(60, TimeUnit.SECONDS).number()).isEqualTo(firstNumber + 1);
        } finally {
            planners.shutdownNow();
        }
    }

    @Test
    void many_notes_from_two_planners_at_once_leave_neither_gaps_nor_duplicates() throws Exception {
        int year = years.incrementAndGet();
        var transaction = new TransactionTemplate(transactions);
        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        var start = new CountDownLatch(1);
        ExecutorService planners = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int planner = 0; planner < 2; planner++) {
                done.add(planners.submit(() -> users.as("planner", () -> {
                    await(start);
                    for (int i = 0; i < 8; i++) {
                        numbers.add(transaction
                                .execute(status -> notes.record(outgoing(year, Classification.UNCLASSIFIED), null))
                                .number());
                    }
                })));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(120, TimeUnit.SECONDS);
            }
        } finally {
            planners.shutdownNow();
        }

        int lowest = Collections.min(numbers);
        assertThat(numbers).hasSize(16).doesNotHaveDuplicates();
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(lowest, lowest + 16)
                        .boxed()
                        .toList());
        assertThat(users.as("planner", () -> notes.find(year, NoteDirection.OUTGOING, null, PageRequest.of(0, 50))))
                .hasSize(16);
    }

    @Test
    void an_incoming_note_keeps_the_senders_reference_and_is_linked_to_its_meeting() {
        MeetingId meeting = fixture.draft();
        NoteVerbaleEntry incoming = record(
                new NoteVerbaleData(
                        NoteDirection.INCOMING,
                        " 12/3/456 ",
                        SA,
                        LocalDate.of(2026, 2, 10),
                        "Confirmation of the talks",
                        Classification.UNCLASSIFIED,
                        List.of(meeting)),
                null);

        assertThat(incoming.number()).isNull();
        assertThat(incoming.reference()).isEqualTo("12/3/456");
        assertThat(users.as("approver", () -> notes.find(null, null, meeting, PageRequest.of(0, 10))))
                .extracting(NoteVerbaleEntry::id)
                .containsExactly(incoming.id());
        assertThatThrownBy(() -> record(
                        new NoteVerbaleData(
                                NoteDirection.INCOMING,
                                " ",
                                SA,
                                LocalDate.of(2026, 2, 10),
                                "Confirmation",
                                Classification.UNCLASSIFIED,
                                List.of()),
                        null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageIn(Locale.ENGLISH))
                                .isEqualTo("An incoming note needs the sender's reference, as written on the note"));
    }

    @Test
    void a_note_above_the_readers_clearance_and_its_file_do_not_exist_for_them() {
        int year = years.incrementAndGet();
        NoteVerbaleEntry restricted = record(outgoing(year, Classification.RESTRICTED), new NoteFile("note.pdf", PDF));

        assertThat(users.as("planner2", () -> notes.file(restricted.id()).content()))
                .isEqualTo(PDF);
        assertThatThrownBy(() -> users.as("viewer", () -> notes.get(restricted.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        NoteVerbaleEntry confidential =
                record(outgoing(year, Classification.CONFIDENTIAL), new NoteFile("secret.pdf", PDF));
        assertThat(users.as("planner", () -> notes.get(confidential.id()).fileName()))
                .isEqualTo("secret.pdf");
        assertThatThrownBy(() -> users.as("planner2", () -> notes.get(confidential.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("planner2", () -> notes.file(confidential.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as("planner2", () -> notes.find(year, null, null, PageRequest.of(0, 10))))
                .extracting(NoteVerbaleEntry::id)
                .containsExactly(restricted.id());
        assertThatThrownBy(() ->
                        users.as("planner2", () -> notes.record(outgoing(year, Classification.CONFIDENTIAL), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("above your own clearance");
    }

    @Test
    void a_file_that_is_not_a_pdf_or_too_large_is_refused_with_a_message_and_nothing_is_saved() {
        int year = years.incrementAndGet();
        NoteVerbaleEntry before = record(outgoing(year, Classification.UNCLASSIFIED), null);
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);

        assertThatThrownBy(() -> record(
                        outgoing(year, Classification.UNCLASSIFIED),
                        new NoteFile("note.pdf", "<html>not a note</html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageIn(Locale.ENGLISH))
                                .isEqualTo("Only PDF files can be attached: this file is not a PDF"));
        assertThatThrownBy(() -> record(outgoing(year, Classification.UNCLASSIFIED), new NoteFile("big.pdf", tooLarge)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageIn(Locale.of("ar")))
                                .isEqualTo("حجم الملف أكبر من 10 ميغابايت: امسح المذكرة بدقة أقل"));
        assertThatThrownBy(() ->
                        record(outgoing(year, Classification.UNCLASSIFIED), new NoteFile("empty.pdf", new byte[0])))
                .isInstanceOf(RuleViolationException.class);

        assertThat(record(outgoing(year, Classification.UNCLASSIFIED), null).number())
                .as("the refused notes took no number")
                .isEqualTo(before.number() + 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other planner never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
