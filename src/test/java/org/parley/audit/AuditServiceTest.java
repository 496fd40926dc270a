package org.parley.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@ParleyTest
class AuditServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;
    // the tamper tests change rows behind the application's back, as an intruder with database access would
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithUserDetails("admin")
    void a_published_event_becomes_an_entry_with_the_clocks_time_in_microseconds() {
        String actor = probeActor();
        clock.set(Instant.parse("2026-03-01T10:15:30.123456789Z"));

        events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "meeting 42", "a detail"));

        List<AuditEntrySummary> entries = entriesOf(actor);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
            assertThat(entry.actor()).isEqualTo(actor);
            assertThat(entry.action()).isEqualTo("PROBE_RECORDED");
            assertThat(entry.target()).isEqualTo("meeting 42");
            assertThat(entry.details()).isEqualTo("a detail");
            assertThat(entry.hash()).hasSize(64).matches("[0-9a-f]{64}");
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_entry_is_written_in_the_publishers_transaction_and_rolled_back_with_it() {
        String actor = probeActor();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "", "rolled back"));
            status.setRollbackOnly();
        });
        assertThat(entriesOf(actor)).isEmpty();

        transactions.executeWithoutResult(
                status -> events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "", "committed")));
        assertThat(entriesOf(actor)).extracting(AuditEntrySummary::details).containsExactly("committed");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void an_event_that_cannot_be_logged_fails_the_publisher_instead_of_being_lost() {
        String actor = probeActor();
        assertThatThrownBy(() -> events.publishEvent(new ProbeEvent(actor, "not an action", "", "")))
                .isInstanceOf(IllegalArgumentException.class);

        var readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(
                        status -> events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "", ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-write");
    }

    @Test
    @WithUserDetails("admin")
    void overlong_values_are_shortened_and_the_actor_is_kept_in_lower_case() {
        String actor = probeActor();
        events.publishEvent(new ProbeEvent(actor.toUpperCase(), "PROBE_RECORDED", "t".repeat(500), "d".repeat(5000)));

        AuditEntrySummary entry = entriesOf(actor).getFirst();
        assertThat(entry.actor()).isEqualTo(actor);
        assertThat(entry.target()).hasSize(200).endsWith("…");
        assertThat(entry.details()).hasSize(2000).endsWith("…");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_log_filters_by_actor_prefix_action_and_time_newest_first() {
        String actor = probeActor();
        String other = actor + "x";
        record(actor, "PROBE_OPENED", "2026-04-01T09:00:00Z");
        record(actor, "PROBE_CLOSED", "2026-04-02T09:00:00Z");
        record(other, "PROBE_OPENED", "2026-04-03T09:00:00Z");

        assertThat(find(new AuditFilter(actor.toUpperCase(), null, null, null)))
                .extracting(AuditEntrySummary::occurredAt)
                .containsExactly(
                        Instant.parse("2026-04-03T09:00:00Z"),
                        Instant.parse("2026-04-02T09:00:00Z"),
                        Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(find(new AuditFilter(other, null, null, null)))
                .extracting(AuditEntrySummary::actor)
                .containsExactly(other);
        assertThat(find(new AuditFilter(actor, "probe_opened", null, null)))
                .extracting(AuditEntrySummary::actor)
                .containsExactly(other, actor);
        assertThat(find(new AuditFilter(
                        actor, null, Instant.parse("2026-04-02T00:00:00Z"), Instant.parse("2026-04-03T09:00:00Z"))))
                .extracting(AuditEntrySummary::action)
                .containsExactly("PROBE_CLOSED");
        // "_" and "%" in the filter are plain characters, not wildcards
        assertThat(find(new AuditFilter(actor.replace('-', '_'), null, null, null)))
                .isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_log_pages_through_slices_without_losing_entries() {
        String actor = probeActor();
        for (int i = 0; i < 7; i++) {
            events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "", "number " + i));
        }
        var filter = new AuditFilter(actor, null, null, null);

        var first = audit.find(filter, PageRequest.of(0, 5));
        var second = audit.find(filter, PageRequest.of(1, 5));

        assertThat(first.getContent()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(first.getContent().getFirst().details()).isEqualTo("number 6");
        assertThat(second.getContent().getLast().details()).isEqualTo("number 0");
    }

    @Test
    @WithUserDetails("admin")
    void the_chain_verifies_as_intact() {
        events.publishEvent(new ProbeEvent(probeActor(), "PROBE_RECORDED", "", ""));

        AuditVerification result = audit.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenEntryId()).isNull();
        assertThat(result.entriesChecked())
                .isEqualTo(jdbc.queryForObject("select count(*) from audit_entry", Long.class));
        assertThat(result.explanation()).contains("intact");
    }

    @Test
    @WithUserDetails("admin")
    void a_changed_row_is_detected_and_named() {
        List<AuditEntrySummary> entries = threeEntries();
        long middle = entries.get(1).id();
        String original = entries.get(1).details();
        try {
            jdbc.update("update audit_entry set details = ? where id = ?", "nothing to see here", middle);

            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(middle);
            assertThat(result.explanation()).contains("Entry " + middle).contains("changed");
        } finally {
            jdbc.update("update audit_entry set details = ? where id = ?", original, middle);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_changed_row_with_a_recomputed_hash_is_detected_at_the_next_entry() {
        List<AuditEntrySummary> entries = threeEntries();
        Map<String, Object> row = jdbc.queryForMap(
                "select * from audit_entry where id = ?", entries.get(1).id());
        String forged = AuditHash.of(
                entries.get(1).id(),
                entries.get(1).occurredAt(),
                entries.get(1).actor(),
                entries.get(1).action(),
                entries.get(1).target(),
                "forged",
                (String) row.get("previous_hash"));
        try {
            jdbc.update(
                    "update audit_entry set details = 'forged', hash = ? where id = ?",
                    forged,
                    entries.get(1).id());

            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(entries.get(2).id());
            assertThat(result.explanation())
                    .contains("does not link to entry " + entries.get(1).id());
        } finally {
            jdbc.update(
                    "update audit_entry set details = ?, hash = ? where id = ?",
                    entries.get(1).details(),
                    entries.get(1).hash(),
                    entries.get(1).id());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_removed_middle_row_is_detected() {
        List<AuditEntrySummary> entries = threeEntries();
        long middle = entries.get(1).id();
        StoredRow removed = remove(middle);
        try {
            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(entries.get(2).id());
            assertThat(result.explanation()).contains("entry " + middle + " is missing");
        } finally {
            restore(removed);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_removed_last_row_is_detected_although_the_rest_of_the_chain_is_sound() {
        List<AuditEntrySummary> entries = threeEntries();
        long last = entries.get(2).id();
        assertThat(jdbc.queryForObject("select max(id) from audit_entry", Long.class))
                .isEqualTo(last);
        StoredRow removed = remove(last);
        try {
            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(last);
            assertThat(result.explanation()).contains("removed from the end");
        } finally {
            restore(removed);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_row_inserted_behind_the_logs_back_is_detected() {
        AuditEntrySummary last = threeEntries().get(2);
        long forgedId = last.id() + 1;
        String forgedHash =
                AuditHash.of(forgedId, last.occurredAt(), "intruder", "PROBE_RECORDED", "", "", last.hash());
        try {
            jdbc.update(
                    "insert into audit_entry (id, occurred_at, actor, action, target, details, previous_hash, hash)"
                            + " values (?, ?, 'intruder', 'PROBE_RECORDED', '', '', ?, ?)",
                    forgedId,
                    OffsetDateTime.parse("2026-05-01T00:00:00Z"),
                    last.hash(),
                    forgedHash);

            AuditVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenEntryId()).isEqualTo(forgedId);
            assertThat(result.explanation()).contains("did not come through the log");
        } finally {
            jdbc.update("delete from audit_entry where id = ?", forgedId);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void concurrent_appends_form_one_unbroken_chain() throws Exception {
        String actor = probeActor();
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "thread " + thread, "n" + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntrySummary> entries = audit.find(new AuditFilter(actor, null, null, null), PageRequest.of(0, 1000))
                .getContent();
        assertThat(entries).hasSize(threads * perThread);
        assertThat(entries).extracting(AuditEntrySummary::id).doesNotHaveDuplicates();
        AuditVerification result = audit.verify();
        assertThat(result.intact()).as(result.explanation()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void the_csv_export_quotes_special_characters_and_defuses_formulas() throws Exception {
        String actor = probeActor();
        clock.set(Instant.parse("2026-06-01T12:00:00Z"));
        events.publishEvent(new ProbeEvent(
                actor, "PROBE_RECORDED", "=HYPERLINK(\"http://evil.example\")", "said \"hello, world\"\nand left"));
        clock.set(Instant.parse("2026-06-01T12:00:01Z"));
        events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "@SUM(A1)", "-2+3"));
        List<AuditEntrySummary> entries = entriesOf(actor);

        var csv = new StringWriter();
        audit.exportCsv(new AuditFilter(actor, null, null, null), csv);

        assertThat(csv.toString())
                .isEqualTo("id,occurred_at_utc,actor,action,target,details,hash\r\n"
                        + entries.get(0).id() + ",2026-06-01T12:00:01.000000Z," + actor
                        + ",PROBE_RECORDED,'@SUM(A1),'-2+3,"
                        + entries.get(0).hash() + "\r\n"
                        + entries.get(1).id() + ",2026-06-01T12:00:00.000000Z," + actor + ",PROBE_RECORDED,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"said \"\"hello, world\"\"\nand left\","
                        + entries.get(1).hash() + "\r\n");
    }

    @Test
    @WithUserDetails("admin")
    void the_csv_export_streams_more_than_one_page() throws Exception {
        String actor = probeActor();
        int count = AuditService.PAGE_SIZE + 3;
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "", "row " + i));
            }
        });

        var csv = new StringWriter();
        audit.exportCsv(new AuditFilter(actor, null, null, null), csv);

        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(count + 1);
        assertThat(lines[1]).contains(",row " + (count - 1) + ",");
        assertThat(lines[count]).contains(",row 0,");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_is_refused_the_log() {
        assertRefused();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_is_refused_the_log() {
        assertRefused();
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_is_refused_the_log() {
        assertRefused();
    }

    @Test
    @WithUserDetails("senior")
    void a_senior_approver_is_refused_the_log() {
        assertRefused();
    }

    private void assertRefused() {
        assertThatThrownBy(() -> audit.find(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
        var out = new StringWriter();
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.none(), out)).isInstanceOf(AccessDeniedException.class);
        assertThat(out.toString()).isEmpty();
    }

    private List<AuditEntrySummary> threeEntries() {
        String actor = probeActor();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new ProbeEvent(actor, "PROBE_RECORDED", "", "entry " + i));
        }
        return entriesOf(actor).reversed();
    }

    private void record(String actor, String action, String at) {
        clock.set(Instant.parse(at));
        events.publishEvent(new ProbeEvent(actor, action, "", ""));
    }

    private List<AuditEntrySummary> entriesOf(String actor) {
        return find(new AuditFilter(actor, null, null, null));
    }

    private List<AuditEntrySummary> find(AuditFilter filter) {
        return audit.find(filter, PageRequest.of(0, 100)).getContent();
    }

    private static String probeActor() {
        return "probe-" + counter.incrementAndGet() + "-" + System.nanoTime();
    }

    private record StoredRow(
            long id,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String target,
            String details,
            String previousHash,
            String hash) {}

    private StoredRow remove(long id) {
        StoredRow row = jdbc.queryForObject(
                "select * from audit_entry where id = ?",
                (rs, n) -> new StoredRow(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("details"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")),
                id);
        assertThat(jdbc.update("delete from audit_entry where id = ?", id)).isEqualTo(1);
        return row;
    }

    private void restore(StoredRow row) {
        jdbc.update(
                "insert into audit_entry (id, occurred_at, actor, action, target, details, previous_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(),
                row.occurredAt(),
                row.actor(),
                row.action(),
                row.target(),
                row.details(),
                row.previousHash(),
                row.hash());
    }
}
