package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.readout.Readout;
import org.parley.readout.ReadoutService;
import org.parley.readout.ReadoutStatus;
import org.parley.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's readout with the rules of the meeting page: drafts included, for whoever may see the meeting. The
 * public reads released readouts without a token at {@code /readouts.atom} (docs/0029-readouts.md).
 */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Readouts")
class ReadoutsController {

    private final ReadoutService readouts;

    ReadoutsController(ReadoutService readouts) {
        this.readouts = readouts;
    }

    @GetMapping("/{id}/readout")
    @Operation(
            summary = "The meeting's readout, drafts and released texts; 404 when it has none or the meeting is "
                    + "not visible to you")
    ReadoutJson get(@PathVariable long id) {
        return readouts.of(new MeetingId(id))
                .map(ReadoutJson::of)
                .orElseThrow(() -> new NotFoundException("Readout of meeting " + id));
    }

    /** A readout over HTTP; {@code released} is null for a language not released yet. */
    record ReadoutJson(
            long id,
            long meeting,
            ReadoutStatus status,
            List<TextJson> texts,
            String draftedBy,
            Instant draftedAt,
            @Nullable String releasedBy,
            @Nullable Instant firstReleasedAt,
            @Nullable Instant updatedAt,
            @Nullable Instant correctedAt,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawalReason) {

        static ReadoutJson of(Readout r) {
            return new ReadoutJson(
                    r.id(),
                    r.meeting().value(),
                    r.status(),
                    r.texts().stream()
                            .map(t -> new TextJson(t.language(), t.draft(), t.released()))
                            .toList(),
                    r.draftedBy(),
                    r.draftedAt(),
                    r.releasedBy(),
                    r.firstReleasedAt(),
                    r.updatedAt(),
                    r.correctedAt(),
                    r.withdrawnAt(),
                    r.withdrawalReason());
        }
    }

    record TextJson(String language, String draft, @Nullable String released) {}
}
