package org.parley.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.shared.HasDisplayName;
import org.parley.shared.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The frame around every signed-in view: the navigation (only the entries the user's roles allow, as Vaadin's menu
 * configuration filters them by each view's access annotation), the page title, the user's name and sign-out.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The main landmark around the current view; the skip link moves focus to it. */
    static final String MAIN_ID = "main-content";

    private final H1 viewTitle = new H1();
    private final Main main = new Main();
    private @Nullable HasElement view;
    private final SideNav navigation = new SideNav();
    private final transient AuthenticationContext authentication;

    private final transient java.util.List<NavigationCount> counts;
    /** The menu entry behind each navigation item, so that a changed count finds its item's view. */
    private final transient java.util.Map<SideNavItem, MenuEntry> entries = new java.util.HashMap<>();

    private @Nullable Registration countsChanged;
    /** What the navigation shows now, and in which language: rebuilt only when either changes. */
    private List<MenuEntry> shownEntries = List.of();

    private @Nullable Locale shownIn;

    MainLayout(
            AuthenticationContext authentication,
            ObjectProvider<NavigationBadge> badges,
            ObjectProvider<NavigationCount> counts) {
        this.authentication = authentication;
        this.counts = counts.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addClassName("parley-layout");

        var brand = new Span("Parley");
        brand.addClassName("parley-brand");
        var drawerHeader = new Div(brand);
        drawerHeader.addClassName("parley-drawer-header");
        navigation.addClassName("parley-nav");
        navigation.getElement().setAttribute("aria-label", getTranslation("shared.layout.navigation"));
        addToDrawer(drawerHeader, navigation);

        viewTitle.addClassName("parley-view-title");
        var userBox = new HorizontalLayout();
        userBox.setAlignItems(FlexComponent.Alignment.CENTER);
        userBox.addClassName("parley-user-box");
        badges.orderedStream().forEach(badge -> userBox.add(badge.create()));
        authentication.getAuthenticatedUser(UserDetails.class).ifPresent(user -> {
            var name = new Span(user instanceof HasDisplayName named ? named.displayName() : user.getUsername());
            name.addClassName("parley-user-name");
            name.setId("signed-in-user");
            var signOut = new Button(
                    getTranslation("shared.layout.signOut"),
                    new Icon(VaadinIcon.SIGN_OUT),
                    e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            userBox.add(name, signOut);
        });
        // the first thing a keyboard reaches: past the header and the navigation, straight to the page
        var skipLink = new Anchor("#" + MAIN_ID, getTranslation("shared.layout.skipToContent"));
        skipLink.addClassName("parley-skip-link");
        skipLink.setId("skip-to-content");
        skipLink.getElement().setAttribute("router-ignore", true); // a jump within the page, not a navigation
        // the browser's own jump to the fragment does not move focus into main under Vaadin's router (Chromium):
        // the link focuses main itself; the address stays as it is
        skipLink.getElement()
                .addEventListener("click", click -> main.getElement().callJsFunction("focus"))
                .preventDefault();
        main.setId(MAIN_ID);
        main.addClassName("parley-main");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shared.layout.toggleNavigation"));
        var header = new HorizontalLayout(skipLink, toggle, viewTitle, userBox);
        header.getElement().setAttribute("role", "banner");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("parley-header");
        addToNavbar(header);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        countsChanged =
                ComponentUtil.addListener(attachEvent.getUI(), NavigationCount.Changed.class, e -> refreshCounts());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (countsChanged != null) {
            countsChanged.remove();
            countsChanged = null;
        }
        super.onDetach(detachEvent);
    }

    private void refreshCounts() {
        entries.forEach((item, entry) -> item.setSuffixComponent(countFor(entry).orElse(null)));
    }

    /** Every view goes into the {@code main} landmark, so that screen readers and the skip link find the page. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
        view = content;
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
        view = null;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(
                view instanceof Component shown
                        ? MenuConfiguration.getPageHeader(shown).orElse("")
                        : "");
        // checked on navigation so that it always reflects the current user's roles; rebuilt only when they (or the
        // language) changed, since every item and icon rebuilt is sent to the browser again (docs/0031)
        List<MenuEntry> current = MenuConfiguration.getMenuEntries();
        if (current.equals(shownEntries) && getLocale().equals(shownIn)) {
            refreshCounts();
            return;
        }
        shownEntries = List.copyOf(current);
        shownIn = getLocale();
        navigation.removeAll();
        entries.clear();
        for (MenuEntry entry : current) {
            var item = new SideNavItem(titleOf(entry), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            countFor(entry).ifPresent(item::setSuffixComponent);
            navigation.addItem(item);
            entries.put(item, entry);
        }
    }

    private java.util.Optional<Span> countFor(MenuEntry entry) {
        String route = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return counts.stream()
                .filter(c -> c.view().equals(entry.menuClass()))
                .findFirst()
                .map(NavigationCount::count)
                .filter(n -> n > 0)
                .map(n -> {
                    var badge = new Span(Long.toString(n));
                    badge.addClassName("parley-badge");
                    badge.addClassName("error");
                    badge.setId("nav-count-" + route.replace('/', '-'));
                    badge.getElement().setAttribute("aria-label", getTranslation("shared.layout.waiting", n));
                    return badge;
                });
    }

    /**
     * A menu entry's title: a bundle key ({@code @Menu(title = "security.users.title")}) in the user's language; a
     * view not yet moved to the bundles still gives its English title, shown as it is.
     */
    private String titleOf(MenuEntry entry) {
        String title = entry.title();
        return Messages.has(title) ? getTranslation(title) : title;
    }

    /** The number shown next to a navigation entry, or nothing; for tests. */
    public java.util.Optional<String> navigationCount(String title) {
        return navigation.getItems().stream()
                .filter(i -> i.getLabel().equals(title))
                .findFirst()
                .map(SideNavItem::getSuffixComponent)
                .filter(java.util.Objects::nonNull)
                .map(c -> ((Span) c).getText());
    }

    /** Titles of the navigation entries the current user sees, in order; for tests and accessibility checks. */
    public List<String> navigationTitles() {
        return navigation.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
