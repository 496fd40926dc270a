package org.parley.directory;

/** Published when a person's entry was edited, in the same transaction, for features that keep copies of it. */
public record PersonChanged(PersonId person) {}
