package org.parley;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.parley.AuthorisationMatrix.Call;
import org.parley.AuthorisationMatrix.Caller;
import org.parley.approval.ApprovalService;
import org.parley.audit.AuditService;
import org.parley.calendar.importing.IcsImportService;
import org.parley.calendar.mail.InvitationMailService;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingWorkflow;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.ApiTokenService;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prepares what one cell of the authorisation matrix needs (a draft, a submitted meeting, a fresh user…) through the
 * real services, and runs a call as one caller. Everything it makes is new and uniquely named, because the suite
 * shares one database; meetings lie on days of their own (far future, or far past for ones that must have ended),
 * so they never clash with each other or with other tests' meetings.
 */
@Component
@Profile("test")
public class AccessFixture {

    /** An id no meeting has; a meeting above the caller's clearance must look exactly like it. */
    public static final MeetingId MISSING = new MeetingId(Long.MAX_VALUE);

    public static final String PASS_PHRASE = "matrix cells need long pass phrases";

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode US = new CountryCode("US");
    private static final AtomicInteger counter = new AtomicInteger();

    private final MeetingService meetings;
    private final MeetingWorkflow workflow;
    private final ApprovalService approvals;
    private final UserService users;
    private final ApiTokenService apiTokens;
    private final AuditService audit;
    private final PeopleService people;
    private final VenueService venues;
    private final DirectoryFixture directory;
    private final TestUsers testUsers;
    private final String adminPassword;
    private final List<MeetingId> made = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    private IcsImportService imports;

    @Autowired
    private org.parley.protocol.ProtocolService protocol;

    @Autowired
    private InvitationMailService invitationMail;

    @Autowired
    private org.parley.participation.CounterProposalService counterProposals;

    @Autowired
    private org.parley.calendar.importing.CalendarReplyService calendarReplies;

    AccessFixture(
            MeetingService meetings,
            MeetingWorkflow workflow,
            ApprovalService approvals,
            UserService users,
            ApiTokenService apiTokens,
            AuditService audit,
            PeopleService people,
            VenueService venues,
            DirectoryFixture directory,
            TestUsers testUsers,
            @Value("${parley.security.admin-password}") String adminPassword) {
        this.meetings = meetings;
        this.workflow = workflow;
        this.approvals = approvals;
        this.users = users;
        this.apiTokens = apiTokens;
        this.audit = audit;
        this.people = people;
        this.venues = venues;
        this.directory = directory;
        this.testUsers = testUsers;
        this.adminPassword = adminPassword;
    }

    @Autowired
    private org.parley.readout.ReadoutService readouts;

    public org.parley.readout.ReadoutService readouts() {
        return readouts;
    }

    /** A meeting that took place, with a readout the planner drafted in English and Russian. */
    public MeetingId withDraftedReadout() {
        MeetingId id = ended(Classification.UNCLASSIFIED);
        as(
                "planner",
                () -> readouts.saveDraft(
                        id,
                        new org.parley.readout.ReadoutDraft(List.of(
                                new org.parley.readout.ReadoutTextData(
                                        "en", "The ministers agreed to keep channels open"),
                                new org.parley.readout.ReadoutTextData(
                                        "ru", "Министры договорились сохранять каналы связи")))));
        return id;
    }

    /** As {@link #withDraftedReadout()}, released by an approver. */
    public MeetingId withReleasedReadout() {
        MeetingId id = withDraftedReadout();
        as("approver2", () -> readouts.release(id, false));
        return id;
    }

    @Autowired
    private org.parley.relations.QuestionService questions;

    public org.parley.relations.QuestionService questions() {
        return questions;
    }

    /** A new unclassified open question with Russia and the United States, opened by the planner. */
    public org.parley.relations.OpenQuestion openQuestion() {
        return as("planner", () -> questions.create(questionData(unique("Matrix question"))));
    }

    public static org.parley.relations.QuestionData questionData(String title) {
        return new org.parley.relations.QuestionData(
                title,
                "Staffing and property of the missions",
                "Reciprocity",
                "Staffing first",
                null,
                org.parley.relations.QuestionStatus.OPEN,
                Classification.UNCLASSIFIED,
                Set.of(RU, US));
    }

    @Autowired
    private BilateralAccessFixture bilaterals;

    public BilateralAccessFixture bilaterals() {
        return bilaterals;
    }

    /** Injected by field, so that this fixture's constructor stays as other features extend it. */
    @org.springframework.beans.factory.annotation.Autowired
    private org.parley.calendar.feed.FeedService feeds;

    public org.parley.calendar.feed.FeedService feeds() {
        return feeds;
    }

    /** A feed of the caller's own (of the planner's for a signed-out visitor, who has none), for rotate and revoke. */
    public long feedOf(@org.jspecify.annotations.Nullable String username) {
        return as(username == null ? "planner" : username, () -> feeds.create(matrixFeed()))
                .feed()
                .id();
    }

    public org.parley.calendar.feed.FeedData matrixFeed() {
        return new org.parley.calendar.feed.FeedData(
                unique("Matrix feed"),
                org.parley.calendar.feed.FeedScope.EVERYTHING,
                null,
                null,
                null,
                Classification.UNCLASSIFIED,
                false);
    }

    public MeetingService meetings() {
        return meetings;
    }

    public MeetingWorkflow workflow() {
        return workflow;
    }

    public ApiTokenService apiTokens() {
        return apiTokens;
    }

    public ApprovalService approvals() {
        return approvals;
    }

    public UserService users() {
        return users;
    }

    public AuditService audit() {
        return audit;
    }

    public PeopleService people() {
        return people;
    }

    public org.parley.protocol.ProtocolService protocol() {
        return protocol;
    }

    /** A rank of the administrator's own, with a name no other cell uses. */
    public org.parley.protocol.Rank rank() {
        return asSystem(() -> protocol.createRank(new org.parley.protocol.RankData(unique("Matrix rank"), 9)));
    }

    public VenueService venues() {
        return venues;
    }

    public IcsImportService imports() {
        return imports;
    }

    public InvitationMailService invitationMail() {
        return invitationMail;
    }

    public org.parley.participation.CounterProposalService counterProposals() {
        return counterProposals;
    }

    public org.parley.calendar.importing.CalendarReplyService calendarReplies() {
        return calendarReplies;
    }

    /** A telephone call between two new people, made by the system: for participants' answers and proposals. */
    public MeetingId callBetween(Person ours, Person theirs) {
        var start = java.time.LocalDateTime.of(2033, 6, 1, 10, 0).plusDays(counter.incrementAndGet() % 300);
        return asSystem(() -> meetings.create(
                        org.parley.meeting.MeetingDataBuilder.meeting(unique("Matrix call"))
                                .kind(MeetingKind.PHONE_CALL)
                                .at(start, start.plusHours(1), MOSCOW)
                                .headedBy(RU, ours.id(), US, theirs.id())
                                .build(),
                        true)
                .id());
    }

    /** An open proposal of the day after, by {@code theirs}, of a call between two new people. */
    public org.parley.participation.CounterProposal openProposal() {
        Person ours = person();
        Person theirs = person();
        MeetingId id = callBetween(ours, theirs);
        var meeting = asSystem(() -> meetings.get(id));
        return asSystem(() -> counterProposals.proposeFromCalendar(
                id,
                theirs.id(),
                meeting.start().plus(java.time.Duration.ofDays(1)),
                meeting.end().plus(java.time.Duration.ofDays(1)),
                null));
    }

    // --- identities -------------------------------------------------------------------------------------------------

    public <T> T as(String username, Supplier<T> work) {
        return testUsers.as(username, work);
    }

    public <T> T asSystem(Supplier<T> work) {
        return SystemTask.runAsSystem(work);
    }

    /** Runs the call as the caller; a signed-out caller is the anonymous visitor a web request would carry. */
    public Object perform(Caller caller, Call call) {
        Supplier<Object> work = () -> {
            try {
                return call.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return caller.username() == null ? asSignedOutVisitor(work) : as(caller.username(), work);
    }

    private static <T> T asSignedOutVisitor(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "parley-tests", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The caller's own password, so that "change my password" can be called without changing it for other tests. */
    public String passwordOf(Caller caller) {
        return caller == Caller.ADMIN ? adminPassword : TestSetup.PASSWORD;
    }

    /** The caller's own time zone, so that "change my time zone" leaves the shared test users as they were. */
    public ZoneId timeZoneOf(Caller caller) {
        if (caller.username() == null) {
            return MOSCOW;
        }
        return asSystem(() -> users.list(caller.username(), PageRequest.of(0, 20))).getContent().stream()
                .filter(u -> u.username().equals(caller.username()))
                .findFirst()
                .orElseThrow()
                .timeZone();
    }

    /** The caller's account, for tests that link it to a person for the length of one call (docs/0025). */
    public UserSummary accountOf(Caller caller) {
        return asSystem(() -> users.list(caller.username(), PageRequest.of(0, 20))).getContent().stream()
                .filter(u -> u.username().equals(caller.username()))
                .findFirst()
                .orElseThrow();
    }

    /** A user with one role and the given clearance, created by the system. */
    public UserSummary freshUser(Set<Role> roles, Classification clearance) {
        String username = "matrix.user" + counter.incrementAndGet();
        return asSystem(() -> users.create(new NewUser(
                username, "Matrix User " + counter.get(), null, roles, clearance, MOSCOW, "en", PASS_PHRASE)));
    }

    public UserSummary freshUser() {
        return freshUser(EnumSet.of(Role.VIEWER), Classification.UNCLASSIFIED);
    }

    public NewUser newUser() {
        int n = counter.incrementAndGet();
        return new NewUser(
                "matrix.new" + n,
                "Matrix Newcomer " + n,
                "matrix.new" + n + "@parley.test",
                EnumSet.of(Role.VIEWER),
                Classification.UNCLASSIFIED,
                MOSCOW,
                "en",
                PASS_PHRASE);
    }

    /** A user who plans and approves, as a small unit might have; the four-eyes rule is about such people. */
    public String plannerWhoAlsoApproves() {
        return freshUser(EnumSet.of(Role.PLANNER, Role.APPROVER), Classification.SECRET)
                .username();
    }

    // --- directory --------------------------------------------------------------------------------------------------

    public String unique(String prefix) {
        return prefix + " " + counter.incrementAndGet();
    }

    public Person person() {
        return directory.person(unique("Matrix Person"), RU, MOSCOW);
    }

    public PersonData newPerson() {
        return PersonData.of(unique("Matrix Newcomer"), RU, MOSCOW);
    }

    public Person personWithEmail() {
        String name = unique("Matrix Mailer");
        return directory.person(new PersonData(
                name,
                null,
                null,
                RU,
                name.replace(' ', '.').toLowerCase() + "@parley.test",
                null,
                null,
                MOSCOW,
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null));
    }

    /** An invitation (.ics) to a call between two new directory people of two countries, on a day of its own. */
    public byte[] invitation() {
        Person ours = personWithEmail();
        String theirName = unique("Matrix Caller");
        Person theirs = directory.person(new PersonData(
                theirName,
                null,
                null,
                US,
                theirName.replace(' ', '.').toLowerCase() + "@state.test",
                null,
                null,
                ZoneId.of("America/New_York"),
                PersonData.DEFAULT_WORKDAY_START,
                PersonData.DEFAULT_WORKDAY_END,
                null));
        String start = futureDay().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        return String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Parley//Matrix//EN",
                        "METHOD:REQUEST",
                        "BEGIN:VEVENT",
                        "UID:" + unique("matrix-invitation").replace(' ', '-') + "@test",
                        "DTSTAMP:20300101T000000Z",
                        "DTSTART;TZID=Europe/Moscow:" + start,
                        "DURATION:PT1H",
                        "SUMMARY:" + unique("Matrix imported call"),
                        "ORGANIZER;CN=Them:mailto:" + theirs.email(),
                        "ATTENDEE;CN=Us:mailto:" + ours.email(),
                        "END:VEVENT",
                        "END:VCALENDAR",
                        "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public Venue venue() {
        return directory.venue(unique("Matrix Venue"), MOSCOW, "Main hall");
    }

    // --- meetings ---------------------------------------------------------------------------------------------------

    /** Two heads of delegation, new for each meeting, so that no meeting ever shares a person with another. */
    public MeetingData meetingData(String title, MeetingKind kind, Classification classification, LocalDateTime start) {
        Person ours = person();
        Person theirs = directory.person(unique("Matrix Counterpart"), US, ZoneId.of("America/New_York"));
        return meetingData(title, kind, classification, start, ours, theirs);
    }

    public MeetingData meetingData(
            String title,
            MeetingKind kind,
            Classification classification,
            LocalDateTime start,
            Person ours,
            Person theirs) {
        return MeetingDataBuilder.meeting(title)
                .kind(kind)
                .format(MeetingFormat.VIRTUAL)
                .at(start, start.plusHours(1), MOSCOW)
                .classification(classification)
                .objectives("Keep the channels open")
                .delegations(List.of(
                        new DelegationData(RU, null, true, List.of(new MemberData(ours.id(), MemberRole.HEAD))),
                        new DelegationData(US, null, false, List.of(new MemberData(theirs.id(), MemberRole.HEAD)))))
                .agenda(List.of(new AgendaItemData("Channels", "", 30)))
                .build();
    }

    /** An unclassified expert meeting on a day of its own, not yet saved. */
    public MeetingData newMeeting() {
        return meetingData(
                unique("Matrix meeting"), MeetingKind.EXPERT_MEETING, Classification.UNCLASSIFIED, futureDay());
    }

    public MeetingData withFollowUpOf(MeetingData data, MeetingId earlier) {
        return MeetingDataBuilder.from(data).followUpOf(earlier).build();
    }

    public MeetingData withObjectives(MeetingData data, String objectives) {
        return MeetingDataBuilder.from(data).objectives(objectives).build();
    }

    public LocalDateTime futureDay() {
        return LocalDateTime.of(2400, 1, 1, 10, 0).plusDays(counter.incrementAndGet());
    }

    private LocalDateTime pastDay() {
        return LocalDateTime.of(1990, 1, 1, 10, 0).plusDays(counter.incrementAndGet());
    }

    /**
     * Who plans a meeting of this classification: "planner" up to confidential (their clearance), the system above.
     * Either way not one of the approvers, so that the four-eyes rule never stands in an approver's way.
     */
    public String authorFor(Classification classification) {
        return Classification.CONFIDENTIAL.covers(classification) ? "planner" : SystemTask.SYSTEM_USERNAME;
    }

    private <T> T asAuthor(Classification classification, Supplier<T> work) {
        String author = authorFor(classification);
        return author.equals(SystemTask.SYSTEM_USERNAME) ? asSystem(work) : as(author, work);
    }

    public MeetingId draft() {
        return draft(Classification.UNCLASSIFIED, MeetingKind.EXPERT_MEETING);
    }

    public MeetingId draft(Classification classification, MeetingKind kind) {
        return saved(meetingData(unique("Matrix " + kind.label().toLowerCase()), kind, classification, futureDay()));
    }

    public MeetingId saved(MeetingData data) {
        MeetingId id = asAuthor(
                data.classification(), () -> meetings.create(data, true).id());
        made.add(id);
        return id;
    }

    public MeetingId savedBy(String username, MeetingData data) {
        MeetingId id = as(username, () -> meetings.create(data, true).id());
        made.add(id);
        return id;
    }

    public MeetingId draftOf(Classification classification) {
        return draft(classification, MeetingKind.EXPERT_MEETING);
    }

    public MeetingId submittedOf(Classification classification) {
        return submitted(classification, MeetingKind.EXPERT_MEETING);
    }

    public MeetingId submitted() {
        return submitted(Classification.UNCLASSIFIED, MeetingKind.EXPERT_MEETING);
    }

    public MeetingId submitted(Classification classification, MeetingKind kind) {
        MeetingId id = draft(classification, kind);
        asAuthor(classification, () -> approvals.submit(id, "Ready for approval"));
        return id;
    }

    public MeetingId postponed(Classification classification) {
        MeetingId id = draft(classification, MeetingKind.EXPERT_MEETING);
        asAuthor(classification, () -> approvals.postpone(id, "The other side asked for a later date"));
        return id;
    }

    /** An approved meeting that took place in the past, so that its planner may now complete it. */
    public MeetingId ended(Classification classification) {
        MeetingId id = saved(
                meetingData(unique("Matrix past meeting"), MeetingKind.EXPERT_MEETING, classification, pastDay()));
        asAuthor(classification, () -> approvals.submit(id, "Ready for approval"));
        as("approver", () -> approvals.approve(id, 1, null));
        return id;
    }

    public MeetingId completed(Classification classification) {
        MeetingId id = ended(classification);
        asAuthor(classification, () -> approvals.complete(id));
        return id;
    }

    public long versionOf(MeetingId id) {
        return asSystem(() -> meetings.get(id)).version();
    }

    public MeetingData dataOf(MeetingId id) {
        return asSystem(() -> meetings.get(id)).toData();
    }

    public MeetingStatus statusOf(MeetingId id) {
        return asSystem(() -> meetings.get(id)).status();
    }

    /**
     * Cancels what a cell left waiting for approval (a refused approver cell leaves its meeting pending), so that the
     * shared database does not fill the approvers' inboxes that other tests read.
     */
    public void retirePending() {
        List<MeetingId> mine;
        synchronized (made) {
            mine = List.copyOf(made);
            made.clear();
        }
        for (MeetingId id : mine) {
            if (statusOf(id) == MeetingStatus.PENDING_APPROVAL) {
                asSystem(() -> approvals.cancel(id, "Authorisation matrix cell finished"));
            }
        }
    }
}
