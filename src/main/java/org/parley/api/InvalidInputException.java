package org.parley.api;

import java.util.List;

/** Input the API could not even turn into the services' records (an unknown zone, a malformed time); 422. */
class InvalidInputException extends RuntimeException {

    record FieldMessage(String field, String message) {}

    private final List<FieldMessage> errors;

    InvalidInputException(List<FieldMessage> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    List<FieldMessage> errors() {
        return errors;
    }
}
