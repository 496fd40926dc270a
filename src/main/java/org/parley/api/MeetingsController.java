package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.approval.ApprovalService;
import org.parley.calendar.CalendarFile;
import org.parley.calendar.InviteAvailability;
import org.parley.calendar.InviteService;
import org.parley.meeting.Acknowledged;
import org.parley.meeting.AnswerData;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.Tier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings: the Meetings grid, the meeting page, the editor and the approval buttons, over HTTP. */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings")
class MeetingsController {

    private final MeetingService meetings;
    private final ApprovalService approvals;
    private final InviteService invites;

    MeetingsController(MeetingService meetings, ApprovalService approvals, InviteService invites) {
        this.meetings = meetings;
        this.approvals = approvals;
        this.invites = invites;
    }

    @GetMapping
    @Operation(summary = "Meetings within your clearance, filtered like the Meetings grid, earliest first")
    Json.Page<Json.MeetingItem> list(
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable MeetingStatus status,
            @RequestParam(required = false) @Nullable MeetingKind kind,
            @RequestParam(required = false) @Nullable Tier tier,
            @Parameter(description = "meetings ending after this time") @RequestParam(required = false) @Nullable
                    OffsetDateTime from,
            @Parameter(description = "meetings starting before this time") @RequestParam(required = false) @Nullable
                    OffsetDateTime to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        var filter = new MeetingFilter(
                QueryParameters.searchText("text", text),
                kind,
                tier,
                status,
                QueryParameters.time("from", from),
                QueryParameters.time("to", to),
                null,
                null);
        var slice = meetings.find(filter, Paging.of(page, size));
        List<Json.MeetingItem> items =
                slice.getContent().stream().map(Json.MeetingItem::of).toList();
        return Paging.page(slice, items, meetings.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with delegations, agenda and approval state; ETag is its version")
    ResponseEntity<Json.Meeting> get(@PathVariable long id) {
        return withVersion(ResponseEntity.ok(), meetings.get(new MeetingId(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft (planners). 409 lists people clashes; repeat with acknowledgeConflicts=true")
    ResponseEntity<Json.Meeting> create(
            @RequestBody Json.MeetingInput input, @RequestParam(defaultValue = "false") boolean acknowledgeConflicts) {
        MeetingDetails created = meetings.create(MeetingInputs.toData(input), acknowledgeConflicts);
        return withVersion(
                ResponseEntity.created(
                        URI.create("/api/v1/meetings/" + created.id().value())),
                created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change a meeting (planners); If-Match with the ETag is required (428 without, 412 stale). "
                    + "409 lists people clashes (repeat with acknowledgeConflicts=true) or, for an approved or pending meeting, "
                    + "the changes that send it back for approval (repeat with confirmReapproval=true)")
    ResponseEntity<Json.Meeting> update(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody Json.MeetingInput input,
            @RequestParam(defaultValue = "false") boolean acknowledgeConflicts,
            @RequestParam(defaultValue = "false") boolean confirmReapproval) {
        long expectedVersion = Versions.fromIfMatch(ifMatch);
        MeetingId meeting = new MeetingId(id);
        meetings.get(meeting); // 404 before 422 or 412 for what the caller may not see
        List<Acknowledged> acknowledged = new ArrayList<>();
        if (acknowledgeConflicts) {
            acknowledged.add(Acknowledged.CONFLICTS);
        }
        if (confirmReapproval) {
            acknowledged.add(Acknowledged.REAPPROVAL);
        }
        MeetingDetails updated = meetings.update(
                meeting, MeetingInputs.toData(input), expectedVersion, acknowledged.toArray(Acknowledged[]::new));
        return withVersion(ResponseEntity.ok(), updated);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit for approval (planners)")
    ResponseEntity<Json.Meeting> submit(
            @PathVariable long id, @RequestBody(required = false) Json.@Nullable Comment note) {
        MeetingId meeting = new MeetingId(id);
        approvals.submit(meeting, note == null ? null : note.comment());
        return withVersion(ResponseEntity.ok(), meetings.get(meeting));
    }

    @PostMapping(path = "/{id}/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Your own answer to the invitation: ACCEPTED, TENTATIVE or DECLINED with an optional comment; "
                    + "403 when your account is not a participant of the meeting (docs/0025)")
    ResponseEntity<Json.Meeting> respond(@PathVariable long id, @RequestBody Json.Answer answer) {
        if (answer.answer() == null) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldMessage("answer", "Give ACCEPTED, TENTATIVE or DECLINED")));
        }
        return withVersion(
                ResponseEntity.ok(),
                meetings.answer(
                        new MeetingId(id), new AnswerData(answer.answer(), answer.comment()), AnswerSource.API));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve the current round (approvers; not your own submission)")
    ResponseEntity<Json.Meeting> approve(
            @PathVariable long id, @RequestBody(required = false) Json.@Nullable Comment comment) {
        MeetingId meeting = new MeetingId(id);
        approvals.approve(meeting, approvals.state(meeting).round(), comment == null ? null : comment.comment());
        return withVersion(ResponseEntity.ok(), meetings.get(meeting));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject the current round with a comment (approvers; not your own submission)")
    ResponseEntity<Json.Meeting> reject(
            @PathVariable long id, @RequestBody(required = false) Json.@Nullable Comment comment) {
        MeetingId meeting = new MeetingId(id);
        approvals.reject(meeting, approvals.state(meeting).round(), comment == null ? null : comment.comment());
        return withVersion(ResponseEntity.ok(), meetings.get(meeting));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel with a reason (planners)")
    ResponseEntity<Json.Meeting> cancel(
            @PathVariable long id, @RequestBody(required = false) Json.@Nullable Reason reason) {
        MeetingId meeting = new MeetingId(id);
        approvals.cancel(meeting, reason == null ? null : reason.reason());
        return withVersion(ResponseEntity.ok(), meetings.get(meeting));
    }

    @GetMapping(path = "/{id}/invite.ics", produces = "text/calendar")
    @Operation(
            summary =
                    "The invitation (METHOD:REQUEST), the cancellation, or a copy (PUBLISH) when nobody can be invited")
    ResponseEntity<byte[]> invite(@PathVariable long id) {
        MeetingId meeting = new MeetingId(id);
        CalendarFile file = invites.availability(meeting) == InviteAvailability.COPY_ONLY
                ? invites.publish(meeting)
                : invites.invite(meeting);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .body(file.content());
    }

    private ResponseEntity<Json.Meeting> withVersion(ResponseEntity.BodyBuilder response, MeetingDetails meeting) {
        return response.eTag(Versions.etag(meeting.version()))
                .body(Json.Meeting.of(
                        meeting,
                        approvals.state(meeting.id()),
                        meetings.parity(meeting.id()),
                        meetings.interpretation(meeting.id())));
    }
}
