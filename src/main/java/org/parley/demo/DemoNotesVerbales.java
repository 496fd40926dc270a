package org.parley.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.parley.counterpart.NoteDirection;
import org.parley.counterpart.NoteVerbaleData;
import org.parley.counterpart.NoteVerbaleEntry;
import org.parley.counterpart.NoteVerbaleService;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The other sides' answers (docs/0033): our note proposing the Riyadh talks, the American note confirming them (the
 * United States' delegation confirmed by that note, Saudi Arabia as host in person), and our note proposing the
 * experts' meeting, which still awaits its answer.
 */
final class DemoNotesVerbales {

    private final NoteVerbaleService notes;
    private final MeetingService meetings;
    private final UserDetailsService users;
    private final Clock clock;

    DemoNotesVerbales(NoteVerbaleService notes, MeetingService meetings, UserDetailsService users, Clock clock) {
        this.notes = notes;
        this.meetings = meetings;
        this.users = users;
        this.clock = clock;
    }

    void run(DemoMeetings demo, LocalDate today) {
        SystemTask.runAs(users.loadUserByUsername("planner"), () -> {
            note(NoteDirection.OUTGOING, null, "US", today.minusDays(12), "Proposal of talks in Riyadh", demo.riyadh);
            NoteVerbaleEntry theirs = note(
                    NoteDirection.INCOMING,
                    "No. 0417",
                    "US",
                    today.minusDays(9),
                    "Agreement to the talks in Riyadh",
                    demo.riyadh);
            for (DelegationDetails side : meetings.get(demo.riyadh).delegations()) {
                if (side.ours()) {
                    continue;
                }
                boolean american = side.country().equals(CountryCode.of("US"));
                meetings.recordConfirmation(
                        demo.riyadh,
                        side.id(),
                        new Confirmation(
                                ConfirmationStatus.CONFIRMED,
                                american ? ConfirmationChannel.NOTE_VERBALE : ConfirmationChannel.IN_PERSON,
                                clock.instant().minus(Duration.ofDays(american ? 9 : 8)),
                                american ? theirs.reference() : "Meeting with the Saudi Chief of Protocol",
                                null,
                                null,
                                american ? theirs.id().value() : null));
            }
            note(
                    NoteDirection.OUTGOING,
                    null,
                    "US",
                    today.minusDays(3),
                    "Proposal of experts' consultations on the functioning of diplomatic missions",
                    demo.experts);
            return null;
        });
    }

    private NoteVerbaleEntry note(
            NoteDirection direction,
            @org.jspecify.annotations.Nullable String reference,
            String country,
            LocalDate dated,
            String subject,
            MeetingId about) {
        return notes.record(
                new NoteVerbaleData(
                        direction,
                        reference,
                        CountryCode.of(country),
                        dated,
                        subject,
                        Classification.CONFIDENTIAL,
                        List.of(about)),
                null);
    }
}
