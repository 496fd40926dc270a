package org.parley.readout;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.parley.shared.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom feed of released readouts for newsrooms, {@code /readouts.atom}, open without sign-in. One entry per readout
 * and language, with the language on the entry ({@code xml:lang}) and an id made once per language, so that a
 * correction or withdrawal updates the entry newsrooms already have instead of adding another.
 */
@RestController
class ReadoutFeedController {

    static final String PATH = "/readouts.atom";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final Namespace ATOM_NAMESPACE = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private final ReadoutService readouts;

    ReadoutFeedController(ReadoutService readouts) {
        this.readouts = readouts;
    }

    @GetMapping(value = PATH, produces = "application/atom+xml")
    @org.jspecify.annotations.Nullable
    ResponseEntity<byte[]> feed(WebRequest request, Locale requested) throws FeedException {
        List<PublicReadout> published = readouts.recentlyUpdated();
        Instant lastChange =
                published.isEmpty() ? Instant.EPOCH : published.getFirst().updatedAt();
        Locale locale = Messages.supported(requested);
        if (request.checkNotModified(lastChange.toEpochMilli())) {
            return null;
        }
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        byte[] body = render(published, locale, base, lastChange);
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .lastModified(lastChange.toEpochMilli())
                .body(body);
    }

    static byte[] render(List<PublicReadout> published, Locale locale, String base, Instant lastChange)
            throws FeedException {
        var feed = new Feed("atom_1.0");
        feed.setId(base + PATH);
        feed.setTitle(Messages.get(locale, "readout.feed.title"));
        feed.setUpdated(Date.from(lastChange));
        var publisher = new Person();
        publisher.setName(Messages.get(locale, "readout.feed.publisher"));
        feed.setAuthors(List.<SyndPerson>of(publisher));
        feed.setAlternateLinks(List.of(link("alternate", base + "/readouts", "text/html", null)));
        feed.setOtherLinks(List.of(link("self", base + PATH, "application/atom+xml", null)));
        List<Entry> entries = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (PublicReadout readout : published) {
            for (PublicReadout.Text text : readout.texts()) {
                entries.add(entry(readout, text, base));
                languages.add(text.language());
            }
        }
        feed.setEntries(entries);
        Document document = new WireFeedOutput().outputJDom(feed);
        // ROME's Atom entry has no language of its own; each entry's xml:lang is set on the written document
        List<Element> written = document.getRootElement().getChildren("entry", ATOM_NAMESPACE);
        for (int i = 0; i < written.size(); i++) {
            written.get(i).setAttribute("lang", languages.get(i), Namespace.XML_NAMESPACE);
        }
        return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8"))
                .outputString(document)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Entry entry(PublicReadout readout, PublicReadout.Text text, String base) {
        Locale language = Locale.forLanguageTag(text.language());
        var entry = new Entry();
        entry.setId("urn:uuid:" + text.entryId());
        entry.setTitle(readout.title());
        entry.setPublished(Date.from(readout.firstReleasedAt()));
        entry.setUpdated(Date.from(readout.updatedAt()));
        entry.setAlternateLinks(List.of(link(
                "alternate",
                base + "/readouts/" + readout.id() + "?lang=" + text.language(),
                "text/html",
                text.language())));
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(text.body() != null ? text.body() : readout.withdrawalNotice(language));
        entry.setContents(List.of(content));
        var summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(
                readout.correctedAt() == null
                        ? readout.dateAndPlace(language)
                        : readout.dateAndPlace(language) + " \u00b7 " + readout.correctionNote(language));
        entry.setSummary(summary);
        entry.setCategories(readout.countries().stream()
                .map(country -> {
                    var category = new Category();
                    category.setTerm(country.code());
                    category.setLabel(country.displayName(Messages.supported(language)));
                    return category;
                })
                .toList());
        return entry;
    }

    private static Link link(String rel, String href, String type, @org.jspecify.annotations.Nullable String lang) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        if (lang != null) {
            link.setHreflang(lang);
        }
        return link;
    }
}
