package accessprobes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Classes that break the access rules on purpose, so that AccessRulesCompletenessTest can show its rules catch them.
 * They live outside org.parley so that neither Spring's component scan nor Vaadin's route scan ever picks them up.
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

    @Route("access-probe/guarded")
    @PermitAll
    public static class GuardedView extends Div {}

    @Route("access-probe/open")
    public static class OpenView extends Div {}

    @Route("access-probe/ambiguous")
    @PermitAll
    @RolesAllowed("ADMIN")
    public static class AmbiguousView extends Div {}

    @Layout
    public static class OpenLayout extends Div implements RouterLayout {}

    @AnonymousAllowed
    @Layout
    public static class GuardedLayout extends Div implements RouterLayout {}

    public static class OpenErrorView extends Div implements HasErrorParameter<IllegalStateException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<IllegalStateException> parameter) {
            return 500;
        }
    }
}
