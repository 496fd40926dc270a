package org.parley.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.LanguageCodes;
import org.parley.protocol.Languages;
import org.parley.protocol.RankId;
import org.parley.shared.AreaCityZone;
import org.parley.shared.CountryCode;
import org.parley.shared.PlainText;

/**
 * A person as entered in the directory.
 *
 * @param languages the languages the person works in, as ISO 639-1 codes separated by commas ("ru, en, fr")
 * @param originalName the name in its original script ("Андрей Волков"), next to the Latin form in {@code fullName}
 * @param workingDays the days of the week the person works: weekends differ by country (Friday and Saturday in Riyadh)
 * @param rank the person's protocol rank, by which delegations are ordered and their heads compared (docs/0023)
 * @param formOfAddress how protocol addresses the person ("His Excellency"), on the meeting page, never in calendars
 */
public record PersonData(
        @NotBlank(message = "{directory.person.nameRequired}")
        @Size(max = NAME_MAX_LENGTH, message = "{directory.person.nameTooLong}")
        @PlainText
        String fullName,

        @Nullable @Size(max = TITLE_MAX_LENGTH, message = "{directory.person.titleTooLong}") @PlainText
        String title,

        @Nullable @Size(max = ORGANISATION_MAX_LENGTH, message = "{directory.person.organisationTooLong}") @PlainText
        String organisation,

        @NotNull(message = "{directory.person.countryRequired}")
        CountryCode country,

        @Nullable
        @Email(message = "{directory.person.emailInvalid}")
        @Size(max = EMAIL_MAX_LENGTH, message = "{directory.person.emailTooLong}")
        String email,

        @Nullable
        @Size(max = PHONE_MAX_LENGTH, message = "{directory.person.phoneTooLong}")
        @Pattern(regexp = "[+0-9 ()./-]*", message = "{directory.person.phoneCharacters}")
        String phone,

        @Nullable @Size(max = LANGUAGES_MAX_LENGTH, message = "{directory.person.languagesTooLong}") @LanguageCodes
        String languages,

        @NotNull(message = "{directory.person.zoneRequired}") @AreaCityZone
        ZoneId homeZone,

        @NotNull(message = "{directory.person.workdayStartRequired}")
        LocalTime workdayStart,

        @NotNull(message = "{directory.person.workdayEndRequired}")
        LocalTime workdayEnd,

        @Nullable
        @Size(max = NOTES_MAX_LENGTH, message = "{directory.person.notesTooLong}")
        @PlainText(multiline = true)
        String notes,

        @Nullable @Size(max = NAME_MAX_LENGTH, message = "{directory.person.nameTooLong}") @PlainText
        String originalName,

        @NotNull(message = "{directory.person.workingDaysRequired}")
        @Size(min = 1, message = "{directory.person.workingDaysAtLeastOne}")
        Set<DayOfWeek> workingDays,

        @Nullable RankId rank,
        @Nullable FormOfAddress formOfAddress) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int ORGANISATION_MAX_LENGTH = 200;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PHONE_MAX_LENGTH = 40;
    public static final int LANGUAGES_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final LocalTime DEFAULT_WORKDAY_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_WORKDAY_END = LocalTime.of(18, 0);
    /** Monday to Friday, unless the person's entry says otherwise. */
    public static final Set<DayOfWeek> DEFAULT_WORKING_DAYS =
            Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    /** A person without a name in another script, working Monday to Friday. */
    public PersonData(
            String fullName,
            @Nullable String title,
            @Nullable String organisation,
            CountryCode country,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String languages,
            ZoneId homeZone,
            LocalTime workdayStart,
            LocalTime workdayEnd,
            @Nullable String notes) {
        this(
                fullName,
                title,
                organisation,
                country,
                email,
                phone,
                languages,
                homeZone,
                workdayStart,
                workdayEnd,
                notes,
                null,
                DEFAULT_WORKING_DAYS,
                null,
                null);
    }

    /** A person without protocol rank or form of address. */
    public PersonData(
            String fullName,
            @Nullable String title,
            @Nullable String organisation,
            CountryCode country,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String languages,
            ZoneId homeZone,
            LocalTime workdayStart,
            LocalTime workdayEnd,
            @Nullable String notes,
            @Nullable String originalName,
            Set<DayOfWeek> workingDays) {
        this(
                fullName,
                title,
                organisation,
                country,
                email,
                phone,
                languages,
                homeZone,
                workdayStart,
                workdayEnd,
                notes,
                originalName,
                workingDays,
                null,
                null);
    }

    /** The same person with a protocol rank and form of address. */
    public PersonData withProtocol(@Nullable RankId rank, @Nullable FormOfAddress formOfAddress) {
        return new PersonData(
                fullName,
                title,
                organisation,
                country,
                email,
                phone,
                languages,
                homeZone,
                workdayStart,
                workdayEnd,
                notes,
                originalName,
                workingDays,
                rank,
                formOfAddress);
    }

    /** A person with only the essentials and the default working day (09:00–18:00 local). */
    public static PersonData of(String fullName, CountryCode country, ZoneId homeZone) {
        return new PersonData(
                fullName,
                null,
                null,
                country,
                null,
                null,
                null,
                homeZone,
                DEFAULT_WORKDAY_START,
                DEFAULT_WORKDAY_END,
                null);
    }

    @AssertTrue(message = "{directory.person.workdayOrder}")
    public boolean isWorkdayEndAfterStart() {
        return workdayStart == null || workdayEnd == null || workdayEnd.isAfter(workdayStart);
    }

    List<String> languageList() {
        return Languages.split(languages);
    }
}
