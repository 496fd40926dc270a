package org.parley.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AnswerData;
import org.parley.meeting.AnswerSource;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.participation.CounterProposal;
import org.parley.participation.CounterProposalService;
import org.parley.participation.CounterProposalStatus;
import org.parley.participation.ProposalData;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Proposals of another time for a meeting (docs/0026): the participant's own, and the list the planner reads. */
@RestController
@RequestMapping(path = "/api/v1/meetings/{id}/counter-proposals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings")
class CounterProposalsController {

    private final CounterProposalService proposals;
    private final MeetingService meetings;

    CounterProposalsController(CounterProposalService proposals, MeetingService meetings) {
        this.proposals = proposals;
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(summary = "The proposals of another time for the meeting, open ones first")
    List<Proposal> list(@PathVariable long id) {
        return proposals.of(new MeetingId(id)).stream().map(Proposal::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Propose another time for a meeting you take part in (with an offset, e.g. "
                    + "2030-03-02T10:00:00+01:00); replaces your earlier open proposal; 403 when your account is not "
                    + "a participant of the meeting (docs/0026)")
    ResponseEntity<Proposal> propose(@PathVariable long id, @RequestBody NewProposal input) {
        List<InvalidInputException.FieldMessage> missing = new ArrayList<>();
        if (input.start() == null) {
            missing.add(new InvalidInputException.FieldMessage("start", "Give the proposed start with its offset"));
        }
        if (input.end() == null) {
            missing.add(new InvalidInputException.FieldMessage("end", "Give the proposed end with its offset"));
        }
        if (!missing.isEmpty() || input.start() == null || input.end() == null) {
            throw new InvalidInputException(missing);
        }
        MeetingId meeting = new MeetingId(id);
        ZoneId zone = meetings.get(meeting).timeZone();
        CounterProposal proposal = proposals.propose(
                meeting,
                new ProposalData(
                        input.start().atZoneSameInstant(zone).toLocalDateTime(),
                        input.end().atZoneSameInstant(zone).toLocalDateTime(),
                        input.comment()),
                AnswerSource.API);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/counter-proposals"))
                .body(Proposal.of(proposal));
    }

    /** Another time the token owner proposes. */
    record NewProposal(
            @Schema(requiredMode = REQUIRED) @Nullable OffsetDateTime start,
            @Schema(requiredMode = REQUIRED) @Nullable OffsetDateTime end,

            @Schema(maxLength = AnswerData.COMMENT_MAX_LENGTH) @Nullable
            String comment) {}

    /** A proposal as the API shows it, times in the meeting's zone. */
    record Proposal(
            long id,
            long person,
            String personName,
            OffsetDateTime start,
            OffsetDateTime end,
            @Nullable String comment,
            AnswerSource source,
            CounterProposalStatus status,
            OffsetDateTime proposedAt,
            @Nullable String decidedBy) {

        static Proposal of(CounterProposal p) {
            return new Proposal(
                    p.id().value(),
                    p.person().value(),
                    p.personName(),
                    p.start().atZone(p.timeZone()).toOffsetDateTime(),
                    p.end().atZone(p.timeZone()).toOffsetDateTime(),
                    p.comment(),
                    p.source(),
                    p.status(),
                    p.proposedAt().atOffset(java.time.ZoneOffset.UTC),
                    p.decidedBy());
        }
    }
}
