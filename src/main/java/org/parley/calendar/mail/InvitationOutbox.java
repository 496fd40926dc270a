package org.parley.calendar.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.calendar.CalendarMethod;
import org.parley.calendar.internal.BaseUrl;
import org.parley.calendar.internal.CalendarSettings;
import org.parley.calendar.internal.InviteWriter;
import org.parley.calendar.internal.Invitee;
import org.parley.calendar.internal.Sequences;
import org.parley.calendar.mail.InvitationTexts.Occasion;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingSaved;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingStatusChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Queues e-mail invitations in the transaction of the change that calls for them, so they commit or roll back with
 * it; {@link InvitationMailSender} sends them after the commit. Approval invites everyone with an e-mail address
 * (again, with a higher SEQUENCE, after each new approval); cancelling or postponing a meeting that was sent out
 * cancels it for everyone who was invited; people added to or taken out of an approved meeting get an invitation or
 * a cancellation of their own. Nothing is queued without a mail server, or for a meeting classified above
 * {@code parley.calendar.mail.max-classification}. See docs/0009-email-invitations.md.
 */
@Component
class InvitationOutbox {

    private final InvitationMailRepository outbox;
    private final Sequences sequences;
    private final InviteWriter writer;
    private final CalendarSettings calendar;
    private final BaseUrl baseUrl;
    private final InvitationMailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecipientLanguages languages;

    InvitationOutbox(
            InvitationMailRepository outbox,
            Sequences sequences,
            InviteWriter writer,
            CalendarSettings calendar,
            BaseUrl baseUrl,
            InvitationMailSettings settings,
            ObjectProvider<JavaMailSender> mailSender,
            ApplicationEventPublisher events,
            Clock clock,
            RecipientLanguages languages) {
        this.outbox = outbox;
        this.sequences = sequences;
        this.writer = writer;
        this.calendar = calendar;
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.mailSender = mailSender;
        this.events = events;
        this.clock = clock;
        this.languages = languages;
    }

    boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @EventListener
    void statusChanged(MeetingStatusChanged change) {
        if (!mailConfigured()) {
            return;
        }
        switch (change.to()) {
            case APPROVED -> invite(change.meeting());
            case CANCELLED -> cancel(change.meeting(), Occasion.CANCELLATION);
            case POSTPONED -> cancel(change.meeting(), Occasion.POSTPONEMENT);
            default -> {}
        }
    }

    /**
     * An approved meeting edited without a new approval round (members other than heads added or taken out, the
     * agenda): those added are invited, those taken out get a cancellation. A material change sends the meeting
     * back for approval instead, and its new approval invites everyone again.
     */
    @EventListener
    void saved(MeetingSaved saved) {
        // only meetings already sent out: editing one approved before mail was configured does not start mailing it
        if (!mailConfigured()
                || !outbox.existsByMeetingIdAndMethod(saved.meeting().value(), CalendarMethod.REQUEST)) {
            return;
        }
        Sequences.Counted counted = sequences.count(saved.meeting());
        MeetingDetails meeting = counted.meeting();
        if (meeting.status() != MeetingStatus.APPROVED || !settings.mayEmail(meeting.classification())) {
            return;
        }
        List<InvitationMail> sent = outbox.messagesAbout(meeting.id().value());
        Map<String, Invitee> invited = invitedSoFar(sent);
        Map<String, Invitee> now = byAddress(writer.invitees(meeting));
        List<Invitee> added = now.entrySet().stream()
                .filter(e -> !invited.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        List<Invitee> removed = invited.entrySet().stream()
                .filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        boolean queued = false;
        if (!added.isEmpty()) {
            byte[] file = writer.write(meeting, counted.sequence(), CalendarMethod.REQUEST);
            for (Invitee person : added) {
                queued |= queue(
                        sent, meeting, person, counted.sequence(), CalendarMethod.REQUEST, Occasion.INVITATION, file);
            }
        }
        for (Invitee person : removed) {
            queued |= queue(
                    sent,
                    meeting,
                    person,
                    counted.sequence(),
                    CalendarMethod.CANCEL,
                    Occasion.REMOVAL,
                    writer.writeCancellationFor(meeting, counted.sequence(), person));
        }
        announce(meeting.id(), queued);
    }

    private void invite(MeetingId id) {
        // counting first locks the meeting's sequence row: queueing for one meeting happens one change at a time
        Sequences.Counted counted = sequences.count(id);
        MeetingDetails meeting = counted.meeting();
        List<Invitee> people = writer.invitees(meeting);
        if (!settings.mayEmail(meeting.classification()) || people.isEmpty()) {
            return;
        }
        List<InvitationMail> sent = outbox.messagesAbout(id.value());
        Map<String, Invitee> invitedBefore = invitedSoFar(sent);
        byte[] file = writer.write(meeting, counted.sequence(), CalendarMethod.REQUEST);
        boolean queued = false;
        for (Invitee person : people) {
            Occasion occasion = wasInvited(sent, person) ? Occasion.UPDATE : Occasion.INVITATION;
            queued |= queue(sent, meeting, person, counted.sequence(), CalendarMethod.REQUEST, occasion, file);
        }
        // a head of delegation replaced in the change just approved: the one replaced is no longer expected
        Map<String, Invitee> now = byAddress(people);
        for (var entry : invitedBefore.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                queued |= queue(
                        sent,
                        meeting,
                        entry.getValue(),
                        counted.sequence(),
                        CalendarMethod.CANCEL,
                        Occasion.REMOVAL,
                        writer.writeCancellationFor(meeting, counted.sequence(), entry.getValue()));
            }
        }
        announce(id, queued);
    }

    /** Everyone who was ever sent (or about to be sent) an invitation to the meeting hears that it is off. */
    private void cancel(MeetingId id, Occasion occasion) {
        Sequences.Counted counted = sequences.count(id);
        MeetingDetails meeting = counted.meeting();
        List<InvitationMail> sent = outbox.messagesAbout(id.value());
        Map<String, Invitee> invited = invitedSoFar(sent);
        if (invited.isEmpty() || !settings.mayEmail(meeting.classification())) {
            return;
        }
        byte[] file = writer.write(meeting, counted.sequence(), CalendarMethod.CANCEL);
        boolean queued = false;
        for (Invitee person : invited.values()) {
            queued |= queue(sent, meeting, person, counted.sequence(), CalendarMethod.CANCEL, occasion, file);
        }
        announce(id, queued);
    }

    /** The people whose latest message about the meeting is an invitation, in the order they were first queued. */
    private static Map<String, Invitee> invitedSoFar(List<InvitationMail> sent) {
        Map<String, InvitationMail> latest = new LinkedHashMap<>();
        sent.forEach(mail -> latest.put(mail.recipient(), mail));
        Map<String, Invitee> invited = new LinkedHashMap<>();
        latest.forEach((address, mail) -> {
            if (mail.method() == CalendarMethod.REQUEST) {
                invited.put(address, new Invitee(mail.recipientName(), mail.recipient()));
            }
        });
        return invited;
    }

    private static boolean wasInvited(List<InvitationMail> sent, Invitee person) {
        return sent.stream()
                .anyMatch(mail -> mail.recipient().equals(key(person)) && mail.method() == CalendarMethod.REQUEST);
    }

    /**
     * Queues one message unless the same one (person, SEQUENCE, method) is already queued or sent; an unsent older
     * message to the same person is superseded, since calendars act only on the newest SEQUENCE anyway.
     */
    private boolean queue(
            List<InvitationMail> sent,
            MeetingDetails meeting,
            Invitee person,
            int sequence,
            CalendarMethod method,
            Occasion occasion,
            byte[] file) {
        long meetingId = meeting.id().value();
        String address = key(person);
        List<InvitationMail> toThem =
                sent.stream().filter(mail -> mail.recipient().equals(address)).toList();
        if (toThem.stream().anyMatch(mail -> mail.sequence() == sequence && mail.method() == method)) {
            return false;
        }
        if (toThem.stream()
                .anyMatch(older -> older.status() == InvitationMailStatus.PENDING
                        || older.status() == InvitationMailStatus.FAILED)) {
            // in the database, not in memory, so that a sender claiming the same row meanwhile is not overwritten
            outbox.supersede(meetingId, address);
        }
        Instant now = clock.instant();
        String organizer = calendar.organizerName() + " <" + calendar.organizerEmail() + ">";
        Locale language = languages.of(address);
        sent.add(outbox.save(new InvitationMail(
                meetingId,
                new Invitee(person.name(), address),
                sequence,
                method,
                InvitationTexts.subject(occasion, meeting, language),
                InvitationTexts.body(occasion, meeting, baseUrl.meetingPage(meetingId), organizer, language),
                file,
                now)));
        return true;
    }

    private void announce(MeetingId id, boolean queued) {
        if (queued) {
            events.publishEvent(new InvitationMailQueued(id.value()));
        }
    }

    private static Map<String, Invitee> byAddress(List<Invitee> people) {
        Map<String, Invitee> map = new LinkedHashMap<>();
        people.forEach(person -> map.putIfAbsent(key(person), person));
        return map;
    }

    private static String key(Invitee person) {
        return person.email().strip().toLowerCase(Locale.ROOT);
    }
}
