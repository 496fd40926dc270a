package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.Bilateral;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.BilateralStatus;
import org.parley.bilateral.PlanRun;
import org.parley.bilateral.PlanRunState;
import org.parley.bilateral.Priority;
import org.parley.bilateral.RequestedBy;
import org.parley.bilateral.UnplacedReason;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sideline bilaterals of a conference or summit and its planning run (docs/0027). Reading follows the
 * conference's clearance like the meeting itself; starting a plan needs a planner and a read-write token. A run is
 * kept by the server that runs it, so a client behind several nodes reads it through the same node (docs/0015).
 */
@RestController
@RequestMapping(path = "/api/v1/meetings/{id}/bilaterals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bilaterals")
class BilateralsController {

    private final BilateralService bilaterals;
    private final MeetingService meetings;

    BilateralsController(BilateralService bilaterals, MeetingService meetings) {
        this.bilaterals = bilaterals;
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(
            summary = "The conference's bilateral requests with their status and, for placed ones, start, end, room "
                    + "and pinned; 404 when the meeting is not visible to you, 409 when it is not a conference")
    List<BilateralJson> list(@PathVariable long id) {
        MeetingId conference = new MeetingId(id);
        List<Bilateral> requests = bilaterals.list(conference);
        ZoneId zone = meetings.get(conference).timeZone();
        return requests.stream().map(b -> BilateralJson.of(b, zone)).toList();
    }

    @PostMapping("/plan")
    @Operation(
            summary = "Starts planning the bilaterals with the constraint solver, for at most the configured time; "
                    + "answers 202 at once, the run's state is at GET …/plan. 409 while a run is going")
    ResponseEntity<PlanRunJson> plan(@PathVariable long id) {
        PlanRun run = bilaterals.startPlanning(new MeetingId(id));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/meetings/" + id + "/bilaterals/plan"))
                .body(PlanRunJson.of(run));
    }

    @GetMapping("/plan")
    @Operation(
            summary = "The latest planning run: IDLE, RUNNING (with the best score so far), FINISHED, STOPPED or "
                    + "FAILED, with its score and how many requests of each priority it places")
    PlanRunJson run(@PathVariable long id) {
        return PlanRunJson.of(bilaterals.planRun(new MeetingId(id)));
    }

    /** A request; {@code start}, {@code end}, {@code room} and {@code pinned} are null until a plan places it. */
    record BilateralJson(
            long id,
            String counterpartCountry,
            long counterpart,
            String counterpartName,
            long ourPrincipal,
            String ourPrincipalName,
            RequestedBy requestedBy,
            Priority priority,
            @Nullable Integer precedence,
            int durationMinutes,
            int partySize,
            BilateralStatus status,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            @Nullable RoomJson room,
            @Nullable Boolean pinned,
            @Nullable UnplacedReason unplacedReason,
            @Nullable Long meeting,
            String notes) {

        static BilateralJson of(Bilateral b, ZoneId zone) {
            var data = b.data();
            var slot = b.slot();
            return new BilateralJson(
                    b.id().value(),
                    data.counterpartCountry().code(),
                    data.counterpartPrincipal().value(),
                    b.counterpartName(),
                    data.ourPrincipal().value(),
                    b.ourPrincipalName(),
                    data.requestedBy(),
                    data.priority(),
                    data.precedence(),
                    data.durationMinutes(),
                    data.partySize(),
                    b.status(),
                    slot == null ? null : Json.at(slot.start(), zone),
                    slot == null ? null : Json.at(slot.end(), zone),
                    slot == null ? null : new RoomJson(slot.room().value(), slot.roomName()),
                    slot == null ? null : slot.pinned(),
                    b.unplacedReason(),
                    b.meeting() == null ? null : b.meeting().value(),
                    data.notes());
        }
    }

    record RoomJson(long id, String name) {}

    /**
     * A planning run. {@code score}: hard rules broken (0 for a plan that can be held), requests left out weighted
     * 10,000/100/1 by priority, preferences missed; closer to zero is better.
     */
    record PlanRunJson(
            PlanRunState state,
            @Nullable Instant started,
            @Nullable Instant endsBy,
            @Nullable Instant ended,
            @Nullable ScoreJson score,
            PlacedJson placed,
            int requests) {

        static PlanRunJson of(PlanRun run) {
            var score = run.score();
            return new PlanRunJson(
                    run.state(),
                    run.started(),
                    run.endsBy(),
                    run.ended(),
                    score == null ? null : new ScoreJson(score.hard(), score.medium(), score.soft(), score.feasible()),
                    new PlacedJson(run.placedMust(), run.placedShould(), run.placedCould()),
                    run.requests());
        }
    }

    record ScoreJson(long hard, long medium, long soft, boolean feasible) {}

    record PlacedJson(int must, int should, int could) {}
}
