package org.parley.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.api.InvalidInputException.FieldMessage;
import org.parley.relations.OpenQuestion;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionStatus;
import org.parley.relations.QuestionSummary;
import org.parley.relations.RaisedAt;
import org.parley.relations.TimelineEntry;
import org.parley.relations.TimelineKind;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open questions between us and a country, with the rules of the country page: only what the caller's clearance
 * covers, of each question only the meetings it covers (docs/0030-open-questions.md).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open questions")
class CountriesController {

    private final QuestionService questions;

    CountriesController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping("/countries/{code}/questions")
    @Operation(summary = "The open questions with a country that you may see, the last moved first")
    Json.Page<QuestionJson> questions(
            @Parameter(description = "ISO 3166 two-letter country code, e.g. RU") @PathVariable String code,
            @Parameter(description = "include resolved and dropped questions") @RequestParam(defaultValue = "false")
                    boolean closed,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        CountryCode country = country(code);
        var slice = questions.ofCountry(country, closed, Paging.of(page, size));
        return Paging.page(slice, slice.map(QuestionJson::of).getContent(), null);
    }

    @GetMapping("/questions/{id}")
    @Operation(
            summary = "One open question with the agenda items where it was raised and its timeline; 404 when it "
                    + "does not exist or is above your clearance")
    QuestionDetailsJson question(@PathVariable long id) {
        return QuestionDetailsJson.of(questions.get(id));
    }

    private static CountryCode country(String code) {
        if (!CountryCode.isValid(code)) {
            throw new InvalidInputException(
                    List.of(new FieldMessage("code", "Use a two-letter ISO 3166 country code such as RU")));
        }
        return CountryCode.of(code);
    }

    record QuestionJson(
            long id,
            String title,
            QuestionStatus status,
            Classification classification,
            List<String> countries,
            @Nullable String owner,
            Instant lastMovedAt,
            @Nullable TimelineJson lastMovement) {

        static QuestionJson of(QuestionSummary q) {
            return new QuestionJson(
                    q.id(),
                    q.title(),
                    q.status(),
                    q.classification(),
                    q.countries().stream().map(CountryCode::code).toList(),
                    q.ownerName(),
                    q.lastMovedAt(),
                    q.lastMovement() == null ? null : TimelineJson.of(q.lastMovement()));
        }
    }

    record QuestionDetailsJson(
            long id,
            String title,
            String description,
            String ourPosition,
            String theirPosition,
            QuestionStatus status,
            Classification classification,
            List<String> countries,
            @Nullable String owner,
            Instant createdAt,
            Instant lastMovedAt,
            List<RaisedAtJson> raisedAt,
            List<TimelineJson> timeline) {

        static QuestionDetailsJson of(OpenQuestion q) {
            return new QuestionDetailsJson(
                    q.id(),
                    q.title(),
                    q.description(),
                    q.ourPosition(),
                    q.theirPosition(),
                    q.status(),
                    q.classification(),
                    q.countries().stream().map(CountryCode::code).toList(),
                    q.ownerName(),
                    q.createdAt(),
                    q.lastMovedAt(),
                    q.raisedAt().stream().map(RaisedAtJson::of).toList(),
                    q.timeline().stream().map(TimelineJson::of).toList());
        }
    }

    /** An agenda item (0-based position) where the question was raised. */
    record RaisedAtJson(
            long meeting, String meetingTitle, Instant meetingStart, int agendaPosition, String agendaItem) {

        static RaisedAtJson of(RaisedAt r) {
            return new RaisedAtJson(
                    r.meeting().value(), r.meetingTitle(), r.meetingStart(), r.agendaPosition(), r.agendaTitle());
        }
    }

    record TimelineJson(
            Instant at,
            String actor,
            TimelineKind kind,
            String text,
            @Nullable QuestionStatus status,
            @Nullable Long meeting,
            @Nullable String meetingTitle) {

        static TimelineJson of(TimelineEntry e) {
            return new TimelineJson(
                    e.at(),
                    e.actor(),
                    e.kind(),
                    e.text(),
                    e.status(),
                    e.meeting() == null ? null : e.meeting().value(),
                    e.meetingTitle());
        }
    }
}
