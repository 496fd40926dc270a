package org.parley.calendar.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.approval.ApprovalService;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.calendar.internal.IcsChecks;
import org.parley.calendar.internal.InviteWriter;
import org.parley.directory.Person;
import org.parley.directory.Venue;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.NewUser;
import org.parley.security.Role;
import org.parley.security.SystemTask;
import org.parley.security.UserChanges;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.parley.shared.AuditActions;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Calendar feeds end to end over HTTP (MockMvc through the security filters): scope, redaction, tokens, caching. */
@ParleyTest
class CalendarFeedTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    FeedService feeds;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    UserService userService;

    @Autowired
    AuditService audit;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private MockMvc http;
    private int n;
    private Venue venue;
    private Person finn;
    private Person norwegian;
    private Person german;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        n = counter.incrementAndGet();
        venue = directory.venue("Feed venue " + n, BERLIN, "Salon " + n);
        finn = directory.person("Feed Finn " + n, new CountryCode("FI"), BERLIN);
        norwegian = directory.person("Feed Nora " + n, new CountryCode("NO"), BERLIN);
        german = directory.person("Feed Gerd " + n, new CountryCode("DE"), BERLIN);
        today = LocalDate.now(BERLIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- scope ------------------------------------------------------------------------------------------------------

    private record Scenario(
            String owner,
            String other,
            MeetingId conference,
            MeetingId sideline,
            MeetingId call,
            String conferenceTitle,
            String sidelineTitle,
            String callTitle) {}

    /** A conference and its sideline meeting planned by the owner, a phone call with Norway by somebody else. */
    private Scenario scenario() {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        String other = newUser(Role.PLANNER, Classification.SECRET);
        String conferenceTitle = "Feed conference " + n;
        String sidelineTitle = "Feed sideline " + n;
        String callTitle = "Feed call " + n;
        MeetingId conference = approved(
                owner,
                meeting(
                        conferenceTitle,
                        MeetingKind.CONFERENCE,
                        Classification.UNCLASSIFIED,
                        20,
                        Duration.ofDays(2),
                        finn,
                        null));
        MeetingId sideline = approved(
                owner,
                meeting(
                        sidelineTitle,
                        MeetingKind.SIDELINE_MEETING,
                        Classification.UNCLASSIFIED,
                        21,
                        Duration.ofHours(1),
                        finn,
                        conference));
        MeetingId call = approved(
                other,
                meeting(
                        callTitle,
                        MeetingKind.PHONE_CALL,
                        Classification.UNCLASSIFIED,
                        25,
                        Duration.ofHours(1),
                        norwegian,
                        null));
        return new Scenario(owner, other, conference, sideline, call, conferenceTitle, sidelineTitle, callTitle);
    }

    @Test
    void my_meetings_holds_only_what_the_owner_planned() {
        Scenario s = scenario();
        String body = body(feed(s.owner(), FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false));
        assertThat(body).contains(s.conferenceTitle(), s.sidelineTitle()).doesNotContain(s.callTitle());
    }

    @Test
    void everything_holds_every_meeting_the_owner_may_see() {
        Scenario s = scenario();
        String body = body(feed(s.owner(), FeedScope.EVERYTHING, null, null, null, Classification.SECRET, false));
        assertThat(body).contains(s.conferenceTitle(), s.sidelineTitle(), s.callTitle());
    }

    @Test
    void one_country_holds_the_meetings_with_a_delegation_of_it() {
        Scenario s = scenario();
        String body = body(
                feed(s.owner(), FeedScope.COUNTRY, new CountryCode("NO"), null, null, Classification.SECRET, false));
        assertThat(body).contains(s.callTitle()).doesNotContain(s.conferenceTitle(), s.sidelineTitle());
    }

    @Test
    void one_kind_holds_only_that_kind() {
        Scenario s = scenario();
        String body = body(feed(
                s.owner(), FeedScope.KIND, null, MeetingKind.SIDELINE_MEETING, null, Classification.SECRET, false));
        assertThat(body).contains(s.sidelineTitle()).doesNotContain(s.conferenceTitle(), s.callTitle());
    }

    @Test
    void one_conference_holds_it_and_its_sideline_meetings() {
        Scenario s = scenario();
        String body =
                body(feed(s.other(), FeedScope.CONFERENCE, null, null, s.conference(), Classification.SECRET, false));
        assertThat(body).contains(s.conferenceTitle(), s.sidelineTitle()).doesNotContain(s.callTitle());
        assertThat(body)
                .contains(
                        "UID:meeting-" + s.conference().value() + "@",
                        "UID:meeting-" + s.sideline().value() + "@");
    }

    // --- the feed's content -----------------------------------------------------------------------------------------

    @Test
    void a_feed_is_a_published_calendar_with_each_time_zone_once_and_no_attendees() throws Exception {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        approved(
                owner,
                meeting(
                        "Berlin one " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        10,
                        Duration.ofHours(2),
                        finn,
                        null));
        approved(
                owner,
                meeting(
                        "Berlin two " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        200,
                        Duration.ofHours(2),
                        finn,
                        null));
        approved(owner, meetingIn(TOKYO, "Tokyo " + n, 40));
        String token = feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false);

        MockHttpServletResponse response = fetch(token, null, null);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=utf-8");
        assertThat(response.getHeader("Cache-Control")).contains("private");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"parley-feed.ics\"");
        assertThat(response.getHeader("Set-Cookie")).isNull();
        List<String> lines = IcsChecks.unfolded(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(lines)
                .contains(
                        "METHOD:PUBLISH",
                        "NAME:Feed " + n,
                        "X-WR-CALNAME:Feed " + n,
                        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                        "X-PUBLISHED-TTL:PT1H");
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(3);
        assertThat(lines.stream().filter(l -> l.equals("TZID:Europe/Berlin"))).hasSize(1);
        assertThat(lines.stream().filter(l -> l.equals("TZID:Asia/Tokyo"))).hasSize(1);
        assertThat(lines).noneMatch(l -> l.startsWith("ATTENDEE"));
        assertThat(lines).anyMatch(l -> l.startsWith("ORGANIZER"));
    }

    @Test
    void above_the_ceiling_a_meeting_is_only_a_busy_block() {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        approved(
                owner,
                meeting(
                        "Open talks " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        10,
                        Duration.ofHours(2),
                        finn,
                        null));
        MeetingId secret = approved(
                owner,
                meeting(
                        "Secret talks " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.CONFIDENTIAL,
                        12,
                        Duration.ofHours(2),
                        finn,
                        null));
        String token = feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.UNCLASSIFIED, false);

        String body = body(token);
        List<String> lines = IcsChecks.unfolded(body);
        List<String> busy = event(lines, "UID:meeting-" + secret.value() + "@");

        assertThat(body).contains("Open talks " + n).doesNotContain("Secret talks " + n);
        assertThat(busy).contains("SUMMARY:" + InviteWriter.RESTRICTED_SUMMARY, "CLASS:CONFIDENTIAL", "TRANSP:OPAQUE");
        assertThat(busy)
                .noneMatch(l -> l.startsWith("LOCATION")
                        || l.startsWith("DESCRIPTION")
                        || l.startsWith("ATTENDEE")
                        || l.startsWith("URL")
                        || l.startsWith("CATEGORIES"));
        assertThat(String.join("\n", busy)).doesNotContain(venue.name(), finn.fullName(), "Restore");
    }

    @Test
    void pending_meetings_appear_as_tentative_only_when_the_feed_asks_for_them() {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        MeetingId pending = users.as(
                owner,
                () -> meetings.create(
                                meeting(
                                        "Pending talks " + n,
                                        MeetingKind.EXPERT_MEETING,
                                        Classification.UNCLASSIFIED,
                                        10,
                                        Duration.ofHours(1),
                                        finn,
                                        null),
                                true)
                        .id());
        users.as(owner, () -> approvals.submit(pending, null));
        approved(
                owner,
                meeting(
                        "Anchor " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        11,
                        Duration.ofHours(1),
                        finn,
                        null));

        String without = body(feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false));
        String with = body(feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, true));

        assertThat(without).doesNotContain("Pending talks " + n);
        assertThat(event(IcsChecks.unfolded(with), "UID:meeting-" + pending.value() + "@"))
                .contains("STATUS:TENTATIVE", "SUMMARY:Pending talks " + n);
    }

    @Test
    void an_approved_meeting_the_other_side_has_not_confirmed_is_tentative_until_they_confirm() {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        MeetingId id = approved(
                owner,
                meeting(
                        "Unconfirmed talks " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        12,
                        Duration.ofHours(1),
                        finn,
                        null));
        String token = feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false);

        assertThat(event(IcsChecks.unfolded(body(token)), "UID:meeting-" + id.value() + "@"))
                .contains("STATUS:TENTATIVE", "SUMMARY:Unconfirmed talks " + n);

        long theirs = users.as(owner, () -> meetings.get(id)).delegations().stream()
                .filter(d -> !d.ours())
                .findFirst()
                .orElseThrow()
                .id();
        users.as(
                "planner",
                () -> meetings.recordConfirmation(
                        id,
                        theirs,
                        new org.parley.protocol.Confirmation(
                                org.parley.protocol.ConfirmationStatus.CONFIRMED,
                                org.parley.protocol.ConfirmationChannel.NOTE_VERBALE,
                                clock.instant().minus(Duration.ofHours(1)),
                                "No. 12/2026",
                                null,
                                null,
                                null)));

        assertThat(event(IcsChecks.unfolded(body(token)), "UID:meeting-" + id.value() + "@"))
                .contains("STATUS:CONFIRMED")
                .doesNotContain("STATUS:TENTATIVE");
    }

    @Test
    void a_cancelled_meeting_stays_thirty_days_as_cancelled() {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        MeetingId id = approved(
                owner,
                meeting(
                        "Cancelled talks " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        90,
                        Duration.ofHours(1),
                        finn,
                        null));
        users.as(owner, () -> approvals.cancel(id, "The minister is ill"));
        approved(
                owner,
                meeting(
                        "Anchor " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        91,
                        Duration.ofHours(1),
                        finn,
                        null));
        String token = feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false);

        assertThat(event(IcsChecks.unfolded(body(token)), "UID:meeting-" + id.value() + "@"))
                .contains("STATUS:CANCELLED");
        clock.set(Instant.now().plus(Duration.ofDays(29)));
        assertThat(body(token)).contains("Cancelled talks " + n);
        clock.set(Instant.now().plus(Duration.ofDays(32)));
        assertThat(body(token)).doesNotContain("Cancelled talks " + n);
    }

    @Test
    void a_meeting_cancelled_before_it_was_ever_approved_never_appears_even_in_a_feed_with_pending_meetings() {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        MeetingId draft = users.as(
                owner,
                () -> meetings.create(
                                meeting(
                                        "Draft never sent " + n,
                                        MeetingKind.EXPERT_MEETING,
                                        Classification.UNCLASSIFIED,
                                        20,
                                        Duration.ofHours(1),
                                        finn,
                                        null),
                                true)
                        .id());
        MeetingId pending = users.as(
                owner,
                () -> meetings.create(
                                meeting(
                                        "Pending never approved " + n,
                                        MeetingKind.EXPERT_MEETING,
                                        Classification.UNCLASSIFIED,
                                        21,
                                        Duration.ofHours(1),
                                        finn,
                                        null),
                                true)
                        .id());
        users.as(owner, () -> approvals.submit(pending, null));
        users.as(owner, () -> approvals.cancel(draft, "Not needed after all"));
        users.as(owner, () -> approvals.cancel(pending, "Not needed after all"));
        approved(
                owner,
                meeting(
                        "Anchor " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        22,
                        Duration.ofHours(1),
                        finn,
                        null));

        for (boolean withPending : List.of(false, true)) {
            String body = body(feed(owner, FeedScope.EVERYTHING, null, null, null, Classification.SECRET, withPending));

            assertThat(body)
                    .contains("Anchor " + n)
                    .doesNotContain(
                            "never sent " + n,
                            "never approved " + n,
                            "UID:meeting-" + draft.value() + "@",
                            "UID:meeting-" + pending.value() + "@");
        }
    }

    // --- tokens -----------------------------------------------------------------------------------------------------

    @Test
    void a_token_works_until_rotated_or_revoked_and_every_refusal_looks_the_same() throws Exception {
        String owner = newUser(Role.VIEWER, Classification.RESTRICTED);
        IssuedFeed created = users.as(
                owner,
                () -> feeds.create(data(FeedScope.EVERYTHING, null, null, null, Classification.UNCLASSIFIED, false)));
        String token = tokenOf(created);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.webcalUrl().toString()).startsWith("webcal://").endsWith(token + ".ics");
        assertThat(users.as(owner, () -> feeds.mine()).getFirst().lastUsedAt()).isNull();
        MockHttpServletResponse unknown = fetch(SecretTokens.newToken(), null, null);
        assertThat(unknown.getStatus()).isEqualTo(404);
        byte[] notFound = unknown.getContentAsByteArray();
        assertThat(fetch("not-a-token", null, null).getContentAsByteArray()).isEqualTo(notFound);

        assertThat(fetch(token, null, null).getStatus()).isEqualTo(200);
        assertThat(users.as(owner, () -> feeds.mine()).getFirst().lastUsedAt()).isNotNull();

        String rotated =
                tokenOf(users.as(owner, () -> feeds.rotate(created.feed().id())));
        assertThat(rotated).isNotEqualTo(token);
        assertNotFound(fetch(token, null, null), notFound);
        assertThat(fetch(rotated, null, null).getStatus()).isEqualTo(200);

        UserSummary account = userNamed(owner);
        SystemTask.runAsSystem(() -> userService.setEnabled(account.id(), false));
        assertNotFound(fetch(rotated, null, null), notFound);
        SystemTask.runAsSystem(() -> userService.setEnabled(account.id(), true));
        assertThat(fetch(rotated, null, null).getStatus()).isEqualTo(200);

        users.as(owner, () -> feeds.revoke(created.feed().id()));
        assertNotFound(fetch(rotated, null, null), notFound);
        assertThat(users.as(owner, () -> feeds.mine())).isEmpty();

        List<String> actions = SystemTask.runAsSystem(() ->
                audit.find(new AuditFilter(owner, null, null, null), PageRequest.of(0, 50)).stream()
                        .filter(e -> e.target().equals("feed " + created.feed().id()))
                        .map(e -> e.action())
                        .toList());
        assertThat(actions).contains(AuditActions.FEED_CREATED, AuditActions.FEED_ROTATED, AuditActions.FEED_REVOKED);
    }

    @Test
    void nothing_else_under_the_feeds_path_is_served_no_page_no_session_the_same_404() throws Exception {
        String owner = newUser(Role.VIEWER, Classification.UNCLASSIFIED);
        String token = feed(owner, FeedScope.EVERYTHING, null, null, null, Classification.UNCLASSIFIED, false);
        byte[] notFound = fetch(SecretTokens.newToken(), null, null).getContentAsByteArray();

        for (MockHttpServletRequestBuilder request : List.of(
                get("/calendar/feeds/"),
                get("/calendar/feeds"),
                get("/calendar/feeds/" + token + ".ics/more"),
                get("/calendar/feeds/a/b/c"),
                get("/calendar/feeds/" + token),
                get("/calendar/feeds/" + token.substring(1) + ".ics"),
                post("/calendar/feeds/" + token + ".ics"),
                put("/calendar/feeds/" + token + ".ics"))) {
            MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
            String what = request.buildRequest(context.getServletContext()).getMethod() + " "
                    + request.buildRequest(context.getServletContext()).getRequestURI();
            assertThat(response.getStatus()).as(what).isEqualTo(404);
            assertThat(response.getContentAsByteArray()).as(what).isEqualTo(notFound);
            assertThat(response.getHeader("Set-Cookie")).as(what).isNull();
            assertThat(response.getHeader("Content-Security-Policy"))
                    .as(what)
                    .contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.getContentType()).as(what).startsWith("text/plain");
        }
        MockHttpServletResponse served = fetch(token, null, null);
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(served.getHeader("Cache-Control")).isEqualTo("no-cache, private");
        assertThat(http.perform(head("/calendar/feeds/" + token + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void the_ceiling_cannot_be_above_the_owners_clearance_and_feeds_are_private_to_their_owner() {
        String owner = newUser(Role.VIEWER, Classification.RESTRICTED);
        String stranger = newUser(Role.VIEWER, Classification.RESTRICTED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.as(
                        owner,
                        () -> feeds.create(data(FeedScope.EVERYTHING, null, null, null, Classification.SECRET, false))))
                .isInstanceOf(org.parley.shared.RuleViolationException.class)
                .hasMessageContaining("clearance");
        IssuedFeed created = users.as(
                owner,
                () -> feeds.create(data(FeedScope.EVERYTHING, null, null, null, Classification.RESTRICTED, false)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        users.as(stranger, () -> feeds.revoke(created.feed().id())))
                .isInstanceOf(org.parley.shared.NotFoundException.class);
        assertThat(users.as(stranger, () -> feeds.mine())).isEmpty();
    }

    @Test
    void a_lowered_clearance_applies_at_the_next_fetch() throws Exception {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        approved(
                owner,
                meeting(
                        "Secret summit " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.SECRET,
                        15,
                        Duration.ofHours(1),
                        finn,
                        null));
        approved(
                owner,
                meeting(
                        "Open summit " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        16,
                        Duration.ofHours(1),
                        finn,
                        null));
        String token = feed(owner, FeedScope.EVERYTHING, null, null, null, Classification.SECRET, false);
        MockHttpServletResponse before = fetch(token, null, null);
        assertThat(before.getContentAsString(StandardCharsets.UTF_8)).contains("Secret summit " + n);

        UserSummary account = userNamed(owner);
        SystemTask.runAsSystem(() -> userService.update(
                account.id(),
                new UserChanges(
                        account.displayName(), null, Set.of(Role.VIEWER), Classification.RESTRICTED, BERLIN, "en")));

        MockHttpServletResponse after = fetch(token, before.getHeader("ETag"), null);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
        String body = after.getContentAsString(StandardCharsets.UTF_8);
        IcsChecks.check(after.getContentAsByteArray());
        // above the clearance the meeting is gone, not even a busy block
        assertThat(body)
                .contains("Open summit " + n)
                .doesNotContain("Secret summit " + n)
                .doesNotContain(InviteWriter.RESTRICTED_SUMMARY);
    }

    // --- caching ----------------------------------------------------------------------------------------------------

    @Test
    void an_unchanged_feed_answers_304_and_a_change_gives_a_new_etag() throws Exception {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        MeetingId id = approved(
                owner,
                meeting(
                        "Cached talks " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        30,
                        Duration.ofHours(1),
                        finn,
                        null));
        String token = feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false);
        MockHttpServletResponse first = fetch(token, null, null);
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(lastModified).isNotNull();

        MockHttpServletResponse byTag = fetch(token, etag, null);
        assertThat(byTag.getStatus()).isEqualTo(304);
        assertThat(byTag.getContentAsByteArray()).isEmpty();
        assertThat(byTag.getHeader("ETag")).isEqualTo(etag);
        assertThat(byTag.getHeader("Last-Modified")).isEqualTo(lastModified);
        assertThat(fetch(token, "W/" + etag, null).getStatus())
                .as("a weak form of our tag")
                .isEqualTo(304);
        assertThat(fetch(token, "\"other\", " + etag, null).getStatus())
                .as("a list")
                .isEqualTo(304);
        assertThat(fetch(token, "\"other\"", lastModified).getStatus())
                .as("If-Modified-Since is ignored when If-None-Match is present")
                .isEqualTo(200);
        assertThat(fetch(token, null, "not a date").getStatus())
                .as("an unreadable date is ignored")
                .isEqualTo(200);
        assertThat(fetch(token, null, lastModified).getStatus()).isEqualTo(304);
        assertThat(fetch(token, "\"something-else\"", null).getStatus()).isEqualTo(200);

        clock.set(Instant.now().plusSeconds(5));
        users.as(owner, () -> {
            MeetingDetails current = meetings.get(id);
            MeetingData changed = current.toData();
            changed = MeetingDataBuilder.from(changed)
                    .title("Cached talks renamed " + n)
                    .build();
            return meetings.update(id, changed, current.version(), Acknowledged.CONFLICTS, Acknowledged.REAPPROVAL);
        });
        MockHttpServletResponse changed = fetch(token, etag, null);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getContentAsString(StandardCharsets.UTF_8)).contains("Cached talks renamed " + n);
    }

    @Test
    void last_modified_never_goes_back_when_the_latest_meeting_leaves_the_feed() throws Exception {
        String owner = newUser(Role.PLANNER, Classification.SECRET);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        approved(
                owner,
                meeting(
                        "Older " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        30,
                        Duration.ofHours(1),
                        finn,
                        null));
        clock.set(start.plus(Duration.ofHours(1)));
        MeetingId newer = approved(
                owner,
                meeting(
                        "Newer " + n,
                        MeetingKind.EXPERT_MEETING,
                        Classification.UNCLASSIFIED,
                        31,
                        Duration.ofHours(1),
                        finn,
                        null));
        String token = feed(owner, FeedScope.MY_MEETINGS, null, null, null, Classification.SECRET, false);
        MockHttpServletResponse before = fetch(token, null, null);
        Instant lastModifiedBefore = httpDate(before.getHeader("Last-Modified"));
        assertThat(lastModifiedBefore).isAfterOrEqualTo(start.plus(Duration.ofHours(1)));

        // the newest meeting goes back to the planner: the newest change left in the feed is an hour older
        clock.set(start.plus(Duration.ofHours(2)));
        users.as(owner, () -> approvals.cancel(newer, "Moved to next year"));
        clock.set(start.plus(Duration.ofDays(31)));
        MockHttpServletResponse after = fetch(token, null, null);
        assertThat(after.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Newer " + n)
                .contains("Older " + n);
        Instant lastModifiedAfter = httpDate(after.getHeader("Last-Modified"));
        assertThat(lastModifiedAfter).isAfter(lastModifiedBefore);
        assertThat(fetch(token, null, before.getHeader("Last-Modified")).getStatus())
                .isEqualTo(200);
        assertThat(fetch(token, null, after.getHeader("Last-Modified")).getStatus())
                .isEqualTo(304);
    }

    // --- cost -------------------------------------------------------------------------------------------------------

    @Test
    void a_feed_costs_the_same_number_of_queries_for_5_and_50_meetings() {
        String few = newUser(Role.PLANNER, Classification.SECRET);
        String many = newUser(Role.PLANNER, Classification.SECRET);
        for (int i = 0; i < 50; i++) {
            if (i < 5) {
                approved(
                        few,
                        meeting(
                                "Few " + n + "/" + i,
                                MeetingKind.EXPERT_MEETING,
                                Classification.UNCLASSIFIED,
                                10 + i,
                                Duration.ofHours(1),
                                i % 2 == 0 ? finn : norwegian,
                                null));
            }
            approved(
                    many,
                    meeting(
                            "Many " + n + "/" + i,
                            MeetingKind.EXPERT_MEETING,
                            i % 3 == 0 ? Classification.CONFIDENTIAL : Classification.UNCLASSIFIED,
                            10 + i,
                            Duration.ofHours(1),
                            i % 2 == 0 ? finn : norwegian,
                            null));
        }
        String fewToken = feed(few, FeedScope.MY_MEETINGS, null, null, null, Classification.UNCLASSIFIED, false);
        String manyToken = feed(many, FeedScope.MY_MEETINGS, null, null, null, Classification.UNCLASSIFIED, false);

        long fewQueries = statementsFor(fewToken, 5);
        long manyQueries = statementsFor(manyToken, 50);

        assertThat(fewQueries).isPositive().isEqualTo(manyQueries);
    }

    private long statementsFor(String token, int events) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            // over HTTP, so the feed chain's queries (the token, the owner) count too
            String body = body(token);
            long count = statistics.getPrepareStatementCount();
            assertThat(IcsChecks.unfolded(body).stream().filter(l -> l.equals("BEGIN:VEVENT")))
                    .hasSize(events);
            return count;
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private String newUser(Role role, Classification clearance) {
        String username = "feed-" + role.name().toLowerCase().replace('_', '-') + "-" + counter.incrementAndGet();
        SystemTask.runAsSystem(() -> userService.create(new NewUser(
                username,
                "Feed user " + username,
                username + "@parley.test",
                Set.of(role),
                clearance,
                BERLIN,
                "en",
                "feed test pass phrase 1234")));
        return username;
    }

    private UserSummary userNamed(String username) {
        return SystemTask.runAsSystem(
                () -> userService.usersNamed(List.of(username)).getFirst());
    }

    private MeetingData meeting(
            String title,
            MeetingKind kind,
            Classification classification,
            int daysAhead,
            Duration length,
            Person person,
            @Nullable MeetingId parent) {
        LocalDateTime start = today.plusDays(daysAhead).atTime(LocalTime.of(10, 0));
        LocalDateTime end = start.plus(length);
        return MeetingDataBuilder.meeting(title)
                .kind(kind)
                .format(MeetingFormat.IN_PERSON)
                .at(start, end, BERLIN)
                .venue(venue.id())
                .classification(classification)
                .objectives("Restore the dialogue")
                .conference(parent)
                .delegations(delegations(person))
                .agenda(List.of(new AgendaItemData("Agenda " + title, "Points", 30)))
                .build();
    }

    private MeetingData meetingIn(ZoneId zone, String title, int daysAhead) {
        LocalDateTime start = today.plusDays(daysAhead).atTime(LocalTime.of(10, 0));
        return MeetingDataBuilder.meeting(title)
                .kind(MeetingKind.PHONE_CALL)
                .at(start, start.plusHours(1), zone)
                .delegations(delegations(finn))
                .build();
    }

    private List<DelegationData> delegations(Person guest) {
        return List.of(
                new DelegationData(german.country(), null, true, List.of(new MemberData(german.id(), MemberRole.HEAD))),
                new DelegationData(guest.country(), null, false, List.of(new MemberData(guest.id(), MemberRole.HEAD))));
    }

    private MeetingId approved(String planner, MeetingData data) {
        MeetingId id = users.as(planner, () -> meetings.create(data, true).id());
        users.as(planner, () -> approvals.submit(id, null));
        for (String approver : List.of("approver", "senior", "approver2")) {
            var state = users.as(approver, () -> approvals.state(id));
            if (state.status() != MeetingStatus.PENDING_APPROVAL) {
                break;
            }
            if (state.callerMayDecide()) {
                users.as(approver, () -> approvals.approve(id, state.round(), null));
            }
        }
        assertThat(users.as(planner, () -> meetings.get(id).status())).isEqualTo(MeetingStatus.APPROVED);
        return id;
    }

    private FeedData data(
            FeedScope scope,
            @Nullable CountryCode country,
            @Nullable MeetingKind kind,
            @Nullable MeetingId conference,
            Classification ceiling,
            boolean pending) {
        return new FeedData("Feed " + n, scope, country, kind, conference, ceiling, pending);
    }

    private String feed(
            String owner,
            FeedScope scope,
            @Nullable CountryCode country,
            @Nullable MeetingKind kind,
            @Nullable MeetingId conference,
            Classification ceiling,
            boolean pending) {
        return tokenOf(users.as(owner, () -> feeds.create(data(scope, country, kind, conference, ceiling, pending))));
    }

    private static String tokenOf(IssuedFeed issued) {
        String path = issued.url().getPath();
        assertThat(path).startsWith("/calendar/feeds/").endsWith(".ics");
        return path.substring("/calendar/feeds/".length(), path.length() - ".ics".length());
    }

    private MockHttpServletResponse fetch(String token, @Nullable String ifNoneMatch, @Nullable String ifModifiedSince)
            throws Exception {
        MockHttpServletRequestBuilder request = get("/calendar/feeds/" + token + ".ics");
        if (ifNoneMatch != null) {
            request = request.header("If-None-Match", ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            request = request.header("If-Modified-Since", ifModifiedSince);
        }
        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
        if (response.getStatus() == 200) {
            IcsChecks.check(response.getContentAsByteArray());
        }
        assertThat(response.getHeader("Set-Cookie")).isNull();
        return response;
    }

    private String body(String token) {
        try {
            MockHttpServletResponse response = fetch(token, null, null);
            assertThat(response.getStatus()).isEqualTo(200);
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNotFound(MockHttpServletResponse response, byte[] expectedBody) {
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsByteArray()).isEqualTo(expectedBody);
        assertThat(response.getHeader("ETag")).isNull();
    }

    /** The lines of the event with that UID line, unfolded. */
    private static List<String> event(List<String> lines, String uidPrefix) {
        int uid = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(uidPrefix)) {
                uid = i;
            }
        }
        assertThat(uid).as("an event with " + uidPrefix).isNotNegative();
        int begin = lines.subList(0, uid).lastIndexOf("BEGIN:VEVENT");
        int end = uid + lines.subList(uid, lines.size()).indexOf("END:VEVENT");
        return lines.subList(begin, end + 1);
    }

    private static Instant httpDate(@Nullable String header) {
        assertThat(header).isNotNull();
        return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
