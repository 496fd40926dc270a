package org.parley.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonId;
import org.parley.directory.Venue;
import org.parley.directory.VenueId;
import org.parley.directory.VenueService;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.springframework.stereotype.Component;

/**
 * Reads one meeting's history from the rows Envers keeps (docs/0005-meeting-history.md): four queries, one per audited
 * entity, each bounded to the meeting. Every row is compared with the previous row of the same entity, property by
 * property; which properties there are comes from the JPA metamodel, so a newly audited column shows up without code
 * here. This class only decides how values read: names for ids, times in the meeting's zone.
 */
@Component
class MeetingHistory {

    /** Stands in for values from a time the meeting was classified above the reader's clearance (a bundle key). */
    static final String WITHHELD = "meeting.history.withheld";

    /** The parts of the aggregate, in the order their changes are listed within one revision. */
    private enum Part {
        MEETING(Meeting.class, "meeting"),
        DELEGATION(Delegation.class, "delegation"),
        MEMBER(DelegationMember.class, "member"),
        AGENDA_ITEM(AgendaItem.class, "agendaItem");

        final Class<?> type;
        /** Names its texts: "meeting.history.<name>.added"… (each language agrees the verb with the part). */
        final String name;

        Part(Class<?> type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    /** Properties whose values are ids or numbers that people read as something else. */
    private enum Reference {
        PERSON,
        VENUE,
        ROOM,
        MEETING,
        DELEGATION,
        ORDER
    }

    private static final Map<String, Reference> REFERENCES = Map.of(
            "personId", Reference.PERSON,
            "leadPersonId", Reference.PERSON,
            "venueId", Reference.VENUE,
            "roomId", Reference.ROOM,
            "parentConferenceId", Reference.MEETING,
            "followUpOfId", Reference.MEETING,
            "delegation", Reference.DELEGATION,
            "position", Reference.ORDER);

    /** The changed field's label is the bundle text {@code meeting.history.field.<property>}. */
    private static final String FIELD_LABELS = "meeting.history.field.";

    /** Properties that tie a row to its meeting: the same in every row, so never a change. */
    private static final Set<String> AGGREGATE_LINKS = Set.of("meeting", "meetingId");

    private final EntityManager em;
    private final MeetingRepository meetings;
    private final PeopleService people;
    private final VenueService venues;
    private final Map<Class<?>, List<Property>> propertiesByType = new ConcurrentHashMap<>();

    MeetingHistory(EntityManager em, MeetingRepository meetings, PeopleService people, VenueService venues) {
        this.em = em;
        this.meetings = meetings;
        this.people = people;
        this.venues = venues;
    }

    /**
     * The meeting's changes, newest first. Revisions saved while the meeting was classified above the reader's
     * clearance are listed without their content, and values from before such a time are withheld. Written in the
     * language of whoever asks (the page's, set for each request).
     */
    List<MeetingChange> of(MeetingId meeting, Classification current, Classification clearance) {
        Locale locale = Messages.current();
        long id = meeting.value();
        AuditReader reader = AuditReaderFactory.get(em);
        List<Row> rows = new ArrayList<>();
        rows.addAll(rows(reader, Part.MEETING, AuditEntity.id().eq(id)));
        rows.addAll(
                rows(reader, Part.DELEGATION, AuditEntity.relatedId("meeting").eq(id)));
        rows.addAll(rows(reader, Part.MEMBER, AuditEntity.property("meetingId").eq(id)));
        rows.addAll(
                rows(reader, Part.AGENDA_ITEM, AuditEntity.relatedId("meeting").eq(id)));
        rows.sort(
                Comparator.comparingLong(Row::revision).thenComparing(Row::part).thenComparingLong(Row::entityId));

        var context = new Context(rows, current, clearance);
        List<Diff> diffs = pairMoves(diffs(rows));
        TreeMap<Long, List<Diff>> byRevision =
                diffs.stream().collect(Collectors.groupingBy(Diff::revision, TreeMap::new, Collectors.toList()));

        List<MeetingChange> history = new ArrayList<>();
        for (List<Diff> saved : byRevision.descendingMap().values()) {
            Diff first = saved.getFirst();
            MeetingRevision revision = first.info();
            if (!clearance.covers(context.classificationAt(first.revision()))) {
                history.add(new MeetingChange(
                        revision.number(),
                        revision.revisedAt(),
                        revision.username(),
                        Messages.get(locale, "meeting.history.classifiedAbove"),
                        List.of()));
                continue;
            }
            Classification before = context.classificationBefore(first.revision());
            boolean withheld = before != null && !clearance.covers(before);
            saved.stream()
                    .sorted(Comparator.comparing(Diff::part)
                            .thenComparingLong(Diff::group)
                            .thenComparingInt(Diff::order)
                            .thenComparingLong(Diff::entityId))
                    .map(diff -> describe(diff, context, withheld, locale))
                    .forEach(history::add);
        }
        return history;
    }

    // --- reading the audit rows -------------------------------------------------------------------------------------

    /** One audited row: an entity's state as of a revision (for a removal, its last state). */
    private record Row(
            Part part,
            long entityId,
            long revision,
            MeetingRevision info,
            RevisionType type,
            Map<String, @Nullable Object> values) {}

    /** One property of an audited entity, read from its field. */
    private record Property(String name, Field field, boolean association) {}

    private List<Row> rows(AuditReader reader, Part part, AuditCriterion criterion) {
        // entity, revision entity and revision type in one query; relations come back as proxies that are not loaded
        List<?> result = reader.createQuery()
                .forRevisionsOfEntity(part.type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        List<Row> rows = new ArrayList<>();
        for (Object item : result) {
            Object[] row = (Object[]) item;
            MeetingRevision info = (MeetingRevision) row[1];
            rows.add(new Row(
                    part,
                    ((Number) Objects.requireNonNull(util.getIdentifier(row[0]))).longValue(),
                    info.number(),
                    info,
                    (RevisionType) row[2],
                    values(part.type, row[0], util)));
        }
        return rows;
    }

    private Map<String, @Nullable Object> values(Class<?> type, Object entity, PersistenceUnitUtil util) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (Property property : propertiesOf(type)) {
            try {
                Object value = property.field().get(entity);
                // a related entity counts by its id (which reading from the proxy does not load)
                values.put(
                        property.name(), property.association() && value != null ? util.getIdentifier(value) : value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + property.name(), e);
            }
        }
        return values;
    }

    /** The audited single-valued properties of an entity in declaration order, less its id, version and links. */
    private List<Property> propertiesOf(Class<?> type) {
        return propertiesByType.computeIfAbsent(type, t -> {
            Map<String, SingularAttribute<?, ?>> attributes =
                    em.getMetamodel().entity(t).getSingularAttributes().stream()
                            .collect(Collectors.toMap(Attribute::getName, Function.identity()));
            List<Property> properties = new ArrayList<>();
            for (Field field : t.getDeclaredFields()) {
                SingularAttribute<?, ?> attribute = attributes.get(field.getName());
                if (attribute == null
                        || attribute.isId()
                        || attribute.isVersion()
                        || field.isAnnotationPresent(NotAudited.class)
                        || AGGREGATE_LINKS.contains(field.getName())) {
                    continue;
                }
                field.setAccessible(true);
                properties.add(new Property(field.getName(), field, attribute.isAssociation()));
            }
            return List.copyOf(properties);
        });
    }

    // --- comparing consecutive rows -------------------------------------------------------------------------------

    private enum Kind {
        ADDED,
        CHANGED,
        REMOVED,
        MOVED
    }

    /** What one row changed against the previous row of the same entity. */
    private record Diff(
            Part part,
            long entityId,
            long revision,
            MeetingRevision info,
            Kind kind,
            Map<String, @Nullable Object> before,
            Map<String, @Nullable Object> after,
            List<String> changed) {

        Map<String, @Nullable Object> current() {
            return kind == Kind.REMOVED ? before : after;
        }

        /** Members are listed by delegation, then by their place in it. */
        long group() {
            return current().get("delegation") instanceof Long delegation ? delegation : 0;
        }

        int order() {
            return current().get("position") instanceof Integer position ? position : 0;
        }
    }

    private static List<Diff> diffs(List<Row> rows) {
        Map<String, Row> previous = new HashMap<>();
        List<Diff> diffs = new ArrayList<>();
        for (Row row : rows) {
            String key = row.part() + "#" + row.entityId();
            Row last = previous.get(key);
            Map<String, @Nullable Object> before = last == null ? Map.of() : last.values();
            Diff diff = switch (row.type()) {
                case ADD -> diff(row, Kind.ADDED, Map.of(), row.values());
                // a change to something added before its history was kept lists what it is now
                case MOD -> diff(row, Kind.CHANGED, before, row.values());
                // the removed row keeps the last values (store_data_at_delete); the previous row is the fallback
                case DEL ->
                    diff(
                            row,
                            Kind.REMOVED,
                            row.values().values().stream().allMatch(Objects::isNull) ? before : row.values(),
                            Map.of());
            };
            if (row.type() == RevisionType.DEL) {
                previous.remove(key);
            } else {
                previous.put(key, row);
            }
            if (!diff.changed().isEmpty() || diff.kind() != Kind.CHANGED) {
                diffs.add(diff);
            }
        }
        return diffs;
    }

    private static Diff diff(
            Row row, Kind kind, Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<String> changed = names.stream()
                .filter(name -> !Objects.equals(normal(before.get(name)), normal(after.get(name))))
                .toList();
        return new Diff(row.part(), row.entityId(), row.revision(), row.info(), kind, before, after, changed);
    }

    /** Blank text and no text read the same ("no objectives"), so they are not a change. */
    private static @Nullable Object normal(@Nullable Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /**
     * A person who moves to another delegation is removed from one and added to the other in the same save (a person
     * is in a meeting once); shown as one move of that person.
     */
    private static List<Diff> pairMoves(List<Diff> diffs) {
        Map<String, Diff> added = new HashMap<>();
        for (Diff diff : diffs) {
            if (diff.part() == Part.MEMBER && diff.kind() == Kind.ADDED) {
                added.put(diff.revision() + "#" + diff.after().get("personId"), diff);
            }
        }
        Set<Diff> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Diff> result = new ArrayList<>();
        for (Diff diff : diffs) {
            Diff arrival = diff.part() == Part.MEMBER && diff.kind() == Kind.REMOVED
                    ? added.get(diff.revision() + "#" + diff.before().get("personId"))
                    : null;
            if (arrival == null) {
                continue;
            }
            paired.add(diff);
            paired.add(arrival);
            Diff move = diff(
                    new Row(
                            Part.MEMBER,
                            arrival.entityId(),
                            diff.revision(),
                            diff.info(),
                            RevisionType.MOD,
                            arrival.after()),
                    Kind.MOVED,
                    diff.before(),
                    arrival.after());
            result.add(move);
        }
        for (Diff diff : diffs) {
            if (!paired.contains(diff)) {
                result.add(diff);
            }
        }
        return result;
    }

    // --- writing changes as people read them ------------------------------------------------------------------------

    private MeetingChange describe(Diff diff, Context context, boolean withheld, Locale locale) {
        MeetingRevision info = diff.info();
        boolean started = MeetingRevision.HISTORY_STARTED.equals(info.username());
        String event = switch (diff.kind()) {
            case ADDED -> started ? "onRecord" : "added";
            case CHANGED -> "changed";
            case REMOVED -> "removed";
            case MOVED -> "moved";
        };
        String what = Messages.get(locale, "meeting.history." + diff.part().name + "." + event);
        // a removal is named by what was removed, which is withheld with the rest of the earlier state
        String name = diff.kind() == Kind.REMOVED && withheld ? null : name(diff, context, locale);
        List<FieldChange> fields = diff.changed().stream()
                .map(property -> new FieldChange(
                        label(property, locale),
                        withheld && diff.before().get(property) != null
                                ? Messages.get(locale, WITHHELD)
                                : text(property, diff.before().get(property), diff, context, true, locale),
                        text(property, diff.after().get(property), diff, context, false, locale)))
                // a change only to links the caller may not see says nothing of them
                .filter(field -> field.before() != null || field.after() != null)
                .toList();
        return new MeetingChange(
                info.number(), info.revisedAt(), info.username(), name == null ? what : what + ": " + name, fields);
    }

    private @Nullable String name(Diff diff, Context context, Locale locale) {
        Map<String, @Nullable Object> values = diff.current();
        boolean before = diff.kind() == Kind.REMOVED;
        return switch (diff.part()) {
            case MEETING -> null;
            case DELEGATION ->
                values.get("country") instanceof CountryCode country ? country.displayName(locale) : null;
            case AGENDA_ITEM -> values.get("title") instanceof String title ? title : null;
            case MEMBER -> {
                String person = context.person(values.get("personId"));
                String delegation = diff.kind() == Kind.MOVED
                        ? null
                        : context.delegation(values.get("delegation"), diff.revision(), before);
                yield delegation == null ? person : person + " (" + delegation + ")";
            }
        };
    }

    private static String label(String property, Locale locale) {
        if (Messages.has(FIELD_LABELS + property)) {
            return Messages.get(locale, FIELD_LABELS + property);
        }
        // a property added later without its label reads as its name in words ("Planned minutes")
        String words = property.replaceAll("Id$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private @Nullable String text(
            String property, @Nullable Object value, Diff diff, Context context, boolean before, Locale locale) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        Reference reference = REFERENCES.get(property);
        if (reference != null) {
            return switch (reference) {
                case PERSON -> context.person(value);
                case VENUE -> context.venue(value);
                case ROOM -> context.room(value);
                case MEETING -> context.meeting(value);
                case DELEGATION -> context.delegation(value, diff.revision(), before);
                case ORDER -> Integer.toString(((Number) value).intValue() + 1);
            };
        }
        return switch (value) {
            case Instant instant -> {
                ZoneId zone = context.zone(diff.revision(), before);
                yield TimeLabels.dayAndTime(instant, zone, locale) + " (" + zone.getId() + ")";
            }
            case CountryCode country -> country.displayName(locale);
            case ZoneId zone -> zone.getId();
            case Boolean yes -> Messages.get(locale, yes ? "meeting.history.yes" : "meeting.history.no");
            case Enum<?> constant when Messages.has(Messages.keyOf(constant)) -> Messages.label(locale, constant);
            default -> value.toString();
        };
    }

    /**
     * What the descriptions need besides the rows themselves: the meeting's classification and zone over time, the
     * delegations' countries over time, and the names of people, venues and linked meetings, each fetched once.
     */
    private final class Context {

        private final NavigableMap<Long, Classification> classifications = new TreeMap<>();
        private final NavigableMap<Long, ZoneId> zones = new TreeMap<>();
        private final Map<Long, NavigableMap<Long, CountryCode>> delegationCountries = new HashMap<>();
        private final Classification current;
        private final Map<Long, String> personNames;
        private final Map<Long, Venue> venueById;
        private final Map<Long, String> roomNames = new HashMap<>();
        private final Map<Long, String> meetingTitles;

        Context(List<Row> rows, Classification current, Classification clearance) {
            this.current = current;
            Map<Reference, Set<Long>> ids = new HashMap<>();
            for (Row row : rows) {
                if (row.part() == Part.MEETING) {
                    if (row.values().get("classification") instanceof Classification c) {
                        classifications.put(row.revision(), c);
                    }
                    if (row.values().get("timeZone") instanceof ZoneId zone) {
                        zones.put(row.revision(), zone);
                    }
                }
                if (row.part() == Part.DELEGATION && row.values().get("country") instanceof CountryCode country) {
                    delegationCountries
                            .computeIfAbsent(row.entityId(), k -> new TreeMap<>())
                            .put(row.revision(), country);
                }
                row.values().forEach((property, value) -> {
                    Reference reference = REFERENCES.get(property);
                    if (reference != null && value instanceof Long id) {
                        ids.computeIfAbsent(reference, k -> new HashSet<>()).add(id);
                    }
                });
            }
            Set<Long> personIds = ids.getOrDefault(Reference.PERSON, Set.of());
            personNames = personIds.isEmpty()
                    ? Map.of()
                    : people.getAll(personIds.stream().map(PersonId::new).toList()).stream()
                            .collect(Collectors.toMap(p -> p.id().value(), Person::fullName));
            Set<Long> venueIds = ids.getOrDefault(Reference.VENUE, Set.of());
            venueById = venueIds.isEmpty()
                    ? Map.of()
                    : venues.getAll(venueIds.stream().map(VenueId::new).toList()).stream()
                            .collect(Collectors.toMap(v -> v.id().value(), Function.identity()));
            venueById
                    .values()
                    .forEach(venue -> venue.rooms()
                            .forEach(room -> roomNames.put(room.id().value(), room.name())));
            Set<Long> meetingIds = ids.getOrDefault(Reference.MEETING, Set.of());
            meetingTitles = new HashMap<>();
            // a linked meeting above the caller's clearance does not exist for them: no title, not even a placeholder
            meetings.findAllById(meetingIds).stream()
                    .filter(m -> clearance.covers(m.classification()))
                    .forEach(m -> meetingTitles.put(Objects.requireNonNull(m.rawId()), m.title()));
        }

        Classification classificationAt(long revision) {
            var entry = classifications.floorEntry(revision);
            return entry == null ? current : entry.getValue();
        }

        @Nullable
        Classification classificationBefore(long revision) {
            var entry = classifications.lowerEntry(revision);
            return entry == null ? null : entry.getValue();
        }

        ZoneId zone(long revision, boolean before) {
            var entry = before ? zones.lowerEntry(revision) : zones.floorEntry(revision);
            return entry == null ? ZoneId.of("UTC") : entry.getValue();
        }

        String person(@Nullable Object id) {
            return personNames.getOrDefault(asLong(id), "Person " + id);
        }

        String venue(Object id) {
            Venue venue = venueById.get(asLong(id));
            return venue == null ? "Venue " + id : venue.name();
        }

        String room(Object id) {
            return roomNames.getOrDefault(asLong(id), "Room " + id);
        }

        @Nullable
        String meeting(Object id) {
            return meetingTitles.get(asLong(id));
        }

        /** The delegation's country just before (or as of) the revision; delegations are named by country. */
        @Nullable
        String delegation(@Nullable Object id, long revision, boolean before) {
            NavigableMap<Long, CountryCode> countries = delegationCountries.get(asLong(id));
            if (countries == null) {
                return null;
            }
            var entry = before ? countries.lowerEntry(revision) : countries.floorEntry(revision);
            if (entry == null) {
                entry = countries.firstEntry();
            }
            return entry.getValue().displayName(Locale.ENGLISH);
        }

        private static long asLong(@Nullable Object id) {
            return id instanceof Number number ? number.longValue() : -1;
        }
    }
}
