package org.parley.security;

/** What a user may do. A user can hold several roles. */
public enum Role {
    VIEWER("Viewer"),
    PLANNER("Planner"),
    APPROVER("Approver"),
    SENIOR_APPROVER("Senior approver"),
    ADMIN("Administrator");

    /** Role names as Spring Security expects them in {@code @RolesAllowed}, kept as constants for annotations. */
    public static final String VIEWER_ROLE = "VIEWER";

    public static final String PLANNER_ROLE = "PLANNER";
    public static final String APPROVER_ROLE = "APPROVER";
    public static final String SENIOR_APPROVER_ROLE = "SENIOR_APPROVER";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
