package org.parley.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Atom feed over HTTP without signing in (MockMvc through the security filters), parsed back with ROME: what it
 * carries, what it never carries, and that a correction updates an entry instead of adding one.
 */
@ParleyTest
class ReadoutFeedTest {

    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ReadoutService readouts;

    @Autowired
    AccessFixture fixture;

    @Autowired
    MutableClock clock;

    private MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        // later than anything other tests release, so that this test's entries lead the feed
        clock.set(Instant.now().plus(Duration.ofDays(3650 + 10L * counter++)).truncatedTo(ChronoUnit.SECONDS));
    }

    private static int counter;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String feedBody() throws Exception {
        MvcResult result = http.perform(get("/readouts.atom").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Feed parsed(String body) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(body));
    }

    private MeetingId releasedCall(Classification classification, String english) {
        MeetingId call = fixture.ended(classification);
        fixture.as(
                "planner",
                () -> readouts.saveDraft(
                        call,
                        ReadoutServiceTest.inEnglishAndRussian(
                                english, "Министры договорились сохранять каналы связи")));
        fixture.as("approver", () -> readouts.release(call, classification != Classification.UNCLASSIFIED));
        return call;
    }

    @Test
    void the_feed_is_valid_atom_with_an_entry_per_language_and_needs_no_sign_in() throws Exception {
        MeetingId call = releasedCall(Classification.UNCLASSIFIED, "The ministers agreed to keep channels open");
        Readout readout = fixture.as("viewer", () -> readouts.of(call)).orElseThrow();
        String title = fixture.dataOf(call).title();

        String body = feedBody();
        Feed feed = parsed(body);

        assertThat(feed.getTitle()).isEqualTo("Сообщения о встречах");
        assertThat(feed.getId()).endsWith("/readouts.atom");
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
        List<Entry> ours = feed.getEntries().stream()
                .filter(e -> e.getTitle().equals(title))
                .toList();
        assertThat(ours).hasSize(2);
        assertThat(ours).allSatisfy(entry -> {
            assertThat(entry.getId()).matches("urn:uuid:[0-9a-f-]{36}");
            assertThat(entry.getUpdated()).isEqualTo(Date.from(readout.updatedAt()));
            assertThat(entry.getPublished()).isEqualTo(Date.from(readout.firstReleasedAt()));
            assertThat(entry.getAlternateLinks()).singleElement().satisfies(link -> {
                assertThat(link.getHref()).startsWith("http://localhost/readouts/" + readout.id() + "?lang=");
                assertThat(link.getType()).isEqualTo("text/html");
            });
            assertThat(entry.getCategories()).extracting(c -> c.getTerm()).containsExactly("RU", "US");
        });
        assertThat(ours)
                .extracting(e -> e.getContents().getFirst().getValue())
                .containsExactlyInAnyOrder(
                        "The ministers agreed to keep channels open", "Министры договорились сохранять каналы связи");
        assertThat(languagesByEntryId(body))
                .containsEntry(idOf(ours, "The ministers agreed to keep channels open"), "en");
        assertThat(feed.getUpdated())
                .as("the newest entry's updated")
                .isEqualTo(feed.getEntries().stream()
                        .map(Entry::getUpdated)
                        .max(Date::compareTo)
                        .orElseThrow());
    }

    @Test
    void nothing_unreleased_or_classified_without_release_reaches_the_feed_or_the_public_list() throws Exception {
        MeetingId drafted = fixture.ended(Classification.UNCLASSIFIED);
        fixture.as(
                "planner",
                () -> readouts.saveDraft(
                        drafted, ReadoutServiceTest.inEnglishAndRussian("Draft wording nobody approved", "Черновик")));
        MeetingId secret = fixture.ended(Classification.SECRET);
        fixture.asSystem(
                () -> readouts.saveDraft(secret, ReadoutServiceTest.inEnglishAndRussian("Secret wording", "Секретно")));
        MeetingId released = releasedCall(Classification.UNCLASSIFIED, "Released wording");

        String feed = feedBody();
        List<String> publicTitles = fixture.as(
                        "viewer",
                        () -> readouts.published(null, org.springframework.data.domain.PageRequest.of(0, 1000)))
                .map(PublicReadout::title)
                .toList();

        assertThat(feed)
                .contains(fixture.dataOf(released).title(), "Released wording")
                .doesNotContain(
                        fixture.dataOf(drafted).title(),
                        "Draft wording nobody approved",
                        fixture.dataOf(secret).title(),
                        "Secret wording");
        assertThat(publicTitles)
                .contains(fixture.dataOf(released).title())
                .doesNotContain(
                        fixture.dataOf(drafted).title(), fixture.dataOf(secret).title());
    }

    @Test
    void a_correction_updates_the_same_entries_and_a_withdrawal_replaces_their_text_with_a_notice() throws Exception {
        MeetingId call = releasedCall(Classification.UNCLASSIFIED, "Channels stay opne");
        String title = fixture.dataOf(call).title();
        List<Entry> before = entriesTitled(parsed(feedBody()), title);

        clock.advance(Duration.ofHours(2));
        fixture.as(
                "planner",
                () -> readouts.saveDraft(
                        call,
                        ReadoutServiceTest.inEnglishAndRussian(
                                "Channels stay open", "Министры договорились сохранять каналы связи")));
        fixture.as("approver", () -> readouts.release(call, false));
        List<Entry> corrected = entriesTitled(parsed(feedBody()), title);

        assertThat(corrected)
                .extracting(Entry::getId)
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(Entry::getId).toList());
        assertThat(corrected)
                .allSatisfy(e ->
                        assertThat(e.getUpdated()).isAfter(before.getFirst().getUpdated()));
        assertThat(corrected)
                .allSatisfy(e ->
                        assertThat(e.getPublished()).isEqualTo(before.getFirst().getPublished()));
        assertThat(corrected)
                .extracting(e -> e.getContents().getFirst().getValue())
                .contains("Channels stay open");
        assertThat(corrected)
                .extracting(e -> e.getSummary().getValue())
                .anySatisfy(summary -> assertThat(summary).contains("Corrected on"))
                .anySatisfy(summary -> assertThat(summary).contains("Исправлено"));

        clock.advance(Duration.ofHours(2));
        fixture.as("approver", () -> readouts.withdraw(call, "Superseded by a joint statement."));
        List<Entry> withdrawn = entriesTitled(parsed(feedBody()), title);

        assertThat(withdrawn)
                .extracting(Entry::getId)
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(Entry::getId).toList());
        assertThat(withdrawn)
                .extracting(e -> e.getContents().getFirst().getValue())
                .allSatisfy(text -> assertThat(text)
                        .contains("Superseded by a joint statement.")
                        .doesNotContain("Channels stay open"));
        assertThat(withdrawn)
                .extracting(e -> e.getContents().getFirst().getValue())
                .anySatisfy(text -> assertThat(text).startsWith("This readout was withdrawn on"))
                .anySatisfy(text -> assertThat(text).startsWith("Это сообщение отозвано"));
    }

    @Test
    void an_unchanged_feed_is_answered_with_not_modified() throws Exception {
        releasedCall(Classification.UNCLASSIFIED, "Cached wording");
        String lastModified =
                http.perform(get("/readouts.atom")).andReturn().getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

        assertThat(http.perform(get("/readouts.atom").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }

    @Test
    void only_reading_the_feed_and_the_public_page_is_open_without_sign_in() throws Exception {
        assertThat(http.perform(post("/readouts.atom"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(http.perform(get("/readouts.json")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(http.perform(get("/meetings")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    private static List<Entry> entriesTitled(Feed feed, String title) {
        return feed.getEntries().stream()
                .filter(e -> e.getTitle().equals(title))
                .toList();
    }

    private static String idOf(List<Entry> entries, String content) {
        return entries.stream()
                .filter(e -> e.getContents().getFirst().getValue().equals(content))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    /** xml:lang of each entry, which ROME's model does not carry, read from the document itself. */
    private static Map<String, String> languagesByEntryId(String body) throws Exception {
        Document document = new SAXBuilder().build(new StringReader(body));
        return document.getRootElement().getChildren("entry", ATOM).stream()
                .collect(Collectors.toMap(
                        (Element e) -> e.getChildText("id", ATOM),
                        (Element e) -> e.getAttributeValue("lang", Namespace.XML_NAMESPACE)));
    }
}
