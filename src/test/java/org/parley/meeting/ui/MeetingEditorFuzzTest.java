package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DatabaseFingerprint;
import org.parley.DirectoryFixture;
import org.parley.Fuzzing;
import org.parley.ParleyTest;
import org.parley.directory.Person;
import org.parley.meeting.AgendaItemData;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The meeting editor at its edges: a sound call is typed in, then one field gets a generated bad value (as a
 * tampered browser could send it: the field limits in the page are no protection), and Save must leave the planner
 * in the editor with a message at that field, having saved nothing. Seeded and bounded in time ({@link Fuzzing}).
 */
@ParleyTest
class MeetingEditorFuzzTest extends SpringBrowserlessTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(Fuzzing.SEED);
    private Person minister;
    private Person secretary;
    private LocalDateTime start;

    @BeforeEach
    void people() {
        int n = counter.incrementAndGet();
        start = LocalDateTime.of(2090 + n, 6, 3, 11, 0);
        minister = directory.person("Fuzzed minister " + n, new CountryCode("RU"), MOSCOW);
        secretary = directory.person("Fuzzed secretary " + n, new CountryCode("US"), ZoneId.of("America/New_York"));
    }

    /** One bad value for one field, and where the editor must show its message. */
    record Case(
            String field,
            String value,
            Consumer<MeetingEditorView> spoil,
            Function<MeetingEditorView, String> message) {}

    @Test
    @WithUserDetails("planner")
    void every_bad_value_in_every_field_gets_a_message_there_and_saves_nothing() {
        List<List<Case>> byField = cases();
        var before = new AtomicReference<>(DatabaseFingerprint.of(jdbc));
        Fuzzing.run(
                "MeetingEditorFuzzTest",
                Fuzzing.inTurns(byField, random),
                byField.size(),
                c -> c.field() + " = " + c.value(),
                c -> {
                    String as = c.field() + " = " + c.value();
                    MeetingEditorView editor = soundCall();
                    c.spoil().accept(editor);
                    test(editor.save).click();

                    assertThat(getCurrentView())
                            .as(as + ": still in the editor")
                            .isSameAs(editor);
                    assertThat(c.message().apply(editor))
                            .as(as + ": the message at the field")
                            .isNotBlank();
                    Map<String, Long> after = DatabaseFingerprint.of(jdbc);
                    assertThat(after).as("the database after " + as).isEqualTo(before.getAndSet(after));
                });
    }

    private MeetingEditorView soundCall() {
        UI.getCurrent().navigate("meetings/new");
        MeetingEditorView editor = (MeetingEditorView) getCurrentView();
        EditorInput.phoneCall(
                this, editor, "Fuzzed call " + random.nextInt(1_000_000), MOSCOW, start, minister, secretary);
        editor.agenda.addItem(new AgendaItemData("Channels", "Keep them open", 30));
        return editor;
    }

    // --- the cases --------------------------------------------------------------------------------------------------

    private List<List<Case>> cases() {
        List<List<Case>> all = new ArrayList<>();
        all.add(texts("title", 200, false, true, (e, v) -> e.basics.title.setValue(v), e -> shown(e.basics.title)));
        all.add(texts(
                "objectives",
                8000,
                true,
                false,
                (e, v) -> e.basics.objectives.setValue(v),
                e -> shown(e.basics.objectives)));
        all.add(texts(
                "delegation organisation",
                200,
                false,
                false,
                (e, v) -> e.delegations.editors.getFirst().organisation.setValue(v),
                e -> shownOr(e.delegations.editors.getFirst().organisation, e.delegations.editors.getFirst())));
        all.add(texts(
                "agenda title",
                200,
                false,
                true,
                (e, v) -> e.agenda.items.getFirst().title.setValue(v),
                e -> shown(e.agenda.items.getFirst().title)));
        all.add(texts(
                "agenda description",
                4000,
                true,
                false,
                (e, v) -> e.agenda.items.getFirst().description.setValue(v),
                e -> shown(e.agenda.items.getFirst().description)));

        List<Case> starts = new ArrayList<>();
        for (LocalDateTime far : farTimes()) {
            starts.add(new Case(
                    "start", far.toString(), e -> e.whenWhere.start.setValue(far), e -> shown(e.whenWhere.start)));
        }
        starts.add(new Case("start", "empty", e -> e.whenWhere.start.setValue(null), e -> shown(e.whenWhere.start)));
        all.add(starts);

        List<Case> ends = new ArrayList<>();
        for (LocalDateTime far : farTimes()) {
            ends.add(new Case("end", far.toString(), e -> e.whenWhere.end.setValue(far), e -> shown(e.whenWhere.end)));
        }
        ends.add(new Case("end", "empty", e -> e.whenWhere.end.setValue(null), e -> shown(e.whenWhere.end)));
        ends.add(new Case(
                "end",
                "before the start",
                e -> e.whenWhere.end.setValue(start.minusMinutes(1 + random.nextInt(600))),
                e -> shown(e.whenWhere.end)));
        ends.add(new Case(
                "end",
                "more than 31 days on",
                e -> e.whenWhere.end.setValue(start.plusDays(32 + random.nextInt(300))),
                e -> shown(e.whenWhere.end)));
        all.add(ends);

        List<Case> zones = new ArrayList<>();
        for (String zone : List.of("GMT+14", "+05:30", "SystemV/AST4", "Etc/GMT-3", "Z", "EST5EDT", "UT-5")) {
            zones.add(new Case(
                    "time zone",
                    zone,
                    e -> e.whenWhere.timeZone.setValue(ZoneId.of(zone)),
                    e -> shown(e.whenWhere.timeZone)));
        }
        zones.add(new Case(
                "time zone", "empty", e -> e.whenWhere.timeZone.setValue(null), e -> shown(e.whenWhere.timeZone)));
        all.add(zones);

        all.add(List.of(
                new Case("kind", "empty", e -> e.basics.kind.setValue(null), e -> shown(e.basics.kind)),
                new Case("tier", "empty", e -> e.basics.tier.setValue(null), e -> shown(e.basics.tier)),
                new Case("format", "empty", e -> e.basics.format.setValue(null), e -> shown(e.basics.format)),
                new Case(
                        "classification",
                        "empty",
                        e -> e.basics.classification.setValue(null),
                        e -> shown(e.basics.classification))));
        all.add(List.of(
                new Case(
                        "delegation country",
                        "empty",
                        e -> e.delegations.editors.getFirst().country.setValue(null),
                        e -> shownOr(e.delegations.editors.getFirst().country, e.delegations.editors.getFirst())),
                new Case(
                        "member role",
                        "empty",
                        e -> e.delegations
                                .editors
                                .getFirst()
                                .members
                                .getFirst()
                                .role
                                .setValue(null),
                        e -> e.delegations.editors.getFirst().problem.getText()),
                new Case(
                        "member",
                        "empty",
                        e -> e.delegations
                                .editors
                                .getFirst()
                                .members
                                .getFirst()
                                .person
                                .setValue(null),
                        e -> shown(e.delegations.editors.getFirst().members.getFirst().person))));
        List<Case> minutes = new ArrayList<>();
        for (int value : List.of(
                -1 - random.nextInt(1000), 1441 + random.nextInt(100_000), Integer.MIN_VALUE, Integer.MAX_VALUE)) {
            minutes.add(new Case(
                    "agenda minutes",
                    String.valueOf(value),
                    e -> e.agenda.items.getFirst().minutes.setValue(value),
                    e -> shown(e.agenda.items.getFirst().minutes)));
        }
        all.add(minutes);
        return all;
    }

    private List<Case> texts(
            String field,
            int maxLength,
            boolean multiline,
            boolean required,
            java.util.function.BiConsumer<MeetingEditorView, String> set,
            Function<MeetingEditorView, String> message) {
        List<String> values = new ArrayList<>(List.of(
                text(maxLength + 1 + random.nextInt(maxLength * 2)),
                insert("talks", controlCharacter(multiline)),
                insert("talks", random.nextBoolean() ? "\u202E" : "\u202D"),
                insert("talks", random.nextBoolean() ? "\uD800" : "\uDC00"),
                List.of("\u3000", "\u00A0", "\u200B", "\u200F\u200E").get(random.nextInt(4))));
        if (required) {
            values.add("");
            values.add(" ".repeat(1 + random.nextInt(10)));
        }
        List<Case> cases = new ArrayList<>();
        for (String value : values) {
            String label = value.length() > 40 ? value.length() + " characters" : escaped(value);
            cases.add(new Case(field, label, e -> set.accept(e, value), message));
        }
        return cases;
    }

    private List<LocalDateTime> farTimes() {
        return List.of(
                LocalDateTime.of(0, 1, 1, 10, 0),
                LocalDateTime.of(1899, 12, 31, 23, 0),
                LocalDateTime.of(3000, 1, 1, 10, 0),
                LocalDateTime.of(10_000 + random.nextInt(90_000), 5, 10, 10, 0),
                LocalDateTime.MAX,
                LocalDateTime.MIN);
    }

    private static String shown(HasValidation field) {
        return field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() : "";
    }

    /** The field's own message, else what its delegation says below its members (one head, a member missing…). */
    private static String shownOr(HasValidation field, DelegationEditor delegation) {
        String own = shown(field);
        return own.isEmpty() ? delegation.problem.getText() : own;
    }

    private String text(int length) {
        String[] words = {"talks ", "переговоры ", "محادثات ", "वार्ता ", "会談 ", "🤝 "};
        var text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.substring(0, length);
    }

    private String insert(String text, String inserted) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private String controlCharacter(boolean multiline) {
        List<Character> controls = new ArrayList<>(List.of('\u0000', '\u0007', '\u001B', '\u007F', '\u0085'));
        if (!multiline) {
            controls.addAll(List.of('\n', '\r', '\t'));
        }
        return String.valueOf(controls.get(random.nextInt(controls.size())));
    }

    private static String escaped(String value) {
        var text = new StringBuilder();
        value.chars()
                .forEach(c -> text.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted(c) : String.valueOf((char) c)));
        return "\"" + text + "\"";
    }
}
