package org.parley.bilateral;

import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;

/**
 * A bilateral request as the Bilaterals page and the API show it: what was asked, the two principals' names, where it
 * stands, and where the last plan placed it or why it could not.
 *
 * @param slot where the last plan placed it; null when unplaced or not yet planned
 * @param unplacedReason why the last plan left it out; null when placed or not yet planned
 * @param meeting the sideline meeting made when a plan was accepted
 */
public record Bilateral(
        BilateralId id,
        MeetingId conference,
        BilateralRequestData data,
        String counterpartName,
        String ourPrincipalName,
        BilateralStatus status,
        @Nullable PlannedSlot slot,
        @Nullable UnplacedReason unplacedReason,
        @Nullable MeetingId meeting,
        long version) {}
