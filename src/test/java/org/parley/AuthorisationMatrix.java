package org.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parley.approval.ApprovalRequest;
import org.parley.approval.ApprovalService;
import org.parley.approval.ApprovalState;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.bilateral.BilateralId;
import org.parley.bilateral.BilateralRequestData;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.BilateralStatus;
import org.parley.calendar.importing.CalendarReplyService;
import org.parley.calendar.importing.IcsImportService;
import org.parley.calendar.mail.InvitationMailService;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.PersonFilter;
import org.parley.directory.RoomData;
import org.parley.directory.Venue;
import org.parley.directory.VenueData;
import org.parley.directory.VenueService;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.Conflict;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingSnapshot;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MeetingSummary;
import org.parley.meeting.MeetingWorkflow;
import org.parley.participation.CounterProposalService;
import org.parley.participation.ProposalData;
import org.parley.protocol.ProtocolService;
import org.parley.protocol.Rank;
import org.parley.protocol.RankData;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.Role;
import org.parley.security.UserChanges;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.Classification;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;

/**
 * Who may call which service operation, written once: the role rules as a table (operation, the service method it
 * is, the roles allowed, and a realistic call prepared afresh for each cell), and the object rules that come on top
 * of the roles (own submission, the summit's two approvers, clearance). {@code AuthorisationMatrixTest} turns every
 * row into one test per caller; {@code AccessRulesCompletenessTest} fails the build when a public method of a service
 * listed here has no row.
 *
 * <p>"Allowed" means the call completes: each cell prepares a state in which the operation makes sense (a fresh
 * submitted meeting to approve, a fresh user to disable), so a business refusal (RuleViolationException,
 * NotFoundException, a constraint violation) fails an allowed cell as surely as AccessDeniedException does.
 * "Refused" means AccessDeniedException, from the same preparation. Every caller holds exactly one role and enough
 * clearance for what the cell prepares (unclassified meetings), so the role alone decides.
 */
final class AuthorisationMatrix {

    private AuthorisationMatrix() {}

    /** The test users of TestSetup, one role each, and a visitor who has not signed in (allowed nothing). */
    enum Caller {
        VIEWER("viewer", Role.VIEWER, "viewer"),
        PLANNER("planner", Role.PLANNER, "planner"),
        APPROVER("approver", Role.APPROVER, "approver"),
        SENIOR_APPROVER("senior", Role.SENIOR_APPROVER, "senior approver"),
        ADMIN("admin", Role.ADMIN, "admin"),
        SIGNED_OUT(null, null, "signed-out visitor");

        private final String username;
        private final Role role;
        private final String label;

        Caller(String username, Role role, String label) {
            this.username = username;
            this.role = role;
            this.label = label;
        }

        String username() {
            return username;
        }

        Role role() {
            return role;
        }

        String label() {
            return label;
        }
    }

    /** One service call, ready to run as whoever the cell is about. */
    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    /** Prepares what the call needs (as the system or the planner, never as the caller) and returns the call. */
    @FunctionalInterface
    interface Scenario {
        Call prepare(AccessFixture fixture, Caller caller);
    }

    record Operation(String name, Class<?> service, String method, Set<Role> allowed, Scenario scenario) {

        boolean allows(Caller caller) {
            return caller.role() == null ? OPEN_TO_THE_PUBLIC.contains(name) : allowed.contains(caller.role());
        }

        String methodName() {
            return service.getSimpleName() + "." + method;
        }
    }

    /** A rule about particular objects; its check prepares the objects and asserts refusal and a control. */
    record ObjectRule(String group, String name, String operation, Consumer<AccessFixture> check) {

        String title() {
            return group + ": " + name;
        }
    }

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> PLANNERS = EnumSet.of(Role.PLANNER);
    private static final Set<Role> APPROVERS = EnumSet.of(Role.APPROVER, Role.SENIOR_APPROVER);
    private static final Set<Role> PLANNERS_AND_APPROVERS =
            EnumSet.of(Role.PLANNER, Role.APPROVER, Role.SENIOR_APPROVER);
    private static final Set<Role> PLANNERS_AND_ADMINS = EnumSet.of(Role.PLANNER, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    /** Operations only the system itself performs (the replies reader), refused to every user. */
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    private static Operation row(String name, Class<?> service, String method, Set<Role> allowed, Scenario scenario) {
        return new Operation(name, service, method, allowed, scenario);
    }

    private static final PageRequest PAGE = PageRequest.of(0, 20);
    private static final org.parley.meeting.MeetingSelection FEED_SELECTION = new org.parley.meeting.MeetingSelection(
            MeetingFilter.all(),
            null,
            EnumSet.of(MeetingStatus.APPROVED, MeetingStatus.CANCELLED),
            Instant.parse("2030-01-01T00:00:00Z"),
            Instant.parse("2030-02-01T00:00:00Z"),
            Instant.parse("2029-12-01T00:00:00Z"));

    /** Operations anyone may call without signing in (what the public Readouts page and feed read). */
    static final Set<String> OPEN_TO_THE_PUBLIC =
            Set.of("readouts.published", "readouts.publishedOne", "readouts.recentlyUpdated");

    static final List<Operation> OPERATIONS = List.of(
            // --- readouts: planners draft, approvers release and withdraw, the public reads what was released ---
            row("readouts.of", org.parley.readout.ReadoutService.class, "of", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.withDraftedReadout();
                return () -> f.readouts().of(id);
            }),
            row("readouts.saveDraft", org.parley.readout.ReadoutService.class, "saveDraft", PLANNERS, (f, who) -> {
                MeetingId id = f.ended(Classification.UNCLASSIFIED);
                var draft = new org.parley.readout.ReadoutDraft(
                        List.of(new org.parley.readout.ReadoutTextData("en", "Talks were held")));
                return () -> f.readouts().saveDraft(id, draft);
            }),
            row("readouts.release", org.parley.readout.ReadoutService.class, "release", APPROVERS, (f, who) -> {
                MeetingId id = f.withDraftedReadout();
                return () -> f.readouts().release(id, false);
            }),
            row("readouts.withdraw", org.parley.readout.ReadoutService.class, "withdraw", APPROVERS, (f, who) -> {
                MeetingId id = f.withReleasedReadout();
                return () -> f.readouts().withdraw(id, "Issued by mistake.");
            }),
            row(
                    "readouts.published",
                    org.parley.readout.ReadoutService.class,
                    "published",
                    EVERY_ROLE,
                    (f, who) -> () -> f.readouts().published(null, PAGE)),
            row(
                    "readouts.publishedOne",
                    org.parley.readout.ReadoutService.class,
                    "publishedOne",
                    EVERY_ROLE,
                    (f, who) -> {
                        MeetingId id = f.withReleasedReadout();
                        long readout = f.asSystem(() -> f.readouts().of(id))
                                .orElseThrow()
                                .id();
                        return () -> f.readouts().publishedOne(readout);
                    }),
            row(
                    "readouts.recentlyUpdated",
                    org.parley.readout.ReadoutService.class,
                    "recentlyUpdated",
                    EVERY_ROLE,
                    (f, who) -> () -> f.readouts().recentlyUpdated()),

            // --- open questions: everybody signed in reads (within clearance); planners open, edit and move -----
            row(
                    "questions.ofCountry",
                    org.parley.relations.QuestionService.class,
                    "ofCountry",
                    EVERY_ROLE,
                    (f, who) -> () -> f.questions().ofCountry(new org.parley.shared.CountryCode("RU"), true, PAGE)),
            row("questions.get", org.parley.relations.QuestionService.class, "get", EVERY_ROLE, (f, who) -> {
                long id = f.openQuestion().id();
                return () -> f.questions().get(id);
            }),
            row("questions.raisedAt", org.parley.relations.QuestionService.class, "raisedAt", EVERY_ROLE, (f, who) -> {
                MeetingId meeting = f.ended(Classification.UNCLASSIFIED);
                return () -> f.questions().raisedAt(meeting);
            }),
            row(
                    "questions.create",
                    org.parley.relations.QuestionService.class,
                    "create",
                    PLANNERS,
                    (f, who) -> () -> f.questions().create(AccessFixture.questionData("Matrix question"))),
            row("questions.update", org.parley.relations.QuestionService.class, "update", PLANNERS, (f, who) -> {
                var question = f.openQuestion();
                return () -> f.questions()
                        .update(question.id(), question.version(), AccessFixture.questionData("Renamed question"));
            }),
            row("questions.move", org.parley.relations.QuestionService.class, "move", PLANNERS, (f, who) -> {
                long id = f.openQuestion().id();
                return () -> f.questions().move(id, org.parley.relations.QuestionStatus.RESOLVED, "Settled");
            }),
            row("questions.addNote", org.parley.relations.QuestionService.class, "addNote", PLANNERS, (f, who) -> {
                long id = f.openQuestion().id();
                return () -> f.questions().addNote(id, "The embassy reports progress");
            }),
            row("questions.raise", org.parley.relations.QuestionService.class, "raise", PLANNERS, (f, who) -> {
                long id = f.openQuestion().id();
                MeetingId meeting = f.ended(Classification.UNCLASSIFIED);
                return () -> f.questions().raise(id, meeting, 0);
            }),

            // --- meetings: everybody signed in reads (within clearance); planners plan ---------------------------
            row("meetings.find", MeetingService.class, "find", EVERY_ROLE, (f, who) -> {
                MeetingData data = f.newMeeting();
                f.saved(data);
                return () -> f.meetings().find(MeetingFilter.all().withText(data.title()), PAGE);
            }),
            row("meetings.count", MeetingService.class, "count", EVERY_ROLE, (f, who) -> {
                MeetingData data = f.newMeeting();
                f.saved(data);
                return () -> f.meetings().count(MeetingFilter.all().withText(data.title()));
            }),
            row(
                    "meetings.clashing",
                    MeetingService.class,
                    "clashing",
                    EVERY_ROLE,
                    (f, who) -> () -> f.meetings()
                            .clashing(
                                    MeetingFilter.all()
                                            .between(
                                                    Instant.parse("2030-01-01T00:00:00Z"),
                                                    Instant.parse("2030-01-15T00:00:00Z")),
                                    PAGE)),
            row("meetings.get", MeetingService.class, "get", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().get(id);
            }),
            row("meetings.answer", MeetingService.class, "answer", EVERY_ROLE, (f, who) -> {
                // the caller is a participant for this one call: linked to the head of our delegation, then unlinked
                Person person = f.person();
                Person theirs = f.person();
                var start = java.time.LocalDateTime.of(2033, 6, 1, 10, 0);
                MeetingId id = f.asSystem(() -> f.meetings()
                        .create(
                                org.parley.meeting.MeetingDataBuilder.meeting("Matrix answer")
                                        .kind(org.parley.meeting.MeetingKind.PHONE_CALL)
                                        .at(start, start.plusHours(1), java.time.ZoneId.of("Europe/Moscow"))
                                        .headedBy(
                                                new org.parley.shared.CountryCode("RU"),
                                                person.id(),
                                                new org.parley.shared.CountryCode("US"),
                                                theirs.id())
                                        .build(),
                                true)
                        .id());
                if (who.username() == null) {
                    return () -> f.meetings()
                            .answer(
                                    id,
                                    new org.parley.meeting.AnswerData(
                                            org.parley.meeting.ParticipantResponse.ACCEPTED, null),
                                    org.parley.meeting.AnswerSource.PARLEY);
                }
                var account = f.accountOf(who);
                f.asSystem(() -> {
                    f.people().linkAccount(person.id(), account.id());
                    return null;
                });
                return () -> {
                    try {
                        return f.meetings()
                                .answer(
                                        id,
                                        new org.parley.meeting.AnswerData(
                                                org.parley.meeting.ParticipantResponse.ACCEPTED, null),
                                        org.parley.meeting.AnswerSource.PARLEY);
                    } finally {
                        f.asSystem(() -> {
                            f.people().linkAccount(person.id(), null);
                            return null;
                        });
                    }
                };
            }),
            row("meetings.answerFromCalendar", MeetingService.class, "answerFromCalendar", NOBODY, (f, who) -> {
                Person ours = f.person();
                Person theirs = f.person();
                MeetingId id = f.callBetween(ours, theirs);
                return () -> f.meetings()
                        .answerFromCalendar(
                                id,
                                theirs.id(),
                                new org.parley.meeting.AnswerData(
                                        org.parley.meeting.ParticipantResponse.ACCEPTED, null));
            }),
            row("counterProposals.of", CounterProposalService.class, "of", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.counterProposals().of(id);
            }),
            row("counterProposals.propose", CounterProposalService.class, "propose", EVERY_ROLE, (f, who) -> {
                // the caller is a participant for this one call: linked to our head of delegation, then unlinked
                Person ours = f.person();
                MeetingId id = f.callBetween(ours, f.person());
                var start = java.time.LocalDateTime.of(2034, 3, 1, 10, 0);
                var proposal = new ProposalData(start, start.plusHours(1), null);
                if (who.username() == null) {
                    return () -> f.counterProposals().propose(id, proposal, org.parley.meeting.AnswerSource.PARLEY);
                }
                var account = f.accountOf(who);
                f.asSystem(() -> {
                    f.people().linkAccount(ours.id(), account.id());
                    return null;
                });
                return () -> {
                    try {
                        return f.counterProposals().propose(id, proposal, org.parley.meeting.AnswerSource.PARLEY);
                    } finally {
                        f.asSystem(() -> {
                            f.people().linkAccount(ours.id(), null);
                            return null;
                        });
                    }
                };
            }),
            row(
                    "counterProposals.proposeFromCalendar",
                    CounterProposalService.class,
                    "proposeFromCalendar",
                    NOBODY,
                    (f, who) -> {
                        Person theirs = f.person();
                        MeetingId id = f.callBetween(f.person(), theirs);
                        var start = Instant.parse("2034-03-02T07:00:00Z");
                        return () -> f.counterProposals()
                                .proposeFromCalendar(id, theirs.id(), start, start.plusSeconds(3600), null);
                    }),
            row("counterProposals.accept", CounterProposalService.class, "accept", PLANNERS, (f, who) -> {
                var proposal = f.openProposal();
                long version =
                        f.asSystem(() -> f.meetings().get(proposal.meeting())).version();
                return () -> f.counterProposals()
                        .accept(proposal.id(), version, Acknowledged.CONFLICTS, Acknowledged.REAPPROVAL);
            }),
            row("counterProposals.decline", CounterProposalService.class, "decline", PLANNERS, (f, who) -> {
                var proposal = f.openProposal();
                return () -> f.counterProposals().decline(proposal.id());
            }),
            row(
                    "calendarReplies.notApplied",
                    CalendarReplyService.class,
                    "notApplied",
                    PLANNERS,
                    (f, who) -> () -> f.calendarReplies().notApplied(PAGE)),
            row("meetings.answers", MeetingService.class, "answers", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().answers(List.of(id));
            }),
            row(
                    "meetings.inPeriod",
                    MeetingService.class,
                    "inPeriod",
                    EVERY_ROLE,
                    (f, who) -> () -> f.meetings()
                            .inPeriod(
                                    org.parley.meeting.MeetingFilter.all(),
                                    java.time.Instant.parse("2030-01-01T00:00:00Z"),
                                    java.time.Instant.parse("2030-02-01T00:00:00Z"),
                                    50)),
            row(
                    "meetings.select",
                    MeetingService.class,
                    "select",
                    EVERY_ROLE,
                    (f, who) -> () -> f.meetings().select(FEED_SELECTION, 50)),
            row(
                    "meetings.stamp",
                    MeetingService.class,
                    "stamp",
                    EVERY_ROLE,
                    (f, who) -> () -> f.meetings().stamp(FEED_SELECTION)),
            // --- calendar feeds: every signed-in user has their own ----------------------------------------------
            row(
                    "feeds.mine",
                    org.parley.calendar.feed.FeedService.class,
                    "mine",
                    EVERY_ROLE,
                    (f, who) -> () -> f.feeds().mine()),
            row(
                    "feeds.create",
                    org.parley.calendar.feed.FeedService.class,
                    "create",
                    EVERY_ROLE,
                    (f, who) -> () -> f.feeds().create(f.matrixFeed())),
            row("feeds.rotate", org.parley.calendar.feed.FeedService.class, "rotate", EVERY_ROLE, (f, who) -> {
                long feed = f.feedOf(who.username());
                return () -> f.feeds().rotate(feed);
            }),
            row("feeds.revoke", org.parley.calendar.feed.FeedService.class, "revoke", EVERY_ROLE, (f, who) -> {
                long feed = f.feedOf(who.username());
                return () -> {
                    f.feeds().revoke(feed);
                    return null;
                };
            }),
            row("meetings.chain", MeetingService.class, "chain", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().chain(id);
            }),
            row("meetings.history", MeetingService.class, "history", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().history(id);
            }),
            row("meetings.conferences", MeetingService.class, "conferences", EVERY_ROLE, (f, who) -> {
                MeetingId conference = f.draft(Classification.UNCLASSIFIED, MeetingKind.CONFERENCE);
                String title = f.dataOf(conference).title();
                return () -> f.meetings().conferences(title, PAGE);
            }),
            row("meetings.create", MeetingService.class, "create", PLANNERS, (f, who) -> {
                MeetingData data = f.newMeeting();
                return () -> f.meetings().create(data, true);
            }),
            row("meetings.update", MeetingService.class, "update", PLANNERS, (f, who) -> {
                MeetingId id = f.draft();
                MeetingData changed = f.withObjectives(f.dataOf(id), "Agree on a date for the ministers");
                long version = f.versionOf(id);
                return () -> f.meetings().update(id, changed, version, Acknowledged.CONFLICTS);
            }),
            row("meetings.checkConflicts", MeetingService.class, "checkConflicts", EVERY_ROLE, (f, who) -> {
                MeetingData data = f.newMeeting();
                return () -> f.meetings().checkConflicts(null, data);
            }),
            row("meetings.conflictsOf", MeetingService.class, "conflictsOf", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().conflictsOf(id);
            }),
            row("meetings.parity", MeetingService.class, "parity", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().parity(id);
            }),
            row("meetings.interpretation", MeetingService.class, "interpretation", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.meetings().interpretation(id);
            }),
            row("meetings.parityOf", MeetingService.class, "parityOf", EVERY_ROLE, (f, who) -> {
                MeetingData data = f.newMeeting();
                return () -> f.meetings().parityOf(data);
            }),

            // --- the workflow under the approvals: reading for all, moves for those who plan or decide ----------
            row("workflow.lock", MeetingWorkflow.class, "lock", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.workflow().lock(id);
            }),
            row("workflow.read", MeetingWorkflow.class, "read", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.workflow().read(id);
            }),
            // Planners make the planning moves (here: postpone); only approvers approve or reject, and only through
            // ApprovalService, which ArchitectureTest keeps as the workflow's one caller (see ApprovalServiceTest).
            row("workflow.moveTo", MeetingWorkflow.class, "moveTo", PLANNERS, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.workflow().moveTo(id, MeetingStatus.POSTPONED);
            }),
            row(
                    "workflow.pendingApproval",
                    MeetingWorkflow.class,
                    "pendingApproval",
                    APPROVERS,
                    (f, who) -> () -> f.workflow().pendingApproval(10)),

            // --- approvals: planners submit and steer, approvers decide, everybody sees where a meeting stands ----
            row("approvals.submit", ApprovalService.class, "submit", PLANNERS, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.approvals().submit(id, "Ready for approval");
            }),
            row("approvals.approve", ApprovalService.class, "approve", APPROVERS, (f, who) -> {
                MeetingId id = f.submitted();
                return () -> f.approvals().approve(id, 1, "Agreed");
            }),
            row("approvals.reject", ApprovalService.class, "reject", APPROVERS, (f, who) -> {
                MeetingId id = f.submitted();
                return () -> f.approvals().reject(id, 1, "Move it to the afternoon");
            }),
            row("approvals.cancel", ApprovalService.class, "cancel", PLANNERS, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.approvals().cancel(id, "Overtaken by events");
            }),
            row("approvals.postpone", ApprovalService.class, "postpone", PLANNERS, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.approvals().postpone(id, "The other side asked for a later date");
            }),
            row("approvals.reopen", ApprovalService.class, "reopen", PLANNERS, (f, who) -> {
                MeetingId id = f.postponed(Classification.UNCLASSIFIED);
                return () -> f.approvals().reopen(id);
            }),
            row("approvals.complete", ApprovalService.class, "complete", PLANNERS, (f, who) -> {
                MeetingId id = f.ended(Classification.UNCLASSIFIED);
                return () -> f.approvals().complete(id);
            }),
            row("approvals.state", ApprovalService.class, "state", EVERY_ROLE, (f, who) -> {
                MeetingId id = f.submitted();
                return () -> f.approvals().state(id);
            }),
            row(
                    "approvals.inbox",
                    ApprovalService.class,
                    "inbox",
                    APPROVERS,
                    (f, who) -> () -> f.approvals().inbox(PAGE)),
            // everybody may ask (the navigation badge does); it is zero for whoever is not an approver
            row(
                    "approvals.waitingCount",
                    ApprovalService.class,
                    "waitingCount",
                    EVERY_ROLE,
                    (f, who) -> () -> f.approvals().waitingCount()),

            // --- e-mail invitations: planners and approvers see them; planners retry what failed ----------------
            row(
                    "invitationMail.overview",
                    InvitationMailService.class,
                    "overview",
                    PLANNERS_AND_APPROVERS,
                    (f, who) -> {
                        MeetingId id = f.draft();
                        return () -> f.invitationMail().overview(id);
                    }),
            row("invitationMail.retryFailed", InvitationMailService.class, "retryFailed", PLANNERS, (f, who) -> {
                MeetingId id = f.draft();
                return () -> f.invitationMail().retryFailed(id);
            }),

            // --- users: administrators administer; everybody manages their own password and time zone ----------
            row("users.list", UserService.class, "list", ADMINS, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> f.users().list(user.username(), PAGE);
            }),
            row("users.get", UserService.class, "get", ADMINS, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> f.users().get(user.id());
            }),
            row("users.create", UserService.class, "create", ADMINS, (f, who) -> {
                var newUser = f.newUser();
                return () -> f.users().create(newUser);
            }),
            row("users.update", UserService.class, "update", ADMINS, (f, who) -> {
                UserSummary user = f.freshUser();
                var changes = new UserChanges(
                        user.displayName() + " (Protocol)",
                        user.email(),
                        user.roles(),
                        user.clearance(),
                        user.timeZone(),
                        user.language());
                return () -> f.users().update(user.id(), changes);
            }),
            row("users.setEnabled", UserService.class, "setEnabled", ADMINS, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> f.users().setEnabled(user.id(), false);
            }),
            row("users.resetPassword", UserService.class, "resetPassword", ADMINS, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> {
                    f.users().resetPassword(user.id(), "an entirely different pass phrase");
                    return null;
                };
            }),
            row("users.unlock", UserService.class, "unlock", ADMINS, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> f.users().unlock(user.id());
            }),
            row(
                    "users.me",
                    UserService.class,
                    "me",
                    EVERY_ROLE,
                    (f, who) -> () -> f.users().me()),
            row(
                    "users.usersWithAnyRole",
                    UserService.class,
                    "usersWithAnyRole",
                    EVERY_ROLE,
                    (f, who) -> () -> f.users().usersWithAnyRole(EnumSet.of(Role.APPROVER))),
            row(
                    "users.usersNamed",
                    UserService.class,
                    "usersNamed",
                    EVERY_ROLE,
                    (f, who) -> () -> f.users().usersNamed(Set.of("planner", "approver"))),
            // the caller's own password again, so that the shared test users keep the one other tests sign in with
            row("users.changeOwnPassword", UserService.class, "changeOwnPassword", EVERY_ROLE, (f, who) -> {
                String password = f.passwordOf(who);
                return () -> {
                    f.users().changeOwnPassword(password, password);
                    return null;
                };
            }),
            row("users.changeOwnTimeZone", UserService.class, "changeOwnTimeZone", EVERY_ROLE, (f, who) -> {
                var zone = f.timeZoneOf(who);
                return () -> f.users().changeOwnTimeZone(zone);
            }),
            row(
                    "users.changeOwnLanguage",
                    UserService.class,
                    "changeOwnLanguage",
                    EVERY_ROLE,
                    (f, who) -> () -> f.users().changeOwnLanguage(java.util.Locale.ENGLISH)),
            row("users.displayNames", UserService.class, "displayNames", EVERY_ROLE, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> f.users().displayNames(List.of(user.id()));
            }),
            row("users.languagesOf", UserService.class, "languagesOf", EVERY_ROLE, (f, who) -> {
                UserSummary user = f.freshUser();
                return () -> f.users().languagesOf(List.of(user.id()));
            }),

            // --- personal API tokens: everybody signed in manages their own -----------------------------------------
            row(
                    "apiTokens.create",
                    ApiTokenService.class,
                    "create",
                    EVERY_ROLE,
                    (f, who) -> () -> f.apiTokens()
                            .create("matrix", Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY)),
            row(
                    "apiTokens.mine",
                    ApiTokenService.class,
                    "mine",
                    EVERY_ROLE,
                    (f, who) -> () -> f.apiTokens().mine()),
            // the caller's own token, created within the call: preparation may not act as the caller
            row(
                    "apiTokens.revoke",
                    ApiTokenService.class,
                    "revoke",
                    EVERY_ROLE,
                    (f, who) -> () -> f.apiTokens()
                            .revoke(f.apiTokens()
                                    .create("matrix", Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY)
                                    .summary()
                                    .id())),

            // --- the audit log is for administrators only ----------------------------------------------------------
            row(
                    "audit.find",
                    AuditService.class,
                    "find",
                    ADMINS,
                    (f, who) -> () -> f.audit().find(AuditFilter.none(), PAGE)),
            row("audit.exportCsv", AuditService.class, "exportCsv", ADMINS, (f, who) -> {
                // the last minute only: the log of the whole suite would make this cell slow, not stronger
                var lastMinute = new AuditFilter(null, null, Instant.now().minus(1, ChronoUnit.MINUTES), null);
                return () -> {
                    f.audit().exportCsv(lastMinute, new StringWriter());
                    return null;
                };
            }),
            row(
                    "audit.verify",
                    AuditService.class,
                    "verify",
                    ADMINS,
                    (f, who) -> () -> f.audit().verify()),

            // --- the directory: everybody signed in reads; planners and administrators maintain it -----------------
            row("people.find", PeopleService.class, "find", EVERY_ROLE, (f, who) -> {
                Person person = f.person();
                return () -> f.people().find(PersonFilter.byText(person.fullName()), PAGE);
            }),
            row("people.get", PeopleService.class, "get", EVERY_ROLE, (f, who) -> {
                Person person = f.person();
                return () -> f.people().get(person.id());
            }),
            row("people.getAll", PeopleService.class, "getAll", EVERY_ROLE, (f, who) -> {
                Person person = f.person();
                return () -> f.people().getAll(List.of(person.id()));
            }),
            row("people.findByEmail", PeopleService.class, "findByEmail", EVERY_ROLE, (f, who) -> {
                Person person = f.personWithEmail();
                return () -> f.people().findByEmail(person.email());
            }),
            row("people.create", PeopleService.class, "create", PLANNERS_AND_ADMINS, (f, who) -> {
                PersonData data = f.newPerson();
                return () -> f.people().create(data);
            }),
            row("people.update", PeopleService.class, "update", PLANNERS_AND_ADMINS, (f, who) -> {
                Person person = f.person();
                PersonData changed =
                        PersonData.of(person.fullName() + " (Ambassador)", person.country(), person.homeZone());
                return () -> f.people().update(person.id(), changed, person.version());
            }),
            row("people.deactivate", PeopleService.class, "deactivate", PLANNERS_AND_ADMINS, (f, who) -> {
                Person person = f.person();
                return () -> f.people().deactivate(person.id());
            }),
            row("people.reactivate", PeopleService.class, "reactivate", PLANNERS_AND_ADMINS, (f, who) -> {
                Person person = f.person();
                f.asSystem(() -> f.people().deactivate(person.id()));
                return () -> f.people().reactivate(person.id());
            }),
            row("people.linkAccount", PeopleService.class, "linkAccount", ADMINS, (f, who) -> {
                Person person = f.person();
                var user = f.freshUser();
                return () -> {
                    f.people().linkAccount(person.id(), user.id());
                    return null;
                };
            }),
            row("people.accountOf", PeopleService.class, "accountOf", EVERY_ROLE, (f, who) -> {
                Person person = f.person();
                return () -> f.people().accountOf(person.id());
            }),
            row("people.personOf", PeopleService.class, "personOf", EVERY_ROLE, (f, who) -> {
                var user = f.freshUser();
                return () -> f.people().personOf(user.id());
            }),
            row(
                    "people.myPerson",
                    PeopleService.class,
                    "myPerson",
                    EVERY_ROLE,
                    (f, who) -> () -> f.people().myPerson()),
            // --- protocol: everybody signed in reads the ranks; the administrator maintains them --------------------
            row(
                    "protocol.ranks",
                    ProtocolService.class,
                    "ranks",
                    EVERY_ROLE,
                    (f, who) -> () -> f.protocol().ranks()),
            row("protocol.rank", ProtocolService.class, "rank", EVERY_ROLE, (f, who) -> {
                Rank rank = f.rank();
                return () -> f.protocol().rank(rank.id());
            }),
            row(
                    "protocol.rules",
                    ProtocolService.class,
                    "rules",
                    EVERY_ROLE,
                    (f, who) -> () -> f.protocol().rules()),
            row("protocol.createRank", ProtocolService.class, "createRank", ADMINS, (f, who) -> {
                RankData data = new RankData(f.unique("Matrix new rank"), 10);
                return () -> f.protocol().createRank(data);
            }),
            row("protocol.updateRank", ProtocolService.class, "updateRank", ADMINS, (f, who) -> {
                Rank rank = f.rank();
                return () -> f.protocol().updateRank(rank.id(), new RankData(rank.name(), 11), rank.version());
            }),
            row("venues.find", VenueService.class, "find", EVERY_ROLE, (f, who) -> {
                Venue venue = f.venue();
                return () -> f.venues().find(venue.name(), PAGE);
            }),
            row("venues.get", VenueService.class, "get", EVERY_ROLE, (f, who) -> {
                Venue venue = f.venue();
                return () -> f.venues().get(venue.id());
            }),
            row("venues.getAll", VenueService.class, "getAll", EVERY_ROLE, (f, who) -> {
                Venue venue = f.venue();
                return () -> f.venues().getAll(List.of(venue.id()));
            }),
            row("venues.getRoom", VenueService.class, "getRoom", EVERY_ROLE, (f, who) -> {
                Venue venue = f.venue();
                return () -> f.venues().getRoom(venue.rooms().getFirst().id());
            }),
            row("venues.create", VenueService.class, "create", PLANNERS_AND_ADMINS, (f, who) -> {
                Venue template = f.venue();
                VenueData data = new VenueData(
                        template.name() + " annex", "Moscow", template.country(), null, template.timeZone(), 50);
                return () -> f.venues().create(data, List.of(new RoomData("Library", 12)));
            }),
            row("venues.update", VenueService.class, "update", PLANNERS_AND_ADMINS, (f, who) -> {
                Venue venue = f.venue();
                VenueData changed = new VenueData(
                        venue.name(),
                        venue.city(),
                        venue.country(),
                        "Smolenskaya 32",
                        venue.timeZone(),
                        venue.capacity());
                return () -> f.venues().update(venue.id(), changed, venue.version());
            }),
            row("venues.addRoom", VenueService.class, "addRoom", PLANNERS_AND_ADMINS, (f, who) -> {
                Venue venue = f.venue();
                return () -> f.venues().addRoom(venue.id(), new RoomData("Small hall", 30));
            }),
            row("venues.updateRoom", VenueService.class, "updateRoom", PLANNERS_AND_ADMINS, (f, who) -> {
                Venue venue = f.venue();
                return () -> f.venues().updateRoom(venue.rooms().getFirst().id(), new RoomData("Great hall", 250));
            }),

            // --- importing an invitation (.ics) makes a meeting: planners only -----------------------------------
            row(
                    "imports.maxFileBytes",
                    IcsImportService.class,
                    "maxFileBytes",
                    PLANNERS,
                    (f, who) -> () -> f.imports().maxFileBytes()),
            row("imports.preview", IcsImportService.class, "preview", PLANNERS, (f, who) -> {
                byte[] file = f.invitation();
                return () -> f.imports().preview(file);
            }),
            row("imports.draft", IcsImportService.class, "draft", PLANNERS, (f, who) -> {
                byte[] file = f.invitation();
                return () -> f.imports().draft(file, MeetingKind.PHONE_CALL);
            }),
            row("imports.createDraft", IcsImportService.class, "createDraft", PLANNERS, (f, who) -> {
                byte[] file = f.invitation();
                return () -> f.imports().createDraft(file, MeetingKind.PHONE_CALL, false);
            }),

            // --- sideline bilaterals: everybody who sees the conference reads; planners request and plan ------------
            row("bilaterals.list", BilateralService.class, "list", EVERY_ROLE, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                return () -> f.bilaterals().service().list(conference);
            }),
            row("bilaterals.rooms", BilateralService.class, "rooms", EVERY_ROLE, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                return () -> f.bilaterals().service().rooms(conference);
            }),
            row("bilaterals.add", BilateralService.class, "add", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                BilateralRequestData request = f.bilaterals().request();
                return () -> f.bilaterals().service().add(conference, request);
            }),
            row("bilaterals.importCsv", BilateralService.class, "importCsv", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                String csv = f.bilaterals().csv();
                return () -> f.bilaterals().service().importCsv(conference, csv);
            }),
            row("bilaterals.changeStatus", BilateralService.class, "changeStatus", PLANNERS, (f, who) -> {
                BilateralId id = f.bilaterals().requested(f.bilaterals().conference());
                return () -> f.bilaterals().service().changeStatus(id, BilateralStatus.ACCEPTED);
            }),
            row("bilaterals.remove", BilateralService.class, "remove", PLANNERS, (f, who) -> {
                BilateralId id = f.bilaterals().requested(f.bilaterals().conference());
                return () -> {
                    f.bilaterals().service().remove(id);
                    return null;
                };
            }),
            row("bilaterals.pin", BilateralService.class, "pin", PLANNERS, (f, who) -> {
                BilateralId id = f.bilaterals().requested(f.bilaterals().conference());
                return () -> f.bilaterals().service().pin(id, true);
            }),
            row("bilaterals.setRooms", BilateralService.class, "setRooms", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                return () -> f.bilaterals().service().setRooms(conference, java.util.Set.of());
            }),
            row("bilaterals.setWalkingTime", BilateralService.class, "setWalkingTime", PLANNERS, (f, who) -> {
                Venue from = f.bilaterals().venue();
                Venue to = f.bilaterals().venue();
                return () -> {
                    f.bilaterals().service().setWalkingTime(from.id(), to.id(), 12);
                    return null;
                };
            }),
            row("bilaterals.plan", BilateralService.class, "plan", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                f.bilaterals().requested(conference);
                return () -> f.bilaterals().service().plan(conference);
            }),
            row("bilaterals.startPlanning", BilateralService.class, "startPlanning", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                f.bilaterals().requested(conference);
                return () -> {
                    var run = f.bilaterals().service().startPlanning(conference);
                    f.bilaterals().service().stopPlanning(conference); // frees the solver for the next cell
                    return run;
                };
            }),
            row("bilaterals.planRun", BilateralService.class, "planRun", EVERY_ROLE, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                return () -> f.bilaterals().service().planRun(conference);
            }),
            row("bilaterals.stopPlanning", BilateralService.class, "stopPlanning", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().conference();
                return () -> {
                    f.bilaterals().service().stopPlanning(conference);
                    return null;
                };
            }),
            row("bilaterals.accept", BilateralService.class, "accept", PLANNERS, (f, who) -> {
                MeetingId conference = f.bilaterals().planned();
                return () -> f.bilaterals().service().accept(conference);
            }));

    // --- object rules --------------------------------------------------------------------------------------------

    private static final String OWN = "own submission";
    private static final String SUMMIT = "summit";
    private static final String CLEARANCE = "clearance";

    private static ObjectRule rule(String group, String name, String operation, Consumer<AccessFixture> check) {
        return new ObjectRule(group, name, operation, check);
    }

    /**
     * A call aimed at {@code target} (the hidden meeting, or an id no meeting has); {@code hidden} is there for
     * arguments that must come from the real meeting, such as the version an update expects.
     */
    @FunctionalInterface
    interface OnMeeting {
        Object call(AccessFixture f, MeetingId target, MeetingId hidden);
    }

    static final List<ObjectRule> OBJECT_RULES = List.of(
            // Four-eyes: nobody decides on a meeting they created or submitted, whatever roles they hold.
            rule(OWN, "an approver who created and submitted a meeting may not approve it", "approvals.approve", f -> {
                String dual = f.plannerWhoAlsoApproves();
                MeetingId own = f.savedBy(dual, f.newMeeting());
                f.as(dual, () -> f.approvals().submit(own, null));
                refusedAsOwn(
                        f,
                        dual,
                        own,
                        "You created this meeting",
                        () -> f.approvals().approve(own, 1, null));
                approvedByAnotherApprover(f, own);
            }),
            rule(OWN, "an approver who created and submitted a meeting may not reject it", "approvals.reject", f -> {
                String dual = f.plannerWhoAlsoApproves();
                MeetingId own = f.savedBy(dual, f.newMeeting());
                f.as(dual, () -> f.approvals().submit(own, null));
                refusedAsOwn(
                        f,
                        dual,
                        own,
                        "You created this meeting",
                        () -> f.approvals().reject(own, 1, "Not like this"));
                approvedByAnotherApprover(f, own);
            }),
            rule(OWN, "an approver who submitted someone else's meeting may not approve it", "approvals.approve", f -> {
                String dual = f.plannerWhoAlsoApproves();
                MeetingId theirs = f.draft();
                f.as(dual, () -> f.approvals().submit(theirs, null));
                refusedAsOwn(
                        f,
                        dual,
                        theirs,
                        "You submitted this meeting",
                        () -> f.approvals().approve(theirs, 1, null));
                approvedByAnotherApprover(f, theirs);
            }),
            rule(OWN, "an approver who submitted someone else's meeting may not reject it", "approvals.reject", f -> {
                String dual = f.plannerWhoAlsoApproves();
                MeetingId theirs = f.draft();
                f.as(dual, () -> f.approvals().submit(theirs, null));
                refusedAsOwn(
                        f,
                        dual,
                        theirs,
                        "You submitted this meeting",
                        () -> f.approvals().reject(theirs, 1, "Not like this"));
                approvedByAnotherApprover(f, theirs);
            }),
            rule(OWN, "a meeting an approver created or submitted is not in their inbox", "approvals.inbox", f -> {
                String dual = f.plannerWhoAlsoApproves();
                MeetingId created = f.savedBy(dual, f.newMeeting());
                f.as(dual, () -> f.approvals().submit(created, null));
                MeetingId submitted = f.draft();
                f.as(dual, () -> f.approvals().submit(submitted, null));
                assertThat(inboxOf(f, dual)).doesNotContain(created, submitted);
                assertThat(f.as(dual, () -> f.approvals().state(created)).whyCallerCannotDecide())
                        .hasValueSatisfying(why -> assertThat(why).contains("You created this meeting"));
                assertThat(inboxOf(f, "approver")).contains(created, submitted);
            }),

            // A summit needs two approvals by different people, at least one of them a senior approver.
            rule(SUMMIT, "one approval leaves a summit waiting for the second", "approvals.approve", f -> {
                MeetingId summit = f.submitted(Classification.UNCLASSIFIED, MeetingKind.SUMMIT);
                ApprovalState first = f.as("senior", () -> f.approvals().approve(summit, 1, null));
                assertThat(first.status()).isEqualTo(MeetingStatus.PENDING_APPROVAL);
                assertThat(first.approvalsGiven()).isEqualTo(1);
                assertThat(first.approvalsNeeded()).isEqualTo(2);
            }),
            rule(SUMMIT, "an approver may not give both approvals of a summit", "approvals.approve", f -> {
                MeetingId summit = f.submitted(Classification.UNCLASSIFIED, MeetingKind.SUMMIT);
                f.as("approver", () -> f.approvals().approve(summit, 1, null));
                assertThatThrownBy(() -> f.as("approver", () -> f.approvals().approve(summit, 1, null)))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("You already approved");
                assertThat(f.as("senior", () -> f.approvals().approve(summit, 1, null))
                                .status())
                        .isEqualTo(MeetingStatus.APPROVED);
            }),
            rule(SUMMIT, "a senior approver may not give both approvals of a summit", "approvals.approve", f -> {
                MeetingId summit = f.submitted(Classification.UNCLASSIFIED, MeetingKind.SUMMIT);
                f.as("senior", () -> f.approvals().approve(summit, 1, null));
                assertThatThrownBy(() -> f.as("senior", () -> f.approvals().approve(summit, 1, null)))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("You already approved");
                assertThat(f.statusOf(summit)).isEqualTo(MeetingStatus.PENDING_APPROVAL);
            }),
            rule(SUMMIT, "two approvers without a senior approver cannot approve a summit", "approvals.approve", f -> {
                MeetingId summit = f.submitted(Classification.UNCLASSIFIED, MeetingKind.SUMMIT);
                f.as("approver", () -> f.approvals().approve(summit, 1, null));
                assertThatThrownBy(() -> f.as("approver2", () -> f.approvals().approve(summit, 1, null)))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("must come from a senior approver");
                assertThat(f.statusOf(summit)).isEqualTo(MeetingStatus.PENDING_APPROVAL);
            }),
            rule(SUMMIT, "an approver and then a senior approver approve a summit", "approvals.approve", f -> {
                MeetingId summit = f.submitted(Classification.UNCLASSIFIED, MeetingKind.SUMMIT);
                f.as("approver", () -> f.approvals().approve(summit, 1, null));
                assertThat(f.as("senior", () -> f.approvals().approve(summit, 1, null))
                                .status())
                        .isEqualTo(MeetingStatus.APPROVED);
            }),
            rule(SUMMIT, "a senior approver and then an approver approve a summit", "approvals.approve", f -> {
                MeetingId summit = f.submitted(Classification.UNCLASSIFIED, MeetingKind.SUMMIT);
                f.as("senior", () -> f.approvals().approve(summit, 1, null));
                assertThat(f.as("approver", () -> f.approvals().approve(summit, 1, null))
                                .status())
                        .isEqualTo(MeetingStatus.APPROVED);
            }),

            // Clearance: a meeting above it does not exist for the caller. Each pair is one step apart and the
            // cleared user's clearance equals the classification, so the boundary itself is tested: viewer
            // (unclassified) vs planner2 (restricted); planner2 vs planner (confidential); approver2 vs approver
            // (secret).
            hiddenLikeMissing(
                    "meetings.get",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.meetings().get(id)),
            hiddenLikeMissing(
                    "meetings.conflictsOf",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.meetings().conflictsOf(id)),
            hiddenLikeMissing(
                    "meetings.parity",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.meetings().parity(id)),
            hiddenLikeMissing(
                    "meetings.interpretation",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.meetings().interpretation(id)),
            hiddenLikeMissing(
                    "workflow.read",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.workflow().read(id)),
            hiddenLikeMissing(
                    "workflow.lock",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.workflow().lock(id)),
            hiddenLikeMissing(
                    "approvals.state",
                    "viewer",
                    "planner2",
                    Classification.RESTRICTED,
                    AccessFixture::submittedOf,
                    (f, id, hidden) -> f.approvals().state(id)),
            hiddenLikeMissing(
                    "meetings.update",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.meetings()
                            .update(
                                    id,
                                    f.withObjectives(f.dataOf(hidden), "Changed"),
                                    f.versionOf(hidden),
                                    Acknowledged.CONFLICTS)),
            hiddenLikeMissing(
                    "workflow.moveTo",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.workflow().moveTo(id, MeetingStatus.POSTPONED)),
            hiddenLikeMissing(
                    "approvals.submit",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.approvals().submit(id, null)),
            hiddenLikeMissing(
                    "approvals.cancel",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.approvals().cancel(id, "Called off")),
            hiddenLikeMissing(
                    "approvals.postpone",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::draftOf,
                    (f, id, hidden) -> f.approvals().postpone(id, "Later")),
            hiddenLikeMissing(
                    "approvals.reopen",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::postponed,
                    (f, id, hidden) -> f.approvals().reopen(id)),
            hiddenLikeMissing(
                    "approvals.complete",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::ended,
                    (f, id, hidden) -> f.approvals().complete(id)),
            hiddenLikeMissing(
                    "approvals.approve",
                    "approver2",
                    "approver",
                    Classification.SECRET,
                    AccessFixture::submittedOf,
                    (f, id, hidden) -> f.approvals().approve(id, 1, null)),
            hiddenLikeMissing(
                    "approvals.reject",
                    "approver2",
                    "approver",
                    Classification.SECRET,
                    AccessFixture::submittedOf,
                    (f, id, hidden) -> f.approvals().reject(id, 1, "No")),
            hiddenLikeMissing(
                    "meetings.create",
                    "planner2",
                    "planner",
                    Classification.CONFIDENTIAL,
                    AccessFixture::draftOf,
                    (f, earlier, hidden) -> f.meetings().create(f.withFollowUpOf(f.newMeeting(), earlier), true)),
            rule(CLEARANCE, "a meeting above the caller's clearance is not found, not counted", "meetings.find", f -> {
                String marker = f.unique("Hidden from lists");
                MeetingId open = f.saved(f.meetingData(
                        marker + " open", MeetingKind.EXPERT_MEETING, Classification.UNCLASSIFIED, f.futureDay()));
                MeetingId hidden = f.saved(f.meetingData(
                        marker + " restricted", MeetingKind.EXPERT_MEETING, Classification.RESTRICTED, f.futureDay()));
                MeetingFilter byMarker = MeetingFilter.all().withText(marker);
                Function<String, List<MeetingId>> found =
                        user -> f.as(user, () -> f.meetings().find(byMarker, PAGE)).getContent().stream()
                                .map(MeetingSummary::id)
                                .toList();
                assertThat(found.apply("viewer")).containsExactly(open);
                assertThat(f.as("viewer", () -> f.meetings().count(byMarker))).isEqualTo(1);
                assertThat(found.apply("planner2")).containsExactlyInAnyOrder(open, hidden);
                assertThat(f.as("planner2", () -> f.meetings().count(byMarker))).isEqualTo(2);
            }),
            rule(
                    CLEARANCE,
                    "a conference above the caller's clearance cannot be chosen as parent",
                    "meetings.conferences",
                    f -> {
                        MeetingId conference = f.draft(Classification.RESTRICTED, MeetingKind.CONFERENCE);
                        String title = f.dataOf(conference).title();
                        assertThat(f.as("viewer", () -> f.meetings().conferences(title, PAGE))
                                        .getContent())
                                .isEmpty();
                        assertThat(f.as("planner2", () -> f.meetings().conferences(title, PAGE))
                                        .getContent())
                                .extracting(MeetingRef::id)
                                .containsExactly(conference);
                    }),
            rule(
                    CLEARANCE,
                    "a clash with a meeting above the caller's clearance shows only as busy",
                    "meetings.checkConflicts",
                    f -> {
                        MeetingData hidden = f.meetingData(
                                f.unique("Back channel"),
                                MeetingKind.EXPERT_MEETING,
                                Classification.RESTRICTED,
                                f.futureDay());
                        MeetingId hiddenId = f.saved(hidden);
                        Function<String, Conflict.PersonBusy> clash =
                                user -> f.as(user, () -> f.meetings().checkConflicts(null, hidden)).stream()
                                        .filter(Conflict.PersonBusy.class::isInstance)
                                        .map(Conflict.PersonBusy.class::cast)
                                        .findFirst()
                                        .orElseThrow();
                        Conflict.PersonBusy seenByViewer = clash.apply("viewer");
                        assertThat(seenByViewer.otherMeeting()).isNull();
                        assertThat(seenByViewer.otherTitle()).isNull();
                        assertThat(seenByViewer.message()).doesNotContain(hidden.title());
                        assertThat(clash.apply("planner2").otherMeeting()).isEqualTo(hiddenId);
                    }),
            rule(
                    CLEARANCE,
                    "a pending meeting above an approver's clearance is not in their inbox",
                    "approvals.inbox",
                    f -> {
                        MeetingId secret = f.submitted(Classification.SECRET, MeetingKind.EXPERT_MEETING);
                        assertThat(inboxOf(f, "approver2")).doesNotContain(secret);
                        assertThat(f.as("approver2", () -> f.workflow().pendingApproval(500)))
                                .extracting(MeetingSnapshot::id)
                                .doesNotContain(secret);
                        assertThat(inboxOf(f, "approver")).contains(secret);
                        assertThat(f.as("approver", () -> f.workflow().pendingApproval(500)))
                                .extracting(MeetingSnapshot::id)
                                .contains(secret);
                    }),
            rule(
                    CLEARANCE,
                    "a pending meeting above an approver's clearance is not counted as waiting",
                    "approvals.waitingCount",
                    f -> {
                        int approver2Before =
                                f.as("approver2", () -> f.approvals().waitingCount());
                        int approverBefore =
                                f.as("approver", () -> f.approvals().waitingCount());
                        f.submitted(Classification.SECRET, MeetingKind.EXPERT_MEETING);
                        assertThat(f.as("approver2", () -> f.approvals().waitingCount()))
                                .isEqualTo(approver2Before);
                        assertThat(f.as("approver", () -> f.approvals().waitingCount()))
                                .isEqualTo(approverBefore + 1);
                    }),
            rule(CLEARANCE, "a planner may not classify a meeting above their own clearance", "meetings.create", f -> {
                MeetingData confidential = f.meetingData(
                        f.unique("Too high"), MeetingKind.EXPERT_MEETING, Classification.CONFIDENTIAL, f.futureDay());
                assertThatThrownBy(() -> f.as("planner2", () -> f.meetings().create(confidential, true)))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("above your own clearance");
                assertThatCode(() -> f.as("planner", () -> f.meetings().create(confidential, true)))
                        .doesNotThrowAnyException();
            }));

    /**
     * The uncleared user gets exactly what a missing id gives (NotFoundException, same message), and the cleared
     * user with the same role makes the same call on the same meeting successfully, which shows the meeting exists
     * and the call is right: only the clearance differs.
     */
    private static ObjectRule hiddenLikeMissing(
            String operation,
            String uncleared,
            String cleared,
            Classification classification,
            BiFunction<AccessFixture, Classification, MeetingId> prepare,
            OnMeeting call) {
        return rule(
                CLEARANCE,
                uncleared + " finds a " + classification.label().toLowerCase() + " meeting missing in " + operation
                        + ", " + cleared + " does not",
                operation,
                f -> {
                    MeetingId hidden = prepare.apply(f, classification);
                    Throwable forMissing =
                            catchThrowable(() -> f.as(uncleared, () -> call.call(f, AccessFixture.MISSING, hidden)));
                    Throwable forHidden = catchThrowable(() -> f.as(uncleared, () -> call.call(f, hidden, hidden)));
                    assertThat(forMissing).isInstanceOf(NotFoundException.class);
                    assertThat(forHidden)
                            .isExactlyInstanceOf(forMissing.getClass())
                            .hasMessage(forMissing.getMessage());
                    assertThatCode(() -> f.as(cleared, () -> call.call(f, hidden, hidden)))
                            .doesNotThrowAnyException();
                });
    }

    private static void refusedAsOwn(AccessFixture f, String user, MeetingId id, String reason, Supplier<?> decision) {
        assertThatThrownBy(() -> f.as(user, decision))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(reason);
        assertThat(f.statusOf(id)).isEqualTo(MeetingStatus.PENDING_APPROVAL);
    }

    /** The control for a four-eyes refusal: the same decision by someone else goes through. */
    private static void approvedByAnotherApprover(AccessFixture f, MeetingId id) {
        assertThat(f.as("approver", () -> f.approvals().approve(id, 1, null)).status())
                .isEqualTo(MeetingStatus.APPROVED);
    }

    private static List<MeetingId> inboxOf(AccessFixture f, String user) {
        return f.as(user, () -> f.approvals().inbox(PageRequest.of(0, 500))).getContent().stream()
                .map(ApprovalRequest::meeting)
                .toList();
    }

    // --- rendering ----------------------------------------------------------------------------------------------

    /** The table as text: operation | service method | allowed roles, then the object rules. */
    static String render() {
        int nameWidth =
                OPERATIONS.stream().mapToInt(o -> o.name().length()).max().orElse(10);
        int methodWidth =
                OPERATIONS.stream().mapToInt(o -> o.methodName().length()).max().orElse(10);
        String format = "%-" + nameWidth + "s | %-" + methodWidth + "s | %s%n";
        StringBuilder text = new StringBuilder(String.format(format, "operation", "service method", "allowed roles"));
        text.append("-".repeat(nameWidth + methodWidth + 40)).append('\n');
        for (Operation operation : OPERATIONS) {
            text.append(String.format(
                    format,
                    operation.name(),
                    operation.methodName(),
                    operation.allowed().equals(EVERY_ROLE)
                            ? "every role (signed in)"
                            : operation.allowed().stream().map(Role::name).collect(Collectors.joining(", "))));
        }
        text.append("\nA signed-out visitor is refused every operation.\n\nObject rules:\n");
        OBJECT_RULES.forEach(rule -> text.append("  ")
                .append(rule.operation())
                .append(" | ")
                .append(rule.title())
                .append('\n'));
        return text.toString();
    }

    static List<Caller> callers() {
        return Arrays.asList(Caller.values());
    }
}
