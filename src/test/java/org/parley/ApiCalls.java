package org.parley;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingData;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API tests, and meetings written as the API's JSON. */
public final class ApiCalls {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the API answered. */
    public record Response(int statusCode, String body, MockHttpServletResponse raw) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(raw.getHeader(name));
        }
    }

    private final MockMvc mvc;

    /** Through the whole filter chain (both security chains), as a real request would go, without a server. */
    public ApiCalls(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    public Response send(String method, String path, @Nullable String token, @Nullable Object body, String... headers) {
        try {
            var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (body != null) {
                request.contentType("application/json")
                        .content(body instanceof String s ? s : JSON.writeValueAsString(body));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            response.setCharacterEncoding("UTF-8");
            return new Response(response.getStatus(), response.getContentAsString(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(Response response) {
        return JSON.readTree(response.body());
    }

    /** The meeting as a client would send it to POST or PUT /api/v1/meetings. */
    public static Map<String, Object> meetingJson(MeetingData data) {
        var json = new LinkedHashMap<String, Object>();
        json.put("title", data.title());
        json.put("kind", data.kind().name());
        json.put("tier", data.tier().name());
        json.put("format", data.format().name());
        json.put("start", data.start().toString());
        json.put("end", data.end().toString());
        json.put("zone", data.timeZone().getId());
        json.put("classification", data.classification().name());
        json.put("objectives", data.objectives());
        json.put(
                "delegations",
                data.delegations().stream()
                        .map(d -> Map.of(
                                "country",
                                d.country().code(),
                                "ours",
                                d.ours(),
                                "members",
                                d.members().stream()
                                        .map(m -> Map.of(
                                                "person",
                                                m.person().value(),
                                                "role",
                                                m.role().name()))
                                        .toList()))
                        .toList());
        json.put(
                "agenda",
                data.agenda().stream()
                        .map(a -> Map.of(
                                "title",
                                a.title(),
                                "description",
                                a.description(),
                                "plannedMinutes",
                                a.plannedMinutes()))
                        .toList());
        return json;
    }

    public static Map<String, Object> with(Map<String, Object> json, String field, @Nullable Object value) {
        var changed = new LinkedHashMap<>(json);
        changed.put(field, value);
        return changed;
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
    }
}
