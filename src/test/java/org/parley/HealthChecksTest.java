package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The load balancer's health checks on the application port: liveness and readiness (with the database) answer
 * without sign-in, without a session and with nothing but a status; the actuator itself is not on this port. The
 * management port is checked on the packaged jar by ClusterE2ETest.
 */
@ParleyTest
class HealthChecksTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void client() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void readiness_and_liveness_answer_up_without_sign_in_session_or_details() throws Exception {
        for (String path : new String[] {"/readyz", "/livez"}) {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
            MockHttpServletResponse response = result.getResponse();

            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString()).as(path).isEqualTo("{\"status\":\"UP\"}");
            assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
            assertThat(result.getRequest().getSession(false))
                    .as(path + ": no session")
                    .isNull();
        }
    }

    @Test
    void the_actuator_is_not_served_on_the_application_port() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/env"}) {
            MockHttpServletResponse response =
                    mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();

            assertThat(response.getContentAsString()).as(path).doesNotContain("\"status\"", "jvm_");
            assertThat(response.getStatus()).as(path).isNotEqualTo(200);
        }
    }
}
