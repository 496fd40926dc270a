package org.parley.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain of follow-ups a meeting belongs to, as the tree it is: from the earliest meeting it goes back to, every
 * follow-up and theirs (a meeting can have several), as far as the viewer may see them. A meeting above the viewer's
 * clearance is left out, with what hangs from it.
 *
 * @param current the meeting the chain was asked for
 * @param root the earliest meeting of the chain, with its follow-ups
 */
public record MeetingChain(MeetingId current, Link root) {

    /** A meeting of the chain and the follow-ups planned from it, earliest first. */
    public record Link(MeetingRef meeting, List<Link> followUps) {}

    /** Whether the meeting stands alone: nothing led to it and nothing came of it yet. */
    public boolean alone() {
        return root.followUps().isEmpty();
    }

    /** The meetings that led to the current one, earliest first. */
    public List<MeetingRef> ledTo() {
        List<MeetingRef> path = new ArrayList<>();
        pathTo(root, path);
        return path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
    }

    /** Everything that came of the current meeting, its follow-ups and theirs, depth first. */
    public List<MeetingRef> cameOf() {
        List<MeetingRef> found = new ArrayList<>();
        Link self = find(root);
        if (self != null) {
            self.followUps().forEach(link -> collect(link, found));
        }
        return found;
    }

    private boolean pathTo(Link link, List<MeetingRef> path) {
        path.add(link.meeting());
        if (link.meeting().id().equals(current)) {
            return true;
        }
        for (Link next : link.followUps()) {
            if (pathTo(next, path)) {
                return true;
            }
        }
        path.removeLast();
        return false;
    }

    private Link find(Link link) {
        if (link.meeting().id().equals(current)) {
            return link;
        }
        for (Link next : link.followUps()) {
            Link found = find(next);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(Link link, List<MeetingRef> found) {
        found.add(link.meeting());
        link.followUps().forEach(next -> collect(next, found));
    }
}
