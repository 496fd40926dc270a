package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.BenchmarkFigures;
import org.parley.ParleyTest;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;

/**
 * How much the new-meeting editor sends to the browser: the whole page's state as Flow writes it when it sends a page
 * in full (a resynchronisation), with the editor open. Flow keeps each UI's last response text until the next request
 * (to answer a repeated one), so this is also what an idle session on the editor holds in that text (twice over when
 * the text has a character beyond Latin-1, as Java then keeps it in UTF-16). Lists the components that send most.
 * Writes {@code target/benchmark-editor-response.txt} and a row of {@code ./parley bench}'s table; asserts no size.
 */
@ParleyTest
@Tag("benchmark")
@EnabledIfSystemProperty(
        named = "parley.benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dparley.benchmark=true")
class EditorResponseBenchmark extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("planner")
    void state_the_page_sends_with_the_new_meeting_editor_open() throws Exception {
        UI ui = UI.getCurrent();
        ui.navigate("meetings/new");
        assertThat(getCurrentView()).isInstanceOf(MeetingEditorView.class);

        StateNode root = ui.getInternals().getStateTree().getRootNode();
        Method resync = StateNode.class.getDeclaredMethod("prepareForResync");
        resync.setAccessible(true);
        resync.invoke(root);
        String response = new UidlWriter().createUidl(ui, false, true).toString();

        Map<String, Integer> bySender = new HashMap<>();
        Map<String, Integer> nodesBySender = new HashMap<>();
        for (JsonNode change : response.isEmpty() ? java.util.List.<JsonNode>of() : changes(response)) {
            String sender = sender(ui, change.path("node").asInt());
            bySender.merge(sender, change.toString().length(), Integer::sum);
            nodesBySender.merge(sender, 1, Integer::sum);
        }
        boolean latin1 = response.chars().allMatch(c -> c < 256);
        int heldBytes = response.length() * (latin1 ? 1 : 2);
        String report = "Page state with the new-meeting editor open: " + response.length() + " characters ("
                + response.getBytes(StandardCharsets.UTF_8).length + " bytes UTF-8), "
                + (latin1 ? "all Latin-1 (held in 1 byte a character)" : "beyond Latin-1 (held in UTF-16)")
                + ": " + heldBytes / 1024 + " KB held as the UI's last response\n"
                + "  characters of changes by the component they belong to (changes):\n"
                + bySender.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(30)
                        .map(e -> String.format(
                                "    %8d  %-60s (%d)", e.getValue(), e.getKey(), nodesBySender.get(e.getKey())))
                        .collect(Collectors.joining("\n"))
                + "\n  first non-Latin-1 characters: "
                + response.chars()
                        .filter(c -> c >= 256)
                        .distinct()
                        .limit(10)
                        .mapToObj(c -> Character.toString(c) + " U+" + Integer.toHexString(c))
                        .collect(Collectors.joining(", "))
                + "\n";
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-editor-response.txt"), report);
        BenchmarkFigures.record(
                "New-meeting editor: page state sent and kept as the UI's last response",
                heldBytes / 1024.0,
                "KB",
                "small");
    }

    private static Iterable<JsonNode> changes(String response) {
        return tools.jackson.databind.json.JsonMapper.shared()
                .readTree(response)
                .path("changes");
    }

    /** The class of the nearest component that owns the node, e.g. {@code ComboBox}, or the element's tag. */
    private static String sender(UI ui, int nodeId) {
        StateNode node = ui.getInternals().getStateTree().getNodeById(nodeId);
        while (node != null) {
            if (node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)) {
                Element element = Element.get(node);
                var component = element.getComponent();
                if (component.isPresent()) {
                    Component c = component.get();
                    return c.getClass().getName().replace("com.vaadin.flow.component.", "")
                            + (c.getId().isPresent() ? "#" + c.getId().get() : "");
                }
            }
            node = node.getParent();
        }
        return "(no component)";
    }
}
