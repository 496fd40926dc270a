package org.parley;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * The icons for browser tabs, bookmarks and home screens, served as static files next to styles.css (no Node
     * build). favicon.ico is for browsers that ask for it without reading the page.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("icons/icon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        settings.addLink("manifest.webmanifest", Map.of("rel", "manifest"));
        settings.addMetaTag("theme-color", "#1f4a7a");
    }
}
