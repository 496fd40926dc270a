package org.parley.calendar.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonId;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.CurrentUser;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an invitation someone sent as an .ics file into a draft meeting: first a preview of what the file says, with
 * its people matched to the directory by e-mail address, then the draft, saved through {@link MeetingService#create}
 * as the signed-in planner. A file that is not one readable invitation changes nothing and says why. Only planners,
 * who may create meetings, may import. See docs/0010-ics-import.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PLANNER')")
public class IcsImportService {

    /** At most this many addresses are looked up in the directory; a mass mailing is not a meeting. */
    static final int MAX_MATCHED_ADDRESSES = 200;

    private final MeetingService meetings;
    private final PeopleService people;
    private final VenueService venues;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ImportSettings settings;

    IcsImportService(
            MeetingService meetings,
            PeopleService people,
            VenueService venues,
            CurrentUser currentUser,
            Validator validator,
            ImportSettings settings) {
        this.meetings = meetings;
        this.people = people;
        this.venues = venues;
        this.currentUser = currentUser;
        this.validator = validator;
        this.settings = settings;
    }

    /** The largest file the import takes ({@code parley.calendar.import.max-bytes}), for the upload field. */
    @PreAuthorize("hasRole('PLANNER')")
    public long maxFileBytes() {
        return settings.maxBytes().toBytes();
    }

    /** What the file holds, or a {@link RuleViolationException} saying why it cannot be imported. */
    @PreAuthorize("hasRole('PLANNER')")
    public ImportPreview preview(byte[] file) {
        InvitationReader.Invitation invitation = new InvitationReader(maxFileBytes())
                .read(file, currentUser.require().timeZone());
        List<String> warnings = new ArrayList<>(invitation.warnings());
        Map<String, Person> directory = matches(invitation, warnings);
        Venue venue = venueAt(invitation.location());
        return new ImportPreview(
                invitation.title() == null ? "" : invitation.title(),
                invitation.start(),
                invitation.end(),
                invitation.allDay(),
                invitation.location(),
                venue,
                invitation.organiser() == null ? null : person(invitation.organiser(), directory),
                invitation.attendees().stream().map(a -> person(a, directory)).toList(),
                invitation.description(),
                warnings,
                suggestedKind(invitation.location(), venue));
    }

    /** The meeting the file would become as the given kind, and what would stop it from being saved as it is. */
    @PreAuthorize("hasRole('PLANNER')")
    public ImportDraft draft(byte[] file, MeetingKind kind) {
        return draftOf(preview(file), kind);
    }

    /**
     * Saves the invitation as a draft meeting of the given kind. Refused, with nothing saved, when the file cannot
     * be imported or the draft lacks what every meeting needs (see {@link ImportDraft#problems()}).
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public MeetingDetails createDraft(byte[] file, MeetingKind kind, boolean acknowledgeConflicts) {
        ImportDraft draft = draft(file, kind);
        if (!draft.canBeSaved()) {
            throw new RuleViolationException(String.join(" ", draft.problems()));
        }
        return meetings.create(draft.data(), acknowledgeConflicts);
    }

    // --- matching ---------------------------------------------------------------------------------------------

    private Map<String, Person> matches(InvitationReader.Invitation invitation, List<String> warnings) {
        Set<String> addresses = new LinkedHashSet<>();
        if (invitation.organiser() != null && invitation.organiser().email() != null) {
            addresses.add(invitation.organiser().email().toLowerCase(Locale.ROOT));
        }
        invitation.attendees().stream()
                .map(InvitationReader.Contact::email)
                .filter(e -> e != null)
                .forEach(e -> addresses.add(e.toLowerCase(Locale.ROOT)));
        if (addresses.size() > MAX_MATCHED_ADDRESSES) {
            warnings.add(Messages.get(
                    Messages.current(), "calendar.import.tooManyAddresses", addresses.size(), MAX_MATCHED_ADDRESSES));
        }
        Map<String, Person> found = new HashMap<>();
        addresses.stream()
                .limit(MAX_MATCHED_ADDRESSES)
                .forEach(address -> people.findByEmail(address).ifPresent(p -> found.put(address, p)));
        return found;
    }

    private static ImportedPerson person(InvitationReader.Contact contact, Map<String, Person> directory) {
        Person match =
                contact.email() == null ? null : directory.get(contact.email().toLowerCase(Locale.ROOT));
        return new ImportedPerson(contact.name(), contact.email(), match);
    }

    /** The directory's venue the location starts with ("Villa Borsig, Reiherwerder 1, Berlin"), if any. */
    private @Nullable Venue venueAt(String location) {
        if (location.isBlank()) {
            return null;
        }
        String lower = location.toLowerCase(Locale.ROOT);
        String firstPart = location.split("[,;\\n]", 2)[0].strip();
        if (firstPart.length() < 3) {
            return null;
        }
        return venues.find(firstPart, PageRequest.of(0, 20)).stream()
                .filter(v -> lower.startsWith(v.name().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(v -> v.name().length()))
                .orElse(null);
    }

    /** A video call when the location is a meeting link and no venue, else a ministerial meeting. */
    private static MeetingKind suggestedKind(String location, @Nullable Venue venue) {
        String lower = location.toLowerCase(Locale.ROOT);
        boolean online = lower.contains("http")
                || lower.contains("teams")
                || lower.contains("zoom")
                || lower.contains("webex")
                || lower.contains("meet.google");
        return venue == null && online ? MeetingKind.VIDEO_CALL : MeetingKind.MINISTERIAL_MEETING;
    }

    // --- the draft --------------------------------------------------------------------------------------------

    private ImportDraft draftOf(ImportPreview preview, MeetingKind kind) {
        Venue venue = kind.defaultFormat().needsVenue() ? preview.venue() : null;
        ZoneId zone = venue != null ? venue.timeZone() : preview.start().getZone();
        ZonedDateTime start = preview.start().withZoneSameInstant(zone);
        ZonedDateTime end = preview.end().withZoneSameInstant(zone);
        String title = preview.title().isBlank() ? "Imported invitation" : preview.title();
        if (title.length() > MeetingData.TITLE_MAX_LENGTH) {
            title = title.substring(0, MeetingData.TITLE_MAX_LENGTH - 1) + "\u2026";
        }
        List<DelegationData> delegations = delegationsOf(preview);
        MeetingData data = new MeetingData(
                title,
                kind,
                kind.defaultTier(),
                kind.defaultFormat(),
                start.toLocalDateTime(),
                end.toLocalDateTime(),
                zone,
                venue == null ? null : venue.id(),
                null,
                null,
                null,
                Classification.UNCLASSIFIED,
                objectivesOf(preview, venue),
                null,
                null,
                delegations,
                List.of());
        List<String> problems = new ArrayList<>();
        for (ConstraintViolation<MeetingData> violation : validator.validate(data)) {
            problems.add(violation.getMessage() + hintFor(violation, preview, delegations) + ".");
        }
        problems.sort(Comparator.naturalOrder());
        return new ImportDraft(data, problems);
    }

    private static String hintFor(
            ConstraintViolation<MeetingData> violation, ImportPreview preview, List<DelegationData> delegations) {
        String path = violation.getPropertyPath().toString();
        // the planner reads these beside the meeting's own validation messages, in the planner's language
        Locale locale = Messages.current();
        if (path.equals("venueGivenWhenNeeded")) {
            return preview.location().isBlank()
                    ? Messages.get(locale, "calendar.import.hint.noPlace")
                    : Messages.get(
                            locale,
                            "calendar.import.hint.notAVenue",
                            preview.location().lines().findFirst().orElse(""));
        }
        if (path.equals("attendedByTwoDelegations")) {
            return Messages.get(
                    locale,
                    delegations.isEmpty() ? "calendar.import.hint.nobodyKnown" : "calendar.import.hint.oneCountry");
        }
        return "";
    }

    /**
     * One delegation per country of the directory people the invitation names, in the order named (organiser
     * first); the first named heads it. Which one is ours is left to the planner.
     */
    private static List<DelegationData> delegationsOf(ImportPreview preview) {
        Map<CountryCode, List<Person>> byCountry = new LinkedHashMap<>();
        Set<PersonId> seen = new java.util.HashSet<>();
        for (ImportedPerson named : preview.everyone()) {
            Person person = named.person();
            if (person != null && person.active() && seen.add(person.id())) {
                byCountry
                        .computeIfAbsent(person.country(), c -> new ArrayList<>())
                        .add(person);
            }
        }
        List<DelegationData> delegations = new ArrayList<>();
        byCountry.forEach((country, members) -> {
            List<MemberData> roles = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                roles.add(new MemberData(members.get(i).id(), i == 0 ? MemberRole.HEAD : MemberRole.DELEGATE));
            }
            String organisation = Optional.ofNullable(members.getFirst().organisation())
                    .map(o -> o.length() > DelegationData.ORGANISATION_MAX_LENGTH
                            ? o.substring(0, DelegationData.ORGANISATION_MAX_LENGTH)
                            : o)
                    .orElse(null);
            delegations.add(new DelegationData(country, organisation, false, roles));
        });
        return delegations;
    }

    private static String objectivesOf(ImportPreview preview, @Nullable Venue venue) {
        var text = new StringBuilder(preview.description().strip());
        if (venue == null && !preview.location().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n")
                    .append("Location in the invitation: ")
                    .append(preview.location());
        }
        if (preview.organiser() != null) {
            text.append(text.isEmpty() ? "" : "\n\n")
                    .append("Imported from an invitation by ")
                    .append(preview.organiser().label())
                    .append('.');
        }
        String objectives = text.toString();
        return objectives.length() > MeetingData.OBJECTIVES_MAX_LENGTH
                ? objectives.substring(0, MeetingData.OBJECTIVES_MAX_LENGTH - 1) + "\u2026"
                : objectives;
    }
}
