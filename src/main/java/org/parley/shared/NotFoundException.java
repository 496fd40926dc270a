package org.parley.shared;

/**
 * Something the caller asked for does not exist, or exists above their clearance: both give the same answer so that
 * nobody learns of a meeting they may not see.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
