package org.parley.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * What the Meetings grid asks for; every part is optional and applied in the database.
 *
 * @param text words that must each begin a word of the meeting's title, objectives, agenda, delegations'
 *     organisations or participants' names, ignoring case and accents ("lavr riyad")
 * @param from meetings that end after this instant
 * @param to meetings that start before this instant
 * @param country meetings with a delegation of this country
 * @param plannedBy meetings created by this username
 * @param member meetings with this person in a delegation; with {@code plannedBy} too, either one will do: that is
 *     "my meetings" for a user whose account is linked to a person (docs/0025)
 */
public record MeetingFilter(
        @Nullable String text,
        @Nullable MeetingKind kind,
        @Nullable Tier tier,
        @Nullable MeetingStatus status,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable CountryCode country,
        @Nullable Classification classification,
        @Nullable String plannedBy,
        @Nullable PersonId member) {

    public MeetingFilter(
            @Nullable String text,
            @Nullable MeetingKind kind,
            @Nullable Tier tier,
            @Nullable MeetingStatus status,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable CountryCode country,
            @Nullable Classification classification,
            @Nullable String plannedBy) {
        this(text, kind, tier, status, from, to, country, classification, plannedBy, null);
    }

    public MeetingFilter(
            @Nullable String text,
            @Nullable MeetingKind kind,
            @Nullable Tier tier,
            @Nullable MeetingStatus status,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable CountryCode country,
            @Nullable Classification classification) {
        this(text, kind, tier, status, from, to, country, classification, null);
    }

    public static MeetingFilter all() {
        return new MeetingFilter(null, null, null, null, null, null, null, null);
    }

    public MeetingFilter withText(@Nullable String newText) {
        return new MeetingFilter(newText, kind, tier, status, from, to, country, classification, plannedBy, member);
    }

    public MeetingFilter between(Instant newFrom, Instant newTo) {
        return new MeetingFilter(text, kind, tier, status, newFrom, newTo, country, classification, plannedBy, member);
    }

    public MeetingFilter plannedBy(String username) {
        return new MeetingFilter(text, kind, tier, status, from, to, country, classification, username, null);
    }

    /**
     * "My meetings": the ones {@code username} planned, and with a linked {@code person} also those the person is a
     * delegation member of (docs/0025).
     */
    public MeetingFilter mine(String username, @Nullable PersonId person) {
        return new MeetingFilter(text, kind, tier, status, from, to, country, classification, username, person);
    }
}
