package org.parley.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.LanguageCodes;
import org.parley.shared.CountryCode;
import org.parley.shared.PlainText;

/**
 * One side's party at a meeting, as the planner enters it.
 *
 * @param ours whether this is our own ministry's delegation
 * @param manualOrder whether the members keep the order the planner gave them; otherwise protocol orders them by
 *     precedence, the head of delegation first (docs/0023)
 * @param language the delegation's working language (ISO 639-1); empty means its head's first working language
 *     (docs/0024)
 */
public record DelegationData(
        @NotNull(message = "{meeting.data.delegationCountry}")
        CountryCode country,

        @Nullable @Size(max = ORGANISATION_MAX_LENGTH, message = "{meeting.data.organisationLength}") @PlainText
        String organisation,

        boolean ours,
        @Valid List<MemberData> members,
        boolean manualOrder,

        @Nullable
        @LanguageCodes(message = "{protocol.delegation.languageCode}")
        @Size(max = 2, message = "{protocol.delegation.languageCode}")
        String language) {

    public static final int ORGANISATION_MAX_LENGTH = 200;

    public DelegationData {
        members = List.copyOf(members);
    }

    /** A delegation whose working language is its head's. */
    public DelegationData(
            CountryCode country,
            @Nullable String organisation,
            boolean ours,
            List<MemberData> members,
            boolean manualOrder) {
        this(country, organisation, ours, members, manualOrder, null);
    }

    /** A delegation in protocol order. */
    public DelegationData(CountryCode country, @Nullable String organisation, boolean ours, List<MemberData> members) {
        this(country, organisation, ours, members, false);
    }

    /** The one-head rule's text (a bundle key): the editor shows it as the planner chooses roles. */
    public static final String ONE_HEAD = "meeting.data.oneHead";

    /** The rule of {@link #isHeadedByOnePerson()}, for the editor to check as the planner chooses roles. */
    public static boolean headedByOnePerson(List<MemberRole> roles) {
        return roles.stream().filter(role -> role == MemberRole.HEAD).count() == 1;
    }

    @AssertTrue(message = "{" + ONE_HEAD + "}")
    public boolean isHeadedByOnePerson() {
        return headedByOnePerson(members.stream().map(MemberData::role).toList());
    }
}
