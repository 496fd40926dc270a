package org.parley.meeting;

import java.util.List;

/**
 * The scheduling assistant's answer: the best times first, and in words what was found or why nothing fits. An empty
 * list is an answer, not an error; the explanation then says who is busy or which starts do not exist.
 */
public record SlotProposals(List<SlotProposal> proposals, String explanation) {

    public SlotProposals {
        proposals = List.copyOf(proposals);
    }

    public boolean found() {
        return !proposals.isEmpty();
    }
}
