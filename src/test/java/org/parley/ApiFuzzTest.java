package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.meeting.MeetingId;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Throws generated bad values at every field of the API (bodies, query parameters, path ids, If-Match) and checks
 * each answer: a 4xx problem detail, with the field named when it is a 422, and nothing changed in the database.
 * Every field meets every class of bad value (empty, blank, invisible, too long, control characters, direction
 * overrides, broken UTF-16, wrong JSON types, null, missing, numbers out of range, far and impossible dates, zones
 * that are not regions, unknown enum values, deep nesting, duplicate keys…); the concrete values come from a seeded
 * random source and the run is bounded in time ({@link Fuzzing}).
 */
@ParleyTest
class ApiFuzzTest {

    @Autowired
    AccessFixture fixture;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    private final Random random = new Random(Fuzzing.SEED);

    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    // --- what a field is, and what is bad for it ------------------------------------------------------------------

    enum Kind {
        TEXT,
        ENUM,
        TIME,
        ZONE,
        COUNTRY,
        ID,
        MINUTES,
        FLAG,
        LIST
    }

    /** A field of a JSON body, by its path in the body; required ones are also bad when null or missing. */
    record Field(String path, Kind kind, boolean required, int maxLength, boolean multiline) {
        static Field of(String path, Kind kind, boolean required) {
            return new Field(path, kind, required, 0, false);
        }

        static Field text(String path, boolean required, int maxLength, boolean multiline) {
            return new Field(path, Kind.TEXT, required, maxLength, multiline);
        }
    }

    /** A value to put in the JSON; {@link #MISSING} leaves the key out, {@link Raw} is written as it is. */
    record Bad(String label, @Nullable Object value) {}

    record Raw(String json) {}

    static final Object MISSING = new Object();

    private static final List<Field> MEETING_FIELDS = List.of(
            Field.text("title", true, 200, false),
            Field.of("kind", Kind.ENUM, true),
            Field.of("tier", Kind.ENUM, true),
            Field.of("format", Kind.ENUM, true),
            Field.of("start", Kind.TIME, true),
            Field.of("end", Kind.TIME, true),
            Field.of("zone", Kind.ZONE, true),
            Field.of("venue", Kind.ID, false),
            Field.of("room", Kind.ID, false),
            Field.of("initiatingSide", Kind.COUNTRY, false),
            Field.of("hostSide", Kind.COUNTRY, false),
            Field.of("classification", Kind.ENUM, true),
            Field.text("objectives", false, 8000, true),
            Field.of("parentConference", Kind.ID, false),
            Field.of("followUpOf", Kind.ID, false),
            Field.of("delegations", Kind.LIST, true),
            Field.of("agenda", Kind.LIST, false),
            Field.of("delegations[0].country", Kind.COUNTRY, true),
            Field.text("delegations[0].organisation", false, 200, false),
            Field.of("delegations[0].ours", Kind.FLAG, true),
            Field.of("delegations[0].members", Kind.LIST, true),
            Field.of("delegations[0].members[0].person", Kind.ID, true),
            Field.of("delegations[0].members[0].role", Kind.ENUM, true),
            Field.of("delegations[0].members[0].response", Kind.ENUM, false),
            Field.text("agenda[0].title", true, 200, false),
            Field.text("agenda[0].description", false, 4000, true),
            Field.of("agenda[0].leadDelegation", Kind.COUNTRY, false),
            Field.of("agenda[0].leadPerson", Kind.ID, false),
            Field.of("agenda[0].plannedMinutes", Kind.MINUTES, true));

    private List<Bad> badValues(Field field) {
        List<Bad> bad = new ArrayList<>();
        if (field.required()) {
            bad.add(new Bad("null", null));
            bad.add(new Bad("missing", MISSING));
        }
        bad.add(new Bad("an object", Map.of("value", word())));
        bad.add(new Bad("nested 600 deep", new Raw("[".repeat(600) + "]".repeat(600))));
        switch (field.kind()) {
            case TEXT -> {
                if (field.required()) {
                    bad.add(new Bad("empty", ""));
                    bad.add(new Bad("blank", " ".repeat(1 + random.nextInt(20))));
                }
                bad.add(new Bad("invisible only", pick("\u3000", "\u00A0\u2003", "\u200B", "\u200F", "\u2066\u2069")));
                bad.add(new Bad("too long", text(field.maxLength() + 1 + random.nextInt(field.maxLength() * 2))));
                bad.add(new Bad("a control character", insert(word(), controlCharacter(field.multiline()))));
                bad.add(new Bad("a direction override", insert(word(), pick("\u202E", "\u202D"))));
                // as a JSON escape: raw, a lone surrogate would not even survive being encoded as UTF-8
                bad.add(new Bad(
                        "broken UTF-16",
                        new Raw("\"" + insert("talks", pick("\\ud800", "\\udc00", "\\udbff")) + "\"")));
                bad.add(new Bad("a number", random.nextInt()));
                bad.add(new Bad("a boolean", random.nextBoolean()));
                bad.add(new Bad("a list", List.of(word())));
            }
            case ENUM -> {
                bad.add(new Bad("an unknown value", pick("PICNIC", "SUMMIT_", "DRAFTED", "SECRET!", "NONE")));
                bad.add(new Bad("lower case", pick("summit", "in_person", "head", "unclassified", "accepted")));
                bad.add(new Bad("another word", pick("SUMMIT MEETING", "IN PERSON", "HEAD-OF-DELEGATION")));
                bad.add(new Bad("empty", ""));
                bad.add(new Bad("a number", random.nextInt(8)));
                bad.add(new Bad("a boolean", true));
            }
            case TIME -> {
                bad.add(new Bad("empty", ""));
                bad.add(new Bad("garbage", word()));
                bad.add(new Bad(
                        "an impossible day",
                        pick(
                                "2027-02-30T10:00",
                                "2027-04-31T10:00",
                                "2027-13-01T10:00",
                                "2027-00-10T10:00",
                                "2027-02-29T10:00")));
                bad.add(new Bad(
                        "an impossible time", pick("2027-02-14T24:00", "2027-02-14T10:60", "2027-02-14T25:00")));
                bad.add(new Bad("a date without time", "2027-02-14"));
                bad.add(new Bad(
                        "a year far out",
                        pick(
                                "+999999999-12-31T23:59",
                                "-999999999-01-01T00:00",
                                "0000-01-01T10:00",
                                "+99999-05-10T10:00",
                                "1899-12-31T23:00",
                                "3000-01-01T10:00")));
                bad.add(new Bad(
                        "an offset time far out",
                        pick(
                                "+999999999-12-31T23:59:00+14:00",
                                "-999999999-01-01T00:00:00-18:00",
                                "0001-01-01T00:00:00Z")));
                bad.add(new Bad("an impossible offset", pick("2027-02-14T10:00:00+19:00", "2027-02-14T10:00:00+0x")));
                bad.add(new Bad("a number", random.nextLong()));
            }
            case ZONE -> {
                bad.add(new Bad("a fixed offset", pick("+05:30", "-14:00", "Z", "GMT+14", "UTC+03:00", "UT-5")));
                bad.add(new Bad("an alias", pick("Etc/GMT-14", "Etc/UTC", "SystemV/AST4", "EST5EDT", "Japan", "GMT")));
                bad.add(new Bad("not a zone", pick("Mars/Olympus", "europe/berlin", "Europe/Berlin/", "../etc", "")));
                bad.add(new Bad("garbage", word()));
                bad.add(new Bad("a number", random.nextInt(24)));
            }
            case COUNTRY -> {
                if (field.required()) {
                    bad.add(new Bad("empty", ""));
                }
                bad.add(new Bad("not a country", pick("XX", "ZZ", "DEU", "de-DE", "12", "EU", "UK")));
                bad.add(new Bad("a number", random.nextInt(1000)));
            }
            case ID -> {
                bad.add(new Bad("an id nothing has", pick(-1L, 0L, Long.MAX_VALUE, -random.nextInt(1_000_000) - 1L)));
                bad.add(new Bad(
                        "beyond a long",
                        new BigInteger("99999999999999999999").add(BigInteger.valueOf(random.nextInt(1000)))));
                bad.add(new Bad("a fraction", 1.5));
                bad.add(new Bad("a string", pick("12", "one", "")));
                bad.add(new Bad("a boolean", false));
            }
            case MINUTES -> {
                bad.add(new Bad("negative", -1 - random.nextInt(1000)));
                bad.add(new Bad("more than a day", 1441 + random.nextInt(1_000_000)));
                bad.add(new Bad("beyond an int", 2_147_483_648L + random.nextInt(1000)));
                bad.add(new Bad("a fraction", 30.5));
                bad.add(new Bad("a string", "30"));
                bad.add(new Bad("huge", new Raw("1e400")));
            }
            case FLAG -> {
                bad.add(new Bad("a string", pick("yes", "true", "false", "")));
                bad.add(new Bad("a number", pick(0, 1)));
            }
            case LIST -> {
                if (field.required()) {
                    bad.add(new Bad("empty", List.of()));
                }
                bad.add(new Bad("a string", word()));
                bad.add(new Bad("a number", random.nextInt()));
                bad.add(new Bad("a list of null", Collections.singletonList(null)));
                bad.add(new Bad("a list of strings", List.of(word(), word())));
                bad.add(new Bad("a list of lists", List.of(List.of())));
            }
        }
        return bad;
    }

    // --- the run --------------------------------------------------------------------------------------------------

    /** One request with one bad value, and the field a 422 should name (null: none in particular). */
    record Case(
            String description,
            String method,
            String path,
            @Nullable String token,
            @Nullable Object body,
            @Nullable String field,
            String[] headers) {}

    @Test
    void every_bad_value_at_every_field_gets_a_problem_detail_and_changes_nothing() {
        var api = new ApiCalls(context);
        String planner = token("planner");
        String approver = token("approver");
        MeetingId draft = fixture.draft();
        MeetingId pending = fixture.submitted();
        var sound = ApiCalls.meetingJson(fixture.dataOf(draft));
        var fresh = ApiCalls.meetingJson(fixture.newMeeting());
        String meeting = "/api/v1/meetings/" + draft.value();

        Map<String, List<Case>> byField = new LinkedHashMap<>();
        for (Field field : MEETING_FIELDS) {
            for (Bad bad : badValues(field)) {
                Object create = withValue(fresh, field.path(), bad.value());
                add(
                        byField,
                        field.path(),
                        new Case(
                                "POST meeting " + field.path() + " = " + bad.label(),
                                "POST",
                                "/api/v1/meetings?acknowledgeConflicts=true",
                                planner,
                                create,
                                field.path(),
                                new String[0]));
                Object update = withValue(sound, field.path(), bad.value());
                add(
                        byField,
                        field.path(),
                        new Case(
                                "PUT meeting " + field.path() + " = " + bad.label(),
                                "PUT",
                                meeting + "?acknowledgeConflicts=true",
                                planner,
                                update,
                                field.path(),
                                new String[] {"If-Match", "\"" + fixture.versionOf(draft) + "\""}));
            }
        }
        bodies(byField, planner, sound);
        comments(byField, planner, approver, draft, pending);
        queries(byField, planner);
        paths(byField, planner);
        ifMatch(byField, planner, sound, meeting);

        var before = new AtomicReference<>(DatabaseFingerprint.of(jdbc));
        Fuzzing.run("ApiFuzzTest", Fuzzing.inTurns(byField.values(), random), byField.size(), Case::description, c -> {
            ApiCalls.Response response = api.send(c.method(), c.path(), c.token(), c.body(), c.headers());
            String as = c.description() + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length()));
            check(c, response, as);
            Map<String, Long> after = DatabaseFingerprint.of(jdbc);
            // reported once: the next case compares with what is there now
            assertThat(after).as("the database after " + as).isEqualTo(before.getAndSet(after));
        });
    }

    private static void check(Case c, ApiCalls.Response response, String as) {
        assertThat(response.statusCode()).as(as).isBetween(400, 499);
        assertThat(response.header("Content-Type"))
                .as(as)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiCalls.json(response);
        assertThat(problem.path("status").asInt()).as(as).isEqualTo(response.statusCode());
        assertThat(problem.path("title").asString()).as(as).isNotBlank();
        if (response.statusCode() == 422) {
            List<String> fields = ApiCalls.fields(problem);
            assertThat(fields).as(as).isNotEmpty().allMatch(f -> !f.isBlank());
            if (c.field() != null) {
                assertThat(fields).as(as + " names " + c.field()).anyMatch(f -> related(f, c.field()));
            }
        }
    }

    private void bodies(Map<String, List<Case>> byField, String planner, Map<String, Object> sound) {
        String json = ApiCalls.JSON.writeValueAsString(sound);
        var broken = List.of(
                new Bad("duplicate key", json.replaceFirst("\\{", "{\"title\":\"" + word() + "\",")),
                new Bad("trailing garbage", json + " " + word()),
                new Bad("two documents", json + json),
                new Bad("empty body", ""),
                new Bad("null", "null"),
                new Bad("a list", "[" + json + "]"),
                new Bad("a string", "\"" + word() + "\""),
                new Bad("a number", "42"),
                new Bad("cut short", json.substring(0, random.nextInt(json.length() - 1))),
                new Bad("nested 10000 deep", "{\"title\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
                new Bad("single quotes", json.replace('"', '\'')),
                new Bad("comments", "/* " + word() + " */" + json));
        for (Bad bad : broken) {
            add(
                    byField,
                    "(body)",
                    new Case(
                            "POST meeting with " + bad.label(),
                            "POST",
                            "/api/v1/meetings",
                            planner,
                            bad.value(),
                            null,
                            new String[0]));
        }
    }

    private void comments(
            Map<String, List<Case>> byField, String planner, String approver, MeetingId draft, MeetingId pending) {
        record Action(String path, String token, String key, boolean required) {}
        var actions = List.of(
                new Action("/api/v1/meetings/" + draft.value() + "/submit", planner, "comment", false),
                new Action("/api/v1/meetings/" + pending.value() + "/approve", approver, "comment", false),
                new Action("/api/v1/meetings/" + pending.value() + "/reject", approver, "comment", true),
                new Action("/api/v1/meetings/" + draft.value() + "/cancel", planner, "reason", true));
        for (Action action : actions) {
            Field field = Field.text(action.key(), action.required(), 2000, true);
            for (Bad bad : badValues(field)) {
                var body = new LinkedHashMap<String, Object>();
                if (bad.value() != MISSING) {
                    body.put(action.key(), bad.value());
                }
                add(
                        byField,
                        action.path() + " " + action.key(),
                        new Case(
                                "POST " + action.path() + " " + action.key() + " = " + bad.label(),
                                "POST",
                                action.path(),
                                action.token(),
                                raw(body),
                                action.key(),
                                new String[0]));
            }
        }
    }

    private void queries(Map<String, List<Case>> byField, String planner) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        List<String> paging = List.of("page", "size");
        for (String list : List.of("/api/v1/meetings", "/api/v1/people", "/api/v1/venues", "/api/v1/action-items")) {
            List<String> names = new ArrayList<>(paging);
            names.add(list.endsWith("action-items") ? "owner" : "text");
            if (list.endsWith("meetings")) {
                names.addAll(List.of("status", "kind", "tier", "from", "to"));
            }
            if (list.endsWith("action-items")) {
                names.add("status");
            }
            parameters.put(list, names);
        }
        parameters.forEach((list, names) -> {
            for (String name : names) {
                for (String value : badParameter(name)) {
                    add(
                            byField,
                            list + "?" + name,
                            new Case(
                                    "GET " + list + "?" + name + "=" + value,
                                    "GET",
                                    list + "?" + name + "=" + encode(value),
                                    planner,
                                    null,
                                    name,
                                    new String[0]));
                }
            }
        });
    }

    private List<String> badParameter(String name) {
        return switch (name) {
            case "page" ->
                List.of(
                        "-1",
                        "21474837",
                        String.valueOf(1 + random.nextInt(Integer.MAX_VALUE - 1)),
                        "99999999999",
                        "1.5",
                        "ten");
            case "size" ->
                List.of(
                        "0",
                        "-" + (1 + random.nextInt(100)),
                        String.valueOf(101 + random.nextInt(1000)),
                        "2147483648",
                        "ten");
            case "text", "owner" ->
                List.of(
                        text(201 + random.nextInt(1000)),
                        insert(word(), controlCharacter(false)),
                        insert(word(), "\u202E"),
                        "\u3000");
            case "status", "kind", "tier" -> List.of("PICNIC", "summit", "0", "%E2%80%AE");
            default ->
                List.of(
                        "+999999999-12-31T23:59:59Z",
                        "0000-01-01T00:00:00Z",
                        "2027-02-30T10:00:00Z",
                        "2027-02-14T10:00",
                        word());
        };
    }

    private void paths(Map<String, List<Case>> byField, String planner) {
        List<String> ids = List.of(
                "-1",
                "0",
                String.valueOf(Long.MAX_VALUE),
                "99999999999999999999",
                "1.5",
                "abc",
                "%00",
                "%E2%80%AE1",
                String.valueOf(-1 - random.nextInt(1_000_000)));
        for (String template : List.of(
                "/api/v1/meetings/%s",
                "/api/v1/people/%s",
                "/api/v1/venues/%s",
                "/api/v1/meetings/%s/invite.ics",
                "/api/v1/meetings/%s/submit")) {
            for (String id : ids) {
                String method = template.endsWith("submit") ? "POST" : "GET";
                add(
                        byField,
                        template,
                        new Case(
                                method + " " + template.formatted(id),
                                method,
                                template.formatted(id),
                                planner,
                                null,
                                "id",
                                new String[0]));
            }
        }
    }

    private void ifMatch(Map<String, List<Case>> byField, String planner, Map<String, Object> sound, String meeting) {
        for (String tag : List.of(
                "",
                " ",
                "*",
                "abc",
                "\"x\"",
                "\"-5\"",
                "W/\"abc\"",
                "\"99999999999999999999\"",
                "\"" + (1 + random.nextInt(1000)) + "000000\"")) {
            add(
                    byField,
                    "If-Match",
                    new Case(
                            "PUT meeting with If-Match " + tag,
                            "PUT",
                            meeting,
                            planner,
                            withValue(sound, "objectives", "Changed under a bad If-Match"),
                            null,
                            new String[] {"If-Match", tag}));
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private String token(String username) {
        return users.as(
                        username,
                        () -> tokens.create(
                                fixture.unique("fuzz"), Instant.now().plus(1, ChronoUnit.DAYS), ApiAccess.READ_WRITE))
                .token();
    }

    /** A 422 names the field, a part of it, or what it belongs to ("delegations[0]" for "delegations[0].ours"). */
    private static boolean related(String named, String fuzzed) {
        return named.equals(fuzzed) || fuzzed.startsWith(named) || named.startsWith(fuzzed);
    }

    private static void add(Map<String, List<Case>> byField, String field, Case c) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(c);
    }

    /** A copy of the JSON with the value at the path ("delegations[0].members[0].role") replaced or left out. */
    @SuppressWarnings("unchecked")
    private static Object withValue(Map<String, Object> json, String path, @Nullable Object value) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(json);
        String[] steps = path.split("\\.");
        Object here = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            here = step(here, steps[i]);
        }
        Map<String, Object> parent = (Map<String, Object>) here;
        String last = steps[steps.length - 1];
        if (value == MISSING) {
            parent.remove(last);
        } else {
            parent.put(last, value);
        }
        return raw(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object step(Object here, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return ((Map<String, Object>) here).get(step);
        }
        List<Object> list = (List<Object>) ((Map<String, Object>) here).get(step.substring(0, bracket));
        return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, v == null ? null : deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(v == null ? null : deepCopy(v)));
            return copy;
        }
        return value;
    }

    /** The body as JSON text, with {@link Raw} values written as they are (1e400, deep nesting). */
    private static Object raw(Map<String, Object> body) {
        Map<String, String> raws = new LinkedHashMap<>();
        Function<Object, Object> replace = new Function<>() {
            @Override
            public Object apply(Object value) {
                if (value instanceof Raw raw) {
                    String marker = "@@raw" + raws.size() + "@@";
                    raws.put("\"" + marker + "\"", raw.json());
                    return marker;
                }
                if (value instanceof Map<?, ?> map) {
                    Map<Object, Object> copy = new LinkedHashMap<>();
                    map.forEach((k, v) -> copy.put(k, v == null ? null : apply(v)));
                    return copy;
                }
                if (value instanceof List<?> list) {
                    List<Object> copy = new ArrayList<>();
                    list.forEach(v -> copy.add(v == null ? null : apply(v)));
                    return copy;
                }
                return value;
            }
        };
        String json = ApiCalls.JSON.writeValueAsString(replace.apply(body));
        for (var entry : raws.entrySet()) {
            json = json.replace(entry.getKey(), entry.getValue());
        }
        return json;
    }

    private String word() {
        String[] words = {
            "talks",
            "переговоры",
            "محادثات",
            "वार्ता",
            "会談",
            "Gespräch",
            "🤝",
            "x",
            "O'Brien",
            "<b>bold</b>",
            "${jndi:x}",
            "'; drop table meeting; --",
            "%s%n",
            "\\u0000"
        };
        return words[random.nextInt(words.length)] + random.nextInt(1000);
    }

    private String text(int length) {
        var text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(word()).append(' ');
        }
        return text.substring(0, length);
    }

    private String insert(String text, String inserted) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private String controlCharacter(boolean multiline) {
        List<Character> controls = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            if (!multiline || (c != '\n' && c != '\r' && c != '\t')) {
                controls.add(c);
            }
        }
        controls.add('\u007F');
        controls.add('\u0085');
        controls.add('\u009B');
        return String.valueOf(controls.get(random.nextInt(controls.size())));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
