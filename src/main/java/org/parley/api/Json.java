package org.parley.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.approval.ApprovalState;
import org.parley.approval.TimelineStep;
import org.parley.directory.Person;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.followup.Outcome;
import org.parley.meeting.AgendaItemDetails;
import org.parley.meeting.AnswerData;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.AnswerSummary;
import org.parley.meeting.DelegationDetails;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.MemberDetails;
import org.parley.meeting.MemberRole;
import org.parley.meeting.ParticipantResponse;
import org.parley.meeting.Tier;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.Interpretation;
import org.parley.protocol.InterpretationMode;
import org.parley.protocol.LanguagePair;
import org.parley.protocol.ParityWarning;
import org.parley.protocol.ProtocolRules;
import org.parley.protocol.Rank;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * The API's JSON shapes. Times are ISO-8601 with the offset that applies in {@code zone} (an IANA zone id), so a
 * client needs no time-zone rules to show them and still knows the zone to compute in.
 */
final class Json {

    private Json() {}

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    static @Nullable String code(@Nullable CountryCode country) {
        return country == null ? null : country.code();
    }

    record Page<T>(
            List<T> items,
            int page,
            int size,
            @Nullable Long total,
            @Nullable String next) {}

    record MeetingItem(
            long id,
            String title,
            MeetingKind kind,
            Tier tier,
            MeetingStatus status,
            Classification classification,
            OffsetDateTime start,
            OffsetDateTime end,
            String zone,
            @Nullable String venue,
            @Nullable String city,
            List<String> countries,
            @Nullable Long parentConference) {

        static MeetingItem of(MeetingSummary m) {
            return new MeetingItem(
                    m.id().value(),
                    m.title(),
                    m.kind(),
                    m.tier(),
                    m.status(),
                    m.classification(),
                    at(m.start(), m.timeZone()),
                    at(m.end(), m.timeZone()),
                    m.timeZone().getId(),
                    m.venueName(),
                    m.city(),
                    m.countries().stream().map(CountryCode::code).toList(),
                    m.parentConference() == null ? null : m.parentConference().value());
        }
    }

    record VenueRefJson(
            long id,
            String name,
            @Nullable Long room,
            @Nullable String roomName) {}

    record MeetingRefJson(long id, String title) {}

    /**
     * A delegation member in protocol order (docs/0023) and their answer to the invitation (docs/0025): {@code rank}
     * is the protocol rank's English name, {@code precedence} its number (1 is the highest), {@code formOfAddress}
     * the constant, such as HIS_EXCELLENCY; {@code comment}, {@code answeredAt} and {@code answeredThrough} (PLANNER,
     * PARLEY, API, EMAIL) come with an answer.
     */
    record Member(
            long person,
            String name,
            MemberRole role,
            ParticipantResponse response,
            @Nullable String rank,
            @Nullable Integer precedence,
            @Nullable FormOfAddress formOfAddress,
            @Nullable String comment,
            @Nullable Instant answeredAt,
            @Nullable AnswerSource answeredThrough) {
        static Member of(MemberDetails m) {
            return new Member(
                    m.person().value(),
                    m.name(),
                    m.role(),
                    m.response(),
                    m.rank() == null ? null : m.rank().label(java.util.Locale.ENGLISH),
                    m.rank() == null ? null : m.rank().precedence(),
                    m.formOfAddress(),
                    m.responseComment(),
                    m.respondedAt(),
                    m.answeredThrough());
        }
    }

    /** How many participants answered what. */
    record Answers(int participants, int accepted, int tentative, int declined, int noAnswer) {
        static Answers of(AnswerSummary s) {
            return new Answers(s.participants(), s.accepted(), s.tentative(), s.declined(), s.noAnswer());
        }
    }

    /** The token owner's own answer to a meeting's invitation. */
    record Answer(
            @Schema(
                    requiredMode = REQUIRED,
                    allowableValues = {"ACCEPTED", "TENTATIVE", "DECLINED"})
            @Nullable
            ParticipantResponse answer,

            @Schema(maxLength = AnswerData.COMMENT_MAX_LENGTH) @Nullable
            String comment) {}

    /** {@code language}: the working language the planner set (ISO 639-1); null: the head's (docs/0024). */
    record Delegation(
            String country,
            @Nullable String organisation,
            boolean ours,
            List<Member> members,
            boolean manualOrder,
            @Nullable String language) {
        static Delegation of(DelegationDetails d) {
            return new Delegation(
                    d.country().code(),
                    d.organisation(),
                    d.ours(),
                    d.members().stream().map(Member::of).toList(),
                    d.manualOrder(),
                    d.language());
        }
    }

    record AgendaItem(
            int position,
            String title,
            String description,
            @Nullable String leadDelegation,
            @Nullable Long leadPerson,
            int plannedMinutes) {
        static AgendaItem of(AgendaItemDetails a) {
            return new AgendaItem(
                    a.position(),
                    a.title(),
                    a.description(),
                    code(a.leadDelegation()),
                    a.leadPerson() == null ? null : a.leadPerson().value(),
                    a.plannedMinutes());
        }
    }

    record Step(
            String kind,
            String actor,
            boolean senior,
            OffsetDateTime at,
            @Nullable String comment,
            int round) {
        static Step of(TimelineStep s, ZoneId zone) {
            return new Step(s.kind().name(), s.actor(), s.actorSenior(), Json.at(s.at(), zone), s.comment(), s.round());
        }
    }

    /**
     * Whether the heads of delegation differ in rank more than protocol allows (docs/0023), with the warnings in
     * English; the planner's justification is the submission note in the approval timeline.
     */
    record Parity(boolean warning, List<String> warnings) {
        static Parity of(List<ParityWarning> warnings) {
            return new Parity(
                    !warnings.isEmpty(),
                    warnings.stream()
                            .map(w -> w.message(java.util.Locale.ENGLISH))
                            .toList());
        }
    }

    /**
     * The interpretation a meeting needs (docs/0024): pairs as ISO 639-1 codes ("en-ru"), each delegation's working
     * language as it applies (set or its head's), the interpreters with the pairs they cover, warnings in English.
     */
    record InterpretationJson(
            InterpretationMode mode,
            List<String> pairs,
            List<String> uncoveredPairs,
            List<SideLanguage> languages,
            List<InterpreterJson> interpreters,
            List<String> warnings) {
        static InterpretationJson of(Interpretation i) {
            return new InterpretationJson(
                    i.mode(),
                    i.pairs().stream().map(LanguagePair::code).toList(),
                    i.uncoveredPairs().stream().map(LanguagePair::code).toList(),
                    i.sides().stream()
                            .map(side -> new SideLanguage(side.delegation().code(), side.language(), side.fromHead()))
                            .toList(),
                    i.interpreters().stream()
                            .map(interpreter -> new InterpreterJson(
                                    interpreter.name(),
                                    interpreter.pairs().stream()
                                            .map(LanguagePair::code)
                                            .toList()))
                            .toList(),
                    i.warnings().stream()
                            .map(w -> w.message(java.util.Locale.ENGLISH))
                            .toList());
        }
    }

    record SideLanguage(String country, @Nullable String language, boolean fromHead) {}

    record InterpreterJson(String name, List<String> pairs) {}

    record Approval(
            MeetingStatus status,
            int round,
            int approvalsGiven,
            int approvalsNeeded,
            boolean seniorNeeded,
            boolean callerMayDecide,
            @Nullable String whyCallerCannotDecide,
            boolean callerMayApprove,
            @Nullable String whyCallerCannotApprove,
            List<Step> timeline) {
        static Approval of(ApprovalState s, ZoneId zone) {
            return new Approval(
                    s.status(),
                    s.round(),
                    s.approvalsGiven(),
                    s.approvalsNeeded(),
                    s.seniorNeeded(),
                    s.callerMayDecide(),
                    s.whyCallerCannotDecide().orElse(null),
                    s.callerMayApprove(),
                    s.whyCallerCannotApprove().orElse(null),
                    s.timeline().stream().map(step -> Step.of(step, zone)).toList());
        }
    }

    record Meeting(
            long id,
            long version,
            String title,
            MeetingKind kind,
            Tier tier,
            MeetingFormat format,
            OffsetDateTime start,
            OffsetDateTime end,
            String zone,
            @Nullable VenueRefJson venue,
            @Nullable String initiatingSide,
            @Nullable String hostSide,
            Classification classification,
            String objectives,
            @Nullable MeetingRefJson parentConference,
            @Nullable MeetingRefJson followUpOf,
            MeetingStatus status,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            List<Delegation> delegations,
            Answers answers,
            List<AgendaItem> agenda,
            @Nullable Approval approval,
            Parity parity,
            InterpretationJson interpretation) {

        static Meeting of(
                MeetingDetails m,
                @Nullable ApprovalState approval,
                List<ParityWarning> parity,
                Interpretation interpretation) {
            ZoneId zone = m.timeZone();
            var venue = m.venue() == null
                    ? null
                    : new VenueRefJson(
                            m.venue().id().value(),
                            m.venue().name(),
                            m.venue().room() == null ? null : m.venue().room().value(),
                            m.venue().roomName());
            return new Meeting(
                    m.id().value(),
                    m.version(),
                    m.title(),
                    m.kind(),
                    m.tier(),
                    m.format(),
                    at(m.start(), zone),
                    at(m.end(), zone),
                    zone.getId(),
                    venue,
                    code(m.initiatingSide()),
                    code(m.hostSide()),
                    m.classification(),
                    m.objectives(),
                    m.parentConference() == null
                            ? null
                            : new MeetingRefJson(
                                    m.parentConference().id().value(),
                                    m.parentConference().title()),
                    m.followUpOf() == null
                            ? null
                            : new MeetingRefJson(
                                    m.followUpOf().id().value(), m.followUpOf().title()),
                    m.status(),
                    m.createdBy(),
                    at(m.createdAt(), zone),
                    m.updatedBy(),
                    at(m.updatedAt(), zone),
                    m.delegations().stream().map(Delegation::of).toList(),
                    Answers.of(AnswerSummary.of(m)),
                    m.agenda().stream().map(AgendaItem::of).toList(),
                    approval == null ? null : Approval.of(approval, zone),
                    Parity.of(parity),
                    InterpretationJson.of(interpretation));
        }
    }

    record PersonJson(
            long id,
            String fullName,
            @Nullable String title,
            @Nullable String organisation,
            String country,
            @Nullable String email,
            @Nullable String phone,
            List<String> languages,
            String homeZone,
            String workdayStart,
            String workdayEnd,
            boolean active,
            @Nullable String originalName,
            List<String> workingDays,
            @Nullable String rank,
            @Nullable Integer precedence,
            @Nullable FormOfAddress formOfAddress) {
        /** The person with their protocol rank (its English name and precedence) looked up in {@code rules}. */
        static PersonJson of(Person p, ProtocolRules rules) {
            var rank = rules.rank(p.rank());
            return new PersonJson(
                    p.id().value(),
                    p.fullName(),
                    p.title(),
                    p.organisation(),
                    p.country().code(),
                    p.email(),
                    p.phone(),
                    p.languages(),
                    p.homeZone().getId(),
                    p.workdayStart().toString(),
                    p.workdayEnd().toString(),
                    p.active(),
                    p.originalName(),
                    p.workingDays().stream()
                            .sorted()
                            .map(java.time.DayOfWeek::name)
                            .toList(),
                    rank.map(r -> r.label(java.util.Locale.ENGLISH)).orElse(null),
                    rank.map(Rank::precedence).orElse(null),
                    p.formOfAddress());
        }
    }

    record RoomJson(long id, String name, int capacity) {
        static RoomJson of(Room r) {
            return new RoomJson(r.id().value(), r.name(), r.capacity());
        }
    }

    record VenueJson(
            long id,
            String name,
            @Nullable String city,
            String country,
            @Nullable String address,
            String zone,
            int capacity,
            List<RoomJson> rooms) {
        static VenueJson of(Venue v) {
            return new VenueJson(
                    v.id().value(),
                    v.name(),
                    v.city(),
                    v.country().code(),
                    v.address(),
                    v.timeZone().getId(),
                    v.capacity(),
                    v.rooms().stream().map(RoomJson::of).toList());
        }
    }

    record ActionItem(
            long id,
            long meeting,
            String meetingTitle,
            String text,
            @Nullable String owner,
            @Nullable String ownerUser,
            @Nullable String due,
            String status,
            @Nullable Long followUp,
            String recordedBy,
            Instant recordedAt) {
        static ActionItem of(Outcome o) {
            return new ActionItem(
                    o.id(),
                    o.meeting().value(),
                    o.meetingTitle(),
                    o.text(),
                    o.ownerName(),
                    o.ownerUser(),
                    o.due() == null ? null : o.due().toString(),
                    o.status().name(),
                    o.followUp() == null ? null : o.followUp().value(),
                    o.recordedBy(),
                    o.recordedAt());
        }
    }

    // --- input -----------------------------------------------------------------------------------------------------
    // Every field may be missing in the JSON, so all are @Nullable here; @Schema marks those the services refuse to do
    // without, for the OpenAPI document (ApiDescription), and ApiEdgesTest checks the two agree.

    /**
     * A meeting as a client sends it. {@code start} and {@code end} are wall-clock times in {@code zone}
     * ("2027-02-14T10:00") or carry an offset ("2027-02-14T10:00:00+01:00"), which is then converted into the zone.
     */
    record MeetingInput(
            @Schema(requiredMode = REQUIRED) @Nullable String title,
            @Schema(requiredMode = REQUIRED) @Nullable MeetingKind kind,
            @Schema(requiredMode = REQUIRED) @Nullable Tier tier,
            @Schema(requiredMode = REQUIRED) @Nullable MeetingFormat format,
            @Schema(requiredMode = REQUIRED) @Nullable String start,
            @Schema(requiredMode = REQUIRED) @Nullable String end,
            @Schema(requiredMode = REQUIRED) @Nullable String zone,
            @Nullable Long venue,
            @Nullable Long room,
            @Nullable String initiatingSide,
            @Nullable String hostSide,
            @Schema(requiredMode = REQUIRED) @Nullable Classification classification,
            @Nullable String objectives,
            @Nullable Long parentConference,
            @Nullable Long followUpOf,

            @Schema(description = "The sides, one of them ours; at least two for every kind but a conference") @Nullable
            List<DelegationInput> delegations,

            @Nullable List<AgendaInput> agenda) {}

    /**
     * {@code manualOrder}: keep the members in the order given rather than by precedence (default false);
     * {@code language}: the working language, ISO 639-1 (default: the head's first language).
     */
    record DelegationInput(
            @Schema(requiredMode = REQUIRED) @Nullable String country,
            @Nullable String organisation,
            boolean ours,
            @Schema(requiredMode = REQUIRED) @Nullable List<MemberInput> members,
            @Nullable Boolean manualOrder,
            @Nullable String language) {}

    record MemberInput(
            @Schema(requiredMode = REQUIRED) @Nullable Long person,
            @Schema(requiredMode = REQUIRED) @Nullable MemberRole role,
            @Nullable ParticipantResponse response) {}

    record AgendaInput(
            @Schema(requiredMode = REQUIRED) @Nullable String title,
            @Nullable String description,
            @Nullable String leadDelegation,
            @Nullable Long leadPerson,
            int plannedMinutes) {}

    record Comment(@Nullable String comment) {}

    record Reason(@Schema(requiredMode = REQUIRED) @Nullable String reason) {}
}
