package org.parley.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonData;
import org.parley.directory.RoomData;
import org.parley.directory.Venue;
import org.parley.directory.VenueData;
import org.parley.directory.VenueService;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.ProtocolService;
import org.parley.protocol.Rank;
import org.parley.protocol.RankId;
import org.parley.shared.CountryCode;

/**
 * The demo's people and venues: the named officials of the scenario (fictional names, realistic offices and titles)
 * and a crowd of generated colleagues so that grids and conflicts have something to chew on.
 */
final class DemoDirectory {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId WASHINGTON = ZoneId.of("America/New_York");
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    static final CountryCode RU = new CountryCode("RU");
    static final CountryCode US = new CountryCode("US");
    static final CountryCode SA = new CountryCode("SA");
    static final CountryCode UA = new CountryCode("UA");
    static final CountryCode DE = new CountryCode("DE");
    static final CountryCode TR = new CountryCode("TR");

    private final PeopleService people;
    private final VenueService venues;
    private final ProtocolService protocol;
    final Map<String, Person> named = new HashMap<>();
    final Map<String, Venue> venueByKey = new HashMap<>();
    final List<Person> crowd = new ArrayList<>();
    private @Nullable List<Rank> ranks;

    DemoDirectory(PeopleService people, VenueService venues, ProtocolService protocol) {
        this.people = people;
        this.venues = venues;
        this.protocol = protocol;
    }

    /** The protocol's ranks, read once for all the named officials. */
    private List<Rank> ranks() {
        if (ranks == null) {
            ranks = protocol.ranks();
        }
        return ranks;
    }

    Person person(String key) {
        return named.get(key);
    }

    Venue venue(String key) {
        return venueByKey.get(key);
    }

    void create(int generatedPeople, Random random) {
        add(
                "ru-president",
                "Pavel Orlov",
                "President of the Russian Federation",
                "Presidential Executive Office",
                RU,
                MOSCOW,
                "ru");
        add(
                "ru-minister",
                "Andrei Volkov",
                "Minister of Foreign Affairs",
                "Ministry of Foreign Affairs",
                RU,
                MOSCOW,
                "ru, en, fr");
        add(
                "ru-aide",
                "Yuri Sokolov",
                "Aide to the President for International Affairs",
                "Presidential Executive Office",
                RU,
                MOSCOW,
                "ru, en");
        add(
                "ru-envoy",
                "Kirill Belov",
                "Special Presidential Envoy on Economic Cooperation",
                "Presidential Executive Office",
                RU,
                MOSCOW,
                "ru, en");
        add(
                "ru-director",
                "Elena Morozova",
                "Director, North America Department",
                "Ministry of Foreign Affairs",
                RU,
                MOSCOW,
                "ru, en");
        add(
                "ru-expert",
                "Igor Lebedev",
                "Deputy Director, Department of Diplomatic Property and Missions",
                "Ministry of Foreign Affairs",
                RU,
                MOSCOW,
                "ru, en");
        add(
                "ru-interpreter",
                "Natalia Kuznetsova",
                "Senior Interpreter",
                "Ministry of Foreign Affairs",
                RU,
                MOSCOW,
                "ru, en, ar");
        add(
                "us-president",
                "James Whitfield",
                "President of the United States",
                "The White House",
                US,
                WASHINGTON,
                "en");
        add("us-secretary", "Michael Grant", "Secretary of State", "Department of State", US, WASHINGTON, "en, es");
        add("us-nsa", "Robert Hale", "National Security Advisor", "The White House", US, WASHINGTON, "en");
        add(
                "us-envoy",
                "Steven Walsh",
                "Special Envoy to the Middle East",
                "Department of State",
                US,
                WASHINGTON,
                "en");
        add(
                "us-assistant",
                "Laura Bennett",
                "Assistant Secretary for European and Eurasian Affairs",
                "Department of State",
                US,
                WASHINGTON,
                "en, ru");
        add(
                "us-expert",
                "Daniel Reyes",
                "Director, Office of Foreign Missions",
                "Department of State",
                US,
                WASHINGTON,
                "en");
        add("us-interpreter", "Sarah Collins", "Interpreter", "Department of State", US, WASHINGTON, "en, ru");
        add(
                "sa-minister",
                "Faisal Al-Harbi",
                "Minister of Foreign Affairs",
                "Ministry of Foreign Affairs",
                SA,
                RIYADH,
                "ar, en");
        add("sa-protocol", "Khalid Al-Otaibi", "Director of Protocol", "Royal Protocol", SA, RIYADH, "ar, en");
        add(
                "ua-minister",
                "Oksana Kovalenko",
                "Minister of Foreign Affairs",
                "Ministry of Foreign Affairs of Ukraine",
                UA,
                KYIV,
                "uk, en");
        add("ua-deputy", "Taras Shevchuk", "Deputy Head", "Office of the President of Ukraine", UA, KYIV, "uk, en");
        add("de-chair", "Katrin Weber", "Chair", "Munich Security Conference", DE, BERLIN, "de, en");
        add(
                "de-desk",
                "Thomas Fischer",
                "Desk Officer, Russia and Eastern Partnership",
                "Federal Foreign Office",
                DE,
                BERLIN,
                "de, en, ru");

        venueByKey.put(
                "munich",
                venues.create(
                        new VenueData(
                                "Hotel Bayerischer Hof", "Munich", DE, "Promenadeplatz 2-6, 80333 Munich", BERLIN, 800),
                        List.of(
                                new RoomData("Ballroom", 600, true), new RoomData("Palais Montgelas", 80),
                                new RoomData("Salon 1", 20), new RoomData("Salon 2", 20))));
        venueByKey.put(
                "riyadh",
                venues.create(
                        new VenueData("Diriyah Palace", "Riyadh", SA, "Diriyah, Riyadh", RIYADH, 300),
                        List.of(new RoomData("Majlis Hall", 120), new RoomData("Conference Room A", 30))));
        venueByKey.put(
                "moscow",
                venues.create(
                        new VenueData(
                                "Ministry of Foreign Affairs",
                                "Moscow",
                                RU,
                                "Smolenskaya-Sennaya Square 32/34, Moscow",
                                MOSCOW,
                                400),
                        List.of(
                                new RoomData("Reception Hall", 150),
                                new RoomData("Room 301", 25),
                                new RoomData("Room 305", 12))));
        venueByKey.put(
                "istanbul",
                venues.create(
                        new VenueData(
                                "Ciragan Palace",
                                "Istanbul",
                                TR,
                                "Ciragan Caddesi 32, Besiktas, Istanbul",
                                ISTANBUL,
                                250),
                        List.of(new RoomData("Sultan Hall", 60), new RoomData("Meeting Room 2", 16))));
        venueByKey.put(
                "washington",
                venues.create(
                        new VenueData(
                                "Harry S Truman Building",
                                "Washington",
                                US,
                                "2201 C Street NW, Washington, DC",
                                WASHINGTON,
                                500),
                        List.of(new RoomData("Treaty Room", 60), new RoomData("Room 7219", 14))));
        venueByKey.put(
                "geneva",
                venues.create(
                        new VenueData(
                                "Palais des Nations",
                                "Geneva",
                                new CountryCode("CH"),
                                "Avenue de la Paix 8-14, Geneva",
                                ZoneId.of("Europe/Zurich"),
                                2000),
                        List.of(
                                new RoomData("Room XVIII", 200),
                                new RoomData("Room XX", 700),
                                new RoomData("Room VII", 30))));

        generateCrowd(generatedPeople, random);
    }

    /** Names in their original script, for the people whose names are not written in Latin letters. */
    private static final Map<String, String> ORIGINAL_NAMES = Map.ofEntries(
            Map.entry("Pavel Orlov", "Павел Орлов"),
            Map.entry("Andrei Volkov", "Андрей Волков"),
            Map.entry("Yuri Sokolov", "Юрий Соколов"),
            Map.entry("Kirill Belov", "Кирилл Белов"),
            Map.entry("Elena Morozova", "Елена Морозова"),
            Map.entry("Igor Lebedev", "Игорь Лебедев"),
            Map.entry("Natalia Kuznetsova", "Наталья Кузнецова"),
            Map.entry("Faisal Al-Harbi", "فيصل الحربي"),
            Map.entry("Khalid Al-Otaibi", "خالد العتيبي"),
            Map.entry("Oksana Kovalenko", "Оксана Коваленко"),
            Map.entry("Taras Shevchuk", "Тарас Шевчук"));

    /** Each named official's protocol rank (by the default rank's code) and form of address. */
    private static final Map<String, Protocol> PROTOCOL = Map.ofEntries(
            Map.entry("ru-president", new Protocol("HEAD_OF_STATE", FormOfAddress.HIS_EXCELLENCY)),
            Map.entry("ru-minister", new Protocol("FOREIGN_MINISTER", FormOfAddress.HIS_EXCELLENCY)),
            Map.entry("ru-aide", new Protocol("DEPUTY_MINISTER", FormOfAddress.MR)),
            Map.entry("ru-envoy", new Protocol("SPECIAL_ENVOY", FormOfAddress.HIS_EXCELLENCY)),
            Map.entry("ru-director", new Protocol("DIRECTOR", FormOfAddress.MS)),
            Map.entry("ru-expert", new Protocol("DEPUTY_DIRECTOR", FormOfAddress.MR)),
            Map.entry("ru-interpreter", new Protocol("EXPERT", FormOfAddress.MS)),
            Map.entry("us-president", new Protocol("HEAD_OF_STATE", FormOfAddress.HIS_EXCELLENCY)),
            Map.entry("us-secretary", new Protocol("FOREIGN_MINISTER", FormOfAddress.THE_HONOURABLE)),
            Map.entry("us-nsa", new Protocol("MINISTER", FormOfAddress.THE_HONOURABLE)),
            Map.entry("us-envoy", new Protocol("SPECIAL_ENVOY", FormOfAddress.THE_HONOURABLE)),
            Map.entry("us-assistant", new Protocol("DEPUTY_MINISTER", FormOfAddress.THE_HONOURABLE)),
            Map.entry("us-expert", new Protocol("DIRECTOR", FormOfAddress.MR)),
            Map.entry("us-interpreter", new Protocol("EXPERT", FormOfAddress.MS)),
            Map.entry("sa-minister", new Protocol("FOREIGN_MINISTER", FormOfAddress.HIS_HIGHNESS)),
            Map.entry("sa-protocol", new Protocol("DIRECTOR", FormOfAddress.MR)),
            Map.entry("ua-minister", new Protocol("FOREIGN_MINISTER", FormOfAddress.HER_EXCELLENCY)),
            Map.entry("ua-deputy", new Protocol("DEPUTY_MINISTER", FormOfAddress.MR)),
            Map.entry("de-chair", new Protocol("AMBASSADOR", FormOfAddress.HER_EXCELLENCY)),
            Map.entry("de-desk", new Protocol("FIRST_SECRETARY", FormOfAddress.MR)));

    private record Protocol(String rank, FormOfAddress formOfAddress) {}

    private void add(
            String key,
            String name,
            String title,
            String organisation,
            CountryCode country,
            ZoneId zone,
            String languages) {
        String email = name.toLowerCase().replace(' ', '.').replace("-", "") + "@"
                + country.code().toLowerCase() + ".parley.example";
        Protocol protocolOf = PROTOCOL.get(key);
        RankId rank = ranks().stream()
                .filter(r -> protocolOf.rank().equals(r.code()))
                .findFirst()
                .orElseThrow()
                .id();
        named.put(
                key,
                people.create(new PersonData(
                        name,
                        title,
                        organisation,
                        country,
                        email,
                        null,
                        languages,
                        zone,
                        PersonData.DEFAULT_WORKDAY_START,
                        PersonData.DEFAULT_WORKDAY_END,
                        "",
                        ORIGINAL_NAMES.get(name),
                        workingDays(country),
                        rank,
                        protocolOf.formOfAddress())));
    }

    /** Saudi Arabia's weekend is Friday and Saturday; the demo's other countries rest on Saturday and Sunday. */
    private static Set<DayOfWeek> workingDays(CountryCode country) {
        return country.equals(SA)
                ? EnumSet.of(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                : PersonData.DEFAULT_WORKING_DAYS;
    }

    private record Origin(CountryCode country, ZoneId zone, String ministry, List<String> given, List<String> family) {}

    private static final List<Origin> ORIGINS = List.of(
            new Origin(
                    RU,
                    MOSCOW,
                    "Ministry of Foreign Affairs",
                    List.of("Alexei", "Dmitry", "Olga", "Irina", "Sergei", "Anna", "Mikhail", "Tatiana"),
                    List.of("Ivanov", "Petrova", "Smirnov", "Popova", "Vasiliev", "Fedorova", "Novikov", "Pavlova")),
            new Origin(
                    US,
                    WASHINGTON,
                    "Department of State",
                    List.of("John", "Emily", "David", "Rachel", "Mark", "Jennifer", "Paul", "Megan"),
                    List.of("Miller", "Davis", "Wilson", "Taylor", "Anderson", "Thomas", "Moore", "Jackson")),
            new Origin(
                    UA,
                    KYIV,
                    "Ministry of Foreign Affairs of Ukraine",
                    List.of("Andriy", "Olena", "Mykola", "Iryna", "Yaroslav", "Kateryna"),
                    List.of("Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Koval")),
            new Origin(
                    SA,
                    RIYADH,
                    "Ministry of Foreign Affairs",
                    List.of("Abdullah", "Mohammed", "Noura", "Saud", "Reem", "Turki"),
                    List.of("Al-Qahtani", "Al-Ghamdi", "Al-Zahrani", "Al-Dosari", "Al-Shehri", "Al-Mutairi")),
            new Origin(
                    DE,
                    BERLIN,
                    "Federal Foreign Office",
                    List.of("Jonas", "Lena", "Felix", "Sophie", "Lukas", "Hannah"),
                    List.of("Schneider", "Becker", "Hoffmann", "Schulz", "Koch", "Richter")),
            new Origin(
                    new CountryCode("FR"),
                    ZoneId.of("Europe/Paris"),
                    "Ministère de l'Europe et des Affaires étrangères",
                    List.of("Camille", "Julien", "Claire", "Antoine"),
                    List.of("Martin", "Bernard", "Dubois", "Laurent")),
            new Origin(
                    new CountryCode("IN"),
                    ZoneId.of("Asia/Kolkata"),
                    "Ministry of External Affairs",
                    List.of("Arjun", "Priya", "Vikram", "Ananya"),
                    List.of("Sharma", "Iyer", "Menon", "Rao")),
            new Origin(
                    new CountryCode("CN"),
                    ZoneId.of("Asia/Shanghai"),
                    "Ministry of Foreign Affairs",
                    List.of("Wei", "Li", "Jing", "Hao"),
                    List.of("Wang", "Zhang", "Liu", "Chen")));

    private static final List<String> TITLES = List.of(
            "Counsellor",
            "First Secretary",
            "Second Secretary",
            "Deputy Director",
            "Head of Division",
            "Senior Adviser",
            "Desk Officer",
            "Legal Adviser",
            "Attaché");

    private void generateCrowd(int count, Random random) {
        for (int i = 0; i < count; i++) {
            Origin origin = ORIGINS.get(i % ORIGINS.size());
            String name = origin.given().get(random.nextInt(origin.given().size())) + " "
                    + origin.family().get(random.nextInt(origin.family().size())) + " " + (char) ('A' + i % 26) + ".";
            LocalTime start = random.nextInt(4) == 0 ? LocalTime.of(8, 0) : PersonData.DEFAULT_WORKDAY_START;
            crowd.add(people.create(new PersonData(
                    name,
                    TITLES.get(random.nextInt(TITLES.size())),
                    origin.ministry(),
                    origin.country(),
                    null,
                    null,
                    null,
                    origin.zone(),
                    start,
                    start.plusHours(9),
                    "",
                    null,
                    workingDays(origin.country()))));
        }
    }
}
