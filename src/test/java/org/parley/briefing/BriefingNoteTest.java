package org.parley.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ApiCalls;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.TestUsers;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.meeting.AgendaItemData;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.meeting.Tier;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.ProtocolService;
import org.parley.protocol.RankId;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * The briefing note as the principal reads it (docs/0034): the classification on every page, names in Cyrillic,
 * Devanagari and Arabic as text, delegations in precedence order, a conference's sideline meetings, and the API.
 */
@ParleyTest
class BriefingNoteTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId DELHI = ZoneId.of("Asia/Kolkata");
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final CountryCode RU = new CountryCode("RU");
    private static final CountryCode IN = new CountryCode("IN");
    private static final CountryCode SA = new CountryCode("SA");
    private static final AtomicInteger counter = new AtomicInteger();

    private static final String LAVROV = "Сергей Лавров";
    private static final String JAISHANKAR = "सुब्रह्मण्यम जयशंकर";
    private static final String FAISAL = "فيصل بن فرحان";

    @Autowired
    BriefingService briefings;

    @Autowired
    java.time.Clock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    ProtocolService protocol;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    DirectoryFixture directory;

    @Autowired
    AccessFixture fixture;

    @Autowired
    TestUsers users;

    @Autowired
    WebApplicationContext context;

    private int n;
    private Person russianMinister;
    private Person indianPrimeMinister;
    private Person saudiDirector;

    @BeforeEach
    void people() {
        n = counter.incrementAndGet();
        russianMinister =
                person("Sergey Lavrov " + n, LAVROV, RU, MOSCOW, "FOREIGN_MINISTER", FormOfAddress.HIS_EXCELLENCY);
        indianPrimeMinister = person("Subrahmanyam Jaishankar " + n, JAISHANKAR, IN, DELHI, "HEAD_OF_GOVERNMENT", null);
        saudiDirector = person("Faisal bin Farhan " + n, FAISAL, SA, RIYADH, "DIRECTOR", FormOfAddress.DR);
    }

    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private Person person(
            String name, String original, CountryCode country, ZoneId zone, String rank, FormOfAddress form) {
        RankId rankId = users.as("viewer", () -> protocol.ranks()).stream()
                .filter(r -> rank.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .id();
        return directory.person(new PersonData(
                        name,
                        null,
                        null,
                        country,
                        null,
                        null,
                        null,
                        zone,
                        PersonData.DEFAULT_WORKDAY_START,
                        PersonData.DEFAULT_WORKDAY_END,
                        null,
                        original,
                        PersonData.DEFAULT_WORKING_DAYS)
                .withProtocol(rankId, form));
    }

    private static DelegationData side(CountryCode country, boolean ours, Person head) {
        return new DelegationData(country, null, ours, List.of(new MemberData(head.id(), MemberRole.HEAD)));
    }

    /** Three delegations listed lowest rank first; with enough agenda to run over several pages. */
    private MeetingData talks(Classification classification, int agendaItems) {
        LocalDateTime start = LocalDateTime.of(2700 + n, 4, 14, 10, 0);
        List<AgendaItemData> agenda = IntStream.rangeClosed(1, agendaItems)
                .mapToObj(i -> new AgendaItemData(
                        "Agenda item " + i,
                        "Positions of the delegations on point " + i + ", with the background the principal needs"
                                + " to hand and the lines to take if the other side raises it.",
                        5))
                .toList();
        return MeetingDataBuilder.meeting("Trilateral consultations " + n)
                .kind(MeetingKind.MINISTERIAL_MEETING)
                .tier(Tier.MINISTERIAL)
                .format(MeetingFormat.VIRTUAL)
                .at(start, start.plusHours(Math.max(1, agendaItems / 12 + 1)), RIYADH)
                .sides(RU, RU)
                .classification(classification)
                .objectives("Agree the terms of reference of the working group.")
                .delegations(
                        side(SA, false, saudiDirector),
                        side(RU, true, russianMinister),
                        side(IN, false, indianPrimeMinister))
                .agenda(agenda)
                .build();
    }

    private MeetingId planned(MeetingData data) {
        return users.as("planner", () -> meetings.create(data, true).id());
    }

    private static List<String> pagesOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // Arabic may come out in its presentation forms: compare in the form a reader would search in
                pages.add(words(stripper.getText(document)));
            }
            return pages;
        }
    }

    /** The text as a reader searches in it: Arabic presentation forms as letters, any run of spaces as one. */
    private static String words(String extracted) {
        return Normalizer.normalize(extracted, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    @Test
    void every_page_of_a_long_note_carries_the_classification_at_its_top_and_bottom() throws IOException {
        MeetingId id = planned(talks(Classification.CONFIDENTIAL, 40));

        BriefingNote note = users.as("planner", () -> briefings.note(id));

        assertThat(note.fileName()).isEqualTo("briefing-note-" + id.value() + ".pdf");
        assertThat(new String(note.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        List<String> pages = pagesOf(note.content());
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages)
                .allSatisfy(page -> assertThat(page.split("CONFIDENTIAL", -1))
                        .as("the marking at the top and at the bottom of the page")
                        .hasSizeGreaterThanOrEqualTo(3));
        assertThat(String.join("", pages)).contains("Agenda item 1", "Agenda item 40", "5 min");
    }

    @Test
    void names_in_cyrillic_devanagari_and_arabic_come_out_as_text_beside_their_latin_form() throws IOException {
        MeetingId id = planned(talks(Classification.UNCLASSIFIED, 1));

        String text = String.join(
                "", pagesOf(users.as("planner", () -> briefings.note(id)).content()));

        assertThat(text)
                .contains(LAVROV, JAISHANKAR, FAISAL)
                .contains("His Excellency Sergey Lavrov " + n, "Dr Faisal bin Farhan " + n)
                .contains("UNCLASSIFIED")
                .doesNotContain("!briefing.");
    }

    @Test
    void delegations_follow_their_heads_precedence_not_the_order_they_were_entered() throws IOException {
        MeetingId id = planned(talks(Classification.UNCLASSIFIED, 1));

        String all = String.join(
                "", pagesOf(users.as("planner", () -> briefings.note(id)).content()));
        String text = all.substring(all.indexOf("Delegations in order of precedence"));

        int india = text.indexOf("Subrahmanyam Jaishankar " + n);
        int russia = text.indexOf("Sergey Lavrov " + n);
        int saudi = text.indexOf("Faisal bin Farhan " + n);
        assertThat(india).isPositive().isLessThan(russia);
        assertThat(russia).isLessThan(saudi);
    }

    @Test
    void each_other_side_shows_its_answer_and_how_it_came() throws IOException {
        MeetingId id = planned(talks(Classification.UNCLASSIFIED, 1));
        long theirs = users.as("planner", () -> meetings.get(id)).delegations().stream()
                .filter(d -> !d.ours())
                .findFirst()
                .orElseThrow()
                .id();
        users.as(
                "planner",
                () -> meetings.recordConfirmation(
                        id,
                        theirs,
                        new Confirmation(
                                ConfirmationStatus.CONFIRMED,
                                ConfirmationChannel.PHONE,
                                clock.instant().minusSeconds(86_400),
                                "Call log 12",
                                null,
                                null,
                                null)));

        String all = String.join(
                "", pagesOf(users.as("planner", () -> briefings.note(id)).content()));

        assertThat(all).contains("Their answer: Confirmed (Telephone, ", "Call log 12)");
        assertThat(all).contains("Their answer: Proposed");
    }

    @Test
    void the_parity_warning_shows_with_its_justification() throws IOException {
        MeetingId id = planned(talks(Classification.UNCLASSIFIED, 1));
        users.as("planner", () -> fixture.approvals().submit(id, "The Saudi side sends its director by agreement"));

        String text = String.join(
                "", pagesOf(users.as("planner", () -> briefings.note(id)).content()));

        assertThat(text)
                .contains("Delegation parity")
                .contains("The Saudi side sends its director by agreement")
                .contains("Director");
    }

    @Test
    void a_conference_book_includes_its_sideline_meetings_and_takes_the_highest_marking() throws IOException {
        LocalDateTime day = LocalDateTime.of(2700 + n, 6, 1, 9, 0);
        MeetingId conference = planned(MeetingDataBuilder.meeting("Security conference " + n)
                .kind(MeetingKind.CONFERENCE)
                .tier(Tier.MINISTERIAL)
                .format(MeetingFormat.VIRTUAL)
                .at(day, day.plusDays(2), MOSCOW)
                .sides(RU, RU)
                .delegations(side(RU, true, russianMinister))
                .build());
        planned(MeetingDataBuilder.from(talks(Classification.CONFIDENTIAL, 1))
                .title("Sideline talks " + n)
                .kind(MeetingKind.SIDELINE_MEETING)
                .at(day.plusDays(1), day.plusDays(1).plusHours(1), MOSCOW)
                .conference(conference)
                .build());

        List<String> pages =
                pagesOf(users.as("planner", () -> briefings.note(conference)).content());

        assertThat(String.join("", pages)).contains("Security conference " + n, "Sideline talks " + n);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("CONFIDENTIAL"));
        // a reader who may not see the sideline meeting gets the conference alone, marked as the conference is
        List<String> viewers =
                pagesOf(users.as("viewer", () -> briefings.note(conference)).content());
        assertThat(String.join("", viewers))
                .contains("Security conference " + n)
                .doesNotContain("Sideline talks " + n);
        assertThat(viewers).allSatisfy(page -> assertThat(page).contains("UNCLASSIFIED"));
    }

    @Test
    void a_meeting_above_the_readers_clearance_has_no_note() {
        MeetingId id = planned(talks(Classification.CONFIDENTIAL, 1));

        assertThatThrownBy(() -> users.as("viewer", () -> briefings.note(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void poppler_reads_the_marking_on_every_page_and_the_three_scripts() throws Exception {
        MeetingId id = planned(talks(Classification.CONFIDENTIAL, 40));
        Path pdf = Files.createTempFile("briefing", ".pdf");
        try {
            Files.write(pdf, users.as("planner", () -> briefings.note(id)).content());
            Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pdftotext.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(pdftotext.exitValue()).as(text).isZero();

            String[] pages = text.split("\f");
            List<String> printed =
                    List.of(pages).stream().filter(p -> !p.isBlank()).toList();
            assertThat(printed).hasSizeGreaterThan(1);
            assertThat(printed)
                    .allSatisfy(
                            page -> assertThat(page.split("CONFIDENTIAL", -1)).hasSizeGreaterThanOrEqualTo(3));
            assertThat(words(text)).contains(LAVROV, JAISHANKAR, FAISAL);
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void the_api_serves_the_pdf_hides_it_above_clearance_and_asks_for_a_token() {
        MeetingId secret = planned(talks(Classification.CONFIDENTIAL, 1));
        MeetingId open = planned(talks(Classification.UNCLASSIFIED, 1));
        var api = new ApiCalls(context);
        String viewer = users.as(
                "viewer",
                () -> tokens.create("briefing " + n, Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_ONLY)
                        .token());

        var served = api.send("GET", "/api/v1/meetings/" + open.value() + "/briefing.pdf", viewer, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(served.header("Content-Disposition"))
                .hasValueSatisfying(
                        disposition -> assertThat(disposition).contains("briefing-note-" + open.value() + ".pdf"));
        assertThat(new String(served.raw().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        assertThat(api.send("GET", "/api/v1/meetings/" + secret.value() + "/briefing.pdf", viewer, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/meetings/" + open.value() + "/briefing.pdf", null, null)
                        .statusCode())
                .isEqualTo(401);
    }
}
