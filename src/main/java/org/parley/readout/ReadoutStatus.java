package org.parley.readout;

/** Where a readout stands: only released and withdrawn ones are public (a withdrawn one as a notice, no text). */
public enum ReadoutStatus {
    DRAFT,
    RELEASED,
    WITHDRAWN;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
