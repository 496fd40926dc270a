package org.parley.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.RankId;
import org.parley.shared.CountryCode;

/** A person's directory entry. People are deactivated, never deleted: past meetings keep referring to them. */
@Entity
@Table(name = "person")
class PersonEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "full_name", nullable = false, length = PersonData.NAME_MAX_LENGTH)
    private String fullName = "";

    /** Lower-case copy of the name for case-insensitive search that a plain index can serve on both databases. */
    @Column(name = "search_name", nullable = false, length = PersonData.NAME_MAX_LENGTH)
    private String searchName = "";

    @Column(name = "original_name", length = PersonData.NAME_MAX_LENGTH)
    private @Nullable String originalName;

    @Column(name = "search_original_name", length = PersonData.NAME_MAX_LENGTH)
    private @Nullable String searchOriginalName;

    @Column(length = PersonData.TITLE_MAX_LENGTH)
    private @Nullable String title;

    @Column(name = "search_title", length = PersonData.TITLE_MAX_LENGTH)
    private @Nullable String searchTitle;

    @Column(length = PersonData.ORGANISATION_MAX_LENGTH)
    private @Nullable String organisation;

    @Column(name = "search_organisation", length = PersonData.ORGANISATION_MAX_LENGTH)
    private @Nullable String searchOrganisation;

    @Column(nullable = false, length = 2)
    private CountryCode country = new CountryCode("US");

    @Column(length = PersonData.EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Column(length = PersonData.PHONE_MAX_LENGTH)
    private @Nullable String phone;

    @Column(length = PersonData.LANGUAGES_MAX_LENGTH)
    private @Nullable String languages;

    @Column(name = "home_zone", nullable = false, length = 64)
    private ZoneId homeZone = ZoneId.of("UTC");

    @Column(name = "workday_start", nullable = false)
    private LocalTime workdayStart = PersonData.DEFAULT_WORKDAY_START;

    @Column(name = "workday_end", nullable = false)
    private LocalTime workdayEnd = PersonData.DEFAULT_WORKDAY_END;

    @Convert(converter = WorkingDaysConverter.class)
    @Column(name = "working_days", nullable = false, length = 7)
    private Set<DayOfWeek> workingDays = PersonData.DEFAULT_WORKING_DAYS;

    @Column(name = "rank_id")
    private @Nullable Long rankId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_of_address", length = 32)
    private @Nullable FormOfAddress formOfAddress;

    @Column(length = PersonData.NOTES_MAX_LENGTH)
    private @Nullable String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected PersonEntry() {}

    PersonEntry(String username, Instant now) {
        this.createdBy = username;
        this.createdAt = now;
    }

    void apply(PersonData data, String username, Instant now) {
        this.fullName = data.fullName().trim();
        this.searchName = fullName.toLowerCase(Locale.ROOT);
        this.originalName = blankToNull(data.originalName());
        this.searchOriginalName = lowerCase(originalName);
        this.title = blankToNull(data.title());
        this.searchTitle = lowerCase(title);
        this.organisation = blankToNull(data.organisation());
        this.searchOrganisation = lowerCase(organisation);
        this.country = data.country();
        this.email = blankToNull(data.email());
        this.phone = blankToNull(data.phone());
        this.languages = data.languageList().isEmpty() ? null : String.join(", ", data.languageList());
        this.homeZone = data.homeZone();
        this.workdayStart = data.workdayStart();
        this.workdayEnd = data.workdayEnd();
        this.workingDays = Set.copyOf(data.workingDays());
        this.notes = blankToNull(data.notes());
        this.rankId = data.rank() == null ? null : data.rank().value();
        this.formOfAddress = data.formOfAddress();
        this.updatedBy = username;
        this.updatedAt = now;
    }

    void setActive(boolean active, String username, Instant now) {
        this.active = active;
        this.updatedBy = username;
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Person toPerson() {
        return new Person(
                new PersonId(java.util.Objects.requireNonNull(id)),
                fullName,
                title,
                organisation,
                country,
                email,
                phone,
                languages == null
                        ? java.util.List.of()
                        : java.util.Arrays.stream(languages.split(","))
                                .map(String::trim)
                                .toList(),
                homeZone,
                workdayStart,
                workdayEnd,
                notes == null ? "" : notes,
                active,
                version,
                originalName,
                workingDays,
                rankId == null ? null : new RankId(rankId),
                formOfAddress);
    }

    private static @Nullable String lowerCase(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
