package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.counterpart.NoteDirection;
import org.parley.counterpart.NoteVerbaleEntry;
import org.parley.counterpart.NoteVerbaleService;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of notes verbales (docs/0033), for planners and approvers: newest first, by year, direction and
 * meeting. A note above the caller's clearance is not listed.
 */
@RestController
@RequestMapping(path = "/api/v1/notes-verbales", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notes verbales")
class NotesVerbalesController {

    private final NoteVerbaleService notes;

    NotesVerbalesController(NoteVerbaleService notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(summary = "The register of notes verbales you may see, newest first, a page at a time")
    Json.Page<NoteJson> list(
            @Parameter(description = "the year of the notes' dates, e.g. 2026")
                    @RequestParam(required = false)
                    @Nullable
                    String year,
            @Parameter(description = "OUTGOING or INCOMING") @RequestParam(required = false) @Nullable String direction,
            @Parameter(description = "only the notes concerning this meeting") @RequestParam(required = false) @Nullable
                    Long meeting,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        var slice = notes.find(
                year(year),
                direction(direction),
                meeting == null ? null : new MeetingId(meeting),
                Paging.of(page, size));
        return Paging.page(slice, slice.map(NoteJson::of).getContent(), null);
    }

    private static @Nullable Integer year(@Nullable String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= 1900 && value <= 9999) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new InvalidInputException(
                List.of(new InvalidInputException.FieldMessage("year", "Give a year of four digits, such as 2026")));
    }

    private static @Nullable NoteDirection direction(@Nullable String direction) {
        if (direction == null || direction.isBlank()) {
            return null;
        }
        try {
            return NoteDirection.valueOf(direction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldMessage("direction", "Give OUTGOING or INCOMING")));
        }
    }

    /**
     * One note: {@code reference} is "No. 12/2026" for ours and the sender's reference for theirs; {@code meetings}
     * the ids of the meetings it concerns that you may see; {@code file} the PDF's name, if any.
     */
    record NoteJson(
            long id,
            NoteDirection direction,
            String reference,
            int year,
            @Nullable Integer number,
            String counterpart,
            LocalDate dated,
            String subject,
            Classification classification,
            @Nullable String file,
            @Nullable Integer fileSize,
            List<Long> meetings) {

        static NoteJson of(NoteVerbaleEntry n) {
            return new NoteJson(
                    n.id().value(),
                    n.direction(),
                    n.reference(),
                    n.year(),
                    n.number(),
                    n.counterpart().code(),
                    n.dated(),
                    n.subject(),
                    n.classification(),
                    n.fileName(),
                    n.fileSize(),
                    n.meetings().stream().map(MeetingId::value).toList());
        }
    }
}
