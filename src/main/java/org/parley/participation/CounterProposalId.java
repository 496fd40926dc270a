package org.parley.participation;

/** The id of a proposal of another time. */
public record CounterProposalId(long value) {}
