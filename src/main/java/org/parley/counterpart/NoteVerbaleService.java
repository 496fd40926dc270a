package org.parley.counterpart;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.security.CurrentUser;
import org.parley.security.SignedInUser;
import org.parley.shared.Classification;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of notes verbales (docs/0033). Planners record notes; planners and approvers read the register. A note
 * is classified like a meeting: one above the reader's clearance, and its file, do not exist for them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('PLANNER', 'APPROVER', 'SENIOR_APPROVER')")
public class NoteVerbaleService {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    static final int FILE_NAME_MAX_LENGTH = 200;

    private final NoteVerbaleRepository notes;
    private final NoteNumbers numbers;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final NoteVerbaleSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoteVerbaleService(
            NoteVerbaleRepository notes,
            NoteNumbers numbers,
            MeetingService meetings,
            CurrentUser currentUser,
            JdbcTemplate jdbc,
            NoteVerbaleSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notes = notes;
        this.numbers = numbers;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enters a note into the register: an outgoing one takes the next number of its year (the year of its date), an
     * incoming one keeps the sender's reference. Each meeting must be one the planner may see; the file, when given,
     * must be a PDF within the size limit. Nothing is saved when anything is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public NoteVerbaleEntry record(NoteVerbaleData data, @Nullable NoteFile file) {
        SignedInUser me = currentUser.require();
        check(data, me);
        if (file != null) {
            check(file);
        }
        data.meetings().forEach(meetings::get); // NotFoundException for one the planner may not see
        var note = new NoteVerbale(data, me.getUsername(), clock.instant());
        if (file != null) {
            note.attached(file.fileName().strip(), file.content().length);
        }
        notes.saveAndFlush(note);
        if (file != null) {
            jdbc.update("insert into note_verbale_file (note_id, content) values (?, ?)", note.id(), file.content());
        }
        if (data.direction() == NoteDirection.OUTGOING) {
            // last, so that the year's counter stays locked for as short a time as can be
            note.numbered(numbers.next(note.year()));
            notes.flush();
        }
        NoteVerbaleEntry entry =
                entryOf(note, note.meetings().stream().map(MeetingId::new).toList());
        events.publishEvent(new NoteVerbaleRecorded(entry.id(), entry.reference(), entry.subject(), me.getUsername()));
        return entry;
    }

    /** A page of the register, newest first, filtered by year, direction and meeting when given. */
    @PreAuthorize("hasAnyRole('PLANNER', 'APPROVER', 'SENIOR_APPROVER')")
    public Slice<NoteVerbaleEntry> find(
            @Nullable Integer year, @Nullable NoteDirection direction, @Nullable MeetingId meeting, Pageable pageable) {
        Slice<NoteVerbale> page =
                notes.findPage(visible(), year, direction, meeting == null ? null : meeting.value(), pageable);
        Map<Long, NoteVerbale> withMeetings = page.isEmpty()
                ? Map.of()
                : notes.withMeetings(page.stream().map(NoteVerbale::id).toList()).stream()
                        .collect(Collectors.toMap(NoteVerbale::id, Function.identity()));
        return page.map(n ->
                entryOf(n, visibleMeetings(withMeetings.getOrDefault(n.id(), n).meetings())));
    }

    /** One note; NotFoundException when there is none or it is above the reader's clearance. */
    @PreAuthorize("hasAnyRole('PLANNER', 'APPROVER', 'SENIOR_APPROVER')")
    public NoteVerbaleEntry get(NoteVerbaleId id) {
        NoteVerbale note = findVisible(id);
        return entryOf(note, visibleMeetings(note.meetings()));
    }

    /** The note's PDF; NotFoundException when the note has none or is above the reader's clearance. */
    @PreAuthorize("hasAnyRole('PLANNER', 'APPROVER', 'SENIOR_APPROVER')")
    public NoteFile file(NoteVerbaleId id) {
        NoteVerbale note = findVisible(id);
        if (note.fileName() == null) {
            throw new NotFoundException("File of note verbale");
        }
        byte[] content =
                jdbc.queryForObject("select content from note_verbale_file where note_id = ?", byte[].class, note.id());
        return new NoteFile(note.fileName(), java.util.Objects.requireNonNull(content));
    }

    private NoteVerbale findVisible(NoteVerbaleId id) {
        return notes.findVisible(id.value(), visible()).orElseThrow(() -> new NotFoundException("Note verbale"));
    }

    private List<Classification> visible() {
        return currentUser.require().clearance().andBelow();
    }

    /** The linked meetings the reader may see, so that a note never tells of a meeting above their clearance. */
    private List<MeetingId> visibleMeetings(Collection<Long> ids) {
        List<MeetingId> all = ids.stream().map(MeetingId::new).toList();
        if (all.isEmpty()) {
            return all;
        }
        var seen = meetings.visible(all);
        return all.stream().filter(seen::contains).toList();
    }

    private void check(NoteVerbaleData data, SignedInUser me) {
        String subject = data.subject() == null ? "" : data.subject().strip();
        if (subject.isEmpty()) {
            throw RuleViolationException.because("counterpart.note.subjectNeeded");
        }
        if (subject.length() > NoteVerbaleData.SUBJECT_MAX_LENGTH) {
            throw RuleViolationException.because("counterpart.note.subjectTooLong", NoteVerbaleData.SUBJECT_MAX_LENGTH);
        }
        if (data.direction() == NoteDirection.INCOMING) {
            String reference =
                    data.senderReference() == null ? "" : data.senderReference().strip();
            if (reference.isEmpty()) {
                throw RuleViolationException.because("counterpart.note.referenceNeeded");
            }
            if (reference.length() > NoteVerbaleData.REFERENCE_MAX_LENGTH) {
                throw RuleViolationException.because(
                        "counterpart.note.referenceTooLong", NoteVerbaleData.REFERENCE_MAX_LENGTH);
            }
        }
        // a day of grace: the note may be dated in a zone already in tomorrow
        if (data.dated()
                .isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1))) {
            throw RuleViolationException.because("counterpart.note.inFuture");
        }
        if (!me.clearance().covers(data.classification())) {
            throw RuleViolationException.because("counterpart.note.aboveClearance");
        }
    }

    private void check(NoteFile file) {
        long limit = settings.maxFileSize().toBytes();
        if (file.content().length == 0) {
            throw RuleViolationException.because("counterpart.file.empty");
        }
        if (file.content().length > limit) {
            throw RuleViolationException.because(
                    "counterpart.file.tooLarge", settings.maxFileSize().toMegabytes());
        }
        if (file.content().length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(file.content(), PDF_MAGIC.length), PDF_MAGIC)) {
            throw RuleViolationException.because("counterpart.file.notPdf");
        }
        if (file.fileName().isBlank() || file.fileName().strip().length() > FILE_NAME_MAX_LENGTH) {
            throw RuleViolationException.because("counterpart.file.badName", FILE_NAME_MAX_LENGTH);
        }
    }

    private static NoteVerbaleEntry entryOf(NoteVerbale n, List<MeetingId> meetings) {
        return new NoteVerbaleEntry(
                new NoteVerbaleId(n.id()),
                n.direction(),
                n.year(),
                n.number(),
                n.senderReference(),
                n.counterpart(),
                n.dated(),
                n.subject(),
                n.classification(),
                n.fileName(),
                n.fileSize(),
                meetings,
                n.recordedBy(),
                n.recordedAt());
    }
}
