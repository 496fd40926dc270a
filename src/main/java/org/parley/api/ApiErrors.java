package org.parley.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.api.InvalidInputException.FieldMessage;
import org.parley.meeting.ConcurrentChangeException;
import org.parley.meeting.ConflictsNeedAcknowledgementException;
import org.parley.meeting.NotAParticipantException;
import org.parley.meeting.ReapprovalNeedsConfirmationException;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * The API's refusals as problem details (RFC 9457), mapped as the UI's {@code UserFacingErrors} words them: the
 * service's own message where it has one meant for people. What is missing and what is above the caller's clearance
 * get the same 404, so that an answer never reveals that a classified meeting exists.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    static final String NOT_FOUND = "There is no such thing, or it is above your clearance.";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", NOT_FOUND, request);
    }

    @ExceptionHandler(NotAParticipantException.class)
    ResponseEntity<ProblemDetail> notAParticipant(NotAParticipantException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Not a participant", e.getMessage(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your roles do not allow this.", request);
    }

    @ExceptionHandler(ConflictsNeedAcknowledgementException.class)
    ResponseEntity<ProblemDetail> conflicts(ConflictsNeedAcknowledgementException e, HttpServletRequest request) {
        var response = problem(HttpStatus.CONFLICT, "Conflicts need acknowledgement", e.getMessage(), request);
        response.getBody()
                .setProperty(
                        "conflicts",
                        e.conflicts().stream()
                                .map(c -> Map.of("severity", c.severity().name(), "message", c.message()))
                                .toList());
        response.getBody().setProperty("acknowledge", "repeat the request with ?acknowledgeConflicts=true");
        return response;
    }

    @ExceptionHandler(ReapprovalNeedsConfirmationException.class)
    ResponseEntity<ProblemDetail> reapproval(ReapprovalNeedsConfirmationException e, HttpServletRequest request) {
        var response = problem(HttpStatus.CONFLICT, "Needs approval again", e.getMessage(), request);
        response.getBody().setProperty("changes", e.changes());
        response.getBody().setProperty("acknowledge", "repeat the request with ?confirmReapproval=true");
        return response;
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> stale(ConcurrentChangeException e, HttpServletRequest request) {
        var response = problem(HttpStatus.PRECONDITION_FAILED, "Changed in the meantime", e.getMessage(), request);
        response.getBody().setProperty("currentVersion", e.currentVersion());
        response.getBody().setProperty("changedBy", e.changedBy());
        return response;
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage(), request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "Refused by a rule", e.getMessage(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldMessage> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldMessage(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldMessage::field).thenComparing(FieldMessage::message))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        return invalid(e.errors(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(List.of(new FieldMessage(e.getName(), "Not a valid value: " + e.getValue())), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error in the API", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong and nothing was saved.",
                request);
    }

    /** Well-formed JSON with a value of the wrong type is a field error (422); broken JSON is 400. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException binding
                && !binding.getPath().isEmpty()) {
            String field = binding.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            var body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "Some fields are not valid.");
            body.setTitle("Invalid input");
            body.setProperty("errors", List.of(new FieldMessage(field, "Not a valid value for this field")));
            return ResponseEntity.unprocessableContent()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
        body.setTitle("Malformed request");
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static ResponseEntity<ProblemDetail> invalid(List<FieldMessage> errors, HttpServletRequest request) {
        var response =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", "Some fields are not valid.", request);
        response.getBody().setProperty("errors", errors);
        return response;
    }

    /**
     * What the services' records call otherwise in the API's JSON, and the field each cross-field rule is about, so
     * that every error names a field the client sent (or should have).
     */
    private static final Map<String, String> API_FIELDS = Map.ofEntries(
            Map.entry("timeZone", "zone"),
            Map.entry("note", "comment"),
            Map.entry("startAnExistingLocalTime", "start"),
            Map.entry("endAnExistingLocalTime", "end"),
            Map.entry("endAfterStart", "end"),
            Map.entry("notTooLong", "end"),
            Map.entry("venueGivenWhenNeeded", "venue"),
            Map.entry("roomWithinVenue", "room"),
            Map.entry("sidelineAttachedToConference", "parentConference"),
            Map.entry("attendedByTwoDelegations", "delegations"),
            Map.entry("everyPersonListedOnce", "delegations"),
            Map.entry("atMostOneDelegationOurs", "delegations"),
            Map.entry("headedByOnePerson", "members"));

    /** The path below the service method's argument: "title", "delegations[0].members"; or the argument's name. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> parameter = API_FIELDS.getOrDefault(node.getName(), node.getName());
                default -> names.add(apiName(node));
            }
        }
        return names.isEmpty() ? parameter : String.join(".", names);
    }

    /** The node as Hibernate Validator writes it ("delegations[0]"), with the API's name for its property. */
    private static String apiName(Path.Node node) {
        String text = node.toString();
        String name = node.getName();
        return name != null && API_FIELDS.containsKey(name) && text.startsWith(name)
                ? API_FIELDS.get(name) + text.substring(name.length())
                : text;
    }

    static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, @Nullable String detail, HttpServletRequest request) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemDetail(status, title, detail, request));
    }

    static ProblemDetail problemDetail(
            HttpStatus status, String title, @Nullable String detail, HttpServletRequest request) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        instance(request).ifPresent(body::setInstance);
        return body;
    }

    /** The request's path as the problem's instance, unless it is not even a valid URI reference. */
    static Optional<URI> instance(HttpServletRequest request) {
        try {
            return Optional.of(new URI(request.getRequestURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
