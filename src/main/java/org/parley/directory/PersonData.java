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
        @NotBlank(message = "Enter the person's name")
        @Size(max = NAME_MAX_LENGTH, message = "A name has at most " + NAME_MAX_LENGTH + " characters")
        @PlainText
        String fullName,

        @Nullable
        @Size(max = TITLE_MAX_LENGTH, message = "A title has at most " + TITLE_MAX_LENGTH + " characters")
        @PlainText
        String title,

        @Nullable
        @Size(
                max = ORGANISATION_MAX_LENGTH,
                message = "An organisation has at most " + ORGANISATION_MAX_LENGTH + " characters")
        @PlainText
        String organisation,

        @NotNull(message = "Choose the person's country") CountryCode country,

        @Nullable
        @Email(message = "Enter a valid e-mail address")
        @Size(max = EMAIL_MAX_LENGTH, message = "An e-mail address has at most " + EMAIL_MAX_LENGTH + " characters")
        String email,

        @Nullable
        @Size(max = PHONE_MAX_LENGTH, message = "A phone number has at most " + PHONE_MAX_LENGTH + " characters")
        @Pattern(regexp = "[+0-9 ()./-]*", message = "Use digits, spaces and + ( ) . / - only")
        String phone,

        @Nullable @Size(max = LANGUAGES_MAX_LENGTH, message = "Too many languages") @LanguageCodes
        String languages,

        @NotNull(message = "Choose the person's home time zone") @AreaCityZone
        ZoneId homeZone,

        @NotNull(message = "Enter when the working day starts")
        LocalTime workdayStart,

        @NotNull(message = "Enter when the working day ends")
        LocalTime workdayEnd,

        @Nullable
        @Size(max = NOTES_MAX_LENGTH, message = "Notes have at most " + NOTES_MAX_LENGTH + " characters")
        @PlainText(multiline = true)
        String notes,

        @Nullable
        @Size(max = NAME_MAX_LENGTH, message = "A name has at most " + NAME_MAX_LENGTH + " characters")
        @PlainText
        String originalName,

        @NotNull(message = "Choose the days the person works")
        @Size(min = 1, message = "Choose at least one working day")
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

    @AssertTrue(message = "The working day must end after it starts")
    public boolean isWorkdayEndAfterStart() {
        return workdayStart == null || workdayEnd == null || workdayEnd.isAfter(workdayStart);
    }

    List<String> languageList() {
        return Languages.split(languages);
    }
}
