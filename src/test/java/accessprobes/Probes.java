package accessprobes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Classes that break the access rules on purpose, so that AccessRulesCompletenessTest can show its rules catch them.
 * They live outside org.parley so that Spring's component scan never picks the services up.
 */
public final class Probes {

    private Probes() {}

    @Service
    public static class PartlyGuardedService {
        @PreAuthorize("isAuthenticated()")
        public void guarded() {}

        public void unguarded() {}

        /** Static: no proxy stands in front of it, so method security could not apply anyway. */
        public static boolean helper() {
            return true;
        }

        void packagePrivate() {}
    }

    @Service
    @PreAuthorize("hasRole('ADMIN')")
    public static class ClassLevelOnlyService {
        public void administer() {}
    }

    /** A service the policy table lists: one method has a row, one has none, and one row names a method gone. */
    @Service
    public static class TabledService {
        @PreAuthorize("isAuthenticated()")
        public void listed() {}

        @PreAuthorize("isAuthenticated()")
        public void added() {}
    }

    // Plain classes, not views: a real @Route, @Layout or error view here would join every browserless test's
    // routes, since the browserless runner scans the whole class path. The view rule's choice of classes is checked
    // on the real views instead.

    @PermitAll
    public static class OneAccessAnnotation {}

    public static class NoAccessAnnotation {}

    @PermitAll
    @RolesAllowed("ADMIN")
    public static class TwoAccessAnnotations {}
}
